import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BulkDecisionResult, ReviewItemDetail, ReviewQueueEntry } from '@/shared/api/schemas';
import { z } from 'zod/mini';
import { startTestApi, TEST_NOW, type TestApi } from '../test-support';

let api: TestApi;
beforeEach(async () => {
  api = await startTestApi();
});
afterEach(() => api.close());

async function get<T extends z.ZodMiniType>(path: string, schema: T, as = 'reviewer'): Promise<z.infer<T>> {
  const response = await api.raw(path, { as });
  expect(response.status).toBe(200);
  return schema.parse(await response.json());
}
const queue = (query = '') => get(`/review-items${query}`, z.array(ReviewQueueEntry));

describe('the review queue', () => {
  it('puts the riskiest first and, at equal risk, the longest waiting', async () => {
    const items = await queue();
    expect(items.length).toBeGreaterThan(50);
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1]!, items[i]!];
      expect(a.risk > b.risk || (a.risk === b.risk && a.createdAt <= b.createdAt)).toBe(true);
    }
    expect(items.every((i) => i.status === 'open' && i.shopName.length > 0)).toBe(true);
  });

  it('filters by type, category, rule and age, and refuses an unknown age', async () => {
    const listings = await queue('?kind=listing');
    expect(listings.length).toBeGreaterThan(0);
    expect(listings.every((i) => i.kind === 'listing')).toBe(true);
    const collectibles = await queue('?category=collectibles');
    expect(collectibles.length).toBeGreaterThan(0);
    expect(collectibles.every((i) => i.category === 'collectibles')).toBe(true);
    expect((await api.raw('/review-items?category=weapons', { as: 'reviewer' })).status).toBe(400);
    const jammers = await queue('?rule=plp.cat-9.signal-jammer');
    expect(jammers.length).toBeGreaterThan(0);
    expect(jammers.every((i) => i.ruleIds.includes('plp.cat-9.signal-jammer'))).toBe(true);
    const week = await queue('?age=7d');
    expect(week.length).toBeGreaterThan(0);
    expect(week.every((i) => Date.parse(i.createdAt) <= TEST_NOW.getTime() - 7 * 86_400_000)).toBe(true);
    expect(week.length).toBeLessThan((await queue()).length);
    expect((await api.raw('/review-items?age=forever', { as: 'reviewer' })).status).toBe(400);
  });

  it('is for reviewers only', async () => {
    expect((await api.raw('/review-items', { as: 'seller-at-risk' })).status).toBe(403);
    expect((await api.raw('/review-items/rev-cmp-vt-01', { as: 'seller-at-risk' })).status).toBe(403);
  });
});

describe('a review item', () => {
  it('gives the listing, how the checker read it, the penalties its rules set, and the seller', async () => {
    const [first] = await queue('?rule=plp.evasion.distorted-keyword&kind=listing');
    const detail = await get(`/review-items/${first!.id}`, ReviewItemDetail);
    expect(detail.listing?.id).toBe(first!.subjectId);
    expect(detail.readings.some((r) => r.spans.length > 0)).toBe(true);
    expect(detail.penaltyOptions.length).toBeGreaterThan(0);
    expect(detail.penaltyOptions.every((p) => p.points > 0 && p.policy.clause.length > 0)).toBe(true);
    expect(detail.seller.shopName).toBe(first!.shopName);
  });

  it('gives a complaint item its complaint and no listing', async () => {
    const detail = await get('/review-items/rev-cmp-vt-03', ReviewItemDetail);
    expect(detail.complaint?.id).toBe('cmp-vt-03');
    expect(detail.listing).toBeNull();
    expect(detail.readings).toEqual([]);
  });

  it('gives a complaint item the seller\u2019s counter-notice, so the reviewer weighs it before deciding', async () => {
    const answered = await get('/review-items/rev-cmp-mm-03', ReviewItemDetail);
    expect(answered.responses).toEqual([
      expect.objectContaining({
        kind: 'counter_notice',
        grounds: ['authorised'],
        statement: expect.stringContaining('authorised Lenovo accessories reseller'),
      }),
    ]);
    expect((await get('/review-items/rev-cmp-vt-03', ReviewItemDetail)).responses).toEqual([]);
  });

  it('answers 404 for an unknown item', async () => {
    expect((await api.raw('/review-items/rev-nope', { as: 'reviewer' })).status).toBe(404);
  });
});

describe('bulk decisions', () => {
  const bulk = (body: unknown, as = 'reviewer') =>
    api.raw('/review-items/decisions', { method: 'POST', as, body: JSON.stringify(body) });

  it('decides each listing on its own and reports the ones it refused', async () => {
    const listings = await queue('?kind=listing');
    const ids = [listings[0]!.id, listings[1]!.id, 'rev-cmp-vt-01', 'rev-nope'];
    const response = await bulk({
      ids,
      action: 'request_changes',
      reason: 'Please reword the flagged terms.',
    });
    expect(response.status).toBe(201);
    const { results } = BulkDecisionResult.parse(await response.json());
    expect(results.map((r) => r.ok)).toEqual([true, true, false, false]);
    expect(results[2]?.message).toMatch(/one at a time/);
    const again = BulkDecisionResult.parse(
      await (await bulk({ ids: [listings[0]!.id], action: 'approve', reason: 'Second thoughts.' })).json(),
    );
    expect(again.results[0]).toMatchObject({ ok: false, message: 'This item has already been decided.' });
    const audit = api.backend.ctx.db().find('auditEvents', (e) => e.action === 'decision.request_changes');
    expect(audit.map((e) => e.subject.id)).toEqual(
      expect.arrayContaining([listings[0]!.subjectId, listings[1]!.subjectId]),
    );
  });

  it('refuses a seller, a missing reason, a penalty and too many items', async () => {
    expect(
      (await bulk({ ids: ['rev-x'], action: 'approve', reason: 'Fine by me.' }, 'seller-at-risk')).status,
    ).toBe(403);
    expect((await bulk({ ids: ['rev-x'], action: 'approve', reason: '' })).status).toBe(422);
    expect((await bulk({ ids: ['rev-x'], action: 'issue_penalty', reason: 'Penalty for all.' })).status).toBe(
      422,
    );
    const many = Array.from({ length: 101 }, (_, i) => `rev-${i}`);
    expect((await bulk({ ids: many, action: 'approve', reason: 'All fine.' })).status).toBe(422);
  });
});
