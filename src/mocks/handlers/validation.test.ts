import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Listing } from '@/shared/api/schemas';
import { MAX_BODY_BYTES } from '../http';
import { startTestApi, type TestApi } from '../test-support';

let api: TestApi;
beforeEach(async () => {
  api = await startTestApi();
});
afterEach(() => api.close());

type Problem = { status: number; code: string; message: string; fieldErrors?: Record<string, string[]> };

async function send(
  path: string,
  method: string,
  body: unknown,
  as = 'seller-at-risk',
): Promise<{ status: number; body: Problem }> {
  const response = await api.raw(path, {
    method,
    as,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Problem };
}

async function firstListing() {
  api.signInAs('seller-at-risk');
  return api.client.request('/listings/lst-vt-00001', { schema: Listing });
}

describe('listing updates', () => {
  it('saves a valid change and bumps the version', async () => {
    const listing = await firstListing();
    const { status, body } = await send(`/listings/${listing.id}`, 'PATCH', {
      version: listing.version,
      title: 'Ceramic mug, 350 ml',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ title: 'Ceramic mug, 350 ml', version: listing.version + 1 });
  });

  it('answers 409 to a write based on a stale version, and keeps the newer text', async () => {
    const listing = await firstListing();
    await send(`/listings/${listing.id}`, 'PATCH', { version: listing.version, title: 'First save wins' });
    const stale = await send(`/listings/${listing.id}`, 'PATCH', {
      version: listing.version,
      title: 'Second save loses',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/saved this listing after you opened it/);
    expect((await api.client.request(`/listings/${listing.id}`, { schema: Listing })).title).toBe(
      'First save wins',
    );
  });

  it('answers 422 with a message per field', async () => {
    const listing = await firstListing();
    const { status, body } = await send(`/listings/${listing.id}`, 'PATCH', {
      version: listing.version,
      title: 'x',
      category: 'weapons',
    });
    expect(status).toBe(422);
    expect(body.fieldErrors?.title?.[0]).toMatch(/at least 3 characters/);
    expect(body.fieldErrors?.category).toHaveLength(1);
  });

  it('refuses fields that are not part of the contract', async () => {
    const listing = await firstListing();
    const { status, body } = await send(`/listings/${listing.id}`, 'PATCH', {
      version: listing.version,
      sellerId: 'shop-megamart',
    });
    expect(status).toBe(422);
    expect(body.fieldErrors).toEqual({ sellerId: ['This field is not part of the request.'] });
    expect((await api.client.request(`/listings/${listing.id}`, { schema: Listing })).sellerId).toBe(
      listing.sellerId,
    );
  });

  it('answers 400 to a body that is not JSON', async () => {
    const { status, body } = await send('/listings/lst-vt-00001', 'PATCH', '{"version": 1,');
    expect(status).toBe(400);
    expect(body.message).toBe('The request body is not valid JSON.');
  });

  it('answers 413 to an oversized body', async () => {
    const { status } = await send('/listings/lst-vt-00001', 'PATCH', {
      version: 1,
      description: 'x'.repeat(MAX_BODY_BYTES),
    });
    expect(status).toBe(413);
  });

  it('answers 400 to an unknown filter value', async () => {
    const response = await api.raw('/listings?verdict=maybe', { as: 'seller-at-risk' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Problem).fieldErrors?.verdict).toHaveLength(1);
  });
});

describe('complaint responses', () => {
  it('validates a counter-notice and records an accepted one once', async () => {
    const invalid = await send('/complaints/cmp-vt-01/responses', 'POST', {
      kind: 'counter_notice',
      grounds: [],
      statement: 'too short',
    });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.body.fieldErrors ?? {}).sort()).toEqual(['grounds', 'statement']);

    const filed = await send('/complaints/cmp-vt-01/responses', 'POST', {
      kind: 'counter_notice',
      grounds: ['genuine_goods'],
      statement: 'These watches are genuine and bought from an authorised dealer; invoices attached.',
      documents: [{ kind: 'purchase_invoice', name: 'invoice.pdf' }],
    });
    expect(filed.status).toBe(201);
    const again = await send('/complaints/cmp-vt-01/responses', 'POST', { kind: 'accept' });
    expect(again.status).toBe(409);
  });
});

