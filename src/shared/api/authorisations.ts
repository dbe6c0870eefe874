import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { api } from './api';
import { apiMessages } from './messages';
import { BrandAuthorisation } from './schemas/account-data';

/** The signed-in seller's brand documents: the checker, the listing page and the evidence pickers all read it. */
export const authorisationsQuery = () =>
  queryOptions({
    queryKey: ['authorisations', 'list'],
    queryFn: ({ signal }) => api.request('/authorisations', { schema: z.array(BrandAuthorisation), signal }),
  });

/** A vault document as the evidence pickers offer it. */
export interface VaultOption {
  id: string;
  kind: 'trademark_certificate' | 'licence' | 'authorisation_letter' | 'purchase_invoice' | 'other';
  name: string;
  label: string;
}

/** The documents worth attaching as evidence: current ones, verified first; withdrawn and rejected ones are left out. */
export function vaultOptions(documents: readonly BrandAuthorisation[]): VaultOption[] {
  const m = apiMessages.get();
  return documents
    .filter((d) => d.status === 'verified' || d.status === 'pending' || d.status === 'expired')
    .sort((a, b) => Number(b.status === 'verified') - Number(a.status === 'verified'))
    .map((d) => ({
      id: d.id,
      kind: d.documentType,
      name: d.fileName,
      label: `${m.vaultTypes[d.documentType]} · ${d.brands.join(', ')} · ${m.vaultStatus[d.status]}`,
    }));
}
