import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { api } from '@/shared/api/api';
import {
  Appeal,
  BulkDecisionResult,
  Decision,
  ReviewItemDetail,
  ReviewQueueEntry,
  type AppealDecisionCreate,
  type BulkDecisionCreate,
  type DecisionCreate,
} from '@/shared/api/schemas';

/** The queue's filters, as the address carries them. */
export interface QueueFilters {
  kind?: string;
  category?: string;
  rule?: string;
  age?: string;
}

export const QUEUE_FILTER_KEYS = ['kind', 'category', 'rule', 'age'] as const;

export function queueFiltersFrom(params: URLSearchParams): QueueFilters {
  const filters: QueueFilters = {};
  for (const key of QUEUE_FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

export const reviewItemsQuery = (filters: QueueFilters = {}) =>
  queryOptions({
    queryKey: ['review', 'list', filters],
    queryFn: ({ signal }) =>
      api.request('/review-items', { schema: z.array(ReviewQueueEntry), query: { ...filters }, signal }),
  });

export const reviewItemQuery = (id: string) =>
  queryOptions({
    queryKey: ['review', 'detail', id],
    queryFn: ({ signal }) =>
      api.request(`/review-items/${encodeURIComponent(id)}`, { schema: ReviewItemDetail, signal }),
  });

/** After a decision the seller's side changes too: listings, ledger, complaints, inbox, audit log. */
const AFFECTED = [
  ['review'],
  ['audit'],
  ['listings'],
  ['penalties'],
  ['complaints'],
  ['sellers'],
  ['notifications'],
];

export function useDecide(itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecisionCreate) =>
      api.request(`/review-items/${encodeURIComponent(itemId)}/decisions`, {
        method: 'POST',
        body: input,
        schema: Decision,
      }),
    onSettled: () => Promise.all(AFFECTED.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

export function useBulkDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BulkDecisionCreate) =>
      api.request('/review-items/decisions', { method: 'POST', body: input, schema: BulkDecisionResult }),
    onSettled: () => Promise.all(AFFECTED.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

/** A reviewer's decision on a seller's appeal: upheld reverses the penalty, rejected lets it stand. */
export function useDecideAppeal(appealId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AppealDecisionCreate) =>
      api.request(`/appeals/${encodeURIComponent(appealId)}/decision`, {
        method: 'POST',
        body: input,
        schema: Appeal,
      }),
    onSettled: () =>
      Promise.all(
        [['appeals'], ['penalties'], ['sellers'], ['audit']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
