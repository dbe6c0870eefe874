import { describe, expect, it } from 'vitest';
import { verifiedBrands } from './verified-brands';

describe('verifiedBrands', () => {
  it('counts only verified documents that have not expired', () => {
    const now = new Date('2026-11-20T10:00:00Z');
    expect(
      verifiedBrands(
        [
          { status: 'verified', validUntil: null, brands: ['Anker'] },
          { status: 'verified', validUntil: '2026-12-01T00:00:00Z', brands: ['Baseus', 'Ugreen'] },
          { status: 'verified', validUntil: '2026-11-20T09:59:59Z', brands: ['Casio'] },
          { status: 'pending', validUntil: null, brands: ['Xiaomi'] },
          { status: 'rejected', validUntil: null, brands: ['Nike'] },
        ],
        now,
      ),
    ).toEqual(['Anker', 'Baseus', 'Ugreen']);
  });
});
