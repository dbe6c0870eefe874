import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/shared/api/api';
import { AuditEvent } from '@/shared/api/schemas';

export const auditEventsQuery = (q: string) =>
  queryOptions({
    queryKey: ['audit', 'list', q],
    queryFn: ({ signal }) =>
      api.request('/audit-events', { schema: z.array(AuditEvent), query: { q }, signal }),
  });
