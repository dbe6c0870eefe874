import { appealState } from '@/domain/penalties/standing';
import { Appeal, AppealCreate, AppealDecisionCreate } from '@/shared/api/schemas';
import { endpoint, type MockContext } from '../context';
import { conflict, notFound, parseBody, unprocessable } from '../http';
import { checkVaultDocuments, shopRows } from './scope';

export function penaltyHandlers(ctx: MockContext) {
  return [
    endpoint(ctx, 'get', '/penalties', 'penalties', 'signed-in', ({ request, db, account }) => {
      return shopRows(db, 'penalties', request, account, 'issuedAt');
    }),

    endpoint(ctx, 'get', '/penalties/:id', 'penalties', 'signed-in', ({ params, db, account }) => {
      const penalty = db.get('penalties', String(params.id));
      if (!penalty || (account.role === 'seller' && penalty.sellerId !== account.sellerId))
        throw notFound('That penalty');
      return penalty;
    }),

    endpoint(ctx, 'get', '/appeals', 'appeals', 'signed-in', ({ request, db, account }) => {
      return shopRows(db, 'appeals', request, account, 'submittedAt');
    }),

    endpoint(
      ctx,
      'post',
      '/penalties/:id/appeals',
      'appeals',
      'seller',
      async ({ request, params, db, account, now }) => {
        const input = await parseBody(request, AppealCreate);
        // No await from here on: the checks and the write see the same record.
        const penalty = db.get('penalties', String(params.id));
        if (!penalty || penalty.sellerId !== account.sellerId) throw notFound('That penalty');
        checkVaultDocuments(db, penalty.sellerId, input.documents);
        const state = appealState(penalty, now);
        if (state.kind === 'submitted')
          throw conflict('This penalty has already been appealed; each penalty can be appealed once.');
        if (state.kind === 'not-appealable') throw unprocessable(`${state.reason} It cannot be appealed.`);
        if (state.kind === 'closed')
          throw unprocessable('The 7-day appeal window for this penalty has closed.');
        const appeal = Appeal.parse({
          id: `app-${penalty.id}`,
          penaltyId: penalty.id,
          sellerId: penalty.sellerId,
          reason: input.reason,
          documents: input.documents,
          status: 'submitted',
          submittedAt: now.toISOString(),
          decidedAt: null,
        });
        db.put('appeals', appeal);
        // A pending penalty stays pending (it does not count yet); an established one is marked as under appeal.
        db.put('penalties', {
          ...penalty,
          status: penalty.status === 'established' ? 'appealed' : penalty.status,
          appealId: appeal.id,
        });
        return appeal;
      },
    ),

    endpoint(
      ctx,
      'post',
      '/appeals/:id/decision',
      'appeals',
      'reviewer',
      async ({ request, params, db, account, now }) => {
        const input = await parseBody(request, AppealDecisionCreate);
        const appeal = db.get('appeals', String(params.id));
        if (!appeal) throw notFound('That appeal');
        if (appeal.status !== 'submitted') throw conflict(`This appeal was already ${appeal.status}.`);
        const penalty = db.get('penalties', appeal.penaltyId);
        if (!penalty) throw notFound('The appealed penalty');
        const at = now.toISOString();
        const decided = db.put('appeals', { ...appeal, status: input.outcome, decidedAt: at });
        // Upheld: the penalty never counts. Rejected: it stands (a pending one stays pending until established).
        const status =
          input.outcome === 'upheld'
            ? 'reversed'
            : penalty.status === 'appealed'
              ? 'established'
              : penalty.status;
        db.put('penalties', { ...penalty, status });
        db.put('auditEvents', {
          id: `aud-${appeal.id}-decision`,
          at,
          actor: { kind: 'reviewer', id: account.id, name: account.name },
          action: `appeal.${input.outcome}`,
          subject: { type: 'penalty', id: penalty.id },
          summary: input.reason,
          policy: { policy: 'ipr-enforcement-actions', clause: 'appeal' },
          snapshot: appeal.reason,
        });
        return decided;
      },
    ),
  ];
}
