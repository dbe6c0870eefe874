import { useId } from 'react';
import { THRESHOLDS } from '@/domain/penalties/rules';
import type { TimelinePoint } from '@/domain/penalties/ledger';
import { INTL_TAGS, useLocale, type Locale } from '@/shared/i18n/locale';
import { formatCount, formatDate } from '@/shared/lib/format';
import { thresholdText } from '@/shared/ui/penalty-rule-messages';
import { penaltiesMessages } from './messages';

const WIDTH = 760;
const HEIGHT = 260;
const PAD = { top: 16, right: 120, bottom: 28, left: 36 };
const monthFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "Mar 2026", "мар. 2026 г.": the time axis's labels in the interface language. */
function monthFormat(locale: Locale): Intl.DateTimeFormat {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_TAGS[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format;
}

function stepPath(
  points: readonly TimelinePoint[],
  x: (t: number) => number,
  y: (v: number) => number,
): string {
  let d = '';
  points.forEach((p, i) => {
    if (i === 0) d += `M${x(p.at)},${y(p.total)}`;
    else d += `H${x(p.at)}V${y(p.total)}`;
  });
  return d;
}

/** Month starts (UTC) every three months between two moments, for the time axis. */
function quarterTicks(from: number, to: number): number[] {
  const ticks: number[] = [];
  const start = new Date(from);
  let year = start.getUTCFullYear();
  let month = Math.ceil((start.getUTCMonth() + 1) / 3) * 3;
  for (;;) {
    if (month >= 12) {
      year += Math.floor(month / 12);
      month %= 12;
    }
    const t = Date.UTC(year, month, 1);
    if (t > to) break;
    if (t >= from) ticks.push(t);
    month += 3;
  }
  return ticks;
}

/**
 * The points total over the past year and the coming one, as steps, with the thresholds drawn across. The part
 * after today assumes no new penalty; a what-if line can be drawn over it. A table of the same figures follows
 * for anyone who cannot see the chart.
 */
export function PointsChart({
  line,
  scenario,
  now,
  from,
  to,
}: {
  line: readonly TimelinePoint[];
  scenario?: readonly TimelinePoint[] | null;
  now: number;
  from: number;
  to: number;
}) {
  const id = useId();
  const m = penaltiesMessages.use();
  const t = m.chart;
  const locale = useLocale();
  const highest = Math.max(...line.map((p) => p.total), ...(scenario ?? []).map((p) => p.total), 0);
  const top = THRESHOLDS.find((t) => t.points > highest)?.points ?? 48;
  const shown = THRESHOLDS.filter((t) => t.points <= top);
  const yMax = top * 1.08;
  const x = (t: number) => PAD.left + ((t - from) / (to - from)) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / yMax) * (HEIGHT - PAD.top - PAD.bottom);
  const past = line.filter((p) => p.at <= now);
  const future = [{ at: now, total: past[past.length - 1]?.total ?? 0 }, ...line.filter((p) => p.at > now)];
  const changes = line.filter((p, i) => i === 0 || p.total !== line[i - 1]?.total);

  const summary =
    t.summary(
      past[past.length - 1]?.total ?? 0,
      Math.max(...line.map((p) => p.total), 0),
      changes.length - 1,
      formatDate(new Date(from).toISOString()),
      formatDate(new Date(to).toISOString()),
    ) + (scenario ? t.summaryWhatIf(scenario[0]?.total ?? 0, Math.max(...scenario.map((p) => p.total))) : '');

  return (
    <figure>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{t.title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {shown.map((threshold) => (
          <g key={threshold.points}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(threshold.points)}
              y2={y(threshold.points)}
              className={threshold.points === 48 ? 'stroke-red-700' : 'stroke-amber-600'}
              strokeDasharray="4 4"
            />
            <text
              x={WIDTH - PAD.right + 6}
              y={y(threshold.points) + 4}
              className="fill-slate-800 text-[11px]"
            >
              {threshold.points}: {thresholdText(threshold).label}
            </text>
          </g>
        ))}
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} className="stroke-slate-400" />
        {[0, ...shown.map((t) => t.points)].map((v) => (
          <text key={v} x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="fill-slate-700 text-[11px]">
            {v}
          </text>
        ))}
        {quarterTicks(from, to).map((tick) => (
          <text
            key={tick}
            x={x(tick)}
            y={HEIGHT - 8}
            textAnchor="middle"
            className="fill-slate-700 text-[11px]"
          >
            {monthFormat(locale).format(tick)}
          </text>
        ))}
        <line x1={x(now)} x2={x(now)} y1={PAD.top} y2={y(0)} className="stroke-slate-700" />
        <text x={x(now) + 4} y={PAD.top + 10} className="fill-slate-900 text-[11px] font-semibold">
          {t.today}
        </text>
        <path d={stepPath(past, x, y)} fill="none" className="stroke-sky-800" strokeWidth={2.5} />
        <path
          d={stepPath(future, x, y)}
          fill="none"
          className="stroke-sky-800"
          strokeWidth={2.5}
          strokeDasharray="6 4"
        />
        {scenario ? (
          <path
            d={stepPath(scenario, x, y)}
            fill="none"
            className="stroke-fuchsia-700"
            strokeWidth={2}
            data-testid="scenario-line"
          />
        ) : null}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-0.5 w-5 bg-sky-800 align-middle" />
          {t.legendCounted}
        </span>
        {scenario ? (
          <span>
            <span aria-hidden="true" className="mr-1 inline-block h-0.5 w-5 bg-fuchsia-700 align-middle" />
            {t.legendWhatIf}
          </span>
        ) : null}
        <span>
          <span
            aria-hidden="true"
            className="mr-1 inline-block h-0.5 w-5 border-t-2 border-dashed border-amber-600 align-middle"
          />
          {t.legendThresholds}
        </span>
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-sky-800">{t.showTable}</summary>
        <table className="mt-2 text-left text-sm">
          <caption className="sr-only">{t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-6">
                {t.from}
              </th>
              <th scope="col">{t.points}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((p) => (
              <tr key={p.at}>
                <td className="pr-6">
                  {formatDate(new Date(p.at).toISOString())}
                  {p.at > now ? t.expected : ''}
                </td>
                <td>{formatCount(p.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
