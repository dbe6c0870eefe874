import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/shared/i18n/locale';
import { listingsMessages } from './messages';

afterEach(() => setLocale('en'));

describe('the listings page in Russian', () => {
  it('counts what was found with the agreeing verb and noun, thousands spaced', () => {
    setLocale('ru');
    const { found } = listingsMessages.get();
    expect(found(10_000)).toBe('Найдено 10\u00a0000 товаров.');
    expect(found(1)).toBe('Найден 1 товар.');
    expect(found(21)).toBe('Найден 21 товар.');
    expect(found(3)).toBe('Найдено 3 товара.');
    expect(found(0)).toBe('Найдено 0 товаров.');
  });

  it('keeps the English count as it was', () => {
    const { found, bulk } = listingsMessages.get();
    expect(found(10_000)).toBe('10,000 listings found.');
    expect(found(1)).toBe('1 listing found.');
    expect(bulk.exportAll(10_000)).toBe('Export all 10,000 as CSV');
    expect(bulk.done('Delist', 2, 0)).toBe('Delist: 2 updated.');
  });

  it('reports a bulk action and an export in Russian', () => {
    setLocale('ru');
    const { bulk } = listingsMessages.get();
    expect(bulk.done(bulk.actions.delist, 1_500, 2)).toBe(
      'Снять с продажи: обновлено 1\u00a0500, пропущено 2 (в текущем статусе это действие недоступно).',
    );
    expect(bulk.exported(10_000)).toBe('В CSV выгружено 10\u00a0000 товаров.');
    expect(bulk.exported(1)).toBe('В CSV выгружен 1 товар.');
    expect(bulk.exportAll(10_000)).toBe('Выгрузить все 10\u00a0000 в CSV');
  });

  it('explains a conflicting save in Russian, and passes the server words through in English', () => {
    const server = 'Someone saved this listing after you opened it.';
    expect(listingsMessages.get('en').detail.conflictExplained(server)).toBe(server);
    expect(listingsMessages.get('ru').detail.conflictExplained(server)).toMatch(
      /^Этот товар сохранили после того, как вы его открыли/,
    );
  });
});
