import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewItemDetail } from '@/shared/api/schemas';
import { setLocale } from '@/shared/i18n/locale';
import { formatRelative, labelFor } from '@/shared/lib/format';
import { actionsFor, suggestedReason } from './decision-panel';
import { reviewMessages } from './messages';
import { uiMessages } from '@/shared/ui/messages';

afterEach(() => setLocale('en'));

/** Just what the suggested reasons read: the item, and the listing's first finding that counts. */
function detailWith(kind: ReviewItemDetail['item']['kind'], matched: string | null): ReviewItemDetail {
  const findings =
    matched === null ? [] : [{ severity: 'block', matched, summary: 'Replica goods are not allowed' }];
  return {
    item: { kind, reason: 'Flagged by the checker' },
    listing: { check: { findings } },
    complaint: null,
  } as unknown as ReviewItemDetail;
}

describe('the review queue in Russian', () => {
  it('counts open items with the Russian form of the word and a spaced thousand', () => {
    setLocale('ru');
    const m = reviewMessages.get();
    expect(m.queue.description(21)).toMatch(/^21 открытая заявка: сначала самые рискованные/);
    expect(m.queue.description(3)).toMatch(/^3 открытые заявки:/);
    expect(m.queue.description(10_000)).toMatch(/^10\u00a0000 открытых заявок:/);
    expect(m.queue.points(2)).toBe('2 балла');
    expect(m.queue.pointsOnRecord(25)).toBe('25 баллов на счету');
  });

  it('keeps the English queue wording as it was', () => {
    const m = reviewMessages.get();
    expect(m.queue.description(1)).toMatch(/^1 open item, riskiest first/);
    expect(m.queue.description(10_000)).toMatch(/^10,000 open items, riskiest first/);
    expect(m.queue.points(6)).toBe('6 pts');
  });

  it('says how long an item has waited without "ago" in either language', () => {
    const now = new Date('2026-11-21T12:00:00Z');
    const created = '2026-11-18T12:00:00Z';
    expect(reviewMessages.get().queue.waited(formatRelative(created, now))).toBe('3 days');
    setLocale('ru');
    expect(reviewMessages.get().queue.waited(formatRelative(created, now))).toBe('3 дня');
  });

  it('names a category it knows in Russian, and a new one in words', () => {
    setLocale('ru');
    expect(labelFor(uiMessages.get('ru').listingCategories, 'jewellery-watches')).toBe('Украшения и часы');
    expect(labelFor(uiMessages.get('ru').listingCategories, 'garden_furniture')).toBe('Garden furniture');
  });
});

describe('decisions in Russian', () => {
  it('offers the decisions of each kind of item in Russian, with the same keys', () => {
    setLocale('ru');
    expect(actionsFor('complaint').map((a) => [a.key, a.label])).toEqual([
      ['u', 'Удовлетворить жалобу (товары удаляются, взыскание записывается)'],
      ['i', 'Отклонить: жалоба не подлежит рассмотрению'],
    ]);
    expect(actionsFor('listing').map((a) => a.key)).toEqual(['a', 'c', 'r', 'p']);
  });

  it('suggests a reason in Russian, quoting the flagged words in «ёлочки»', () => {
    setLocale('ru');
    const detail = detailWith('listing', 'Replica');
    expect(suggestedReason('request_changes', detail)).toBe(
      'Удалите или перефразируйте «Replica»: Replica goods are not allowed',
    );
    expect(suggestedReason('approve', detailWith('listing', null))).toBe(
      'Проверено: отмеченная формулировка использована здесь в допустимом смысле.',
    );
    expect(suggestedReason('approve', detailWith('document', null))).toBe(
      'Проверено у выдавшей стороны: документ подлинный и действующий.',
    );
  });

  it('keeps the English suggestions word for word', () => {
    expect(suggestedReason('request_changes', detailWith('listing', 'Replica'))).toBe(
      'Please remove or reword “Replica”: Replica goods are not allowed',
    );
    expect(suggestedReason('approve', detailWith('listing', null))).toBe(
      'Checked: the flagged wording is used in an allowed sense here.',
    );
  });

  it('words the seller standing with a plural for each number', () => {
    setLocale('ru');
    expect(reviewMessages.get().seller.standing(21, 1, 5, 1_200)).toBe(
      '21 штрафной балл на счету · серьёзных нарушений: 1 из 3 · открытых жалоб: 5 · заблокированных товаров: 1\u00a0200',
    );
  });
});
