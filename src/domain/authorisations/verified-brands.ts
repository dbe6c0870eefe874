export interface AuthorisationLike {
  status: 'verified' | 'pending' | 'expired' | 'rejected';
  validUntil: string | null;
  brands: readonly string[];
}

/** The brands a seller may name freely: those covered by a verified authorisation that has not expired. */
export function verifiedBrands(authorisations: readonly AuthorisationLike[], now: Date): string[] {
  const today = now.toISOString();
  return authorisations
    .filter((a) => a.status === 'verified' && (a.validUntil === null || a.validUntil > today))
    .flatMap((a) => [...a.brands]);
}
