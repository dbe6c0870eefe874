import { DAY_MS } from '@/domain/time';
/** A seller has this many working days to answer an IP complaint before the listings are removed. */
export const RESPONSE_WORKING_DAYS = 3;

function isWeekend(date: Date): boolean {
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}

/**
 * Adds working days (Monday to Friday, counted in UTC) to a moment, keeping its time of day.
 * A complaint received on a Saturday is answered by the same time on the third working day after.
 */
export function addWorkingDays(from: Date, days: number): Date {
  let result = new Date(from.getTime());
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    result = new Date(result.getTime() + DAY_MS);
    if (!isWeekend(result)) left--;
  }
  return result;
}

export function complaintRespondBy(receivedAt: Date): Date {
  return addWorkingDays(receivedAt, RESPONSE_WORKING_DAYS);
}
