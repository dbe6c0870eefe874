import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { checkListing } from '@/domain/checker';
import { LISTING_CATEGORIES } from '@/shared/api/schemas';
import { vaultOptions } from '@/shared/api/authorisations';
import { setLocale } from '@/shared/i18n/locale';
import { humanise } from '@/shared/lib/format';
import { formatBytes } from './authorisation-file';
import { Countdown } from './countdown';
import { documentKindLabel } from './documents-field';
import { FindingList, transformationNote } from './finding-list';
import { uiMessages } from './messages';
import { ReviewOnlyNotice } from './review-only-notice';
import {
  COMPLAINT_STATUS_OPTIONS,
  MODERATION_OPTIONS,
  PENALTY_STATUS_OPTIONS,
  APPEAL_STATUS_OPTIONS,
  COMPLAINT_SERIOUSNESS_OPTIONS,
  StatusBadge,
  statusLabel,
  VERDICT_OPTIONS,
} from './status-options';

afterEach(() => setLocale('en'));

const text = (html: string) => html.replace(/<[^>]+>/g, '').replaceAll('&quot;', '"');
const disguised = checkListing({ title: 'Luxury r e p l i c a handbag, R\u043elex pattern' }).findings;

describe('status labels', () => {
  const all = [
    ...VERDICT_OPTIONS,
    ...MODERATION_OPTIONS,
    ...PENALTY_STATUS_OPTIONS,
    ...APPEAL_STATUS_OPTIONS,
    ...COMPLAINT_STATUS_OPTIONS,
    ...COMPLAINT_SERIOUSNESS_OPTIONS,
  ];

  it('keeps every English label as the option lists spell it', () => {
    const en = uiMessages.get('en');
    expect(all.map((o) => statusLabel(o, en))).toEqual(all.map((o) => o.label));
  });

  it('names statuses in Russian, also in lists a page builds from the shared options', () => {
    setLocale('ru');
    const filter = [{ value: 'open', label: 'Open' }, ...COMPLAINT_STATUS_OPTIONS];
    expect(filter.map((o) => statusLabel(o))).toEqual([
      'Open',
      'Ждёт ответа',
      'Подано встречное уведомление',
      'Принята',
      'Удовлетворена',
      'Отклонена',
      'Не принята к рассмотрению',
      'Отозвана',
    ]);
    expect(text(renderToStaticMarkup(<StatusBadge options={VERDICT_OPTIONS} value="block" />))).toBe(
      '✕Заблокировано',
    );
  });
});

describe('words the shared blocks take from the domain keep their English', () => {
  it('names listing categories as before in English and in Russian once switched', () => {
    const en = uiMessages.get('en').listingCategories;
    expect(LISTING_CATEGORIES.map((c) => en[c])).toEqual(LISTING_CATEGORIES.map(humanise));
    expect(uiMessages.get('ru').listingCategories['phones-accessories']).toBe('Аксессуары для телефонов');
  });
});

describe('findings', () => {
  it('reads the checker’s notes back in English unchanged and in Russian', () => {
    const notes = disguised.flatMap((f) => f.transformations);
    const en = uiMessages.get('en').findings.transformations;
    expect(notes.map((t) => transformationNote(t, en))).toEqual(notes.map((t) => t.note));
    const ru = uiMessages.get('ru').findings.transformations;
    expect(notes.map((t) => transformationNote(t, ru))).toEqual(
      expect.arrayContaining([
        'убраны пробелы или точки между буквами',
        'кириллическая «\u043e» прочитана как «o»',
      ]),
    );
    expect(transformationNote({ kind: 'leet', note: '"1" read as "i or l"' }, ru)).toBe(
      '«1» прочитано как «i или l»',
    );
    expect(transformationNote({ kind: 'lookalike', note: 'something new' }, ru)).toBe('something new');
  });

  it('lists a finding in Russian, with the rule’s own English marked as English', () => {
    setLocale('ru');
    const html = renderToStaticMarkup(
      <MemoryRouter>
        <FindingList findings={disguised} />
      </MemoryRouter>,
    );
    expect(html).toContain('aria-label="Замечания"');
    expect(text(html)).toMatch(/Название, символы 8–20: «r e p l i c a» прочитано как «replica»/);
    expect(text(html)).toContain('Блокирует');
    expect(text(html)).toMatch(/Под угрозой \d+ штрафн\S+ балл\S* · /);
    expect(html).toMatch(/<span lang="en">[^<]+<\/span>/);
  });

  it('lists a finding in English exactly as before, without language marks', () => {
    const html = renderToStaticMarkup(
      <MemoryRouter>
        <FindingList findings={disguised} />
      </MemoryRouter>,
    );
    expect(text(html)).toContain('Title, characters 8–20: “r e p l i c a” read as “replica”');
    expect(html).not.toContain('lang=');
  });
});

