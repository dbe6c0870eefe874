import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { AuditEntry } from '@/shared/api/schemas';
import { downloadText, toCsv } from '@/shared/lib/csv';
import { formatDateTime, labelFor } from '@/shared/lib/format';
import { ClauseLink } from '@/shared/ui/clause-link';
import { FilterSelect } from '@/shared/ui/filter-select';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState } from '@/shared/ui/panels';
import { Table, Td, Th } from '@/shared/ui/table';
import { auditMessages } from './messages';
import { AUDIT_FILTER_KEYS, auditEventsQuery, auditFiltersFromSearch } from './queries';

const ACTIONS = ['decision', 'appeal', 'complaint', 'rule'] as const;
const SUBJECTS = ['listing', 'buyer_report', 'complaint', 'document', 'penalty', 'rule'] as const;

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

/**
 * The entries as CSV: every cell goes through the shared helper, so nothing runs as a formula. The column names
 * and the cells stay in English codes whatever the interface language, so files from any reader compare alike.
 */
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
  const m = auditMessages.use();
  const link = subjectLink(event);
  return (
    <tr>
      <Td className="whitespace-nowrap">
        <time dateTime={event.at}>{formatDateTime(event.at)}</time>
      </Td>
      <Td>
        {event.actor.name}
        <span className="block text-xs text-slate-700">{m.actors[event.actor.kind]}</span>
      </Td>
      <Td>
        <code>{event.action}</code>
      </Td>
      <Td>
        <span className="block text-xs text-slate-700">{labelFor(m.subjects, event.subject.type)}</span>
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
            <summary className="cursor-pointer text-sm font-medium text-sky-900">{m.snapshot}</summary>
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
  const m = auditMessages.use();
  const [search] = useSearchParams();
  const filters = auditFiltersFromSearch(search);
  const { data: events } = useSuspenseQuery(auditEventsQuery(filters));
  const navigate = useNavigate();
  const [exported, setExported] = useState<{ key: string; count: number } | null>(null);
  const filtered = AUDIT_FILTER_KEYS.some((key) => filters[key] !== undefined);
  const formKey = AUDIT_FILTER_KEYS.map((key) => filters[key] ?? '').join('|');

  return (
    <>
      <PageHeader
        title={m.title}
        description={m.description}
        actions={
          <button
            type="button"
            className="btn-secondary"
            disabled={events.length === 0}
            onClick={() => {
              const day = new Date().toISOString().slice(0, 10);
              downloadText(`audit-log-${day}.csv`, auditCsv(events));
              setExported({ key: formKey, count: events.length });
            }}
          >
            {m.exportCsv}
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
        aria-label={m.filters.label}
        className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
      >
        <label className="flex flex-col text-sm font-medium text-slate-800">
          {m.filters.search}
          <input
            name="q"
            type="search"
            defaultValue={filters.q ?? ''}
            maxLength={200}
            className="field mt-1"
          />
        </label>
        <FilterSelect
          name="action"
          label={m.filters.action}
          value={filters.action}
          options={ACTIONS.map((value) => ({ value, label: m.actions[value] }))}
        />
        <label className="flex flex-col text-sm font-medium text-slate-800">
          {m.filters.who}
          <input
            name="actor"
            type="text"
            defaultValue={filters.actor ?? ''}
            maxLength={64}
            className="field mt-1"
            aria-describedby="actor-help"
          />
          <span id="actor-help" className="mt-1 text-xs font-normal text-slate-700">
            {m.filters.whoHelp}
          </span>
        </label>
        <FilterSelect
          name="subjectType"
          label={m.filters.subject}
          value={filters.subjectType}
          options={SUBJECTS.map((value) => ({ value, label: m.subjects[value] }))}
        />
        <label className="flex flex-col text-sm font-medium text-slate-800">
          {m.filters.from}
          <input name="from" type="date" defaultValue={filters.from ?? ''} className="field mt-1" />
        </label>
        <label className="flex flex-col text-sm font-medium text-slate-800">
          {m.filters.to}
          <input name="to" type="date" defaultValue={filters.to ?? ''} className="field mt-1" />
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="btn-primary">
            {m.filters.apply}
          </button>
          {filtered ? (
            <Link className="btn-secondary" to="/audit">
              {m.filters.clear}
            </Link>
          ) : null}
        </div>
      </form>
      <p role="status" className="mb-3 text-sm text-slate-700">
        {events.length === 0 ? m.noneMatch : m.count(events.length, filtered)}{' '}
        {exported?.key === formKey ? m.exported(exported.count) : ''}
      </p>
      {events.length === 0 ? (
        <EmptyState title={m.empty.title}>
          <Link className="link" to="/audit">
            {m.empty.clear}
          </Link>
          {m.empty.rest}
        </EmptyState>
      ) : (
        <Table
          caption={m.table.caption}
          head={
            <>
              <Th>{m.table.when}</Th>
              <Th>{m.table.who}</Th>
              <Th>{m.table.action}</Th>
              <Th>{m.table.subject}</Th>
              <Th>{m.table.rule}</Th>
              <Th>{m.table.what}</Th>
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
