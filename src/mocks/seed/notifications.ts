import type { IpComplaint, Notification, PenaltyRecord } from '@/shared/api/schemas';
import type { Account } from '@/shared/api/schemas';
import type { Clock } from './random';

const DAY_MS = 86_400_000;

function formatDay(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

/** What each seller would have been told so far: complaints, deadlines, expiring points, decisions. */
export function seedNotifications(
  accounts: readonly Account[],
  complaints: readonly IpComplaint[],
  penalties: readonly PenaltyRecord[],
  clock: Clock,
): Notification[] {
  const notifications: Notification[] = [];
  const anchor = clock.anchor.getTime();
  for (const account of accounts) {
    if (!account.sellerId) continue;
    const add = (n: Omit<Notification, 'id' | 'accountId'>) =>
      notifications.push({
        ...n,
        id: `ntf-${account.id}-${notifications.length + 1}`,
        accountId: account.id,
      });

    for (const complaint of complaints.filter((c) => c.sellerId === account.sellerId)) {
      const open = complaint.status === 'awaiting_response';
      add({
        kind: 'complaint_received',
        title: `IP complaint from ${complaint.complainant.rightsOwner}`,
        body: open
          ? `Answer by ${formatDay(complaint.respondBy)}, or the listings concerned will be removed.`
          : `This complaint is now ${complaint.status.replaceAll('_', ' ')}.`,
        link: `/complaints/${complaint.id}`,
        createdAt: complaint.receivedAt,
        readAt: open ? null : complaint.receivedAt,
      });
      const left = new Date(complaint.respondBy).getTime() - anchor;
      if (open && left > 0 && left < 2 * DAY_MS) {
        add({
          kind: 'deadline_soon',
          title: 'A complaint deadline is close',
          body: `The complaint from ${complaint.complainant.rightsOwner} must be answered by ${formatDay(complaint.respondBy)}.`,
          link: `/complaints/${complaint.id}`,
          createdAt: clock.hoursAgo(1),
          readAt: null,
        });
      }
    }

    for (const penalty of penalties.filter((p) => p.sellerId === account.sellerId)) {
      const expiresIn = new Date(penalty.expiresAt).getTime() - anchor;
      if (
        penalty.status === 'established' &&
        penalty.points > 0 &&
        expiresIn > 0 &&
        expiresIn < 90 * DAY_MS
      ) {
        add({
          kind: 'points_expiring',
          title: `${penalty.points} points expire on ${formatDay(penalty.expiresAt)}`,
          body: penalty.summary,
          link: '/strikes',
          createdAt: clock.hoursAgo(30),
          readAt: null,
        });
      }
      if (penalty.status === 'reversed') {
        add({
          kind: 'appeal_decided',
          title: 'Your appeal was upheld',
          body: `The penalty was reversed: ${penalty.summary}`,
          link: '/strikes',
          createdAt: penalty.issuedAt,
          readAt: penalty.issuedAt,
        });
      }
    }
  }
  const atRisk = accounts.find((a) => a.id === 'seller-at-risk');
  if (atRisk) {
    notifications.push({
      id: 'ntf-seller-at-risk-threshold',
      accountId: atRisk.id,
      kind: 'threshold_crossed',
      title: 'You reached 12 points',
      body: 'New listings are restricted for 7 days. Points fall off 365 days after each penalty.',
      link: '/strikes',
      createdAt: clock.daysAgo(12),
      readAt: clock.daysAgo(11),
    });
  }
  return notifications;
}
