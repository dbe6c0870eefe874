import { HOUR_MS } from '@/domain/time';
import { z } from 'zod/mini';
import { verifiedBrands } from '@/domain/authorisations/verified-brands';
import { readingOf } from '@/domain/checker/reading';
import { outlook } from '@/domain/penalties/standing';
import {
  BulkDecisionCreate,
  DecisionCreate,
  ListingCategory,
  ReviewItemKind,
  type Account,
  type Listing,
  type ReviewItem,
  type ReviewItemDetail,
  type ReviewQueueEntry,
} from '@/shared/api/schemas';
import { endpoint, type MockContext } from '../context';
import type { Db } from '../db/db';
import { conflict, HttpProblem, notFound, parseBody, parseQuery, unprocessable } from '../http';
import { queueEvidence } from '../listing-check';
import { applyDecision } from './review-decisions';
import { standingOf } from './standing';

const AGES = { '1d': 24, '3d': 72, '7d': 168 } as const;

const ReviewQuery = z.object({
  status: z._default(z.enum(['open', 'decided', 'all']), 'open'),
  kind: z.optional(ReviewItemKind),
  rule: z.optional(z.string().check(z.maxLength(100))),
  sellerId: z.optional(z.string().check(z.maxLength(64))),
  category: z.optional(ListingCategory),
  /** Only items waiting at least this long. */
  age: z.optional(z.enum(['1d', '3d', '7d'])),
});

/** The penalties the rules set for a listing's findings: one per rule that carries points. */
function penaltyOptions(listing: Listing | undefined): ReviewItemDetail['penaltyOptions'] {
  if (!listing) return [];
  return [
    ...new Map(
      listing.check.findings
        .filter((f) => f.severity !== 'info' && f.points > 0)
        .map((f) => [f.ruleId, { ruleId: f.ruleId, label: f.summary, points: f.points, policy: f.policy }]),
    ).values(),
  ];
}

/**
 * A penalty's points and clause come from a rule that flagged the listing, never from the request alone: the
 * reviewer names the rule (or sends its exact points and clause), and anything else is refused.
 */
function withRulePenalty(db: Db, item: ReviewItem, input: DecisionCreate): DecisionCreate {
  if (input.action !== 'issue_penalty') {
    if (input.points !== undefined || input.policy || input.ruleId) {
      throw unprocessable('Only a penalty carries points, a clause and a rule.', {
        action: ['Send points, policy and ruleId with issue_penalty only.'],
      });
    }
    return input;
  }
  if (item.kind !== 'listing' && item.kind !== 'buyer_report') return input;
  const options = penaltyOptions(db.get('listings', item.subjectId));
  const chosen = input.ruleId
    ? options.find((o) => o.ruleId === input.ruleId)
    : options.find(
        (o) =>
          o.points === input.points &&
          o.policy.policy === input.policy?.policy &&
          o.policy.clause === input.policy?.clause,
      );
  if (!chosen && (input.ruleId || (input.points !== undefined && input.policy))) {
    throw unprocessable('The penalty must be one a rule that flagged this listing sets.', {
      ruleId: [`Choose one of: ${options.map((o) => `${o.ruleId} (${o.points} pts)`).join(', ') || 'none'}.`],
    });
  }
  return chosen ? { ...input, points: chosen.points, policy: chosen.policy, ruleId: chosen.ruleId } : input;
}

/** Records one decision on one item: the seller's side, the decision, the item's status and the audit log. */
function decide(db: Db, item: ReviewItem, request: DecisionCreate, account: Account, now: Date) {
  if (item.status !== 'open') throw conflict('This item has already been decided.');
  const input = withRulePenalty(db, item, request);
  const snapshot = applyDecision(db, item, input, account, now);
  const at = now.toISOString();
  const reviewer = { kind: 'reviewer', id: account.id, name: account.name } as const;
  const decision = {
    id: `dec-${item.id}-${now.getTime().toString(36)}`,
    reviewItemId: item.id,
    reviewer,
    action: input.action,
    reason: input.reason,
    points: input.points ?? null,
    policy: input.policy ?? null,
    decidedAt: at,
  };
  db.put('decisions', decision);
  db.put('reviewItems', { ...item, status: 'decided' });
  db.put('auditEvents', {
    id: `aud-${decision.id}`,
    at,
    actor: reviewer,
    action: `decision.${input.action}`,
    subject: { type: item.kind, id: item.subjectId },
    summary: input.reason,
    policy: decision.policy,
    snapshot,
  });
  return decision;
}

