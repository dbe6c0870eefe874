import { z } from 'zod/mini';
import { Actor, Id, PolicyRef, Timestamp } from './common';
import { Confidence, EvidenceBasis, ListingProductType } from './listings';

export const ReviewItemKind = z.enum(['listing', 'complaint', 'buyer_report', 'document']);
export type ReviewItemKind = z.infer<typeof ReviewItemKind>;

export const ReviewItem = z.object({
  id: Id,
  kind: ReviewItemKind,
  sellerId: Id,
  subjectId: Id,
  title: z.string(),
  reason: z.string(),
  ruleIds: z.array(z.string()),
  /** 0-100: severity, points at stake and the seller's standing, combined. */
  risk: z.number().check(z.gte(0), z.lte(100)),
  pointsAtStake: z.number().check(z.gte(0)),
  status: z.enum(['open', 'decided']),
  createdAt: Timestamp,
});
export type ReviewItem = z.infer<typeof ReviewItem>;

export const DecisionAction = z.enum([
  'approve',
  'remove_listing',
  'request_changes',
  'issue_penalty',
  'reject_complaint',
  'uphold_complaint',
]);
export type DecisionAction = z.infer<typeof DecisionAction>;

export const DecisionCreate = z.strictObject({
  action: DecisionAction,
  reason: z
    .string()
    .check(z.trim(), z.minLength(5, 'Give a reason of at least 5 characters.'), z.maxLength(2_000)),
  points: z.optional(z.number().check(z.gte(0), z.lte(48))),
  policy: z.optional(PolicyRef),
  /** For a penalty on a listing: the rule whose points and clause it takes. */
  ruleId: z.optional(z.string().check(z.maxLength(100))),
});
export type DecisionCreate = z.infer<typeof DecisionCreate>;

export const Decision = z.object({
  id: Id,
  reviewItemId: Id,
  reviewer: Actor,
  action: DecisionAction,
  reason: z.string(),
  points: z.nullable(z.number()),
  policy: z.nullable(PolicyRef),
  decidedAt: Timestamp,
});
export type Decision = z.infer<typeof Decision>;

export const AuditEvent = z.object({
  id: Id,
  at: Timestamp,
  actor: Actor,
  action: z.string(),
  subject: z.object({ type: z.string(), id: Id }),
  summary: z.string(),
  policy: z.nullable(PolicyRef),
  /** The text decided on, as it was at that moment. */
  snapshot: z.nullable(z.string()),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

/** A queue row: the item with what a reviewer sorts and filters by. */
export const ReviewQueueEntry = z.extend(ReviewItem, {
  shopName: z.string(),
  /** The listing's category, for listing items. */
  category: z.nullable(z.string()),
  /** The seller's points now, after the caps. */
  sellerPoints: z.number().check(z.gte(0)),
  /** For listing items: what the listing sells, as its stored check read it. */
  productType: z.nullable(ListingProductType),
  /** For listing items: how sure the checker is of the top finding, and why. */
  topFinding: z.nullable(z.object({ confidence: Confidence, basis: EvidenceBasis })),
});
export type ReviewQueueEntry = z.infer<typeof ReviewQueueEntry>;

/** Bulk decisions apply to listing items only, and never issue penalties (those need points set one by one). */
export const BulkDecisionAction = z.enum(['approve', 'remove_listing', 'request_changes']);
export const BulkDecisionCreate = z.strictObject({
  ids: z
    .array(Id)
    .check(
      z.minLength(1, 'Select at least one item.'),
      z.maxLength(100, 'Decide at most 100 items at once.'),
    ),
  action: BulkDecisionAction,
  reason: z
    .string()
    .check(z.trim(), z.minLength(5, 'Give a reason of at least 5 characters.'), z.maxLength(2_000)),
});
export type BulkDecisionCreate = z.infer<typeof BulkDecisionCreate>;

export const BulkDecisionResult = z.object({
  results: z.array(z.object({ id: Id, ok: z.boolean(), message: z.nullable(z.string()) })),
});
export type BulkDecisionResult = z.infer<typeof BulkDecisionResult>;
