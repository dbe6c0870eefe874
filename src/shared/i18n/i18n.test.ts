import { afterEach, describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatRelative, formatTimeLeft, formatUtcDate } from '@/shared/lib/format';
import { getLocale, setLocale } from './locale';
import { plural, registry, type Catalog } from './messages';

// Every catalogue in the product, so the checks below see them all.
import.meta.glob('/src/**/messages.{ts,tsx}', { eager: true });

afterEach(() => setLocale('en'));

const points = { one: '# балл', few: '# балла', many: '# баллов', other: '# балла' };

describe('plurals', () => {
  it('picks the Russian form by the number: 1, 21 one; 2-4, 22 few; 5-20, 25 many; fractions other', () => {
    expect([1, 21, 101].map((n) => plural(n, points, 'ru'))).toEqual(['1 балл', '21 балл', '101 балл']);
    expect([2, 4, 22].map((n) => plural(n, points, 'ru'))).toEqual(['2 балла', '4 балла', '22 балла']);
    expect([0, 5, 11, 12, 14, 20, 25].map((n) => plural(n, points, 'ru'))).toEqual([
      '0 баллов',
      '5 баллов',
      '11 баллов',
      '12 баллов',
      '14 баллов',
      '20 баллов',
      '25 баллов',
    ]);
    expect(plural(1.5, points, 'ru')).toBe('1,5 балла');
  });

  it('uses one and other in English, and formats the number in the language', () => {
    const forms = { one: '# point', other: '# points' };
    expect([0, 1, 2].map((n) => plural(n, forms, 'en'))).toEqual(['0 points', '1 point', '2 points']);
    expect(plural(10_000, forms, 'en')).toBe('10,000 points');
    expect(plural(10_000, points, 'ru')).toBe('10\u00a0000 баллов');
  });
});

describe('formats in the interface language', () => {
  const now = new Date('2026-11-21T12:00:00Z');

  it('writes dates, numbers and durations in Russian once switched, and back in English', () => {
    setLocale('ru');
    expect(getLocale()).toBe('ru');
    expect(formatUtcDate('2026-08-18T23:30:00Z')).toBe('18 авг. 2026 г.');
    expect(formatCount(10_000)).toBe('10\u00a0000');
    expect(formatRelative('2026-11-23T12:00:00Z', now)).toBe('через 2 дня');
    expect(formatRelative('2026-11-16T12:00:00Z', now)).toBe('5 дней назад');
    expect(formatTimeLeft('2026-11-22T13:00:00Z', now).text).toBe('1 день 1 час');
    expect(formatTimeLeft('2026-11-21T17:22:00Z', now).text).toBe('5 часов 22 минуты');
    setLocale('en');
    expect(formatUtcDate('2026-08-18T23:30:00Z')).toBe('18 Aug 2026');
    expect(formatRelative('2026-11-23T12:00:00Z', now)).toBe('in 2 days');
    expect(formatDate('2026-08-18T12:00:00Z')).toMatch(/Aug 2026/);
  });
});

/** Every string of a catalogue, with its dotted key. */
function strings(catalog: Catalog, prefix = ''): [string, string][] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : typeof value === 'function'
        ? []
        : strings(value, `${prefix}${key}.`),
  );
}

describe('catalogues', () => {
  it('are found', () => {
    expect(registry.map((r) => r.name)).toContain('app');
  });

  it.each(registry.map((r) => [r.name, r] as const))(
    '%s: every Russian string is written, none left in English',
    (_name, entry) => {
      const en = new Map(strings(entry.catalogs.en));
      for (const [key, text] of strings(entry.catalogs.ru)) {
        expect(text.trim(), key).not.toBe('');
        const english = en.get(key) ?? '';
        // A sentence copied across untranslated: three or more English words and no Cyrillic at all.
        if (english.split(/\s+/).filter((w) => /^[A-Za-z]+$/.test(w)).length >= 3) {
          expect(text, `${key} is not translated`).toMatch(/\p{Script=Cyrillic}/u);
        }
      }
    },
  );
});
