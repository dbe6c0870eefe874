import { useSuspenseQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '@/shared/api/api-error';
import { appealsQuery, penaltiesQuery } from '@/shared/api/penalties';
import type { Appeal, PenaltyRecord } from '@/shared/api/schemas';
import { shopsQuery } from '@/shared/api/sellers';
import { formatDate } from '@/shared/lib/format';
import { useSearchParam } from '@/shared/lib/use-search-param';
import { ClauseLink } from '@/shared/ui/clause-link';
import { documentKindLabel } from '@/shared/ui/documents-field';
import { PageHeader } from '@/shared/ui/page-header';
import { Card, ErrorPanel } from '@/shared/ui/panels';
import { APPEAL_STATUS_OPTIONS, StatusBadge } from '@/shared/ui/status-options';
import { appealsMessages } from './appeals-messages';
import { useDecideAppeal } from './queries';

const MIN_REASON = 5;

/** Every shop's appeals against penalties, oldest waiting first, each with the decision beside it. */
export function AppealsPage() {
  const m = appealsMessages.use();
  const { data: appeals } = useSuspenseQuery(appealsQuery());
  const { data: penalties } = useSuspenseQuery(penaltiesQuery());
  const { data: shops } = useSuspenseQuery(shopsQuery());
  const [show, setShow] = useSearchParam('show');
  // What was recorded, worded at render time so it follows a change of language.
  const [recorded, setRecorded] = useState<{ outcome: 'upheld' | 'rejected'; shop: string } | null>(null);
  const byId = new Map(penalties.map((p) => [p.id, p]));
  const open = appeals.filter((a) => a.status === 'submitted');
  const shown = (show === 'all' ? appeals : open)
    .slice()
    // Waiting appeals first, the longest waiting at the top; decided ones after, newest first.
    .sort((a, b) =>
      a.status === 'submitted' && b.status === 'submitted'
        ? a.submittedAt.localeCompare(b.submittedAt)
        : a.status === 'submitted'
          ? -1
          : b.status === 'submitted'
            ? 1
            : b.submittedAt.localeCompare(a.submittedAt),
    );

  return (
    <>
      <PageHeader title={m.title} description={m.description} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p>{m.waiting(open.length)}</p>
        <fieldset className="flex flex-wrap items-center gap-3 text-sm">
          <legend className="sr-only">{m.show}</legend>
          {(['', 'all'] as const).map((value) => (
            <label key={value} className="flex items-center gap-1.5">
              <input
                type="radio"
                name="show"
                value={value}
                checked={(show === 'all' ? 'all' : '') === value}
                onChange={() => setShow(value)}
              />
              {value === 'all' ? m.showAll : m.showOpen}
            </label>
          ))}
        </fieldset>
      </div>
      <p role="status" className="mb-4 empty:hidden">
        {recorded ? m.recorded(recorded.outcome, recorded.shop) : ''}
      </p>
      {shown.length === 0 ? (
        <Card>
          <p>{appeals.length === 0 ? m.noneAtAll : m.none}</p>
        </Card>
      ) : (
        <ul className="space-y-4">
          {shown.map((appeal) => (
            <li key={appeal.id}>
              <AppealCard
                appeal={appeal}
                penalty={byId.get(appeal.penaltyId)}
                shop={shops.get(appeal.sellerId) ?? appeal.sellerId}
                onDecided={setRecorded}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function AppealCard({
  appeal,
  penalty,
  shop,
  onDecided,
}: {
  appeal: Appeal;
  penalty: PenaltyRecord | undefined;
  shop: string;
  onDecided: (recorded: { outcome: 'upheld' | 'rejected'; shop: string }) => void;
}) {
  const m = appealsMessages.use();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {shop}: <span lang="en">{penalty?.summary ?? appeal.penaltyId}</span>
        </h2>
        <StatusBadge options={APPEAL_STATUS_OPTIONS} value={appeal.status} />
      </div>
      {penalty ? (
        <p className="mt-1 text-sm text-slate-700">
          {m.penalty(penalty.points)}, {m.issued(formatDate(penalty.issuedAt))} ·{' '}
          <ClauseLink refTo={penalty.policy} />
        </p>
      ) : null}
      <p className="mt-1 text-sm text-slate-700">
        {m.submitted(formatDate(appeal.submittedAt))}
        {appeal.decidedAt ? `, ${m.decided(formatDate(appeal.decidedAt))}` : ''}
      </p>
      <p className="mt-3 whitespace-pre-line break-words">
        <span className="font-medium">{m.sellerReason}</span> {appeal.reason}
      </p>
      {appeal.documents.length > 0 ? (
        <p className="mt-1 break-words text-sm">
          <span className="font-medium">{m.documents}</span>{' '}
          {appeal.documents.map((d) => `${d.name} (${documentKindLabel(d.kind)})`).join(', ')}
        </p>
      ) : null}
      {appeal.status === 'submitted' ? (
        <DecisionForm appeal={appeal} shop={shop} onDecided={onDecided} />
      ) : null}
    </section>
  );
}

function DecisionForm({
  appeal,
  shop,
  onDecided,
}: {
  appeal: Appeal;
  shop: string;
  onDecided: (recorded: { outcome: 'upheld' | 'rejected'; shop: string }) => void;
}) {
  const m = appealsMessages.use();
  const decide = useDecideAppeal(appeal.id);
  const id = useId();
  const [outcome, setOutcome] = useState<'upheld' | 'rejected' | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ outcome?: string; reason?: string }>({});
  const outcomeRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      outcome: outcome ? undefined : m.chooseOutcome,
      reason: reason.trim().length >= MIN_REASON ? undefined : m.reasonTooShort,
    };
    setErrors(found);
    if (found.outcome) return outcomeRef.current?.focus();
    if (found.reason) return reasonRef.current?.focus();
    if (!outcome) return;
    // mutateAsync, not mutate's callbacks: the decided appeal leaves the list (and this form unmounts) as soon as
    // the list is fetched again, and callbacks of an unmounted form never run.
    decide.mutateAsync({ outcome, reason }).then(
      () => onDecided({ outcome, shop }),
      (error: unknown) => {
        const field = isApiError(error) ? error.fieldErrors.reason?.[0] : undefined;
        if (field) setErrors({ reason: field });
      },
    );
  };

  return (
    <form className="mt-4 space-y-3 border-t border-slate-200 pt-3" onSubmit={submit} noValidate>
      <fieldset aria-describedby={errors.outcome ? `${id}-outcome-error` : undefined}>
        <legend className="font-medium">{m.decision}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {(['upheld', 'rejected'] as const).map((value, index) => (
            <label key={value} className="flex items-center gap-1.5">
              <input
                ref={index === 0 ? outcomeRef : undefined}
                type="radio"
                name={`${id}-outcome`}
                value={value}
                checked={outcome === value}
                onChange={() => setOutcome(value)}
              />
              {value === 'upheld' ? m.uphold : m.reject}
            </label>
          ))}
        </div>
        {errors.outcome ? (
          <p id={`${id}-outcome-error`} className="mt-1 text-sm text-red-800">
            {errors.outcome}
          </p>
        ) : null}
      </fieldset>
      <div>
        <label htmlFor={`${id}-reason`} className="block font-medium">
          {m.reason}
        </label>
        <p id={`${id}-reason-hint`} className="text-sm text-slate-700">
          {m.reasonHint}
        </p>
        <textarea
          ref={reasonRef}
          id={`${id}-reason`}
          className="mt-1 w-full rounded-md border border-slate-400 p-2"
          rows={3}
          maxLength={2_000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={`${id}-reason-hint${errors.reason ? ` ${id}-reason-error` : ''}`}
        />
        {errors.reason ? (
          <p id={`${id}-reason-error`} className="mt-1 text-sm text-red-800">
            {errors.reason}
          </p>
        ) : null}
      </div>
      {decide.isError && !errors.reason ? <ErrorPanel error={decide.error} title={m.failed} /> : null}
      <button type="submit" className="btn-primary" disabled={decide.isPending}>
        {decide.isPending ? m.saving : m.submit}
      </button>
    </form>
  );
}
