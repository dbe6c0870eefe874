import { describe, expect, it } from 'vitest';
import { brandStatuses, type StatusDocumentLike } from './brand-status';

const NOW = new Date('2026-11-20T10:00:00Z');

function record(overrides: Partial<StatusDocumentLike> & Pick<StatusDocumentLike, 'id'>): StatusDocumentLike {
  return {
    status: 'verified',
    validUntil: null,
    brands: ['Anker'],
    fileName: `${overrides.id}.pdf`,
    issuedAt: '2026-01-01T00:00:00Z',
    rejectionReason: null,
    ...overrides,
  };
}

describe('brandStatuses', () => {
  it('gives each brand one state, the strongest record winning, and names the covering record', () => {
    const statuses = brandStatuses(
      [
        record({ id: 'a', brands: ['Anker', 'Baseus'] }),
        record({ id: 'b', brands: ['anker'], status: 'rejected', rejectionReason: 'Unsigned.' }),
        record({ id: 'c', brands: ['Nike'], status: 'rejected', rejectionReason: 'Not from Nike.' }),
        record({ id: 'd', brands: ['Xiaomi'], status: 'pending' }),
        record({ id: 'e', brands: ['Casio'], status: 'expired' }),
        record({ id: 'f', brands: ['Sony'], status: 'withdrawn' }),
      ],
      NOW,
    );
    expect(statuses.map((s) => [s.brand, s.state, s.coveredBy.id, s.reason])).toEqual([
      ['Anker', 'authorised', 'a', null],
      ['Baseus', 'authorised', 'a', null],
      ['Casio', 'expired', 'e', null],
      ['Nike', 'rejected', 'c', 'Not from Nike.'],
      ['Xiaomi', 'pending', 'd', null],
    ]);
  });

  it('treats a verified record as expired from its valid-until moment on', () => {
    const at = (validUntil: string) => brandStatuses([record({ id: 'a', validUntil })], NOW)[0]?.state;
    expect(at('2026-11-20T10:00:01Z')).toBe('authorised');
    expect(at('2026-11-20T10:00:00Z')).toBe('expired');
    expect(at('2026-11-19T23:59:59Z')).toBe('expired');
  });

  it('flags an authorisation ending within 30 days, and not one ending later', () => {
    const soon = (validUntil: string | null) =>
      brandStatuses([record({ id: 'a', validUntil })], NOW)[0]?.expiresSoon;
    expect(soon('2026-11-21T00:00:00Z')).toBe(true);
    expect(soon('2026-12-20T10:00:00Z')).toBe(true); // exactly 30 days
    expect(soon('2026-12-20T10:00:01Z')).toBe(false);
    expect(soon(null)).toBe(false);
  });

  it('lets the longest-lasting verified record cover the brand, and notes a pending renewal', () => {
    const [status] = brandStatuses(
      [
        record({ id: 'old', validUntil: '2026-12-01T00:00:00Z' }),
        record({ id: 'new', validUntil: '2027-12-01T00:00:00Z', issuedAt: '2026-10-01T00:00:00Z' }),
        record({ id: 'renewal', status: 'pending', issuedAt: '2026-11-01T00:00:00Z' }),
      ],
      NOW,
    );
    expect(status).toMatchObject({
      state: 'authorised',
      coveredBy: { id: 'new' },
      expiresSoon: false,
      renewalPending: true,
    });
    expect(
      brandStatuses(
        [record({ id: 'x', validUntil: null }), record({ id: 'y', validUntil: '2027-01-01T00:00:00Z' })],
        NOW,
      )[0]?.coveredBy.id,
    ).toBe('x');
  });

  it('prefers pending over expired over rejected', () => {
    const state = (...statuses: StatusDocumentLike['status'][]) =>
      brandStatuses(
        statuses.map((status, i) => record({ id: `r${i}`, status })),
        NOW,
      )[0]?.state;
    expect(state('rejected', 'expired')).toBe('expired');
    expect(state('expired', 'pending', 'rejected')).toBe('pending');
    expect(state('withdrawn')).toBeUndefined();
  });
});
