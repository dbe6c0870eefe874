import { useSuspenseQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Form, Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { LISTING_CATEGORIES, type BulkDecisionResult, type ReviewQueueEntry } from '@/shared/api/schemas';
import { formatRelative, labelFor } from '@/shared/lib/format';
import { useShortcuts } from '@/shared/lib/use-shortcuts';
import { FilterSelect } from '@/shared/ui/filter-select';
import { FindingConfidence, ProductTypeLine } from '@/shared/ui/finding-list';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState, ErrorPanel, Notice } from '@/shared/ui/panels';
import { ShortcutsDialog } from '@/shared/ui/shortcuts-dialog';
import { Th } from '@/shared/ui/table';
import { reviewMessages } from './messages';
import { queueFiltersFrom, reviewItemsQuery, useBulkDecide, type QueueFilters } from './queries';
import { uiMessages } from '@/shared/ui/messages';

const KINDS = ['listing', 'buyer_report', 'complaint', 'document'] as const;
const AGES = ['1d', '3d', '7d'] as const;
const BULK_ACTIONS = ['approve', 'request_changes', 'remove_listing'] as const;

/** The queue's shortcuts, in the interface language. */
export function queueShortcuts() {
  const m = reviewMessages.get().queueShortcuts;
  return [
    { keys: 'j / k', does: m.move },
    { keys: m.openKeys, does: m.open },
    { keys: 'x', does: m.select },
    { keys: '?', does: m.help },
  ];
}

function riskTone(risk: number): string {
  return risk >= 70
    ? 'bg-red-100 text-red-900'
    : risk >= 40
      ? 'bg-amber-100 text-amber-950'
      : 'bg-slate-100 text-slate-900';
}

function Filters({ filters }: { filters: QueueFilters }) {
  const m = reviewMessages.use();
  const active = Object.keys(filters).length > 0;
  return (
    <Form
      key={JSON.stringify(filters)}
      method="get"
      role="search"
      aria-label={m.filters.label}
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      <FilterSelect
        name="kind"
        label={m.filters.type}
        value={filters.kind}
        options={KINDS.map((value) => ({ value, label: m.kindOptions[value] }))}
      />
      <FilterSelect
        name="category"
        label={m.filters.category}
        value={filters.category}
        options={LISTING_CATEGORIES.map((value) => ({
          value,
          label: uiMessages.get().listingCategories[value],
        }))}
      />
      <label className="flex flex-col text-sm font-medium text-slate-800">
        {m.filters.rule}
        <input
          name="rule"
          defaultValue={filters.rule ?? ''}
          placeholder={m.filters.rulePlaceholder}
          className="field mt-1 w-56"
          maxLength={100}
        />
      </label>
      <FilterSelect
        name="age"
        label={m.filters.age}
        value={filters.age}
        options={AGES.map((value) => ({ value, label: m.ageOptions[value] }))}
      />
      <button type="submit" className="btn-primary">
        {m.filters.apply}
      </button>
      {active ? (
        <Link className="btn-secondary" to="/review">
          {m.filters.clear}
        </Link>
      ) : null}
    </Form>
  );
}

