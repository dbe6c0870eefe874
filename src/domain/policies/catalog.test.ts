import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findClause, findPolicy, POLICIES, type Policy } from './catalog';

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

/** Every piece of text a policy shows, with where it comes from (for failure messages). */
function texts(policy: Policy): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, text: string | undefined) => {
    if (text !== undefined) out.push({ where: `${policy.slug}${where}`, text });
  };
  add(' title', policy.title);
  add(' summary', policy.summary);
  add(' source', policy.source);
  add(' breach', policy.breach);
  policy.examples?.allowed.forEach((t, i) => add(` allowed[${i}]`, t));
  policy.examples?.notAllowed.forEach((t, i) => add(` notAllowed[${i}]`, t));
  for (const clause of policy.clauses) {
    add(`#${clause.id} title`, clause.title);
    add(`#${clause.id}`, clause.explanation);
    clause.allowed?.forEach((t, i) => add(`#${clause.id} allowed[${i}]`, t));
    clause.notAllowed?.forEach((t, i) => add(`#${clause.id} notAllowed[${i}]`, t));
  }
  for (const section of policy.sections ?? []) add(` section ${section.title}`, section.title);
  for (const change of policy.versions?.changes ?? []) {
    add(` change ${change.clause} title`, change.title);
    add(` change ${change.clause} before`, change.before);
    add(` change ${change.clause} after`, change.after);
  }
  return out;
}

describe('policy catalogue content', () => {
  it('says what a breach costs for every policy', () => {
    for (const policy of POLICIES) {
      expect(policy.breach?.trim() ?? '', policy.slug).not.toBe('');
    }
    const listing = findPolicy('product-listing-policy')?.breach ?? '';
    for (const n of ['48', '6', '2', '1', '0.5', '12', '24', '36', '365']) {
      expect(listing, n).toMatch(new RegExp(`(^|[^\\d.])${n.replace('.', '\\.')}(?![\\d.]\\d)`));
    }
    const serious = findPolicy('ipr-protection-policy')?.breach ?? '';
    expect(serious).toMatch(/1 day/);
    expect(serious).toMatch(/7 days/);
    // Conduct policies whose sources give no points must not invent any.
    for (const slug of [
      'communication-rules',
      'shill-purchases',
      'feedback-extortion',
      'buyer-protection-abuse',
    ]) {
      expect(findPolicy(slug)?.breach, slug).not.toMatch(/\d+(\.\d+)? points?\b/);
    }
  });

  it('gives every policy at least 3 allowed and 3 not-allowed examples, all distinct', () => {
    for (const policy of POLICIES) {
      const { allowed = [], notAllowed = [] } = policy.examples ?? {};
      expect(allowed.length, policy.slug).toBeGreaterThanOrEqual(3);
      expect(notAllowed.length, policy.slug).toBeGreaterThanOrEqual(3);
      const all = [...allowed, ...notAllowed];
      for (const text of all) expect(text.trim(), policy.slug).not.toBe('');
      expect(new Set(all).size, policy.slug).toBe(all.length);
    }
  });

  it('includes the honest look-alikes and the disguised spellings among the listing examples', () => {
    const examples = findPolicy('product-listing-policy')?.examples;
    const allowed = (examples?.allowed ?? []).join('\n');
    const notAllowed = (examples?.notAllowed ?? []).join('\n');
    for (const word of ['Classic', 'Scuba', 'Dickens', 'Water pipe', 'Case for iPhone'])
      expect(allowed).toContain(word);
    for (const word of ['R e p l i c a', 'Rep1ica', 'R\u043elex']) expect(notAllowed).toContain(word);
  });

  it('gives each Product Listing Policy clause 1 to 3 examples on each side', () => {
    const policy = findPolicy('product-listing-policy');
    expect(policy).toBeDefined();
    for (const clause of policy?.clauses ?? []) {
      for (const list of [clause.allowed ?? [], clause.notAllowed ?? []]) {
        expect(list.length, clause.id).toBeGreaterThanOrEqual(1);
        expect(list.length, clause.id).toBeLessThanOrEqual(3);
        for (const text of list) expect(text.trim(), clause.id).not.toBe('');
      }
    }
  });

  it('puts every Terms of Use clause in exactly one section', () => {
    const terms = findPolicy('terms-of-use');
    const sections = terms?.sections ?? [];
    expect(sections.map((s) => s.title)).toEqual([
      'Member accounts',
      'Member responsibilities',
      'Breaches and enforcement',
      'Transactions',
      'Intellectual property',
      'The rest',
    ]);
    const placed = sections.flatMap((s) => s.clauseIds);
    expect(new Set(placed).size).toBe(placed.length);
    expect([...placed].sort()).toEqual((terms?.clauses ?? []).map((c) => c.id).sort());
    const sectionOf = (id: string) => sections.find((s) => s.clauseIds.includes(id))?.title;
    expect(sectionOf('4')).toBe('Member accounts');
    expect(sectionOf('5.5')).toBe('Member responsibilities');
    expect(sectionOf('6')).toBe('Breaches and enforcement');
    expect(sectionOf('7')).toBe('Transactions');
    expect(sectionOf('10')).toBe('Intellectual property');
    expect(sectionOf('12.7')).toBe('The rest');
  });

  it('lists the Terms of Use changes between the two versions against existing clauses', () => {
    const terms = findPolicy('terms-of-use');
    const versions = terms?.versions;
    expect(versions?.before).toBe('12 Sep 2019');
    expect(versions?.after).toBe('4 Oct 2019');
    const changes = versions?.changes ?? [];
    expect(changes.length).toBeGreaterThanOrEqual(4);
    for (const change of changes) {
      expect(findClause('terms-of-use', change.clause), change.title).toBeDefined();
      expect(['added', 'changed', 'removed']).toContain(change.kind);
      for (const text of [change.title, change.before, change.after])
        expect(text.trim(), change.title).not.toBe('');
    }
    const changed = new Set(changes.map((c) => c.clause));
    for (const id of ['2.1', '10', '12.7']) expect(changed, id).toContain(id);
    expect(changes.find((c) => c.clause === '12.7')?.after).toMatch(/Russian/);
  });

  it('keeps every policy version-free except the Terms, and only policies with sections have them', () => {
    for (const policy of POLICIES) {
      if (policy.slug === 'terms-of-use') continue;
      expect(policy.versions, policy.slug).toBeUndefined();
      expect(policy.sections, policy.slug).toBeUndefined();
    }
  });
});

