import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { AuditEntry } from '@/shared/api/schemas';
import { downloadText, toCsv } from '@/shared/lib/csv';
import { formatDateTime, humanise } from '@/shared/lib/format';
import { ClauseLink } from '@/shared/ui/clause-link';
import { FilterSelect } from '@/shared/ui/filter-select';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState } from '@/shared/ui/panels';
import { Table, Td, Th } from '@/shared/ui/table';
import { AUDIT_FILTER_KEYS, auditEventsQuery, auditFiltersFromSearch } from './queries';

const ACTIONS = [
  { value: 'decision', label: 'Decisions on review items' },
  { value: 'appeal', label: 'Appeals' },
  { value: 'complaint', label: 'Complaints' },
  { value: 'rule', label: 'Checker rule changes' },
];

const SUBJECTS = ['listing', 'buyer_report', 'complaint', 'document', 'penalty', 'rule'].map((value) => ({
  value,
  label: humanise(value),
}));

export const AUDIT_CSV_HEADER = [
  'id',
  'at',
  'actor',
  'actor_id',
  'action',
  'subject_type',
  'subject_id',
  'rules',
  'policy',
  'clause',
  'summary',
  'snapshot',
] as const;

/** The entries as CSV: every cell goes through the shared helper, so nothing runs as a formula. */
export function auditCsv(events: readonly AuditEntry[]): string {
  return toCsv(
    AUDIT_CSV_HEADER,
    events.map((e) => [
      e.id,
      e.at,
      e.actor.name,
      e.actor.id,
      e.action,
      e.subject.type,
      e.subject.id,
      e.ruleIds.join(' '),
      e.policy?.policy ?? '',
      e.policy?.clause ?? '',
      e.summary,
      e.snapshot ?? '',
    ]),
  );
}

function subjectLink(event: AuditEntry) {
  const id = event.subject.id;
  switch (event.subject.type) {
    case 'complaint':
      return `/complaints/${encodeURIComponent(id)}`;
    case 'rule':
      return `/rules#${encodeURIComponent(id)}`;
    default:
      return null;
  }
}

function AuditRow({ event }: { event: AuditEntry }) {
  const link = subjectLink(event);
  return (
    <tr>
      <Td className="whitespace-nowrap">
        <time dateTime={event.at}>{formatDateTime(event.at)}</time>
      </Td>
      <Td>
        {event.actor.name}
        <span className="block text-xs text-slate-700">{humanise(event.actor.kind)}</span>
      </Td>
      <Td>
        <code>{event.action}</code>
      </Td>
      <Td>
        <span className="block text-xs text-slate-700">{humanise(event.subject.type)}</span>
        {link ? (
          <Link className="link" to={link}>
            <code>{event.subject.id}</code>
          </Link>
        ) : (
          <code>{event.subject.id}</code>
        )}
      </Td>
      <Td>
        {/* Spaced apart so each link is an easy target. */}
        <ul className="flex flex-col gap-2">
          {event.ruleIds.map((id) => (
            <li key={id}>
              <Link className="link" to={`/rules#${encodeURIComponent(id)}`}>
                <code>{id}</code>
              </Link>
            </li>
          ))}
          {event.policy ? (
            <li>
              <ClauseLink refTo={event.policy} />
            </li>
          ) : null}
        </ul>
      </Td>
      <Td className="max-w-md">
        <p className="break-words">{event.summary}</p>
        {event.snapshot !== null ? (
          <details className="mt-1">
            <summary className="cursor-pointer text-sm font-medium text-sky-900">
              Text decided on, as it was then
            </summary>
            <pre className="mt-1 max-h-72 overflow-auto whitespace-pre-wrap break-words rounded border border-slate-200 bg-slate-50 p-2 font-sans text-sm">
              {event.snapshot}
            </pre>
          </details>
        ) : null}
      </Td>
    </tr>
  );
}

