import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { admissibilityChecks } from '@/domain/complaints/admissibility';
import { isApiError } from '@/shared/api/api-error';
import { DecisionCreate, type DecisionAction, type ReviewItemDetail } from '@/shared/api/schemas';
import { ClauseLink } from '@/shared/ui/clause-link';
import { Card, ErrorPanel } from '@/shared/ui/panels';
import { useDecide } from './queries';

export interface ActionChoice {
  action: DecisionAction;
  label: string;
  key: string;
}

/** The decisions each kind of item allows, with the single key that picks each one. */
export function actionsFor(kind: ReviewItemDetail['item']['kind']): ActionChoice[] {
  if (kind === 'complaint')
    return [
      {
        action: 'uphold_complaint',
        label: 'Uphold the complaint (listings removed, penalty recorded)',
        key: 'u',
      },
      { action: 'reject_complaint', label: 'Reject as inadmissible', key: 'i' },
    ];
  if (kind === 'document')
    return [
      { action: 'approve', label: 'Verify the document', key: 'a' },
      { action: 'reject_complaint', label: 'Reject the document', key: 'i' },
    ];
  return [
    { action: 'approve', label: 'Approve: the finding was wrong', key: 'a' },
    { action: 'request_changes', label: 'Request changes', key: 'c' },
    { action: 'remove_listing', label: 'Remove the listing', key: 'r' },
    { action: 'issue_penalty', label: 'Remove and issue a penalty', key: 'p' },
  ];
}

/** A reason to start from, so a routine decision takes one key and a confirmation; the reviewer can rewrite it. */
export function suggestedReason(action: DecisionAction, detail: ReviewItemDetail): string {
  const finding = detail.listing?.check.findings.find((f) => f.severity !== 'info');
  const words = finding ? `“${finding.matched}”` : 'the flagged wording';
  switch (action) {
    case 'approve':
      return detail.item.kind === 'document'
        ? 'Checked against the issuer: the document is genuine and current.'
        : `Checked: ${words} is used in an allowed sense here.`;
    case 'request_changes':
      return `Please remove or reword ${words}: ${finding?.summary ?? detail.item.reason}`;
    case 'remove_listing':
      return `Removed: ${finding?.summary ?? detail.item.reason}`;
    case 'issue_penalty':
      return `Removed with a penalty: ${finding?.summary ?? detail.item.reason}`;
    case 'uphold_complaint':
      return 'The complaint is admissible and the listings infringe the right.';
    case 'reject_complaint': {
      if (detail.item.kind === 'document') return 'The document could not be verified with its issuer.';
      const failed = detail.complaint ? admissibilityChecks(detail.complaint).filter((c) => !c.passed) : [];
      return failed.length > 0
        ? `Not admissible: ${failed.map((c) => c.label.toLowerCase()).join('; ')}.`
        : 'Not admissible.';
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
      setError(parsed.error.issues[0]?.message ?? 'Check the decision.');
      reasonRef.current?.focus();
      return;
    }
    if (action === 'issue_penalty' && !penalty) {
      setError('No finding of this item carries points: remove the listing instead.');
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
      <Card title="Decision">
        <p className="text-sm" role={lost ? 'alert' : undefined}>
          {lost
            ? 'Someone decided this item first: their decision is in the history below, and yours was not recorded.'
            : 'This item is decided; the decision is in the history below.'}
        </p>
      </Card>
    );
  }

  return (
    <Card title="Decision">
      <form onSubmit={submit} aria-label="Decide this item" className="space-y-3">
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Decision (or press its key)</legend>
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
                Penalty (points set by the rule)
                <select
                  className="field mt-1"
                  value={option}
                  onChange={(e) => setOption(Number(e.target.value))}
                >
                  {detail.penaltyOptions.map((p, i) => (
                    <option key={p.ruleId} value={i}>
                      {p.points} pts · {p.ruleId}
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
            <p className="text-sm text-red-800">
              No finding of this item carries points: remove the listing instead.
            </p>
          )
        ) : null}
        {action ? (
          <label className="flex flex-col text-sm font-medium text-slate-800">
            Reason (the seller sees it; the audit log keeps it)
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
              Ctrl+Enter records the decision.
            </span>
          </label>
        ) : (
          <p className="text-sm text-slate-700">Pick a decision to write its reason.</p>
        )}
        {error ? (
          <p role="alert" className="text-sm font-medium text-red-800">
            {error}
          </p>
        ) : null}
        {decide.isError ? (
          <ErrorPanel
            title={
              isApiError(decide.error) && decide.error.status === 409
                ? 'Someone decided this item first'
                : 'The decision was not recorded'
            }
            error={decide.error}
          />
        ) : null}
        <button type="submit" className="btn-primary" disabled={!action || decide.isPending}>
          {decide.isPending ? 'Recording…' : 'Record the decision'}
        </button>
      </form>
    </Card>
  );
}
