import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api';
import { Listing, ListingBulkResult, type ListingBulkAction, type ListingUpdate } from '@/shared/api/schemas';
import { listingKeys } from './queries';
import { forgetDraft } from './use-listing-draft';

/**
 * Saves a listing with the version it was read at. The page shows the new text at once; if the save fails the
 * cache goes back to what the server has, and the caller keeps the seller's text.
 */
export function useUpdateListing(id: string) {
  const queryClient = useQueryClient();
  const key = listingKeys.detail(id);
  return useMutation({
    mutationFn: (update: ListingUpdate) =>
      api.request(`/listings/${encodeURIComponent(id)}`, { method: 'PATCH', body: update, schema: Listing }),
    onMutate: async (update) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Listing>(key);
      if (previous) {
        const { version: _version, ...fields } = update;
        queryClient.setQueryData<Listing>(key, { ...previous, ...fields });
      }
      return { previous };
    },
    onError: (_error, _update, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (listing) => {
      queryClient.setQueryData(key, listing);
      forgetDraft(listing.id); // also when the seller has already left the page
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: listingKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['sellers'] }),
      ]);
    },
  });
}

/** A bulk action on selected listings; the answer says how many changed and which were skipped (and why not). */
export function useBulkListings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ListingBulkAction) =>
      api.request('/listings/bulk', { method: 'POST', body, schema: ListingBulkResult }),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: listingKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['sellers'] }),
      ]);
    },
  });
}
