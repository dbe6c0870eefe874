import { afterEach, describe, expect, it } from 'vitest';
import {
  buildLedger,
  facePointsAt,
  fallsBelowAt,
  marketplaceDay,
  nextExpiry,
  pointsAt,
  strikesAt,
  timeline,
  type LedgerInput,
} from './ledger';

const NOW = new Date('2026-11-20T10:00:00Z');
let n = 0;
function rec(partial: Partial<LedgerInput> & { issuedAt: string }): LedgerInput {
  n++;
  return {
    id: `r${String(n).padStart(2, '0')}`,
    kind: 'prohibited_item',
    status: 'established',
    points: 1,
    ...partial,
  };
}
const at = (iso: string) => new Date(iso).getTime();

describe('counting and expiry', () => {
  it('counts established and appealed records, never pending or reversed ones', () => {
    const records = [
      rec({ issuedAt: '2026-10-01T09:00:00Z', points: 6 }),
      rec({ issuedAt: '2026-10-02T09:00:00Z', points: 2, status: 'appealed' }),
      rec({ issuedAt: '2026-10-03T09:00:00Z', points: 6, status: 'pending' }),
      rec({ issuedAt: '2026-10-04T09:00:00Z', points: 2, status: 'reversed' }),
    ];
    expect(pointsAt(buildLedger(records), NOW)).toBe(8);
  });

  it('keeps points for exactly 365 days: counting the millisecond before, gone at the moment of expiry', () => {
    const ledger = buildLedger([rec({ issuedAt: '2025-11-20T10:00:00Z', points: 6 })]);
    expect(pointsAt(ledger, at('2026-11-20T09:59:59.999Z'))).toBe(6);
    expect(pointsAt(ledger, at('2026-11-20T10:00:00Z'))).toBe(0);
  });

  it('counts 365 days across a leap day as 365 days, not a calendar year', () => {
    const ledger = buildLedger([rec({ issuedAt: '2027-06-01T12:00:00Z', points: 2 })]);
    // 2028 is a leap year: 365 days after 1 June 2027 is 31 May 2028.
    expect(pointsAt(ledger, at('2028-05-31T11:59:59Z'))).toBe(2);
    expect(pointsAt(ledger, at('2028-05-31T12:00:00Z'))).toBe(0);
  });

  it('shows an expired record in the past total of the year it counted', () => {
    const ledger = buildLedger([rec({ issuedAt: '2025-06-01T12:00:00Z', points: 2, status: 'expired' })]);
    expect(pointsAt(ledger, at('2025-12-01T00:00:00Z'))).toBe(2);
    expect(pointsAt(ledger, NOW)).toBe(0);
  });

  it('does not count a record before it was issued', () => {
    const ledger = buildLedger([rec({ issuedAt: '2026-11-20T10:00:00Z', points: 6 })]);
    expect(pointsAt(ledger, at('2026-11-20T09:59:59Z'))).toBe(0);
    expect(pointsAt(ledger, NOW)).toBe(6);
  });

  it('handles half points', () => {
    const ledger = buildLedger([
      rec({ issuedAt: '2026-11-01T10:00:00Z', points: 0.5 }),
      rec({ issuedAt: '2026-11-02T10:00:00Z', points: 0.5 }),
    ]);
    expect(pointsAt(ledger, NOW)).toBe(1);
  });
});

