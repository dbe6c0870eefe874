import { penaltyExpiry } from './rules';

export interface CountableRecord {
  kind: 'prohibited_item' | 'ip_general' | 'ip_serious' | 'evasion' | 'conduct';
  status: 'pending' | 'established' | 'appealed' | 'reversed' | 'expired';
  points: number;
  issuedAt: string;
}

/** A record counts while it is established (an appeal under way does not suspend it) and not yet expired. */
export function isCounting(record: CountableRecord, now: Date): boolean {
  if (record.status !== 'established' && record.status !== 'appealed') return false;
  return penaltyExpiry(new Date(record.issuedAt)).getTime() > now.getTime();
}

/**
 * The points on record now. Plain sum of counting records: the daily caps and the grouping of
 * serious infringements are applied by the penalties ledger.
 */
export function activePoints(records: readonly CountableRecord[], now: Date): number {
  return records.reduce((sum, record) => (isCounting(record, now) ? sum + record.points : sum), 0);
}

export function seriousIpStrikes(records: readonly CountableRecord[], now: Date): number {
  return records.filter((record) => record.kind === 'ip_serious' && isCounting(record, now)).length;
}
