import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { appealState, currentStatus, type Outlook, type Scenario } from '@/domain/penalties/standing';
import { COMPLAINT_POINTS, STRIKE_CONSEQUENCES } from '@/domain/penalties/rules';
import type { PenaltyRecord } from '@/shared/api/schemas';
import { formatCount, formatDate } from '@/shared/lib/format';
import { Card } from '@/shared/ui/panels';

/** An open complaint, as the what-if offers it. */
export interface OpenComplaintChoice {
  id: string;
  rightsOwner: string;
  seriousness: 'general' | 'serious';
}

type Choice = 'appeal' | 'establish' | 'uphold';
const PARAM = 'if';

/** The what-if lives in the URL (`?if=appeal:pen-1,uphold:cmp-2`), so a scenario can be shared or reloaded. */
export function useScenario(openComplaints: readonly OpenComplaintChoice[]) {
  const [params, setParams] = useSearchParams();
  // Ticks answer at once; the address follows without a history entry.
  const [value, setValue] = useState(() => params.get(PARAM) ?? '');
  const picked = new Set(value.split(',').filter(Boolean));
  const ids = (kind: Choice) =>
    [...picked].filter((t) => t.startsWith(`${kind}:`)).map((t) => t.slice(kind.length + 1));
  const upheld = new Set(ids('uphold'));
  const scenario: Scenario = {
    appealsSucceed: ids('appeal'),
    established: ids('establish'),
    complaintsUpheld: openComplaints.filter((c) => upheld.has(c.id)),
  };
  return {
    scenario,
    active: picked.size > 0,
    has: (kind: Choice, id: string) => picked.has(`${kind}:${id}`),
    toggle(kind: Choice, id: string) {
      const next = new Set(picked);
      const token = `${kind}:${id}`;
      if (next.has(token)) next.delete(token);
      else next.add(token);
      setValue([...next].sort().join(','));
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          if (next.size === 0) copy.delete(PARAM);
          else copy.set(PARAM, [...next].sort().join(','));
          return copy;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    clear() {
      setValue('');
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          copy.delete(PARAM);
          return copy;
        },
        { replace: true, preventScrollReset: true },
      );
    },
  };
}

function dateOrNever(at: number | null, never: string): string {
  return at === null ? never : formatDate(new Date(at).toISOString());
}

function Comparison({ label, now, then }: { label: string; now: string; then: string }) {
  const changed = now !== then;
  return (
    <tr>
      <th scope="row" className="py-1 pr-4 text-left font-medium text-slate-700">
        {label}
      </th>
      <td className="py-1 pr-4">{now}</td>
      <td className={`py-1 ${changed ? 'font-semibold text-fuchsia-900' : ''}`}>
        {then}
        {changed ? <span className="sr-only"> (changed)</span> : null}
      </td>
    </tr>
  );
}

