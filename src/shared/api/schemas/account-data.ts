import { z } from 'zod';
import { Id, PolicyRef, Timestamp } from './common';

export const NotificationKind = z.enum([
  'complaint_received',
  'deadline_soon',
  'points_expiring',
  'threshold_crossed',
  'appeal_decided',
  'complaint_decided',
  'listing_decided',
]);

export const Notification = z.object({
  id: Id,
  accountId: Id,
  kind: NotificationKind,
  title: z.string(),
  body: z.string(),
  /** An in-app path, e.g. `/complaints/cmp-…`. */
  link: z.string().startsWith('/'),
  createdAt: Timestamp,
  readAt: Timestamp.nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationList = z.object({ items: z.array(Notification), unread: z.number().int().min(0) });
export type NotificationList = z.infer<typeof NotificationList>;

export const NotificationUpdate = z.strictObject({ read: z.boolean() });

export const AuthorisationDocumentType = z.enum([
  'trademark_certificate',
  'authorisation_letter',
  'purchase_invoice',
  'licence',
  'other',
]);

/** The file types the evidence vault accepts (checked by declared type and by the file's first bytes). */
export const AuthorisationFileType = z.enum(['application/pdf', 'image/png', 'image/jpeg', 'image/webp']);
export type AuthorisationFileType = z.infer<typeof AuthorisationFileType>;

/** The largest file the vault accepts: 5 MB. */
export const MAX_AUTHORISATION_FILE_BYTES = 5 * 1024 * 1024;

export const AuthorisationStatus = z.enum(['verified', 'pending', 'expired', 'rejected', 'withdrawn']);
export type AuthorisationStatus = z.infer<typeof AuthorisationStatus>;

/** A document in the seller's evidence vault. Nothing is deleted: a replaced or withdrawn one is 'withdrawn'. */
export const BrandAuthorisation = z.object({
  id: Id,
  sellerId: Id,
  brands: z.array(z.string()).min(1),
  documentType: AuthorisationDocumentType,
  issuer: z.string(),
  issuedAt: Timestamp,
  validUntil: Timestamp.nullable(),
  status: AuthorisationStatus,
  rejectionReason: z.string().nullable(),
  fileName: z.string(),
  fileType: AuthorisationFileType,
  /** Bytes. */
  fileSize: z.number().int().min(0),
  /** The document this one replaced (which is now 'withdrawn'). */
  replacesId: Id.nullable(),
  /** When a reviewer verified or rejected it. */
  decidedAt: Timestamp.nullable(),
});
export type BrandAuthorisation = z.infer<typeof BrandAuthorisation>;

/**
 * What the seller says about a document: the `metadata` part of the multipart upload (the `file` part is the
 * file itself). Brands are trimmed and de-duplicated ignoring case.
 */
export const BrandAuthorisationCreate = z
  .strictObject({
    brands: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'A brand name cannot be empty.')
          .max(100, 'Keep a brand name under 100 characters.'),
      )
      .min(1, 'Name at least one brand the document covers.')
      .max(50, 'Name at most 50 brands.')
      .transform((brands) =>
        brands.filter((b, i) => brands.findIndex((other) => other.toLowerCase() === b.toLowerCase()) === i),
      ),
    documentType: AuthorisationDocumentType,
    issuer: z.string().trim().min(2, 'Name who issued the document.').max(200),
    issuedAt: Timestamp,
    validUntil: Timestamp.nullable(),
  })
  .refine((value) => value.validUntil === null || value.validUntil > value.issuedAt, {
    path: ['validUntil'],
    message: 'The valid-until date must come after the issue date.',
  });
export type BrandAuthorisationCreate = z.input<typeof BrandAuthorisationCreate>;

export const PolicySummary = z.object({
  slug: z.string(),
  title: z.string(),
  topic: z.string(),
  summary: z.string(),
  source: z.string(),
  clauseCount: z.number().int().min(0),
});
export type PolicySummary = z.infer<typeof PolicySummary>;

export const RuleSeverity = z.enum(['block', 'warn', 'info']);

/** A checker rule as the reference pages show it. */
export const CheckerRule = z.object({
  id: z.string(),
  category: z.string(),
  severity: RuleSeverity,
  points: z.number().min(0),
  policy: PolicyRef,
  reason: z.string(),
  fix: z.string(),
  examples: z.object({ hit: z.array(z.string()), miss: z.array(z.string()) }),
  termCount: z.number().int().min(0),
});
export type CheckerRule = z.infer<typeof CheckerRule>;

export const PolicyClause = z.object({
  id: z.string(),
  title: z.string(),
  explanation: z.string(),
  allowed: z.array(z.string()),
  notAllowed: z.array(z.string()),
  /** The checker rules citing this clause. */
  rules: z.array(CheckerRule.pick({ id: true, severity: true, points: true, reason: true })),
  /** The penalty types and counting rules resting on it. */
  penalties: z.array(z.object({ id: z.string(), label: z.string(), detail: z.string() })),
});
export type PolicyClause = z.infer<typeof PolicyClause>;

export const PolicyDetail = PolicySummary.extend({
  breach: z.string().nullable(),
  examples: z.object({ allowed: z.array(z.string()), notAllowed: z.array(z.string()) }).nullable(),
  clauses: z.array(PolicyClause),
  sections: z.array(z.object({ title: z.string(), clauseIds: z.array(z.string()) })).nullable(),
  versions: z
    .object({
      before: z.string(),
      after: z.string(),
      changes: z.array(
        z.object({
          clause: z.string(),
          title: z.string(),
          kind: z.enum(['added', 'changed', 'removed']),
          before: z.string(),
          after: z.string(),
        }),
      ),
    })
    .nullable(),
});
export type PolicyDetail = z.infer<typeof PolicyDetail>;

export const DemoReset = z.object({ ok: z.literal(true), resetAt: Timestamp });
