import { afterEach, describe, expect, it } from 'vitest';
import { ENGLISH_FILE_WORDS, parseListingFile, type ListingFileWords } from '@/domain/checker/listing-file';
import { setLocale } from '@/shared/i18n/locale';
import { checkerMessages } from './messages';

afterEach(() => setLocale('en'));

const csv = [
  'id,title,description',
  'a,"Two\nlines",x',
  'b,,no title',
  'c,Fine,ok',
  'd,too,many,fields',
].join('\n');

describe('problems in a drafts file', () => {
  it('words every problem in English exactly as the file reader does', () => {
    const en: ListingFileWords = checkerMessages.get('en').file.problems;
    const samples: [keyof ListingFileWords, unknown[]][] = [
      ['noId', []],
      ['noTitle', ['x1']],
      ['notText', ['x1', 'brand']],
      ['brandsNotList', ['x1']],
      ['notJson', ['Unexpected token']],
      ['notArray', []],
      ['notObject', [3]],
      ['unclosedQuote', []],
      ['empty', []],
      ['header', ['id, title']],
      ['fieldCount', [3, 4]],
    ];
    const say = (words: ListingFileWords, key: keyof ListingFileWords, args: unknown[]) => {
      const word = words[key];
      return typeof word === 'string' ? word : (word as (...a: unknown[]) => string)(...args);
    };
    for (const [key, args] of samples) expect(say(en, key, args)).toBe(say(ENGLISH_FILE_WORDS, key, args));
  });

  it('reports bad rows and broken files in Russian, by line', () => {
    setLocale('ru');
    const ru = checkerMessages.get('ru').file;
    expect(parseListingFile('drafts.csv', csv, ru.problems).errors).toEqual([
      { line: 4, message: 'У товара b нет названия (title).' },
      { line: 6, message: 'Ожидалось полей: 3, найдено: 4.' },
    ]);
    expect(parseListingFile('drafts.json', '{"id": "a"}', ru.problems).fatal).toEqual({
      line: 1,
      message: 'Ожидался массив товаров в формате JSON.',
    });
    expect(ru.unreadable(2)).toBe('Не удалось прочитать 2 строки:');
    expect(ru.unreadable(5)).toBe('Не удалось прочитать 5 строк:');
  });

  it('counts what is left to fix with Russian plurals', () => {
    expect([1, 2].map((n) => checkerMessages.get().toFix(n))).toEqual([
      '1 thing to fix before publishing.',
      '2 things to fix before publishing.',
    ]);
    setLocale('ru');
    expect([1, 3, 5].map((n) => checkerMessages.get().toFix(n))).toEqual([
      'Перед публикацией нужно исправить 1 замечание.',
      'Перед публикацией нужно исправить 3 замечания.',
      'Перед публикацией нужно исправить 5 замечаний.',
    ]);
  });
});
