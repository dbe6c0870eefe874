import { describe, expect, it } from 'vitest';
import type { StatusDocumentLike } from './brand-status';
import { coveringDocument, expiringSoon } from './covering';

const NOW = new Date('2026-11-20T10:00:00Z');
const doc = (
  id: string,
  status: StatusDocumentLike['status'],
  validUntil: string | null,
  brands: string[],
): StatusDocumentLike => ({
  id,
  status,
  validUntil,
  brands,
  fileName: `${id}.pdf`,
  issuedAt: '2026-01-01T00:00:00Z',
  rejectionReason: null,
});

describe('which document covers a brand', () => {
  const docs = [
    doc('old', 'verified', '2026-12-01T00:00:00Z', ['Xiaomi']),
    doc('new', 'verified', '2027-06-01T00:00:00Z', ['xiaomi ', 'Anker']),
    doc('open', 'verified', null, ['Lenovo']),
    doc('pending', 'pending', null, ['Nike']),
    doc('expired', 'verified', '2026-11-20T10:00:00Z', ['Adidas']),
    doc('soon', 'verified', '2026-12-10T00:00:00Z', ['Baseus']),
  ];

  it('names the verified document valid longest, without regard to case', () => {
    expect(coveringDocument(docs, 'XIAOMI', NOW)?.id).toBe('new');
    expect(coveringDocument(docs, 'Lenovo', NOW)?.id).toBe('open');
  });

  it('ignores pending documents and those that expired at this moment', () => {
    expect(coveringDocument(docs, 'Nike', NOW)).toBeNull();
    expect(coveringDocument(docs, 'Adidas', NOW)).toBeNull();
  });

  it('flags the documents whose cover ends within 30 days, not those outlasted by another', () => {
    // "old" ends in 11 days but "new" covers Xiaomi longer, so only Baseus is at risk.
    expect(expiringSoon(docs, NOW).map((d) => d.id)).toEqual(['soon']);
  });
});
