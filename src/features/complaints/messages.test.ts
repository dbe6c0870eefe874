import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/shared/i18n/locale';
import { complaintsMessages } from './messages';
import { complaintTimeline } from './complaint-timeline';
import { validateDraft } from './response-draft';

afterEach(() => setLocale('en'));

const ru = complaintsMessages.get('ru');
const en = complaintsMessages.get('en');

describe('complaints in Russian', () => {
  it('counts complaints and listings with the form each number takes', () => {
    setLocale('ru');
    expect([1, 3, 5, 21].map((n) => ru.list.total(n))).toEqual([
      '1 жалоба.',
      '3 жалобы.',
      '5 жалоб.',
      '21 жалоба.',
    ]);
    expect(ru.list.matching(1, 7)).toBe('Фильтрам соответствует 1 жалоба из 7.');
    expect(ru.list.matching(2, 7)).toBe('Фильтрам соответствуют 2 жалобы из 7.');
    expect(ru.list.open(1)).toBe('1 ждёт ответа.');
    expect(ru.list.open(4)).toBe('4 ждут ответа.');
    expect(ru.list.toSeeAll(1)).toBe(', чтобы увидеть 1 жалобу.');
    expect(ru.list.toSeeAll(12)).toBe(', чтобы увидеть все 12 жалоб.');
    expect(ru.confirm.title(2)).toBe('Принять жалобу и удалить 2 товара?');
    expect(ru.confirm.title(11)).toBe('Принять жалобу и удалить 11 товаров?');
    expect(ru.answer.acceptedRemoved(1)).toBe('Вы приняли жалобу. Из вашего магазина удалён 1 товар.');
    expect(ru.detail.missingListings(3)).toBe('3 товара из жалобы больше не существуют.');
    expect(ru.answer.statementHint(30)).toMatch(/^Своими словами .*: не меньше 30 символов\./);
  });

  it('keeps the English sentences as they were', () => {
    expect(en.list.matching(1, 7)).toBe('1 complaint of 7 match the filters.');
    expect(en.list.open(2)).toBe('2 need an answer.');
    expect(en.detail.missingListings(1)).toBe('1 listing named in the complaint no longer exists.');
    expect(en.answer.acceptHint(2)).toBe('The 2 listings it names are removed from your shop.');
  });

  it('explains a refused counter-notice in Russian, naming the document by its number', () => {
    setLocale('ru');
    expect(validateDraft({ choice: null, grounds: [], statement: '', documents: [] })).toEqual({
      ok: false,
      errors: { kind: 'Выберите: принять жалобу или подать встречное уведомление.' },
    });
    expect(
      validateDraft({
        choice: 'counter_notice',
        grounds: [],
        statement: 'коротко',
        documents: [
          { kind: 'photo', name: 'photo.jpg' },
          { kind: 'photo', name: ' ' },
        ],
      }),
    ).toEqual({
      ok: false,
      errors: {
        grounds: 'Выберите хотя бы одно основание.',
        statement: 'Напишите заявление не короче 30 символов.',
        documents: 'Документ 2: Укажите имя файла документа.',
      },
    });
  });

  it('words an answer no event recorded in the interface language', () => {
    setLocale('ru');
    const complaint = { history: [] } as unknown as Parameters<typeof complaintTimeline>[0];
    const [entry] = complaintTimeline(complaint, [
      {
        id: 'rsp-1',
        complaintId: 'cmp-1',
        sellerId: 'seller-good',
        kind: 'accept',
        grounds: [],
        statement: '',
        documents: [],
        submittedAt: '2026-11-20T10:00:00.000Z',
      },
    ]);
    expect([entry?.who, entry?.note]).toEqual(['Продавец', 'Принял жалобу.']);
  });
});
