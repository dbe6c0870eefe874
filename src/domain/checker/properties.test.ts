import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import blns from './testdata/blns.json';
import { checkListing, checkListingWithoutScreen } from './check';
import { TERM_RULES } from './rules';
import type { TermRule } from './rules/rule-types';

const VERDICTS = ['ok', 'warn', 'block'];

describe('any text gets a result', () => {
  it('for every naughty string, in every field', () => {
    for (const text of blns as string[]) {
      for (const listing of [
        { title: text },
        { title: 'x', description: text },
        { title: 'x', brand: text },
      ]) {
        const result = checkListing(listing);
        expect(VERDICTS).toContain(result.verdict);
        expect(result.findings.every((f) => f.ruleId !== 'checker.internal-error')).toBe(true);
      }
    }
  });

  it('for random strings (any UTF-16, lone surrogates included), the same every time, with offsets on the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        (title, description) => {
          const first = checkListing({ title, description });
          expect(JSON.stringify(checkListing({ title, description }))).toBe(JSON.stringify(first));
          for (const f of first.findings) {
            expect(f.ruleId).not.toBe('checker.internal-error');
            const text = f.field === 'title' ? title : description;
            expect(text.slice(f.start, f.end)).toBe(f.matched);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('the quick screen', () => {
  // Fragments that exercise every path: terms, brands, disguises, links, numbers, scripts, honest filler.
  const fragments = [
    'replica',
    'r e p l i c a',
    'rep1ica',
    'R\u043elex',
    'rolex',
    'for iPhone 15',
    'Nike',
    'найк',
    'для Samsung',
    '1:1',
    'copy',
    'www.shop-x.com',
    'mail@x.ru',
    '+7 912 345 67 89',
    '8 (912) 345-67-89',
    'EAN 4006381333931',
    'v!agra',
    'a$b',
    '$100',
    'электрошокер',
    'отмычки',
    'реплика',
    'ре\u0440лика',
    'glue gun',
    'water pipe',
    'plumbing',
    'butterfly knife',
    'butterfly knives',
    'Samsung Galaxy',
    'f4ke',
    'passport',
    'лотерейных билетов',
    'ⓡⓔⓟ',
    'ʀᴇᴘ',
    '$teroids',
    'heroιn',
    'brass knuckles',
    '\u200b',
    '\u00ad',
    '\uff52\uff45\uff50',
    'é',
    'e\u0301',
    '😀',
    '\ud835\udc2b',
    'Classic',
    'therapist',
    'поход',
    'и',
    'a',
    'b',
    'c',
    ',',
    '.',
    ' ',
    '  ',
    '-',
    '!',
    '@',
    '|',
    '9',
    '0',
    'telegram',
    'т е л е г р а м',
    'whatsapp',
    'SS',
    'Gucci',
    'belt',
  ];
  it('never hides a finding the full pass would report', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...fragments), { maxLength: 12 }),
        fc.array(fc.constantFrom(' ', '', '.', ', '), { maxLength: 12 }),
        fc.constantFrom('other', 'clothing', 'phones-accessories'),
        (parts, glue, category) => {
          const title = parts.map((part, k) => part + (glue[k] ?? ' ')).join('');
          const listing = { title, description: title, category };
          expect(JSON.stringify(checkListing(listing))).toBe(
            JSON.stringify(checkListingWithoutScreen(listing)),
          );
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('agrees with the full pass on every naughty string', () => {
    for (const text of blns as string[]) {
      expect(JSON.stringify(checkListing({ title: text }))).toBe(
        JSON.stringify(checkListingWithoutScreen({ title: text })),
      );
    }
  });
});

// The disguises sellers use, applied to every blocking term of the catalogue: each must still be caught.
const LOOKALIKE_TO_CYRILLIC: Record<string, string> = {
  a: '\u0430',
  e: '\u0435',
  o: '\u043e',
  p: '\u0440',
  c: '\u0441',
  x: '\u0445',
  y: '\u0443',
};
const LOOKALIKE_TO_LATIN: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y' };
const LEET: Record<string, string> = { o: '0', e: '3', a: '4', i: '1', s: '5' };

type Evasion = { name: string; apply: (term: string) => string | null };
const swapInside = (term: string, table: Record<string, string>): string | null => {
  for (let k = 1; k < term.length - 1; k++) {
    const replacement = table[term[k] as string];
    if (replacement && /\p{L}/u.test(term[k - 1] as string) && /\p{L}/u.test(term[k + 1] as string))
      return term.slice(0, k) + replacement + term.slice(k + 1);
  }
  return null;
};
/** Puts a character between two letters of the term's longest word. */
const insideWord = (term: string, insert: string): string | null => {
  const longest = term.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 3) return null;
  const at = term.indexOf(longest) + Math.floor(longest.length / 2);
  return term.slice(0, at) + insert + term.slice(at);
};
const EVASIONS: Evasion[] = [
  { name: 'spaced', apply: (t) => (t.includes(' ') ? null : [...t].join(' ')) },
  { name: 'dotted', apply: (t) => (t.includes(' ') ? null : [...t].join('.')) },
  { name: 'zero-width', apply: (t) => insideWord(t, '\u200b') },
  { name: 'soft hyphen', apply: (t) => insideWord(t, '\u00ad') },
  { name: 'upper case', apply: (t) => t.toUpperCase() },
  {
    name: 'full-width',
    apply: (t) =>
      /^[a-z ]+$/.test(t)
        ? [...t].map((c) => (c === ' ' ? c : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join('')
        : null,
  },
  {
    name: 'look-alike',
    apply: (t) =>
      /[a-z]/.test(t) ? swapInside(t, LOOKALIKE_TO_CYRILLIC) : swapInside(t, LOOKALIKE_TO_LATIN),
  },
  { name: 'leet', apply: (t) => (/^[a-z ]+$/.test(t) ? swapInside(t, LEET) : null) },
];

function blockingTerms(): { rule: TermRule; term: string }[] {
  return TERM_RULES.filter((rule) => rule.severity === 'block' && !rule.nearBrand).flatMap((rule) =>
    rule.terms
      .filter((term) => term.text.length >= 4 && /^[\p{L} ]+$/u.test(term.text))
      .map((term) => ({ rule, term: term.text.toLowerCase() })),
  );
}

describe('an evasion generator applied to every blocking term', () => {
  const cases = blockingTerms().flatMap(({ rule, term }) =>
    EVASIONS.map((evasion) => ({ rule, term, evasion: evasion.name, text: evasion.apply(term) })).filter(
      (c) => c.text !== null,
    ),
  );

  it('covers the catalogue', () => {
    expect(cases.length).toBeGreaterThan(200);
  });

  it.each(cases.map((c) => [c.rule.id, c.evasion, c.text, c] as const))(
    '%s: %s "%s"',
    (_id, evasion, _text, c) => {
      const title = `Brand new ${c.text} in stock`;
      const result = checkListing({ title, category: 'other' });
      const finding = result.findings.find((f) => f.ruleId === c.rule.id);
      if (!finding) {
        // A rule's `unless` words can legitimately be triggered by the filler; that must not be the case here.
        throw new Error(
          `${c.rule.id} missed "${c.text}" (${evasion}); findings: ${result.findings.map((f) => f.ruleId).join(', ')}`,
        );
      }
      // The offsets point at the disguised characters, inside the inserted text.
      expect(finding.start).toBeGreaterThanOrEqual('Brand new '.length);
      expect(finding.end).toBeLessThanOrEqual('Brand new '.length + (c.text as string).length);
      if (evasion !== 'upper case')
        expect(result.findings.some((f) => f.ruleId === 'plp.evasion.distorted-keyword')).toBe(true);
    },
  );
});
