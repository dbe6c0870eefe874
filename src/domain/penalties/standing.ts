import {
  buildLedger,
  fallsBelowAt,
  facePointsAt,
  liveEntries,
  nextExpiry,
  pointsAt,
  strikesAt,
  type LedgerInput,
} from './ledger';
import type { PenaltyKind, PenaltyStatus } from './ledger';
import {
  bandFor,
  COMPLAINT_POINTS,
  nextThreshold,
  penaltyExpiry,
  SERIOUS_IP_STRIKES_TO_CLOSE,
  TERMINATION_POINTS,
  type Threshold,
} from './rules';

export interface CountableRecord {
  kind: PenaltyKind;
  status: PenaltyStatus;
  points: number;
  issuedAt: string;
}

/** The status a seller should see: a record past its 365 days is expired whatever was stored. */
export function currentStatus(record: CountableRecord, now: Date): PenaltyStatus {
  if (
    (record.status === 'established' || record.status === 'appealed') &&
    penaltyExpiry(new Date(record.issuedAt)).getTime() <= now.getTime()
  )
    return 'expired';
  return record.status;
}

/** The points on record now, after the daily caps and the grouping of serious infringements. */
export function activePoints(records: readonly LedgerInput[], now: Date): number {
  return pointsAt(buildLedger(records), now);
}

/** Serious IP strikes on record now (infringements within 3 days of each other count as one). */
export function seriousIpStrikes(records: readonly LedgerInput[], now: Date): number {
  return strikesAt(buildLedger(records), now);
}

export interface Outlook {
  total: number;
  /** The plain sum of the counting records' points, before caps and grouping. */
  facePoints: number;
  band: Threshold | null;
  next: Threshold | null;
  strikes: number;
  /** The account is closed at 48 points or 3 serious strikes. */
  closed: boolean;
  /** When the total falls below the band it is in (null with no band, or when nothing expires). */
  bandEndsAt: number | null;
  /** When the last counting points fall off, if nothing new is issued. */
  clearAt: number | null;
  nextExpiry: { at: number; points: number } | null;
}

export function outlook(records: readonly LedgerInput[], now: Date): Outlook {
  const ledger = buildLedger(records);
  const t = now.getTime();
  const total = pointsAt(ledger, t);
  const band = bandFor(total);
  const strikes = strikesAt(ledger, t);
  const live = liveEntries(ledger, t);
  return {
    total,
    facePoints: facePointsAt(ledger, t),
    band,
    next: nextThreshold(total),
    strikes,
    closed: total >= TERMINATION_POINTS || strikes >= SERIOUS_IP_STRIKES_TO_CLOSE,
    bandEndsAt: band ? fallsBelowAt(ledger, band.points, t) : null,
    clearAt: live.length > 0 ? Math.max(...live.map((e) => e.expiresAt)) : null,
    nextExpiry: nextExpiry(ledger, t),
  };
}

/** An open IP complaint, as the what-if reads it. */
export interface OpenComplaint {
  id: string;
  seriousness: 'general' | 'serious';
}

/** What might happen next: appeals that succeed, pending penalties that become established, complaints upheld. */
export interface Scenario {
  appealsSucceed: readonly string[];
  established: readonly string[];
  complaintsUpheld: readonly OpenComplaint[];
}

export const EMPTY_SCENARIO: Scenario = { appealsSucceed: [], established: [], complaintsUpheld: [] };

/** The record an upheld complaint would add, issued at `now`. */
export function complaintPenalty(complaint: OpenComplaint, now: Date): LedgerInput {
  return {
    id: `if-upheld:${complaint.id}`,
    kind: complaint.seriousness === 'serious' ? 'ip_serious' : 'ip_general',
    status: 'established',
    points: COMPLAINT_POINTS[complaint.seriousness],
    issuedAt: now.toISOString(),
  };
}

/** The records as they would stand if the scenario came true. */
export function applyScenario<R extends LedgerInput>(
  records: readonly R[],
  scenario: Scenario,
  now: Date,
): LedgerInput[] {
  const reversed = new Set(scenario.appealsSucceed);
  const established = new Set(scenario.established);
  const changed: LedgerInput[] = records.map((record) => {
    if (reversed.has(record.id)) return { ...record, status: 'reversed' };
    if (established.has(record.id) && record.status === 'pending')
      return { ...record, status: 'established' };
    return record;
  });
  return changed.concat(scenario.complaintsUpheld.map((c) => complaintPenalty(c, now)));
}

export type AppealState =
  | { kind: 'open'; by: string }
  | { kind: 'submitted' }
  | { kind: 'closed'; by: string }
  /** `because` says why in a word, for pages that word it themselves; `reason` is the sentence. */
  | { kind: 'not-appealable'; because: 'reversed' | 'expired'; reason: string };

/** Whether a record can be appealed now: once per record, within 7 days of the penalty. */
export function appealState(
  record: CountableRecord & { appealId: string | null; appealBy: string },
  now: Date,
): AppealState {
  if (record.appealId) return { kind: 'submitted' };
  const status = currentStatus(record, now);
  if (status === 'reversed')
    return { kind: 'not-appealable', because: 'reversed', reason: 'This penalty was reversed.' };
  if (status === 'expired')
    return { kind: 'not-appealable', because: 'expired', reason: 'This penalty has expired.' };
  if (now.getTime() > new Date(record.appealBy).getTime()) return { kind: 'closed', by: record.appealBy };
  return { kind: 'open', by: record.appealBy };
}
