import { DecisionCreate, ReviewItemKind } from '@/shared/api/schemas';
import { z } from 'zod';
import { endpoint, type MockContext } from '../context';
import { conflict, notFound, parseBody, parseQuery } from '../http';
import { applyDecision } from './review-decisions';

const ReviewQuery = z.object({
  status: z.enum(['open', 'decided', 'all']).default('open'),
  kind: ReviewItemKind.optional(),
  rule: z.string().max(100).optional(),
  sellerId: z.string().max(64).optional(),
});

export function reviewHandlers(ctx: MockContext) {
  return [
    endpoint(ctx, 'get', '/review-items', 'review', 'reviewer', ({ request, db }) => {
      const query = parseQuery(request, ReviewQuery);
      return db
        .find(
          'reviewItems',
          (item) =>
            (query.status === 'all' || item.status === query.status) &&
            (!query.kind || item.kind === query.kind) &&
            (!query.rule || item.ruleIds.includes(query.rule)) &&
            (!query.sellerId || item.sellerId === query.sellerId),
        )
        .sort((a, b) => b.risk - a.risk || a.createdAt.localeCompare(b.createdAt));
    }),

    endpoint(ctx, 'get', '/review-items/:id', 'review', 'reviewer', ({ params, db }) => {
      const item = db.get('reviewItems', String(params.id));
      if (!item) throw notFound('That review item');
      return { item, decisions: db.find('decisions', (d) => d.reviewItemId === item.id) };
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
        if (item.status !== 'open') throw conflict('This item has already been decided.');
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
      },
    ),
  ];
}
