import { useId } from 'react';
import { appealState, currentStatus, type Outlook, type Scenario } from '@/domain/penalties/standing';
import { COMPLAINT_POINTS } from '@/domain/penalties/rules';
import type { PenaltyRecord } from '@/shared/api/schemas';
import { formatCount, formatDate } from '@/shared/lib/format';
import { useSearchParam } from '@/shared/lib/use-search-param';
import { Card } from '@/shared/ui/panels';
import { strikeConsequence } from '@/shared/ui/penalty-rule-messages';
import { bandName } from './ledger-text';
import { penaltiesMessages, type PenaltiesMessages } from './messages';

/** An open complaint (awaiting an answer or contested), as the what-if offers it. */
export interface OpenComplaintChoice {
  id: string;
  rightsOwner: string;
  seriousness: 'general' | 'serious';
}

type Choice = 'appeal' | 'establish' | 'uphold';
const PARAM = 'if';

interface ChoiceGroup {
  kind: Choice;
  legend: string;
  empty: string;
  items: { id: string; label: string; note: string }[];
}

/**
 * What might still change: counting records whose appeal is open or under review, pending penalties, and open
 * complaints. Records whose window closed or whose appeal was decided cannot change, so they are not offered.
 */
export function whatIfChoices(
  records: readonly PenaltyRecord[],
  appealsUnderReview: ReadonlySet<string>,
  openComplaints: readonly OpenComplaintChoice[],
  now: Date,
  m: PenaltiesMessages,
): ChoiceGroup[] {
  const t = m.whatIf;
  const label = (r: PenaltyRecord) => t.item(r.summary, r.points);
  const appealItems = records.flatMap((r) => {
    const status = currentStatus(r, now);
    if (status !== 'established' && status !== 'appealed') return [];
    const state = appealState(r, now);
    if (state.kind === 'open')
      return [{ id: r.id, label: label(r), note: t.appealOpenUntil(formatDate(state.by)) }];
    if (appealsUnderReview.has(r.id)) return [{ id: r.id, label: label(r), note: t.appealUnderReview }];
    return [];
  });
  return [
    {
      kind: 'appeal',
      ...t.groups.appeal,
      items: appealItems,
    },
    {
      kind: 'establish',
      ...t.groups.establish,
      items: records
        .filter((r) => currentStatus(r, now) === 'pending')
        .map((r) => ({ id: r.id, label: label(r), note: t.issued(formatDate(r.issuedAt)) })),
    },
    {
      kind: 'uphold',
      ...t.groups.uphold,
      items: openComplaints.map((c) => ({
        id: c.id,
        label: t.complaintFrom(c.rightsOwner),
        note: c.seriousness === 'serious' ? t.seriousNote : t.generalNote(COMPLAINT_POINTS.general),
      })),
    },
  ];
}

/**
 * The what-if lives in the URL (`?if=appeal:pen-1,uphold:cmp-2`), so a scenario can be shared or reloaded. Only
 * what `groups` offers is read from it: a hand-edited address cannot reverse a record that can no longer change.
 */
export function useScenario(groups: readonly ChoiceGroup[], openComplaints: readonly OpenComplaintChoice[]) {
  // Ticks show at once, the address follows, and Back or a link puts the address's scenario back.
  const [value, setValue] = useSearchParam(PARAM);
  const offered = new Set(groups.flatMap((g) => g.items.map((item) => `${g.kind}:${item.id}`)));
  const picked = new Set(value.split(',').filter((t) => offered.has(t)));
  const ids = (kind: Choice) =>
    [...picked].filter((t) => t.startsWith(`${kind}:`)).map((t) => t.slice(kind.length + 1));
  const upheld = new Set(ids('uphold'));
  const scenario: Scenario = {
    appealsSucceed: ids('appeal'),
    established: ids('establish'),
    complaintsUpheld: openComplaints.filter((c) => upheld.has(c.id)),
  };
  const write = (next: ReadonlySet<string>) => setValue([...next].sort().join(','));
  return {
    scenario,
    active: picked.size > 0,
    has: (kind: Choice, id: string) => picked.has(`${kind}:${id}`),
    toggle(kind: Choice, id: string) {
      const next = new Set(picked);
      const token = `${kind}:${id}`;
      if (next.has(token)) next.delete(token);
      else next.add(token);
      write(next);
    },
    clear: () => write(new Set()),
  };
}

function dateOrNever(at: number | null, never: string): string {
  return at === null ? never : formatDate(new Date(at).toISOString());
}

function Comparison({ label, now, then }: { label: string; now: string; then: string }) {
  const t = penaltiesMessages.use().whatIf;
  const changed = now !== then;
  return (
    <tr>
      <th scope="row" className="py-1 pr-4 text-left font-medium text-slate-700">
        {label}
      </th>
      <td className="py-1 pr-4">{now}</td>
      <td className={`py-1 ${changed ? 'font-semibold text-fuchsia-900' : ''}`}>
        {then}
        {changed ? <span className="sr-only">{t.changed}</span> : null}
      </td>
    </tr>
  );
}

export function WhatIfPanel({
  groups,
  before,
  after,
  control,
}: {
  groups: readonly ChoiceGroup[];
  before: Outlook;
  after: Outlook;
  control: ReturnType<typeof useScenario>;
}) {
  const id = useId();
  const m = penaltiesMessages.use();
  const t = m.whatIf;
  const band = (o: Outlook) => bandName(o, m);

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

  return (
    <Card title={t.title}>
      <p className="text-sm text-slate-700">{t.intro}</p>
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
          <caption className="sr-only">{t.caption}</caption>
          <thead>
            <tr className="text-left text-xs uppercase tracking-wide text-slate-700">
              <td />
              <th scope="col" className="pr-4">
                {t.now}
              </th>
              <th scope="col">{t.withWhatIf}</th>
            </tr>
          </thead>
          <tbody>
            <Comparison label={t.points} now={formatCount(before.total)} then={formatCount(after.total)} />
            <Comparison label={t.band} now={band(before)} then={band(after)} />
            <Comparison
              label={t.strikes}
              now={m.strikesOf(before.strikes, 3)}
              then={`${m.strikesOf(after.strikes, 3)}${after.strikes > before.strikes ? `: ${strikeConsequence(Math.min(after.strikes, 3))}` : ''}`}
            />
            <Comparison
              label={t.outOfBand}
              now={dateOrNever(before.bandEndsAt, '—')}
              then={dateOrNever(after.bandEndsAt, '—')}
            />
            <Comparison
              label={t.allGone}
              now={dateOrNever(before.clearAt, '—')}
              then={dateOrNever(after.clearAt, '—')}
            />
          </tbody>
        </table>
        <p id={`${id}-note`} className="mt-2 text-xs text-slate-700">
          {t.note}
        </p>
      </div>
      {control.active ? (
        <button type="button" className="btn-secondary mt-3" onClick={control.clear}>
          {t.clear}
        </button>
      ) : null}
    </Card>
  );
}
