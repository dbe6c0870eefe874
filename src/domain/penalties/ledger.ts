import { DAY_MS } from '@/domain/time';
import {
  DAILY_POINTS_CAP,
  GENERAL_IP_DAILY_CAP,
  penaltyExpiry,
  SERIOUS_GROUPING_DAYS,
  TERMINATION_POINTS,
} from './rules';

export type PenaltyKind = 'prohibited_item' | 'ip_general' | 'ip_serious' | 'evasion' | 'conduct';
export type PenaltyStatus = 'pending' | 'established' | 'appealed' | 'reversed' | 'expired';

/** What the counting rules read from a penalty record. */
export interface LedgerInput {
  id: string;
  kind: PenaltyKind;
  status: PenaltyStatus;
  points: number;
  issuedAt: string;
}

/** Why a record counts for less than its face value. */
export type Adjustment =
  | { rule: 'serious-grouping'; withId: string }
  | { rule: 'general-ip-daily-cap'; day: string; dayTotal: number }
  | { rule: 'daily-cap'; day: string; dayTotal: number };

export interface LedgerEntry {
  id: string;
  /** The points the record was issued with. */
  points: number;
  /** The points it adds to the total after the caps and the grouping. */
  counted: number;
  /** Its marketplace day (UTC), as YYYY-MM-DD. */
  day: string;
  issuedAt: number;
  expiresAt: number;
  /** Established (or under appeal, which does not suspend it), or since expired: it counts during its year. */
  effective: boolean;
  adjustments: Adjustment[];
  /** For a serious IP infringement: the id of the first record of its 3-day group (itself when it leads). */
  strikeGroup: string | null;
}

export interface Ledger {
  entries: LedgerEntry[];
  byId: ReadonlyMap<string, LedgerEntry>;
}

/** Days are marketplace days, counted in UTC wherever the seller is. */
export function marketplaceDay(at: Date | number): string {
  return new Date(at).toISOString().slice(0, 10);
}

function isEffective(status: PenaltyStatus): boolean {
  return status === 'established' || status === 'appealed' || status === 'expired';
}

