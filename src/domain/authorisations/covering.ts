import { brandStatuses, type StatusDocumentLike } from './brand-status';

/**
 * The verified document in force that covers a brand (the longest-lasting when several do), or null. Brand names
 * compare without case, as the checker's catalogue and the seller's documents may write them differently.
 */
export function coveringDocument<D extends StatusDocumentLike>(
  documents: readonly D[],
  brand: string,
  now: Date,
): D | null {
  const wanted = brand.trim().toLowerCase();
  const status = brandStatuses(documents, now).find(
    (s) => s.state === 'authorised' && s.brand.toLowerCase() === wanted,
  );
  return status ? (documents.find((d) => d.id === status.coveredBy.id) ?? null) : null;
}

/** The documents whose cover of some brand ends within 30 days: to renew before the brand is uncovered. */
export function expiringSoon<D extends StatusDocumentLike>(documents: readonly D[], now: Date): D[] {
  const ids = new Set(
    brandStatuses(documents, now)
      .filter((s) => s.expiresSoon)
      .map((s) => s.coveredBy.id),
  );
  return documents.filter((d) => ids.has(d.id));
}