function detail(db: Db, item: ReviewItem, now: Date): ReviewItemDetail {
  const listing =
    item.kind === 'listing' || item.kind === 'buyer_report' ? db.get('listings', item.subjectId) : undefined;
  const seller = db.get('sellers', item.sellerId);
  const items = new Map(db.find('reviewItems', (i) => i.sellerId === item.sellerId).map((i) => [i.id, i]));
  const history = db
    .find('decisions', (d) => d.reviewItemId !== item.id && items.has(d.reviewItemId))
    .sort((a, b) => b.decidedAt.localeCompare(a.decidedAt))
    .slice(0, 10)
    .map((d) => ({
      ...d,
      itemTitle: items.get(d.reviewItemId)?.title ?? '',
      itemKind: items.get(d.reviewItemId)?.kind ?? 'listing',
    }));
  const readings = listing
    ? (['title', 'brand', 'description'] as const).flatMap((field) => {
        const text = field === 'brand' ? (listing.brand ?? '') : listing[field];
        return text ? [{ field, text, ...readingOf(text) }] : [];
      })
    : [];
  return {
    item,
    decisions: db.find('decisions', (d) => d.reviewItemId === item.id),
    listing: listing ?? null,
    readings,
    complaint: item.kind === 'complaint' ? (db.get('complaints', item.subjectId) ?? null) : null,
    responses:
      item.kind === 'complaint'
        ? db
            .find('complaintResponses', (r) => r.complaintId === item.subjectId)
            .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
        : [],
    document: item.kind === 'document' ? (db.get('authorisations', item.subjectId) ?? null) : null,
    seller: {
      id: item.sellerId,
      shopName: seller?.shopName ?? item.sellerId,
      standing: standingOf(db, item.sellerId, now),
    },
    history,
    penaltyOptions: penaltyOptions(listing),
    authorizedBrands: verifiedBrands(
      db.find('authorisations', (a) => a.sellerId === item.sellerId),
      now,
    ),
  };
}

export function reviewItemHandlers(ctx: MockContext) {
  return [
    endpoint(ctx, 'get', '/review-items', 'review', 'reviewer', ({ request, db, now }) => {
      const query = parseQuery(request, ReviewQuery);
      const olderThan = query.age ? now.getTime() - AGES[query.age] * HOUR_MS : null;
      const points = new Map<string, number>();
      const pointsOf = (sellerId: string) => {
        let value = points.get(sellerId);
        if (value === undefined) {
          value = outlook(
            db.find('penalties', (p) => p.sellerId === sellerId),
            now,
          ).total;
          points.set(sellerId, value);
        }
        return value;
      };
      const entries: ReviewQueueEntry[] = [];
      for (const item of db.all('reviewItems')) {
        if (query.status !== 'all' && item.status !== query.status) continue;
        if (query.kind && item.kind !== query.kind) continue;
        if (query.rule && !item.ruleIds.includes(query.rule)) continue;
        if (query.sellerId && item.sellerId !== query.sellerId) continue;
        if (olderThan !== null && Date.parse(item.createdAt) > olderThan) continue;
        const listing =
          item.kind === 'listing' || item.kind === 'buyer_report'
            ? db.get('listings', item.subjectId)
            : undefined;
        const category = listing?.category ?? null;
        if (query.category && category !== query.category) continue;
        entries.push({
          ...item,
          category,
          shopName: db.get('sellers', item.sellerId)?.shopName ?? item.sellerId,
          sellerPoints: pointsOf(item.sellerId),
          ...queueEvidence(listing),
        });
      }
      // Riskiest first; at equal risk, the one waiting longest.
      return entries.sort(
        (a, b) => b.risk - a.risk || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
      );
    }),

    endpoint(ctx, 'get', '/review-items/:id', 'review', 'reviewer', ({ params, db, now }) => {
      const item = db.get('reviewItems', String(params.id));
      if (!item) throw notFound('That review item');
      return detail(db, item, now);
    }),

    endpoint(
      ctx,
      'post',
      '/review-items/:id/decisions',
      'review',
      'reviewer',
      async ({ request, params, db, account, now }) => {
        const input = await parseBody(request, DecisionCreate);
        // No await from here on: the status check and the decision see the same item.
        const item = db.get('reviewItems', String(params.id));
        if (!item) throw notFound('That review item');
        return decide(db, item, input, account, now);
      },
    ),

    endpoint(
      ctx,
      'post',
      '/review-items/decisions',
      'review',
      'reviewer',
      async ({ request, db, account, now }) => {
        const input = await parseBody(request, BulkDecisionCreate);
        // Each item succeeds or fails on its own: one already decided does not stop the others.
        const results = [...new Set(input.ids)].map((id) => {
          const item = db.get('reviewItems', id);
          if (!item) return { id, ok: false, message: 'No such review item.' };
          if (item.kind !== 'listing' && item.kind !== 'buyer_report')
            return { id, ok: false, message: 'Complaints and documents are decided one at a time.' };
          // decide() checks everything before it writes, so a refusal leaves nothing half-done.
          try {
            decide(db, item, { action: input.action, reason: input.reason }, account, now);
            return { id, ok: true, message: null };
          } catch (error) {
            if (error instanceof HttpProblem) return { id, ok: false, message: error.message };
            throw error;
          }
        });
        return { results };
      },
    ),
  ];
}
