import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { buildLedger, timeline, type Ledger } from '@/domain/penalties/ledger';
import { STRIKE_CONSEQUENCES, THRESHOLDS } from '@/domain/penalties/rules';
import { DAY_MS } from '@/domain/time';
import {
  appealState,
  applyScenario,
  currentStatus,
  outlook,
  type Outlook,
} from '@/domain/penalties/standing';
import type { Appeal, PenaltyRecord } from '@/shared/api/schemas';
import { formatCount, formatDate, formatRelative, formatUtcDate } from '@/shared/lib/format';
import { useNow } from '@/shared/lib/use-now';
import { Countdown } from '@/shared/ui/countdown';
import { ClauseLink } from '@/shared/ui/clause-link';
import { PageHeader } from '@/shared/ui/page-header';
import { Card, EmptyState } from '@/shared/ui/panels';
import { APPEAL_STATUS_OPTIONS, PENALTY_STATUS_OPTIONS, StatusBadge } from '@/shared/ui/status-options';
import { Table, Td, Th } from '@/shared/ui/table';
import { CLAUSES, KIND_LABELS } from './ledger-text';
import { AdjustmentNotes, countedLabel, SourceLink } from './counted-points';
import { PointsChart } from './points-chart';
import { appealsQuery, penaltiesQuery } from './queries';
import { useScenario, WhatIfPanel, whatIfChoices, type OpenComplaintChoice } from './what-if';

const YEAR_MS = 365 * DAY_MS;

function Summary({ view, now }: { view: Outlook; now: Date }) {
  const capped = view.facePoints - view.total;
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label="Your standing">
      <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <span className="block text-sm font-medium text-slate-700">Points counted now</span>
        <span className="mt-1 block text-3xl font-semibold" data-testid="points-total">
          {formatCount(view.total)}
        </span>
        <span className="mt-1 block text-sm text-slate-700">
          {capped > 0
            ? `${formatCount(view.facePoints)} issued; the caps and grouping take off ${formatCount(capped)}.`
            : 'Every point issued counts: no cap applied.'}
        </span>
      </li>
      <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <span className="block text-sm font-medium text-slate-700">Band</span>
        <span className="mt-1 block text-xl font-semibold">
          {view.closed ? 'Account closed' : (view.band?.label ?? 'No restrictions')}
        </span>
        <span className="mt-1 block text-sm text-slate-700">
          {view.next
            ? `${formatCount(view.next.points - view.total)} more point${view.next.points - view.total === 1 ? '' : 's'} to “${view.next.label}”.`
            : 'The last threshold is reached.'}
        </span>
      </li>
      <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <span className="block text-sm font-medium text-slate-700">Serious IP strikes</span>
        <span className="mt-1 block text-3xl font-semibold">{view.strikes} of 3</span>
        <span className="mt-1 block text-sm text-slate-700">
          {view.strikes < 3
            ? `The next one: ${STRIKE_CONSEQUENCES[view.strikes]?.toLowerCase()}.`
            : 'The account is closed.'}
        </span>
      </li>
      <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <span className="block text-sm font-medium text-slate-700">Next points to fall off</span>
        {view.nextExpiry ? (
          <>
            <span className="mt-1 block text-xl font-semibold">
              {formatCount(view.nextExpiry.points)} on{' '}
              {formatDate(new Date(view.nextExpiry.at).toISOString())}
            </span>
            <span className="mt-1 block text-sm text-slate-700">
              {view.band && view.bandEndsAt
                ? `Below “${view.band.label}” from ${formatDate(new Date(view.bandEndsAt).toISOString())}.`
                : `In ${formatRelative(new Date(view.nextExpiry.at).toISOString(), now).replace(/^in /, '')}.`}
            </span>
          </>
        ) : (
          <span className="mt-1 block text-xl font-semibold">Nothing counting</span>
        )}
      </li>
    </ul>
  );
}

