import { afterEach, describe, expect, it } from 'vitest';
import { ComplaintDetail, ComplaintResponse, IpComplaint } from '@/shared/api/schemas';
import { z } from 'zod';
import { startTestApi, TEST_NOW, type TestApi } from '../test-support';

let api: TestApi;
afterEach(() => api.close());

type Problem = { status: number; code: string; message: string; fieldErrors?: Record<string, string[]> };

const json = (body: unknown) => JSON.stringify(body);

const COUNTER_NOTICE = {
  kind: 'counter_notice',
  grounds: ['distribution_dispute', 'no_proof_of_right'],
  statement:
    'Nord Distribution is a distributor, not the owner of AURORA; the goods come from the brand itself.',
  documents: [{ kind: 'purchase_invoice', name: 'aurora-invoice-2026-03.pdf' }],
};

function respond(id: string, body: unknown, as = 'seller-at-risk') {
  return api.raw(`/complaints/${id}/responses`, {
    method: 'POST',
    as,
    body: typeof body === 'string' ? body : json(body),
  });
}

async function detail(id: string, as = 'seller-at-risk') {
  return ComplaintDetail.parse(await (await api.raw(`/complaints/${id}`, { as })).json());
}

describe('GET /complaints/:id', () => {
  it('names the listings concerned by title with their moderation state', async () => {
    api = await startTestApi();
    const { complaint, listings } = await detail('cmp-vt-01');
    expect(listings.map((l) => l.id)).toEqual(complaint.listingIds);
    expect(listings[0]?.title).toMatch(/Submariner/);
    expect(listings.every((l) => typeof l.moderation === 'string')).toBe(true);
  });

  it('answers an empty list for a complaint that names no listing', async () => {
    api = await startTestApi();
    expect((await detail('cmp-vt-04')).listings).toEqual([]);
  });

  it('shows a reviewer any shop\u2019s complaint', async () => {
    api = await startTestApi();
    expect((await detail('cmp-vt-03', 'reviewer')).complaint.sellerId).toBe('shop-volna-trade');
  });
});