describe('the daily cap of 12 points', () => {
  it('stops one day adding more than 12, trimming the records issued last that day, and says so', () => {
    const ledger = buildLedger([
      rec({ id: 'a', issuedAt: '2026-09-01T08:00:00Z', points: 6 }),
      rec({ id: 'b', issuedAt: '2026-09-01T09:00:00Z', points: 6 }),
      rec({ id: 'c', issuedAt: '2026-09-01T10:00:00Z', points: 2 }),
    ]);
    expect(pointsAt(ledger, NOW)).toBe(12);
    expect(facePointsAt(ledger, NOW)).toBe(14);
    expect(ledger.byId.get('a')?.counted).toBe(6);
    expect(ledger.byId.get('b')?.counted).toBe(6);
    expect(ledger.byId.get('c')).toMatchObject({
      counted: 0,
      adjustments: [{ rule: 'daily-cap', day: '2026-09-01', dayTotal: 14 }],
    });
  });

  it('trims a record only by what exceeds the cap', () => {
    const ledger = buildLedger([
      rec({ id: 'a', issuedAt: '2026-09-01T08:00:00Z', points: 6 }),
      rec({ id: 'b', issuedAt: '2026-09-01T09:00:00Z', points: 2 }),
      rec({ id: 'c', issuedAt: '2026-09-01T10:00:00Z', points: 6 }),
    ]);
    expect(ledger.byId.get('c')?.counted).toBe(4);
    expect(ledger.byId.get('b')?.adjustments).toEqual([]);
  });

  it('does not cap a day on which a 48-point penalty was issued', () => {
    const ledger = buildLedger([
      rec({ issuedAt: '2026-09-01T08:00:00Z', points: 48 }),
      rec({ issuedAt: '2026-09-01T09:00:00Z', points: 6 }),
    ]);
    expect(pointsAt(ledger, NOW)).toBe(54);
    expect(ledger.entries.every((e) => e.adjustments.length === 0)).toBe(true);
  });

  it('caps each day separately: 12 on one day and 12 on the next make 24', () => {
    const ledger = buildLedger([
      rec({ issuedAt: '2026-09-01T20:00:00Z', points: 6 }),
      rec({ issuedAt: '2026-09-01T21:00:00Z', points: 6 }),
      rec({ issuedAt: '2026-09-01T22:00:00Z', points: 6 }),
      rec({ issuedAt: '2026-09-02T01:00:00Z', points: 6 }),
      rec({ issuedAt: '2026-09-02T02:00:00Z', points: 6 }),
      rec({ issuedAt: '2026-09-02T03:00:00Z', points: 6 }),
    ]);
    expect(pointsAt(ledger, NOW)).toBe(24);
  });

  it('ignores pending and reversed records when filling the day', () => {
    const ledger = buildLedger([
      rec({ id: 'p', issuedAt: '2026-09-01T08:00:00Z', points: 6, status: 'pending' }),
      rec({ id: 'x', issuedAt: '2026-09-01T08:30:00Z', points: 6, status: 'reversed' }),
      rec({ id: 'a', issuedAt: '2026-09-01T09:00:00Z', points: 6 }),
      rec({ id: 'b', issuedAt: '2026-09-01T10:00:00Z', points: 6 }),
    ]);
    expect(pointsAt(ledger, NOW)).toBe(12);
    expect(ledger.entries.every((e) => e.adjustments.length === 0)).toBe(true);
  });

  it('orders records issued at the same moment by id, so the result never depends on input order', () => {
    const records = [
      rec({ id: 'b', issuedAt: '2026-09-01T08:00:00Z', points: 6 }),
      rec({ id: 'a', issuedAt: '2026-09-01T08:00:00Z', points: 6 }),
      rec({ id: 'c', issuedAt: '2026-09-01T08:00:00Z', points: 6 }),
    ];
    const one = buildLedger(records);
    const other = buildLedger([...records].reverse());
    expect(one.byId.get('c')?.counted).toBe(0);
    expect(other.byId.get('c')?.counted).toBe(0);
  });
});