export function WhatIfPanel({
  records,
  openComplaints,
  before,
  after,
  control,
  now,
}: {
  records: readonly PenaltyRecord[];
  openComplaints: readonly OpenComplaintChoice[];
  before: Outlook;
  after: Outlook;
  control: ReturnType<typeof useScenario>;
  now: Date;
}) {
  const id = useId();
  // Only records whose appeal is still possible or under way: the others cannot change any more.
  const appealable = records.filter((r) => {
    const status = currentStatus(r, now);
    const state = appealState(r, now).kind;
    return (status === 'established' || status === 'appealed') && (state === 'open' || state === 'submitted');
  });
  const pending = records.filter((r) => currentStatus(r, now) === 'pending');
  const band = (o: Outlook) => (o.closed ? 'Account closed' : (o.band?.label ?? 'No restrictions'));

  const option = (kind: Choice, recordId: string, label: string, note: string) => (
    <li key={`${kind}:${recordId}`}>
      <label className="flex items-start gap-2 py-1 text-sm">
        <input
          type="checkbox"
          className="mt-1 size-4"
          checked={control.has(kind, recordId)}
          onChange={() => control.toggle(kind, recordId)}
        />
        <span>
          {label}
          <span className="block text-xs text-slate-700">{note}</span>
        </span>
      </label>
    </li>
  );

  const points = (r: PenaltyRecord) => `${r.summary} (${formatCount(r.points)} pts)`;
  const groups: {
    kind: Choice;
    legend: string;
    empty: string;
    items: { id: string; label: string; note: string }[];
  }[] = [
    {
      kind: 'appeal',
      legend: 'An appeal succeeds',
      empty: 'No counting record can still be appealed.',
      items: appealable.map((r) => {
        const state = appealState(r, now);
        const note =
          state.kind === 'open' ? `Appeal open until ${formatDate(state.by)}` : 'Appeal under review';
        return { id: r.id, label: points(r), note };
      }),
    },
    {
      kind: 'establish',
      legend: 'A pending penalty is established',
      empty: 'No pending penalty.',
      items: pending.map((r) => ({ id: r.id, label: points(r), note: `Issued ${formatDate(r.issuedAt)}` })),
    },
    {
      kind: 'uphold',
      legend: 'A complaint is upheld',
      empty: 'No open complaint.',
      items: openComplaints.map((c) => ({
        id: c.id,
        label: `Complaint from ${c.rightsOwner}`,
        note:
          c.seriousness === 'serious'
            ? 'Serious: one more strike'
            : `General: ${COMPLAINT_POINTS.general} points, issued today`,
      })),
    },
  ];

  return (
    <Card title="What if…">
      <p className="text-sm text-slate-700">
        Tick what might happen next and see the total, the band and the dates change. Nothing is sent; the
        scenario is kept in the page address so you can share it.
      </p>
      <div className="mt-3 grid gap-4 md:grid-cols-3">
        {groups.map((group) => (
          <fieldset key={group.kind}>
            <legend className="text-sm font-semibold text-slate-900">{group.legend}</legend>
            {group.items.length === 0 ? (
              <p className="text-sm text-slate-700">{group.empty}</p>
            ) : (
              <ul>{group.items.map((item) => option(group.kind, item.id, item.label, item.note))}</ul>
            )}
          </fieldset>
        ))}
      </div>

      <div className="mt-4 overflow-x-auto" aria-live="polite">
        <table className="text-sm" aria-describedby={`${id}-note`}>
          <caption className="sr-only">Your standing now and with the what-if applied</caption>
          <thead>
            <tr className="text-left text-xs uppercase tracking-wide text-slate-700">
              <td />
              <th scope="col" className="pr-4">
                Now
              </th>
              <th scope="col">With the what-if</th>
            </tr>
          </thead>
          <tbody>
            <Comparison label="Points" now={formatCount(before.total)} then={formatCount(after.total)} />
            <Comparison label="Band" now={band(before)} then={band(after)} />
            <Comparison
              label="Serious strikes"
              now={`${before.strikes} of 3`}
              then={`${after.strikes} of 3${after.strikes > before.strikes ? `: ${STRIKE_CONSEQUENCES[Math.min(after.strikes, 3) - 1]}` : ''}`}
            />
            <Comparison
              label="Out of this band on"
              now={dateOrNever(before.bandEndsAt, '—')}
              then={dateOrNever(after.bandEndsAt, '—')}
            />
            <Comparison
              label="All points gone on"
              now={dateOrNever(before.clearAt, '—')}
              then={dateOrNever(after.clearAt, '—')}
            />
          </tbody>
        </table>
        <p id={`${id}-note`} className="mt-2 text-xs text-slate-700">
          Dates assume no new penalty. An upheld complaint is counted as if decided today.
        </p>
      </div>
      {control.active ? (
        <button type="button" className="btn-secondary mt-3" onClick={control.clear}>
          Clear the what-if
        </button>
      ) : null}
    </Card>
  );
}
