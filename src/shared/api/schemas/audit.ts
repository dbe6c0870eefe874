import { z } from 'zod/mini';
import { AuditEvent } from './review';

/** The families of audit actions the log filters by: `decision.remove_listing` is in `decision`. */
export const AuditActionGroup = z.enum(['decision', 'appeal', 'complaint', 'rule']);
export type AuditActionGroup = z.infer<typeof AuditActionGroup>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar day (UTC), `2026-11-20`: checked to be a real day, so `2026-02-31` is refused. */
export const AuditDay = z.string().check(
  z.regex(DAY, 'Give a date as YYYY-MM-DD.'),
  z.refine((value: string) => {
    const at = Date.parse(`${value}T00:00:00Z`);
    return Number.isFinite(at) && new Date(at).toISOString().startsWith(value);
  }, 'That is not a real date.'),
);

/** The audit log's filters, as query parameters. Dates are inclusive UTC days. */
const AuditFilters = z.object({
  q: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  subjectId: z.optional(z.string().check(z.maxLength(64))),
  action: z.optional(AuditActionGroup),
  actor: z.optional(z.string().check(z.trim(), z.maxLength(64))),
  subjectType: z.optional(z.string().check(z.trim(), z.maxLength(32))),
  from: z.optional(AuditDay),
  to: z.optional(AuditDay),
});
export const AuditQuery = AuditFilters.check(
  z.refine((query: z.output<typeof AuditFilters>) => !query.from || !query.to || query.from <= query.to, {
    message: 'The start date must be on or before the end date.',
    path: ['to'],
  }),
);
export type AuditQuery = z.infer<typeof AuditQuery>;

/** An audit event as the log answers it: with the checker rules behind it (worked out, not stored). */
export const AuditEntry = z.extend(AuditEvent, { ruleIds: z.array(z.string()) });
export type AuditEntry = z.infer<typeof AuditEntry>;
