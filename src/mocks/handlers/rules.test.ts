import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditEvent, Listing, RuleMode, RuleModeResult, RuleStat } from '@/shared/api/schemas';
import { z } from 'zod';
import { Db } from '../db/db';
import { ruleStats } from '../rule-stats';
import { cachedSeed, startTestApi, TEST_NOW, type TestApi } from '../test-support';

let api: TestApi;
beforeEach(async () => {
  api = await startTestApi();
});
afterEach(() => api.close());

const LOCK_PICKS = 'plp.general.lock-picks';
/** Volna Trade's lock pick set: blocked by the lock-picks rule and nothing else. */
const LOCK_PICK_LISTING = 'lst-vt-00026';

async function put(ruleId: string, body: unknown, as = 'reviewer') {
  const response = await api.raw(`/rules/${encodeURIComponent(ruleId)}/mode`, {
    method: 'PUT',
    as,
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function listing(id: string) {
  return Listing.parse(await (await api.raw(`/listings/${id}`, { as: 'seller-at-risk' })).json());
}

describe('rule stats', () => {
  it('counts upheld and overturned decisions and open items per rule, for listings and buyer reports', () => {
    const seed = cachedSeed({ seed: 20_191_004, anchor: TEST_NOW });
    const db = new Db({
      ...seed,
      reviewItems: [
        ...['a', 'b', 'c', 'd', 'e'].map((id, k) => ({
          ...seed.reviewItems[0]!,
          id: `t-${id}`,
          kind: k === 4 ? ('complaint' as const) : k === 3 ? ('buyer_report' as const) : ('listing' as const),
          ruleIds: ['plp.ip.replica', 'plp.ip.replica', 'plp.cat-14.nicotine'],
          status: k === 2 ? ('open' as const) : ('decided' as const),
        })),
      ],
      decisions: [
        { ...seed.decisions[0]!, id: 'd1', reviewItemId: 't-a', action: 'approve' },
        { ...seed.decisions[0]!, id: 'd2', reviewItemId: 't-b', action: 'issue_penalty' },
        { ...seed.decisions[0]!, id: 'd3', reviewItemId: 't-d', action: 'request_changes' },
        // A complaint's decision says nothing about the checker's rules.
        { ...seed.decisions[0]!, id: 'd4', reviewItemId: 't-e', action: 'approve' },
        { ...seed.decisions[0]!, id: 'd5', reviewItemId: 'missing', action: 'approve' },
      ],
    });
    const stats = new Map(ruleStats(db).map((s) => [s.ruleId, s]));
    expect(stats.get('plp.ip.replica')).toEqual({
      ruleId: 'plp.ip.replica',
      upheld: 2,
      overturned: 1,
      open: 1,
    });
    expect(stats.get('plp.cat-14.nicotine')).toMatchObject({ upheld: 2, overturned: 1, open: 1 });
    expect(stats.get('plp.cat-3.firearm')).toMatchObject({ upheld: 0, overturned: 0, open: 0 });
  });

  it('gives several rules a record from the seed, one of them mostly overturned', async () => {
    const response = await api.raw('/rule-stats', { as: 'reviewer' });
    expect(response.status).toBe(200);
    const stats = z.array(RuleStat).parse(await response.json());
    const withRecord = stats.filter((s) => s.upheld + s.overturned >= 5);
    expect(withRecord.length).toBeGreaterThanOrEqual(5);
    expect(withRecord.some((s) => s.overturned > 2 * s.upheld)).toBe(true);
    expect(withRecord.some((s) => s.overturned === 0)).toBe(true);
    expect(stats.find((s) => s.ruleId === 'plp.ip.brand-style')).toMatchObject({ upheld: 0, overturned: 6 });
    expect((await api.raw('/rule-stats', { as: 'seller-at-risk' })).status).toBe(403);
  });
});

describe('rule modes', () => {
  it('lets anyone signed in read the modes, and starts with every rule enforced', async () => {
    const response = await api.raw('/rule-modes', { as: 'seller-at-risk' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
    expect((await api.raw('/rule-modes')).status).toBe(401);
  });

  it('refuses sellers, unknown rules and bad bodies', async () => {
    const body = { mode: 'review_only', reason: 'Lock picks are legal for locksport.' };
    expect((await put(LOCK_PICKS, body, 'seller-at-risk')).status).toBe(403);
    expect((await put('plp.no-such-rule', body)).status).toBe(404);
    for (const bad of [
      { mode: 'review_only' },
      { mode: 'review_only', reason: ' no ' },
      { mode: 'off', reason: 'Lock picks are legal for locksport.' },
      { ...body, extra: true },
    ]) {
      const answer = await put(LOCK_PICKS, bad);
      expect(answer.status, JSON.stringify(bad)).toBe(422);
    }
    expect(api.backend.ctx.db().count('ruleModes')).toBe(0);
    expect((await put(LOCK_PICKS, { mode: 'enforce', reason: 'Already enforced, though.' })).status).toBe(
      409,
    );
  });

  it('puts a rule in review only: recorded on the audit log, and the listings citing it are checked again', async () => {
    const before = await listing(LOCK_PICK_LISTING);
    expect(before.check.verdict).toBe('block');
    const openBefore = api.backend.ctx.db().get('reviewItems', `rev-${LOCK_PICK_LISTING}`);
    expect(openBefore?.status).toBe('open');
    const untouched = api.backend.ctx.db().get('listings', 'lst-vt-00002');

    const answer = await put(LOCK_PICKS, {
      mode: 'review_only',
      reason: 'Lock picks are legal for locksport.',
    });
    expect(answer.status).toBe(200);
    const result = RuleModeResult.parse(answer.body);
    expect(result.mode).toMatchObject({ id: LOCK_PICKS, mode: 'review_only', changedBy: { id: 'reviewer' } });
    const citing = api.backend.ctx
      .db()
      .count('listings', (l) => l.check.findings.some((f) => f.ruleId === LOCK_PICKS));
    expect(result.rechecked).toBe(citing);
    expect(result.verdictsChanged).toBeGreaterThan(0);

    // The seller's listing no longer blocks; the finding is still there, and the item stays in the queue.
    const after = await listing(LOCK_PICK_LISTING);
    expect(after.check.verdict).toBe('warn');
    expect(after.check.findings.map((f) => f.ruleId)).toContain(LOCK_PICKS);
    expect(after.version).toBe(before.version);
    expect(api.backend.ctx.db().get('reviewItems', `rev-${LOCK_PICK_LISTING}`)?.status).toBe('open');
    // Listings not citing the rule are not touched.
    expect(api.backend.ctx.db().get('listings', 'lst-vt-00002')).toBe(untouched);

    const modes = z.array(RuleMode).parse(await (await api.raw('/rule-modes', { as: 'seller-good' })).json());
    expect(modes.map((m) => [m.id, m.mode])).toEqual([[LOCK_PICKS, 'review_only']]);

    const log = z
      .array(AuditEvent)
      .parse(await (await api.raw('/audit-events?action=rule', { as: 'reviewer' })).json());
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      action: 'rule.mode_changed',
      actor: { id: 'reviewer' },
      subject: { type: 'rule', id: LOCK_PICKS },
      summary: 'Review only: Lock picks are legal for locksport.',
      policy: { policy: 'product-listing-policy' },
    });
    expect(log[0]?.snapshot).toMatch(/Mode: enforce -> review only/);

    // Back to enforce: the verdict blocks again, and a second entry is appended.
    const back = await put(LOCK_PICKS, { mode: 'enforce', reason: 'Locksport exemption withdrawn.' });
    expect(back.status).toBe(200);
    expect((await listing(LOCK_PICK_LISTING)).check.verdict).toBe('block');
    expect(api.backend.ctx.db().count('auditEvents', (e) => e.action === 'rule.mode_changed')).toBe(2);
  });

  it('lets a new listing through when only a review-only rule blocks it, and still queues it', async () => {
    await put(LOCK_PICKS, { mode: 'review_only', reason: 'Lock picks are legal for locksport.' });
    const response = await api.raw('/listings', {
      method: 'POST',
      as: 'seller-at-risk',
      body: JSON.stringify({
        title: 'Lock Pick Set 24 Pieces with Tension Wrenches',
        description: 'For locksport practice.',
        brand: null,
        category: 'other',
        priceCents: 1999,
      }),
    });
    expect(response.status).toBe(201);
    const created = Listing.parse(await response.json());
    expect(created.check.verdict).toBe('warn');
    expect(created.moderation).toBe('active');
    expect(api.backend.ctx.db().get('reviewItems', `rev-${created.id}`)).toMatchObject({
      status: 'open',
      ruleIds: [LOCK_PICKS],
    });
  });

  it('rolls the mode back when the change cannot be stored', async () => {
    api.storage.writeChanges = () => Promise.reject(new Error('QuotaExceededError'));
    const answer = await put(LOCK_PICKS, {
      mode: 'review_only',
      reason: 'Lock picks are legal for locksport.',
    });
    expect(answer.status).toBe(503);
    expect(api.backend.ctx.db().count('ruleModes')).toBe(0);
    expect(api.backend.ctx.db().get('listings', LOCK_PICK_LISTING)?.check.verdict).toBe('block');
  });
});
