import { describe, expect, it } from 'vitest';
import { checkListing } from './check';
import { retailListings } from './testdata/retail';

// About 2,200 real listings from two retailers, all honest: the checker must leave them alone.
const listings = retailListings();
const results = listings.map((listing) => ({ listing, result: checkListing(listing) }));

describe('the checker on real, honest retail listings', () => {
  it('reads both tables', () => {
    expect(listings.length).toBeGreaterThan(2_100);
    expect(listings.every((listing) => listing.title.length > 0)).toBe(true);
  });

  it('blocks none of them', () => {
    const blocked = results
      .filter(({ result }) => result.verdict === 'block')
      .map(
        ({ listing, result }) =>
          `${listing.id} ${listing.title}: ${result.findings
            .filter((f) => f.severity === 'block')
            .map((f) => `${f.ruleId} "${f.matched}"`)
            .join(', ')}`,
      );
    expect(blocked).toEqual([]);
  });

  it('warns on fewer than 2% of them', () => {
    const warned = results.filter(({ result }) => result.verdict === 'warn');
    expect(
      warned.length / listings.length,
      warned
        .slice(0, 20)
        .map(
          ({ listing, result }) =>
            `${listing.id} ${listing.title}: ${result.findings.find((f) => f.severity === 'warn')?.ruleId}`,
        )
        .join('\n'),
    ).toBeLessThan(0.02);
  });
});
