import type { Adjustment, PenaltyKind } from '@/domain/penalties/ledger';
import {
  COUNTING_RULES,
  DAILY_POINTS_CAP,
  GENERAL_IP_DAILY_CAP,
  PENALTY_KINDS,
  SERIOUS_GROUPING_DAYS,
} from '@/domain/penalties/rules';
import type { PenaltyRecord, PolicyRef } from '@/shared/api/schemas';
import { formatCount, formatDate, formatUtcDate } from '@/shared/lib/format';

export const KIND_LABELS = Object.fromEntries(
  Object.entries(PENALTY_KINDS).map(([kind, { label }]) => [kind, label]),
) as Record<PenaltyKind, string>;

export const CLAUSES = Object.fromEntries(
  Object.entries(COUNTING_RULES).map(([id, rule]) => [id, rule.policy]),
) as Record<keyof typeof COUNTING_RULES, PolicyRef>;

function dayLabel(day: string): string {
  return `${formatUtcDate(`${day}T12:00:00Z`)} (UTC)`;
}

/** One sentence per adjustment, saying which rule trimmed the record and by how much. */
export function describeAdjustment(
  adjustment: Adjustment,
  records: ReadonlyMap<string, PenaltyRecord>,
): string {
  switch (adjustment.rule) {
    case 'daily-cap':
      return `${formatCount(adjustment.dayTotal)} points were issued on ${dayLabel(adjustment.day)}; one day adds at most ${DAILY_POINTS_CAP}, so this record counts for less.`;
    case 'general-ip-daily-cap':
      return `General IP infringements on ${dayLabel(adjustment.day)} came to ${formatCount(adjustment.dayTotal)} points; together they count for at most ${GENERAL_IP_DAILY_CAP}.`;
    case 'serious-grouping': {
      const first = records.get(adjustment.withId);
      return `Counted as one strike with the serious infringement of ${first ? formatDate(first.issuedAt) : adjustment.withId}: serious infringements within ${SERIOUS_GROUPING_DAYS} days of the first one count once.`;
    }
  }
}

export function adjustmentClause(adjustment: Adjustment): PolicyRef {
  return adjustment.rule === 'serious-grouping' ? CLAUSES.grouping : CLAUSES.dailyCap;
}
