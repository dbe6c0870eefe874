import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { api } from './api';
import { RuleMode } from './schemas/rules';

/**
 * The rules reviewers put in "review only" mode. Shared, because every checker in the app must honour them
 * (the seller's live checker, the file import, the rules page), not only the page that changes them.
 */
export const ruleModesQuery = () =>
  queryOptions({
    queryKey: ['rule-modes'],
    queryFn: ({ signal }) => api.request('/rule-modes', { schema: z.array(RuleMode), signal }),
    staleTime: 60_000,
  });

/** The ids of the rules whose findings never block, for `CheckContext.reviewOnlyRules`. */
export function reviewOnlyRuleIds(modes: readonly RuleMode[]): string[] {
  return modes
    .filter((m) => m.mode === 'review_only')
    .map((m) => m.id)
    .sort();
}

/** The rules in "review only" mode now, for every checker the app runs (loaders warm the query). */
export function useReviewOnlyRules(): string[] {
  return reviewOnlyRuleIds(useSuspenseQuery(ruleModesQuery()).data);
}
