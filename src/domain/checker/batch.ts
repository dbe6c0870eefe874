import { checkListing } from './check';
import type { CheckContext, CheckResult, ListingText } from './types';

export interface BatchOptions {
  /** Listings checked between progress reports and chances to cancel. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Checked between chunks: stop early when true. */
  isCancelled?: () => boolean;
  /** Lets other work (a cancel message, the UI) run between chunks. */
  pause?: () => Promise<void>;
}

export type BatchOutcome = { status: 'done'; results: CheckResult[] } | { status: 'cancelled'; done: number };

/** Checks a batch in chunks, reporting progress and stopping when cancelled. */
export async function runBatch(
  listings: readonly ListingText[],
  context: CheckContext,
  options: BatchOptions = {},
): Promise<BatchOutcome> {
  const chunkSize = Math.max(1, options.chunkSize ?? 250);
  const results: CheckResult[] = [];
  for (let start = 0; start < listings.length; start += chunkSize) {
    if (options.isCancelled?.()) return { status: 'cancelled', done: results.length };
    const end = Math.min(listings.length, start + chunkSize);
    for (let k = start; k < end; k++) results.push(checkListing(listings[k] as ListingText, context));
    options.onProgress?.(results.length, listings.length);
    if (end < listings.length && options.pause) await options.pause();
  }
  if (options.isCancelled?.()) return { status: 'cancelled', done: results.length };
  return { status: 'done', results };
}
