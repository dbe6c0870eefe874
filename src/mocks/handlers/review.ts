import { z } from 'zod';
import { endpoint, type MockContext } from '../context';
import { parseQuery } from '../http';

const AuditQuery = z.object({
  q: z.string().trim().max(200).optional(),
  subjectId: z.string().max(64).optional(),
});

export function reviewHandlers(ctx: MockContext) {
  return [
    endpoint(ctx, 'get', '/audit-events', 'audit', 'reviewer', ({ request, db }) => {
      const query = parseQuery(request, AuditQuery);
      const q = query.q?.toLocaleLowerCase();
      return db
        .find(
          'auditEvents',
          (event) =>
            (!query.subjectId || event.subject.id === query.subjectId) &&
            (!q ||
              `${event.action} ${event.summary} ${event.actor.name} ${event.subject.id}`
                .toLocaleLowerCase()
                .includes(q)),
        )
        .sort((a, b) => b.at.localeCompare(a.at));
    }),
  ];
}
