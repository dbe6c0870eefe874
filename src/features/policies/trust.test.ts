import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/shared/i18n/locale';
import { policiesMessages } from './messages';
import { compareLeastTrusted, formatRate, trustOf } from './trust';

afterEach(() => setLocale('en'));

describe('trust in a rule', () => {
  it('labels a record in plain words at the boundaries', () => {
    expect(trustOf(undefined).label).toBe('No record yet');
    expect(trustOf({ upheld: 0, overturned: 0 }).label).toBe('No record yet');
    expect(trustOf({ upheld: 5, overturned: 0 }).label).toBe('Trusted');
    expect(trustOf({ upheld: 9, overturned: 1 }).label).toBe('Trusted');
    expect(trustOf({ upheld: 8, overturned: 1 }).label).toBe('Mixed'); // 89%
    expect(trustOf({ upheld: 4, overturned: 0 }).label).toBe('Too few decisions');
    expect(trustOf({ upheld: 1, overturned: 2 }).label).toBe('Often wrong');
    expect(trustOf({ upheld: 0, overturned: 2 }).label).toBe('Too few decisions');
    expect(trustOf({ upheld: 5, overturned: 5 }).label).toBe('Mixed'); // half is not "often wrong"
    expect(trustOf({ upheld: 0, overturned: 6 })).toMatchObject({
      level: 'often_wrong',
      rate: 0,
      decided: 6,
    });
  });

  it('sorts least trusted first, rules with no record last', () => {
    const rules = [
      { id: 'none', t: trustOf(undefined) },
      { id: 'trusted', t: trustOf({ upheld: 10, overturned: 0 }) },
      { id: 'wrong', t: trustOf({ upheld: 1, overturned: 5 }) },
      { id: 'wrong-long', t: trustOf({ upheld: 2, overturned: 10 }) },
      { id: 'mixed', t: trustOf({ upheld: 6, overturned: 4 }) },
    ];
    expect(rules.sort((a, b) => compareLeastTrusted(a.t, b.t)).map((r) => r.id)).toEqual([
      'wrong-long',
      'wrong',
      'mixed',
      'trusted',
      'none',
    ]);
  });

  it('shows the rate as a whole percentage', () => {
    expect(formatRate(2 / 3)).toBe('67%');
    expect(formatRate(null)).toBe('—');
  });

  it('words the record in Russian once switched', () => {
    setLocale('ru');
    expect(trustOf({ upheld: 9, overturned: 1 }, 'ru')).toMatchObject({
      label: 'Надёжное',
      explanation: 'Проверяющие подтвердили не менее 9 из 10 его срабатываний.',
    });
    expect(trustOf({ upheld: 4, overturned: 0 }, 'ru').explanation).toBe(
      'Меньше 5 решений: слишком мало, чтобы судить о правиле.',
    );
    expect(formatRate(2 / 3)).toBe('67\u00a0%');
    setLocale('en');
    expect(trustOf({ upheld: 4, overturned: 0 }).explanation).toBe(
      'Fewer than 5 decisions: too few to judge the rule.',
    );
  });

  it('says what a mode change did, with plurals in both languages', () => {
    expect(policiesMessages.get('en').mode.done('r.x', true, 1, 0)).toBe(
      'r.x is now review only. 1 stored listing checked again, 0 verdicts changed.',
    );
    setLocale('ru');
    expect(policiesMessages.get().mode.done('r.x', false, 3, 1)).toBe(
      'Правило r.x теперь в режиме «Применяется». Заново проверены 3 сохранённых товара, изменился 1 итог.',
    );
  });
});
