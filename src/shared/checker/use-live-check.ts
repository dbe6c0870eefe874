import { useEffect, useState } from 'react';
import type { CheckResult, ListingText } from '@/domain/checker';
import { CheckCancelledError, getCheckerClient } from './checker-client';

export type LiveCheck =
  | { status: 'idle' }
  | { status: 'checking'; last: CheckResult | null }
  | { status: 'done'; result: CheckResult }
  | { status: 'error'; message: string };

type Answer = { key: string; result: CheckResult } | { key: string; error: string };

/** Checks the text in the worker as the seller types: debounced, and a newer text cancels the older check. */
export function useLiveCheck(
  listing: ListingText,
  authorizedBrands: readonly string[],
  /** Rules in "review only" mode: their findings are shown but never block. */
  reviewOnlyRules: readonly string[] = [],
  delayMs = 150,
): LiveCheck {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [last, setLast] = useState<CheckResult | null>(null);
  const empty = !listing.title && !listing.description && !listing.brand;
  const key = JSON.stringify([
    listing.title ?? '',
    listing.description ?? '',
    listing.brand ?? '',
    listing.category ?? '',
    authorizedBrands,
    reviewOnlyRules,
  ]);

  useEffect(() => {
    if (empty) return;
    const [title, description, brand, category, brands, reviewOnly] = JSON.parse(key) as [
      string,
      string,
      string,
      string,
      string[],
      string[],
    ];
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      getCheckerClient()
        .checkBatch(
          [{ title, description, brand, category }],
          { authorizedBrands: brands, reviewOnlyRules: new Set(reviewOnly) },
          { signal: controller.signal },
        )
        .then(([result]) => {
          if (!result) return;
          setAnswer({ key, result });
          setLast(result);
        })
        .catch((error: unknown) => {
          if (!(error instanceof CheckCancelledError))
            setAnswer({ key, error: error instanceof Error ? error.message : String(error) });
        });
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [key, empty, delayMs]);

  if (empty) return { status: 'idle' };
  if (answer?.key === key)
    return 'result' in answer
      ? { status: 'done', result: answer.result }
      : { status: 'error', message: answer.error };
  return { status: 'checking', last };
}
