import type { Seller } from '@/shared/api/schemas';
import { canSeeSeller, endpoint, type MockContext } from '../context';
import type { SellerRow } from '../db/collections';
import type { Db } from '../db/db';
import { forbidden, notFound } from '../http';
import { standingOf } from './standing';

function toSeller(db: Db, row: SellerRow, now: Date): Seller {
  return { ...row, standing: standingOf(db, row.id, now) };
}

export function sellerHandlers(ctx: MockContext) {
  return [
    endpoint(ctx, 'get', '/sellers', 'sellers', 'reviewer', ({ db, now }) =>
      db.all('sellers').map((row) => toSeller(db, row, now)),
    ),
    endpoint(ctx, 'get', '/sellers/:id', 'sellers', 'signed-in', ({ db, params, account, now }) => {
      const id = String(params.id);
      if (!canSeeSeller(account, id)) throw forbidden('You can only see your own shop.');
      const row = db.get('sellers', id);
      if (!row) throw notFound('That shop');
      return toSeller(db, row, now);
    }),
  ];
}
