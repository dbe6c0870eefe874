import { DAY_MS } from '@/domain/time';
import { http } from 'msw';
import { AuditQuery, type AuditEntry, type AuditEvent } from '@/shared/api/schemas';
import type { Db } from '../db/db';
import { endpoint, type MockContext } from '../context';
import { parseQuery, problemResponse } from '../http';

/** The events a query asks for, newest first. Dates are whole UTC days, both ends included. */
export function filterAuditEvents(events: readonly AuditEntry[], query: AuditQuery): AuditEntry[] {
  const q = query.q?.toLocaleLowerCase();
  const actor = query.actor?.toLocaleLowerCase();
  const from = query.from ? Date.parse(`${query.from}T00:00:00Z`) : -Infinity;
  const to = query.to ? Date.parse(`${query.to}T00:00:00Z`) + DAY_MS : Infinity;
  return events
    .filter((event) => {
      const at = Date.parse(event.at);
      return (
        (!query.subjectId || event.subject.id === query.subjectId) &&
        (!query.subjectType || event.subject.type === query.subjectType) &&
        (!query.action || event.action.startsWith(`${query.action}.`)) &&
        (!actor ||
          event.actor.id.toLocaleLowerCase() === actor ||
          event.actor.name.toLocaleLowerCase().includes(actor)) &&
        at >= from &&
        at < to &&
        (!q ||
          `${event.action} ${event.summary} ${event.actor.name} ${event.subject.id} ${event.ruleIds.join(' ')} ${event.snapshot ?? ''}`
            .toLocaleLowerCase()
            .includes(q))
      );
    })
    .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
}

/**
 * The rules behind each event: a decision's come from the review item it decided (matched by subject and
 * moment, as the decision and its event are written together); a rule's event is about that rule.
 */
function withRules(db: Db): AuditEntry[] {
  const decided = new Map<string, string[]>();
  for (const decision of db.all('decisions')) {
    const item = db.get('reviewItems', decision.reviewItemId);
    if (item) decided.set(`${item.subjectId}|${decision.decidedAt}`, item.ruleIds);
  }
  return db.all('auditEvents').map((event: AuditEvent) => ({
    ...event,
    ruleIds:
      event.subject.type === 'rule'
        ? [event.subject.id]
        : [...(decided.get(`${event.subject.id}|${event.at}`) ?? [])],
  }));
}

/** The audit log is append-only: nobody, whatever their role, edits or deletes an entry through the API. */
function notAllowed(method: string) {
  return () => {
    const response = problemResponse({
      status: 405,
      code: 'method_not_allowed',
      message: `The audit log cannot be changed: entries are only ever added, never edited or deleted (${method} is not allowed).`,
    });
    response.headers.set('Allow', 'GET');
    return response;
  };
}

export function auditHandlers(ctx: MockContext) {
  const closed = (['post', 'put', 'patch', 'delete'] as const).flatMap((method) =>
    ['*/api/audit-events', '*/api/audit-events/:id'].map((path) =>
      http[method](path, notAllowed(method.toUpperCase())),
    ),
  );
  return [
    endpoint(ctx, 'get', '/audit-events', 'audit', 'reviewer', ({ request, db }) =>
      filterAuditEvents(withRules(db), parseQuery(request, AuditQuery)),
    ),
    ...closed,
  ];
}
