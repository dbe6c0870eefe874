import { z } from 'zod';
import { Id, pageOf, PolicyRef, Timestamp } from './common';

/** The marketplace's catalogue categories (where a seller files a listing), not the policy categories. */
export const LISTING_CATEGORIES = [
  'phones-accessories',
  'computers-electronics',
  'clothing',
  'shoes',
  'jewellery-watches',
  'bags',
  'beauty-health',
  'home-kitchen',
  'tools-hardware',
  'toys-hobbies',
  'sports-outdoors',
  'automotive',
  'collectibles',
  'software-media',
  'pet-supplies',
  'other',
] as const;
export const ListingCategory = z.enum(LISTING_CATEGORIES);
export type ListingCategory = z.infer<typeof ListingCategory>;

export const Verdict = z.enum(['ok', 'warn', 'block']);
export type Verdict = z.infer<typeof Verdict>;

/** Where the listing stands with moderation, independent of what the checker says about its text. */
export const ModerationState = z.enum(['active', 'under_review', 'changes_requested', 'delisted', 'removed']);
export type ModerationState = z.infer<typeof ModerationState>;

/** What the listing checker found, as stored with the listing (the full explanation is recomputed on demand). */
export const ListingFinding = z.object({
  ruleId: z.string(),
  severity: z.enum(['block', 'warn', 'info']),
  points: z.number().min(0),
  summary: z.string(),
  field: z.enum(['title', 'description', 'brand']),
  /** UTF-16 offsets of the matched characters in the field, end exclusive. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  matched: z.string(),
  policy: PolicyRef,
});
export type ListingFinding = z.infer<typeof ListingFinding>;

export const ListingCheck = z.object({
  verdict: Verdict,
  findings: z.array(ListingFinding),
  checkedAt: Timestamp,
});
export type ListingCheck = z.infer<typeof ListingCheck>;

export const Listing = z.object({
  id: Id,
  sellerId: Id,
  title: z.string(),
  description: z.string(),
  brand: z.string().nullable(),
  category: ListingCategory,
  language: z.enum(['en', 'ru']),
  priceCents: z.number().int().min(0),
  currency: z.enum(['USD', 'EUR', 'RUB']),
  moderation: ModerationState,
  check: ListingCheck,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Bumped on every write; a write must name the version it read, or it gets 409. */
  version: z.number().int().min(1),
});
export type Listing = z.infer<typeof Listing>;

export const ListingPage = pageOf(Listing);

export const LISTING_SORTS = ['updated-desc', 'updated-asc', 'title-asc', 'title-desc', 'risk-desc'] as const;
export const ListingQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  /** Up to 10,000 so that an export of everything matching is one request. */
  pageSize: z.coerce.number().int().min(1).max(10_000).default(50),
  q: z.string().trim().max(200).optional(),
  verdict: Verdict.optional(),
  moderation: ModerationState.optional(),
  category: ListingCategory.optional(),
  brand: z.string().trim().max(100).optional(),
  rule: z.string().trim().max(100).optional(),
  sellerId: Id.optional(),
  sort: z.enum(LISTING_SORTS).default('updated-desc'),
});
/** The filters a client may send; every one optional, with the server's defaults. */
export type ListingQuery = Partial<z.output<typeof ListingQuery>>;

const title = z
  .string()
  .trim()
  .min(3, 'Give the listing a title of at least 3 characters.')
  .max(200, 'Keep the title to 200 characters or fewer.');
const description = z.string().max(20_000, 'Keep the description to 20,000 characters or fewer.');
const brand = z.string().trim().max(100, 'Keep the brand to 100 characters or fewer.').nullable();

export const ListingCreate = z.strictObject({
  title,
  description: description.default(''),
  brand: brand.default(null),
  category: ListingCategory,
  language: z.enum(['en', 'ru']).default('en'),
  priceCents: z.number().int().min(0).max(100_000_000),
  currency: z.enum(['USD', 'EUR', 'RUB']).default('USD'),
});
export type ListingCreate = z.input<typeof ListingCreate>;

export const ListingUpdate = z.strictObject({
  version: z.number().int().min(1),
  title: title.optional(),
  description: description.optional(),
  brand: brand.optional(),
  category: ListingCategory.optional(),
  priceCents: z.number().int().min(0).max(100_000_000).optional(),
});
export type ListingUpdate = z.infer<typeof ListingUpdate>;

export const ListingBulkAction = z.strictObject({
  action: z.enum(['delist', 'relist', 'request_review', 'recheck']),
  ids: z.array(Id).min(1, 'Select at least one listing.').max(10_000),
});
export type ListingBulkAction = z.infer<typeof ListingBulkAction>;
export const ListingBulkResult = z.object({ updated: z.number().int(), skipped: z.array(Id) });
