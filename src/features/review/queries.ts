import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/shared/api/api';
import { Decision, ReviewItem } from '@/shared/api/schemas';

export const reviewItemsQuery = () =>
  queryOptions({
    queryKey: ['review', 'list'],
    queryFn: ({ signal }) => api.request('/review-items', { schema: z.array(ReviewItem), signal }),
  });

export const reviewItemQuery = (id: string) =>
  queryOptions({
    queryKey: ['review', 'detail', id],
    queryFn: ({ signal }) =>
      api.request(`/review-items/${encodeURIComponent(id)}`, {
        schema: z.object({ item: ReviewItem, decisions: z.array(Decision) }),
        signal,
      }),
  });
