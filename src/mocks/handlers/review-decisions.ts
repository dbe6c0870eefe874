import type { Account, DecisionCreate, Notification, PenaltyRecord, ReviewItem } from '@/shared/api/schemas';
import { appealDeadline, COMPLAINT_POINTS, penaltyExpiry } from '@/domain/penalties/rules';
import { recheckBrandListings } from '../brand-recheck';
import type { Db } from '../db/db';
import { conflict, unprocessable } from '../http';

const ALLOWED: Record<ReviewItem['kind'], readonly DecisionCreate['action'][]> = {
  listing: ['approve', 'remove_listing', 'request_changes', 'issue_penalty'],
  buyer_report: ['approve', 'remove_listing', 'request_changes', 'issue_penalty'],
  complaint: ['reject_complaint', 'uphold_complaint'],
  document: ['approve', 'reject_complaint'],
};

function penaltyKind(clause: string, policy: string): PenaltyRecord['kind'] {
  if (clause === 'evasion') return 'evasion';
  if (clause === 'serious-infringement') return 'ip_serious';
  if (clause === 'ip' || policy.startsWith('ipr-')) return 'ip_general';
  if (clause === 'general' || clause.startsWith('cat-')) return 'prohibited_item';
  return 'conduct';
}

/** Carries a reviewer's decision through to the seller's side: listing, complaint, ledger, vault, inbox. */
export function applyDecision(
  db: Db,
  item: ReviewItem,
  input: DecisionCreate,
  reviewer: Account,
  now: Date,
): string | null {
  if (!ALLOWED[item.kind].includes(input.action)) {
    throw unprocessable(
      `"${input.action.replaceAll('_', ' ')}" does not apply to a ${item.kind.replaceAll('_', ' ')}.`,
      {
        action: [`Choose one of: ${ALLOWED[item.kind].join(', ')}.`],
      },
    );
  }
  if (input.action === 'issue_penalty' && (input.points === undefined || !input.policy)) {
    throw unprocessable('A penalty needs its points and the clause it relies on.', {
      ...(input.points === undefined ? { points: ['Set the points from the penalty rules.'] } : {}),
      ...(!input.policy ? { policy: ['Cite the clause the penalty relies on.'] } : {}),
    });
  }
  const at = now.toISOString();
  const setListing = (id: string, moderation: 'active' | 'removed' | 'changes_requested') => {
    const listing = db.get('listings', id);
    if (listing) db.put('listings', { ...listing, moderation, version: listing.version + 1, updatedAt: at });
  };
  let snapshot: string | null = null;

  if (item.kind === 'listing' || item.kind === 'buyer_report') {
    const listing = db.get('listings', item.subjectId);
    snapshot = listing ? `${listing.title}\n\n${listing.description}` : null;
    const moderation = {
      approve: 'active',
      remove_listing: 'removed',
      request_changes: 'changes_requested',
      issue_penalty: 'removed',
    } as const;
    setListing(item.subjectId, moderation[input.action as keyof typeof moderation]);
    if (input.action === 'issue_penalty' && input.policy && input.points !== undefined) {
      db.put('penalties', {
        id: `pen-${item.id}-${now.getTime().toString(36)}`,
        sellerId: item.sellerId,
        kind: penaltyKind(input.policy.clause, input.policy.policy),
        source: { type: 'listing', id: item.subjectId, label: item.title },
        ruleId: item.ruleIds[0] ?? 'reviewer.decision',
        policy: input.policy,
        summary: input.reason,
        points: input.points,
        status: 'established',
        issuedAt: at,
        expiresAt: penaltyExpiry(now).toISOString(),
        appealBy: appealDeadline(now).toISOString(),
        appealId: null,
      });
    }
  } else if (item.kind === 'complaint') {
    const complaint = db.get('complaints', item.subjectId);
    if (complaint && complaint.status !== 'awaiting_response' && complaint.status !== 'counter_noticed') {
      throw conflict(`This complaint is already ${complaint.status.replaceAll('_', ' ')}.`);
    }
    if (complaint) {
      snapshot = complaint.claim;
      const upheld = input.action === 'uphold_complaint';
      db.put('complaints', {
        ...complaint,
        status: upheld ? 'upheld' : 'inadmissible',
        history: [
          ...complaint.history,
          {
            at,
            actor: { kind: 'reviewer', id: reviewer.id, name: reviewer.name },
            action: upheld ? 'upheld' : 'inadmissible',
            note: input.reason,
          },
        ],
      });
      if (upheld) {
        complaint.listingIds.forEach((id) => setListing(id, 'removed'));
        // The ledger follows: a general infringement costs points, a serious one is a strike.
        const serious = complaint.seriousness === 'serious';
        db.put('penalties', {
          id: `pen-${complaint.id}`,
          sellerId: complaint.sellerId,
          kind: serious ? 'ip_serious' : 'ip_general',
          source: {
            type: 'complaint',
            id: complaint.id,
            label: `Complaint by ${complaint.complainant.rightsOwner}`,
          },
          ruleId: serious ? 'ipr.counterfeit' : 'ipr.unfair-use',
          policy: {
            policy: 'ipr-protection-policy',
            clause: serious ? 'serious-infringement' : 'general-infringement',
          },
          summary: `Complaint upheld: ${complaint.rightName}. ${input.reason}`.slice(0, 500),
          points: COMPLAINT_POINTS[complaint.seriousness],
          status: 'established',
          issuedAt: at,
          expiresAt: penaltyExpiry(now).toISOString(),
          appealBy: appealDeadline(now).toISOString(),
          appealId: null,
        });
      }
    }
  } else {
    const document = db.get('authorisations', item.subjectId);
    if (document && document.status !== 'pending') {
      throw conflict(`This document is already ${document.status}.`);
    }
    if (document) {
      const verified = input.action === 'approve';
      snapshot = `${document.documentType.replaceAll('_', ' ')} for ${document.brands.join(', ')} from ${document.issuer} (${document.fileName})`;
      db.put('authorisations', {
        ...document,
        status: verified ? 'verified' : 'rejected',
        rejectionReason: verified ? null : input.reason,
        decidedAt: at,
      });
      // The shop's listings naming these brands follow at once: a verified brand's plain mentions clear.
      recheckBrandListings(db, document.sellerId, document.brands, now);
    }
  }
  const documentTitle =
    item.kind === 'document'
      ? `Your document was ${input.action === 'approve' ? 'verified' : 'rejected'}`
      : null;

  for (const account of db.find('accounts', (a) => a.sellerId === item.sellerId)) {
    const notification: Notification = {
      id: `ntf-${item.id}-${now.getTime().toString(36)}`,
      accountId: account.id,
      kind: item.kind === 'complaint' ? 'complaint_decided' : 'listing_decided',
      title: documentTitle ?? `A reviewer decided: ${input.action.replaceAll('_', ' ')}`,
      body: `${item.title}: ${input.reason}`,
      link:
        item.kind === 'complaint'
          ? `/complaints/${item.subjectId}`
          : item.kind === 'document'
            ? '/authorisations'
            : `/listings/${item.subjectId}`,
      createdAt: at,
      readAt: null,
    };
    db.put('notifications', notification);
  }
  return snapshot;
}