/**
 * The app must explain the policies in its own words: no run of 12 or more words may
 * match the source texts (case and punctuation ignored). The sources live outside the
 * repository, beside it in ../shared/seeds, so a clean clone skips this check.
 */
const SEEDS = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');
const RUN = 12;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

describe('policy catalogue wording', () => {
  it.skipIf(!existsSync(SEEDS))(`shares no run of ${RUN} words with the sources in ${SEEDS}`, () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    const seedRuns = new Map<string, string>();
    for (const file of files) {
      const w = words(readFileSync(join(SEEDS, file), 'utf8'));
      for (let i = 0; i + RUN <= w.length; i++) seedRuns.set(w.slice(i, i + RUN).join(' '), file);
    }
    const hits: string[] = [];
    for (const policy of POLICIES) {
      for (const { where, text } of texts(policy)) {
        const w = words(text);
        for (let i = 0; i + RUN <= w.length; i++) {
          const run = w.slice(i, i + RUN).join(' ');
          const file = seedRuns.get(run);
          if (file !== undefined) hits.push(`${where}: "${run}" (${file})`);
        }
      }
    }
    expect(hits).toEqual([]);
  });

  it('detects a copied run, so the check above cannot pass by accident', () => {
    const source = 'one two three four five six seven eight nine ten eleven twelve thirteen';
    const copy = 'Intro: One, two; three four five six seven eight nine ten eleven twelve.';
    const runs = new Set<string>();
    const w = words(source);
    for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
    const c = words(copy);
    const found = c.some((_, i) => i + RUN <= c.length && runs.has(c.slice(i, i + RUN).join(' ')));
    expect(found).toBe(true);
  });
});
