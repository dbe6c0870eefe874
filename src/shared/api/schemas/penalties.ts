import { z } from 'zod/mini';
import { DocumentRef, Id, PolicyRef, Timestamp } from './common';

/**
 * What a penalty was for: a prohibited or restricted item, a general IP infringement (misuse of a mark or work
 * in listing text), a serious one (counterfeit or pirated goods), evasion of the checks, or other conduct.
 */
export const PenaltyKind = z.enum(['prohibited_item', 'ip_general', 'ip_serious', 'evasion', 'conduct']);
export type PenaltyKind = z.infer<typeof PenaltyKind>;

export const PenaltyStatus = z.enum(['pending', 'established', 'appealed', 'reversed', 'expired']);
export type PenaltyStatus = z.infer<typeof PenaltyStatus>;

export const PenaltyRecord = z.object({
  id: Id,
  sellerId: Id,
  kind: PenaltyKind,
  /** What triggered it: one listing, one complaint, or conduct outside listings. */
  source: z.object({
    type: z.enum(['listing', 'complaint', 'conduct']),
    id: z.nullable(Id),
    label: z.string(),
  }),
  ruleId: z.string(),
  policy: PolicyRef,
  summary: z.string(),
  points: z.number().check(z.gte(0), z.lte(48)),
  status: PenaltyStatus,
  issuedAt: Timestamp,
  /** Points stop counting 365 days after issue. */
  expiresAt: Timestamp,
  /** One appeal per record, within 7 days of issue. */
  appealBy: Timestamp,
  appealId: z.nullable(Id),
});
export type PenaltyRecord = z.infer<typeof PenaltyRecord>;

export const AppealStatus = z.enum(['submitted', 'upheld', 'rejected']);
export const Appeal = z.object({
  id: Id,
  penaltyId: Id,
  sellerId: Id,
  reason: z.string(),
  documents: z.array(DocumentRef),
  status: AppealStatus,
  submittedAt: Timestamp,
  decidedAt: z.nullable(Timestamp),
});
export type Appeal = z.infer<typeof Appeal>;

export const AppealCreate = z.strictObject({
  reason: z
    .string()
    .check(
      z.trim(),
      z.minLength(20, 'Explain the appeal in at least 20 characters.'),
      z.maxLength(5_000, 'Keep the reason to 5,000 characters or fewer.'),
    ),
  documents: z._default(z.array(DocumentRef).check(z.maxLength(10, 'Attach at most 10 documents.')), []),
});
export type AppealCreate = z.input<typeof AppealCreate>;

/** A reviewer's decision on an appeal: upheld reverses the penalty, rejected lets it stand. */
export const AppealDecisionCreate = z.strictObject({
  outcome: z.enum(['upheld', 'rejected']),
  reason: z
    .string()
    .check(
      z.trim(),
      z.minLength(5, 'Give a reason of at least 5 characters.'),
      z.maxLength(2_000, 'Keep the reason to 2,000 characters or fewer.'),
    ),
});
export type AppealDecisionCreate = z.input<typeof AppealDecisionCreate>;
