import { queryOptions } from '@tanstack/react-query';
import { api } from '@/shared/api/api';
import { Seller } from '@/shared/api/schemas/session';

export const sellerQuery = (sellerId: string) =>
  queryOptions({
    queryKey: ['sellers', 'detail', sellerId],
    queryFn: ({ signal }) =>
      api.request(`/sellers/${encodeURIComponent(sellerId)}`, { schema: Seller, signal }),
  });
