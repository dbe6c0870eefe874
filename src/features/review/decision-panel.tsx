import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { admissibilityChecks } from '@/domain/complaints/admissibility';
import { getLocale } from '@/shared/i18n/locale';
import { isApiError } from '@/shared/api/api-error';
import { DecisionCreate, type DecisionAction, type ReviewItemDetail } from '@/shared/api/schemas';
import { ClauseLink } from '@/shared/ui/clause-link';
import { Card, ErrorPanel } from '@/shared/ui/panels';
import { reviewMessages } from './messages';
import { useDecide } from './queries';

export interface ActionChoice {
  action: DecisionAction;
  label: string;
  key: string;
}

/** The decisions each kind of item allows, with the single key that picks each one. */
export function actionsFor(kind: ReviewItemDetail['item']['kind']): ActionChoice[] {
  const m = reviewMessages.get().choices;
  if (kind === 'complaint')
    return [
      { action: 'uphold_complaint', label: m.upholdComplaint, key: 'u' },
      { action: 'reject_complaint', label: m.rejectInadmissible, key: 'i' },
    ];
  if (kind === 'document')
    return [
      { action: 'approve', label: m.verifyDocument, key: 'a' },
      { action: 'reject_complaint', label: m.rejectDocument, key: 'i' },
    ];
  return [
    { action: 'approve', label: m.approveListing, key: 'a' },
    { action: 'request_changes', label: m.requestChanges, key: 'c' },
    { action: 'remove_listing', label: m.removeListing, key: 'r' },
    { action: 'issue_penalty', label: m.issuePenalty, key: 'p' },
  ];
}

/** A reason to start from, so a routine decision takes one key and a confirmation; the reviewer can rewrite it. */
export function suggestedReason(action: DecisionAction, detail: ReviewItemDetail): string {
  const m = reviewMessages.get().suggested;
  const finding = detail.listing?.check.findings.find((f) => f.severity !== 'info');
  const matched = finding ? finding.matched : null;
  const why = finding?.summary ?? detail.item.reason;
  switch (action) {
    case 'approve':
      return detail.item.kind === 'document' ? m.documentGenuine : m.allowed(matched);
    case 'request_changes':
      return m.reword(matched, why);
    case 'remove_listing':
      return m.removed(why);
    case 'issue_penalty':
      return m.penalised(why);
    case 'uphold_complaint':
      return m.upheld;
    case 'reject_complaint': {
      if (detail.item.kind === 'document') return m.documentUnverified;
      const failed = detail.complaint
        ? admissibilityChecks(detail.complaint, getLocale()).filter((c) => !c.passed)
        : [];
      return failed.length > 0
        ? m.notAdmissibleBecause(failed.map((c) => c.label.toLowerCase()).join('; '))
        : m.notAdmissible;
    }
  }
}

