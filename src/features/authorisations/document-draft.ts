import {
  AuthorisationDocumentType,
  AuthorisationFileType,
  MAX_AUTHORISATION_FILE_BYTES,
  type BrandAuthorisation,
  type BrandAuthorisationCreate,
} from '@/shared/api/schemas';
import { authorisationsMessages } from './messages';
import { formatBytes } from '@/shared/ui/authorisation-file';

/** What the seller types about a document, kept as a draft in this browser (the file itself cannot be). */
export interface DocumentDraft {
  documentType: BrandAuthorisation['documentType'];
  /** Comma-separated, as typed. */
  brands: string;
  issuer: string;
  /** YYYY-MM-DD, from a date field. */
  issuedAt: string;
  /** YYYY-MM-DD, or '' when it does not expire. */
  validUntil: string;
}

export type DraftField = keyof DocumentDraft | 'file';
export type DraftErrors = Partial<Record<DraftField, string>>;

export const EMPTY_DRAFT: DocumentDraft = {
  documentType: 'authorisation_letter',
  brands: '',
  issuer: '',
  issuedAt: '',
  validUntil: '',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A stored draft, if it still has the shape this version of the app expects. */
export function parseDraft(raw: unknown): DocumentDraft | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  const type = AuthorisationDocumentType.safeParse(value.documentType);
  const text = (key: string) =>
    typeof value[key] === 'string' ? (value[key] as string).slice(0, 2_000) : '';
  if (!type.success) return null;
  return {
    documentType: type.data,
    brands: text('brands'),
    issuer: text('issuer'),
    issuedAt: text('issuedAt'),
    validUntil: text('validUntil'),
  };
}

/** Brands as typed: separated by commas, semicolons or new lines; blanks and repeats (any case) dropped. */
export function splitBrands(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,;\n]/)
    .map((b) => b.trim())
    .filter((b) => {
      const key = b.toLowerCase();
      if (!b || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export const ACCEPTED_TYPES: readonly string[] = AuthorisationFileType.options;

/** The checks the server makes too, made first here so most mistakes never need a round trip. */
export function validateDraft(draft: DocumentDraft, file: File | null, today: string): DraftErrors {
  const errors: DraftErrors = {};
  const m = authorisationsMessages.get().validation;
  const brands = splitBrands(draft.brands);
  if (brands.length === 0) errors.brands = m.noBrand;
  else if (brands.some((b) => b.length > 100)) errors.brands = m.brandTooLong;
  if (draft.issuer.trim().length < 2) errors.issuer = m.noIssuer;
  if (!DAY.test(draft.issuedAt)) errors.issuedAt = m.noIssueDate;
  else if (draft.issuedAt > today) errors.issuedAt = m.futureIssueDate;
  if (draft.validUntil) {
    if (!DAY.test(draft.validUntil)) errors.validUntil = m.badValidUntil;
    else if (DAY.test(draft.issuedAt) && draft.validUntil <= draft.issuedAt)
      errors.validUntil = m.validUntilBeforeIssue;
    else if (draft.validUntil < today) errors.validUntil = m.alreadyExpired;
  }
  if (!file) errors.file = m.noFile;
  else if (!ACCEPTED_TYPES.includes(file.type)) errors.file = m.fileType;
  else if (file.size > MAX_AUTHORISATION_FILE_BYTES) errors.file = m.fileTooLarge(formatBytes(file.size));
  else if (file.size === 0) errors.file = m.fileEmpty;
  return errors;
}

/** The metadata part of the upload: an issue date at the start of its day, a valid-until date to its end. */
export function toMetadata(draft: DocumentDraft): BrandAuthorisationCreate {
  return {
    documentType: draft.documentType,
    brands: splitBrands(draft.brands),
    issuer: draft.issuer.trim(),
    issuedAt: `${draft.issuedAt}T00:00:00Z`,
    validUntil: draft.validUntil ? `${draft.validUntil}T23:59:59Z` : null,
  };
}

/** A draft from a document being replaced: its details, ready to edit. */
export function draftFrom(document: BrandAuthorisation): DocumentDraft {
  return {
    documentType: document.documentType,
    brands: document.brands.join(', '),
    issuer: document.issuer,
    issuedAt: document.issuedAt.slice(0, 10),
    validUntil: document.validUntil?.slice(0, 10) ?? '',
  };
}

/** The server's field errors, on the fields this form has. */
export function serverErrors(fieldErrors: Record<string, string[]>): DraftErrors {
  const errors: DraftErrors = {};
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const field = key.split('.')[0] as DraftField;
    if (field in EMPTY_DRAFT || field === 'file') errors[field] ??= messages[0];
  }
  return errors;
}
