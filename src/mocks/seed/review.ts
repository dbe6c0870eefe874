import type { AuditEvent, BrandAuthorisation, Decision, IpComplaint, ReviewItem } from '@/shared/api/schemas';
import type { SeededListing } from './listings';
import { listingReviewItem, riskScore } from '../review-item';
import type { Clock, Random } from './random';

const REVIEWER = { kind: 'reviewer', id: 'reviewer', name: 'Dana Okafor' } as const;

const BUYER_REPORTS = [
  'A buyer reports the item received is a counterfeit.',
  'A buyer reports the listing asks to pay outside the marketplace.',
  'A buyer reports the photos show a different brand than the item sent.',
  'A buyer reports the item is not as described.',
];

interface ReviewSeed {
  listings: readonly SeededListing[];
  complaints: readonly IpComplaint[];
  authorisations: readonly BrandAuthorisation[];
  sellerPoints: (sellerId: string) => number;
}

export function seedReview(input: ReviewSeed, random: Random, clock: Clock) {
  const items: ReviewItem[] = [];
  const decisions: Decision[] = [];
  const audit: AuditEvent[] = [];

  for (const listing of input.listings) {
    const flagged = listing.check.verdict !== 'ok';
    if (!flagged || (listing.moderation !== 'under_review' && listing.moderation !== 'removed')) continue;
    const item = listingReviewItem(listing, {
      sellerPoints: input.sellerPoints(listing.sellerId),
      status: listing.moderation === 'removed' ? 'decided' : 'open',
      createdAt: listing.updatedAt,
      fallbackReason: 'Flagged by the listing checker.',
    });
    items.push(item);
    if (item.status === 'decided') {
      const decidedAt = clock.daysAgo(random.int(1, 30));
      const decision: Decision = {
        id: `dec-${listing.id}`,
        reviewItemId: item.id,
        reviewer: REVIEWER,
        action: 'remove_listing',
        reason: `Removed: ${item.reason}`,
        points: null,
        policy: listing.check.findings[0]?.policy ?? null,
        decidedAt,
      };
      decisions.push(decision);
      audit.push({
        id: `aud-${decision.id}`,
        at: decidedAt,
        actor: REVIEWER,
        action: 'decision.remove_listing',
        subject: { type: 'listing', id: listing.id },
        summary: decision.reason,
        policy: decision.policy,
        snapshot: `${listing.title}\n\n${listing.description}`,
      });
    }
  }

  for (const complaint of input.complaints) {
    if (complaint.status !== 'awaiting_response' && complaint.status !== 'counter_noticed') continue;
    const points = complaint.seriousness === 'serious' ? 6 : 2;
    items.push({
      id: `rev-${complaint.id}`,
      kind: 'complaint',
      sellerId: complaint.sellerId,
      subjectId: complaint.id,
      title: `${complaint.rightType} complaint by ${complaint.complainant.rightsOwner}`,
      reason: complaint.claim,
      ruleIds: [complaint.seriousness === 'serious' ? 'plp.ip.replica' : 'plp.ip.unauthorised-brand'],
      risk: riskScore(
        complaint.seriousness === 'serious' ? 60 : 35,
        points,
        input.sellerPoints(complaint.sellerId),
      ),
      pointsAtStake: points,
      status: 'open',
      createdAt: complaint.receivedAt,
    });
    audit.push({
      id: `aud-rcv-${complaint.id}`,
      at: complaint.receivedAt,
      actor: { kind: 'complainant', id: complaint.id, name: complaint.complainant.rightsOwner },
      action: 'complaint.received',
      subject: { type: 'complaint', id: complaint.id },
      summary: complaint.claim,
      policy: { policy: 'reporting-ip-infringement', clause: 'contents' },
      snapshot: null,
    });
  }

  const reportable = input.listings.filter(
    (l) => l.moderation === 'active' && l.sellerId !== 'shop-megamart',
  );
  for (let i = 0; i < 8 && reportable.length > 0; i++) {
    const listing = random.pick(reportable);
    items.push({
      id: `rev-report-${i + 1}`,
      kind: 'buyer_report',
      sellerId: listing.sellerId,
      subjectId: listing.id,
      title: listing.title,
      reason: random.pick(BUYER_REPORTS),
      ruleIds: [],
      risk: riskScore(40, 2, input.sellerPoints(listing.sellerId)),
      pointsAtStake: 2,
      status: 'open',
      createdAt: clock.hoursAgo(random.int(1, 120)),
    });
  }

  for (const document of input.authorisations.filter((a) => a.status === 'pending')) {
    items.push({
      id: `rev-${document.id}`,
      kind: 'document',
      sellerId: document.sellerId,
      subjectId: document.id,
      title: `Brand authorisation: ${document.brands.join(', ')}`,
      reason: `A ${document.documentType.replaceAll('_', ' ')} from ${document.issuer} waits for verification.`,
      ruleIds: [],
      risk: riskScore(15, 0, input.sellerPoints(document.sellerId)),
      pointsAtStake: 0,
      status: 'open',
      createdAt: document.issuedAt,
    });
  }
  return { items, decisions, audit };
}
