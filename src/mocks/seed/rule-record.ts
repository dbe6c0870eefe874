import type { AuditEvent, Decision, ReviewItem } from '@/shared/api/schemas';
import { listingReviewItem } from '../review-item';
import type { SeededListing } from './listings';

const REVIEWERS = [
  { kind: 'reviewer', id: 'reviewer', name: 'Dana Okafor' },
  { kind: 'reviewer', id: 'reviewer-2', name: 'Ilya Morozov' },
] as const;

const APPROVALS = [
  'Approved: the flagged words describe the item honestly; nothing in the listing breaks the clause.',
  'Approved: the brand is named only to say what the item fits or looks like; no claim to be the brand.',
  'Approved: read in context the wording is not a violation.',
];

/**
 * Past reviews, so each checker rule has a record (SmokeDetector-style) before anyone is asked to trust it:
 * a flagged listing that is live today was approved by a reviewer (the finding was overturned); one waiting
 * for the seller's changes had changes requested (upheld). Listings removed by moderation already have their
 * decision in the review seed. No randomness: the record follows from the listings.
 */
export function seedRuleRecord(
  listings: readonly SeededListing[],
  existing: ReadonlySet<string>,
  sellerPoints: (sellerId: string) => number,
) {
  const items: ReviewItem[] = [];
  const decisions: Decision[] = [];
  const audit: AuditEvent[] = [];
  let n = 0;
  for (const listing of listings) {
    const actionable = listing.check.findings.filter((f) => f.severity !== 'info');
    if (actionable.length === 0) continue;
    if (listing.moderation !== 'active' && listing.moderation !== 'changes_requested') continue;
    const item = listingReviewItem(listing, {
      sellerPoints: sellerPoints(listing.sellerId),
      status: 'decided',
      createdAt: listing.createdAt,
      fallbackReason: 'Flagged by the listing checker.',
    });
    if (existing.has(item.id)) continue;
    const approve = listing.moderation === 'active';
    const reviewer = REVIEWERS[n % REVIEWERS.length] ?? REVIEWERS[0];
    const decidedAt = listing.updatedAt > listing.createdAt ? listing.updatedAt : listing.createdAt;
    const decision: Decision = {
      id: `dec-${listing.id}`,
      reviewItemId: item.id,
      reviewer,
      action: approve ? 'approve' : 'request_changes',
      reason: approve
        ? (APPROVALS[n % APPROVALS.length] ?? '')
        : `Changes requested: ${actionable[0]?.summary ?? item.reason}`,
      points: null,
      policy: actionable[0]?.policy ?? null,
      decidedAt,
    };
    n++;
    items.push(item);
    decisions.push(decision);
    audit.push({
      id: `aud-${decision.id}`,
      at: decidedAt,
      actor: reviewer,
      action: `decision.${decision.action}`,
      subject: { type: 'listing', id: listing.id },
      summary: decision.reason,
      policy: decision.policy,
      snapshot: `${listing.title}\n\n${listing.description}`,
    });
  }
  return { items, decisions, audit };
}
