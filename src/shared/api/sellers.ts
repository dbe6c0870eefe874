import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { api } from './api';
import { Seller } from './schemas';

/** Every shop, for a reviewer's pages to name the shop a complaint or an appeal comes from. */
export const shopsQuery = () =>
  queryOptions({
    queryKey: ['sellers', 'list'],
    queryFn: ({ signal }) => api.request('/sellers', { schema: z.array(Seller), signal }),
    select: (sellers) => new Map(sellers.map((s) => [s.id, s.shopName])),
  });
