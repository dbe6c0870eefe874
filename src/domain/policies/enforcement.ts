import { RULES, type RuleSummary } from '@/domain/checker/rule-index';
import { COUNTING_RULES, PENALTY_KINDS } from '@/domain/penalties/rules';

/** A penalty type or counting rule that cites a clause. */
export interface PenaltyRuleReference {
  id: string;
  label: string;
  detail: string;
}

export interface ClauseEnforcement {
  /** The checker rules whose findings cite the clause. */
  rules: RuleSummary[];
  /** The penalty types and counting rules that rest on it. */
  penalties: PenaltyRuleReference[];
}

const same = (a: { policy: string; clause: string }, policy: string, clause: string) =>
  a.policy === policy && a.clause === clause;

/** What enforces a clause: the checker rules that cite it and the penalty rules that rest on it. */
export function enforcementOf(policy: string, clause: string): ClauseEnforcement {
  const rules = [...RULES.values()]
    .filter((rule) => same(rule.policy, policy, clause))
    .sort((a, b) => b.points - a.points || a.id.localeCompare(b.id));
  const penalties: PenaltyRuleReference[] = [
    ...Object.entries(PENALTY_KINDS)
      .filter(([, kind]) => same(kind.policy, policy, clause))
      .map(([id, kind]) => ({
        id: `penalty.${id}`,
        label: `Penalty type: ${kind.label}`,
        detail: 'Penalty records of this type cite this clause.',
      })),
    ...Object.entries(COUNTING_RULES)
      .filter(([, rule]) => same(rule.policy, policy, clause))
      .map(([id, rule]) => ({ id: `counting.${id}`, label: rule.label, detail: rule.detail })),
  ];
  return { rules, penalties };
}

/** Every clause something in the product cites, with who cites it: for the anchor test and the rules page. */
export function citedClauses(): { citedBy: string; policy: string; clause: string }[] {
  return [
    ...[...RULES.values()].map((rule) => ({ citedBy: `checker rule ${rule.id}`, ...rule.policy })),
    ...Object.entries(PENALTY_KINDS).map(([id, kind]) => ({ citedBy: `penalty type ${id}`, ...kind.policy })),
    ...Object.entries(COUNTING_RULES).map(([id, rule]) => ({
      citedBy: `counting rule ${id}`,
      ...rule.policy,
    })),
  ];
}
