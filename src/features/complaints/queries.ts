import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/shared/api/api';
import { ComplaintDetail, IpComplaint } from '@/shared/api/schemas';

export const complaintsQuery = () =>
  queryOptions({
    queryKey: ['complaints', 'list'],
    queryFn: ({ signal }) => api.request('/complaints', { schema: z.array(IpComplaint), signal }),
  });

export const complaintQuery = (id: string) =>
  queryOptions({
    queryKey: ['complaints', 'detail', id],
    queryFn: ({ signal }) =>
      api.request(`/complaints/${encodeURIComponent(id)}`, { schema: ComplaintDetail, signal }),
  });
