import { DAY_MS } from '@/domain/time';
import { isInForce, type AuthorisationLike } from './verified-brands';

export interface StatusDocumentLike extends AuthorisationLike {
  id: string;
  fileName: string;
  issuedAt: string;
  rejectionReason: string | null;
}

export type BrandState = 'authorised' | 'pending' | 'expired' | 'rejected';

export interface BrandStatus {
  /** The brand as the seller's newest record spells it. */
  brand: string;
  state: BrandState;
  /** The record behind the state: the covering one when authorised, else the newest one in that state. */
  coveredBy: { id: string; fileName: string; validUntil: string | null };
  /** Why the record was rejected, when the state is 'rejected'. */
  reason: string | null;
  /** Authorised, and the covering record's valid-until is within `EXPIRES_SOON_DAYS`. */
  expiresSoon: boolean;
  /** Authorised, and a newer record for the brand also waits for review (a renewal, say). */
  renewalPending: boolean;
}

export const EXPIRES_SOON_DAYS = 30;

/** Which state a record puts its brands in; withdrawn records count for nothing. */
function stateOf(record: AuthorisationLike, now: Date): BrandState | null {
  if (record.status === 'withdrawn') return null;
  if (record.status === 'verified') return isInForce(record, now) ? 'authorised' : 'expired';
  return record.status;
}

const RANK: Record<BrandState, number> = { authorised: 0, pending: 1, expired: 2, rejected: 3 };

/** The longer-lasting of two covering records (no valid-until lasts forever). */
function lastsLonger(a: StatusDocumentLike, b: StatusDocumentLike): boolean {
  if (a.validUntil === null) return b.validUntil !== null;
  return b.validUntil !== null && Date.parse(a.validUntil) > Date.parse(b.validUntil);
}

/**
 * Where the seller stands for each brand they hold records for: authorised (a verified record in force
 * covers it: the longest-lasting one is named), else pending, else expired, else rejected (with the reason).
 * Brands are matched ignoring case; the result is in alphabetical order.
 */
export function brandStatuses(records: readonly StatusDocumentLike[], now: Date): BrandStatus[] {
  const byBrand = new Map<
    string,
    { brand: string; best: StatusDocumentLike; state: BrandState; pending: boolean }
  >();
  const newestFirst = [...records].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));
  for (const record of newestFirst) {
    const state = stateOf(record, now);
    if (state === null) continue;
    for (const brand of record.brands) {
      const key = brand.trim().toLowerCase();
      if (!key) continue;
      const current = byBrand.get(key);
      if (!current) {
        byBrand.set(key, { brand: brand.trim(), best: record, state, pending: state === 'pending' });
        continue;
      }
      if (state === 'pending') current.pending = true;
      const better =
        RANK[state] < RANK[current.state] ||
        (state === 'authorised' && current.state === 'authorised' && lastsLonger(record, current.best));
      if (better) {
        current.best = record;
        current.state = state;
      }
    }
  }
  const soon = now.getTime() + EXPIRES_SOON_DAYS * DAY_MS;
  return [...byBrand.values()]
    .map(({ brand, best, state, pending }) => ({
      brand,
      state,
      coveredBy: { id: best.id, fileName: best.fileName, validUntil: best.validUntil },
      reason: state === 'rejected' ? best.rejectionReason : null,
      expiresSoon: state === 'authorised' && best.validUntil !== null && Date.parse(best.validUntil) <= soon,
      renewalPending: state === 'authorised' && pending,
    }))
    .sort((a, b) => a.brand.localeCompare(b.brand, 'en', { sensitivity: 'base' }));
}
