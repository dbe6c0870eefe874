import { verifiedBrands } from '@/domain/authorisations/verified-brands';
import { activePoints } from '@/domain/penalties/standing';
import type { SeedData } from '../db/collections';
import { seedAccounts, seedSellers } from './accounts';
import { seedAuthorisations } from './authorisations';
import { seedComplaints } from './complaints';
import { seedListings, toListingRow } from './listings';
import { seedNotifications } from './notifications';
import { seedPenalties } from './penalties';
import { checkSeededListing, type SeedChecker } from './known-checks';
import { createClock, createRandom } from './random';
import { seedReview } from './review';
import { seedRuleRecord } from './rule-record';

export interface SeedOptions {
  seed: number;
  anchor: Date;
  /** Decides each seeded listing's check; the real checker by default (see `known-checks.ts`). */
  checker?: SeedChecker;
}

/** The whole demo data set. Same seed and anchor, same data. */
export function createSeed(options: SeedOptions): SeedData {
  const steps = seedInSteps(options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same data set, built in slices with a pause for the browser between them: in a page, one long task of
 * checking 10,000 listings would hold up the first page's rendering and input.
 */
export async function createSeedInSlices(options: SeedOptions): Promise<SeedData> {
  const steps = seedInSteps(options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resume) => setTimeout(resume, 0));
  }
}

function* seedInSteps({ seed, anchor, checker = checkSeededListing }: SeedOptions): Generator<void, SeedData> {
  const random = createRandom(seed);
  const clock = createClock(anchor);
  const accounts = seedAccounts();
  const sellers = seedSellers(clock);
  const authorisations = seedAuthorisations(clock);
  const seeded = yield* seedListings(random, clock, (sellerId) =>
    verifiedBrands(
      authorisations.filter((a) => a.sellerId === sellerId),
      anchor,
    ),
    checker,
  );
  yield;
  const { penalties, appeals } = seedPenalties(seeded, clock);
  const { complaints, responses } = seedComplaints(seeded, clock);
  const sellerPoints = (sellerId: string) =>
    activePoints(
      penalties.filter((p) => p.sellerId === sellerId),
      anchor,
    );
  yield;
  const review = seedReview({ listings: seeded, complaints, authorisations, sellerPoints }, random, clock);
  yield;
  const record = seedRuleRecord(seeded, new Set(review.items.map((i) => i.id)), sellerPoints);
  return {
    accounts,
    sellers,
    listings: seeded.map(toListingRow),
    authorisations,
    penalties,
    appeals,
    complaints,
    complaintResponses: responses,
    reviewItems: [...review.items, ...record.items],
    decisions: [...review.decisions, ...record.decisions],
    auditEvents: [...review.audit, ...record.audit],
    notifications: seedNotifications(accounts, complaints, penalties, appeals, clock),
    ruleModes: [],
  };
}
