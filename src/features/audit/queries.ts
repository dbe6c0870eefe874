import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { api } from '@/shared/api/api';
import { AuditActionGroup, AuditDay, AuditEntry } from '@/shared/api/schemas';

/** The audit log's filters as the URL keeps them; anything the API would refuse is dropped, not sent. */
export interface AuditFilters {
  q?: string;
  action?: AuditActionGroup;
  actor?: string;
  subjectType?: string;
  from?: string;
  to?: string;
}

export const AUDIT_FILTER_KEYS = ['q', 'action', 'actor', 'subjectType', 'from', 'to'] as const;

export function auditFiltersFromSearch(search: URLSearchParams): AuditFilters {
  const text = (name: string, max: number) => {
    const value = search.get(name)?.trim();
    return value ? value.slice(0, max) : undefined;
  };
  const day = (name: string) => {
    const parsed = AuditDay.safeParse(search.get(name) ?? '');
    return parsed.success ? parsed.data : undefined;
  };
  const action = AuditActionGroup.safeParse(search.get('action'));
  const filters: AuditFilters = {
    q: text('q', 200),
    action: action.success ? action.data : undefined,
    actor: text('actor', 64),
    subjectType: text('subjectType', 32),
    from: day('from'),
    to: day('to'),
  };
  // A reversed range would only be refused: swap it, as the reader meant.
  if (filters.from && filters.to && filters.from > filters.to) {
    [filters.from, filters.to] = [filters.to, filters.from];
  }
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as AuditFilters;
}

export const auditEventsQuery = (filters: AuditFilters) =>
  queryOptions({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ signal }) =>
      api.request('/audit-events', { schema: z.array(AuditEntry), query: { ...filters }, signal }),
  });
