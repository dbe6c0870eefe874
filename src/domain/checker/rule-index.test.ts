import { describe, expect, it } from 'vitest';
import { checkListing } from './check';
import { RULES } from './rule-index';
import { TERM_RULES } from './rules';

const ENGINE_RULE_IDS = [...RULES.keys()].filter((id) => !TERM_RULES.some((r) => r.id === id));

/** Where an engine rule needs a context to fire, its examples are read in that context. */
const CONTEXT: Record<string, { category?: string; authorizedBrands?: string[] }> = {
  'plp.ip.brand-misuse': { category: 'clothing' },
  'plp.ip.authorised-brand': { authorizedBrands: ['Anker'] },
};

describe('the rules the checker computes in code', () => {
  it('are the six brand, stuffing and evasion rules', () => {
    expect(ENGINE_RULE_IDS.sort()).toEqual([
      'plp.evasion.distorted-keyword',
      'plp.ip.authorised-brand',
      'plp.ip.brand-misuse',
      'plp.ip.compatibility',
      'plp.ip.unauthorised-brand',
      'plp.search-abuse.stuffing',
    ]);
  });

  for (const id of ENGINE_RULE_IDS) {
    const rule = RULES.get(id);
    const context = CONTEXT[id] ?? {};
    it(`${id}: the examples shown to sellers behave as the reference page says`, () => {
      expect(rule?.fix.trim()).not.toBe('');
      for (const text of rule?.examples.hit ?? []) {
        const found = checkListing({ title: text, category: context.category }, context).findings;
        expect(
          found.map((f) => f.ruleId),
          text,
        ).toContain(id);
      }
      for (const text of rule?.examples.miss ?? []) {
        const found = checkListing({ title: text, category: context.category }, context).findings;
        expect(
          found.map((f) => f.ruleId),
          text,
        ).not.toContain(id);
      }
    });
  }
});
