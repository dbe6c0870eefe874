/**
 * npm run bench:checker: checks 10,000 generated listings (title ~80 characters, description ~1,500, English and
 * Russian, some violations and evasions) and, in the same process, times a plain loop over every character code
 * of the same text. The last line is JSON with both figures and their ratio.
 */
import { performance } from 'node:perf_hooks';
import { checkListing, type ListingText } from '../src/domain/checker';
import { makeCorpus } from './bench-corpus';

const LISTINGS = 10_000;

function rawScan(listings: readonly ListingText[]): number {
  let sum = 0;
  for (const listing of listings) {
    for (const text of [listing.title ?? '', listing.description ?? '']) {
      for (let k = 0; k < text.length; k++) sum = (sum + text.charCodeAt(k)) | 0;
    }
  }
  return sum;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const corpus = makeCorpus(LISTINGS);
const chars = corpus.reduce((sum, l) => sum + (l.title?.length ?? 0) + (l.description?.length ?? 0), 0);

// Warm up both loops (JIT, the catalogue's one-off compilation) before timing.
for (let round = 0; round < 3; round++) {
  rawScan(corpus);
  for (let i = 0; i < 1_000; i++) checkListing(corpus[i] as ListingText);
}

let best = { checkMs: Infinity, rawScanMs: Infinity, perListingP99Ms: Infinity };
let sink = 0;
let verdicts = { ok: 0, warn: 0, block: 0 };
for (let round = 0; round < 5; round++) {
  let started = performance.now();
  sink ^= rawScan(corpus);
  const rawScanMs = performance.now() - started;

  const perListing: number[] = new Array(corpus.length);
  verdicts = { ok: 0, warn: 0, block: 0 };
  started = performance.now();
  for (let i = 0; i < corpus.length; i++) {
    const t0 = performance.now();
    const result = checkListing(corpus[i] as ListingText);
    perListing[i] = performance.now() - t0;
    verdicts[result.verdict]++;
  }
  const checkMs = performance.now() - started;
  if (checkMs < best.checkMs)
    best = {
      checkMs,
      rawScanMs: Math.min(best.rawScanMs, rawScanMs),
      perListingP99Ms: percentile(perListing, 99),
    };
  else best.rawScanMs = Math.min(best.rawScanMs, rawScanMs);
}

const round2 = (n: number) => Math.round(n * 100) / 100;
console.log(
  `corpus: ${LISTINGS} listings, ${chars} characters; verdicts ok ${verdicts.ok}, warn ${verdicts.warn}, block ${verdicts.block} (checksum ${sink})`,
);
console.log(
  `best of 5 rounds: full check ${round2(best.checkMs)} ms, raw character scan ${round2(best.rawScanMs)} ms`,
);
console.log(
  JSON.stringify({
    listings: LISTINGS,
    chars,
    checkMs: round2(best.checkMs),
    rawScanMs: round2(best.rawScanMs),
    ratio: round2(best.checkMs / best.rawScanMs),
    perListingP99Ms: Math.round(best.perListingP99Ms * 1000) / 1000,
  }),
);
