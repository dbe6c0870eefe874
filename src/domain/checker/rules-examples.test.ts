import { describe, expect, it } from 'vitest';
import { checkListing } from './check';
import { TERM_RULES } from './rules';

// Every rule carries texts that must trigger it and honest near-misses that must not.
describe.each(TERM_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it.each(rule.examples.hit.map((text) => [text]))('fires on "%s"', (text) => {
    const result = checkListing({ title: text, category: 'other' });
    expect(result.findings.map((f) => f.ruleId)).toContain(rule.id);
  });
  it.each(rule.examples.miss.map((text) => [text]))('stays quiet on "%s"', (text) => {
    const result = checkListing({ title: text, category: 'other' });
    expect(result.findings.map((f) => f.ruleId)).not.toContain(rule.id);
  });
});
