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

const PAGE = 10_000;

/** Downloads every listing matching the filters (not just the page on screen) as CSV, 10,000 per request. */
export async function exportMatching(query: ListingQuery): Promise<number> {
  const items: Listing[] = [];
  for (let page = 1; ; page++) {
    const batch = await api.request('/listings', {
      schema: ListingPage,
      query: { ...query, page, pageSize: PAGE },
    });
    items.push(...batch.items);
    if (items.length >= batch.total || batch.items.length === 0) break;
  }
  downloadText(`listings-${new Date().toISOString().slice(0, 10)}.csv`, listingsCsv(items));
  return items.length;
}

export function exportSelected(listings: readonly Listing[]): void {
  downloadText(`listings-selected-${new Date().toISOString().slice(0, 10)}.csv`, listingsCsv(listings));
}
