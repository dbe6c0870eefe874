import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { authorisationsQuery, vaultOptions } from '@/shared/api/authorisations';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { buildLedger } from '@/domain/penalties/ledger';
import { appealState, currentStatus } from '@/domain/penalties/standing';
import { isApiError } from '@/shared/api/api-error';
import { AppealCreate, type DocumentRef, type PenaltyRecord } from '@/shared/api/schemas';
import { formatDate, formatDateTime } from '@/shared/lib/format';
import { useNow } from '@/shared/lib/use-now';
import { useStoredDraft } from '@/shared/lib/use-stored-draft';
import { Countdown } from '@/shared/ui/countdown';
import {
  DOCUMENT_KIND_LABELS,
  documentKindLabel,
  DocumentsField,
  type DocumentKind,
} from '@/shared/ui/documents-field';
import { ClauseLink } from '@/shared/ui/clause-link';
import { PageHeader } from '@/shared/ui/page-header';
import { Card, EmptyState, Notice } from '@/shared/ui/panels';
import { APPEAL_STATUS_OPTIONS, PENALTY_STATUS_OPTIONS, StatusBadge } from '@/shared/ui/status-options';
import { CLAUSES } from './ledger-text';
import { AdjustmentNotes, countedLabel, SourceLink } from './counted-points';
import { penaltiesMessages, type PenaltiesMessages } from './messages';
import { appealsQuery, penaltiesQuery, useSubmitAppeal } from './queries';

const APPEAL_ID = 'appeal';

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

interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
}

/**
 * The form's own checks in the interface language: a reason too short or too long, too many documents, a file
 * name too long. Anything else (and what the server answers) is shown as it came.
 */
function issueText(issue: Issue, m: PenaltiesMessages): string {
  const t = m.form.errors;
  const [field, , part] = issue.path;
  if (field === 'reason' && issue.code === 'too_small') return t.reasonShort;
  if (field === 'reason' && issue.code === 'too_big') return t.reasonLong;
  if (field === 'documents' && issue.path.length === 1 && issue.code === 'too_big') return t.tooManyDocuments;
  if (field === 'documents' && part === 'name' && issue.code === 'too_big') return t.fileNameLong;
  return issue.message;
}

function errorsFrom(issues: readonly Issue[], m: PenaltiesMessages): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const field =
      issue.path[0] === 'documents' ? 'documents' : issue.path[0] === 'reason' ? 'reason' : 'form';
    errors[field] ??= issueText(issue, m);
  }
  return errors;
}

function AppealForm({ record }: { record: PenaltyRecord }) {
  const m = penaltiesMessages.use();
  const t = m.form;
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
      const found = errorsFrom(parsed.error.issues, m);
      setErrors(found);
      if (found.reason) reasonRef.current?.focus();
      else summaryRef.current?.focus();
      return;
    }
    setErrors({});
    // The promise rather than mutate's callbacks, which are skipped once the form is gone: it goes as soon
    // as the sent appeal shows, and the stored draft must still be forgotten.
    void submit.mutateAsync(parsed.data).then(
      () => draft.clear(),
      (error: Error) => {
        if (isApiError(error) && Object.keys(error.fieldErrors).length > 0) {
          setErrors(
            errorsFrom(
              Object.entries(error.fieldErrors).flatMap(([path, messages]) =>
                messages.map((message) => ({ path: path.split('.'), message })),
              ),
              m,
            ),
          );
        }
        summaryRef.current?.focus();
      },
    );
  }

  const messages = [errors.reason, errors.documents, errors.form].filter(Boolean);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="appeal-heading">
      {draft.restored ? (
        <Notice>
          {t.restored}{' '}
          <button type="button" className="link" onClick={draft.clear}>
            {t.discard}
          </button>
        </Notice>
      ) : null}
      <div ref={summaryRef} tabIndex={-1} className="outline-none">
        {messages.length > 0 ? (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-semibold">{t.notSentBecause}</p>
            <ul className="list-inside list-disc">
              {messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ) : submit.isError ? (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-semibold">{t.notSent}</p>
            <p>
              {submit.error.message}{' '}
              {isApiError(submit.error) && submit.error.isTransient ? t.keptTryAgain : t.kept}
            </p>
          </div>
        ) : null}
      </div>
      <label className="flex flex-col text-sm font-medium text-slate-800">
        {t.reason}
        <span id="appeal-reason-hint" className="text-xs font-normal text-slate-700">
          {t.reasonHint}
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
        <span className="mt-1 text-xs font-normal text-slate-700">{t.length(reason.length)}</span>
      </label>
      <DocumentsField
        legend={t.documents}
        hint={t.documentsHint}
        value={documents}
        onChange={(next) => draft.set({ ...draft.value, documents: next })}
        kinds={APPEAL_DOCUMENT_KINDS}
        error={errors.documents}
        vault={vault}
      />
      <p className="text-sm text-slate-700">{t.once}</p>
      <button type="submit" className="btn-primary" disabled={submit.isPending}>
        {submit.isPending ? t.sending : t.send}
      </button>
    </form>
  );
}

