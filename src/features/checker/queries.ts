import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/shared/api/api';
import { BrandAuthorisation } from '@/shared/api/schemas';

export const authorisationsQuery = () =>
  queryOptions({
    queryKey: ['authorisations', 'list'],
    queryFn: ({ signal }) => api.request('/authorisations', { schema: z.array(BrandAuthorisation), signal }),
  });
