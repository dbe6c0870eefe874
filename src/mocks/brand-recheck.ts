import type { Listing, ListingCheck } from '@/shared/api/schemas';
import type { Db } from './db/db';
import { requestReview, shopBrands } from './handlers/listings';
import { checkStoredListing } from './listing-check';
import { reviewOnlyRules } from './rule-modes';

/**
 * Stores a listing's new check. The seller's text did not change, so neither does the version (an edit in
 * progress still saves); a live listing that blocks only now is held for review, as a new one would be.
 * Returns whether the verdict changed.
 */
export function storeRecheck(db: Db, listing: Listing, check: ListingCheck, at: string): boolean {
  const changed = check.verdict !== listing.check.verdict;
  if (changed && check.verdict === 'block' && listing.moderation === 'active') {
    const held = db.put('listings', {
      ...listing,
      check,
      moderation: 'under_review',
      version: listing.version + 1,
      updatedAt: at,
    });
    requestReview(db, held, at);
  } else {
    db.put('listings', { ...listing, check });
  }
  return changed;
}

const BRAND_RULES = new Set(['plp.ip.unauthorised-brand', 'plp.ip.authorised-brand']);

/**
 * Checks again a shop's listings that mention any of these brands (in their text or brand field, or in a brand
 * finding, which also catches disguised spellings) with the shop's authorisations as they are now: after a
 * document is verified the plain-brand warnings clear; after one is withdrawn they come back. As when a rule's
 * mode changes, the seller's text did not change, so neither does the listing's version, and a listing that
 * now blocks while live is held for review.
 */
export function recheckBrandListings(
  db: Db,
  sellerId: string,
  brands: readonly string[],
  now: Date,
): { rechecked: number; verdictsChanged: number } {
  const names = brands.map((b) => b.trim().toLowerCase()).filter(Boolean);
  if (names.length === 0) return { rechecked: 0, verdictsChanged: 0 };
  const at = now.toISOString();
  const authorised = shopBrands(db, sellerId, now);
  const reviewOnly = reviewOnlyRules(db);
  let rechecked = 0;
  let verdictsChanged = 0;
  const mentions = db.find('listings', (listing) => {
    if (listing.sellerId !== sellerId || listing.moderation === 'removed') return false;
    if (listing.check.findings.some((f) => BRAND_RULES.has(f.ruleId))) return true;
    const text = `${listing.title}\n${listing.description}\n${listing.brand ?? ''}`.toLowerCase();
    return names.some((name) => text.includes(name));
  });
  for (const listing of mentions) {
    rechecked++;
    if (storeRecheck(db, listing, checkStoredListing(listing, authorised, at, reviewOnly), at))
      verdictsChanged++;
  }
  return { rechecked, verdictsChanged };
}
