import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/shared/api/api';
import { BrandAuthorisation } from '@/shared/api/schemas';

export const authorisationsQuery = () =>
  queryOptions({
    queryKey: ['authorisations', 'list'],
    queryFn: ({ signal }) => api.request('/authorisations', { schema: z.array(BrandAuthorisation), signal }),
  });

/** Brands covered by a verified authorisation that has not expired. */
export function verifiedBrands(authorisations: readonly BrandAuthorisation[], now = new Date()): string[] {
  const today = now.toISOString();
  return authorisations
    .filter((a) => a.status === 'verified' && (a.validUntil === null || a.validUntil > today))
    .flatMap((a) => a.brands);
}
