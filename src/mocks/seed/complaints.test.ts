import { describe, expect, it } from 'vitest';
import { admissibilityChecks, suggestedGrounds } from '@/domain/complaints/admissibility';
import { cachedSeed, TEST_NOW } from '../test-support';

const seed = cachedSeed({ seed: 1, anchor: TEST_NOW });

/** What each seeded complaint is there to show: the admissibility checks it fails, and the grounds they give. */
const EXPECTED: Record<string, { failed: string[]; grounds: string[] }> = {
  'cmp-vt-01': { failed: [], grounds: [] }, // Rolex, by a law firm with a certificate and a power of attorney
  'cmp-vt-02': { failed: [], grounds: [] }, // Lumen Photo, the copyright owner itself, with the original files
  'cmp-vt-03': {
    // Nord Distribution: an exclusive distributor with only its distribution agreement
    failed: ['proof-of-right', 'not-distribution-dispute'],
    grounds: ['no_proof_of_right', 'distribution_dispute'],
  },
  'cmp-vt-04': { failed: ['listing-link'], grounds: ['no_listing_link'] }, // Kettle Works: no listing named
  'cmp-vt-05': { failed: [], grounds: [] },
  'cmp-vt-06': { failed: [], grounds: [] },
  'cmp-mt-01': { failed: ['not-lawfully-marketed'], grounds: ['lawfully_marketed'] }, // Anker: genuine goods
  'cmp-mt-02': { failed: [], grounds: [] },
  'cmp-mm-01': { failed: [], grounds: [] },
  'cmp-mm-02': { failed: [], grounds: [] },
  'cmp-mm-03': { failed: [], grounds: [] },
  'cmp-ng-01': { failed: [], grounds: [] },
  'cmp-sg-01': { failed: [], grounds: [] },
};

describe('seeded complaints', () => {
  it('each fail exactly the admissibility checks their story is about', () => {
    expect(seed.complaints.map((c) => c.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const complaint of seed.complaints) {
      const failed = admissibilityChecks(complaint)
        .filter((check) => !check.passed)
        .map((check) => check.id);
      expect({ id: complaint.id, failed, grounds: suggestedGrounds(complaint) }).toEqual({
        id: complaint.id,
        ...EXPECTED[complaint.id],
      });
    }
  });

  it('give seller-at-risk four complaints to answer, one of each kind the page must explain', () => {
    const open = seed.complaints.filter(
      (c) => c.sellerId === 'shop-volna-trade' && c.status === 'awaiting_response',
    );
    expect(open.map((c) => [c.id, c.seriousness, c.complainant.representative !== null])).toEqual([
      ['cmp-vt-01', 'serious', true],
      ['cmp-vt-02', 'general', false],
      ['cmp-vt-03', 'general', false],
      ['cmp-vt-04', 'general', true],
    ]);
  });
});