function byIssue(a: LedgerEntry, b: LedgerEntry): number {
  return a.issuedAt - b.issuedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Gives each entry at most what is left of a shared allowance, in the order they were issued. */
function allocate(entries: LedgerEntry[], cap: number, adjustment: (dayTotal: number) => Adjustment): void {
  if (entries.reduce((sum, e) => sum + e.counted, 0) <= cap) return;
  // The notes quote what was issued that day, before any cap.
  const dayTotal = entries.reduce((sum, e) => sum + e.points, 0);
  let left = cap;
  for (const entry of entries) {
    const counted = Math.min(entry.counted, left);
    left -= counted;
    if (counted < entry.counted) {
      entry.counted = counted;
      entry.adjustments.push(adjustment(dayTotal));
    }
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Applies the counting rules of the enforcement-actions policy to a shop's records, in this order:
 * 1. serious IP infringements within 3 days of the first of a group count as one (one strike, the first one's points);
 * 2. general IP infringements issued on one day add up to at most 6 points;
 * 3. no day adds more than 12 points, unless a 48-point penalty was issued that day.
 * Pending and reversed records never count; expired ones counted during their year and are kept for the history.
 */
export function buildLedger(records: readonly LedgerInput[]): Ledger {
  const entries: LedgerEntry[] = records.map((record) => {
    const issued = new Date(record.issuedAt);
    const effective = isEffective(record.status);
    return {
      id: record.id,
      points: record.points,
      counted: effective ? record.points : 0,
      day: marketplaceDay(issued),
      issuedAt: issued.getTime(),
      expiresAt: penaltyExpiry(issued).getTime(),
      effective,
      adjustments: [],
      strikeGroup: null,
    };
  });
  const kinds = new Map(records.map((r) => [r.id, r.kind]));
  const counting = entries.filter((e) => e.effective).sort(byIssue);

  let lead: LedgerEntry | null = null;
  for (const entry of counting.filter((e) => kinds.get(e.id) === 'ip_serious')) {
    if (lead && entry.issuedAt - lead.issuedAt < SERIOUS_GROUPING_DAYS * DAY_MS) {
      // The group is one strike and costs the points of its first record; later ones add nothing.
      entry.strikeGroup = lead.id;
      entry.counted = 0;
      entry.adjustments.push({ rule: 'serious-grouping', withId: lead.id });
    } else {
      lead = entry;
      entry.strikeGroup = entry.id;
    }
  }

  const generalIp = counting.filter((e) => kinds.get(e.id) === 'ip_general');
  for (const [day, group] of groupBy(generalIp, (e) => e.day)) {
    allocate(group, GENERAL_IP_DAILY_CAP, (dayTotal) => ({ rule: 'general-ip-daily-cap', day, dayTotal }));
  }

  for (const [day, group] of groupBy(counting, (e) => e.day)) {
    if (group.some((e) => e.points >= TERMINATION_POINTS)) continue;
    allocate(group, DAILY_POINTS_CAP, (dayTotal) => ({ rule: 'daily-cap', day, dayTotal }));
  }

  return { entries, byId: new Map(entries.map((e) => [e.id, e])) };
}

function live(entry: LedgerEntry, at: number): boolean {
  return entry.effective && entry.issuedAt <= at && at < entry.expiresAt;
}

/** The points total at a moment, after the caps: what the thresholds are measured against. */
export function pointsAt(ledger: Ledger, at: Date | number): number {
  const t = typeof at === 'number' ? at : at.getTime();
  return ledger.entries.reduce((sum, e) => (live(e, t) ? sum + e.counted : sum), 0);
}

/** The points that would count at a moment with no caps and no grouping: shown beside the real total. */
export function facePointsAt(ledger: Ledger, at: Date | number): number {
  const t = typeof at === 'number' ? at : at.getTime();
  return ledger.entries.reduce((sum, e) => (live(e, t) ? sum + e.points : sum), 0);
}

/** Serious IP strikes on record at a moment: 3-day groups with at least one record still counting. */
export function strikesAt(ledger: Ledger, at: Date | number): number {
  const t = typeof at === 'number' ? at : at.getTime();
  const groups = new Set<string>();
  for (const e of ledger.entries) if (e.strikeGroup && live(e, t)) groups.add(e.strikeGroup);
  return groups.size;
}

/** The records counting at a moment that still add points. */
export function liveEntries(ledger: Ledger, at: number): LedgerEntry[] {
  return ledger.entries.filter((e) => live(e, at) && e.counted > 0);
}

export interface TimelinePoint {
  at: number;
  total: number;
}

/**
 * The total as a step line between two moments: its value at `from`, then one point at every issue or expiry
 * that changes it, then its value at `to`.
 */
export function timeline(ledger: Ledger, from: number, to: number): TimelinePoint[] {
  const moments = new Set<number>();
  for (const e of ledger.entries) {
    if (!e.effective || e.counted === 0) continue;
    if (e.issuedAt > from && e.issuedAt < to) moments.add(e.issuedAt);
    if (e.expiresAt > from && e.expiresAt < to) moments.add(e.expiresAt);
  }
  const points: TimelinePoint[] = [{ at: from, total: pointsAt(ledger, from) }];
  for (const at of [...moments].sort((a, b) => a - b)) {
    const total = pointsAt(ledger, at);
    if (total !== points[points.length - 1]?.total) points.push({ at, total });
  }
  points.push({ at: to, total: pointsAt(ledger, to) });
  return points;
}

/**
 * The first moment after `now` at which the total falls below `points`, if no new penalty is issued; `now`
 * itself when it is already below, and null when it never will (nothing that counts now ever expires).
 */
export function fallsBelowAt(ledger: Ledger, points: number, now: number): number | null {
  if (pointsAt(ledger, now) < points) return now;
  const expiries = [...new Set(liveEntries(ledger, now).map((e) => e.expiresAt))].sort((a, b) => a - b);
  for (const at of expiries) if (pointsAt(ledger, at) < points) return at;
  return null;
}

/** The next moment points fall off, and how many. */
export function nextExpiry(ledger: Ledger, now: number): { at: number; points: number } | null {
  const upcoming = liveEntries(ledger, now);
  if (upcoming.length === 0) return null;
  const first = Math.min(...upcoming.map((e) => e.expiresAt));
  const day = marketplaceDay(first);
  return {
    at: first,
    points: upcoming.filter((e) => marketplaceDay(e.expiresAt) === day).reduce((s, e) => s + e.counted, 0),
  };
}
