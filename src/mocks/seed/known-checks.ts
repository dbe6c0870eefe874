import { z } from 'zod/mini';
import { ListingCheck, type Listing } from '@/shared/api/schemas';
import { checkStoredListing } from '../listing-check';

/** What the seed hands the checker for one listing. */
export type SeedCheckInput = Pick<Listing, 'id' | 'title' | 'description' | 'brand' | 'category'>;

/** Decides a seeded listing's stored check; the seed runs the real checker unless it is given one of these. */
export type SeedChecker = (
  listing: SeedCheckInput,
  authorizedBrands: readonly string[],
  at: string,
) => ListingCheck;

/** The real checker, as the seed calls it. */
export const checkSeededListing: SeedChecker = checkStoredListing;

/**
 * A 53-bit hash (cyrb53) of everything the checker reads for a seeded listing, so a known check is only reused
 * for exactly the text, brand, category and authorisations it was worked out for.
 */
export function seedCheckFingerprint(listing: SeedCheckInput, authorizedBrands: readonly string[]): string {
  const text = [
    listing.id,
    listing.title,
    listing.description,
    listing.brand ?? '',
    listing.category,
    ...authorizedBrands,
  ].join('\u0000');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const KnownCheck = z.omit(ListingCheck, { checkedAt: true });
type KnownCheck = z.infer<typeof KnownCheck>;

const KNOWN_CHECKS_VERSION = 1;

/**
 * The seed's checks as worked out once, when the app is built: the distinct checks, and for each seeded listing
 * its fingerprint and which of them it got (`fingerprint.index,fingerprint.index,…`).
 */
const KnownChecksFile = z.object({
  version: z.literal(KNOWN_CHECKS_VERSION),
  checks: z.array(KnownCheck),
  entries: z.string(),
});

/** Runs the real checker on every seeded listing and remembers the results, to be written into the build. */
export function recordingSeedChecker(): { checker: SeedChecker; encode(): string } {
  const checks: KnownCheck[] = [];
  const indexOf = new Map<string, number>();
  const entries: string[] = [];
  return {
    checker(listing, authorizedBrands, at) {
      const check = checkSeededListing(listing, authorizedBrands, at);
      const { checkedAt: _checkedAt, ...known } = check;
      const key = JSON.stringify(known);
      let index = indexOf.get(key);
      if (index === undefined) {
        index = checks.push(known) - 1;
        indexOf.set(key, index);
      }
      entries.push(`${seedCheckFingerprint(listing, authorizedBrands)}.${index.toString(36)}`);
      return check;
    },
    encode: () => JSON.stringify({ version: KNOWN_CHECKS_VERSION, checks, entries: entries.join(',') }),
  };
}

/**
 * Reuses the checks worked out at build time for listings whose fingerprint matches, and runs the checker on
 * any other (a different seed, changed seed text, or no known checks at all, as in development). A damaged or
 * older file is ignored as a whole: it can only cost time, never change a result. `fallback` is the real checker.
 */
export function replayingSeedChecker(
  encoded: string | null | undefined,
  fallback: SeedChecker = checkSeededListing,
): SeedChecker {
  const known = new Map<string, KnownCheck>();
  if (encoded) {
    let raw: unknown = null;
    try {
      raw = JSON.parse(encoded);
    } catch {
      raw = null;
    }
    const parsed = KnownChecksFile.safeParse(raw);
    if (parsed.success) {
      const { checks, entries } = parsed.data;
      for (const entry of entries.split(',')) {
        const dot = entry.indexOf('.');
        const check = dot > 0 ? checks[parseInt(entry.slice(dot + 1), 36)] : undefined;
        if (check) known.set(entry.slice(0, dot), check);
      }
    }
  }
  return (listing, authorizedBrands, at) => {
    const check = known.size > 0 ? known.get(seedCheckFingerprint(listing, authorizedBrands)) : undefined;
    // Rows are replaced, never changed in place, so listings with the same check can share its findings.
    return check ? { ...check, checkedAt: at } : fallback(listing, authorizedBrands, at);
  };
}
