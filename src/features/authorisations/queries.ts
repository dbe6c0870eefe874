import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api';
import { authorisationsQuery } from '@/shared/api/authorisations';
import { BrandAuthorisation, type BrandAuthorisationCreate } from '@/shared/api/schemas';

/** A verified or withdrawn document changes listing verdicts and the inbox: refresh what shows them. */
function useRefreshAfter() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: authorisationsQuery().queryKey }),
      queryClient.invalidateQueries({ queryKey: ['listings'] }),
      queryClient.invalidateQueries({ queryKey: ['sellers'] }),
    ]);
}

export interface UploadInput {
  metadata: BrandAuthorisationCreate;
  file: File;
  /** The document this one replaces. */
  replaces?: string;
}

export function useUploadDocument() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: ({ metadata, file, replaces }: UploadInput) => {
      const body = new FormData();
      body.set('metadata', JSON.stringify(metadata));
      body.set('file', file, file.name);
      const path = replaces ? `/authorisations/${encodeURIComponent(replaces)}/replace` : '/authorisations';
      return api.request(path, { method: 'POST', body, schema: BrandAuthorisation });
    },
    onSuccess: refresh,
  });
}

export function useWithdrawDocument() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (id: string) =>
      api.request(`/authorisations/${encodeURIComponent(id)}/withdraw`, {
        method: 'POST',
        schema: BrandAuthorisation,
      }),
    onSuccess: refresh,
  });
}
