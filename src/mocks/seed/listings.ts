import type { Listing, ModerationState } from '@/shared/api/schemas';
import { BACKGROUND_SELLER_IDS, SELLER_IDS } from './accounts';
import { generateHonestListing } from './catalogue-generator';
import type { ListingTemplate } from './listing-template';
import { LISTING_TEMPLATES } from './listing-templates';
import type { SeedChecker } from './known-checks';
import type { Clock, Random } from './random';

export const LARGE_CATALOGUE_SIZE = 10_000;

export interface SeededListing extends Listing {
  /** Seed-only: which template it came from, so other seed parts can refer to "the replica watch". */
  readonly template: ListingTemplate | null;
}

const SHORT: Record<string, string> = {
  [SELLER_IDS.good]: 'mt',
  [SELLER_IDS.atRisk]: 'vt',
  [SELLER_IDS.large]: 'mm',
  'shop-nordic-gear': 'ng',
  'shop-sunrise-gadgets': 'sg',
  'shop-tverskaya-market': 'tm',
};

type Source = { template: ListingTemplate } | { generated: ReturnType<typeof generateHonestListing> };

function moderationFor(
  verdict: Listing['check']['verdict'],
  random: Random,
  reviewShare: number,
): ModerationState {
  if (verdict === 'block') {
    if (random.chance(reviewShare)) return 'under_review';
    return random.pick<ModerationState>(['delisted', 'removed', 'changes_requested']);
  }
  if (verdict === 'warn') return random.chance(reviewShare / 2) ? 'under_review' : 'active';
  return random.chance(0.04) ? 'delisted' : 'active';
}

function build(
  sellerId: string,
  index: number,
  source: Source,
  random: Random,
  clock: Clock,
  reviewShare: number,
  authorizedBrands: readonly string[],
  checker: SeedChecker,
): SeededListing {
  const createdDays = random.int(3, 420);
  const createdAt = clock.daysAgo(createdDays, random.int(0, 23));
  const updatedAt = clock.daysAgo(random.int(0, Math.min(createdDays, 60)), random.int(0, 23));
  const base = 'template' in source ? source.template : source.generated;
  const template = 'template' in source ? source.template : null;
  const brand = template?.brand ?? null;
  const id = `lst-${SHORT[sellerId] ?? 'xx'}-${String(index + 1).padStart(5, '0')}`;
  // The same checker the app runs decides the status; the template's `expected` is only a test oracle.
  const check = checker(
    { id, title: base.title, description: base.description, brand, category: base.category },
    authorizedBrands,
    updatedAt,
  );
  const rub = base.language === 'ru';
  return {
    id,
    sellerId,
    title: base.title,
    description: base.description,
    brand,
    category: base.category,
    language: base.language,
    priceCents: rub ? base.priceCents * 80 : base.priceCents,
    currency: rub ? 'RUB' : 'USD',
    moderation: moderationFor(check.verdict, random, reviewShare),
    check,
    createdAt,
    updatedAt,
    version: random.int(1, 4),
    template,
  };
}

/** Listings built between two pauses of the seed, so building 10,000 of them never blocks a page for long. */
export const LISTINGS_PER_STEP = 250;

/**
 * `verifiedBrands(shop)`: the brands a shop holds a verified authorisation for, which the checker honours.
 * `checker` decides each listing's stored check (the real checker, or the checks worked out when the app was built).
 * A generator that pauses every {@link LISTINGS_PER_STEP} listings (see `createSeed` and `createSeedInSlices`).
 */
export function* seedListings(
  random: Random,
  clock: Clock,
  verifiedBrands: (sellerId: string) => readonly string[],
  checker: SeedChecker,
): Generator<void, SeededListing[]> {
  const honest = LISTING_TEMPLATES.filter((t) => t.kind === 'honest');
  const flagged = LISTING_TEMPLATES.filter((t) => t.kind !== 'honest');
  const listings: SeededListing[] = [];
  function* add(sellerId: string, sources: Source[], reviewShare: number) {
    for (const [index, source] of sources.entries()) {
      listings.push(
        build(sellerId, index, source, random, clock, reviewShare, verifiedBrands(sellerId), checker),
      );
      if (listings.length % LISTINGS_PER_STEP === 0) yield;
    }
  }
  const generated = (count: number): Source[] =>
    Array.from({ length: count }, () => ({ generated: generateHonestListing(random) }));

  // A shop in good standing: honest text only, a few of them tricky-but-fine.
  yield* add(
    SELLER_IDS.good,
    random.shuffle([...honest.map((template) => ({ template })), ...generated(12)]),
    0.8,
  );

  // A shop close to suspension: every kind of problem, plus its ordinary goods.
  yield* add(
    SELLER_IDS.atRisk,
    random.shuffle([
      ...flagged.map((template) => ({ template })),
      ...honest.slice(0, 12).map((template) => ({ template })),
      ...generated(10),
    ]),
    0.7,
  );

  // A very large catalogue: mostly ordinary goods, each problem template twice, spread through it.
  const largeFlagged: Source[] = [...flagged, ...flagged].map((template) => ({ template }));
  const largeHonest: Source[] = honest.map((template) => ({ template }));
  yield* add(
    SELLER_IDS.large,
    random.shuffle([
      ...largeFlagged,
      ...largeHonest,
      ...generated(LARGE_CATALOGUE_SIZE - largeFlagged.length - largeHonest.length),
    ]),
    0.25,
  );

  for (const sellerId of BACKGROUND_SELLER_IDS) {
    const picked = random
      .shuffle(flagged)
      .slice(0, 8)
      .map((template) => ({ template }));
    yield* add(sellerId, random.shuffle([...picked, ...generated(17)]), 0.9);
  }
  return listings;
}

/** Drops the seed-only fields so a row matches the API contract. */
export function toListingRow({ template: _template, ...listing }: SeededListing): Listing {
  return listing;
}
