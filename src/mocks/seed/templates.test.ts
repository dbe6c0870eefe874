import { describe, expect, it } from 'vitest';
import { checkListing } from '@/domain/checker';
import { LISTING_TEMPLATES } from './listing-templates';

// The hand-written listings are the checker's regression list: what a careful reviewer concluded about each text.
const check = (t: (typeof LISTING_TEMPLATES)[number]) =>
  checkListing({ title: t.title, description: t.description, brand: t.brand, category: t.category });

describe('the checker on the demo\u2019s hand-written listings', () => {
  it.each(LISTING_TEMPLATES.filter((t) => t.kind === 'honest').map((t) => [t.key, t] as const))(
    'stays quiet on honest %s',
    (_key, template) => {
      const result = check(template);
      expect(
        result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} "${f.matched}"`),
      ).toEqual([]);
    },
  );

  it.each(LISTING_TEMPLATES.filter((t) => t.kind === 'evasive').map((t) => [t.key, t] as const))(
    'blocks evasive %s and names the evasion',
    (_key, template) => {
      const result = check(template);
      expect(result.verdict).toBe('block');
      expect(result.findings.map((f) => f.ruleId)).toContain('plp.evasion.distorted-keyword');
    },
  );

  it.each(LISTING_TEMPLATES.filter((t) => t.kind === 'violating').map((t) => [t.key, t] as const))(
    'reaches the expected verdict on %s',
    (_key, template) => {
      expect(check(template).verdict).toBe(template.expected.verdict);
    },
  );

  it('finds the rule a reviewer named in nearly every case', () => {
    const flagged = LISTING_TEMPLATES.filter((t) => t.expected.ruleId);
    const agreeing = flagged.filter((t) => check(t).findings.some((f) => f.ruleId === t.expected.ruleId));
    expect(agreeing.length / flagged.length).toBeGreaterThanOrEqual(0.9);
  });
});
