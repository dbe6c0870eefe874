import type { CheckResult } from '@/domain/checker';
import type { ParsedRow } from '@/domain/checker/listing-file';
import { toCsv } from '@/shared/lib/csv';

/** The export's columns: codes, not interface words, so a spreadsheet can filter on them in any language. */
export const RESULTS_HEADER = ['line', 'id', 'title', 'verdict', 'sells', 'sells from', 'findings'] as const;

/** What told the checker what the listing sells: the title's words, the category, or nothing. */
function soldFrom(result: CheckResult): string {
  const { source, cue } = result.productType;
  return source === 'title' ? `title: ${cue}` : source;
}

/**
 * The checked drafts as CSV: one row per draft with its verdict, what it sells and every finding that is not
 * merely informative, each with its confidence and basis (`plp.ip.replica: "Replica" (high, explicit)`).
 * Cells are defused for spreadsheets by `toCsv`.
 */
export function resultsCsv(
  rows: readonly ParsedRow[],
  results: readonly (CheckResult | undefined)[],
): string {
  return toCsv(
    RESULTS_HEADER,
    rows.map((row, k) => {
      const result = results[k];
      return [
        row.line,
        row.listing.id,
        row.listing.title,
        result?.verdict ?? '',
        result?.productType.kind ?? '',
        result ? soldFrom(result) : '',
        (result?.findings ?? [])
          .filter((f) => f.severity !== 'info')
          .map((f) => `${f.ruleId}: "${f.matched}" (${f.confidence}, ${f.basis})`)
          .join('; '),
      ];
    }),
  );
}
