import { describe, expect, it } from 'vitest';
import { CONFIDENCES, EVIDENCE_BASES, PRODUCT_KINDS } from '@/domain/checker';
import { Confidence, EvidenceBasis, ListingCheck, ListingFinding, ProductKind } from './listings';

const finding = {
  ruleId: 'plp.cat-4.knuckle-duster',
  severity: 'block',
  points: 6,
  summary: 'Knuckle-dusters are weapons and may not be sold.',
  field: 'title',
  start: 0,
  end: 14,
  matched: 'Brass knuckles',
  policy: { policy: 'product-listing-policy', clause: 'cat-4' },
  confidence: 'high',
  basis: 'explicit',
} as const;
const check = {
  verdict: 'block',
  productType: { kind: 'goods', source: 'default', cue: '' },
  findings: [finding],
  checkedAt: '2026-11-20T10:00:00.000Z',
} as const;

describe('the stored check’s contract', () => {
  it('takes every code the checker has, and only those', () => {
    expect(CONFIDENCES.every((c) => Confidence.safeParse(c).success)).toBe(true);
    expect(EVIDENCE_BASES.every((b) => EvidenceBasis.safeParse(b).success)).toBe(true);
    expect(PRODUCT_KINDS.every((k) => ProductKind.safeParse(k).success)).toBe(true);
    expect(Confidence.safeParse('certain').success).toBe(false);
    expect(EvidenceBasis.safeParse('hunch').success).toBe(false);
    expect(ProductKind.safeParse('weapon').success).toBe(false);
  });

  it('reads a check with what the listing sells and each finding’s confidence and basis', () => {
    expect(ListingCheck.parse(check)).toEqual(check);
    const game = { kind: 'game', source: 'title', cue: 'Xbox 360' };
    expect(ListingCheck.parse({ ...check, productType: game }).productType).toEqual(game);
  });

  it('refuses a check stored before they were recorded (the demo data resets instead)', () => {
    const { confidence: _confidence, basis: _basis, ...older } = finding;
    expect(ListingFinding.safeParse(older).success).toBe(false);
    const { productType: _productType, ...olderCheck } = check;
    expect(ListingCheck.safeParse(olderCheck).success).toBe(false);
    expect(
      ListingCheck.safeParse({ ...check, productType: { kind: 'goods', source: 'guess', cue: '' } }).success,
    ).toBe(false);
  });
});
