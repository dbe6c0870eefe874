import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDateTime } from '@/shared/lib/format';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState, ErrorPanel } from '@/shared/ui/panels';
import { notificationsQuery, useMarkNotificationRead } from './queries';

export function NotificationsPage() {
  const { data } = useSuspenseQuery(notificationsQuery());
  const markRead = useMarkNotificationRead();
  return (
    <>
      <PageHeader
        title="Notifications"
        description={`${data.unread} unread. New complaints, close deadlines, expiring points and decisions, each linking to its page.`}
      />
      {markRead.isError ? (
        <div className="mb-4">
          <ErrorPanel
            title="Could not update the notification"
            error={markRead.error}
            onRetry={() => markRead.variables && markRead.mutate(markRead.variables)}
          />
        </div>
      ) : null}
      {data.items.length === 0 ? (
        <EmptyState title="Nothing new">You have no notifications.</EmptyState>
      ) : (
        <ul className="space-y-2">
          {data.items.map((n) => {
            const unread = n.readAt === null;
            return (
              <li
                key={n.id}
                className={`rounded-lg border bg-white p-4 ${unread ? 'border-sky-400' : 'border-slate-200'}`}
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <p className="font-medium">
                      {unread ? (
                        <span className="mr-2 rounded bg-sky-100 px-1.5 text-xs text-sky-900">Unread</span>
                      ) : null}
                      <Link className="link" to={n.link}>
                        {n.title}
                      </Link>
                    </p>
                    <p className="text-sm text-slate-700">{n.body}</p>
                    <p className="text-xs text-slate-700">{formatDateTime(n.createdAt)}</p>
                  </div>
                  <button
                    type="button"
                    className="btn-secondary"
                    disabled={markRead.isPending && markRead.variables?.id === n.id}
                    onClick={() => markRead.mutate({ id: n.id, read: unread })}
                    aria-label={`${unread ? 'Mark as read' : 'Mark as unread'}: ${n.title}`}
                  >
                    {unread ? 'Mark as read' : 'Mark as unread'}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
