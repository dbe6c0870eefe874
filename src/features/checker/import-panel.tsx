import { useEffect, useRef, useState } from 'react';
import type { CheckResult } from '@/domain/checker';
import { parseListingFile, type ParsedRow, type RowError } from '@/domain/checker/listing-file';
import { CheckCancelledError, getCheckerClient } from '@/shared/checker/checker-client';
import { downloadText, toCsv } from '@/shared/lib/csv';
import { formatCount } from '@/shared/lib/format';
import { ErrorPanel } from '@/shared/ui/panels';
import { StatusBadge, VERDICT_OPTIONS } from '@/shared/ui/status-options';
import { Table, Td, Th } from '@/shared/ui/table';

type Run =
  | { status: 'idle' }
  | { status: 'checking'; done: number; total: number }
  | { status: 'done' | 'cancelled'; rows: ParsedRow[]; results: CheckResult[] }
  | { status: 'failed'; message: string };

const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Checks many drafts from a CSV or JSON file in the worker: progress, cancel, bad rows by line, export. */
export function ImportPanel({
  authorizedBrands,
  reviewOnlyRules = [],
}: {
  authorizedBrands: readonly string[];
  reviewOnlyRules?: readonly string[];
}) {
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const [errors, setErrors] = useState<RowError[]>([]);
  const [fileName, setFileName] = useState('');
  const controller = useRef<AbortController | null>(null);
  // Leaving the page stops a long check instead of letting it run on in the worker.
  useEffect(() => () => controller.current?.abort(), []);

  const start = async (file: File) => {
    setFileName(file.name);
    setErrors([]);
    if (file.size > MAX_FILE_BYTES) {
      setRun({
        status: 'failed',
        message: `${file.name} is larger than 20 MB; split it into smaller files.`,
      });
      return;
    }
    const parsed = parseListingFile(file.name, await file.text());
    if (parsed.fatal) {
      setRun({
        status: 'failed',
        message: `${file.name}, line ${parsed.fatal.line}: ${parsed.fatal.message}`,
      });
      return;
    }
    setErrors(parsed.errors);
    controller.current = new AbortController();
    setRun({ status: 'checking', done: 0, total: parsed.rows.length });
    try {
      const results = await getCheckerClient().checkBatch(
        parsed.rows.map((row) => row.listing),
        { authorizedBrands, reviewOnlyRules: new Set(reviewOnlyRules) },
        {
          signal: controller.current.signal,
          onProgress: (done, total) => setRun({ status: 'checking', done, total }),
        },
      );
      setRun({ status: 'done', rows: parsed.rows, results });
    } catch (error) {
      if (error instanceof CheckCancelledError) setRun({ status: 'cancelled', rows: [], results: [] });
      else setRun({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const exportResults = (rows: ParsedRow[], results: CheckResult[]) =>
    downloadText(
      `checked-${fileName.replace(/\.[^.]+$/, '')}.csv`,
      toCsv(
        ['line', 'id', 'title', 'verdict', 'findings'],
        rows.map((row, k) => [
          row.line,
          row.listing.id,
          row.listing.title,
          results[k]?.verdict ?? '',
          (results[k]?.findings ?? [])
            .filter((f) => f.severity !== 'info')
            .map((f) => `${f.ruleId}: "${f.matched}"`)
            .join('; '),
        ]),
      ),
    );

  return (
    <section
      aria-labelledby="import-heading"
      className="mt-8 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="import-heading" className="text-lg font-semibold">
        Check many drafts from a file
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        A CSV or JSON file with the columns id, title, description, brand, category and authorizedBrands
        (separated by “;”). Rows with problems are listed by line; the others are still checked.
      </p>
      <label className="mt-3 flex flex-col text-sm font-medium text-slate-800">
        Drafts file
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          className="mt-1 text-sm"
          disabled={run.status === 'checking'}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void start(file);
            event.target.value = '';
          }}
        />
      </label>
      {run.status === 'checking' ? (
        <div className="mt-3 flex items-center gap-3">
          <label className="flex items-center gap-2 text-sm">
            Checking {formatCount(run.done)} of {formatCount(run.total)}
            <progress max={run.total || 1} value={run.done} />
          </label>
          <button type="button" className="btn-secondary" onClick={() => controller.current?.abort()}>
            Cancel
          </button>
        </div>
      ) : null}
      <p role="status" className="mt-2 text-sm">
        {run.status === 'done'
          ? `Checked ${formatCount(run.results.length)} listings from ${fileName}: ${formatCount(run.results.filter((r) => r.verdict === 'block').length)} blocked, ${formatCount(run.results.filter((r) => r.verdict === 'warn').length)} with warnings.`
          : run.status === 'cancelled'
            ? 'The check was cancelled.'
            : ''}
      </p>
      {run.status === 'failed' ? (
        <ErrorPanel title="The file could not be checked" error={new Error(run.message)} />
      ) : null}
      {errors.length > 0 ? (
        <div
          role="alert"
          className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          <p className="font-semibold">
            {formatCount(errors.length)} row{errors.length === 1 ? '' : 's'} could not be read:
          </p>
          <ul className="mt-1 list-inside list-disc">
            {errors.slice(0, 50).map((error) => (
              <li key={`${error.line}-${error.message}`}>
                Line {error.line}: {error.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {run.status === 'done' && run.results.length > 0 ? (
        <div className="mt-3 space-y-2">
          <button
            type="button"
            className="btn-secondary"
            onClick={() => exportResults(run.rows, run.results)}
          >
            Export results as CSV
          </button>
          <Table
            caption="Checked drafts"
            head={
              <>
                <Th>Line</Th>
                <Th>Id</Th>
                <Th>Title</Th>
                <Th>Verdict</Th>
                <Th>Top finding</Th>
              </>
            }
          >
            {run.rows.slice(0, 500).map((row, k) => {
              const top = run.results[k]?.findings.find((f) => f.severity !== 'info');
              return (
                <tr key={`${row.line}-${row.listing.id}`}>
                  <Td>{row.line}</Td>
                  <Td className="break-all">{row.listing.id}</Td>
                  <Td className="max-w-md break-words">{row.listing.title}</Td>
                  <Td>
                    {run.results[k] ? (
                      <StatusBadge options={VERDICT_OPTIONS} value={run.results[k].verdict} />
                    ) : null}
                  </Td>
                  <Td className="max-w-sm break-words">{top ? `${top.reason} (“${top.matched}”)` : '—'}</Td>
                </tr>
              );
            })}
          </Table>
          {run.rows.length > 500 ? (
            <p className="text-sm">
              Showing the first 500 rows; the export has all {formatCount(run.rows.length)}.
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
