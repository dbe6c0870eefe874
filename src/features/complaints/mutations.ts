import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api';
import { ComplaintResponse, type ComplaintResponseCreate } from '@/shared/api/schemas';
import { complaintKeys } from './queries';

/**
 * The seller's answer to a complaint. Accepting removes listings and closes a review item, and either answer
 * changes the shop's open complaints, so everything that shows those is refreshed before the answer counts as done.
 */
export function useRespondToComplaint(complaintId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ComplaintResponseCreate) =>
      api.request(`/complaints/${encodeURIComponent(complaintId)}/responses`, {
        method: 'POST',
        body,
        schema: ComplaintResponse,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: complaintKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['listings'] }),
        queryClient.invalidateQueries({ queryKey: ['sellers'] }),
        queryClient.invalidateQueries({ queryKey: ['notifications'] }),
      ]),
  });
}
