import type { z } from 'zod/mini';
import type { Listing, ListingQuery } from '@/shared/api/schemas';

type ParsedQuery = z.output<typeof ListingQuery>;

const RISK: Record<Listing['check']['verdict'], number> = { block: 2, warn: 1, ok: 0 };

const COMPARE: Record<ParsedQuery['sort'], (a: Listing, b: Listing) => number> = {
  'updated-desc': (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id),
  'updated-asc': (a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id),
  'title-asc': (a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
  'title-desc': (a, b) => b.title.localeCompare(a.title) || a.id.localeCompare(b.id),
  'risk-desc': (a, b) =>
    RISK[b.check.verdict] - RISK[a.check.verdict] || b.updatedAt.localeCompare(a.updatedAt),
};

function matchesText(row: Listing, q: string): boolean {
  return (
    row.title.toLocaleLowerCase().includes(q) ||
    row.description.toLocaleLowerCase().includes(q) ||
    row.id.includes(q) ||
    (row.brand?.toLocaleLowerCase().includes(q) ?? false)
  );
}

/** Filters and sorts listings the way `GET /api/listings` promises; search is case-insensitive. */
export function queryListings(rows: Iterable<Listing>, query: ParsedQuery): Listing[] {
  const q = query.q?.toLocaleLowerCase();
  const brand = query.brand?.toLocaleLowerCase();
  const matches: Listing[] = [];
  for (const row of rows) {
    if (query.sellerId && row.sellerId !== query.sellerId) continue;
    if (query.verdict && row.check.verdict !== query.verdict) continue;
    if (query.moderation && row.moderation !== query.moderation) continue;
    if (query.category && row.category !== query.category) continue;
    if (brand && row.brand?.toLocaleLowerCase() !== brand) continue;
    if (query.rule && !row.check.findings.some((finding) => finding.ruleId === query.rule)) continue;
    if (q && !matchesText(row, q)) continue;
    matches.push(row);
  }
  return matches.sort(COMPARE[query.sort]);
}