export function DecisionPanel({
  detail,
  action,
  keyPicks,
  onAction,
  onDecided,
}: {
  detail: ReviewItemDetail;
  action: DecisionAction | null;
  /** Counts decisions picked by their shortcut key. */
  keyPicks: number;
  onAction: (action: DecisionAction) => void;
  onDecided: (action: DecisionAction) => void;
}) {
  const m = reviewMessages.use().decision;
  const decide = useDecide(detail.item.id);
  const actions = actionsFor(detail.item.kind);
  const [reasons, setReasons] = useState<Partial<Record<DecisionAction, string>>>({});
  const [option, setOption] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const sending = useRef(false);
  const reason = action ? (reasons[action] ?? suggestedReason(action, detail)) : '';
  const penalty = detail.penaltyOptions[option] ?? detail.penaltyOptions[0];

  // A decision picked by its key goes straight to its reason, so Ctrl+Enter can record it. (Picked with the
  // radio buttons, focus stays in the group so the arrow keys keep working.)
  useEffect(() => {
    if (keyPicks > 0) reasonRef.current?.focus();
  }, [keyPicks]);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    // One decision per item: a second Ctrl+Enter or click while the first is on its way does nothing.
    if (!action || sending.current) return;
    const input: DecisionCreate = {
      action,
      reason,
      ...(action === 'issue_penalty' && penalty
        ? { points: penalty.points, policy: penalty.policy, ruleId: penalty.ruleId }
        : {}),
    };
    const parsed = DecisionCreate.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // The schema's own words are English: the reason's length, the one a reviewer can get wrong, is ours.
      setError(
        issue?.path[0] === 'reason' && issue.code === 'too_small'
          ? m.reasonTooShort
          : (issue?.message ?? m.checkDecision),
      );
      reasonRef.current?.focus();
      return;
    }
    if (action === 'issue_penalty' && !penalty) {
      setError(m.noPenalty);
      return;
    }
    setError(null);
    sending.current = true;
    decide.mutate(parsed.data, {
      onSuccess: () => onDecided(action),
      onSettled: () => {
        sending.current = false;
      },
    });
  }

  function onReasonKey(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.repeat) {
      event.preventDefault();
      submit();
    }
  }

  if (detail.item.status !== 'open') {
    const lost = isApiError(decide.error) && decide.error.status === 409;
    return (
      <Card title={m.title}>
        <p className="text-sm" role={lost ? 'alert' : undefined}>
          {lost ? m.lost : m.decided}
        </p>
      </Card>
    );
  }

  return (
    <Card title={m.title}>
      <form onSubmit={submit} aria-label={m.form} className="space-y-3">
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{m.legend}</legend>
          <div className="mt-1 space-y-1">
            {actions.map((choice) => (
              <label key={choice.action} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="decision"
                  className="size-4"
                  checked={action === choice.action}
                  onChange={() => onAction(choice.action)}
                />
                <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-xs">
                  {choice.key}
                </kbd>
                {choice.label}
              </label>
            ))}
          </div>
        </fieldset>
        {action === 'issue_penalty' ? (
          detail.penaltyOptions.length > 0 ? (
            <div className="rounded-md bg-slate-50 p-3 text-sm">
              <label className="flex flex-col font-medium text-slate-800">
                {m.penalty}
                <select
                  className="field mt-1"
                  value={option}
                  onChange={(e) => setOption(Number(e.target.value))}
                >
                  {detail.penaltyOptions.map((p, i) => (
                    <option key={p.ruleId} value={i}>
                      {m.penaltyOption(p.points, p.ruleId)}
                    </option>
                  ))}
                </select>
              </label>
              {penalty ? (
                <p className="mt-1">
                  {penalty.label} · <ClauseLink refTo={penalty.policy} />
                </p>
              ) : null}
            </div>
          ) : (
            <p className="text-sm text-red-800">{m.noPenalty}</p>
          )
        ) : null}
        {action ? (
          <label className="flex flex-col text-sm font-medium text-slate-800">
            {m.reason}
            <textarea
              ref={reasonRef}
              className="field mt-1 min-h-20"
              value={reason}
              maxLength={2_000}
              aria-invalid={error ? true : undefined}
              aria-describedby="decision-hint"
              onKeyDown={onReasonKey}
              onChange={(e) => setReasons({ ...reasons, [action]: e.target.value })}
            />
            <span id="decision-hint" className="mt-1 text-xs font-normal text-slate-700">
              {m.hint}
            </span>
          </label>
        ) : (
          <p className="text-sm text-slate-700">{m.pick}</p>
        )}
        {error ? (
          <p role="alert" className="text-sm font-medium text-red-800">
            {error}
          </p>
        ) : null}
        {decide.isError ? (
          <ErrorPanel
            title={isApiError(decide.error) && decide.error.status === 409 ? m.conflict : m.notRecorded}
            error={decide.error}
          />
        ) : null}
        <button type="submit" className="btn-primary" disabled={!action || decide.isPending}>
          {decide.isPending ? m.recording : m.record}
        </button>
      </form>
    </Card>
  );
}
