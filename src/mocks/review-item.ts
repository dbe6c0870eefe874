import type { Listing, ReviewItem } from '@/shared/api/schemas';

/** Risk 0-100 from the severity of the problem, the points at stake and the points the seller already has. */
export function riskScore(base: number, pointsAtStake: number, sellerPoints: number): number {
  return Math.max(0, Math.min(100, Math.round(base + pointsAtStake * 3 + sellerPoints)));
}

/** The review-queue entry for a listing, from what the checker found in it. */
export function listingReviewItem(
  listing: Listing,
  options: { sellerPoints: number; status: ReviewItem['status']; createdAt: string; fallbackReason: string },
): ReviewItem {
  const actionable = listing.check.findings.filter((finding) => finding.severity !== 'info');
  const pointsAtStake = actionable.reduce((max, finding) => Math.max(max, finding.points), 0);
  const base = listing.check.verdict === 'block' ? 50 : listing.check.verdict === 'warn' ? 25 : 10;
  return {
    id: `rev-${listing.id}`,
    kind: 'listing',
    sellerId: listing.sellerId,
    subjectId: listing.id,
    title: listing.title,
    reason: actionable[0]?.summary ?? options.fallbackReason,
    ruleIds: [...new Set(actionable.map((finding) => finding.ruleId))],
    risk: riskScore(base, pointsAtStake, options.sellerPoints),
    pointsAtStake,
    status: options.status,
    createdAt: options.createdAt,
  };
}
