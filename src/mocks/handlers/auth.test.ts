import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@/shared/api/api-error';
import { ListingPage, Seller } from '@/shared/api/schemas';
import { SELLER_IDS } from '../seed/accounts';
import { startTestApi, type TestApi } from '../test-support';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function status(path: string, as: string | undefined, init: RequestInit = {}) {
  const response = await api.raw(path, { ...init, as });
  const body = (await response.json()) as { message?: string };
  return { status: response.status, message: body.message ?? '' };
}

describe('authentication', () => {
  it('lists the demo accounts to anyone, for the sign-in page', async () => {
    const response = await api.raw('/accounts');
    expect(response.status).toBe(200);
    const ids = ((await response.json()) as { id: string }[]).map((a) => a.id);
    expect(ids).toEqual(['seller-good', 'seller-at-risk', 'seller-large', 'reviewer']);
  });

  it('answers 401 with a message when no account or an unknown one is named', async () => {
    expect(await status('/session', undefined)).toMatchObject({
      status: 401,
      message: expect.stringMatching(/sign in/i),
    });
    expect((await status('/session', 'mallory')).status).toBe(401);
  });

  it('returns the signed-in account', async () => {
    const response = await api.raw('/session', { as: 'seller-at-risk' });
    expect(await response.json()).toMatchObject({
      account: { id: 'seller-at-risk', role: 'seller', sellerId: SELLER_IDS.atRisk },
    });
  });
});

describe('authorisation', () => {
  const reviewerOnly = ['/review-items', '/review-items/rev-cmp-vt-01', '/audit-events', '/sellers'];

  it.each(reviewerOnly)('refuses a seller on the reviewer endpoint %s with 403', async (path) => {
    expect(await status(path, 'seller-good')).toMatchObject({
      status: 403,
      message: expect.stringMatching(/reviewer/i),
    });
  });

  it.each(reviewerOnly)('lets the reviewer read %s', async (path) => {
    expect((await status(path, 'reviewer')).status).toBe(200);
  });

  it('refuses a seller deciding a review item with 403, and records nothing', async () => {
    const before = api.backend.ctx.db().count('decisions');
    const result = await status('/review-items/rev-cmp-vt-01/decisions', 'seller-at-risk', {
      method: 'POST',
      body: JSON.stringify({ action: 'reject_complaint', reason: 'I decide my own complaints' }),
    });
    expect(result.status).toBe(403);
    expect(api.backend.ctx.db().count('decisions')).toBe(before);
  });

  it('refuses another shop: 403 when asked by id, 404 for its records', async () => {
    expect((await status(`/sellers/${SELLER_IDS.atRisk}`, 'seller-good')).status).toBe(403);
    expect((await status(`/listings?sellerId=${SELLER_IDS.atRisk}`, 'seller-good')).status).toBe(403);
    expect((await status(`/penalties?sellerId=${SELLER_IDS.atRisk}`, 'seller-good')).status).toBe(403);
    expect((await status('/listings/lst-vt-00001', 'seller-good')).status).toBe(404);
    expect((await status('/complaints/cmp-vt-01', 'seller-good')).status).toBe(404);
    expect((await status('/penalties/pen-vt-01', 'seller-good')).status).toBe(404);
  });

  it('refuses a reviewer writing a seller\u2019s listing with 403', async () => {
    const result = await status('/listings/lst-vt-00001', 'reviewer', {
      method: 'PATCH',
      body: JSON.stringify({ version: 1, title: 'Reviewer edit' }),
    });
    expect(result.status).toBe(403);
  });

  it('scopes list endpoints to the seller\u2019s own shop', async () => {
    api.signInAs('seller-good');
    const page = await api.client.request('/listings', { schema: ListingPage, query: { pageSize: 200 } });
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((l) => l.sellerId === SELLER_IDS.good)).toBe(true);
    const seller = await api.client.request(`/sellers/${SELLER_IDS.good}`, { schema: Seller });
    expect(seller.standing.totalListings).toBe(page.total);
  });

  it('surfaces a refusal through the client as an ApiError with the status and message', async () => {
    api.signInAs('seller-good');
    const failure = await api.client
      .request('/audit-events', { schema: ListingPage })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 403, message: 'Only compliance reviewers can do this.' });
  });

  it('answers unknown endpoints with a 404 problem, not a crash', async () => {
    expect(await status('/no-such-thing', 'seller-good')).toMatchObject({
      status: 404,
      message: expect.stringContaining('/api/no-such-thing'),
    });
  });
});
