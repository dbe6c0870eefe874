import { describe, expect, it } from 'vitest';
import type { LedgerInput } from './ledger';
import {
  activePoints,
  appealState,
  applyScenario,
  currentStatus,
  EMPTY_SCENARIO,
  outlook,
  seriousIpStrikes,
} from './standing';

const NOW = new Date('2026-11-20T10:00:00Z');
const at = (iso: string) => new Date(iso).getTime();

const base: LedgerInput[] = [
  { id: 'gun', kind: 'prohibited_item', status: 'established', points: 6, issuedAt: '2026-01-24T10:00:00Z' },
  { id: 'ip', kind: 'ip_general', status: 'established', points: 2, issuedAt: '2026-08-17T10:00:00Z' },
  { id: 'lock', kind: 'prohibited_item', status: 'appealed', points: 1, issuedAt: '2026-11-15T10:00:00Z' },
  { id: 'jammer', kind: 'prohibited_item', status: 'pending', points: 6, issuedAt: '2026-11-18T10:00:00Z' },
  { id: 'nike', kind: 'ip_serious', status: 'established', points: 0, issuedAt: '2026-10-01T10:00:00Z' },
];
const shop = base.map((r) => ({
  ...r,
  appealId: null,
  appealBy: new Date(at(r.issuedAt) + 7 * 86_400_000).toISOString(),
}));

describe('outlook', () => {
  it('sums what counts now and names the band, the next threshold and when the band lifts', () => {
    const o = outlook(shop, NOW);
    expect(o.total).toBe(9);
    expect(o.band?.points).toBe(6);
    expect(o.next?.points).toBe(12);
    expect(o.strikes).toBe(1);
    expect(o.closed).toBe(false);
    // Below 6 once the 6-point record falls off, 365 days after 24 Jan 2026.
    expect(o.bandEndsAt).toBe(at('2027-01-24T10:00:00Z'));
    expect(o.clearAt).toBe(at('2027-11-15T10:00:00Z'));
    expect(o.nextExpiry).toEqual({ at: at('2027-01-24T10:00:00Z'), points: 6 });
    expect(activePoints(shop, NOW)).toBe(9);
    expect(seriousIpStrikes(shop, NOW)).toBe(1);
  });

  it('has no band, no dates and nothing to expire for a clean shop', () => {
    expect(outlook([], NOW)).toMatchObject({
      total: 0,
      band: null,
      next: { points: 6 },
      bandEndsAt: null,
      clearAt: null,
      nextExpiry: null,
      closed: false,
    });
  });

  it('closes the account at 48 points or at the third serious strike', () => {
    const big: LedgerInput[] = [
      {
        id: 'x',
        kind: 'prohibited_item',
        status: 'established',
        points: 48,
        issuedAt: '2026-11-01T00:00:00Z',
      },
    ];
    expect(outlook(big, NOW).closed).toBe(true);
    const strikes: LedgerInput[] = ['2026-03-01', '2026-06-01', '2026-09-01'].map((d, i) => ({
      id: `s${i}`,
      kind: 'ip_serious',
      status: 'established',
      points: 0,
      issuedAt: `${d}T00:00:00Z`,
    }));
    expect(outlook(strikes, NOW)).toMatchObject({ strikes: 3, closed: true, total: 0 });
  });
});

