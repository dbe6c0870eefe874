import { ComplaintStatus, IpComplaint, RightType } from '@/shared/api/schemas';

/** "Needs an answer": still awaiting the seller and not yet past its deadline. */
export const NEEDS_ANSWER = 'needs_answer';

export const RIGHT_TYPES = RightType.options;
export const SERIOUSNESS = IpComplaint.shape.seriousness.options;
const STATUSES = ComplaintStatus.options;

export interface ComplaintFilters {
  status?: ComplaintStatus | typeof NEEDS_ANSWER;
  right?: RightType;
  seriousness?: IpComplaint['seriousness'];
}

function oneOf<T extends string>(value: string | null, values: readonly T[]): T | undefined {
  return values.includes(value as T) ? (value as T) : undefined;
}

/** The filters a page URL carries; unknown values are ignored rather than failing the page. */
export function filtersFromSearch(search: URLSearchParams): ComplaintFilters {
  const filters: ComplaintFilters = {};
  const status = oneOf(search.get('status'), [NEEDS_ANSWER, ...STATUSES]);
  const right = oneOf(search.get('right'), RIGHT_TYPES);
  const seriousness = oneOf(search.get('seriousness'), SERIOUSNESS);
  if (status) filters.status = status;
  if (right) filters.right = right;
  if (seriousness) filters.seriousness = seriousness;
  return filters;
}

export function hasFilters(filters: ComplaintFilters): boolean {
  return Object.keys(filters).length > 0;
}

export function needsAnswer(complaint: IpComplaint, now: Date): boolean {
  return complaint.status === 'awaiting_response' && new Date(complaint.respondBy).getTime() > now.getTime();
}

/**
 * The complaints a view shows: those matching every filter, the ones that still need an answer first (nearest
 * deadline first), then the rest, newest first.
 */
export function visibleComplaints(
  complaints: readonly IpComplaint[],
  filters: ComplaintFilters,
  now: Date,
): IpComplaint[] {
  const matches = complaints.filter(
    (c) =>
      (filters.status === undefined ||
        (filters.status === NEEDS_ANSWER ? needsAnswer(c, now) : c.status === filters.status)) &&
      (filters.right === undefined || c.rightType === filters.right) &&
      (filters.seriousness === undefined || c.seriousness === filters.seriousness),
  );
  return matches.sort((a, b) => {
    const openA = needsAnswer(a, now);
    const openB = needsAnswer(b, now);
    if (openA !== openB) return openA ? -1 : 1;
    if (openA) return Date.parse(a.respondBy) - Date.parse(b.respondBy);
    return Date.parse(b.receivedAt) - Date.parse(a.receivedAt);
  });
}
