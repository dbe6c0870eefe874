import { z } from 'zod/mini';
import { BrandAuthorisation } from './account-data';
import { intAtLeast, PolicyRef } from './common';
import { ComplaintResponse, IpComplaint } from './complaints';
import { Listing } from './listings';
import { Decision, ReviewItem, ReviewItemKind } from './review';
import { SellerStanding } from './session';

/** One field of a listing as the buyer sees it and as the checker read it, with the words read differently. */
export const ListingReading = z.object({
  field: z.enum(['title', 'description', 'brand']),
  text: z.string(),
  folded: z.string(),
  spans: z.array(
    z.object({
      start: intAtLeast(0),
      end: intAtLeast(0),
      read: z.string(),
      why: z.enum(['mixed scripts', 'digits or symbols read as letters', 'look-alike letters']),
    }),
  ),
});
export type ListingReading = z.infer<typeof ListingReading>;

/** Everything a reviewer needs to decide one item. */
export const ReviewItemDetail = z.object({
  item: ReviewItem,
  decisions: z.array(Decision),
  listing: z.nullable(Listing),
  readings: z.array(ListingReading),
  complaint: z.nullable(IpComplaint),
  /** The seller's answers to the complaint (acceptance or counter-notice), newest first: the reviewer weighs them. */
  responses: z.array(ComplaintResponse),
  document: z.nullable(BrandAuthorisation),
  seller: z.object({ id: z.string(), shopName: z.string(), standing: SellerStanding }),
  /** Brands the seller holds a verified authorisation for: the checker reads the listing with them. */
  authorizedBrands: z.array(z.string()),
  /** Earlier decisions on the same seller's items, newest first. */
  history: z.array(z.extend(Decision, { itemTitle: z.string(), itemKind: ReviewItemKind })),
  /** The penalties the rules set for this item's findings: points and clause, per rule. */
  penaltyOptions: z.array(
    z.object({
      ruleId: z.string(),
      label: z.string(),
      points: z.number().check(z.gte(0), z.lte(48)),
      policy: PolicyRef,
    }),
  ),
});
export type ReviewItemDetail = z.infer<typeof ReviewItemDetail>;
