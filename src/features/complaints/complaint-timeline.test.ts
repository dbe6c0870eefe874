import { describe, expect, it } from 'vitest';
import type { ComplaintResponse, IpComplaint } from '@/shared/api/schemas';
import { complaintTimeline } from './complaint-timeline';

const system = { kind: 'system', id: 'platform', name: 'Marketplace' } as const;
const seller = { kind: 'seller', id: 'seller-at-risk', name: 'Ivan Petrov' } as const;

const history: IpComplaint['history'] = [
  { at: '2026-11-18T10:00:00.000Z', actor: system, action: 'filed', note: 'Filed.' },
  { at: '2026-11-18T10:10:00.000Z', actor: system, action: 'forwarded', note: 'Forwarded.' },
];

function response(kind: ComplaintResponse['kind'], submittedAt: string): ComplaintResponse {
  return {
    id: `rsp-${kind}`,
    complaintId: 'cmp-1',
    sellerId: 'shop-a',
    kind,
    grounds: kind === 'accept' ? [] : ['authorised'],
    statement: kind === 'accept' ? '' : 'We are an authorised reseller of these goods.',
    documents: [],
    submittedAt,
  };
}

const complaint = (events: IpComplaint['history']) => ({ history: events }) as IpComplaint;

describe('complaint timeline', () => {
  it('attaches an answer to the event that recorded it, so it is listed once', () => {
    const answer = response('counter_notice', '2026-11-19T09:00:00.000Z');
    const entries = complaintTimeline(
      complaint([
        ...history,
        { at: answer.submittedAt, actor: seller, action: 'counter_noticed', note: 'Counter-notice.' },
      ]),
      [answer],
    );
    expect(entries.map((e) => [e.who, e.note, e.response?.id ?? null])).toEqual([
      ['Marketplace', 'Filed.', null],
      ['Marketplace', 'Forwarded.', null],
      ['Ivan Petrov', 'Counter-notice.', 'rsp-counter_notice'],
    ]);
  });

  it('lists an answer no event recorded on its own, in time order', () => {
    const answer = response('accept', '2026-11-18T12:00:00.000Z');
    const entries = complaintTimeline(
      complaint([
        ...history,
        { at: '2026-11-20T10:00:00.000Z', actor: system, action: 'upheld', note: 'Upheld.' },
      ]),
      [answer],
    );
    expect(entries.map((e) => e.note)).toEqual([
      'Filed.',
      'Forwarded.',
      'Accepted the complaint.',
      'Upheld.',
    ]);
    expect(entries[2]?.response).toBe(answer);
  });
});
