import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import snowball from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { russianStem } from './russian-stem';

const reference = snowball.newStemmer('russian');
const root = join(import.meta.dirname, '..', '..');

/** Every Russian word of the demo's listings, the rules and the policy library: a few thousand real forms. */
function corpusWords(): string[] {
  const files = [
    'mocks/seed/listing-templates.ts',
    'domain/checker/rules/term-rules-prohibited.ts',
    'domain/checker/rules/term-rules-ip-content.ts',
    'domain/checker/rules/brands.ts',
  ];
  const text = files.map((file) => readFileSync(join(root, file), 'utf8')).join(' ');
  return [
    ...new Set(
      text
        .toLowerCase()
        .replace(/ё/g, 'е')
        .match(/[а-я]+/g) ?? [],
    ),
  ];
}

describe('the Russian stemmer', () => {
  it('agrees with the reference Snowball port on every Russian word the product uses', () => {
    const words = corpusWords();
    expect(words.length).toBeGreaterThan(1_000);
    const disagreements = words
      .filter((word) => russianStem(word) !== reference.stem(word))
      .map((word) => `${word}: ${russianStem(word)} (reference ${reference.stem(word)})`);
    expect(disagreements).toEqual([]);
  });

  it('brings the case forms of a word to one stem', () => {
    const forms = ['пистолет', 'пистолета', 'пистолетом', 'пистолеты', 'пистолетов', 'пистолетами'];
    expect(new Set(forms.map(russianStem))).toEqual(new Set(['пистолет']));
    expect(russianStem('охотничьи')).toBe(russianStem('охотничье'));
    expect(russianStem('ружья')).toBe(russianStem('ружье'));
  });

  it('reads ё as е and leaves other words alone', () => {
    expect(russianStem('ружьё')).toBe(russianStem('ружье'));
    expect(russianStem('replica')).toBe('replica');
    expect(russianStem('')).toBe('');
  });
});
