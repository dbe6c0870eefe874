import { describe, expect, it } from 'vitest';
import type { IpComplaint } from '@/shared/api/schemas';
import { filtersFromSearch, hasFilters, needsAnswer, visibleComplaints } from './complaint-list';

const NOW = new Date('2026-11-20T10:00:00Z');
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000).toISOString();

function complaint(id: string, patch: Partial<IpComplaint> = {}): IpComplaint {
  return {
    id,
    sellerId: 'shop-a',
    listingIds: ['lst-1'],
    complainant: { rightsOwner: 'Owner', representative: null, email: 'a@b.example', phone: null },
    rightType: 'trademark',
    rightName: 'MARK',
    registrationNumber: null,
    claim: 'A claim.',
    evidence: [],
    proofOfAuthority: [],
    facts: { linksToListing: true, distributionDispute: false, goodsLawfullyMarketed: false },
    seriousness: 'general',
    status: 'awaiting_response',
    receivedAt: hours(-24),
    respondBy: hours(48),
    history: [],
    ...patch,
  };
}

const ALL = [
  complaint('late', { respondBy: hours(-1), receivedAt: hours(-100) }),
  complaint('old-decided', { status: 'upheld', receivedAt: hours(-500), seriousness: 'serious' }),
  complaint('soon', { respondBy: hours(5), rightType: 'copyright' }),
  complaint('new-decided', { status: 'counter_noticed', receivedAt: hours(-2), rightType: 'patent' }),
  complaint('later', { respondBy: hours(60), seriousness: 'serious' }),
];
const ids = (list: IpComplaint[]) => list.map((c) => c.id);

describe('complaint list filters', () => {
  it('reads known filters from the URL and ignores unknown or empty ones', () => {
    expect(
      filtersFromSearch(new URLSearchParams('status=needs_answer&right=patent&seriousness=serious')),
    ).toEqual({ status: 'needs_answer', right: 'patent', seriousness: 'serious' });
    expect(filtersFromSearch(new URLSearchParams('status=counter_noticed'))).toEqual({
      status: 'counter_noticed',
    });
    const junk = filtersFromSearch(new URLSearchParams('status=&right=design&seriousness=SERIOUS&x=1'));
    expect(junk).toEqual({});
    expect(hasFilters(junk)).toBe(false);
  });

  it('puts complaints needing an answer first, nearest deadline first, then the rest newest first', () => {
    expect(ids(visibleComplaints(ALL, {}, NOW))).toEqual([
      'soon',
      'later',
      'new-decided',
      'late',
      'old-decided',
    ]);
  });

  it('"needs an answer" leaves out complaints whose deadline has passed', () => {
    expect(needsAnswer(ALL[0] as IpComplaint, NOW)).toBe(false);
    expect(ids(visibleComplaints(ALL, { status: 'needs_answer' }, NOW))).toEqual(['soon', 'later']);
    expect(ids(visibleComplaints(ALL, { status: 'awaiting_response' }, NOW))).toEqual([
      'soon',
      'later',
      'late',
    ]);
  });

  it('combines status, right and seriousness', () => {
    expect(ids(visibleComplaints(ALL, { right: 'patent' }, NOW))).toEqual(['new-decided']);
    expect(ids(visibleComplaints(ALL, { seriousness: 'serious' }, NOW))).toEqual(['later', 'old-decided']);
    expect(ids(visibleComplaints(ALL, { status: 'needs_answer', seriousness: 'serious' }, NOW))).toEqual([
      'later',
    ]);
    expect(visibleComplaints(ALL, { status: 'withdrawn' }, NOW)).toEqual([]);
  });

  it('does not reorder the list it was given', () => {
    const copy = [...ALL];
    visibleComplaints(copy, {}, NOW);
    expect(ids(copy)).toEqual(ids(ALL));
  });
});
