import { describe, expect, it } from 'vitest';
import { checkListing, RULES } from '@/domain/checker';
import { buildLedger, facePointsAt } from '@/domain/penalties/ledger';
import { findClause } from '@/domain/policies/catalog';
import { activePoints, seriousIpStrikes } from '@/domain/penalties/standing';
import { COLLECTION_NAMES, COLLECTIONS } from '../db/collections';
import { TEST_NOW } from '../test-support';
import { SELLER_IDS } from './accounts';
import { createSeed } from './index';
import { LISTING_TEMPLATES } from './listing-templates';

const seed = createSeed({ seed: 7, anchor: TEST_NOW });
const verified = (sellerId: string) =>
  seed.authorisations
    .filter((a) => a.sellerId === sellerId && a.status === 'verified')
    .flatMap((a) => a.brands);

describe('demo seed', () => {
  it('is deterministic: the same seed and anchor give the same data, another seed other data', () => {
    const again = createSeed({ seed: 7, anchor: TEST_NOW });
    expect(JSON.stringify(again.listings.slice(0, 200))).toBe(JSON.stringify(seed.listings.slice(0, 200)));
    expect(JSON.stringify(again.reviewItems)).toBe(JSON.stringify(seed.reviewItems));
    const other = createSeed({ seed: 8, anchor: TEST_NOW });
    expect(JSON.stringify(other.listings.slice(0, 200))).not.toBe(
      JSON.stringify(seed.listings.slice(0, 200)),
    );
  });

  it('satisfies the API contract in every row, with unique ids', () => {
    for (const name of COLLECTION_NAMES) {
      const rows = seed[name] as unknown[];
      for (const row of rows)
        expect(
          COLLECTIONS[name].safeParse(row).success,
          `${name} row ${JSON.stringify(row).slice(0, 80)}`,
        ).toBe(true);
      const ids = rows.map((row) => (row as { id: string }).id);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it('gives seller-large a catalogue of 10,000 listings in English and Russian', () => {
    const large = seed.listings.filter((l) => l.sellerId === SELLER_IDS.large);
    expect(large).toHaveLength(10_000);
    expect(large.some((l) => l.language === 'ru')).toBe(true);
    expect(large.filter((l) => l.check.verdict !== 'ok').length).toBeGreaterThan(100);
  });

  it('puts seller-at-risk at 22 points with one serious IP strike and complaints due within days', () => {
    const penalties = seed.penalties.filter((p) => p.sellerId === SELLER_IDS.atRisk);
    expect(activePoints(penalties, TEST_NOW)).toBe(22);
    // Two serious infringements two days apart: one strike.
    expect(seriousIpStrikes(penalties, TEST_NOW)).toBe(1);
    const open = seed.complaints.filter(
      (c) => c.sellerId === SELLER_IDS.atRisk && c.status === 'awaiting_response',
    );
    expect(open.length).toBeGreaterThanOrEqual(3);
    for (const complaint of open) {
      const left = new Date(complaint.respondBy).getTime() - TEST_NOW.getTime();
      expect(left).toBeGreaterThan(0);
      expect(left).toBeLessThan(7 * 86_400_000);
    }
  });

  it('shows every counting rule at work in seller-at-risk\u2019s ledger', () => {
    const ledger = buildLedger(seed.penalties.filter((p) => p.sellerId === SELLER_IDS.atRisk));
    const rules = new Set(ledger.entries.flatMap((e) => e.adjustments.map((a) => a.rule)));
    expect(rules).toEqual(new Set(['daily-cap', 'general-ip-daily-cap', 'serious-grouping']));
    expect(facePointsAt(ledger, TEST_NOW)).toBe(26);
    // The pending penalty would take the shop from 22 past the 24-point threshold.
    expect(seed.penalties.find((p) => p.id === 'pen-vt-08')).toMatchObject({ status: 'pending', points: 6 });
  });

  it('links a brand owner\u2019s complaint to the listings that use the brand', () => {
    const rolex = seed.complaints.find((c) => c.complainant.rightsOwner === 'Rolex SA');
    const titles = seed.listings.filter((l) => rolex?.listingIds.includes(l.id)).map((l) => l.title);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/R[o\u043e]lex/);
  });

  it('keeps seller-good in good standing', () => {
    const penalties = seed.penalties.filter((p) => p.sellerId === SELLER_IDS.good);
    expect(activePoints(penalties, TEST_NOW)).toBe(0);
    expect(
      seed.complaints.filter((c) => c.sellerId === SELLER_IDS.good && c.status === 'awaiting_response'),
    ).toHaveLength(0);
    expect(
      seed.listings.filter((l) => l.sellerId === SELLER_IDS.good && l.check.verdict === 'block'),
    ).toHaveLength(0);
  });

  it('fills the reviewer\u2019s queue with every kind of item', () => {
    const open = seed.reviewItems.filter((i) => i.status === 'open');
    expect(open.length).toBeGreaterThanOrEqual(50);
    expect(new Set(open.map((i) => i.kind))).toEqual(
      new Set(['listing', 'complaint', 'buyer_report', 'document']),
    );
  });

  it('names only rules the checker has', () => {
    const ruleIds = [
      ...seed.penalties.map((p) => p.ruleId),
      ...seed.reviewItems.flatMap((i) => i.ruleIds),
      ...seed.listings.flatMap((l) => l.check.findings.map((f) => f.ruleId)),
    ];
    expect([...new Set(ruleIds.filter((id) => !RULES.has(id)))]).toEqual([]);
  });

  it('gives every listing the status the checker gives its text', () => {
    for (const listing of seed.listings.filter((_, k) => k % 97 === 0)) {
      expect(listing.check.verdict, listing.id).toBe(
        checkListing(listing, { authorizedBrands: verified(listing.sellerId) }).verdict,
      );
    }
  });

  it('cites only clauses that exist in the policy catalogue', () => {
    const refs = [
      ...seed.penalties.map((p) => p.policy),
      ...seed.listings.flatMap((l) => l.check.findings.map((f) => f.policy)),
      ...seed.auditEvents.flatMap((e) => (e.policy ? [e.policy] : [])),
    ];
    const missing = [
      ...new Set(refs.filter((r) => !findClause(r.policy, r.clause)).map((r) => `${r.policy}#${r.clause}`)),
    ];
    expect(missing).toEqual([]);
  });

  it('covers every prohibited category with a violating listing, in both languages, with honest and evasive text', () => {
    const clauses = new Set(
      LISTING_TEMPLATES.filter((t) => t.kind !== 'honest').map((t) => t.expected.policy?.clause),
    );
    for (let n = 1; n <= 17; n++) expect(clauses.has(`cat-${n}`), `cat-${n}`).toBe(true);
    expect(new Set(LISTING_TEMPLATES.map((t) => t.kind))).toEqual(
      new Set(['honest', 'violating', 'evasive']),
    );
    expect(LISTING_TEMPLATES.some((t) => t.language === 'ru' && t.kind === 'evasive')).toBe(true);
  });

  it('quotes in each expected finding the exact characters of the listing', () => {
    for (const t of LISTING_TEMPLATES) {
      if (!t.expected.matched || !t.expected.field) continue;
      const text = t.expected.field === 'brand' ? (t.brand ?? '') : t[t.expected.field];
      expect(text.includes(t.expected.matched), t.key).toBe(true);
    }
  });
});
