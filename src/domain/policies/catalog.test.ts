import { describe, expect, it } from 'vitest';
import { findClause, findPolicy, POLICIES } from './catalog';

const REQUIRED_SLUGS = [
  'terms-of-use',
  'product-listing-policy',
  'ipr-protection-policy',
  'ipr-enforcement-actions',
  'unpaid-items',
  'shill-purchases',
  'communication-rules',
  'buyer-protection-abuse',
  'feedback-extortion',
  'customs-declaration-russia',
  'privacy-policy',
  'reporting-ip-infringement',
] as const;

const REQUIRED_CLAUSES: Record<string, readonly string[]> = {
  'product-listing-policy': [
    'general',
    ...Array.from({ length: 17 }, (_, i) => `cat-${i + 1}`),
    'ip',
    'search-abuse',
    'evasion',
  ],
  'terms-of-use': ['3', '4', '5.4', '5.5', '5.6', '6', '7', '10'],
  'ipr-protection-policy': ['general-infringement', 'serious-infringement'],
  'ipr-enforcement-actions': ['points', 'daily-cap', 'serious-grouping', 'thresholds', 'expiry', 'appeal'],
  'reporting-ip-infringement': [
    'contents',
    'proof-of-right',
    'proof-of-authority',
    'contacts',
    'not-considered',
    'forwarding',
  ],
  'unpaid-items': ['payment-window'],
};

const TOPICS = [
  'Listing rules',
  'Intellectual property',
  'Account and conduct',
  'Buying and orders',
  'Privacy',
];

describe('policy catalogue', () => {
  it('has exactly the expected policies with unique slugs', () => {
    const slugs = POLICIES.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect([...slugs].sort()).toEqual([...REQUIRED_SLUGS].sort());
  });

  it('uses kebab-case or section-number ids, unique within each policy', () => {
    for (const policy of POLICIES) {
      const ids = policy.clauses.map((c) => c.id);
      expect(new Set(ids).size, policy.slug).toBe(ids.length);
      for (const id of ids) expect(id, policy.slug).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*|\d+(\.\d+)*)$/);
    }
  });

  it('contains every clause id that other code cites', () => {
    for (const [slug, ids] of Object.entries(REQUIRED_CLAUSES)) {
      for (const id of ids) expect(findClause(slug, id), `${slug}#${id}`).toBeDefined();
    }
  });

  it('gives the short conduct policies between 2 and 4 clauses', () => {
    const detailed = new Set(Object.keys(REQUIRED_CLAUSES).filter((s) => s !== 'unpaid-items'));
    for (const policy of POLICIES) {
      if (detailed.has(policy.slug)) continue;
      expect(policy.clauses.length, policy.slug).toBeGreaterThanOrEqual(2);
      expect(policy.clauses.length, policy.slug).toBeLessThanOrEqual(4);
    }
  });

  it('has no empty text and a valid topic', () => {
    for (const policy of POLICIES) {
      expect(TOPICS).toContain(policy.topic);
      for (const text of [policy.slug, policy.title, policy.summary, policy.source]) {
        expect(text.trim(), policy.slug).not.toBe('');
      }
      expect(policy.clauses.length, policy.slug).toBeGreaterThan(0);
      for (const clause of policy.clauses) {
        expect(clause.title.trim(), `${policy.slug}#${clause.id}`).not.toBe('');
        expect(clause.explanation.trim(), `${policy.slug}#${clause.id}`).not.toBe('');
      }
    }
  });

  it('finds policies and clauses, and returns undefined for unknown ones', () => {
    expect(findPolicy('terms-of-use')?.title).toBe('Terms of Use');
    expect(findClause('ipr-enforcement-actions', 'daily-cap')?.explanation).toContain('12 points');
    expect(findPolicy('no-such-policy')).toBeUndefined();
    expect(findClause('terms-of-use', 'no-such-clause')).toBeUndefined();
    expect(findClause('no-such-policy', 'general')).toBeUndefined();
  });

  it('states the key enforcement numbers', () => {
    const thresholds = findClause('ipr-enforcement-actions', 'thresholds')?.explanation ?? '';
    for (const n of ['6', '12', '24', '36', '48']) expect(thresholds).toMatch(new RegExp(`\\b${n}\\b`));
    expect(findClause('ipr-enforcement-actions', 'expiry')?.explanation).toContain('365 days');
    expect(findClause('ipr-enforcement-actions', 'appeal')?.explanation).toContain('7 days');
    expect(findClause('unpaid-items', 'payment-window')?.explanation).toContain('20 days');
  });
});
