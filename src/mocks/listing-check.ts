import { checkListing, type Finding } from '@/domain/checker';
import type { Listing, ListingCheck, ListingFinding } from '@/shared/api/schemas';

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
  };
}

/**
 * The server-side status of a listing: the same checker the browser runs, with the shop's verified brand
 * authorisations and the rules reviewers put in "review only" mode (their findings never block).
 * Findings are stored most serious first, so the first is the "top finding".
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
  return { verdict: result.verdict, findings, checkedAt: at };
}
