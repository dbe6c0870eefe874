import { z } from 'zod/mini';
import {
  Account,
  Appeal,
  AuditEvent,
  BrandAuthorisation,
  ComplaintResponse,
  Decision,
  IpComplaint,
  Listing,
  Notification,
  PenaltyRecord,
  ReviewItem,
  RuleMode,
  Timestamp,
} from '@/shared/api/schemas';

/** A shop as stored; its standing is computed from the other collections when asked for. */
export const SellerRow = z.object({
  id: z.string(),
  shopName: z.string(),
  country: z.string().check(z.length(2)),
  joinedAt: Timestamp,
});
export type SellerRow = z.infer<typeof SellerRow>;

/** Every collection of the mocked backend and the schema each stored row must satisfy. */
export const COLLECTIONS = {
  accounts: Account,
  sellers: SellerRow,
  listings: Listing,
  authorisations: BrandAuthorisation,
  penalties: PenaltyRecord,
  appeals: Appeal,
  complaints: IpComplaint,
  complaintResponses: ComplaintResponse,
  reviewItems: ReviewItem,
  decisions: Decision,
  auditEvents: AuditEvent,
  notifications: Notification,
  /** Rules a reviewer put in "review only" mode (or back); a rule with no row is enforced. */
  ruleModes: RuleMode,
} as const;

/** Collections that only ever grow: a row, once written, is never replaced or removed. */
export const APPEND_ONLY: ReadonlySet<CollectionName> = new Set<CollectionName>(['auditEvents']);

export type CollectionName = keyof typeof COLLECTIONS;
export type Row<C extends CollectionName> = z.infer<(typeof COLLECTIONS)[C]>;
export type SeedData = { [C in CollectionName]: Row<C>[] };

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export function isCollectionName(value: unknown): value is CollectionName {
  return typeof value === 'string' && Object.hasOwn(COLLECTIONS, value);
}
