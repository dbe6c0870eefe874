import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api';
import { Appeal, type AppealCreate } from '@/shared/api/schemas';

export { appealsQuery, penaltiesQuery } from '@/shared/api/penalties';

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
