export interface AuthorisationLike {
  status: 'verified' | 'pending' | 'expired' | 'rejected' | 'withdrawn';
  validUntil: string | null;
  brands: readonly string[];
}

/** True while a verified authorisation covers its brands: verified and not past its valid-until moment. */
export function isInForce(authorisation: AuthorisationLike, now: Date): boolean {
  return (
    authorisation.status === 'verified' &&
    // Compared as instants: '…10:00:00Z' and '…10:00:00.000Z' are the same moment but not the same string.
    (authorisation.validUntil === null || Date.parse(authorisation.validUntil) > now.getTime())
  );
}

/** The brands a seller may name freely: those covered by a verified authorisation that has not expired. */
export function verifiedBrands(authorisations: readonly AuthorisationLike[], now: Date): string[] {
  return authorisations.filter((a) => isInForce(a, now)).flatMap((a) => [...a.brands]);
}
