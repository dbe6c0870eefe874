import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { isApiError } from '@/shared/api/api-error';
import type { BrandAuthorisation } from '@/shared/api/schemas';
import { useStoredDraft } from '@/shared/lib/use-stored-draft';
import { formatBytes } from '@/shared/ui/authorisation-file';
import { Notice } from '@/shared/ui/panels';
import {
  ACCEPTED_TYPES,
  draftFrom,
  EMPTY_DRAFT,
  parseDraft,
  serverErrors,
  splitBrands,
  toMetadata,
  validateDraft,
  type DocumentDraft,
  type DraftErrors,
  type DraftField,
} from './document-draft';
import { authorisationsMessages } from './messages';
import { useUploadDocument } from './queries';

const FIELD_ORDER: DraftField[] = ['documentType', 'brands', 'issuer', 'issuedAt', 'validUntil', 'file'];
const today = () => new Date().toISOString().slice(0, 10);

function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-700">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Adds a document to the vault, or replaces one. What is typed is kept as a draft in this browser (per
 * account, and per document being replaced) until it is sent; a refused upload keeps everything, file included.
 */
export function DocumentForm({
  accountId,
  replacing,
  onDone,
  onCancel,
}: {
  accountId: string;
  replacing?: BrandAuthorisation;
  onDone: (created: BrandAuthorisation) => void;
  onCancel?: () => void;
}) {
  const base = useId();
  const draftKey = `scd:vault-draft:${accountId}:${replacing?.id ?? 'new'}`;
  const draft = useStoredDraft<DocumentDraft>(
    draftKey,
    parseDraft,
    replacing ? draftFrom(replacing) : EMPTY_DRAFT,
  );
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const upload = useUploadDocument();
  const fileInput = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const value = draft.value;
  const id = (field: DraftField) => `${base}-${field}`;
  const m = authorisationsMessages.use();
  const f = m.form;

  const set = (patch: Partial<DocumentDraft>) => {
    draft.set({ ...value, ...patch });
    const cleared = { ...errors };
    for (const key of Object.keys(patch)) delete cleared[key as DraftField];
    setErrors(cleared);
  };

  const showErrors = (next: DraftErrors) => {
    setErrors(next);
    const first = FIELD_ORDER.find((field) => next[field]);
    if (first) form.current?.querySelector<HTMLElement>(`#${CSS.escape(id(first))}`)?.focus();
  };

  /** The id and the invalid/described-by attributes every control of the form carries. */
  const control = (field: DraftField, hint = false) => ({
    id: id(field),
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby':
      [hint ? `${id(field)}-hint` : '', errors[field] ? `${id(field)}-error` : '']
        .filter(Boolean)
        .join(' ') || undefined,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateDraft(value, file, today());
    if (Object.keys(found).length > 0 || !file) {
      showErrors(found);
      return;
    }
    upload.mutate(
      { metadata: toMetadata(value), file, replaces: replacing?.id },
      {
        onSuccess: (created) => {
          draft.clear();
          setFile(null);
          if (fileInput.current) fileInput.current.value = '';
          onDone(created);
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 422) showErrors(serverErrors(error.fieldErrors));
          else if (isApiError(error) && error.status === 413) showErrors({ file: error.message });
        },
      },
    );
  };

  const error = upload.error;
  const fieldProblem = isApiError(error) && (error.status === 422 || error.status === 413);
  const brands = splitBrands(value.brands);

  return (
    <form ref={form} noValidate onSubmit={submit} className="space-y-4" aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`} className="text-lg font-semibold text-slate-900">
        {replacing ? f.replaceTitle(replacing.fileName) : f.addTitle}
      </h2>
      {replacing ? <p className="text-sm text-slate-700">{f.replacing}</p> : null}
      {draft.restored ? <Notice>{f.restored}</Notice> : null}
      {fieldProblem ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">
          <p className="font-semibold">{f.refused}</p>
          <p>
            {error.message} {f.fixAndResend}
          </p>
        </div>
      ) : null}
      <Field id={id('documentType')} label={f.type} error={errors.documentType}>
        <select
          {...control('documentType')}
          className="field mt-1 w-full max-w-md"
          value={value.documentType}
          onChange={(e) => set({ documentType: e.target.value as DocumentDraft['documentType'] })}
        >
          {Object.entries(m.documentTypes).map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id('brands')} label={f.brands} hint={f.brandsHint} error={errors.brands}>
        <input
          {...control('brands', true)}
          className="field mt-1 w-full max-w-md"
          value={value.brands}
          maxLength={2_000}
          onChange={(e) => set({ brands: e.target.value })}
        />
        {brands.length > 0 ? (
          <ul aria-label={f.brandsPreview} className="mt-2 flex flex-wrap gap-1">
            {brands.map((brand) => (
              <li key={brand} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-800">
                {brand}
              </li>
            ))}
          </ul>
        ) : null}
      </Field>
      <Field id={id('issuer')} label={f.issuer} hint={f.issuerHint} error={errors.issuer}>
        <input
          {...control('issuer', true)}
          className="field mt-1 w-full max-w-md"
          value={value.issuer}
          maxLength={200}
          onChange={(e) => set({ issuer: e.target.value })}
        />
      </Field>
      <div className="flex flex-wrap gap-4">
        <Field id={id('issuedAt')} label={f.issuedAt} error={errors.issuedAt}>
          <input
            {...control('issuedAt')}
            type="date"
            className="field mt-1"
            value={value.issuedAt}
            onChange={(e) => set({ issuedAt: e.target.value })}
          />
        </Field>
        <Field id={id('validUntil')} label={f.validUntil} hint={f.validUntilHint} error={errors.validUntil}>
          <input
            {...control('validUntil', true)}
            type="date"
            className="field mt-1"
            value={value.validUntil}
            onChange={(e) => set({ validUntil: e.target.value })}
          />
        </Field>
      </div>
      <Field id={id('file')} label={f.file} hint={f.fileHint} error={errors.file}>
        <input
          ref={fileInput}
          {...control('file', true)}
          type="file"
          accept={ACCEPTED_TYPES.join(',')}
          className="mt-1 block text-sm"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setErrors(({ file: _file, ...rest }) => rest);
          }}
        />
        {file ? (
          <p className="mt-1 text-xs text-slate-700">{f.chosen(file.name, formatBytes(file.size))}</p>
        ) : null}
      </Field>
      {error && !fieldProblem ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">
          <p className="font-semibold">{f.notSent}</p>
          <p>
            {error.message} {f.nothingLost}
          </p>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary" disabled={upload.isPending}>
          {upload.isPending ? f.sending : replacing ? f.sendReplacement : f.send}
        </button>
        {onCancel ? (
          <button type="button" className="btn-secondary" disabled={upload.isPending} onClick={onCancel}>
            {f.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
