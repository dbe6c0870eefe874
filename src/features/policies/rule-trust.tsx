import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { isApiError } from '@/shared/api/api-error';
import type { Account, RuleMode, RuleModeValue, RuleStat } from '@/shared/api/schemas';
import { useLocale } from '@/shared/i18n/locale';
import { formatDateTime } from '@/shared/lib/format';
import { Badge, type Tone } from '@/shared/ui/badge';
import { policiesMessages } from './messages';
import { useSetRuleMode } from './mutations';
import { formatRate, trustOf, type TrustLevel } from './trust';

const TRUST_TONE: Record<TrustLevel, Tone> = {
  trusted: 'good',
  mixed: 'warn',
  often_wrong: 'bad',
  too_few: 'neutral',
  none: 'neutral',
};

/** What every reader sees of a rule's mode: in review only, its findings go to a person and do not block. */
export function RuleModeLine({ mode }: { mode: RuleMode | undefined }) {
  const m = policiesMessages.use().mode;
  if (mode?.mode !== 'review_only') return null;
  return (
    <p className="mt-2 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950">
      <Badge tone="info">{m.labels.review_only}</Badge> {m.reviewOnlyLine}
    </p>
  );
}

/** A rule's record from reviewers' decisions, and its trust label. */
export function RuleRecord({ stat }: { stat: RuleStat | undefined }) {
  const locale = useLocale();
  const m = policiesMessages.use().trust;
  const trust = trustOf(stat, locale);
  return (
    <div className="mt-2 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{m.record}</span>
        <Badge tone={TRUST_TONE[trust.level]}>{trust.label}</Badge>
        <span>
          {m.decisions(stat?.upheld ?? 0, stat?.overturned ?? 0)}
          {trust.rate === null ? '' : m.rate(formatRate(trust.rate, locale))}
        </span>
        <span aria-hidden="true">·</span>
        <span>{m.open(stat?.open ?? 0)}</span>
      </p>
      <p className="mt-1 text-slate-700">{trust.explanation}</p>
    </div>
  );
}

/**
 * Switches a rule between "Enforce" and "Review only": asks for the reason (it goes on the audit log), then
 * confirms. The page shows the new mode at once and puts the old one back, saying so, if the change fails.
 */
export function RuleModeControl({
  ruleId,
  mode,
  account,
}: {
  ruleId: string;
  mode: RuleMode | undefined;
  account: Pick<Account, 'id' | 'name'>;
}) {
  const m = policiesMessages.use().mode;
  const current: RuleModeValue = mode?.mode ?? 'enforce';
  const target: RuleModeValue = current === 'enforce' ? 'review_only' : 'enforce';
  const setMode = useSetRuleMode(ruleId, account);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const wasOpen = useRef(false);
  const id = useId();

  // Focus follows the step: into the reason when the confirm step opens, back to the button when it closes.
  useEffect(() => {
    if (open) reasonField.current?.focus();
    else if (wasOpen.current) toggle.current?.focus();
    wasOpen.current = open;
  }, [open]);

  // Escape anywhere in the confirm step closes it (focus goes back to the switch).
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setOpen(false);
  };

  const submit = () => {
    const trimmed = reason.trim();
    if (trimmed.length < 5) {
      setError(m.reasonTooShort);
      reasonField.current?.focus();
      return;
    }
    setError(null);
    setFailure(null);
    setDone('');
    const pendingTarget = target;
    setOpen(false);
    setMode.mutate(
      { mode: pendingTarget, reason: trimmed },
      {
        onSuccess: (result) => {
          setReason('');
          setDone(
            m.done(ruleId, result.mode.mode === 'review_only', result.rechecked, result.verdictsChanged),
          );
        },
        onError: (err) => {
          const fields = isApiError(err) ? err.fieldErrors : undefined;
          const reasonError = fields?.reason?.[0];
          if (reasonError) {
            setError(reasonError);
            setOpen(true);
          }
          setFailure(m.failed(err.message, current === 'enforce'));
        },
      },
    );
  };

  return (
    <div className="mt-2 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{m.mode}</span>
        <Badge tone={current === 'enforce' ? 'neutral' : 'info'}>{m.labels[current]}</Badge>
        {mode ? (
          <span className="text-slate-700">
            {m.setBy(mode.changedBy.name, formatDateTime(mode.changedAt), mode.reason)}
          </span>
        ) : null}
        {!open ? (
          <button
            ref={toggle}
            type="button"
            className="btn-secondary"
            // Not `disabled`: focus comes back here while the change is saved.
            aria-disabled={setMode.isPending ? true : undefined}
            aria-label={`${target === 'review_only' ? m.toReviewOnly : m.toEnforce}: ${ruleId}`}
            onClick={() => {
              if (setMode.isPending) return;
              setFailure(null);
              setDone('');
              setOpen(true);
            }}
          >
            {setMode.isPending ? m.saving : target === 'review_only' ? m.toReviewOnly : m.toEnforce}
          </button>
        ) : null}
      </p>
      {open ? (
        <form
          noValidate
          className="mt-2 space-y-2 rounded-md border border-slate-300 bg-white p-3"
          aria-labelledby={`${id}-title`}
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <p id={`${id}-title`} className="font-semibold">
            {target === 'review_only' ? m.askReviewOnly(ruleId) : m.askEnforce(ruleId)}
          </p>
          <p className="text-slate-700">
            {target === 'review_only' ? m.explainReviewOnly : m.explainEnforce}
          </p>
          <label className="flex flex-col font-medium text-slate-800" htmlFor={`${id}-reason`}>
            {m.reason}
          </label>
          <textarea
            ref={reasonField}
            id={`${id}-reason`}
            className="field w-full"
            rows={3}
            maxLength={1000}
            aria-required="true"
            value={reason}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setReason(event.target.value)}
            onKeyDown={closeOnEscape}
          />
          {error ? (
            <p id={`${id}-error`} className="text-red-800">
              {error}
            </p>
          ) : null}
          <div className="flex gap-2">
            <button type="submit" className="btn-primary" onKeyDown={closeOnEscape}>
              {target === 'review_only' ? m.confirmReviewOnly : m.confirmEnforce}
            </button>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => setOpen(false)}
              onKeyDown={closeOnEscape}
            >
              {m.cancel}
            </button>
          </div>
        </form>
      ) : null}
      {failure ? (
        <p role="alert" className="mt-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">
          {failure}
        </p>
      ) : null}
      <p role="status" className="mt-1 text-emerald-900">
        {done}
      </p>
    </div>
  );
}
