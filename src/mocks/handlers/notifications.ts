import { NotificationUpdate } from '@/shared/api/schemas';
import { endpoint, type MockContext } from '../context';
import { notFound, parseBody } from '../http';
import { newestFirst } from './scope';

export function notificationHandlers(ctx: MockContext) {
  return [
    endpoint(ctx, 'get', '/notifications', 'notifications', 'signed-in', ({ db, account }) => {
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
        const notification = db.get('notifications', String(params.id));
        if (!notification || notification.accountId !== account.id) throw notFound('That notification');
        return db.put('notifications', {
          ...notification,
          readAt: read ? (notification.readAt ?? now.toISOString()) : null,
        });
      },
    ),

    endpoint(ctx, 'post', '/notifications/read-all', 'notifications', 'signed-in', ({ db, account, now }) => {
      let updated = 0;
      for (const notification of db.find(
        'notifications',
        (n) => n.accountId === account.id && n.readAt === null,
      )) {
        db.put('notifications', { ...notification, readAt: now.toISOString() });
        updated++;
      }
      return new Response(JSON.stringify({ updated }), { headers: { 'Content-Type': 'application/json' } });
    }),
  ];
}
