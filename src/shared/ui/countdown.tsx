import { DAY_MS } from '@/domain/time';
import { formatDateTime, formatTimeLeft } from '@/shared/lib/format';
import { useNow } from '@/shared/lib/use-now';
import { uiMessages } from './messages';

/**
 * Time left until a deadline, kept current while the page is open. Red within a day, amber within three,
 * with the exact moment beside it; past deadlines say "closed" (or the given word) and how long ago.
 */
export function Countdown({
  to,
  label,
  closed,
  className = '',
}: {
  to: string;
  label?: string;
  closed?: string;
  className?: string;
}) {
  const m = uiMessages.use();
  const now = useNow();
  const { text, overdue, ms } = formatTimeLeft(to, now);
  const tone = overdue
    ? 'text-slate-700'
    : ms < DAY_MS
      ? 'text-red-800 font-semibold'
      : ms < 3 * DAY_MS
        ? 'text-amber-900 font-medium'
        : 'text-slate-800';
  return (
    <span className={`${tone} ${className}`}>
      {overdue ? m.countdown.ago(closed ?? m.countdown.closed, text) : m.countdown.left(text, label)}{' '}
      <span className="whitespace-nowrap text-xs font-normal text-slate-700">
        (<time dateTime={to}>{formatDateTime(to)}</time>)
      </span>
    </span>
  );
}
