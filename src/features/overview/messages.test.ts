import { describe, expect, it } from 'vitest';
import { overviewMessages } from './messages';

describe('overview words', () => {
  it('agrees the Russian verb and noun with the number of expiring points and documents', () => {
    const ru = overviewMessages.get('ru');
    expect([1, 2, 5, 21].map((n) => ru.points.expire(n, 'через 3 дня', '3 мар.'))).toEqual([
      '1 балл сгорит через 3 дня (3 мар.).',
      '2 балла сгорят через 3 дня (3 мар.).',
      '5 баллов сгорят через 3 дня (3 мар.).',
      '21 балл сгорит через 3 дня (3 мар.).',
    ]);
    expect(ru.strikes.closesAt(3)).toBe('Аккаунт закрывается при 3 нарушениях.');
    expect(ru.documents.expiring(1, 'Nike — до 3 мар.')).toMatch(/^Срок действия 1 документа истекает/);
    expect(ru.documents.expiring(2, 'Nike — до 3 мар.')).toMatch(/^Срок действия 2 документов истекает/);
  });
});
