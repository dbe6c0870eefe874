import { describe, expect, it } from 'vitest';
import { findClause } from '../../policies/catalog';
import { BRANDS, COMPAT_WORDS, NO_COMPAT_CATEGORIES, TERM_RULES } from './index';

const ALLOWED_POINTS = new Set([0.5, 1, 2, 6, 48]);
const PLP_CLAUSES = ['general', ...Array.from({ length: 17 }, (_, i) => `cat-${i + 1}`)];

describe('term rule catalogue', () => {
  it('has unique rule ids in dotted form', () => {
    const ids = TERM_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+){2}$/);
  });

  it('cites a clause that exists in the policy catalogue', () => {
    for (const rule of TERM_RULES)
      expect(
        findClause(rule.policy.policy, rule.policy.clause),
        `${rule.id} cites a missing clause`,
      ).toBeDefined();
  });

  it('covers the general bans and every one of the 17 categories', () => {
    for (const clause of PLP_CLAUSES) {
      const rules = TERM_RULES.filter(
        (rule) => rule.policy.policy === 'product-listing-policy' && rule.policy.clause === clause,
      );
      expect(rules.length, clause).toBeGreaterThan(0);
    }
  });

  it('gives every rule at least one example that must fire and one that must not', () => {
    for (const rule of TERM_RULES) {
      expect(rule.examples.hit.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.miss.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('gives Russian hit examples to rules with Russian terms', () => {
    for (const rule of TERM_RULES) {
      if (!rule.terms.some((term) => term.lang === 'ru')) continue;
      expect(
        rule.examples.hit.some((text) => /[а-яё]/i.test(text)),
        rule.id,
      ).toBe(true);
    }
  });

  it('uses points from the demo scale, and none for info rules', () => {
    for (const rule of TERM_RULES) {
      if (rule.severity === 'info') expect(rule.points, rule.id).toBe(0);
      else expect(ALLOWED_POINTS.has(rule.points), `${rule.id}: ${rule.points}`).toBe(true);
    }
  });

  it('writes reason and fix as one line each', () => {
    for (const rule of TERM_RULES)
      for (const text of [rule.reason, rule.fix]) {
        expect(text.trim().length, rule.id).toBeGreaterThan(10);
        expect(text, rule.id).not.toMatch(/\n/);
      }
  });

  it('has no term shorter than 3 characters unless it holds a digit, and no duplicate term in a rule', () => {
    for (const rule of TERM_RULES) {
      expect(rule.terms.length, rule.id).toBeGreaterThan(0);
      for (const term of rule.terms) {
        const text = term.text.trim();
        expect(text.length >= 3 || /\d/.test(text), `${rule.id}: "${term.text}"`).toBe(true);
        expect(
          term.lang === 'ru' ? /[а-яё]/i.test(text) || /\d/.test(text) : true,
          `${rule.id}: "${term.text}"`,
        ).toBe(true);
      }
      const keys = rule.terms.map((term) => `${term.lang}:${term.text.toLowerCase()}`);
      expect(new Set(keys).size, rule.id).toBe(keys.length);
    }
  });

  it('keeps block rules off the restricted category, which always needs a human', () => {
    for (const rule of TERM_RULES.filter((r) => r.category === 'restricted'))
      expect(rule.severity, rule.id).toBe('warn');
  });

  it('lists brands with unique names and aliases that are not too short to be safe', () => {
    expect(BRANDS.length).toBeGreaterThanOrEqual(50);
    const names = BRANDS.map((brand) => brand.name);
    expect(new Set(names).size).toBe(names.length);
    const aliases = BRANDS.flatMap((brand) => brand.aliases.map((alias) => alias.toLowerCase()));
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const alias of aliases) expect(alias.length >= 3 || /\d/.test(alias), alias).toBe(true);
  });

  it('lists compatibility wording in both languages and the categories it does not excuse', () => {
    expect(COMPAT_WORDS).toEqual(expect.arrayContaining(['for', 'compatible with', 'для', 'совместим с']));
    expect([...NO_COMPAT_CATEGORIES].sort()).toEqual(['bags', 'clothing', 'jewellery-watches', 'shoes']);
  });
});
