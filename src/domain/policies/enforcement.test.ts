import { describe, expect, it } from 'vitest';
import { RULES } from '@/domain/checker/rule-index';
import { findClause } from './catalog';
import { citedClauses, enforcementOf } from './enforcement';

describe('links from rules to clauses', () => {
  it('points every checker rule, penalty type and counting rule at a clause that exists', () => {
    const cited = citedClauses();
    expect(cited.length).toBeGreaterThanOrEqual(RULES.size + 5 + 6);
    const broken = cited
      .filter((c) => !findClause(c.policy, c.clause))
      .map((c) => `${c.citedBy} → ${c.policy}#${c.clause}`);
    expect(broken).toEqual([]);
  });

  it('lists the rules enforcing a clause, the heaviest first', () => {
    const firearms = enforcementOf('product-listing-policy', 'cat-3');
    expect(firearms.rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['plp.cat-3.firearm', 'plp.cat-3.replica-firearm']),
    );
    expect(firearms.rules[0]?.points).toBe(48);
    expect(firearms.penalties).toEqual([]);
  });

  it('names the penalty type and counting rules resting on enforcement clauses', () => {
    expect(enforcementOf('ipr-protection-policy', 'serious-infringement').penalties.map((p) => p.id)).toEqual(
      ['penalty.ip_serious'],
    );
    expect(enforcementOf('ipr-enforcement-actions', 'daily-cap').penalties).toEqual([
      expect.objectContaining({ id: 'counting.dailyCap', label: 'Daily caps' }),
    ]);
  });

  it('finds nothing for a clause nobody cites', () => {
    expect(enforcementOf('privacy-policy', 'no-such-clause')).toEqual({ rules: [], penalties: [] });
  });
});
