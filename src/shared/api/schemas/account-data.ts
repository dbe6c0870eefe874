import { z } from 'zod/mini';
import { Id, intAtLeast, PolicyRef, Timestamp } from './common';

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
  link: z.string().check(z.startsWith('/')),
  createdAt: Timestamp,
  readAt: z.nullable(Timestamp),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationList = z.object({ items: z.array(Notification), unread: intAtLeast(0) });
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
  brands: z.array(z.string()).check(z.minLength(1)),
  documentType: AuthorisationDocumentType,
  issuer: z.string(),
  issuedAt: Timestamp,
  validUntil: z.nullable(Timestamp),
  status: AuthorisationStatus,
  rejectionReason: z.nullable(z.string()),
  fileName: z.string(),
  fileType: AuthorisationFileType,
  /** Bytes. */
  fileSize: intAtLeast(0),
  /** The document this one replaced (which is now 'withdrawn'). */
  replacesId: z.nullable(Id),
  /** When a reviewer verified or rejected it. */
  decidedAt: z.nullable(Timestamp),
});
export type BrandAuthorisation = z.infer<typeof BrandAuthorisation>;

/**
 * What the seller says about a document: the `metadata` part of the multipart upload (the `file` part is the
 * file itself). Brands are trimmed and de-duplicated ignoring case.
 */
const BrandAuthorisationFields = z.strictObject({
  brands: z.pipe(
    z
      .array(
        z
          .string()
          .check(
            z.trim(),
            z.minLength(1, 'A brand name cannot be empty.'),
            z.maxLength(100, 'Keep a brand name under 100 characters.'),
          ),
      )
      .check(
        z.minLength(1, 'Name at least one brand the document covers.'),
        z.maxLength(50, 'Name at most 50 brands.'),
      ),
    z.transform((brands: string[]) =>
      brands.filter((b, i) => brands.findIndex((other) => other.toLowerCase() === b.toLowerCase()) === i),
    ),
  ),
  documentType: AuthorisationDocumentType,
  issuer: z.string().check(z.trim(), z.minLength(2, 'Name who issued the document.'), z.maxLength(200)),
  issuedAt: Timestamp,
  validUntil: z.nullable(Timestamp),
});
export const BrandAuthorisationCreate = BrandAuthorisationFields.check(
  z.refine(
    (value: z.output<typeof BrandAuthorisationFields>) =>
      value.validUntil === null || value.validUntil > value.issuedAt,
    { path: ['validUntil'], message: 'The valid-until date must come after the issue date.' },
  ),
);
export type BrandAuthorisationCreate = z.input<typeof BrandAuthorisationCreate>;

export const PolicySummary = z.object({
  slug: z.string(),
  title: z.string(),
  topic: z.string(),
  summary: z.string(),
  source: z.string(),
  clauseCount: intAtLeast(0),
});
export type PolicySummary = z.infer<typeof PolicySummary>;

export const RuleSeverity = z.enum(['block', 'warn', 'info']);

/** A checker rule as the reference pages show it. */
export const CheckerRule = z.object({
  id: z.string(),
  category: z.string(),
  severity: RuleSeverity,
  points: z.number().check(z.gte(0)),
  policy: PolicyRef,
  reason: z.string(),
  fix: z.string(),
  examples: z.object({ hit: z.array(z.string()), miss: z.array(z.string()) }),
  termCount: intAtLeast(0),
});
export type CheckerRule = z.infer<typeof CheckerRule>;

export const PolicyClause = z.object({
  id: z.string(),
  title: z.string(),
  explanation: z.string(),
  allowed: z.array(z.string()),
  notAllowed: z.array(z.string()),
  /** The checker rules citing this clause. */
  rules: z.array(z.pick(CheckerRule, { id: true, severity: true, points: true, reason: true })),
  /** The penalty types and counting rules resting on it. */
  penalties: z.array(z.object({ id: z.string(), label: z.string(), detail: z.string() })),
});
export type PolicyClause = z.infer<typeof PolicyClause>;

export const PolicyDetail = z.extend(PolicySummary, {
  breach: z.nullable(z.string()),
  examples: z.nullable(z.object({ allowed: z.array(z.string()), notAllowed: z.array(z.string()) })),
  clauses: z.array(PolicyClause),
  sections: z.nullable(z.array(z.object({ title: z.string(), clauseIds: z.array(z.string()) }))),
  versions: z.nullable(
    z.object({
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
    }),
  ),
});
export type PolicyDetail = z.infer<typeof PolicyDetail>;

export const DemoReset = z.object({ ok: z.literal(true), resetAt: Timestamp });