function BulkBar({
  selected,
  onDone,
}: {
  selected: readonly string[];
  onDone: (result: BulkDecisionResult) => void;
}) {
  const m = reviewMessages.use();
  const bulk = useBulkDecide();
  const [action, setAction] = useState<(typeof BULK_ACTIONS)[number]>('request_changes');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 5) {
      setError(m.bulk.reasonTooShort);
      return;
    }
    setError(null);
    bulk.mutate({ ids: [...selected], action, reason }, { onSuccess: onDone });
  }

  return (
    <form
      onSubmit={submit}
      aria-label={m.bulk.label}
      className="sticky bottom-0 z-10 mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-sky-300 bg-sky-50 p-3"
    >
      <p className="w-full text-sm font-semibold">{m.bulk.selected(selected.length)}</p>
      <label className="flex flex-col text-sm font-medium text-slate-800">
        {m.bulk.decision}
        <select
          className="field mt-1"
          value={action}
          onChange={(e) => setAction(e.target.value as typeof action)}
        >
          {BULK_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {m.bulkActions[a]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-64 flex-1 flex-col text-sm font-medium text-slate-800">
        {m.bulk.reason}
        <input
          className="field mt-1"
          value={reason}
          maxLength={2_000}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'bulk-error' : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <button type="submit" className="btn-primary" disabled={bulk.isPending}>
        {bulk.isPending ? m.bulk.deciding : m.bulk.decide(selected.length)}
      </button>
      {error ? (
        <p id="bulk-error" role="alert" className="w-full text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      {bulk.isError ? (
        <div className="w-full">
          <ErrorPanel title={m.bulk.notRecorded} error={bulk.error} />
        </div>
      ) : null}
    </form>
  );
}

export function ReviewQueuePage() {
  const m = reviewMessages.use();
  const [params] = useSearchParams();
  const filters = queueFiltersFrom(params);
  const { data: items } = useSuspenseQuery(reviewItemsQuery(filters));
  const navigate = useNavigate();
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [help, setHelp] = useState(false);
  const [outcome, setOutcome] = useState<BulkDecisionResult | null>(null);
  const location = useLocation();
  const recorded = (location.state as { recorded?: string } | null)?.recorded ?? null;
  const rows = useRef(new Map<string, HTMLTableRowElement>());
  const current = Math.min(active, Math.max(0, items.length - 1));
  const visibleSelected = items.filter((i) => selected.has(i.id)).map((i) => i.id);

  const focusRow = (index: number) => {
    const item = items[index];
    if (!item) return;
    setActive(index);
    rows.current.get(item.id)?.focus();
  };
  const onRow = () => [...rows.current.values()].some((row) => row === document.activeElement);
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const open = (item: ReviewQueueEntry | undefined) => {
    if (item) void navigate(`/review/${encodeURIComponent(item.id)}${params.size ? `?${params}` : ''}`);
  };

  useShortcuts({
    // The first j or k lands on the current row; then they move.
    j: () => focusRow(onRow() ? Math.min(current + 1, items.length - 1) : current),
    k: () => focusRow(onRow() ? Math.max(current - 1, 0) : current),
    o: () => open(items[current]),
    x: () => {
      const item = items[current];
      if (item) toggle(item.id);
    },
    '?': () => setHelp(true),
  });

  return (
    <>
      <PageHeader
        title={m.queue.title}
        description={m.queue.description(items.length)}
        actions={
          <button type="button" className="btn-secondary" onClick={() => setHelp(true)}>
            {m.queue.shortcuts} <kbd className="font-mono">?</kbd>
          </button>
        }
      />
      <Filters filters={filters} />
      <p className="sr-only" role="status">
        {visibleSelected.length > 0 ? m.queue.selected(visibleSelected.length) : ''}
      </p>
      <div className="mb-4 empty:hidden" role="status">
        {recorded && !outcome ? <Notice>{recorded}</Notice> : null}
        {outcome ? (
          <Notice tone={outcome.results.every((r) => r.ok) ? 'info' : 'warn'}>
            {m.queue.decided(outcome.results.filter((r) => r.ok).length)}
            {outcome.results.some((r) => !r.ok) ? (
              <ul className="mt-1 list-inside list-disc text-sm">
                {outcome.results
                  .filter((r) => !r.ok)
                  .map((r) => (
                    <li key={r.id}>
                      {r.id}: {r.message}
                    </li>
                  ))}
              </ul>
            ) : null}
          </Notice>
        ) : null}
      </div>
      {visibleSelected.length > 0 ? (
        <BulkBar
          selected={visibleSelected}
          onDone={(result) => {
            setOutcome(result);
            setSelected(new Set(result.results.filter((r) => !r.ok).map((r) => r.id)));
            // The bar may close: put focus back on the queue rather than losing it to the page.
            setTimeout(() => focusRow(Math.min(current, items.length - 1)));
          }}
        />
      ) : null}
      {items.length === 0 ? (
        <EmptyState title={Object.keys(filters).length ? m.queue.noMatch : m.queue.empty}>
          {Object.keys(filters).length ? (
            <Link className="link" to="/review">
              {m.queue.clearTheFilters}
            </Link>
          ) : (
            m.queue.nothingWaits
          )}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
            <caption className="sr-only">{m.queue.caption}</caption>
            <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-700">
              <tr>
                <Th>
                  <span className="sr-only">{m.queue.columns.select}</span>
                </Th>
                <Th>{m.queue.columns.risk}</Th>
                <Th>{m.queue.columns.item}</Th>
                <Th>{m.queue.columns.type}</Th>
                <Th>{m.queue.columns.why}</Th>
                <Th>{m.queue.columns.atStake}</Th>
                <Th>{m.queue.columns.waiting}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((item, index) => (
                <tr
                  key={item.id}
                  ref={(el) => {
                    if (el) rows.current.set(item.id, el);
                    else rows.current.delete(item.id);
                  }}
                  tabIndex={index === current ? 0 : -1}
                  data-testid="queue-row"
                  onFocus={() => setActive(index)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && e.target === e.currentTarget) {
                      e.preventDefault();
                      open(item);
                    }
                  }}
                  className={`focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-700 ${selected.has(item.id) ? 'bg-sky-50' : ''}`}
                >
                  <td className="px-3 py-2 align-top">
                    <input
                      type="checkbox"
                      className="size-4"
                      tabIndex={-1}
                      checked={selected.has(item.id)}
                      onChange={() => toggle(item.id)}
                      aria-label={m.queue.selectItem(item.title)}
                    />
                  </td>
                  <td className="px-3 py-2 align-top">
                    <span className={`rounded px-1.5 py-0.5 font-semibold ${riskTone(item.risk)}`}>
                      {item.risk}
                    </span>
                  </td>
                  <td className="max-w-sm break-words px-3 py-2 align-top">
                    <Link
                      className="link"
                      tabIndex={-1}
                      to={`/review/${encodeURIComponent(item.id)}${params.size ? `?${params}` : ''}`}
                    >
                      {item.title}
                    </Link>
                    <span className="block text-xs text-slate-700">
                      {item.shopName} · {m.queue.pointsOnRecord(item.sellerPoints)}
                      {item.category
                        ? ` · ${labelFor(uiMessages.get().listingCategories, item.category)}`
                        : ''}
                    </span>
                  </td>
                  <td className="px-3 py-2 align-top">{m.kind[item.kind]}</td>
                  <td className="max-w-sm break-words px-3 py-2 align-top">
                    {item.reason}
                    {item.ruleIds.length > 0 ? (
                      <span className="block text-xs text-slate-700">{item.ruleIds.join(', ')}</span>
                    ) : null}
                    {item.productType ? (
                      <ProductTypeLine
                        as="span"
                        compact
                        productType={item.productType}
                        className="mt-1 block text-xs"
                      />
                    ) : null}
                    {item.topFinding ? (
                      <FindingConfidence
                        finding={item.topFinding}
                        className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-700"
                      />
                    ) : null}
                  </td>
                  <td className="px-3 py-2 align-top">{m.queue.points(item.pointsAtStake)}</td>
                  <td className="whitespace-nowrap px-3 py-2 align-top">
                    {m.queue.waited(formatRelative(item.createdAt))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} shortcuts={queueShortcuts()} />
    </>
  );
}
