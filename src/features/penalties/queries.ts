import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { api } from '@/shared/api/api';
import { Appeal, type AppealCreate, PenaltyRecord } from '@/shared/api/schemas';

export const penaltiesQuery = () =>
  queryOptions({
    queryKey: ['penalties', 'list'],
    queryFn: ({ signal }) => api.request('/penalties', { schema: z.array(PenaltyRecord), signal }),
  });

export const appealsQuery = () =>
  queryOptions({
    queryKey: ['appeals', 'list'],
    queryFn: ({ signal }) => api.request('/appeals', { schema: z.array(Appeal), signal }),
  });

export function useSubmitAppeal(penaltyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AppealCreate) =>
      api.request(`/penalties/${encodeURIComponent(penaltyId)}/appeals`, {
        method: 'POST',
        body: input,
        schema: Appeal,
      }),
    onSettled: () =>
      Promise.all(
        [['penalties'], ['appeals'], ['sellers'], ['notifications']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
