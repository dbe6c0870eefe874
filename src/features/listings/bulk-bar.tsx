import { useState } from 'react';
import type { Listing, ListingQuery } from '@/shared/api/schemas';
import { ErrorPanel } from '@/shared/ui/panels';
import { exportMatching, exportSelected } from './export';
import { listingsMessages } from './messages';
import { useBulkListings } from './mutations';

const ACTIONS = ['recheck', 'delist', 'relist', 'request_review'] as const;
type Action = (typeof ACTIONS)[number];

/** What the last action did; worded when shown, so a change of language rewords it. */
type Outcome =
  { kind: 'bulk'; action: Action; updated: number; skipped: number } | { kind: 'exported'; count: number };

/** Actions on the selected listings, and exports of the selection or of everything matching the filters. */
export function BulkBar({
  selected,
  total,
  query,
  onDone,
}: {
  selected: readonly Listing[];
  total: number;
  query: ListingQuery;
  onDone: () => void;
}) {
  const m = listingsMessages.use().bulk;
  const bulk = useBulkListings();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [exporting, setExporting] = useState<Error | null | 'busy'>(null);

  const run = (action: Action) => {
    setOutcome(null);
    bulk.mutate(
      { action, ids: selected.map((l) => l.id) },
      {
        onSuccess: ({ updated, skipped }) => {
          setOutcome({ kind: 'bulk', action, updated, skipped: skipped.length });
          onDone();
        },
      },
    );
  };

  const exportAll = async () => {
    setExporting('busy');
    try {
      const count = await exportMatching(query);
      setOutcome({ kind: 'exported', count });
      setExporting(null);
    } catch (error) {
      setExporting(error instanceof Error ? error : new Error(String(error)));
    }
  };

  return (
    <div className="mb-3 space-y-2">
      <div className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-2 text-sm">
        <span className="font-medium">{selected.length ? m.selected(selected.length) : m.selectSome}</span>
        {ACTIONS.map((action) => (
          <button
            key={action}
            type="button"
            className="btn-secondary"
            disabled={!selected.length || bulk.isPending}
            onClick={() => run(action)}
          >
            {m.actions[action]}
          </button>
        ))}
        <button
          type="button"
          className="btn-secondary"
          disabled={!selected.length}
          onClick={() => exportSelected(selected)}
        >
          {m.exportSelected}
        </button>
        <button
          type="button"
          className="btn-secondary"
          disabled={exporting === 'busy' || total === 0}
          onClick={() => void exportAll()}
        >
          {exporting === 'busy' ? m.preparing : m.exportAll(total)}
        </button>
      </div>
      <p role="status" className="text-sm">
        {bulk.isPending
          ? m.working
          : outcome?.kind === 'bulk'
            ? m.done(m.actions[outcome.action], outcome.updated, outcome.skipped)
            : outcome?.kind === 'exported'
              ? m.exported(outcome.count)
              : ''}
      </p>
      {bulk.isError ? (
        <ErrorPanel
          title={m.failed}
          error={bulk.error}
          onRetry={() => bulk.variables && bulk.mutate(bulk.variables)}
        />
      ) : null}
      {exporting instanceof Error ? (
        <ErrorPanel title={m.exportFailed} error={exporting} onRetry={() => void exportAll()} />
      ) : null}
    </div>
  );
}