describe('appeals', () => {
  it('accepts one appeal per penalty within 7 days', async () => {
    const body = { reason: 'This was a training lock sold to locksmith students, not a tool for burglary.' };
    expect((await send('/penalties/pen-vt-08/appeals', 'POST', body)).status).toBe(201);
    const second = await send('/penalties/pen-vt-08/appeals', 'POST', body);
    expect(second.status).toBe(409);
    expect(second.body.message).toMatch(/once/);
  });

  it('refuses an appeal after the 7-day window with 422', async () => {
    const late = await send('/penalties/pen-vt-04/appeals', 'POST', {
      reason: 'I would like this penalty looked at again please.',
    });
    expect(late.status).toBe(422);
    expect(late.body.message).toMatch(/7-day appeal window/);
  });

  it('refuses a reversed penalty, a too-short reason, another shop\u2019s penalty and a reviewer', async () => {
    const reason = { reason: 'Please look at this penalty again, the item was misread.' };
    const reversed = await send('/penalties/pen-vt-09/appeals', 'POST', reason);
    expect(reversed.status).toBe(409); // already appealed once (and upheld)
    const short = await send('/penalties/pen-vt-08/appeals', 'POST', { reason: 'No.' });
    expect(short.status).toBe(422);
    expect(short.body.fieldErrors?.reason).toEqual(['Explain the appeal in at least 20 characters.']);
    expect((await send('/penalties/pen-sg-01/appeals', 'POST', reason)).status).toBe(404);
    expect((await send('/penalties/pen-vt-08/appeals', 'POST', reason, 'reviewer')).status).toBe(403);
    const malformed = await send('/penalties/pen-vt-08/appeals', 'POST', '{"reason": ');
    expect(malformed.status).toBe(400);
  });

  it('marks an established penalty as appealed and keeps counting it', async () => {
    // pen-vt-06 was issued 12 days before the test's "now": out of its window. Issue a fresh one to appeal.
    const db = api.backend.ctx.db();
    const source = db.get('penalties', 'pen-vt-06');
    if (!source) throw new Error('seed changed');
    const issued = new Date(Date.parse('2026-11-19T10:00:00Z'));
    db.put('penalties', {
      ...source,
      id: 'pen-vt-new',
      status: 'established',
      issuedAt: issued.toISOString(),
      appealBy: new Date(issued.getTime() + 7 * 86_400_000).toISOString(),
      expiresAt: new Date(issued.getTime() + 365 * 86_400_000).toISOString(),
      appealId: null,
    });
    const filed = await send('/penalties/pen-vt-new/appeals', 'POST', {
      reason: 'The spaced letters are the product\u2019s model name as printed on the box.',
      documents: [{ kind: 'photo', name: 'box.jpg' }],
    });
    expect(filed.status).toBe(201);
    expect(db.get('penalties', 'pen-vt-new')).toMatchObject({
      status: 'appealed',
      appealId: 'app-pen-vt-new',
    });
  });
});

describe('review decisions', () => {
  it('requires points and a clause for a penalty, then carries it to the seller\u2019s ledger and the audit log', async () => {
    const item = api.backend.ctx
      .db()
      .all('reviewItems')
      .find((i) => i.kind === 'listing' && i.status === 'open' && i.sellerId === 'shop-volna-trade');
    expect(item).toBeDefined();
    const path = `/review-items/${item?.id}/decisions`;
    const missing = await send(
      path,
      'POST',
      { action: 'issue_penalty', reason: 'Replica wording confirmed' },
      'reviewer',
    );
    expect(missing.status).toBe(422);
    expect(Object.keys(missing.body.fieldErrors ?? {}).sort()).toEqual(['points', 'policy']);

    // Points and clause that no rule of this listing sets are refused, whatever the request says.
    const invented = await send(
      path,
      'POST',
      {
        action: 'issue_penalty',
        reason: 'Replica wording confirmed',
        points: 0.5,
        policy: { policy: 'product-listing-policy', clause: 'cat-17' },
      },
      'reviewer',
    );
    expect(invented.status).toBe(422);
    expect(invented.body.fieldErrors?.ruleId?.[0]).toMatch(/^Choose one of: /);

    const rule = api.backend.ctx
      .db()
      .get('listings', item!.subjectId)!
      .check.findings.find((f) => f.points > 0)!;
    const decided = await send(
      path,
      'POST',
      { action: 'issue_penalty', reason: 'Replica wording confirmed', ruleId: rule.ruleId },
      'reviewer',
    );
    expect(decided.status).toBe(201);
    const ledger = (await (await api.raw('/penalties', { as: 'seller-at-risk' })).json()) as {
      summary: string;
      points: number;
      policy: { clause: string };
    }[];
    expect(
      ledger.some(
        (p) =>
          p.summary === 'Replica wording confirmed' &&
          p.points === rule.points &&
          p.policy.clause === rule.policy.clause,
      ),
    ).toBe(true);
    const audit = (await (await api.raw('/audit-events?q=replica%20wording', { as: 'reviewer' })).json()) as {
      action: string;
      snapshot: string;
    }[];
    expect(audit[0]).toMatchObject({ action: 'decision.issue_penalty' });
    expect(audit[0]?.snapshot).toContain(item?.title);
    expect(
      (await send(path, 'POST', { action: 'approve', reason: 'Second thoughts' }, 'reviewer')).status,
    ).toBe(409);
  });

  it('refuses an action that does not fit the item', async () => {
    const result = await send(
      '/review-items/rev-cmp-vt-01/decisions',
      'POST',
      { action: 'remove_listing', reason: 'Wrong kind of action' },
      'reviewer',
    );
    expect(result.status).toBe(422);
  });
});

describe('injected failures', () => {
  it('answers an injected 500 for one resource only', async () => {
    api.config.failures = { listings: '500' };
    expect((await api.raw('/listings', { as: 'seller-good' })).status).toBe(500);
    expect((await api.raw('/complaints', { as: 'seller-good' })).status).toBe(200);
  });

  it('can fail only the changes to a resource, leaving reads working', async () => {
    api.config.failures = { 'listings/write': '503' };
    expect((await api.raw('/listings/lst-vt-00002', { as: 'seller-at-risk' })).status).toBe(200);
    const write = await api.raw('/listings/lst-vt-00002', {
      method: 'PATCH',
      as: 'seller-at-risk',
      body: JSON.stringify({ version: 1 }),
    });
    expect(write.status).toBe(503);
  });

  it('turns an injected offline failure into a network ApiError', async () => {
    api.config.failures = { complaints: 'offline' };
    api.signInAs('seller-good');
    const error = await api.client.request('/complaints', { schema: Listing }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'network', isTransient: true });
  });
});
