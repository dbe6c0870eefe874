import { useState } from 'react';
import type { Listing, ListingQuery } from '@/shared/api/schemas';
import { formatCount } from '@/shared/lib/format';
import { ErrorPanel } from '@/shared/ui/panels';
import { exportMatching, exportSelected } from './export';
import { useBulkListings } from './mutations';

const ACTIONS = [
  { action: 'recheck', label: 'Re-check' },
  { action: 'delist', label: 'Delist' },
  { action: 'relist', label: 'Relist' },
  { action: 'request_review', label: 'Request review' },
] as const;

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
  const bulk = useBulkListings();
  const [message, setMessage] = useState('');
  const [exporting, setExporting] = useState<Error | null | 'busy'>(null);

  const run = (action: (typeof ACTIONS)[number]['action'], label: string) => {
    setMessage('');
    bulk.mutate(
      { action, ids: selected.map((l) => l.id) },
      {
        onSuccess: ({ updated, skipped }) => {
          setMessage(
            `${label}: ${formatCount(updated)} updated${skipped.length ? `, ${formatCount(skipped.length)} skipped (not allowed in their current state)` : ''}.`,
          );
          onDone();
        },
      },
    );
  };

  const exportAll = async () => {
    setExporting('busy');
    try {
      const count = await exportMatching(query);
      setMessage(`Exported ${formatCount(count)} listings as CSV.`);
      setExporting(null);
    } catch (error) {
      setExporting(error instanceof Error ? error : new Error(String(error)));
    }
  };

  return (
    <div className="mb-3 space-y-2">
      <div className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-2 text-sm">
        <span className="font-medium">
          {selected.length ? `${formatCount(selected.length)} selected` : 'Select listings for bulk actions'}
        </span>
        {ACTIONS.map(({ action, label }) => (
          <button
            key={action}
            type="button"
            className="btn-secondary"
            disabled={!selected.length || bulk.isPending}
            onClick={() => run(action, label)}
          >
            {label}
          </button>
        ))}
        <button
          type="button"
          className="btn-secondary"
          disabled={!selected.length}
          onClick={() => exportSelected(selected)}
        >
          Export selected
        </button>
        <button
          type="button"
          className="btn-secondary"
          disabled={exporting === 'busy' || total === 0}
          onClick={() => void exportAll()}
        >
          {exporting === 'busy' ? 'Preparing CSV…' : `Export all ${formatCount(total)} as CSV`}
        </button>
      </div>
      <p role="status" className="text-sm">
        {bulk.isPending ? 'Working…' : message}
      </p>
      {bulk.isError ? (
        <ErrorPanel
          title="The bulk action failed"
          error={bulk.error}
          onRetry={() => bulk.variables && bulk.mutate(bulk.variables)}
        />
      ) : null}
      {exporting instanceof Error ? (
        <ErrorPanel title="The export failed" error={exporting} onRetry={() => void exportAll()} />
      ) : null}
    </div>
  );
}
