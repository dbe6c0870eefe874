import { z } from 'zod/mini';
import { COUNTER_NOTICE_GROUNDS } from '@/domain/complaints/grounds';
import { Actor, DocumentRef, Id, Timestamp } from './common';
import { ModerationState } from './listings';

export { COUNTER_NOTICE_GROUNDS };

export const RightType = z.enum(['trademark', 'patent', 'copyright']);
export type RightType = z.infer<typeof RightType>;

export const ComplaintStatus = z.enum([
  'awaiting_response',
  'counter_noticed',
  'accepted',
  'upheld',
  'rejected',
  'inadmissible',
  'withdrawn',
]);
export type ComplaintStatus = z.infer<typeof ComplaintStatus>;

export const ComplaintEvent = z.object({ at: Timestamp, actor: Actor, action: z.string(), note: z.string() });

export const IpComplaint = z.object({
  id: Id,
  sellerId: Id,
  listingIds: z.array(Id),
  complainant: z.object({
    rightsOwner: z.string(),
    /** The person or firm filing for the owner; null when the owner files directly. */
    representative: z.nullable(z.string()),
    email: z.nullable(z.string()),
    phone: z.nullable(z.string()),
  }),
  rightType: RightType,
  rightName: z.string(),
  registrationNumber: z.nullable(z.string()),
  claim: z.string(),
  evidence: z.array(DocumentRef),
  proofOfAuthority: z.array(DocumentRef),
  /** Facts the admissibility rules read; the complaints domain turns them into checks. */
  facts: z.object({
    linksToListing: z.boolean(),
    distributionDispute: z.boolean(),
    goodsLawfullyMarketed: z.boolean(),
  }),
  seriousness: z.enum(['general', 'serious']),
  status: ComplaintStatus,
  receivedAt: Timestamp,
  respondBy: Timestamp,
  history: z.array(ComplaintEvent),
});
export type IpComplaint = z.infer<typeof IpComplaint>;

export const ComplaintResponseCreate = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('accept') }),
    z.strictObject({
      kind: z.literal('counter_notice'),
      grounds: z.array(z.enum(COUNTER_NOTICE_GROUNDS)).check(z.minLength(1, 'Choose at least one ground.')),
      statement: z
        .string()
        .check(
          z.trim(),
          z.minLength(30, 'Write a statement of at least 30 characters.'),
          z.maxLength(10_000, 'Keep the statement to 10,000 characters or fewer.'),
        ),
      documents: z._default(z.array(DocumentRef).check(z.maxLength(10, 'Attach at most 10 documents.')), []),
    }),
  ],
  { error: 'Choose whether to accept the complaint or to file a counter-notice.' },
);
export type ComplaintResponseCreate = z.input<typeof ComplaintResponseCreate>;

export const ComplaintResponse = z.object({
  id: Id,
  complaintId: Id,
  sellerId: Id,
  kind: z.enum(['accept', 'counter_notice']),
  grounds: z.array(z.enum(COUNTER_NOTICE_GROUNDS)),
  statement: z.string(),
  documents: z.array(DocumentRef),
  submittedAt: Timestamp,
});
export type ComplaintResponse = z.infer<typeof ComplaintResponse>;

/** A listing a complaint concerns, as the complaint's page shows it (by title, with its moderation state). */
export const ComplaintListing = z.object({ id: Id, title: z.string(), moderation: ModerationState });
export type ComplaintListing = z.infer<typeof ComplaintListing>;

export const ComplaintDetail = z.object({
  complaint: IpComplaint,
  responses: z.array(ComplaintResponse),
  /** The listings named by the complaint that still exist, in the complaint's order. */
  listings: z.array(ComplaintListing),
});
export type ComplaintDetail = z.infer<typeof ComplaintDetail>;
