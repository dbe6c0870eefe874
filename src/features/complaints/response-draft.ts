import { z } from 'zod/mini';
import { COUNTER_NOTICE_GROUNDS, type CounterNoticeGround } from '@/domain/complaints/grounds';
import { ComplaintResponseCreate, DocumentRef } from '@/shared/api/schemas';
import { complaintsMessages } from './messages';

/** The seller's unfinished answer to a complaint, as kept in this browser while they write it. */
export interface ResponseDraft {
  choice: 'accept' | 'counter_notice' | null;
  grounds: CounterNoticeGround[];
  statement: string;
  /** Rows being filled in: a name may still be empty. */
  documents: { kind: DocumentRef['kind']; name: string; vaultId?: string }[];
}

/** One draft per account and complaint, so two demo accounts in one browser never see each other's. */
export const draftKey = (accountId: string, complaintId: string) =>
  `scd:complaint-draft:${accountId}:${complaintId}`;

/** A new draft starts with the grounds the admissibility checks suggest already ticked. */
export function emptyDraft(suggested: readonly CounterNoticeGround[]): ResponseDraft {
  return { choice: null, grounds: [...suggested], statement: '', documents: [] };
}

const StoredDraft = z.object({
  choice: z.nullable(z.enum(['accept', 'counter_notice'])),
  grounds: z.array(z.enum(COUNTER_NOTICE_GROUNDS)),
  statement: z.string().check(z.maxLength(20_000)),
  documents: z
    .array(
      z.object({
        kind: DocumentRef.shape.kind,
        name: z.string().check(z.maxLength(200)),
        vaultId: z.optional(z.string().check(z.maxLength(64))),
      }),
    )
    .check(z.maxLength(10)),
});

/** What was stored, if it is a draft this version of the app understands (older or damaged ones are ignored). */
export function parseDraft(raw: unknown): ResponseDraft | null {
  const parsed = StoredDraft.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export type ResponseField = 'kind' | 'grounds' | 'statement' | 'documents' | 'form';

/** The order of the fields on the page: the first invalid one takes focus. */
export const FIELD_ORDER: readonly ResponseField[] = ['kind', 'grounds', 'statement', 'documents', 'form'];

export type ResponseErrors = Partial<Record<ResponseField, string>>;

/**
 * Turns `fieldErrors` as the API sends them (`{ 'documents.0.name': [...] }`) into one message per form field,
 * the first one for each; a document's message says which document it is about.
 */
export function responseErrors(fieldErrors: Record<string, readonly string[]>): ResponseErrors {
  const errors: ResponseErrors = {};
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const [head, index] = path.split('.');
    const message = messages[0];
    if (!message) continue;
    const field: ResponseField =
      head === 'kind' || head === 'body' || head === ''
        ? 'kind'
        : head === 'grounds' || head === 'statement' || head === 'documents'
          ? head
          : 'form';
    const text =
      field === 'documents' && index !== undefined && /^\d+$/.test(index)
        ? complaintsMessages.get().validation.document(Number(index) + 1, message)
        : field === 'form'
          ? `${path}: ${message}`
          : message;
    errors[field] ??= text;
  }
  return errors;
}

/** What the form says about a problem the schema found: in the interface language for those it knows. */
function issueMessage(issue: z.core.$ZodIssue): string {
  const words = complaintsMessages.get().validation;
  const [head, , leaf] = issue.path.map(String);
  const short = issue.code === 'too_small';
  const long = issue.code === 'too_big';
  if (head === 'grounds' && issue.path.length === 1 && short) return words.grounds;
  if (head === 'statement' && (short || long)) return short ? words.statementShort : words.statementLong;
  if (head === 'documents' && issue.path.length === 1 && long) return words.documentsMax;
  if (head === 'documents' && leaf === 'name' && (short || long))
    return short ? words.documentName : words.documentNameLong;
  return issue.message;
}

function issuesByPath(error: z.core.$ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues)
    (fields[issue.path.map(String).join('.')] ??= []).push(issueMessage(issue));
  return fields;
}

/** The request body for a draft, checked with the same schema the API uses; or the messages to show. */
export function validateDraft(
  draft: ResponseDraft,
): { ok: true; body: ComplaintResponseCreate } | { ok: false; errors: ResponseErrors } {
  if (draft.choice === null) {
    return {
      ok: false,
      errors: { kind: complaintsMessages.get().validation.chooseKind },
    };
  }
  const body: ComplaintResponseCreate =
    draft.choice === 'accept'
      ? { kind: 'accept' }
      : {
          kind: 'counter_notice',
          grounds: draft.grounds,
          statement: draft.statement,
          documents: draft.documents,
        };
  const parsed = ComplaintResponseCreate.safeParse(body);
  return parsed.success
    ? { ok: true, body }
    : { ok: false, errors: responseErrors(issuesByPath(parsed.error)) };
}