function CountingRules({ view, ledger, now }: { view: Outlook; ledger: Ledger; now: Date }) {
  // Only records on record today: an expired cap no longer shapes the total.
  const nowMs = now.getTime();
  const applied = (rule: string) =>
    ledger.entries.filter(
      (e) => e.effective && e.expiresAt > nowMs && e.adjustments.some((a) => a.rule === rule),
    ).length;
  const rules = [
    {
      text: 'No single day adds more than 12 points, unless a 48-point penalty is issued that day.',
      rule: 'daily-cap',
      clause: CLAUSES.dailyCap,
    },
    {
      text: 'General IP infringements issued on one day add up to at most 6 points.',
      rule: 'general-ip-daily-cap',
      clause: CLAUSES.dailyCap,
    },
    {
      text: 'Serious IP infringements within 3 days of the first one count as a single strike.',
      rule: 'serious-grouping',
      clause: CLAUSES.grouping,
    },
  ];
  return (
    <Card title="How your total is counted">
      <ul className="space-y-2 text-sm">
        {rules.map((r) => {
          const n = applied(r.rule);
          return (
            <li key={r.rule}>
              {r.text}{' '}
              <span className={n > 0 ? 'font-semibold text-fuchsia-900' : 'text-slate-700'}>
                {n > 0 ? `Applied to ${n} of your records.` : 'Not applied to you.'}
              </span>{' '}
              <ClauseLink refTo={r.clause} short />
            </li>
          );
        })}
        <li>
          Points count for 365 days from the penalty, then fall off. Days are marketplace days in UTC.{' '}
          <ClauseLink refTo={CLAUSES.expiry} short />
        </li>
        <li>
          Three serious strikes close the account: {STRIKE_CONSEQUENCES.join('; ').toLowerCase()}.{' '}
          <ClauseLink refTo={CLAUSES.grouping} short />
        </li>
      </ul>
      <table className="mt-4 w-full text-left text-sm">
        <caption className="mb-1 text-left font-semibold text-slate-900">Thresholds</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="py-1 pr-4">
              Points
            </th>
            <th scope="col" className="py-1 pr-4">
              What happens
            </th>
            <th scope="col" className="py-1">
              You
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {THRESHOLDS.map((t) => {
            const here = view.band?.points === t.points;
            return (
              <tr key={t.points} className={here ? 'bg-amber-50' : ''}>
                <td className="py-1 pr-4 font-semibold">{t.points}</td>
                <td className="py-1 pr-4">{t.consequence}</td>
                <td className="py-1">
                  {here ? (
                    <strong>You are here</strong>
                  ) : view.total >= t.points ? (
                    'Passed'
                  ) : (
                    `${formatCount(t.points - view.total)} away`
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}

function PointsCell({
  record,
  ledger,
  records,
}: {
  record: PenaltyRecord;
  ledger: Ledger;
  records: ReadonlyMap<string, PenaltyRecord>;
}) {
  const entry = ledger.byId.get(record.id);
  return (
    <>
      <span className="font-semibold">{countedLabel(record, entry)}</span>
      <AdjustmentNotes entry={entry} records={records} className="mt-1 text-xs" />
    </>
  );
}

function ExpiryCell({ record, now }: { record: PenaltyRecord; now: Date }) {
  const status = currentStatus(record, now);
  if (status === 'reversed') return <span className="text-slate-700">Never counts</span>;
  if (status === 'pending')
    return (
      <span className="text-slate-700">
        Would count until {formatDate(record.expiresAt)} once established
      </span>
    );
  if (status === 'expired')
    return <span className="text-slate-700">Expired {formatDate(record.expiresAt)}</span>;
  return <Countdown to={record.expiresAt} label="to expiry" closed="Expired" />;
}

function AppealCell({
  record,
  appeal,
  now,
}: {
  record: PenaltyRecord;
  appeal: Appeal | undefined;
  now: Date;
}) {
  const state = appealState(record, now);
  const href = `/strikes/${encodeURIComponent(record.id)}`;
  switch (state.kind) {
    case 'open':
      return (
        <>
          <Link className="link" to={`${href}#appeal`}>
            Appeal<span className="sr-only"> this penalty</span>
          </Link>
          <span className="block text-xs">
            <Countdown to={state.by} />
          </span>
        </>
      );
    case 'submitted':
      return (
        <Link className="link" to={href}>
          {APPEAL_STATUS_OPTIONS.find((o) => o.value === appeal?.status)?.label ?? 'See the appeal'}
        </Link>
      );
    case 'closed':
      return <span className="text-slate-700">Window closed {formatDate(state.by)}</span>;
    case 'not-appealable':
      return <span className="text-slate-700">—</span>;
  }
}

export function StrikesPage({ openComplaints }: { openComplaints: readonly OpenComplaintChoice[] }) {
  const { data: records } = useSuspenseQuery(penaltiesQuery());
  const { data: appeals } = useSuspenseQuery(appealsQuery());
  const now = useNow();
  const appealOf = new Map(appeals.map((a) => [a.penaltyId, a]));
  const underReview = new Set(appeals.filter((a) => a.status === 'submitted').map((a) => a.penaltyId));
  const groups = whatIfChoices(records, underReview, openComplaints, now);
  const control = useScenario(groups, openComplaints);
  // A shop has tens of records at most: counting them again on each render costs nothing worth caching.
  const ledger = buildLedger(records);
  const view = outlook(records, now);
  const changed = applyScenario(records, control.scenario, now);
  const after = outlook(changed, now);
  const from = now.getTime() - YEAR_MS;
  const to = now.getTime() + YEAR_MS;
  const byId = new Map(records.map((r) => [r.id, r]));
  const sorted = [...records].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));

  return (
    <>
      <PageHeader
        title="Strikes and points"
        description="Every penalty on your shop: what it was for, the clause, the points it counts for after the caps, and when they fall off."
      />
      <div className="space-y-6">
        <Summary view={view} now={now} />
        <Card title="Your points over two years">
          <PointsChart
            line={timeline(ledger, from, to)}
            scenario={control.active ? timeline(buildLedger(changed), now.getTime(), to) : null}
            now={now.getTime()}
            from={from}
            to={to}
          />
        </Card>
        <div className="grid gap-6 xl:grid-cols-2">
          <CountingRules view={view} ledger={ledger} now={now} />
          <WhatIfPanel groups={groups} before={view} after={after} control={control} />
        </div>
        <section aria-labelledby="ledger-heading">
          <h2 id="ledger-heading" className="mb-3 text-lg font-semibold text-slate-900">
            Penalty records
          </h2>
          {records.length === 0 ? (
            <EmptyState title="No penalty records">
              Your shop has never had a penalty. Keep it that way with the checker before you publish.
            </EmptyState>
          ) : (
            <Table
              caption="Penalty records, newest first"
              head={
                <>
                  <Th>Issued (UTC day)</Th>
                  <Th>What for</Th>
                  <Th>Rule and clause</Th>
                  <Th>Points</Th>
                  <Th>Status</Th>
                  <Th>Expiry</Th>
                  <Th>Appeal</Th>
                </>
              }
            >
              {sorted.map((record) => (
                <tr key={record.id} id={record.id}>
                  <Td className="whitespace-nowrap">{formatUtcDate(record.issuedAt)}</Td>
                  <Td className="max-w-sm break-words">
                    <Link className="link" to={`/strikes/${encodeURIComponent(record.id)}`}>
                      {record.summary}
                    </Link>
                    <span className="block text-xs text-slate-700">
                      {KIND_LABELS[record.kind]} · <SourceLink source={record.source} />
                    </span>
                  </Td>
                  <Td>
                    <ClauseLink refTo={record.policy} />
                    <span className="block text-xs text-slate-700">{record.ruleId}</span>
                  </Td>
                  <Td className="min-w-40 max-w-xs">
                    <PointsCell record={record} ledger={ledger} records={byId} />
                  </Td>
                  <Td>
                    <StatusBadge options={PENALTY_STATUS_OPTIONS} value={currentStatus(record, now)} />
                  </Td>
                  <Td className="min-w-36">
                    <ExpiryCell record={record} now={now} />
                  </Td>
                  <Td className="min-w-32">
                    <AppealCell record={record} appeal={appealOf.get(record.id)} now={now} />
                  </Td>
                </tr>
              ))}
            </Table>
          )}
        </section>
      </div>
    </>
  );
}
