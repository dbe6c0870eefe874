import { useQueryClient, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { suggestedGrounds } from '@/domain/complaints/admissibility';
import { COUNTER_NOTICE_GROUNDS, GROUND_LABELS, type CounterNoticeGround } from '@/domain/complaints/grounds';
import { isApiError } from '@/shared/api/api-error';
import type { ComplaintListing, ComplaintResponseCreate, IpComplaint } from '@/shared/api/schemas';
import { useLocale } from '@/shared/i18n/locale';
import { formatDateTime } from '@/shared/lib/format';
import { useNow } from '@/shared/lib/use-now';
import { useStoredDraft } from '@/shared/lib/use-stored-draft';
import { Badge } from '@/shared/ui/badge';
import { authorisationsQuery, vaultOptions } from '@/shared/api/authorisations';
import { DocumentsField, type DocumentKind } from '@/shared/ui/documents-field';
import { Card, ErrorPanel, Notice } from '@/shared/ui/panels';
import { complaintsMessages } from './messages';
import { useRespondToComplaint } from './mutations';
import { complaintKeys } from './queries';
import {
  draftKey,
  emptyDraft,
  FIELD_ORDER,
  parseDraft,
  responseErrors,
  validateDraft,
  type ResponseDraft,
  type ResponseErrors,
  type ResponseField,
} from './response-draft';

const RESPONSE_DOCUMENT_KINDS: readonly DocumentKind[] = [
  'authorisation_letter',
  'purchase_invoice',
  'trademark_certificate',
  'licence',
  'photo',
  'other',
];

const MIN_STATEMENT = 30;

type Respond = ReturnType<typeof useRespondToComplaint>;
type Draft = ReturnType<typeof useStoredDraft<ResponseDraft>>;

/**
 * The seller's answer: accept (after a confirm step naming the listings that go) or a counter-notice. The draft
 * lives in this browser until it is sent; the section outlives the form, so it can say the answer went through.
 */
export function ResponseSection({
  complaint,
  listings,
  accountId,
}: {
  complaint: IpComplaint;
  listings: readonly ComplaintListing[];
  accountId: string;
}) {
  const suggested = suggestedGrounds(complaint);
  const draft = useStoredDraft(draftKey(accountId, complaint.id), parseDraft, emptyDraft(suggested));
  const respond = useRespondToComplaint(complaint.id);
  const now = useNow();
  const [sent, setSent] = useState<ComplaintResponseCreate['kind'] | null>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  const a = complaintsMessages.use().answer;
  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  const open = complaint.status === 'awaiting_response' && Date.parse(complaint.respondBy) > now.getTime();
  const lapsed = complaint.status === 'awaiting_response' && !open;

  return (
    <Card title={a.title} className="lg:col-span-2">
      {sent ? (
        <div ref={sentRef} tabIndex={-1} className="mb-3 outline-none">
          <Notice>
            <p role="status" className="font-medium">
              {sent === 'accept'
                ? listings.length === 0
                  ? a.acceptedNone
                  : a.acceptedRemoved(listings.length)
                : a.counterNoticed}
            </p>
          </Notice>
        </div>
      ) : null}
      {open ? (
        <ResponseForm
          complaint={complaint}
          listings={listings}
          suggested={suggested}
          draft={draft}
          respond={respond}
          onSent={setSent}
        />
      ) : lapsed ? (
        <Notice tone="warn">{a.lapsed(formatDateTime(complaint.respondBy))}</Notice>
      ) : !sent ? (
        <p className="text-sm">{a.nothingToDo}</p>
      ) : null}
    </Card>
  );
}

function ResponseForm({
  complaint,
  listings,
  suggested,
  draft,
  respond,
  onSent,
}: {
  complaint: IpComplaint;
  listings: readonly ComplaintListing[];
  suggested: readonly CounterNoticeGround[];
  draft: Draft;
  respond: Respond;
  onSent: (kind: ComplaintResponseCreate['kind']) => void;
}) {
  const queryClient = useQueryClient();
  const base = useId();
  const ids = {
    kind: `${base}-kind-accept`,
    grounds: `${base}-ground-${COUNTER_NOTICE_GROUNDS[0]}`,
    statement: `${base}-statement`,
    documents: `${base}-documents`,
    form: `${base}-submit`,
  } satisfies Record<ResponseField, string>;
  const value = draft.value;
  const [errors, setErrors] = useState<ResponseErrors>({});
  // Stored brand documents can be attached without uploading them again (the form is shown to sellers only).
  const vault = vaultOptions(useQuery(authorisationsQuery()).data ?? []);
  const [confirming, setConfirming] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const a = complaintsMessages.use().answer;
  const groundLabels = GROUND_LABELS[useLocale()];

  const focusField = (field: ResponseField) => {
    const element = formRef.current?.querySelector<HTMLElement>(`[id="${ids[field]}"]`);
    const target =
      field === 'documents'
        ? element?.querySelector<HTMLElement>('input, select, button:not([disabled])')
        : element;
    target?.focus();
  };
  /** Shows the messages, then moves focus to the first field they are about (once it is on the page). */
  const showErrors = (next: ResponseErrors) => {
    flushSync(() => setErrors(next));
    const first = FIELD_ORDER.find((f) => next[f]);
    if (first) focusField(first);
  };

  const update = (patch: Partial<ResponseDraft>, fields: readonly ResponseField[]) => {
    draft.set({ ...value, ...patch });
    if (fields.some((f) => errors[f])) {
      setErrors(
        Object.fromEntries(Object.entries(errors).filter(([f]) => !fields.includes(f as ResponseField))),
      );
    }
    if (fields.includes('kind')) setConfirming(false);
  };

  const send = (body: ComplaintResponseCreate) =>
    respond.mutate(body, {
      onSuccess: () => {
        draft.clear();
        onSent(body.kind);
      },
      onError: (error) => {
        setConfirming(false);
        if (isApiError(error) && error.status === 422 && Object.keys(error.fieldErrors).length > 0) {
          showErrors(responseErrors(error.fieldErrors));
        }
      },
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    respond.reset();
    const result = validateDraft(value);
    if (!result.ok) {
      showErrors(result.errors);
      return;
    }
    setErrors({});
    if (result.body.kind === 'accept') setConfirming(true);
    else send(result.body);
  };

  const discard = () => {
    draft.clear();
    setErrors({});
    setConfirming(false);
    respond.reset();
  };

  const error = respond.error;
  const fieldErrorsFromServer =
    isApiError(error) && error.status === 422 && Object.keys(error.fieldErrors).length > 0;
  const listed = FIELD_ORDER.filter((f) => errors[f]);
  const trimmed = value.statement.trim().length;
  const dirty = JSON.stringify(value) !== JSON.stringify(emptyDraft(suggested));

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-label={a.form} className="space-y-4 text-sm">
      {draft.restored ? (
        <Notice>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p>
              <span className="font-medium">{a.draftRestored}</span> {a.draftRestoredText}
            </p>
            <button type="button" className="btn-secondary" onClick={discard}>
              {a.discardDraft}
            </button>
          </div>
        </Notice>
      ) : null}
      <p className="text-slate-700">{a.intro(formatDateTime(complaint.respondBy))}</p>

      {listed.length > 0 ? (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
          <h3 className="font-semibold">{fieldErrorsFromServer ? a.refused : a.checkAnswer}</h3>
          <ul className="mt-1 list-inside list-disc">
            {listed.map((field) => (
              <li key={field}>
                <a
                  className="underline"
                  href={`#${ids[field]}`}
                  onClick={(e) => {
                    e.preventDefault();
                    focusField(field);
                  }}
                >
                  {errors[field]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset aria-describedby={errors.kind ? `${base}-kind-error` : undefined}>
        <legend className="font-medium text-slate-900">{a.how}</legend>
        <div className="mt-2 space-y-2">
          <Choice
            id={ids.kind}
            name={`${base}-kind`}
            checked={value.choice === 'accept'}
            onChange={() => update({ choice: 'accept' }, ['kind'])}
            label={a.accept}
            hint={listings.length === 0 ? a.acceptHintNone : a.acceptHint(listings.length)}
          />
          <Choice
            id={`${base}-kind-counter_notice`}
            name={`${base}-kind`}
            checked={value.choice === 'counter_notice'}
            onChange={() => update({ choice: 'counter_notice' }, ['kind'])}
            label={a.counterNotice}
            hint={a.counterNoticeHint}
          />
        </div>
        <FieldError id={`${base}-kind-error`} message={errors.kind} />
      </fieldset>

      {value.choice === 'accept' && listings.length > 0 ? (
        <div>
          <p className="font-medium">{a.removes}</p>
          <ul className="mt-1 list-inside list-disc">
            {listings.map((l) => (
              <li key={l.id}>{l.title}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {value.choice === 'counter_notice' ? (
        <>
          <fieldset
            aria-describedby={[`${base}-grounds-hint`, errors.grounds ? `${base}-grounds-error` : '']
              .filter(Boolean)
              .join(' ')}
          >
            <legend className="font-medium text-slate-900">{a.grounds}</legend>
            <p id={`${base}-grounds-hint`} className="text-slate-700">
              {a.groundsHint}
              {suggested.length > 0 ? a.groundsSuggestedHint : ''}
            </p>
            <ul className="mt-2 space-y-1">
              {COUNTER_NOTICE_GROUNDS.map((ground) => (
                <li key={ground}>
                  <label className="flex items-start gap-2 py-0.5">
                    <input
                      type="checkbox"
                      id={`${base}-ground-${ground}`}
                      className="mt-1"
                      checked={value.grounds.includes(ground)}
                      aria-invalid={errors.grounds ? true : undefined}
                      onChange={(e) =>
                        update(
                          {
                            grounds: e.target.checked
                              ? COUNTER_NOTICE_GROUNDS.filter(
                                  (g) => g === ground || value.grounds.includes(g),
                                )
                              : value.grounds.filter((g) => g !== ground),
                          },
                          ['grounds'],
                        )
                      }
                    />
                    <span>
                      {groundLabels[ground]}
                      {suggested.includes(ground) ? (
                        <>
                          {' '}
                          <Badge tone="info">{a.suggested}</Badge>
                        </>
                      ) : null}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <FieldError id={`${base}-grounds-error`} message={errors.grounds} />
          </fieldset>

          <div>
            <label htmlFor={ids.statement} className="block font-medium text-slate-900">
              {a.statement}
            </label>
            <p id={`${base}-statement-hint`} className="text-slate-700">
              {a.statementHint(MIN_STATEMENT)}
            </p>
            <textarea
              id={ids.statement}
              className="field mt-1 w-full"
              rows={5}
              maxLength={10_000}
              value={value.statement}
              aria-invalid={errors.statement ? true : undefined}
              aria-describedby={[
                `${base}-statement-hint`,
                `${base}-statement-count`,
                errors.statement ? `${base}-statement-error` : '',
              ]
                .filter(Boolean)
                .join(' ')}
              onChange={(e) => update({ statement: e.target.value }, ['statement'])}
            />
            <p id={`${base}-statement-count`} className="text-xs text-slate-700">
              {a.characters(trimmed)}
              {trimmed < MIN_STATEMENT ? a.moreNeeded(MIN_STATEMENT - trimmed) : ''}
            </p>
            <FieldError id={`${base}-statement-error`} message={errors.statement} />
          </div>

          <div id={ids.documents}>
            <DocumentsField
              legend={a.documents}
              hint={a.documentsHint}
              value={value.documents}
              onChange={(documents) => update({ documents }, ['documents'])}
              kinds={RESPONSE_DOCUMENT_KINDS}
              error={errors.documents}
              vault={vault}
            />
          </div>
        </>
      ) : null}

      <FieldError id={`${base}-form-error`} message={errors.form} />

      {error && !fieldErrorsFromServer ? (
        isApiError(error) && error.status === 409 ? (
          <ErrorPanel title={a.alreadyAnswered} error={error}>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => queryClient.invalidateQueries({ queryKey: complaintKeys.detail(complaint.id) })}
            >
              {a.showStatus}
            </button>
          </ErrorPanel>
        ) : isApiError(error) && error.status === 422 ? (
          <ErrorPanel title={a.notSent} error={error} />
        ) : (
          <ErrorPanel
            title={a.notSent}
            error={error}
            onRetry={respond.variables ? () => send(respond.variables) : undefined}
          >
            <span className="self-center text-sm">{a.keptInForm}</span>
          </ErrorPanel>
        )
      ) : null}

      {confirming ? (
        <ConfirmAccept
          listings={listings}
          pending={respond.isPending}
          onConfirm={() => send({ kind: 'accept' })}
          onCancel={() => {
            // The submit button comes back in place of the question; focus returns to it.
            flushSync(() => setConfirming(false));
            submitRef.current?.focus();
          }}
        />
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <button
            ref={submitRef}
            id={ids.form}
            type="submit"
            className="btn-primary"
            disabled={respond.isPending}
          >
            {respond.isPending
              ? a.sending
              : value.choice === 'accept'
                ? a.submitAccept
                : value.choice === 'counter_notice'
                  ? a.submitCounterNotice
                  : a.submit}
          </button>
          {!draft.restored && dirty ? (
            <button type="button" className="btn-secondary" disabled={respond.isPending} onClick={discard}>
              {a.discardDraft}
            </button>
          ) : null}
        </div>
      )}
    </form>
  );
}

function Choice({
  id,
  name,
  checked,
  onChange,
  label,
  hint,
}: {
  id: string;
  name: string;
  checked: boolean;
  onChange: () => void;
  label: string;
  hint: string;
}) {
  return (
    <div className="flex items-start gap-2">
      <input
        type="radio"
        id={id}
        name={name}
        className="mt-1"
        checked={checked}
        onChange={onChange}
        aria-describedby={`${id}-hint`}
      />
      <div>
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-slate-700">
          {hint}
        </p>
      </div>
    </div>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="mt-1 font-medium text-red-800">
      {message}
    </p>
  ) : null;
}

/**
 * The last step before accepting: it names the listings that will be removed. Focus starts on "Go back", the safe
 * choice, and Escape means the same.
 */
function ConfirmAccept({
  listings,
  pending,
  onConfirm,
  onCancel,
}: {
  listings: readonly ComplaintListing[];
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const back = useRef<HTMLButtonElement>(null);
  const m = complaintsMessages.use();
  const c = m.confirm;
  useEffect(() => back.current?.focus(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950"
    >
      <h3 id={`${id}-title`} className="font-semibold">
        {listings.length === 0 ? c.titleNone : c.title(listings.length)}
      </h3>
      <div id={`${id}-text`} className="mt-1">
        {listings.length === 0 ? (
          <p>{c.textNone}</p>
        ) : (
          <>
            <p>{c.text(listings.length)}</p>
            <ul className="mt-1 list-inside list-disc">
              {listings.map((l) => (
                <li key={l.id}>{l.title}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className="btn-primary" disabled={pending} onClick={onConfirm}>
          {pending ? m.answer.sending : listings.length === 0 ? c.yesNone : c.yes}
        </button>
        <button ref={back} type="button" className="btn-secondary" disabled={pending} onClick={onCancel}>
          {c.back}
        </button>
      </div>
    </div>
  );
}
