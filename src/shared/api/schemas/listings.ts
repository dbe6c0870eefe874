import { z } from 'zod/mini';
// The codes come from the checker's own lists (the types module only: no checker code in the contract's chunk).
import {
  CONFIDENCES,
  EVIDENCE_BASES,
  PRODUCT_KINDS,
  type ProductType as CheckerProductType,
} from '@/domain/checker/types';
import { Id, intAtLeast, pageOf, PolicyRef, Timestamp } from './common';

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

/** How sure the checker is that a finding means what its rule says; only high-confidence evidence blocks. */
export const Confidence = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof Confidence>;

/** Why a finding has the confidence it has (an unambiguous term, only in the description, a game's subject…). */
export const EvidenceBasis = z.enum(EVIDENCE_BASES);
export type EvidenceBasis = z.infer<typeof EvidenceBasis>;

export const ProductKind = z.enum(PRODUCT_KINDS);
export type ProductKind = z.infer<typeof ProductKind>;

/** Where the checker's `ProductType['source']` codes are spelt as a list: the domain has them as a type only. */
const PRODUCT_TYPE_SOURCES = [
  'category',
  'title',
  'default',
] as const satisfies readonly CheckerProductType['source'][];

/** What the listing sells, as the checker read it from the title, the category, or by default. */
export const ListingProductType = z.object({
  kind: ProductKind,
  source: z.enum(PRODUCT_TYPE_SOURCES),
  /** The title's words that told the checker, as written; empty for the category or the default. */
  cue: z.string(),
});
export type ListingProductType = z.infer<typeof ListingProductType>;

// The stored product type is exactly the checker's: a source added to one and not the other does not compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const productTypeMatches: Same<ListingProductType, CheckerProductType> = true;
void productTypeMatches;

/** What the listing checker found, as stored with the listing (the full explanation is recomputed on demand). */
export const ListingFinding = z.object({
  ruleId: z.string(),
  severity: z.enum(['block', 'warn', 'info']),
  points: z.number().check(z.gte(0)),
  summary: z.string(),
  field: z.enum(['title', 'description', 'brand']),
  /** UTF-16 offsets of the matched characters in the field, end exclusive. */
  start: intAtLeast(0),
  end: intAtLeast(0),
  matched: z.string(),
  policy: PolicyRef,
  confidence: Confidence,
  basis: EvidenceBasis,
});
export type ListingFinding = z.infer<typeof ListingFinding>;

export const ListingCheck = z.object({
  verdict: Verdict,
  productType: ListingProductType,
  findings: z.array(ListingFinding),
  checkedAt: Timestamp,
});
export type ListingCheck = z.infer<typeof ListingCheck>;

export const Listing = z.object({
  id: Id,
  sellerId: Id,
  title: z.string(),
  description: z.string(),
  brand: z.nullable(z.string()),
  category: ListingCategory,
  language: z.enum(['en', 'ru']),
  priceCents: intAtLeast(0),
  currency: z.enum(['USD', 'EUR', 'RUB']),
  moderation: ModerationState,
  check: ListingCheck,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Bumped on every write; a write must name the version it read, or it gets 409. */
  version: intAtLeast(1),
});
export type Listing = z.infer<typeof Listing>;

export const ListingPage = pageOf(Listing);

export const LISTING_SORTS = ['updated-desc', 'updated-asc', 'title-asc', 'title-desc', 'risk-desc'] as const;
export const ListingQuery = z.object({
  page: z._default(z.coerce.number().check(z.int(), z.gte(1)), 1),
  /** Up to 10,000 so that an export of everything matching is one request. */
  pageSize: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(10_000)), 50),
  q: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  verdict: z.optional(Verdict),
  moderation: z.optional(ModerationState),
  category: z.optional(ListingCategory),
  brand: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  rule: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  sellerId: z.optional(Id),
  sort: z._default(z.enum(LISTING_SORTS), 'updated-desc'),
});
/** The filters a client may send; every one optional, with the server's defaults. */
export type ListingQuery = Partial<z.output<typeof ListingQuery>>;

const title = z
  .string()
  .check(
    z.trim(),
    z.minLength(3, 'Give the listing a title of at least 3 characters.'),
    z.maxLength(200, 'Keep the title to 200 characters or fewer.'),
  );
const description = z
  .string()
  .check(z.maxLength(20_000, 'Keep the description to 20,000 characters or fewer.'));
const brand = z.nullable(
  z.string().check(z.trim(), z.maxLength(100, 'Keep the brand to 100 characters or fewer.')),
);

export const ListingCreate = z.strictObject({
  title,
  description: z._default(description, ''),
  brand: z._default(brand, null),
  category: ListingCategory,
  language: z._default(z.enum(['en', 'ru']), 'en'),
  priceCents: z.number().check(z.int(), z.gte(0), z.lte(100_000_000)),
  currency: z._default(z.enum(['USD', 'EUR', 'RUB']), 'USD'),
});
export type ListingCreate = z.input<typeof ListingCreate>;

export const ListingUpdate = z.strictObject({
  version: intAtLeast(1),
  title: z.optional(title),
  description: z.optional(description),
  brand: z.optional(brand),
  category: z.optional(ListingCategory),
  priceCents: z.optional(z.number().check(z.int(), z.gte(0), z.lte(100_000_000))),
});
export type ListingUpdate = z.infer<typeof ListingUpdate>;

export const ListingBulkAction = z.strictObject({
  action: z.enum(['delist', 'relist', 'request_review', 'recheck']),
  ids: z.array(Id).check(z.minLength(1, 'Select at least one listing.'), z.maxLength(10_000)),
});
export type ListingBulkAction = z.infer<typeof ListingBulkAction>;
export const ListingBulkResult = z.object({ updated: z.number().check(z.int()), skipped: z.array(Id) });
