import type { ComplaintResponse, IpComplaint } from '@/shared/api/schemas';
import { complaintsMessages } from './messages';

export interface TimelineEntry {
  key: string;
  at: string;
  who: string;
  note: string;
  /** The seller's answer, shown with the event that recorded it (or on its own when no event did). */
  response: ComplaintResponse | null;
}

const ANSWER_ACTIONS: Record<ComplaintResponse['kind'], string> = {
  accept: 'accepted',
  counter_notice: 'counter_noticed',
};

/**
 * The complaint's history, oldest first, with each of the seller's answers attached to the event that recorded it,
 * so an answer is never listed twice. Events are worded as recorded; an answer no event recorded is worded in the
 * interface language.
 */
export function complaintTimeline(
  complaint: IpComplaint,
  responses: readonly ComplaintResponse[],
): TimelineEntry[] {
  const unmatched = [...responses];
  const entries: TimelineEntry[] = complaint.history.map((event, index) => {
    const match = unmatched.findIndex((r) => ANSWER_ACTIONS[r.kind] === event.action);
    const [response] = match >= 0 ? unmatched.splice(match, 1) : [null];
    return {
      key: `event-${index}`,
      at: event.at,
      who: event.actor.name,
      note: event.note,
      response: response ?? null,
    };
  });
  const words = complaintsMessages.get().timeline;
  for (const response of unmatched) {
    entries.push({
      key: response.id,
      at: response.submittedAt,
      who: words.seller,
      note: response.kind === 'accept' ? words.accepted : words.counterNoticed,
      response,
    });
  }
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
