import { afterEach, describe, expect, it } from 'vitest';
import { buildLedger } from '@/domain/penalties/ledger';
import { PENALTY_KINDS, STRIKE_CONSEQUENCES, THRESHOLDS } from '@/domain/penalties/rules';
import { outlook } from '@/domain/penalties/standing';
import type { PenaltyRecord } from '@/shared/api/schemas';
import { setLocale } from '@/shared/i18n/locale';
import { countedLabel } from './counted-points';
import { penaltyRuleMessages, strikeConsequences, thresholdText } from '@/shared/ui/penalty-rule-messages';
import { bandName, describeAdjustment } from './ledger-text';
import { penaltiesMessages } from './messages';
import { whatIfChoices } from './what-if';

afterEach(() => setLocale('en'));

const NOW = new Date('2026-08-20T10:00:00Z');
let n = 0;
function record(partial: Partial<PenaltyRecord> & { issuedAt: string }): PenaltyRecord {
  n++;
  return {
    id: `pen-${n}`,
    sellerId: 'seller-1',
    kind: 'prohibited_item',
    source: { type: 'listing', id: `lst-${n}`, label: 'A listing' },
    ruleId: 'rule',
    policy: { policy: 'product-listing-policy', clause: 'general' },
    summary: `Record ${n}.`,
    points: 2,
    status: 'established',
    expiresAt: '2027-08-18T09:00:00Z',
    appealBy: '2026-08-25T09:00:00Z',
    appealId: null,
    ...partial,
  };
}

/** Records issued on 18 Aug 2026 whose points add up to `total`, the last one trimmed by the daily cap. */
function cappedDay(total: number) {
  const records = [
    record({ issuedAt: '2026-08-18T09:00:00Z', points: 12 }),
    record({ issuedAt: '2026-08-18T10:00:00Z', points: total - 12 }),
  ];
  const entry = buildLedger(records).byId.get(records[1]!.id)!;
  return { records, entry, byId: new Map(records.map((r) => [r.id, r])) };
}

describe('the English catalogue', () => {
  it('uses the rules’ own words for thresholds, strike consequences and penalty kinds', () => {
    const en = penaltiesMessages.get('en');
    const rules = penaltyRuleMessages.get('en');
    for (const threshold of THRESHOLDS)
      expect(thresholdText(threshold, rules)).toEqual({
        label: threshold.label,
        consequence: threshold.consequence,
      });
    expect(strikeConsequences(rules)).toEqual([...STRIKE_CONSEQUENCES]);
    for (const [kind, { label }] of Object.entries(PENALTY_KINDS))
      expect(en.kinds[kind as keyof typeof PENALTY_KINDS]).toBe(label);
  });

  it('words a capped day as before', () => {
    const { entry, byId } = cappedDay(14);
    expect(describeAdjustment(entry.adjustments[0]!, byId, penaltiesMessages.get())).toBe(
      '14 points were issued on 18 Aug 2026 (UTC); one day adds at most 12, so this record counts for less.',
    );
    expect(penaltiesMessages.get().summary.toNext(1, 'Restricted 14 days')).toBe(
      '1 more point to “Restricted 14 days”.',
    );
  });
});

describe('in Russian', () => {
  it('counts points with the right form: 1 балл, 2 балла, 5 баллов, 21 балл', () => {
    setLocale('ru');
    const { toNext } = penaltiesMessages.get().summary;
    expect([1, 2, 5, 21].map((points) => toNext(points, 'Ограничения на 14 дней'))).toEqual([
      'Ещё 1 балл до уровня «Ограничения на 14 дней».',
      'Ещё 2 балла до уровня «Ограничения на 14 дней».',
      'Ещё 5 баллов до уровня «Ограничения на 14 дней».',
      'Ещё 21 балл до уровня «Ограничения на 14 дней».',
    ]);
  });

  it('explains a daily cap with the verb agreeing with the points, and the date in Russian', () => {
    setLocale('ru');
    const m = penaltiesMessages.get();
    const fourteen = cappedDay(14);
    expect(describeAdjustment(fourteen.entry.adjustments[0]!, fourteen.byId, m)).toBe(
      '18 авг. 2026 г. (UTC) начислено 14 баллов; за один день засчитывается не более 12 баллов, поэтому эта запись засчитана не полностью.',
    );
    const twentyOne = cappedDay(21);
    expect(describeAdjustment(twentyOne.entry.adjustments[0]!, twentyOne.byId, m)).toMatch(
      /^18 авг\. 2026 г\. \(UTC\) начислен 21 балл;/,
    );
    expect(countedLabel(fourteen.records[1]!, fourteen.entry, m)).toBe('0 из 2');
  });

  it('explains the grouping of serious infringements by the first one’s date', () => {
    setLocale('ru');
    const records = [
      record({ kind: 'ip_serious', points: 0, issuedAt: '2026-08-10T09:00:00Z' }),
      record({ kind: 'ip_serious', points: 0, issuedAt: '2026-08-11T09:00:00Z' }),
    ];
    const m = penaltiesMessages.get();
    const second = buildLedger(records).byId.get(records[1]!.id)!;
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(describeAdjustment(second.adjustments[0]!, byId, m)).toBe(
      'Засчитано как одно нарушение вместе с серьёзным нарушением от 10 авг. 2026 г.: серьёзные нарушения в течение 3 дней после первого засчитываются один раз.',
    );
    expect(countedLabel(records[1]!, second, m)).toBe('То же нарушение');
  });

  it('names the band and the strikes, and offers the what-if with points in words', () => {
    setLocale('ru');
    const m = penaltiesMessages.get();
    const records = [
      record({ issuedAt: '2026-08-01T09:00:00Z', points: 12, appealBy: '2026-08-08T09:00:00Z' }),
      record({ issuedAt: '2026-08-19T09:00:00Z', points: 1, status: 'pending' }),
    ];
    expect(bandName(outlook(records, NOW), m)).toBe('Ограничения на 7 дней');
    expect(bandName(outlook([], NOW), m)).toBe('Без ограничений');
    // A Russian date ends with "г.": the sentence does not get a second full stop.
    expect(m.summary.belowBandFrom('Ограничения на 7 дней', '26 янв. 2027 г.')).toBe(
      'Ниже уровня «Ограничения на 7 дней» с 26 янв. 2027 г.',
    );
    expect(m.rules.strikes(strikeConsequences())).toBe(
      'Три серьёзных нарушения закрывают аккаунт: магазин заморожен на 1 день; магазин заморожен на 7 дней; аккаунт закрыт.',
    );
    const [appeal, establish, uphold] = whatIfChoices(
      records,
      new Set(),
      [{ id: 'cmp-1', rightsOwner: 'Rolex SA', seriousness: 'general' }],
      NOW,
      m,
    );
    expect(appeal!.items).toEqual([]);
    expect(appeal!.empty).toBe('Ни одну засчитанную запись уже нельзя обжаловать.');
    expect(establish!.items[0]!.label).toBe(`${records[1]!.summary} (1 балл)`);
    expect(uphold!.items[0]).toMatchObject({
      label: 'Жалоба от Rolex SA',
      note: 'Обычная: 2 балла, начисление сегодня',
    });
  });
});
