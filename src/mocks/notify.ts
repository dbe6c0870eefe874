import { buildLedger, marketplaceDay, timeline } from '@/domain/penalties/ledger';
import { THRESHOLDS } from '@/domain/penalties/rules';
import { DAY_MS } from '@/domain/time';
import type { Appeal, IpComplaint, Notification, PenaltyRecord } from '@/shared/api/schemas';

/** Points expiring within this many days are announced. */
export const EXPIRY_NOTICE_DAYS = 30;
/** An open complaint is announced again when its deadline is this close. */
export const DEADLINE_NOTICE_MS = DAY_MS;

const DECIDED: Partial<Record<IpComplaint['status'], string>> = {
  upheld: 'upheld: the listings concerned were removed',
  rejected: 'rejected: your listings stay up',
  inadmissible: 'not admissible: it will not be considered',
  withdrawn: 'withdrawn by the complainant',
};

function day(iso: string | number): string {
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export interface ShopState {
  complaints: readonly IpComplaint[];
  penalties: readonly PenaltyRecord[];
  appeals: readonly Appeal[];
}

type Draft = Omit<Notification, 'accountId' | 'readAt'>;

/**
 * Everything a seller should have been told by `now`: complaints received, deadlines within a day, points
 * expiring within 30 days, thresholds crossed in the past year, appeals and complaints decided. Each notice has
 * an id made from what it is about, so working it out again never repeats one.
 */
export function dueNotices(shop: ShopState, now: Date): Draft[] {
  const t = now.getTime();
  const notices: Draft[] = [];

  for (const complaint of shop.complaints) {
    if (Date.parse(complaint.receivedAt) > t) continue;
    const owner = complaint.complainant.rightsOwner;
    const link = `/complaints/${complaint.id}`;
    const open = complaint.status === 'awaiting_response';
    notices.push({
      id: `received-${complaint.id}`,
      kind: 'complaint_received',
      title: `IP complaint from ${owner}`,
      body: `${complaint.listingIds.length} listing${complaint.listingIds.length === 1 ? '' : 's'} concerned. Answer by ${day(complaint.respondBy)} (UTC), or they are removed.`,
      link,
      createdAt: complaint.receivedAt,
    });
    const due = Date.parse(complaint.respondBy);
    if (open && due > t && due - t <= DEADLINE_NOTICE_MS) {
      notices.push({
        id: `due-${complaint.id}`,
        kind: 'deadline_soon',
        title: `Less than a day to answer ${owner}`,
        body: `Accept or file a counter-notice before ${new Date(due).toISOString().slice(11, 16)} UTC on ${day(due)}.`,
        link,
        createdAt: new Date(
          Math.max(due - DEADLINE_NOTICE_MS, Date.parse(complaint.receivedAt)),
        ).toISOString(),
      });
    }
    const decision = DECIDED[complaint.status];
    const decidedAt = [...complaint.history].reverse().find((e) => e.action === complaint.status)?.at;
    if (decision && decidedAt && Date.parse(decidedAt) <= t) {
      notices.push({
        id: `decided-${complaint.id}`,
        kind: 'complaint_decided',
        title: `The complaint from ${owner} was ${decision}`,
        body: 'Open the complaint for the decision and its history.',
        link,
        createdAt: decidedAt,
      });
    }
  }

  for (const appeal of shop.appeals) {
    if (!appeal.decidedAt || appeal.status === 'submitted' || Date.parse(appeal.decidedAt) > t) continue;
    const penalty = shop.penalties.find((p) => p.id === appeal.penaltyId);
    notices.push({
      id: `appeal-${appeal.id}`,
      kind: 'appeal_decided',
      title: appeal.status === 'upheld' ? 'Your appeal was upheld' : 'Your appeal was rejected',
      body:
        appeal.status === 'upheld'
          ? `The penalty is reversed and its points no longer count${penalty ? `: ${penalty.summary}` : '.'}`
          : `The penalty stands${penalty ? `: ${penalty.summary}` : '.'}`,
      link: `/strikes/${appeal.penaltyId}`,
      createdAt: appeal.decidedAt,
    });
  }

  const ledger = buildLedger(shop.penalties);
  // One notice per day of expiry, with every point falling off that day, once the first of them is 30 days away.
  const expiring = new Map<string, { at: number; points: number }>();
  for (const entry of ledger.entries) {
    if (!entry.effective || entry.counted === 0 || entry.issuedAt > t || entry.expiresAt <= t) continue;
    const key = marketplaceDay(entry.expiresAt);
    const sum = expiring.get(key);
    expiring.set(key, {
      at: Math.min(sum?.at ?? Infinity, entry.expiresAt),
      points: (sum?.points ?? 0) + entry.counted,
    });
  }
  for (const [key, { at }] of expiring) if (at - t > EXPIRY_NOTICE_DAYS * DAY_MS) expiring.delete(key);
  for (const [key, { at, points }] of expiring) {
    notices.push({
      id: `expiring-${key}`,
      kind: 'points_expiring',
      title: `${points} point${points === 1 ? '' : 's'} fall off on ${day(at)}`,
      body: 'They will have counted for 365 days. See how your total changes.',
      link: '/strikes',
      createdAt: new Date(at - EXPIRY_NOTICE_DAYS * DAY_MS).toISOString(),
    });
  }

  const line = timeline(ledger, t - 365 * DAY_MS, t);
  for (let i = 1; i < line.length; i++) {
    const before = line[i - 1]?.total ?? 0;
    const point = line[i];
    if (!point || point.at > t) continue;
    for (const threshold of THRESHOLDS) {
      if (before < threshold.points && point.total >= threshold.points) {
        notices.push({
          id: `threshold-${threshold.points}-${point.at.toString(36)}`,
          kind: 'threshold_crossed',
          title: `You reached ${threshold.points} points: ${threshold.label.toLowerCase()}`,
          body: `${threshold.consequence} Points fall off 365 days after each penalty.`,
          link: '/strikes',
          createdAt: new Date(point.at).toISOString(),
        });
      }
    }
  }
  return notices;
}

/**
 * The notices an account has not been given yet, ready to store. A decision a reviewer already announced (same
 * kind, same page) is not announced twice.
 */
export function newNotifications(
  accountId: string,
  shop: ShopState,
  existing: readonly Notification[],
  now: Date,
  readBefore: number | null = null,
): Notification[] {
  const known = new Set(existing.map((n) => n.id));
  const announced = new Set(existing.map((n) => `${n.kind} ${n.link}`));
  return dueNotices(shop, now)
    .map((n) => ({ ...n, id: `ntf-${accountId}-${n.id}`, accountId }))
    .filter(
      (n) => !known.has(n.id) && !(n.kind === 'complaint_decided' && announced.has(`${n.kind} ${n.link}`)),
    )
    .map((n) => {
      // Seeding dates a crossing when it happened. Later, a crossing found in the past (a penalty established
      // after an appeal is rejected) is news now, so it is dated now and shows at the top of the inbox.
      const createdAt =
        readBefore === null &&
        n.kind === 'threshold_crossed' &&
        Date.parse(n.createdAt) < now.getTime() - DAY_MS
          ? now.toISOString()
          : n.createdAt;
      return {
        ...n,
        createdAt,
        readAt: readBefore !== null && Date.parse(createdAt) < readBefore ? createdAt : null,
      };
    });
}
