import { describe, expect, it } from 'vitest';
import type { PolicyDetail } from '@/shared/api/schemas';
import { queryWords, searchPolicies, splitMatches } from './search';

function policy(partial: Partial<PolicyDetail> & { slug: string; title: string }): PolicyDetail {
  return {
    topic: 'Listing rules',
    summary: '',
    source: '',
    clauseCount: 0,
    breach: null,
    examples: null,
    clauses: [],
    sections: null,
    versions: null,
    ...partial,
  };
}
const clause = (id: string, title: string, explanation: string, notAllowed: string[] = []) => ({
  id,
  title,
  explanation,
  allowed: [],
  notAllowed,
  rules: [],
  penalties: [],
});

const LIBRARY = [
  policy({
    slug: 'plp',
    title: 'Product Listing Policy',
    summary: 'Goods you may not sell.',
    clauses: [clause('cat-3', 'Firearms', 'Real and replica guns are banned.', ['"Replica pistol, metal"'])],
  }),
  policy({ slug: 'ipr', title: 'IPR Protection Policy', summary: 'Replica goods infringe brands.' }),
  policy({ slug: 'unpaid', title: 'Unpaid Items', summary: 'Buyers have 20 days to pay.' }),
];

describe('searching the policy library', () => {
  it('finds a word in an example and names the clause it sits in', () => {
    const [hit] = searchPolicies(LIBRARY, 'pistol');
    expect(hit?.policy.slug).toBe('plp');
    expect(hit?.clauses.map((c) => c.id)).toEqual(['cat-3']);
    expect(hit?.examples).toEqual([{ text: '"Replica pistol, metal"', allowed: false }]);
  });

  it('needs every word, ranks a summary match above an explanation match, and ignores case and accents', () => {
    expect(searchPolicies(LIBRARY, 'replica').map((h) => h.policy.slug)).toEqual(['ipr', 'plp']);
    expect(searchPolicies(LIBRARY, 'REPLICA metal').map((h) => h.policy.slug)).toEqual(['plp']);
    expect(searchPolicies(LIBRARY, 'réplica').map((h) => h.policy.slug)).toEqual(['ipr', 'plp']);
    expect(searchPolicies(LIBRARY, 'scuba')).toEqual([]);
  });

  it('returns the whole library for an empty or punctuation-only query', () => {
    expect(searchPolicies(LIBRARY, '  ').length).toBe(3);
    expect(queryWords('?!…')).toEqual([]);
  });

  it('marks the query words as runs of text, never as markup', () => {
    expect(splitMatches('Replica <b>guns</b>', ['replica', 'guns'])).toEqual([
      { text: 'Replica', match: true },
      { text: ' <b>', match: false },
      { text: 'guns', match: true },
      { text: '</b>', match: false },
    ]);
    expect(splitMatches('no match', [])).toEqual([{ text: 'no match', match: false }]);
  });
});
