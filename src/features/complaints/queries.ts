import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { api } from '@/shared/api/api';
import { ComplaintDetail, IpComplaint } from '@/shared/api/schemas';

export const complaintKeys = {
  all: ['complaints'] as const,
  list: () => ['complaints', 'list'] as const,
  detail: (id: string) => ['complaints', 'detail', id] as const,
};

export const complaintsQuery = () =>
  queryOptions({
    queryKey: complaintKeys.list(),
    queryFn: ({ signal }) => api.request('/complaints', { schema: z.array(IpComplaint), signal }),
  });

export const complaintQuery = (id: string) =>
  queryOptions({
    queryKey: complaintKeys.detail(id),
    queryFn: ({ signal }) =>
      api.request(`/complaints/${encodeURIComponent(id)}`, { schema: ComplaintDetail, signal }),
  });

export { shopsQuery } from '@/shared/api/sellers';
