import { afterEach, describe, expect, it } from 'vitest';
import { Listing, NotificationList, Seller } from '@/shared/api/schemas';
import { createMemoryStorage } from '../db/storage';
import { SELLER_IDS } from '../seed/accounts';
import { startTestApi, type TestApi } from '../test-support';

let api: TestApi;
afterEach(() => api.close());

const json = (body: unknown) => JSON.stringify(body);

async function standing(as = 'seller-at-risk') {
  const response = await api.raw(`/sellers/${SELLER_IDS.atRisk}`, { as });
  return Seller.parse(await response.json()).standing;
}

describe('concurrent writes', () => {
  it('lets only one of two simultaneous saves of the same version through', async () => {
    api = await startTestApi();
    const listing = Listing.parse(
      await (await api.raw('/listings/lst-vt-00002', { as: 'seller-at-risk' })).json(),
    );
    const [a, b] = await Promise.all(
      ['Tab A title', 'Tab B title'].map((title) =>
        api.raw(`/listings/${listing.id}`, {
          method: 'PATCH',
          as: 'seller-at-risk',
          body: json({ version: listing.version, title }),
        }),
      ),
    );
    expect([a?.status, b?.status].sort()).toEqual([200, 409]);
  });

  it('records one decision when a reviewer double-submits', async () => {
    api = await startTestApi();
    const body = json({ action: 'reject_complaint', reason: 'Distribution dispute, not an infringement' });
    const results = await Promise.all(
      [1, 2].map(() =>
        api.raw('/review-items/rev-cmp-vt-03/decisions', { method: 'POST', as: 'reviewer', body }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(api.backend.ctx.db().find('decisions', (d) => d.reviewItemId === 'rev-cmp-vt-03')).toHaveLength(1);
  });
});

describe('a failed save', () => {
  it('answers 503 and leaves nothing changed in memory', async () => {
    const storage = createMemoryStorage();
    api = await startTestApi({ storage });
    storage.writeChanges = () => Promise.reject(new Error('QuotaExceededError'));
    api.signInAs('seller-at-risk');
    const before = await api.client.request('/notifications', { schema: NotificationList });
    const response = await api.raw('/notifications/read-all', { method: 'POST', as: 'seller-at-risk' });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { message: string }).message).toMatch(/nothing was changed/);
    expect((await api.client.request('/notifications', { schema: NotificationList })).unread).toBe(
      before.unread,
    );
  });
});

describe('appeals and standing', () => {
  it('says when the next points expire', async () => {
    api = await startTestApi();
    const next = (await standing()).nextExpiry;
    // The oldest counting day (12 points after the daily cap, 300 days before the test's "now") ends in 65 days.
    expect(next?.points).toBe(12);
    expect(
      next && Math.round((new Date(next.at).getTime() - Date.parse('2026-11-20T10:00:00Z')) / 86_400_000),
    ).toBe(65);
  });

  it('keeps a pending penalty out of the total while it is appealed', async () => {
    api = await startTestApi();
    expect((await standing()).activePoints).toBe(22);
    const response = await api.raw('/penalties/pen-vt-08/appeals', {
      method: 'POST',
      as: 'seller-at-risk',
      body: json({
        reason: 'The listing is a phone signal booster, not a jammer; the spec sheet is attached.',
      }),
    });
    expect(response.status).toBe(201);
    expect((await standing()).activePoints).toBe(22);
    const penalty = (await (await api.raw('/penalties/pen-vt-08', { as: 'seller-at-risk' })).json()) as {
      status: string;
      appealId: string;
    };
    expect(penalty).toMatchObject({ status: 'pending', appealId: expect.any(String) });
  });
});

describe('decisions reach the ledger', () => {
  const decide = (id: string, body: unknown, as = 'reviewer') =>
    api.raw(`/appeals/${id}/decision`, { method: 'POST', as, body: json(body) });
  const inbox = async () =>
    (await (await api.raw('/notifications', { as: 'seller-at-risk' })).json()) as NotificationList;

  it('reverses a penalty when its appeal is upheld, and tells the seller', async () => {
    api = await startTestApi();
    // pen-vt-07 (1 point, under appeal as app-vt-02) still counts while the appeal is open.
    expect((await standing()).activePoints).toBe(22);
    const response = await decide('app-vt-02', {
      outcome: 'upheld',
      reason: 'A training lock, sold as such.',
    });
    expect(response.status).toBe(201);
    expect((await standing()).activePoints).toBe(21);
    const penalty = (await (await api.raw('/penalties/pen-vt-07', { as: 'seller-at-risk' })).json()) as {
      status: string;
    };
    expect(penalty.status).toBe('reversed');
    expect((await inbox()).items.find((n) => n.link === '/strikes/pen-vt-07')).toMatchObject({
      kind: 'appeal_decided',
      title: 'Your appeal was upheld',
      readAt: null,
    });
    const again = await decide('app-vt-02', { outcome: 'rejected', reason: 'Changed my mind.' });
    expect(again.status).toBe(409);
  });

  it('lets the penalty stand when the appeal is rejected', async () => {
    api = await startTestApi();
    expect(
      (await decide('app-vt-02', { outcome: 'rejected', reason: 'Lock picks are banned.' })).status,
    ).toBe(201);
    const penalty = (await (await api.raw('/penalties/pen-vt-07', { as: 'seller-at-risk' })).json()) as {
      status: string;
    };
    expect(penalty.status).toBe('established');
    expect((await standing()).activePoints).toBe(22);
  });

  it('refuses appeal decisions from sellers, for unknown appeals and without a reason', async () => {
    api = await startTestApi();
    const body = { outcome: 'upheld', reason: 'Looks fine to me.' };
    expect((await decide('app-vt-02', body, 'seller-at-risk')).status).toBe(403);
    expect((await decide('app-nope', body)).status).toBe(404);
    expect((await decide('app-vt-02', { outcome: 'upheld', reason: '' })).status).toBe(422);
    expect((await decide('app-vt-02', { outcome: 'maybe', reason: 'Hmm, not sure.' })).status).toBe(422);
  });

  it('adds a strike to the ledger when a serious complaint is upheld, and announces the decision once', async () => {
    api = await startTestApi();
    expect((await standing()).seriousIpStrikes).toBe(1);
    const response = await api.raw('/review-items/rev-cmp-vt-01/decisions', {
      method: 'POST',
      as: 'reviewer',
      body: json({ action: 'uphold_complaint', reason: 'Replica watches with the crown logo, confirmed.' }),
    });
    expect(response.status).toBe(201);
    expect((await standing()).seriousIpStrikes).toBe(2);
    const penalty = (await (await api.raw('/penalties/pen-cmp-vt-01', { as: 'seller-at-risk' })).json()) as {
      kind: string;
      source: { type: string; id: string };
    };
    expect(penalty).toMatchObject({ kind: 'ip_serious', source: { type: 'complaint', id: 'cmp-vt-01' } });
    const decided = (await inbox()).items.filter(
      (n) => n.kind === 'complaint_decided' && n.link === '/complaints/cmp-vt-01',
    );
    expect(decided).toHaveLength(1);
  });
});

describe('bulk actions', () => {
  it('never lets a seller relist what moderation holds, and queues review requests', async () => {
    api = await startTestApi();
    const db = api.backend.ctx.db();
    const held = db
      .find('listings', (l) => l.sellerId === SELLER_IDS.atRisk && l.moderation === 'under_review')
      .slice(0, 3);
    const delisted = db.find(
      'listings',
      (l) => l.sellerId === SELLER_IDS.atRisk && l.moderation === 'delisted' && l.check.verdict !== 'block',
    );
    const ids = [...held.map((l) => l.id), ...delisted.map((l) => l.id)];
    const relisted = (await (
      await api.raw('/listings/bulk', {
        method: 'POST',
        as: 'seller-at-risk',
        body: json({ action: 'relist', ids }),
      })
    ).json()) as { updated: number; skipped: string[] };
    expect(relisted.skipped).toEqual(held.map((l) => l.id));
    expect(relisted.updated).toBe(delisted.length);
    for (const listing of held) expect(db.get('listings', listing.id)?.moderation).toBe('under_review');

    const active = db.find(
      'listings',
      (l) => l.sellerId === SELLER_IDS.atRisk && l.moderation === 'active',
    )[0];
    if (!active) throw new Error('seed lacks an active listing');
    await api.raw('/listings/bulk', {
      method: 'POST',
      as: 'seller-at-risk',
      body: json({ action: 'request_review', ids: [active.id] }),
    });
    expect(db.get('reviewItems', `rev-${active.id}`)).toMatchObject({ status: 'open', subjectId: active.id });
  });

  it('skips listings of another shop', async () => {
    api = await startTestApi();
    const theirs = api.backend.ctx
      .db()
      .find('listings', (l) => l.sellerId === SELLER_IDS.atRisk && l.moderation === 'active')[0];
    if (!theirs) throw new Error('seed lacks an active listing');
    const response = await api.raw('/listings/bulk', {
      method: 'POST',
      as: 'seller-good',
      body: json({ action: 'delist', ids: [theirs.id] }),
    });
    expect(await response.json()).toEqual({ updated: 0, skipped: [theirs.id] });
    expect(api.backend.ctx.db().get('listings', theirs.id)?.moderation).toBe('active');
  });
});

describe('complaint workflow', () => {
  it('closes the review item when the seller accepts, so a reviewer cannot overturn it', async () => {
    api = await startTestApi();
    const accepted = await api.raw('/complaints/cmp-vt-02/responses', {
      method: 'POST',
      as: 'seller-at-risk',
      body: json({ kind: 'accept' }),
    });
    expect(accepted.status).toBe(201);
    expect(api.backend.ctx.db().get('reviewItems', 'rev-cmp-vt-02')?.status).toBe('decided');
    const late = await api.raw('/review-items/rev-cmp-vt-02/decisions', {
      method: 'POST',
      as: 'reviewer',
      body: json({ action: 'reject_complaint', reason: 'Not admissible' }),
    });
    expect(late.status).toBe(409);
    const audit = (await (await api.raw('/audit-events?subjectId=cmp-vt-02', { as: 'reviewer' })).json()) as {
      action: string;
    }[];
    expect(audit.map((e) => e.action)).toContain('complaint.accepted');
  });

  it('refuses edits to a listing moderation removed', async () => {
    api = await startTestApi();
    const removed = api.backend.ctx
      .db()
      .find('listings', (l) => l.sellerId === SELLER_IDS.atRisk && l.moderation === 'removed')[0];
    if (!removed) throw new Error('seed lacks a removed listing');
    const response = await api.raw(`/listings/${removed.id}`, {
      method: 'PATCH',
      as: 'seller-at-risk',
      body: json({ version: removed.version, title: 'Fixed title' }),
    });
    expect(response.status).toBe(409);
  });
});