describe('general IP infringements: at most 6 points a day', () => {
  it('caps four 2-point infringements on one day at 6', () => {
    const ledger = buildLedger(
      ['a', 'b', 'c', 'd'].map((id, i) =>
        rec({ id, kind: 'ip_general', issuedAt: `2026-08-18T0${i + 1}:00:00Z`, points: 2 }),
      ),
    );
    expect(pointsAt(ledger, NOW)).toBe(6);
    expect(ledger.byId.get('d')).toMatchObject({
      counted: 0,
      adjustments: [{ rule: 'general-ip-daily-cap', day: '2026-08-18', dayTotal: 8 }],
    });
  });

  it('leaves other kinds of penalty on the same day alone, and still applies the 12-point cap after', () => {
    const ledger = buildLedger([
      rec({ id: 'g1', kind: 'ip_general', issuedAt: '2026-08-18T01:00:00Z', points: 4 }),
      rec({ id: 'g2', kind: 'ip_general', issuedAt: '2026-08-18T02:00:00Z', points: 4 }),
      rec({ id: 'p1', issuedAt: '2026-08-18T03:00:00Z', points: 6 }),
      rec({ id: 'p2', issuedAt: '2026-08-18T04:00:00Z', points: 2 }),
    ]);
    // IP: 4 + 2 (capped at 6), then the day: 6 + 6 = 12, so the 2-point record adds nothing.
    expect(ledger.byId.get('g2')?.counted).toBe(2);
    expect(ledger.byId.get('p1')?.counted).toBe(6);
    // The note quotes what was issued that day (4 + 4 + 6 + 2), not what was left after the IP cap.
    expect(ledger.byId.get('p2')).toMatchObject({
      counted: 0,
      adjustments: [{ rule: 'daily-cap', dayTotal: 16 }],
    });
    expect(pointsAt(ledger, NOW)).toBe(12);
  });

  it('does not group general infringements on different days', () => {
    const ledger = buildLedger([
      rec({ kind: 'ip_general', issuedAt: '2026-08-18T23:59:59Z', points: 4 }),
      rec({ kind: 'ip_general', issuedAt: '2026-08-19T00:00:00Z', points: 4 }),
    ]);
    expect(pointsAt(ledger, NOW)).toBe(8);
  });
});

describe('serious IP infringements: within 3 days they count as one', () => {
  it('groups a second serious infringement two days after the first into one strike', () => {
    const ledger = buildLedger([
      rec({ id: 's1', kind: 'ip_serious', issuedAt: '2026-10-01T10:00:00Z', points: 0 }),
      rec({ id: 's2', kind: 'ip_serious', issuedAt: '2026-10-03T09:00:00Z', points: 0 }),
    ]);
    expect(strikesAt(ledger, NOW)).toBe(1);
    expect(ledger.byId.get('s2')).toMatchObject({
      strikeGroup: 's1',
      adjustments: [{ rule: 'serious-grouping', withId: 's1' }],
    });
  });

  it('starts a new strike at exactly 3 days after the first of a group', () => {
    const ledger = buildLedger([
      rec({ kind: 'ip_serious', issuedAt: '2026-10-01T10:00:00Z', points: 0 }),
      rec({ kind: 'ip_serious', issuedAt: '2026-10-04T09:59:59Z', points: 0 }),
      rec({ kind: 'ip_serious', issuedAt: '2026-10-04T10:00:00Z', points: 0 }),
    ]);
    expect(strikesAt(ledger, NOW)).toBe(2);
  });

  it('measures the 3 days from the first of the group, so a chain does not stretch one strike forever', () => {
    const ledger = buildLedger([
      rec({ kind: 'ip_serious', issuedAt: '2026-10-01T10:00:00Z', points: 0 }),
      rec({ kind: 'ip_serious', issuedAt: '2026-10-03T10:00:00Z', points: 0 }),
      rec({ kind: 'ip_serious', issuedAt: '2026-10-05T10:00:00Z', points: 0 }),
    ]);
    expect(strikesAt(ledger, NOW)).toBe(2);
  });

  it('counts the points of the first record of a group only', () => {
    const ledger = buildLedger([
      rec({ kind: 'ip_serious', issuedAt: '2026-10-01T10:00:00Z', points: 6 }),
      rec({ kind: 'ip_serious', issuedAt: '2026-10-02T10:00:00Z', points: 6 }),
    ]);
    expect(pointsAt(ledger, NOW)).toBe(6);
  });

  it('regroups when the first of a group is reversed on appeal', () => {
    const ledger = buildLedger([
      rec({ kind: 'ip_serious', issuedAt: '2026-10-01T10:00:00Z', points: 0, status: 'reversed' }),
      rec({ id: 'kept', kind: 'ip_serious', issuedAt: '2026-10-02T10:00:00Z', points: 0 }),
    ]);
    expect(strikesAt(ledger, NOW)).toBe(1);
    expect(ledger.byId.get('kept')?.strikeGroup).toBe('kept');
  });

  it('reaches three strikes only with three separate groups', () => {
    const days = ['2026-03-01', '2026-03-02', '2026-06-01', '2026-09-01'];
    const ledger = buildLedger(
      days.map((d) => rec({ kind: 'ip_serious', issuedAt: `${d}T10:00:00Z`, points: 0 })),
    );
    expect(strikesAt(ledger, NOW)).toBe(3);
  });

  it('keeps a strike on record while any record of its group still counts', () => {
    const ledger = buildLedger([
      rec({ kind: 'ip_serious', issuedAt: '2025-11-01T10:00:00Z', points: 0 }),
      rec({ kind: 'ip_serious', issuedAt: '2025-11-03T10:00:00Z', points: 0 }),
    ]);
    expect(strikesAt(ledger, at('2026-11-02T10:00:00Z'))).toBe(1);
    expect(strikesAt(ledger, at('2026-11-03T10:00:00Z'))).toBe(0);
  });

  it('lets a strike expire with the last record of its group', () => {
    const ledger = buildLedger([rec({ kind: 'ip_serious', issuedAt: '2025-11-01T10:00:00Z', points: 0 })]);
    expect(strikesAt(ledger, at('2026-10-31T10:00:00Z'))).toBe(1);
    expect(strikesAt(ledger, NOW)).toBe(0);
  });
});

