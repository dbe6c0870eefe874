import { z } from 'zod/mini';
import { Actor, intAtLeast, Timestamp } from './common';

/** `review_only`: the rule's findings still go to a person, but never block a listing on their own. */
export const RuleModeValue = z.enum(['enforce', 'review_only']);
export type RuleModeValue = z.infer<typeof RuleModeValue>;

/** A rule's mode as set by a reviewer; a rule with no row is enforced. The id is the rule's id. */
export const RuleMode = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  mode: RuleModeValue,
  changedBy: Actor,
  changedAt: Timestamp,
  reason: z.string(),
});
export type RuleMode = z.infer<typeof RuleMode>;

export const RuleModeUpdate = z.strictObject({
  mode: RuleModeValue,
  reason: z
    .string()
    .check(
      z.trim(),
      z.minLength(5, 'Say why, in at least 5 characters: the reason goes on the audit log.'),
      z.maxLength(1_000, 'Keep the reason to 1,000 characters or fewer.'),
    ),
});
export type RuleModeUpdate = z.infer<typeof RuleModeUpdate>;

/** What a mode change did: the new mode and how many stored listings changed verdict. */
export const RuleModeResult = z.object({
  mode: RuleMode,
  rechecked: intAtLeast(0),
  verdictsChanged: intAtLeast(0),
});
export type RuleModeResult = z.infer<typeof RuleModeResult>;

/** A rule's record from reviewers' decisions on the items that cited it. */
export const RuleStat = z.object({
  ruleId: z.string(),
  /** Decided remove listing, issue penalty or request changes. */
  upheld: intAtLeast(0),
  /** Decided approve: the finding was wrong, or not worth acting on. */
  overturned: intAtLeast(0),
  /** Items in the queue that cite the rule and wait for a decision. */
  open: intAtLeast(0),
});
export type RuleStat = z.infer<typeof RuleStat>;
