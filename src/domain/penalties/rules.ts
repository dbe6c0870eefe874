import { DAY_MS } from '@/domain/time';
/** The demo marketplace's points rules (Alibaba.com scheme, see the enforcement-actions policy). */
export const POINTS_EXPIRY_DAYS = 365;
export const APPEAL_WINDOW_DAYS = 7;
export const SERIOUS_IP_STRIKES_TO_CLOSE = 3;
/** No day adds more than this many points, unless a penalty of TERMINATION_POINTS is issued that day. */
export const DAILY_POINTS_CAP = 12;
/** General IP infringements issued on one day add up to at most this many points. */
export const GENERAL_IP_DAILY_CAP = 6;
/** Serious IP infringements within this many days of the first of a group count as one strike. */
export const SERIOUS_GROUPING_DAYS = 3;
/** A penalty of this size closes the account on its own. */
export const TERMINATION_POINTS = 48;
/** What each serious IP strike brings: the first and second freeze the shop, the third closes the account. */
export const STRIKE_CONSEQUENCES = [
  'Shop frozen for 1 day',
  'Shop frozen for 7 days',
  'Account closed',
] as const;

/**
 * What an established IP complaint costs in this demo marketplace: a general infringement 2 points, a serious
 * one a strike (serious infringements are counted in strikes, 3 of which close the account, not in points).
 */
export const COMPLAINT_POINTS = { general: 2, serious: 0 } as const;

export interface Threshold {
  points: number;
  label: string;
  consequence: string;
}

export const THRESHOLDS: readonly Threshold[] = [
  { points: 6, label: 'Severe warning', consequence: 'A formal warning on the account.' },
  { points: 12, label: 'Restricted 7 days', consequence: 'New listings are restricted for 7 days.' },
  {
    points: 24,
    label: 'Restricted 14 days',
    consequence: 'Listings restricted for 14 days and no promotions.',
  },
  {
    points: 36,
    label: 'Restricted 21 days',
    consequence: 'Listings restricted for 21 days and all products removed.',
  },
  { points: 48, label: 'Account closed', consequence: 'The account is terminated.' },
];

export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

export function penaltyExpiry(issuedAt: Date): Date {
  return addDays(issuedAt, POINTS_EXPIRY_DAYS);
}

export function appealDeadline(issuedAt: Date): Date {
  return addDays(issuedAt, APPEAL_WINDOW_DAYS);
}

/** The highest threshold reached by a points total, or null below the first one. */
export function bandFor(points: number): Threshold | null {
  let band: Threshold | null = null;
  for (const threshold of THRESHOLDS) if (points >= threshold.points) band = threshold;
  return band;
}

/** The next threshold above a points total, or null when the last one is reached. */
export function nextThreshold(points: number): Threshold | null {
  return THRESHOLDS.find((threshold) => threshold.points > points) ?? null;
}

/** A clause of the policy catalogue (`src/domain/policies`). */
export interface ClauseRef {
  policy: string;
  clause: string;
}

const ENFORCEMENT = 'ipr-enforcement-actions';

/** The counting rules and the clauses behind them, as the ledger and the policy pages cite them. */
export const COUNTING_RULES = {
  points: {
    label: 'Points per item',
    detail: 'Each penalty carries points by the kind of item or breach.',
    policy: { policy: ENFORCEMENT, clause: 'points' },
  },
  dailyCap: {
    label: 'Daily caps',
    detail: `No day adds more than ${DAILY_POINTS_CAP} points unless a ${TERMINATION_POINTS}-point penalty is issued; general IP infringements on one day add up to at most ${GENERAL_IP_DAILY_CAP}.`,
    policy: { policy: ENFORCEMENT, clause: 'daily-cap' },
  },
  grouping: {
    label: 'Grouping of serious infringements',
    detail: `Serious IP infringements within ${SERIOUS_GROUPING_DAYS} days of the first one count as one strike; ${SERIOUS_IP_STRIKES_TO_CLOSE} strikes close the account.`,
    policy: { policy: ENFORCEMENT, clause: 'serious-grouping' },
  },
  thresholds: {
    label: 'Thresholds',
    detail: 'Restrictions start at 6, 12, 24 and 36 points; 48 closes the account.',
    policy: { policy: ENFORCEMENT, clause: 'thresholds' },
  },
  expiry: {
    label: 'Expiry',
    detail: `Points count for ${POINTS_EXPIRY_DAYS} days from the penalty.`,
    policy: { policy: ENFORCEMENT, clause: 'expiry' },
  },
  appeal: {
    label: 'Appeals',
    detail: `One appeal per penalty, within ${APPEAL_WINDOW_DAYS} days.`,
    policy: { policy: ENFORCEMENT, clause: 'appeal' },
  },
} as const satisfies Record<string, { label: string; detail: string; policy: ClauseRef }>;

/** The clause each kind of penalty record rests on by default (a record may cite a narrower one, e.g. `cat-3`). */
export const PENALTY_KINDS: Record<
  'prohibited_item' | 'ip_general' | 'ip_serious' | 'evasion' | 'conduct',
  { label: string; policy: ClauseRef }
> = {
  prohibited_item: {
    label: 'Prohibited or restricted item',
    policy: { policy: 'product-listing-policy', clause: 'general' },
  },
  ip_general: {
    label: 'General IP infringement',
    policy: { policy: 'ipr-protection-policy', clause: 'general-infringement' },
  },
  ip_serious: {
    label: 'Serious IP infringement',
    policy: { policy: 'ipr-protection-policy', clause: 'serious-infringement' },
  },
  evasion: { label: 'Evading the checks', policy: { policy: 'product-listing-policy', clause: 'evasion' } },
  conduct: { label: 'Seller conduct', policy: { policy: 'terms-of-use', clause: '5.6' } },
};
