import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../db/database';
import { TEST_NOW } from '../test-support';
import { buildKnownSeedChecks } from './build-known-checks';
import { createSeed } from './index';
import { checkSeededListing, replayingSeedChecker, type SeedChecker } from './known-checks';

/** The real checker, counting the listings it had to check. */
function countingChecker(): { checker: SeedChecker; calls: () => number } {
  let calls = 0;
  return {
    checker: (...args) => {
      calls += 1;
      return checkSeededListing(...args);
    },
    calls: () => calls,
  };
}

const encoded = buildKnownSeedChecks();
const checked = createSeed({ seed: DEFAULT_SEED, anchor: TEST_NOW });

describe('the seed checks worked out at build time', () => {
  it('give the same demo as running the checker on every listing, at any anchor date, without checking one', () => {
    const counting = countingChecker();
    const replayed = createSeed({
      seed: DEFAULT_SEED,
      anchor: TEST_NOW,
      checker: replayingSeedChecker(encoded, counting.checker),
    });
    expect(counting.calls()).toBe(0);
    expect(replayed).toEqual(checked);
    expect(replayed.listings.some((listing) => listing.check.verdict === 'block')).toBe(true);
    // Each listing's check is dated when the listing was last changed, as a fresh check is.
    expect(replayed.listings.every((listing) => listing.check.checkedAt === listing.updatedAt)).toBe(true);
  });

  it('are not reused for a listing whose text differs from what was checked', () => {
    const listing = checked.listings.find((l) => l.check.verdict === 'block')!;
    const counting = countingChecker();
    const replay = replayingSeedChecker(encoded, counting.checker);
    const input = {
      id: listing.id,
      title: 'Wooden spoon',
      description: '',
      brand: null,
      category: listing.category,
    };
    const check = replay(input, [], TEST_NOW.toISOString());
    expect(counting.calls()).toBe(1);
    expect(check.verdict).toBe('ok');
  });

  it.each([
    ['missing', null],
    ['not JSON', '{"version":1,"checks":['],
    ['from another version', encoded.replace('"version":1', '"version":0')],
    ['damaged', encoded.replace('"verdict":"block"', '"verdict":"maybe"')],
  ])('when %s, leave every listing to the checker and the demo unchanged', (_name, file) => {
    const counting = countingChecker();
    const seed = createSeed({
      seed: DEFAULT_SEED,
      anchor: TEST_NOW,
      checker: replayingSeedChecker(file, counting.checker),
    });
    expect(counting.calls()).toBe(seed.listings.length);
    expect(seed.listings).toEqual(checked.listings);
  });

  it('are only reused for the seed they were worked out for', () => {
    const counting = countingChecker();
    const other = createSeed({
      seed: 7,
      anchor: TEST_NOW,
      checker: replayingSeedChecker(encoded, counting.checker),
    });
    expect(counting.calls()).toBeGreaterThan(other.listings.length * 0.9);
    expect(other).toEqual(createSeed({ seed: 7, anchor: TEST_NOW }));
  });
});
