import { api } from '@/shared/api/api';
import { ListingPage, type Listing, type ListingQuery } from '@/shared/api/schemas';
import { downloadText, toCsv } from '@/shared/lib/csv';

const HEADER = [
  'id',
  'title',
  'verdict',
  'top finding',
  'rule',
  'matched words',
  'moderation',
  'brand',
  'category',
  'updated',
];

export function listingsCsv(listings: readonly Listing[]): string {
  return toCsv(
    HEADER,
    listings.map((l) => {
      const top = l.check.findings.find((f) => f.severity !== 'info');
      return [
        l.id,
        l.title,
        l.check.verdict,
        top?.summary ?? '',
        top?.ruleId ?? '',
        top?.matched ?? '',
        l.moderation,
        l.brand ?? '',
        l.category,
        l.updatedAt,
      ];
    }),
  );
}

/** Downloads every listing matching the filters (not just the page on screen) as CSV. */
export async function exportMatching(query: ListingQuery): Promise<number> {
  const all = await api.request('/listings', {
    schema: ListingPage,
    query: { ...query, page: 1, pageSize: 10_000 },
  });
  downloadText(`listings-${new Date().toISOString().slice(0, 10)}.csv`, listingsCsv(all.items));
  return all.items.length;
}

export function exportSelected(listings: readonly Listing[]): void {
  downloadText(`listings-selected-${new Date().toISOString().slice(0, 10)}.csv`, listingsCsv(listings));
}