describe('POST /complaints/:id/responses', () => {
  it('accepting removes every listing the complaint names and records it', async () => {
    api = await startTestApi();
    const db = api.backend.ctx.db();
    const before = IpComplaint.parse(db.get('complaints', 'cmp-vt-02'));
    expect(before.listingIds.length).toBeGreaterThan(0);
    const versions = before.listingIds.map((id) => db.get('listings', id)?.version ?? -1);

    const response = await respond('cmp-vt-02', { kind: 'accept' });
    expect(response.status).toBe(201);
    expect(ComplaintResponse.parse(await response.json())).toMatchObject({
      complaintId: 'cmp-vt-02',
      kind: 'accept',
      grounds: [],
    });

    before.listingIds.forEach((id, i) => {
      const listing = db.get('listings', id);
      expect(listing?.moderation, id).toBe('removed');
      expect(listing?.version).toBe((versions[i] ?? 0) + 1);
    });
    const after = await detail('cmp-vt-02');
    expect(after.complaint.status).toBe('accepted');
    expect(after.listings.every((l) => l.moderation === 'removed')).toBe(true);
    expect(after.complaint.history.at(-1)).toMatchObject({
      actor: { kind: 'seller', id: 'seller-at-risk' },
      action: 'accepted',
      at: TEST_NOW.toISOString(),
    });
    expect(after.complaint.history.at(-1)?.note).toMatch(/2 listings removed/);
    expect(after.responses).toHaveLength(1);
  });

  it('a counter-notice records the answer and a history entry, and leaves the listings alone', async () => {
    api = await startTestApi();
    const db = api.backend.ctx.db();
    const listingIds = IpComplaint.parse(db.get('complaints', 'cmp-vt-03')).listingIds;
    const moderation = listingIds.map((id) => db.get('listings', id)?.moderation);

    const response = await respond('cmp-vt-03', COUNTER_NOTICE);
    expect(response.status).toBe(201);

    const after = await detail('cmp-vt-03');
    expect(after.complaint.status).toBe('counter_noticed');
    expect(after.complaint.history.at(-1)).toMatchObject({
      actor: { kind: 'seller', id: 'seller-at-risk' },
      action: 'counter_noticed',
      note: 'The seller filed a counter-notice on 2 grounds with 1 document.',
    });
    expect(after.responses).toEqual([
      expect.objectContaining({
        kind: 'counter_notice',
        grounds: COUNTER_NOTICE.grounds,
        statement: COUNTER_NOTICE.statement,
        documents: COUNTER_NOTICE.documents,
      }),
    ]);
    expect(listingIds.map((id) => db.get('listings', id)?.moderation)).toEqual(moderation);
    expect(db.get('reviewItems', 'rev-cmp-vt-03')?.status).toBe('open');
    const audit = (await (await api.raw('/audit-events?subjectId=cmp-vt-03', { as: 'reviewer' })).json()) as {
      action: string;
    }[];
    expect(audit.map((e) => e.action)).toContain('complaint.counter_noticed');
  });

  it('trims the statement and document names it stores', async () => {
    api = await startTestApi();
    const response = await respond('cmp-vt-03', {
      ...COUNTER_NOTICE,
      statement: `   ${COUNTER_NOTICE.statement}  `,
      documents: [{ kind: 'other', name: '  letter.pdf ' }],
    });
    const body = ComplaintResponse.parse(await response.json());
    expect(body.statement).toBe(COUNTER_NOTICE.statement);
    expect(body.documents).toEqual([{ kind: 'other', name: 'letter.pdf' }]);
  });

  it('answers 409 to a second answer, whichever kind, and keeps the first', async () => {
    api = await startTestApi();
    expect((await respond('cmp-vt-03', COUNTER_NOTICE)).status).toBe(201);
    const again = await respond('cmp-vt-03', { kind: 'accept' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as Problem).message).toMatch(/already been answered/);
    const after = await detail('cmp-vt-03');
    expect(after.complaint.status).toBe('counter_noticed');
    expect(after.responses).toHaveLength(1);
  });

  it('answers 409 for a complaint a reviewer already decided', async () => {
    api = await startTestApi();
    expect((await respond('cmp-vt-05', { kind: 'accept' })).status).toBe(409);
  });

  it('answers 422 once the 3 working days have passed, and changes nothing', async () => {
    let now = TEST_NOW;
    api = await startTestApi({ now: () => now });
    const { complaint } = await detail('cmp-vt-01');
    now = new Date(Date.parse(complaint.respondBy) + 60_000);
    const late = await respond('cmp-vt-01', COUNTER_NOTICE);
    expect(late.status).toBe(422);
    expect(((await late.json()) as Problem).message).toMatch(/deadline to answer this complaint has passed/);
    expect((await detail('cmp-vt-01')).complaint.status).toBe('awaiting_response');
  });

  it('still accepts an answer a minute before the deadline', async () => {
    let now = TEST_NOW;
    api = await startTestApi({ now: () => now });
    const { complaint } = await detail('cmp-vt-01');
    now = new Date(Date.parse(complaint.respondBy) - 60_000);
    expect((await respond('cmp-vt-01', { kind: 'accept' })).status).toBe(201);
  });

  it('answers 422 with a message per field for an invalid counter-notice', async () => {
    api = await startTestApi();
    const response = await respond('cmp-vt-03', {
      kind: 'counter_notice',
      grounds: ['because'],
      statement: 'Too short.',
      documents: [{ kind: 'invoice', name: '' }],
      extra: true,
    });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as Problem;
    expect(problem.code).toBe('invalid');
    expect(problem.fieldErrors).toMatchObject({
      statement: ['Write a statement of at least 30 characters.'],
      'documents.0.name': ['Give the document a file name.'],
      extra: ['This field is not part of the request.'],
    });
    expect(Object.keys(problem.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(['grounds.0', 'documents.0.kind']),
    );
    expect((await detail('cmp-vt-03')).complaint.status).toBe('awaiting_response');
  });

  it('answers 422 naming the choice when the kind is missing or unknown', async () => {
    api = await startTestApi();
    for (const body of [{}, { kind: 'ignore' }]) {
      const problem = (await (await respond('cmp-vt-03', body)).json()) as Problem;
      expect(problem.status).toBe(422);
      expect(problem.fieldErrors?.kind).toEqual([
        'Choose whether to accept the complaint or to file a counter-notice.',
      ]);
    }
  });

  it('answers 422 to a counter-notice with no grounds, and to more than 10 documents', async () => {
    api = await startTestApi();
    const problem = (await (
      await respond('cmp-vt-03', {
        ...COUNTER_NOTICE,
        grounds: [],
        documents: Array.from({ length: 11 }, (_, i) => ({ kind: 'other', name: `doc-${i}.pdf` })),
      })
    ).json()) as Problem;
    expect(problem.fieldErrors).toEqual({
      grounds: ['Choose at least one ground.'],
      documents: ['Attach at most 10 documents.'],
    });
  });

  it('answers 400 to a body that is not JSON', async () => {
    api = await startTestApi();
    const response = await respond('cmp-vt-03', '{"kind": "accept"');
    expect(response.status).toBe(400);
    expect(((await response.json()) as Problem).message).toBe('The request body is not valid JSON.');
  });

  it('answers 404 for another shop\u2019s complaint, so its existence is not revealed', async () => {
    api = await startTestApi();
    const response = await respond('cmp-vt-03', { kind: 'accept' }, 'seller-good');
    expect(response.status).toBe(404);
    expect(((await response.json()) as Problem).message).toBe('That complaint was not found.');
    expect((await detail('cmp-vt-03')).complaint.status).toBe('awaiting_response');
    expect((await respond('cmp-nope', { kind: 'accept' })).status).toBe(404);
  });

  it('answers 403 to a reviewer, who decides complaints rather than answering them', async () => {
    api = await startTestApi();
    const response = await respond('cmp-vt-03', { kind: 'accept' }, 'reviewer');
    expect(response.status).toBe(403);
    expect(((await response.json()) as Problem).message).toBe('Only sellers can do this.');
  });

  it('answers 401 when nobody is signed in', async () => {
    api = await startTestApi();
    const response = await api.raw('/complaints/cmp-vt-03/responses', { method: 'POST', body: json({}) });
    expect(response.status).toBe(401);
  });

  it('takes an answer through the app\u2019s own client and contract', async () => {
    api = await startTestApi();
    api.signInAs('seller-at-risk');
    const created = await api.client.request('/complaints/cmp-vt-04/responses', {
      method: 'POST',
      body: { kind: 'accept' },
      schema: ComplaintResponse,
    });
    expect(created.kind).toBe('accept');
    const list = await api.client.request('/complaints', { schema: z.array(IpComplaint) });
    expect(list.find((c) => c.id === 'cmp-vt-04')?.status).toBe('accepted');
  });
});
