import type { Account } from '@/shared/api/schemas';
import type { SellerRow } from '../db/collections';
import type { Clock } from './random';

export const SELLER_IDS = {
  good: 'shop-maple-thread',
  atRisk: 'shop-volna-trade',
  large: 'shop-megamart',
} as const;

/** Shops that appear in the reviewer's queue but have no demo sign-in. */
export const BACKGROUND_SELLER_IDS = [
  'shop-nordic-gear',
  'shop-sunrise-gadgets',
  'shop-tverskaya-market',
] as const;

export const DEMO_ACCOUNT_IDS = ['seller-good', 'seller-at-risk', 'seller-large', 'reviewer'] as const;

export function seedAccounts(): Account[] {
  return [
    {
      id: 'seller-good',
      name: 'Alice Moreau',
      role: 'seller',
      sellerId: SELLER_IDS.good,
      description:
        'Runs Maple & Thread, a shop in good standing: no active points, authorised brands on record.',
    },
    {
      id: 'seller-at-risk',
      name: 'Ivan Petrov',
      role: 'seller',
      sellerId: SELLER_IDS.atRisk,
      description:
        'Runs Volna Trade, close to suspension: 14 points, a serious IP infringement, complaints due within days.',
    },
    {
      id: 'seller-large',
      name: 'Mei Chen',
      role: 'seller',
      sellerId: SELLER_IDS.large,
      description: 'Runs MegaMart Direct, a very large catalogue of 10,000 listings in English and Russian.',
    },
    {
      id: 'reviewer',
      name: 'Dana Okafor',
      role: 'reviewer',
      sellerId: null,
      description: 'Compliance reviewer with a full queue of flagged listings, reports and IP complaints.',
    },
  ];
}

export function seedSellers(clock: Clock): SellerRow[] {
  return [
    { id: SELLER_IDS.good, shopName: 'Maple & Thread', country: 'FR', joinedAt: clock.daysAgo(1_460) },
    { id: SELLER_IDS.atRisk, shopName: 'Volna Trade', country: 'RU', joinedAt: clock.daysAgo(520) },
    { id: SELLER_IDS.large, shopName: 'MegaMart Direct', country: 'CN', joinedAt: clock.daysAgo(2_100) },
    { id: 'shop-nordic-gear', shopName: 'Nordic Gear', country: 'SE', joinedAt: clock.daysAgo(300) },
    { id: 'shop-sunrise-gadgets', shopName: 'Sunrise Gadgets', country: 'CN', joinedAt: clock.daysAgo(90) },
    {
      id: 'shop-tverskaya-market',
      shopName: 'Tverskaya Market',
      country: 'RU',
      joinedAt: clock.daysAgo(760),
    },
  ];
}
