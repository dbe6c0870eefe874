import { queryOptions } from '@tanstack/react-query';
import { api } from '@/shared/api/api';
import {
  LISTING_CATEGORIES,
  LISTING_SORTS,
  Listing,
  ListingPage,
  type ListingQuery,
} from '@/shared/api/schemas';

const VERDICTS = ['ok', 'warn', 'block'] as const;
const MODERATION_STATES = ['active', 'under_review', 'changes_requested', 'delisted', 'removed'] as const;

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
  const text = (name: string) => search.get(name)?.trim() || undefined;
  const oneOf = <T extends string>(name: string, values: readonly T[]) => {
    const value = search.get(name);
    return values.includes(value as T) ? (value as T) : undefined;
  };
  query.q = text('q');
  query.brand = text('brand');
  query.rule = text('rule');
  query.verdict = oneOf('verdict', VERDICTS);
  query.moderation = oneOf('moderation', MODERATION_STATES);
  query.category = oneOf('category', LISTING_CATEGORIES);
  query.sort = oneOf('sort', LISTING_SORTS) ?? 'updated-desc';
  for (const key of Object.keys(query) as (keyof ListingQuery)[])
    if (query[key] === undefined) delete query[key];
  return query;
}
