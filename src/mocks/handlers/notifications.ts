import { type Account, NotificationUpdate } from '@/shared/api/schemas';
import { endpoint, type MockContext } from '../context';
import type { Db } from '../db/db';
import { newNotifications } from '../notify';
import { notFound, parseBody, parseNoBody } from '../http';
import { newestFirst } from './scope';

/**
 * Adds what has become due since the account last looked: a deadline now within a day, points about to expire,
 * a decision. Ids are stable, so nothing is announced twice; a read call does not save, the next write does.
 */
function catchUp(db: Db, account: Account, now: Date): void {
  const sellerId = account.sellerId;
  if (!sellerId) return;
  const shop = {
    complaints: db.find('complaints', (c) => c.sellerId === sellerId),
    penalties: db.find('penalties', (p) => p.sellerId === sellerId),
    appeals: db.find('appeals', (a) => a.sellerId === sellerId),
  };
  const existing = db.find('notifications', (n) => n.accountId === account.id);
  for (const notification of newNotifications(account.id, shop, existing, now))
    db.put('notifications', notification);
}

export function notificationHandlers(ctx: MockContext) {
  return [
    endpoint(ctx, 'get', '/notifications', 'notifications', 'signed-in', ({ db, account, now }) => {
      catchUp(db, account, now);
      const items = db
        .find('notifications', (n) => n.accountId === account.id)
        .sort(newestFirst('createdAt'));
      return { items, unread: items.filter((n) => n.readAt === null).length };
    }),

    endpoint(
      ctx,
      'patch',
      '/notifications/:id',
      'notifications',
      'signed-in',
      async ({ request, params, db, account, now }) => {
        const { read } = await parseBody(request, NotificationUpdate);
        catchUp(db, account, now);
        const notification = db.get('notifications', String(params.id));
        if (!notification || notification.accountId !== account.id) throw notFound('That notification');
        return db.put('notifications', {
          ...notification,
          readAt: read ? (notification.readAt ?? now.toISOString()) : null,
        });
      },
    ),

    endpoint(
      ctx,
      'post',
      '/notifications/read-all',
      'notifications',
      'signed-in',
      async ({ request, db, account, now }) => {
        await parseNoBody(request);
        catchUp(db, account, now);
        let updated = 0;
        for (const notification of db.find(
          'notifications',
          (n) => n.accountId === account.id && n.readAt === null,
        )) {
          db.put('notifications', { ...notification, readAt: now.toISOString() });
          updated++;
        }
        return new Response(JSON.stringify({ updated }), { headers: { 'Content-Type': 'application/json' } });
      },
    ),
  ];
}
