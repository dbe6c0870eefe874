import { checkListing, type Finding } from '@/domain/checker';
import type { Listing, ListingCheck, ListingFinding, ReviewQueueEntry } from '@/shared/api/schemas';

const ORDER = { block: 0, warn: 1, info: 2 } as const;

function toStored(finding: Finding): ListingFinding {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    points: finding.points,
    summary: finding.reason,
    field: finding.field,
    start: finding.start,
    end: finding.end,
    matched: finding.matched,
    policy: finding.policy,
    confidence: finding.confidence,
    basis: finding.basis,
  };
}

/**
 * The server-side status of a listing: the same checker the browser runs, with the shop's verified brand
 * authorisations and the rules reviewers put in "review only" mode (their findings never block).
 * Findings are stored most serious first, so the first is the "top finding"; what the listing sells is stored
 * with them, so a list can say why a finding only warns without checking the text again.
 */
export function checkStoredListing(
  listing: Pick<Listing, 'title' | 'description' | 'brand' | 'category'>,
  authorizedBrands: readonly string[],
  at: string,
  reviewOnlyRules?: ReadonlySet<string>,
): ListingCheck {
  const result = checkListing(listing, { authorizedBrands, reviewOnlyRules });
  const findings = result.findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => ORDER[a.finding.severity] - ORDER[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => toStored(finding));
  const { kind, source, cue } = result.productType;
  return { verdict: result.verdict, productType: { kind, source, cue }, findings, checkedAt: at };
}

/**
 * What the review queue shows of a listing's stored check: what it sells, and the confidence and basis of its
 * top finding (the first that is not merely informative, as the item's reason is). Nothing for a listing
 * that is gone.
 */
export function queueEvidence(
  listing: Pick<Listing, 'check'> | undefined,
): Pick<ReviewQueueEntry, 'productType' | 'topFinding'> {
  if (!listing) return { productType: null, topFinding: null };
  const top = listing.check.findings.find((finding) => finding.severity !== 'info');
  return {
    productType: listing.check.productType,
    topFinding: top ? { confidence: top.confidence, basis: top.basis } : null,
  };
}
