import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { buildLedger, timeline, type Ledger } from '@/domain/penalties/ledger';
import { THRESHOLDS } from '@/domain/penalties/rules';
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
import {
  APPEAL_STATUS_OPTIONS,
  PENALTY_STATUS_OPTIONS,
  StatusBadge,
  statusLabel,
} from '@/shared/ui/status-options';

/** An appeal's status in the interface language, or nothing when the status is unknown. */
function appealOption(status: string | undefined): string | undefined {
  const option = APPEAL_STATUS_OPTIONS.find((o) => o.value === status);
  return option ? statusLabel(option) : undefined;
}
import { Table, Td, Th } from '@/shared/ui/table';
import { strikeConsequence, strikeConsequences, thresholdText } from '@/shared/ui/penalty-rule-messages';
import { bandName, CLAUSES } from './ledger-text';
import { AdjustmentNotes, countedLabel, SourceLink } from './counted-points';
import { penaltiesMessages } from './messages';
import { PointsChart } from './points-chart';
import { appealsQuery, penaltiesQuery } from './queries';
import { useScenario, WhatIfPanel, whatIfChoices, type OpenComplaintChoice } from './what-if';

const YEAR_MS = 365 * DAY_MS;

function Summary({ view, now }: { view: Outlook; now: Date }) {
  const m = penaltiesMessages.use();
  const t = m.summary;
  const capped = view.facePoints - view.total;
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t.label}>
      <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <span className="block text-sm font-medium text-slate-700">{t.pointsNow}</span>
        <span className="mt-1 block text-3xl font-semibold" data-testid="points-total">
          {formatCount(view.total)}
        </span>
        <span className="mt-1 block text-sm text-slate-700">
          {capped > 0 ? t.capped(view.facePoints, capped) : t.uncapped}
        </span>
      </li>
      <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <span className="block text-sm font-medium text-slate-700">{t.band}</span>
        <span className="mt-1 block text-xl font-semibold">{bandName(view, m)}</span>
        <span className="mt-1 block text-sm text-slate-700">
          {view.next
            ? t.toNext(view.next.points - view.total, thresholdText(view.next).label)
            : t.lastThreshold}
        </span>
      </li>
      <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <span className="block text-sm font-medium text-slate-700">{t.strikes}</span>
        <span className="mt-1 block text-3xl font-semibold">{m.strikesOf(view.strikes, 3)}</span>
        <span className="mt-1 block text-sm text-slate-700">
          {view.strikes < 3 ? t.nextStrike(strikeConsequence(view.strikes + 1) ?? '') : t.closed}
        </span>
      </li>
      <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <span className="block text-sm font-medium text-slate-700">{t.nextExpiry}</span>
        {view.nextExpiry ? (
          <>
            <span className="mt-1 block text-xl font-semibold">
              {t.expiryOn(view.nextExpiry.points, formatDate(new Date(view.nextExpiry.at).toISOString()))}
            </span>
            <span className="mt-1 block text-sm text-slate-700">
              {view.band && view.bandEndsAt
                ? t.belowBandFrom(
                    thresholdText(view.band).label,
                    formatDate(new Date(view.bandEndsAt).toISOString()),
                  )
                : t.inTime(formatRelative(new Date(view.nextExpiry.at).toISOString(), now))}
            </span>
          </>
        ) : (
          <span className="mt-1 block text-xl font-semibold">{t.nothingCounting}</span>
        )}
      </li>
    </ul>
  );
}

