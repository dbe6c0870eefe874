import { queryOptions } from '@tanstack/react-query';
import { api } from '@/shared/api/api';
import { Listing, ListingPage, type ListingQuery } from '@/shared/api/schemas';

export const listingKeys = {
  all: ['listings'] as const,
  list: (query: ListingQuery) => ['listings', 'list', query] as const,
  detail: (id: string) => ['listings', 'detail', id] as const,
};

export const listingsQuery = (query: ListingQuery) =>
  queryOptions({
    queryKey: listingKeys.list(query),
    queryFn: ({ signal }) => api.request('/listings', { schema: ListingPage, query: { ...query }, signal }),
  });

export const listingQuery = (id: string) =>
  queryOptions({
    queryKey: listingKeys.detail(id),
    queryFn: ({ signal }) => api.request(`/listings/${encodeURIComponent(id)}`, { schema: Listing, signal }),
  });

/** The listing filters a page URL may carry; anything else in the URL is ignored. */
export function listingQueryFromSearch(search: URLSearchParams): ListingQuery {
  const query: ListingQuery = { page: Math.max(1, Number(search.get('page')) || 1), pageSize: 50 };
  const q = search.get('q')?.trim();
  if (q) query.q = q;
  const verdict = search.get('verdict');
  if (verdict === 'ok' || verdict === 'warn' || verdict === 'block') query.verdict = verdict;
  return query;
}
