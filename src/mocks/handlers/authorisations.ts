import { BrandAuthorisation, BrandAuthorisationCreate } from '@/shared/api/schemas';
import { endpoint, type MockContext } from '../context';
import { parseBody } from '../http';
import { shopRows } from './scope';

export function authorisationHandlers(ctx: MockContext) {
  return [
    endpoint(ctx, 'get', '/authorisations', 'authorisations', 'signed-in', ({ request, db, account }) => {
      return shopRows(db, 'authorisations', request, account, 'issuedAt');
    }),

    endpoint(
      ctx,
      'post',
      '/authorisations',
      'authorisations',
      'seller',
      async ({ request, db, account, now }) => {
        const input = await parseBody(request, BrandAuthorisationCreate);
        const id = `auth-${now.getTime().toString(36)}-${db.count('authorisations')}`;
        const row = BrandAuthorisation.parse({
          ...input,
          id,
          sellerId: account.sellerId,
          status: 'pending',
          rejectionReason: null,
        });
        db.put('authorisations', row);
        db.put('reviewItems', {
          id: `rev-${id}`,
          kind: 'document',
          sellerId: row.sellerId,
          subjectId: id,
          title: `Brand authorisation: ${row.brands.join(', ')}`,
          reason: `A ${row.documentType.replaceAll('_', ' ')} from ${row.issuer} waits for verification.`,
          ruleIds: [],
          risk: 15,
          pointsAtStake: 0,
          status: 'open',
          createdAt: now.toISOString(),
        });
        return row;
      },
    ),
  ];
}
