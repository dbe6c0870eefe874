import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { checkListing } from '@/domain/checker';
import { Listing, ListingCheck, ReviewQueueEntry } from '@/shared/api/schemas';
import { checkStoredListing, queueEvidence } from './listing-check';
import { startTestApi, TEST_NOW, type TestApi } from './test-support';

const AT = TEST_NOW.toISOString();
const plain = { description: '', brand: null, category: 'other' as const };

/** A game about what a rule bans: what it is about is not what it sells. */
const GAME = {
  title: 'Call of Duty: Modern Warfare (Xbox 360)',
  description: 'Fight your way through the campaign with assault rifles and sniper rifles.',
  brand: null,
  category: 'software-media' as const,
};

describe('the stored copy of a check', () => {
  it('keeps what the listing sells and, per finding, the confidence and basis the checker gave', () => {
    const listing = { ...plain, title: 'Brass knuckles, solid steel' };
    const stored = checkStoredListing(listing, [], AT);
    const live = checkListing(listing);
    expect(ListingCheck.parse(stored)).toEqual(stored);
    expect(stored.productType).toEqual(live.productType);
    expect(stored.productType.kind).toBe('goods');
    const block = stored.findings.find((f) => f.severity === 'block');
    expect(block).toMatchObject({ field: 'title', confidence: 'high' });
    // Each stored finding carries the live finding's confidence and basis, whatever order they are stored in.
    const key = (f: { ruleId: string; field: string; start: number }) => `${f.ruleId}@${f.field}:${f.start}`;
    const byKey = new Map(live.findings.map((f) => [key(f), f]));
    for (const finding of stored.findings) {
      expect(finding.confidence).toBe(byKey.get(key(finding))?.confidence);
      expect(finding.basis).toBe(byKey.get(key(finding))?.basis);
    }
  });

  it('stores a game as a game, and what it is about as its subject, not a block', () => {
    const stored = checkStoredListing(GAME, [], AT);
    expect(stored.productType).toMatchObject({ kind: 'game', source: 'title' });
    expect(stored.productType.cue).toMatch(/^Xbox/);
    const rifle = stored.findings.find((f) => f.matched.toLowerCase().startsWith('assault rifle'));
    expect(rifle).toMatchObject({ basis: 'media-subject' });
    expect(rifle?.confidence).not.toBe('high');
    expect(stored.verdict).not.toBe('block');
  });

  it('refuses a stored check from before, which is why the schema version was bumped', () => {
    const stored = checkStoredListing({ ...plain, title: 'Replica watch' }, [], AT);
    const { productType: _productType, ...withoutType } = stored;
    expect(ListingCheck.safeParse(withoutType).success).toBe(false);
    const oldFindings = stored.findings.map(({ confidence: _c, basis: _b, ...rest }) => rest);
    expect(ListingCheck.safeParse({ ...stored, findings: oldFindings }).success).toBe(false);
    expect(
      ListingCheck.safeParse({ ...stored, productType: { ...stored.productType, kind: 'weapon' } }).success,
    ).toBe(false);
  });
});

describe('what the review queue shows of a listing', () => {
  it('is what it sells and the top finding’s confidence and basis, or nothing without a listing', () => {
    const check = checkStoredListing({ ...plain, title: 'Brass knuckles, solid steel' }, [], AT);
    const evidence = queueEvidence({ check });
    expect(evidence.productType).toEqual(check.productType);
    expect(evidence.topFinding).toEqual({
      confidence: check.findings[0]?.confidence,
      basis: check.findings[0]?.basis,
    });
    expect(queueEvidence(undefined)).toEqual({ productType: null, topFinding: null });
    const fine = checkStoredListing({ ...plain, title: 'Linen tea towel, set of 2' }, [], AT);
    expect(queueEvidence({ check: fine })).toEqual({ productType: fine.productType, topFinding: null });
  });
});

describe('through the API', () => {
  let api: TestApi;
  afterEach(() => api.close());

  it('a new listing is stored with its product type and confidence, and its queue entry shows them', async () => {
    api = await startTestApi();
    const response = await api.raw('/listings', {
      method: 'POST',
      as: 'seller-good',
      body: JSON.stringify({ title: 'Brass knuckles, solid steel', category: 'other', priceCents: 1_500 }),
    });
    expect(response.status).toBe(201);
    const listing = Listing.parse(await response.json());
    expect(listing.check.verdict).toBe('block');
    expect(listing.check.productType.kind).toBe('goods');
    expect(listing.check.findings[0]).toMatchObject({ severity: 'block', confidence: 'high' });

    const queue = z
      .array(ReviewQueueEntry)
      .parse(await (await api.raw('/review-items?kind=listing', { as: 'reviewer' })).json());
    const entry = queue.find((item) => item.subjectId === listing.id);
    expect(entry?.productType).toEqual(listing.check.productType);
    expect(entry?.topFinding).toEqual({
      confidence: listing.check.findings[0]?.confidence,
      basis: listing.check.findings[0]?.basis,
    });
    // Complaints and documents have no listing check to show.
    const complaint = z
      .array(ReviewQueueEntry)
      .parse(await (await api.raw('/review-items?kind=complaint', { as: 'reviewer' })).json())[0];
    expect(complaint).toMatchObject({ productType: null, topFinding: null });
  });
});
