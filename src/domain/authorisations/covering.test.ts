import { describe, expect, it } from 'vitest';
import { coveringDocument, expiringSoon } from './covering';

const NOW = new Date('2026-11-20T10:00:00Z');
const doc = (id: string, status: string, validUntil: string | null, brands: string[]) => ({
  id,
  status,
  validUntil,
  brands,
});

describe('which document covers a brand', () => {
  const docs = [
    doc('old', 'verified', '2026-12-01T00:00:00Z', ['Xiaomi']),
    doc('new', 'verified', '2027-06-01T00:00:00Z', ['xiaomi ', 'Anker']),
    doc('open', 'verified', null, ['Lenovo']),
    doc('pending', 'pending', null, ['Nike']),
    doc('expired', 'verified', '2026-11-20T10:00:00Z', ['Adidas']),
  ];

  it('names the verified document valid longest, without regard to case', () => {
    expect(coveringDocument(docs, 'XIAOMI', NOW)?.id).toBe('new');
    expect(coveringDocument(docs, 'Lenovo', NOW)?.id).toBe('open');
  });

  it('ignores pending documents and those that expired at this moment', () => {
    expect(coveringDocument(docs, 'Nike', NOW)).toBeNull();
    expect(coveringDocument(docs, 'Adidas', NOW)).toBeNull();
  });

  it('flags verified documents that end within 30 days, not those already ended or open-ended', () => {
    expect(expiringSoon(docs, NOW).map((d) => d.id)).toEqual(['old']);
    expect(expiringSoon(docs, NOW, 5)).toEqual([]);
  });
});
