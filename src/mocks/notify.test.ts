import { describe, expect, it } from 'vitest';
import type { Appeal, IpComplaint, Notification, PenaltyRecord } from '@/shared/api/schemas';
import { dueNotices, newNotifications, type ShopState } from './notify';
import { cachedSeed, TEST_NOW } from './test-support';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const seed = cachedSeed({ seed: 1, anchor: TEST_NOW });
const base = seed.complaints.find((c) => c.id === 'cmp-vt-01') as IpComplaint;

function complaint(partial: Partial<IpComplaint>): IpComplaint {
  return { ...base, ...partial };
}
function penalty(id: string, points: number, issuedAt: string): PenaltyRecord {
  const template = seed.penalties.find((p) => p.id === 'pen-vt-01') as PenaltyRecord;
  const issued = Date.parse(issuedAt);
  return {
    ...template,
    id,
    points,
    status: 'established',
    issuedAt,
    expiresAt: new Date(issued + 365 * DAY).toISOString(),
    appealBy: new Date(issued + 7 * DAY).toISOString(),
    appealId: null,
  };
}
const empty: ShopState = { complaints: [], penalties: [], appeals: [] };
const kinds = (list: { kind: string }[]) => list.map((n) => n.kind);

describe('what a seller is told, as time passes', () => {
  const due = '2026-11-23T10:00:00.000Z';
  const open: ShopState = {
    ...empty,
    complaints: [
      complaint({ receivedAt: '2026-11-18T10:00:00.000Z', respondBy: due, status: 'awaiting_response' }),
    ],
  };

  it('announces a complaint as soon as it arrives, and its deadline only within the last 24 hours', () => {
    expect(kinds(dueNotices(open, new Date('2026-11-22T09:59:00Z')))).toEqual(['complaint_received']);
    const late = dueNotices(open, new Date('2026-11-22T10:00:00Z'));
    expect(kinds(late)).toEqual(['complaint_received', 'deadline_soon']);
    expect(late[1]).toMatchObject({ link: '/complaints/cmp-vt-01', createdAt: '2026-11-22T10:00:00.000Z' });
    expect(late[1]?.body).toContain('before 10:00 UTC on 23 Nov 2026');
  });

  it('stops warning once the deadline has passed or the complaint is answered', () => {
    expect(kinds(dueNotices(open, new Date('2026-11-23T10:00:01Z')))).toEqual(['complaint_received']);
    const answered = {
      ...open,
      complaints: [{ ...open.complaints[0], status: 'counter_noticed' } as IpComplaint],
    };
    expect(kinds(dueNotices(answered, new Date('2026-11-22T12:00:00Z')))).toEqual(['complaint_received']);
  });

  it('says a complaint was decided, dated by the decision', () => {
    const decided = complaint({
      status: 'upheld',
      history: [
        ...base.history,
        { at: '2026-11-19T08:00:00.000Z', actor: base.history[0]!.actor, action: 'upheld', note: '' },
      ],
    });
    const notice = dueNotices({ ...empty, complaints: [decided] }, TEST_NOW).find(
      (n) => n.kind === 'complaint_decided',
    );
    expect(notice).toMatchObject({
      createdAt: '2026-11-19T08:00:00.000Z',
      title: 'The complaint from Rolex SA was upheld: the listings concerned were removed',
    });
  });

  it('warns about points expiring within 30 days, once per day of expiry, counting points after the caps', () => {
    const shop = {
      ...empty,
      penalties: [
        penalty('a', 6, '2025-12-10T08:00:00.000Z'),
        penalty('b', 6, '2025-12-10T09:00:00.000Z'),
        penalty('c', 6, '2025-12-10T10:00:00.000Z'), // capped to 0 by the 12-point day
        penalty('d', 2, '2026-06-01T10:00:00.000Z'),
      ],
    };
    expect(kinds(dueNotices(shop, new Date('2026-11-10T07:59:00Z'))).includes('points_expiring')).toBe(false);
    const notices = dueNotices(shop, new Date('2026-11-10T08:00:00Z')).filter(
      (n) => n.kind === 'points_expiring',
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]?.title).toBe('12 points fall off on 10 Dec 2026');
  });

  it('announces each threshold crossed in the past year at the moment it was crossed', () => {
    const shop = {
      ...empty,
      penalties: [penalty('a', 6, '2026-03-01T10:00:00.000Z'), penalty('b', 6, '2026-03-05T10:00:00.000Z')],
    };
    const crossed = dueNotices(shop, TEST_NOW).filter((n) => n.kind === 'threshold_crossed');
    expect(crossed.map((n) => [n.title, n.createdAt])).toEqual([
      ['You reached 6 points: severe warning', '2026-03-01T10:00:00.000Z'],
      ['You reached 12 points: restricted 7 days', '2026-03-05T10:00:00.000Z'],
    ]);
  });

  it('announces a decided appeal with what it means', () => {
    const p = penalty('p', 2, '2026-11-10T10:00:00.000Z');
    const appeal: Appeal = {
      id: 'app-p',
      penaltyId: 'p',
      sellerId: p.sellerId,
      reason: 'x'.repeat(30),
      documents: [],
      status: 'upheld',
      submittedAt: '2026-11-11T10:00:00.000Z',
      decidedAt: '2026-11-12T10:00:00.000Z',
    };
    const notice = dueNotices(
      { ...empty, penalties: [{ ...p, status: 'reversed' }], appeals: [appeal] },
      TEST_NOW,
    ).find((n) => n.kind === 'appeal_decided');
    expect(notice).toMatchObject({ title: 'Your appeal was upheld', link: '/strikes/p' });
    expect(
      dueNotices({ ...empty, appeals: [{ ...appeal, status: 'submitted', decidedAt: null }] }, TEST_NOW),
    ).toEqual([]);
  });
});

