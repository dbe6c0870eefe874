import { useEffect, useRef, useState } from 'react';
import type { CheckResult } from '@/domain/checker';
import { parseListingFile, type ParsedRow, type RowError } from '@/domain/checker/listing-file';
import { CheckCancelledError, getCheckerClient } from '@/shared/checker/checker-client';
import { downloadText } from '@/shared/lib/csv';
import { formatCount } from '@/shared/lib/format';
import { ConfidenceBadge, ProductTypeLine } from '@/shared/ui/finding-list';
import { ErrorPanel } from '@/shared/ui/panels';
import { StatusBadge, VERDICT_OPTIONS } from '@/shared/ui/status-options';
import { Table, Td, Th } from '@/shared/ui/table';
import { useEnglishContentLang } from '@/shared/ui/content-lang';
import { checkerMessages } from './messages';
import { resultsCsv } from './results-csv';

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
  const m = checkerMessages.use().file;
  // A finding's reason is written in English.
  const lang = useEnglishContentLang();
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
        message: m.tooLarge(file.name),
      });
      return;
    }
    const parsed = parseListingFile(file.name, await file.text(), m.problems);
    if (parsed.fatal) {
      setRun({
        status: 'failed',
        message: m.fatal(file.name, parsed.fatal.line, parsed.fatal.message),
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
    downloadText(`checked-${fileName.replace(/\.[^.]+$/, '')}.csv`, resultsCsv(rows, results));

  return (
    <section
      aria-labelledby="import-heading"
      className="mt-8 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="import-heading" className="text-lg font-semibold">
        {m.heading}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{m.intro}</p>
      <label className="mt-3 flex flex-col text-sm font-medium text-slate-800">
        {m.input}
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
            {m.progress(formatCount(run.done), formatCount(run.total))}
            <progress max={run.total || 1} value={run.done} />
          </label>
          <button type="button" className="btn-secondary" onClick={() => controller.current?.abort()}>
            {m.cancel}
          </button>
        </div>
      ) : null}
      <p role="status" className="mt-2 text-sm">
        {run.status === 'done'
          ? m.done(
              formatCount(run.results.length),
              fileName,
              formatCount(run.results.filter((r) => r.verdict === 'block').length),
              formatCount(run.results.filter((r) => r.verdict === 'warn').length),
            )
          : run.status === 'cancelled'
            ? m.cancelled
            : ''}
      </p>
      {run.status === 'failed' ? <ErrorPanel title={m.failed} error={new Error(run.message)} /> : null}
      {errors.length > 0 ? (
        <div
          role="alert"
          className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          <p className="font-semibold">{m.unreadable(errors.length)}</p>
          <ul className="mt-1 list-inside list-disc">
            {errors.slice(0, 50).map((error) => (
              <li key={`${error.line}-${error.message}`}>
                {m.line(error.line)}
                {error.message}
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
            {m.export}
          </button>
          <Table
            caption={m.caption}
            head={
              <>
                <Th>{m.columns.line}</Th>
                <Th>{m.columns.id}</Th>
                <Th>{m.columns.title}</Th>
                <Th>{m.columns.verdict}</Th>
                <Th>{m.columns.sells}</Th>
                <Th>{m.columns.top}</Th>
              </>
            }
          >
            {run.rows.slice(0, 500).map((row, k) => {
              const result = run.results[k];
              const top = result?.findings.find((f) => f.severity !== 'info');
              return (
                <tr key={`${row.line}-${row.listing.id}`}>
                  <Td>{row.line}</Td>
                  <Td className="break-all">{row.listing.id}</Td>
                  <Td className="max-w-md break-words">{row.listing.title}</Td>
                  <Td>{result ? <StatusBadge options={VERDICT_OPTIONS} value={result.verdict} /> : null}</Td>
                  <Td className="max-w-48 break-words">
                    {result ? (
                      <ProductTypeLine
                        as="span"
                        className=""
                        label={false}
                        productType={result.productType}
                        category={row.listing.category}
                      />
                    ) : null}
                  </Td>
                  <Td className="max-w-sm break-words">
                    {top ? (
                      <>
                        <span lang={lang}>{m.topFinding(top.reason, top.matched)}</span>{' '}
                        <ConfidenceBadge confidence={top.confidence} />
                      </>
                    ) : (
                      '—'
                    )}
                  </Td>
                </tr>
              );
            })}
          </Table>
          {run.rows.length > 500 ? (
            <p className="text-sm">{m.first500(formatCount(run.rows.length))}</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
