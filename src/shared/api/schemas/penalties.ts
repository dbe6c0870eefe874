import { z } from 'zod';
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
    id: Id.nullable(),
    label: z.string(),
  }),
  ruleId: z.string(),
  policy: PolicyRef,
  summary: z.string(),
  points: z.number().min(0).max(48),
  status: PenaltyStatus,
  issuedAt: Timestamp,
  /** Points stop counting 365 days after issue. */
  expiresAt: Timestamp,
  /** One appeal per record, within 7 days of issue. */
  appealBy: Timestamp,
  appealId: Id.nullable(),
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
  decidedAt: Timestamp.nullable(),
});
export type Appeal = z.infer<typeof Appeal>;

export const AppealCreate = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(20, 'Explain the appeal in at least 20 characters.')
    .max(5_000, 'Keep the reason to 5,000 characters or fewer.'),
  documents: z.array(DocumentRef).max(10, 'Attach at most 10 documents.').default([]),
});
export type AppealCreate = z.input<typeof AppealCreate>;

/** A reviewer's decision on an appeal: upheld reverses the penalty, rejected lets it stand. */
export const AppealDecisionCreate = z.strictObject({
  outcome: z.enum(['upheld', 'rejected']),
  reason: z
    .string()
    .trim()
    .min(5, 'Give a reason of at least 5 characters.')
    .max(2_000, 'Keep the reason to 2,000 characters or fewer.'),
});
export type AppealDecisionCreate = z.input<typeof AppealDecisionCreate>;
