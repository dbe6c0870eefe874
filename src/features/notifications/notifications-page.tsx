import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Notification } from '@/shared/api/schemas';
import { formatDateTime, formatRelative } from '@/shared/lib/format';
import { Badge, type Tone } from '@/shared/ui/badge';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState, ErrorPanel } from '@/shared/ui/panels';
import { notificationsMessages } from './messages';
import { notificationsQuery, useMarkAllRead, useMarkNotificationRead } from './queries';

const TONES: Record<Notification['kind'], Tone> = {
  complaint_received: 'warn',
  deadline_soon: 'bad',
  points_expiring: 'good',
  threshold_crossed: 'bad',
  appeal_decided: 'info',
  complaint_decided: 'info',
  listing_decided: 'info',
};

export function NotificationsPage() {
  const { data } = useSuspenseQuery(notificationsQuery());
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllRead();
  const m = notificationsMessages.use();
  return (
    <>
      <PageHeader
        title={m.title}
        description={m.description(data.unread)}
        actions={
          data.unread > 0 ? (
            <button
              type="button"
              className="btn-secondary"
              disabled={markAll.isPending}
              onClick={() => markAll.mutate()}
            >
              {m.markAll}
            </button>
          ) : null
        }
      />
      {markAll.isError ? (
        <div className="mb-4">
          <ErrorPanel title={m.markAllFailed} error={markAll.error} onRetry={() => markAll.mutate()} />
        </div>
      ) : null}
      {markRead.isError ? (
        <div className="mb-4">
          <ErrorPanel
            title={m.updateFailed}
            error={markRead.error}
            onRetry={() => markRead.variables && markRead.mutate(markRead.variables)}
          />
        </div>
      ) : null}
      {data.items.length === 0 ? (
        <EmptyState title={m.emptyTitle}>{m.emptyBody}</EmptyState>
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
                        <Badge tone={TONES[n.kind]}>{m.kinds[n.kind]}</Badge>
                      </span>
                      {unread ? (
                        <span className="mr-2 rounded bg-sky-100 px-1.5 text-xs text-sky-900">
                          {m.unread}
                        </span>
                      ) : null}
                      <Link
                        className="link"
                        lang="en"
                        to={n.link}
                        onClick={() => {
                          // Following a notice is reading it.
                          if (unread) markRead.mutate({ id: n.id, read: true });
                        }}
                      >
                        {n.title}
                      </Link>
                    </p>
                    <p className="text-sm text-slate-700" lang="en">
                      {n.body}
                    </p>
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
                    aria-label={`${unread ? m.markRead : m.markUnread}: ${n.title}`}
                  >
                    {unread ? m.markRead : m.markUnread}
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