describe('days are marketplace (UTC) days wherever the seller is', () => {
  // These guard the implementation against reading local dates: with the clock moved, only UTC arithmetic holds.
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  const evening = [
    rec({ id: 'late', kind: 'ip_general', issuedAt: '2026-08-18T23:30:00Z', points: 4 }),
    // 1 hour later: the same local day in Tokyo, the next day in UTC.
    rec({ id: 'early', kind: 'ip_general', issuedAt: '2026-08-19T00:30:00Z', points: 4 }),
    // Written with an offset: 02:00 in Moscow is 23:00 UTC the day before.
    rec({ id: 'offset', kind: 'ip_general', issuedAt: '2026-08-19T02:00:00+03:00', points: 4 }),
  ];

  for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Moscow']) {
    it(`gives the same days and totals with the clock set to ${tz}`, () => {
      process.env.TZ = tz;
      const ledger = buildLedger(evening);
      expect(ledger.byId.get('late')?.day).toBe('2026-08-18');
      expect(ledger.byId.get('offset')?.day).toBe('2026-08-18');
      expect(ledger.byId.get('early')?.day).toBe('2026-08-19');
      // 18 Aug: 4 + 4 capped at 6. 19 Aug: 4.
      expect(pointsAt(ledger, NOW)).toBe(10);
      expect(marketplaceDay(new Date('2026-08-19T00:00:00+14:00'))).toBe('2026-08-18');
    });
  }
});

describe('timeline and dates', () => {
  const records = [
    rec({ id: 'old', issuedAt: '2026-01-10T10:00:00Z', points: 6 }),
    rec({ id: 'mid', issuedAt: '2026-05-10T10:00:00Z', points: 6 }),
    rec({ id: 'new', issuedAt: '2026-10-10T10:00:00Z', points: 2 }),
  ];
  const ledger = buildLedger(records);

  it('draws the total as steps at each issue and expiry', () => {
    const line = timeline(ledger, at('2025-11-20T10:00:00Z'), at('2027-11-20T10:00:00Z'));
    expect(line.map((p) => p.total)).toEqual([0, 6, 12, 14, 8, 2, 0, 0]);
    expect(new Date(line[4]?.at ?? 0).toISOString()).toBe('2027-01-10T10:00:00.000Z');
  });

  it('says when the total falls below a threshold if nothing new is issued', () => {
    const now = NOW.getTime();
    expect(fallsBelowAt(ledger, 12, now)).toBe(at('2027-01-10T10:00:00Z'));
    expect(fallsBelowAt(ledger, 6, now)).toBe(at('2027-05-10T10:00:00Z'));
    expect(fallsBelowAt(ledger, 24, now)).toBe(now);
  });

  it('names the next expiry and the points that go with it', () => {
    expect(nextExpiry(ledger, NOW.getTime())).toEqual({ at: at('2027-01-10T10:00:00Z'), points: 6 });
    expect(nextExpiry(buildLedger([]), NOW.getTime())).toBeNull();
  });

  it('draws a flat line with no records', () => {
    expect(timeline(buildLedger([]), 0, 10).map((p) => p.total)).toEqual([0, 0]);
  });
});