describe('storing notices', () => {
  const shop: ShopState = { ...empty, complaints: [complaint({ status: 'awaiting_response' })] };

  it('never announces the same thing twice', () => {
    const first = newNotifications('seller-at-risk', shop, [], TEST_NOW);
    expect(first.length).toBeGreaterThan(0);
    expect(newNotifications('seller-at-risk', shop, first, TEST_NOW)).toEqual([]);
  });

  it('does not repeat a decision a reviewer already announced for the same complaint', () => {
    const decided = complaint({
      status: 'inadmissible',
      history: [
        ...base.history,
        { at: '2026-11-19T08:00:00.000Z', actor: base.history[0]!.actor, action: 'inadmissible', note: '' },
      ],
    });
    const byReviewer: Notification = {
      id: 'ntf-rev-1',
      accountId: 'seller-at-risk',
      kind: 'complaint_decided',
      title: 'A reviewer decided',
      body: '',
      link: `/complaints/${decided.id}`,
      createdAt: '2026-11-19T08:00:00.000Z',
      readAt: null,
    };
    const added = newNotifications(
      'seller-at-risk',
      { ...empty, complaints: [decided] },
      [byReviewer],
      TEST_NOW,
    );
    expect(kinds(added)).toEqual(['complaint_received']);
  });

  it('dates a threshold crossing found later at the moment it is found, so it tops the inbox', () => {
    const penalties = [penalty('a', 6, '2026-10-01T10:00:00.000Z')];
    const seeded = newNotifications(
      'seller-at-risk',
      { ...empty, penalties },
      [],
      TEST_NOW,
      Date.parse('2026-11-17T10:00:00Z'),
    );
    expect(seeded.find((n) => n.kind === 'threshold_crossed')?.createdAt).toBe('2026-10-01T10:00:00.000Z');
    const later = newNotifications('seller-at-risk', { ...empty, penalties }, [], TEST_NOW);
    expect(later.find((n) => n.kind === 'threshold_crossed')).toMatchObject({
      createdAt: TEST_NOW.toISOString(),
      readAt: null,
    });
  });

  it('marks older notices read when seeding', () => {
    const added = newNotifications('seller-at-risk', shop, [], TEST_NOW, Date.parse(base.receivedAt) + 1);
    expect(added.every((n) => n.readAt !== null)).toBe(true);
  });
});

describe('the seeded inbox', () => {
  it('gives seller-at-risk unread complaints and a read history of thresholds crossed', () => {
    const inbox = seed.notifications.filter((n) => n.accountId === 'seller-at-risk');
    expect(
      inbox.filter((n) => n.kind === 'complaint_received' && n.readAt === null).length,
    ).toBeGreaterThanOrEqual(3);
    expect(inbox.filter((n) => n.kind === 'threshold_crossed').map((n) => n.title)).toContain(
      'You reached 12 points: restricted 7 days',
    );
    expect(inbox.some((n) => n.kind === 'appeal_decided')).toBe(true);
  });

  it('warns seller-large about points falling off within the month', () => {
    const inbox = seed.notifications.filter((n) => n.accountId === 'seller-large');
    expect(inbox.find((n) => n.kind === 'points_expiring')?.title).toMatch(/^2 points fall off on/);
  });
});
