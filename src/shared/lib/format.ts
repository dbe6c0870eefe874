import { DAY_MS, HOUR_MS } from '@/domain/time';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

const utcDateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The marketplace day (UTC) of a moment: the day the daily caps count it on, wherever the reader is. */
export function formatUtcDate(iso: string): string {
  return utcDateFormat.format(new Date(iso));
}

export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/** "in 2 days", "in 5 hours", "3 days ago": for deadlines and expiry dates. */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const diff = new Date(iso).getTime() - now.getTime();
  const abs = Math.abs(diff);
  const [value, unit] =
    abs >= DAY_MS ? [Math.round(abs / DAY_MS), 'day'] : [Math.max(1, Math.round(abs / HOUR_MS)), 'hour'];
  const phrase = `${value} ${unit}${value === 1 ? '' : 's'}`;
  return diff >= 0 ? `in ${phrase}` : `${phrase} ago`;
}

export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(cents / 100);
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat('en-GB').format(n);
}

export function humanise(code: string): string {
  const text = code.replaceAll('_', ' ').replaceAll('-', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const MINUTE_MS = 60_000;

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
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts =
    days > 0
      ? [unit(days, 'day'), hours > 0 ? unit(hours, 'hour') : '']
      : hours > 0
        ? [unit(hours, 'hour'), minutes > 0 ? unit(minutes, 'minute') : '']
        : [unit(Math.max(minutes, ms >= 0 ? 1 : 0), 'minute')];
  const text = parts.filter(Boolean).join(' ');
  return { text, overdue: ms < 0, ms };
}