function AppealSection({ record, now }: { record: PenaltyRecord; now: Date }) {
  const { data: appeals } = useSuspenseQuery(appealsQuery());
  const appeal = appeals.find((a) => a.penaltyId === record.id);
  const t = penaltiesMessages.use().appeal;
  const state = appealState(record, now);
  const hadAppeal = useRef(Boolean(appeal));
  // Just sent: the form and its button are gone, so keyboard focus goes to the appeal and its status.
  useEffect(() => {
    if (appeal && !hadAppeal.current && document.activeElement === document.body) {
      document.getElementById(APPEAL_ID)?.focus();
    }
    hadAppeal.current = Boolean(appeal);
  }, [appeal]);
  return (
    <Card title={t.title}>
      {appeal ? (
        <div role="status" className="space-y-2 text-sm">
          <p>
            <StatusBadge options={APPEAL_STATUS_OPTIONS} value={appeal.status} />{' '}
            {t.sent(
              formatDateTime(appeal.submittedAt),
              appeal.decidedAt ? formatDateTime(appeal.decidedAt) : null,
            )}
          </p>
          <p className="whitespace-pre-wrap break-words">{appeal.reason}</p>
          {appeal.documents.length > 0 ? (
            <ul className="list-inside list-disc">
              {appeal.documents.map((d, i) => (
                <li key={i}>
                  {documentKindLabel(d.kind)}: {d.name}
                  {d.vaultId ? t.fromVault : ''}
                </li>
              ))}
            </ul>
          ) : null}
          {appeal.status === 'submitted' ? (
            <p className="text-slate-700">
              {record.status === 'pending' ? t.pendingUnderReview : t.countingUnderReview}
            </p>
          ) : null}
        </div>
      ) : state.kind === 'open' ? (
        <>
          <h3 id="appeal-heading" className="text-base font-semibold">
            {t.heading}
          </h3>
          <p className="mt-1 text-sm">
            {t.timeLeft} <Countdown to={state.by} />
          </p>
          <p className="mb-4 mt-1 text-sm text-slate-700">
            {t.window} <ClauseLink refTo={CLAUSES.appeal} short />
          </p>
          <AppealForm record={record} />
        </>
      ) : state.kind === 'closed' ? (
        <p className="text-sm">{t.windowClosed(formatDateTime(state.by))}</p>
      ) : state.kind === 'not-appealable' ? (
        <p className="text-sm">{t.notAppealable[state.because]}</p>
      ) : (
        <p className="text-sm">{t.alreadySent}</p>
      )}
    </Card>
  );
}

export function PenaltyPage({ penaltyId }: { penaltyId: string }) {
  const { data: records } = useSuspenseQuery(penaltiesQuery());
  const m = penaltiesMessages.use();
  const t = m.penalty;
  const now = useNow();
  const { hash } = useLocation();
  // Arriving by "Appeal this penalty" (#appeal) puts keyboard focus on the appeal rather than the page top.
  useEffect(() => {
    if (hash === `#${APPEAL_ID}`) document.getElementById(APPEAL_ID)?.focus();
  }, [hash]);
  const record = records.find((r) => r.id === penaltyId);
  if (!record) {
    return (
      <>
        <PageHeader title={t.notFound} />
        <EmptyState title={t.noSuchPenalty}>
          <Link className="link" to="/strikes">
            {t.back}
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
            <span>{t.issued(m.kinds[record.kind], formatDateTime(record.issuedAt))}</span>
          </span>
        }
        actions={
          <Link className="btn-secondary" to="/strikes">
            {t.allRecords}
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t.whatFor}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="font-medium text-slate-700">{t.source}</dt>
            <dd>
              <SourceLink source={record.source} />
            </dd>
            <dt className="font-medium text-slate-700">{t.rule}</dt>
            <dd>
              <code className="text-xs">{record.ruleId}</code>
            </dd>
            <dt className="font-medium text-slate-700">{t.clause}</dt>
            <dd>
              <ClauseLink refTo={record.policy} />
            </dd>
            <dt className="font-medium text-slate-700">{t.type}</dt>
            <dd>
              {record.kind === 'ip_serious'
                ? t.seriousType
                : record.kind === 'ip_general'
                  ? t.generalType
                  : m.kinds[record.kind]}
            </dd>
          </dl>
        </Card>
        <Card title={t.points}>
          <p className="text-3xl font-semibold">{countedLabel(record, entry, m)}</p>
          <AdjustmentNotes entry={entry} records={byId} className="mt-2 text-sm" />
          {status === 'pending' ? (
            <p className="mt-2 text-sm">
              <Link className="link" to={`/strikes?if=establish:${encodeURIComponent(record.id)}`}>
                {t.seeWhatIf}
              </Link>
            </p>
          ) : null}
          <p className="mt-2 text-sm">
            {status === 'pending'
              ? t.pending
              : status === 'reversed'
                ? t.reversed
                : status === 'expired'
                  ? t.expiredOn(formatDate(record.expiresAt))
                  : t.countsUntil}
            {status === 'established' || status === 'appealed' ? (
              <Countdown to={record.expiresAt} label={m.expiry.toExpiry} />
            ) : null}
          </p>
        </Card>
        <div id={APPEAL_ID} tabIndex={-1} className="outline-none lg:col-span-2">
          <AppealSection record={record} now={now} />
        </div>
      </div>
    </>
  );
}
