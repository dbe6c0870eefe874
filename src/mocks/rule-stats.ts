import { RULES } from '@/domain/checker/rule-index';
import type { DecisionAction, RuleStat } from '@/shared/api/schemas';
import type { Db } from './db/db';

/** Which way a reviewer's decision went for the rules its item cited. */
const OUTCOME: Partial<Record<DecisionAction, 'upheld' | 'overturned'>> = {
  remove_listing: 'upheld',
  issue_penalty: 'upheld',
  request_changes: 'upheld',
  approve: 'overturned',
};

/** The kinds of review item whose rules come from the checker's findings. */
const CHECKED_KINDS = new Set(['listing', 'buyer_report']);

/**
 * Every checker rule's record: the decisions on listing and buyer-report items citing it, upheld or overturned,
 * and the open items citing it. One pass over decisions and items; rules with no record come back with zeros.
 */
export function ruleStats(db: Db): RuleStat[] {
  const stats = new Map<string, RuleStat>(
    [...RULES.keys()].map((ruleId) => [ruleId, { ruleId, upheld: 0, overturned: 0, open: 0 }]),
  );
  for (const decision of db.all('decisions')) {
    const outcome = OUTCOME[decision.action];
    const item = outcome ? db.get('reviewItems', decision.reviewItemId) : undefined;
    if (!outcome || !item || !CHECKED_KINDS.has(item.kind)) continue;
    for (const ruleId of new Set(item.ruleIds)) {
      const stat = stats.get(ruleId);
      if (stat) stat[outcome]++;
    }
  }
  for (const item of db.all('reviewItems')) {
    if (item.status !== 'open' || !CHECKED_KINDS.has(item.kind)) continue;
    for (const ruleId of new Set(item.ruleIds)) {
      const stat = stats.get(ruleId);
      if (stat) stat.open++;
    }
  }
  return [...stats.values()];
}
