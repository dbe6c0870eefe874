import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { authorisationsQuery, vaultOptions } from '@/shared/api/authorisations';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { buildLedger } from '@/domain/penalties/ledger';
import { appealState, currentStatus } from '@/domain/penalties/standing';
import { isApiError } from '@/shared/api/api-error';
import { AppealCreate, type DocumentRef, type PenaltyRecord } from '@/shared/api/schemas';
import { formatDate, formatDateTime } from '@/shared/lib/format';
import { useNow } from '@/shared/lib/use-now';
import { useStoredDraft } from '@/shared/lib/use-stored-draft';
import { Countdown } from '@/shared/ui/countdown';
import { DOCUMENT_KIND_LABELS, DocumentsField, type DocumentKind } from '@/shared/ui/documents-field';
import { ClauseLink } from '@/shared/ui/clause-link';
import { PageHeader } from '@/shared/ui/page-header';
import { Card, EmptyState, Notice } from '@/shared/ui/panels';
import { APPEAL_STATUS_OPTIONS, PENALTY_STATUS_OPTIONS, StatusBadge } from '@/shared/ui/status-options';
import { CLAUSES, KIND_LABELS } from './ledger-text';
import { AdjustmentNotes, countedLabel, SourceLink } from './counted-points';
import { appealsQuery, penaltiesQuery, useSubmitAppeal } from './queries';

const APPEAL_DOCUMENT_KINDS: readonly DocumentKind[] = [
  'photo',
  'purchase_invoice',
  'authorisation_letter',
  'licence',
  'trademark_certificate',
  'other',
];

interface AppealDraft {
  reason: string;
  documents: DocumentRef[];
}
const EMPTY: AppealDraft = { reason: '', documents: [] };

function parseDraft(raw: unknown): AppealDraft | null {
  if (!raw || typeof raw !== 'object') return null;
  const { reason, documents } = raw as Partial<AppealDraft>;
  if (typeof reason !== 'string' || !Array.isArray(documents)) return null;
  const docs = documents.filter(
    (d): d is DocumentRef =>
      !!d && typeof d.name === 'string' && typeof d.kind === 'string' && d.kind in DOCUMENT_KIND_LABELS,
  );
  return { reason, documents: docs };
}

type Errors = { reason?: string; documents?: string; form?: string };

function errorsFrom(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const field =
      issue.path[0] === 'documents' ? 'documents' : issue.path[0] === 'reason' ? 'reason' : 'form';
    errors[field] ??= issue.message;
  }
  return errors;
}

function AppealForm({ record }: { record: PenaltyRecord }) {
  const draft = useStoredDraft(`scd:appeal-draft:${record.id}`, parseDraft, EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const submit = useSubmitAppeal(record.id);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const { reason, documents } = draft.value;
  const vault = vaultOptions(useQuery(authorisationsQuery()).data ?? []);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const named = documents.filter((d) => d.name.trim() !== '');
    const parsed = AppealCreate.safeParse({ reason, documents: named });
    if (!parsed.success) {
      const found = errorsFrom(parsed.error.issues);
      setErrors(found);
      if (found.reason) reasonRef.current?.focus();
      else summaryRef.current?.focus();
      return;
    }
    setErrors({});
    submit.mutate(parsed.data, {
      onSuccess: () => draft.clear(),
      onError: (error) => {
        if (isApiError(error) && Object.keys(error.fieldErrors).length > 0) {
          setErrors(
            errorsFrom(
              Object.entries(error.fieldErrors).flatMap(([path, messages]) =>
                messages.map((message) => ({ path: path.split('.'), message })),
              ),
            ),
          );
        }
        summaryRef.current?.focus();
      },
    });
  }

  const messages = [errors.reason, errors.documents, errors.form].filter(Boolean);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="appeal-heading">
      {draft.restored ? (
        <Notice>
          Your unsent appeal was restored from this browser.{' '}
          <button type="button" className="link" onClick={draft.clear}>
            Discard the draft
          </button>
        </Notice>
      ) : null}
      <div ref={summaryRef} tabIndex={-1} className="outline-none">
        {messages.length > 0 ? (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-semibold">The appeal was not sent:</p>
            <ul className="list-inside list-disc">
              {messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ) : submit.isError ? (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-semibold">The appeal was not sent.</p>
            <p>
              {submit.error.message}{' '}
              {isApiError(submit.error) && submit.error.isTransient
                ? 'Your text is kept; try again.'
                : 'Your text is kept in this browser.'}
            </p>
          </div>
        ) : null}
      </div>
      <label className="flex flex-col text-sm font-medium text-slate-800">
        Why the penalty is wrong
        <span id="appeal-reason-hint" className="text-xs font-normal text-slate-700">
          Say what the item really is and why the rule does not apply. At least 20 characters.
        </span>
        <textarea
          ref={reasonRef}
          className="field mt-1 min-h-32"
          value={reason}
          maxLength={5_000}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={`appeal-reason-hint${errors.reason ? ' appeal-reason-error' : ''}`}
          onChange={(e) => draft.set({ ...draft.value, reason: e.target.value })}
        />
        {errors.reason ? (
          <span id="appeal-reason-error" className="mt-1 text-sm font-medium text-red-800">
            {errors.reason}
          </span>
        ) : null}
        <span className="mt-1 text-xs font-normal text-slate-700">{reason.length} / 5,000</span>
      </label>
      <DocumentsField
        legend="Supporting documents (optional)"
        hint="Photos of the product, an invoice from your supplier, an authorisation letter."
        value={documents}
        onChange={(next) => draft.set({ ...draft.value, documents: next })}
        kinds={APPEAL_DOCUMENT_KINDS}
        error={errors.documents}
        vault={vault}
      />
      <p className="text-sm text-slate-700">
        One appeal per penalty: check it before you send. The draft is saved in this browser as you type.
      </p>
      <button type="submit" className="btn-primary" disabled={submit.isPending}>
        {submit.isPending ? 'Sending…' : 'Send the appeal'}
      </button>
    </form>
  );
}