function CountingRules({ view, ledger, now }: { view: Outlook; ledger: Ledger; now: Date }) {
  const m = penaltiesMessages.use();
  const t = m.rules;
  // Only records on record today: an expired cap no longer shapes the total.
  const nowMs = now.getTime();
  const applied = (rule: string) =>
    ledger.entries.filter(
      (e) => e.effective && e.expiresAt > nowMs && e.adjustments.some((a) => a.rule === rule),
    ).length;
  const rules = [
    {
      text: t.dailyCap,
      rule: 'daily-cap',
      clause: CLAUSES.dailyCap,
    },
    {
      text: t.generalIpCap,
      rule: 'general-ip-daily-cap',
      clause: CLAUSES.dailyCap,
    },
    {
      text: t.grouping,
      rule: 'serious-grouping',
      clause: CLAUSES.grouping,
    },
  ];
  return (
    <Card title={t.title}>
      <ul className="space-y-2 text-sm">
        {rules.map((r) => {
          const n = applied(r.rule);
          return (
            <li key={r.rule}>
              {r.text}{' '}
              <span className={n > 0 ? 'font-semibold text-fuchsia-900' : 'text-slate-700'}>
                {n > 0 ? t.appliedTo(n) : t.notApplied}
              </span>{' '}
              <ClauseLink refTo={r.clause} short />
            </li>
          );
        })}
        <li>
          {t.expiry} <ClauseLink refTo={CLAUSES.expiry} short />
        </li>
        <li>
          {t.strikes(strikeConsequences())} <ClauseLink refTo={CLAUSES.grouping} short />
        </li>
      </ul>
      <table className="mt-4 w-full text-left text-sm">
        <caption className="mb-1 text-left font-semibold text-slate-900">{t.thresholds}</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="py-1 pr-4">
              {t.points}
            </th>
            <th scope="col" className="py-1 pr-4">
              {t.whatHappens}
            </th>
            <th scope="col" className="py-1">
              {t.you}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {THRESHOLDS.map((threshold) => {
            const here = view.band?.points === threshold.points;
            return (
              <tr key={threshold.points} className={here ? 'bg-amber-50' : ''}>
                <td className="py-1 pr-4 font-semibold">{threshold.points}</td>
                <td className="py-1 pr-4">{thresholdText(threshold).consequence}</td>
                <td className="py-1">
                  {here ? (
                    <strong>{t.youAreHere}</strong>
                  ) : view.total >= threshold.points ? (
                    t.passed
                  ) : (
                    t.away(threshold.points - view.total)
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
  const m = penaltiesMessages.use();
  const entry = ledger.byId.get(record.id);
  return (
    <>
      <span className="font-semibold">{countedLabel(record, entry, m)}</span>
      <AdjustmentNotes entry={entry} records={records} className="mt-1 text-xs" />
    </>
  );
}

function ExpiryCell({ record, now }: { record: PenaltyRecord; now: Date }) {
  const t = penaltiesMessages.use().expiry;
  const status = currentStatus(record, now);
  if (status === 'reversed') return <span className="text-slate-700">{t.never}</span>;
  if (status === 'pending')
    return <span className="text-slate-700">{t.wouldCount(formatDate(record.expiresAt))}</span>;
  if (status === 'expired')
    return <span className="text-slate-700">{t.expired(formatDate(record.expiresAt))}</span>;
  return <Countdown to={record.expiresAt} label={t.toExpiry} closed={t.expiredWord} />;
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
  const t = penaltiesMessages.use().appealCell;
  const state = appealState(record, now);
  const href = `/strikes/${encodeURIComponent(record.id)}`;
  switch (state.kind) {
    case 'open':
      return (
        <>
          <Link className="link" to={`${href}#appeal`}>
            {t.appeal}
            <span className="sr-only">{t.thisPenalty}</span>
          </Link>
          <span className="block text-xs">
            <Countdown to={state.by} />
          </span>
        </>
      );
    case 'submitted':
      return (
        <Link className="link" to={href}>
          {appealOption(appeal?.status) ?? t.seeAppeal}
        </Link>
      );
    case 'closed':
      return <span className="text-slate-700">{t.windowClosed(formatDate(state.by))}</span>;
    case 'not-appealable':
      return <span className="text-slate-700">—</span>;
  }
}

export function StrikesPage({ openComplaints }: { openComplaints: readonly OpenComplaintChoice[] }) {
  const m = penaltiesMessages.use();
  const t = m.page;
  const { data: records } = useSuspenseQuery(penaltiesQuery());
  const { data: appeals } = useSuspenseQuery(appealsQuery());
  const now = useNow();
  const appealOf = new Map(appeals.map((a) => [a.penaltyId, a]));
  const underReview = new Set(appeals.filter((a) => a.status === 'submitted').map((a) => a.penaltyId));
  const groups = whatIfChoices(records, underReview, openComplaints, now, m);
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
      <PageHeader title={t.title} description={t.description} />
      <div className="space-y-6">
        <Summary view={view} now={now} />
        <Card title={t.chart}>
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
            {t.ledgerHeading}
          </h2>
          {records.length === 0 ? (
            <EmptyState title={t.emptyTitle}>{t.emptyBody}</EmptyState>
          ) : (
            <Table
              caption={t.tableCaption}
              head={
                <>
                  <Th>{t.columns.issued}</Th>
                  <Th>{t.columns.whatFor}</Th>
                  <Th>{t.columns.rule}</Th>
                  <Th>{t.columns.points}</Th>
                  <Th>{t.columns.status}</Th>
                  <Th>{t.columns.expiry}</Th>
                  <Th>{t.columns.appeal}</Th>
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
                      {m.kinds[record.kind]} · <SourceLink source={record.source} />
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
