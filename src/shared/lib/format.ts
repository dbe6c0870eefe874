const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

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
