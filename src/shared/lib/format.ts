import { DAY_MS, HOUR_MS } from '@/domain/time';

import { getLocale, INTL_TAGS, type Locale } from '@/shared/i18n/locale';
import { plural, type PluralForms } from '@/shared/i18n/messages';

/**
 * Dates, numbers and durations in the interface language. Formatters are made once per language and option set;
 * the language is read at each call, so a page that renders again after a switch shows the new one.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: (tag: string) => F,
): F {
  const locale = getLocale();
  const id = `${locale}:${key}`;
  let formatter = formatters.get(id) as F | undefined;
  if (!formatter) formatters.set(id, (formatter = make(INTL_TAGS[locale])));
  return formatter;
}

const DAY_MONTH_YEAR = { day: 'numeric', month: 'short', year: 'numeric' } as const;

export function formatDate(iso: string): string {
  return cached('date', (tag) => new Intl.DateTimeFormat(tag, DAY_MONTH_YEAR)).format(new Date(iso));
}

/** The marketplace day (UTC) of a moment: the day the daily caps count it on, wherever the reader is. */
export function formatUtcDate(iso: string): string {
  return cached(
    'utc-date',
    (tag) => new Intl.DateTimeFormat(tag, { ...DAY_MONTH_YEAR, timeZone: 'UTC' }),
  ).format(new Date(iso));
}

export function formatDateTime(iso: string): string {
  return cached(
    'date-time',
    (tag) => new Intl.DateTimeFormat(tag, { ...DAY_MONTH_YEAR, hour: '2-digit', minute: '2-digit' }),
  ).format(new Date(iso));
}

/** "in 2 days", "in 5 hours", "3 days ago" ("через 2 дня", "3 дня назад"): for deadlines and expiry dates. */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const diff = new Date(iso).getTime() - now.getTime();
  const abs = Math.abs(diff);
  const [value, unit] =
    abs >= DAY_MS
      ? [Math.round(abs / DAY_MS), 'day' as const]
      : [Math.max(1, Math.round(abs / HOUR_MS)), 'hour' as const];
  return cached('relative', (tag) => new Intl.RelativeTimeFormat(tag, { numeric: 'always' })).format(
    diff >= 0 ? value : -value,
    unit,
  );
}

export function formatMoney(cents: number, currency: string): string {
  return cached(
    `money:${currency}`,
    (tag) => new Intl.NumberFormat(tag, { style: 'currency', currency }),
  ).format(cents / 100);
}

/** A number with one decimal, the separator in the interface language: "5.3", "5,3". */
export function formatDecimal(n: number): string {
  return cached(
    'decimal',
    (tag) => new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  ).format(n);
}

export function formatCount(n: number): string {
  return cached('count', (tag) => new Intl.NumberFormat(tag)).format(n);
}

export function humanise(code: string): string {
  const text = code.replaceAll('_', ' ').replaceAll('-', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The label a catalogue gives a code; a code it does not know (newer than the page) reads as words. */
export function labelFor(labels: Readonly<Record<string, string>>, code: string): string {
  return Object.hasOwn(labels, code) ? (labels[code] ?? code) : humanise(code);
}

const MINUTE_MS = 60_000;

const UNITS: Record<Locale, Record<'day' | 'hour' | 'minute', PluralForms>> = {
  en: {
    day: { one: '# day', other: '# days' },
    hour: { one: '# hour', other: '# hours' },
    minute: { one: '# minute', other: '# minutes' },
  },
  ru: {
    day: { one: '# день', few: '# дня', many: '# дней', other: '# дня' },
    hour: { one: '# час', few: '# часа', many: '# часов', other: '# часа' },
    minute: { one: '# минута', few: '# минуты', many: '# минут', other: '# минуты' },
  },
};

/**
 * A deadline as time left, to the precision that matters: "2 days 4 hours", "5 hours 10 minutes", "12 minutes".
 * `overdue` is true once the moment has passed (the text then says by how much).
 */
export function formatTimeLeft(iso: string, now: Date): { text: string; overdue: boolean; ms: number } {
  const ms = new Date(iso).getTime() - now.getTime();
  const abs = Math.abs(ms);
  const days = Math.floor(abs / DAY_MS);
  const hours = Math.floor((abs % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((abs % HOUR_MS) / MINUTE_MS);
  const forms = UNITS[getLocale()];
  const unit = (n: number, word: keyof typeof forms) => plural(n, forms[word]);
  const parts =
    days > 0
      ? [unit(days, 'day'), hours > 0 ? unit(hours, 'hour') : '']
      : hours > 0
        ? [unit(hours, 'hour'), minutes > 0 ? unit(minutes, 'minute') : '']
        : [unit(Math.max(minutes, ms >= 0 ? 1 : 0), 'minute')];
  const text = parts.filter(Boolean).join(' ');
  return { text, overdue: ms < 0, ms };
}