describe('review-only notice', () => {
  const findings = [
    { ruleId: 'a.rule', severity: 'warn' },
    { ruleId: 'b.rule', severity: 'block' },
  ];
  it('agrees with one rule or several, in both languages', () => {
    const render = (rules: string[]) =>
      text(renderToStaticMarkup(<ReviewOnlyNotice findings={findings} reviewOnlyRules={rules} />));
    expect(render(['a.rule'])).toBe(
      'The rule a.rule is in review only: its findings go to a person and do not block publishing.',
    );
    expect(render(['a.rule', 'b.rule'])).toBe(
      'The rules a.rule, b.rule are in review only: their findings go to a person and do not block publishing.',
    );
    setLocale('ru');
    expect(render(['a.rule', 'b.rule'])).toMatch(
      /^Правила a\.rule, b\.rule работают в режиме «Только проверка»: их/,
    );
  });
});

describe('countdown', () => {
  const soon = new Date(Date.now() + 2 * 86_400_000 + 3 * 3_600_000 + 60_000).toISOString();
  const past = new Date(Date.now() - 3 * 86_400_000 - 60_000).toISOString();
  const words = (html: string) => text(html).replace(/\s*\(.*\)$/, '');

  it('puts the time left first in English and after "осталось" in Russian', () => {
    expect(words(renderToStaticMarkup(<Countdown to={soon} />))).toBe('2 days 3 hours left');
    expect(words(renderToStaticMarkup(<Countdown to={past} />))).toBe('Closed 3 days ago');
    setLocale('ru');
    expect(words(renderToStaticMarkup(<Countdown to={soon} />))).toBe('осталось 2 дня 3 часа');
    expect(words(renderToStaticMarkup(<Countdown to={soon} label="до истечения" />))).toBe(
      '2 дня 3 часа до истечения',
    );
    expect(words(renderToStaticMarkup(<Countdown to={past} />))).toBe('Закрыто 3 дня назад');
  });
});

describe('files and documents', () => {
  it('writes file sizes in the interface language', () => {
    expect([12, 831_488, 4_404_019].map(formatBytes)).toEqual(['12 bytes', '812 KB', '4.2 MB']);
    setLocale('ru');
    expect([1, 12, 831_488, 4_404_019].map(formatBytes)).toEqual([
      '1\u00a0байт',
      '12\u00a0байт',
      '812\u00a0КБ',
      '4,2\u00a0МБ',
    ]);
  });

  it('names document kinds and vault documents in Russian once switched', () => {
    const doc = {
      id: 'a1',
      sellerId: 's1',
      brands: ['Anker'],
      documentType: 'licence' as const,
      issuer: 'Anker',
      issuedAt: '2026-01-01T00:00:00Z',
      validUntil: null,
      status: 'verified' as const,
      rejectionReason: null,
      fileName: 'licence.pdf',
      fileType: 'application/pdf' as const,
      fileSize: 1000,
      replacesId: null,
      decidedAt: null,
    };
    expect(vaultOptions([doc])[0]?.label).toBe('Licence · Anker · verified');
    setLocale('ru');
    expect(vaultOptions([doc])[0]?.label).toBe('Лицензия · Anker · подтверждён');
    expect(documentKindLabel('power_of_attorney')).toBe('Доверенность');
  });
});