function AppealSection({ record, now }: { record: PenaltyRecord; now: Date }) {
  const { data: appeals } = useSuspenseQuery(appealsQuery());
  const appeal = appeals.find((a) => a.penaltyId === record.id);
  const state = appealState(record, now);
  return (
    <Card title="Appeal">
      {appeal ? (
        <div className="space-y-2 text-sm">
          <p>
            <StatusBadge options={APPEAL_STATUS_OPTIONS} value={appeal.status} /> Sent{' '}
            {formatDateTime(appeal.submittedAt)}
            {appeal.decidedAt ? `, decided ${formatDateTime(appeal.decidedAt)}` : ''}.
          </p>
          <p className="whitespace-pre-wrap break-words">{appeal.reason}</p>
          {appeal.documents.length > 0 ? (
            <ul className="list-inside list-disc">
              {appeal.documents.map((d, i) => (
                <li key={i}>
                  {DOCUMENT_KIND_LABELS[d.kind]}: {d.name}
                  {d.vaultId ? ' (from the vault)' : ''}
                </li>
              ))}
            </ul>
          ) : null}
          {appeal.status === 'submitted' ? (
            <p className="text-slate-700">
              {record.status === 'pending'
                ? 'The penalty stays pending and does not count while the appeal is reviewed.'
                : 'The points keep counting while the appeal is reviewed; if it is upheld they come off.'}
            </p>
          ) : null}
        </div>
      ) : state.kind === 'open' ? (
        <>
          <h3 id="appeal-heading" className="text-base font-semibold">
            Appeal this penalty
          </h3>
          <p className="mt-1 text-sm">
            Time left to appeal: <Countdown to={state.by} />
          </p>
          <p className="mb-4 mt-1 text-sm text-slate-700">
            You can appeal within 7 days of the penalty, once. <ClauseLink refTo={CLAUSES.appeal} short />
          </p>
          <AppealForm record={record} />
        </>
      ) : state.kind === 'closed' ? (
        <p className="text-sm">The 7-day appeal window closed on {formatDateTime(state.by)}.</p>
      ) : state.kind === 'not-appealable' ? (
        <p className="text-sm">{state.reason} There is nothing to appeal.</p>
      ) : (
        <p className="text-sm">An appeal was sent for this penalty.</p>
      )}
    </Card>
  );
}

export function PenaltyPage({ penaltyId }: { penaltyId: string }) {
  const { data: records } = useSuspenseQuery(penaltiesQuery());
  const now = useNow();
  const record = records.find((r) => r.id === penaltyId);
  if (!record) {
    return (
      <>
        <PageHeader title="Penalty not found" />
        <EmptyState title="There is no such penalty on your shop">
          <Link className="link" to="/strikes">
            Back to strikes and points
          </Link>
        </EmptyState>
      </>
    );
  }
  const entry = buildLedger(records).byId.get(record.id);
  const byId = new Map(records.map((r) => [r.id, r]));
  const status = currentStatus(record, now);
  return (
    <>
      <PageHeader
        title={record.summary}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge options={PENALTY_STATUS_OPTIONS} value={status} />
            <span>
              {KIND_LABELS[record.kind]} · issued {formatDateTime(record.issuedAt)}
            </span>
          </span>
        }
        actions={
          <Link className="btn-secondary" to="/strikes">
            All records
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="What it was for">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="font-medium text-slate-700">Source</dt>
            <dd>
              <SourceLink source={record.source} />
            </dd>
            <dt className="font-medium text-slate-700">Rule</dt>
            <dd>
              <code className="text-xs">{record.ruleId}</code>
            </dd>
            <dt className="font-medium text-slate-700">Clause</dt>
            <dd>
              <ClauseLink refTo={record.policy} />
            </dd>
            <dt className="font-medium text-slate-700">Type</dt>
            <dd>
              {record.kind === 'ip_serious'
                ? 'Serious: counterfeit or pirated goods. Counted as a strike; three close the account.'
                : record.kind === 'ip_general'
                  ? 'General: a mark or work used unfairly in the listing text.'
                  : KIND_LABELS[record.kind]}
            </dd>
          </dl>
        </Card>
        <Card title="Points">
          <p className="text-3xl font-semibold">{countedLabel(record, entry)}</p>
          <AdjustmentNotes entry={entry} records={byId} className="mt-2 text-sm" />
          {status === 'pending' ? (
            <p className="mt-2 text-sm">
              <Link className="link" to={`/strikes?if=establish:${encodeURIComponent(record.id)}`}>
                See what it would do to your total if it is established
              </Link>
            </p>
          ) : null}
          <p className="mt-2 text-sm">
            {status === 'pending'
              ? 'Pending: it does not count until it is established.'
              : status === 'reversed'
                ? 'Reversed: it never counts.'
                : status === 'expired'
                  ? `Expired on ${formatDate(record.expiresAt)}.`
                  : 'Counts until it expires: '}
            {status === 'established' || status === 'appealed' ? (
              <Countdown to={record.expiresAt} label="to expiry" />
            ) : null}
          </p>
        </Card>
        <div id="appeal" className="lg:col-span-2">
          <AppealSection record={record} now={now} />
        </div>
      </div>
    </>
  );
}
