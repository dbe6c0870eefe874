import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Notification } from '@/shared/api/schemas';
import { formatDateTime, formatRelative } from '@/shared/lib/format';
import { Badge, type Tone } from '@/shared/ui/badge';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState, ErrorPanel } from '@/shared/ui/panels';
import { notificationsQuery, useMarkAllRead, useMarkNotificationRead } from './queries';

const KINDS: Record<Notification['kind'], { label: string; tone: Tone }> = {
  complaint_received: { label: 'New complaint', tone: 'warn' },
  deadline_soon: { label: 'Deadline within a day', tone: 'bad' },
  points_expiring: { label: 'Points expiring', tone: 'good' },
  threshold_crossed: { label: 'Threshold reached', tone: 'bad' },
  appeal_decided: { label: 'Appeal decided', tone: 'info' },
  complaint_decided: { label: 'Complaint decided', tone: 'info' },
  listing_decided: { label: 'Listing decided', tone: 'info' },
};

export function NotificationsPage() {
  const { data } = useSuspenseQuery(notificationsQuery());
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllRead();
  return (
    <>
      <PageHeader
        title="Notifications"
        description={`${data.unread} unread. New complaints, close deadlines, expiring points and decisions, each linking to its page.`}
        actions={
          data.unread > 0 ? (
            <button
              type="button"
              className="btn-secondary"
              disabled={markAll.isPending}
              onClick={() => markAll.mutate()}
            >
              Mark all as read
            </button>
          ) : null
        }
      />
      {markAll.isError ? (
        <div className="mb-4">
          <ErrorPanel
            title="Could not mark them all as read"
            error={markAll.error}
            onRetry={() => markAll.mutate()}
          />
        </div>
      ) : null}
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
                      <span className="mr-2">
                        <Badge tone={KINDS[n.kind].tone}>{KINDS[n.kind].label}</Badge>
                      </span>
                      {unread ? (
                        <span className="mr-2 rounded bg-sky-100 px-1.5 text-xs text-sky-900">Unread</span>
                      ) : null}
                      <Link
                        className="link"
                        to={n.link}
                        onClick={() => {
                          // Following a notice is reading it.
                          if (unread) markRead.mutate({ id: n.id, read: true });
                        }}
                      >
                        {n.title}
                      </Link>
                    </p>
                    <p className="text-sm text-slate-700">{n.body}</p>
                    <p className="text-xs text-slate-700">
                      <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time> (
                      {formatRelative(n.createdAt)})
                    </p>
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