describe('what-if', () => {
  it('shows a successful appeal taking its points off', () => {
    const after = outlook(applyScenario(shop, { ...EMPTY_SCENARIO, appealsSucceed: ['lock'] }, NOW), NOW);
    expect(after.total).toBe(8);
  });

  it('shows a pending penalty being established, counting from its own issue date', () => {
    const after = outlook(applyScenario(shop, { ...EMPTY_SCENARIO, established: ['jammer'] }, NOW), NOW);
    expect(after.total).toBe(15);
    expect(after.band?.points).toBe(12);
    // The jammer's points fall off 365 days after it was issued, not after the what-if.
    expect(after.clearAt).toBe(at('2027-11-18T10:00:00Z'));
  });

  it('shows an upheld complaint adding 2 points for a general infringement, a strike for a serious one', () => {
    const general = outlook(
      applyScenario(
        shop,
        { ...EMPTY_SCENARIO, complaintsUpheld: [{ id: 'c1', seriousness: 'general' }] },
        NOW,
      ),
      NOW,
    );
    expect(general.total).toBe(11);
    const serious = outlook(
      applyScenario(
        shop,
        { ...EMPTY_SCENARIO, complaintsUpheld: [{ id: 'c2', seriousness: 'serious' }] },
        NOW,
      ),
      NOW,
    );
    expect(serious).toMatchObject({ total: 9, strikes: 2 });
  });

  it('applies the caps to what-if records: upheld complaints on the same day as other IP penalties', () => {
    const today: LedgerInput[] = [
      { id: 'a', kind: 'ip_general', status: 'established', points: 2, issuedAt: '2026-11-20T01:00:00Z' },
      { id: 'b', kind: 'ip_general', status: 'established', points: 2, issuedAt: '2026-11-20T02:00:00Z' },
    ];
    const scenario = {
      ...EMPTY_SCENARIO,
      complaintsUpheld: [
        { id: 'c1', seriousness: 'general' as const },
        { id: 'c2', seriousness: 'general' as const },
      ],
    };
    expect(outlook(applyScenario(today, scenario, NOW), NOW).total).toBe(6);
  });

  it('puts an upheld complaint on the next marketplace day when asked just after midnight UTC', () => {
    const lateRecords: LedgerInput[] = [
      { id: 'a', kind: 'ip_general', status: 'established', points: 6, issuedAt: '2026-11-19T23:50:00Z' },
    ];
    const scenario = { ...EMPTY_SCENARIO, complaintsUpheld: [{ id: 'c', seriousness: 'general' as const }] };
    // At 23:55 the complaint joins a day that already has 6 IP points; at 00:05 it starts a new day.
    expect(outlook(applyScenario(lateRecords, scenario, new Date('2026-11-19T23:55:00Z')), NOW).total).toBe(
      6,
    );
    const afterMidnight = new Date('2026-11-20T00:05:00Z');
    expect(outlook(applyScenario(lateRecords, scenario, afterMidnight), afterMidnight).total).toBe(8);
  });

  it('leaves records it does not name alone and ignores "established" for a record that is not pending', () => {
    const same = applyScenario(shop, { ...EMPTY_SCENARIO, established: ['gun', 'reversed-nothing'] }, NOW);
    expect(same).toEqual(shop);
  });

  it('moves the date the band lifts when the record holding it up is appealed', () => {
    const after = outlook(applyScenario(shop, { ...EMPTY_SCENARIO, appealsSucceed: ['gun'] }, NOW), NOW);
    expect(after).toMatchObject({ total: 3, band: null, bandEndsAt: null });
  });
});

describe('appeals: one per record, within 7 days', () => {
  const record = {
    kind: 'prohibited_item' as const,
    status: 'established' as const,
    points: 6,
    issuedAt: '2026-11-13T10:00:00Z',
    appealBy: '2026-11-20T10:00:00Z',
    appealId: null,
  };

  it('is open until the last millisecond of the window and closed after', () => {
    expect(appealState(record, new Date('2026-11-20T10:00:00Z'))).toEqual({
      kind: 'open',
      by: record.appealBy,
    });
    expect(appealState(record, new Date('2026-11-20T10:00:00.001Z'))).toEqual({
      kind: 'closed',
      by: record.appealBy,
    });
  });

  it('allows one appeal only', () => {
    expect(appealState({ ...record, appealId: 'app-1' }, NOW)).toEqual({ kind: 'submitted' });
  });

  it('cannot be used on a reversed or expired record', () => {
    expect(appealState({ ...record, status: 'reversed' }, NOW)).toMatchObject({
      kind: 'not-appealable',
      because: 'reversed',
    });
    expect(appealState({ ...record, issuedAt: '2025-11-01T00:00:00Z' }, NOW)).toMatchObject({
      kind: 'not-appealable',
      because: 'expired',
      reason: 'This penalty has expired.',
    });
  });

  it('reports a record past its 365 days as expired whatever status was stored', () => {
    expect(currentStatus({ ...record, issuedAt: '2025-11-20T10:00:00Z' }, NOW)).toBe('expired');
    expect(currentStatus({ ...record, issuedAt: '2025-11-20T10:00:01Z' }, NOW)).toBe('established');
    expect(currentStatus({ ...record, status: 'pending' }, NOW)).toBe('pending');
  });
});
