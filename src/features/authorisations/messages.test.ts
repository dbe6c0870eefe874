import { afterEach, describe, expect, it } from 'vitest';
import { MAX_AUTHORISATION_FILE_BYTES } from '@/shared/api/schemas';
import { setLocale } from '@/shared/i18n/locale';
import { EMPTY_DRAFT, validateDraft } from './document-draft';
import { authorisationsMessages } from './messages';

afterEach(() => setLocale('en'));

const TODAY = '2026-11-20';

describe('the vault in Russian', () => {
  it('says how many days a brand has left with the form each number takes', () => {
    setLocale('ru');
    const { expiresIn } = authorisationsMessages.get().brands;
    expect([1, 3, 5, 21, 0].map(expiresIn)).toEqual([
      'Истекает через 1 день',
      'Истекает через 3 дня',
      'Истекает через 5 дней',
      'Истекает через 21 день',
      'Истекает через 0 дней',
    ]);
    setLocale('en');
    expect([1, 2].map(authorisationsMessages.get().brands.expiresIn)).toEqual([
      'Expires in 1 day',
      'Expires in 2 days',
    ]);
  });

  it('explains what is wrong with a document before it is sent', () => {
    setLocale('ru');
    expect(
      validateDraft({ ...EMPTY_DRAFT, issuedAt: '2027-01-01', validUntil: '2026-12-01' }, null, TODAY),
    ).toEqual({
      brands: 'Укажите хотя бы один бренд, на который распространяется документ.',
      issuer: 'Укажите, кто выдал документ.',
      issuedAt: 'Дата выдачи не может быть в будущем.',
      validUntil: 'Дата окончания действия должна быть позже даты выдачи.',
      file: 'Выберите файл документа.',
    });
    const big = new File([new Uint8Array(MAX_AUTHORISATION_FILE_BYTES + 300 * 1024)], 'scan.pdf', {
      type: 'application/pdf',
    });
    const draft = { ...EMPTY_DRAFT, brands: 'Nike', issuer: 'Nike Inc', issuedAt: '2026-10-01' };
    expect(validateDraft(draft, big, TODAY).file).toBe(
      'Файл больше допустимых 5\u00a0МБ (его размер — 5,3\u00a0МБ).',
    );
    setLocale('en');
    expect(validateDraft(draft, big, TODAY).file).toBe(
      'The file is larger than the 5 MB limit (it is 5.3 MB).',
    );
  });
});