/** The audit log: every decision and change of status, filtered in the URL, exportable, never editable. */
export function AuditPage() {
  const [search] = useSearchParams();
  const filters = auditFiltersFromSearch(search);
  const { data: events } = useSuspenseQuery(auditEventsQuery(filters));
  const navigate = useNavigate();
  const [exported, setExported] = useState({ key: '', text: '' });
  const filtered = AUDIT_FILTER_KEYS.some((key) => filters[key] !== undefined);
  const formKey = AUDIT_FILTER_KEYS.map((key) => filters[key] ?? '').join('|');

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every decision and change of status: who, when, what, the rule and clause relied on, and the text decided on as it was then. Entries are only ever added: nobody can edit or delete them."
        actions={
          <button
            type="button"
            className="btn-secondary"
            disabled={events.length === 0}
            onClick={() => {
              const day = new Date().toISOString().slice(0, 10);
              downloadText(`audit-log-${day}.csv`, auditCsv(events));
              setExported({
                key: formKey,
                text: `Exported ${events.length} entr${events.length === 1 ? 'y' : 'ies'} as CSV.`,
              });
            }}
          >
            Export CSV
          </button>
        }
      />
      <form
        key={formKey}
        method="get"
        action="/audit"
        onSubmit={(event) => {
          // Only the filters in use go in the address.
          event.preventDefault();
          const params = new URLSearchParams();
          for (const [name, value] of new FormData(event.currentTarget)) {
            if (typeof value === 'string' && value.trim()) params.set(name, value.trim());
          }
          void navigate(params.size > 0 ? `/audit?${params.toString()}` : '/audit');
        }}
        role="search"
        aria-label="Filter the audit log"
        className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
      >
        <label className="flex flex-col text-sm font-medium text-slate-800">
          Search the log
          <input
            name="q"
            type="search"
            defaultValue={filters.q ?? ''}
            maxLength={200}
            className="field mt-1"
          />
        </label>
        <FilterSelect name="action" label="Action" value={filters.action} options={ACTIONS} />
        <label className="flex flex-col text-sm font-medium text-slate-800">
          Who
          <input
            name="actor"
            type="text"
            defaultValue={filters.actor ?? ''}
            maxLength={64}
            className="field mt-1"
            aria-describedby="actor-help"
          />
          <span id="actor-help" className="mt-1 text-xs font-normal text-slate-700">
            A name, or part of one, or an account id.
          </span>
        </label>
        <FilterSelect name="subjectType" label="Subject" value={filters.subjectType} options={SUBJECTS} />
        <label className="flex flex-col text-sm font-medium text-slate-800">
          From (UTC day)
          <input name="from" type="date" defaultValue={filters.from ?? ''} className="field mt-1" />
        </label>
        <label className="flex flex-col text-sm font-medium text-slate-800">
          To (UTC day, included)
          <input name="to" type="date" defaultValue={filters.to ?? ''} className="field mt-1" />
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="btn-primary">
            Apply filters
          </button>
          {filtered ? (
            <Link className="btn-secondary" to="/audit">
              Clear filters
            </Link>
          ) : null}
        </div>
      </form>
      <p role="status" className="mb-3 text-sm text-slate-700">
        {events.length === 0
          ? 'No entries match.'
          : `${events.length} entr${events.length === 1 ? 'y' : 'ies'}${filtered ? ' match the filters' : ''}, newest first.`}{' '}
        {exported.key === formKey ? exported.text : ''}
      </p>
      {events.length === 0 ? (
        <EmptyState title="No entries match these filters">
          <Link className="link" to="/audit">
            Clear the filters
          </Link>{' '}
          to see the whole log.
        </EmptyState>
      ) : (
        <Table
          caption="Audit log entries, newest first"
          head={
            <>
              <Th>When (your time)</Th>
              <Th>Who</Th>
              <Th>Action</Th>
              <Th>Subject</Th>
              <Th>Rule and clause</Th>
              <Th>What was decided</Th>
            </>
          }
        >
          {events.map((event) => (
            <AuditRow key={event.id} event={event} />
          ))}
        </Table>
      )}
    </>
  );
}
