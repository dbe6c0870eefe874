import type { Adjustment } from '@/domain/penalties/ledger';
import type { Outlook } from '@/domain/penalties/standing';
import {
  COUNTING_RULES,
  DAILY_POINTS_CAP,
  GENERAL_IP_DAILY_CAP,
  SERIOUS_GROUPING_DAYS,
} from '@/domain/penalties/rules';
import type { PenaltyRecord, PolicyRef } from '@/shared/api/schemas';
import { formatDate, formatUtcDate } from '@/shared/lib/format';
import { thresholdText } from '@/shared/ui/penalty-rule-messages';
import type { PenaltiesMessages } from './messages';

export const CLAUSES = Object.fromEntries(
  Object.entries(COUNTING_RULES).map(([id, rule]) => [id, rule.policy]),
) as Record<keyof typeof COUNTING_RULES, PolicyRef>;

/** The band a total is in, named: closed, a threshold's name, or no restrictions. */
export function bandName(view: Pick<Outlook, 'closed' | 'band'>, m: PenaltiesMessages): string {
  if (view.closed) return m.accountClosed;
  return view.band ? thresholdText(view.band).label : m.noRestrictions;
}

function dayLabel(day: string): string {
  return `${formatUtcDate(`${day}T12:00:00Z`)} (UTC)`;
}

/** One sentence per adjustment, saying which rule trimmed the record and by how much. */
export function describeAdjustment(
  adjustment: Adjustment,
  records: ReadonlyMap<string, PenaltyRecord>,
  m: PenaltiesMessages,
): string {
  switch (adjustment.rule) {
    case 'daily-cap':
      return m.adjustments.dailyCap(adjustment.dayTotal, dayLabel(adjustment.day), DAILY_POINTS_CAP);
    case 'general-ip-daily-cap':
      return m.adjustments.generalIpCap(adjustment.dayTotal, dayLabel(adjustment.day), GENERAL_IP_DAILY_CAP);
    case 'serious-grouping': {
      const first = records.get(adjustment.withId);
      return m.adjustments.grouping(
        first ? formatDate(first.issuedAt) : adjustment.withId,
        SERIOUS_GROUPING_DAYS,
      );
    }
  }
}

export function adjustmentClause(adjustment: Adjustment): PolicyRef {
  return adjustment.rule === 'serious-grouping' ? CLAUSES.grouping : CLAUSES.dailyCap;
}
