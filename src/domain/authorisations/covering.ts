/** What a listing page needs to say which document cleared a brand. */
export interface CoveringCandidate {
  id: string;
  status: string;
  validUntil: string | null;
  brands: readonly string[];
}

/** Timestamps are compared as moments: ISO strings with and without milliseconds do not sort as text. */
function validAt(d: CoveringCandidate, t: number): boolean {
  return d.validUntil === null || Date.parse(d.validUntil) > t;
}

/**
 * The verified, unexpired document that covers a brand (the one valid longest when several do), or null. Brand
 * names compare without case, as the checker's catalogue and the seller's documents may write them differently.
 */
export function coveringDocument<D extends CoveringCandidate>(
  documents: readonly D[],
  brand: string,
  now: Date,
): D | null {
  const wanted = brand.trim().toLocaleLowerCase();
  const covering = documents.filter(
    (d) =>
      d.status === 'verified' &&
      validAt(d, now.getTime()) &&
      d.brands.some((b) => b.trim().toLocaleLowerCase() === wanted),
  );
  const end = (d: D) => (d.validUntil === null ? Infinity : Date.parse(d.validUntil));
  return covering.sort((a, b) => end(b) - end(a))[0] ?? null;
}

/** Verified documents whose validity ends within `days` (default 30): to renew before the brand is uncovered. */
export function expiringSoon<D extends CoveringCandidate>(
  documents: readonly D[],
  now: Date,
  days = 30,
): D[] {
  const t = now.getTime();
  return documents.filter(
    (d) =>
      d.status === 'verified' &&
      d.validUntil !== null &&
      validAt(d, t) &&
      Date.parse(d.validUntil) <= t + days * 86_400_000,
  );
}
