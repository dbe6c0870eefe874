/** The demo marketplace's points rules (Alibaba.com scheme, see the enforcement-actions policy). */
export const POINTS_EXPIRY_DAYS = 365;
export const APPEAL_WINDOW_DAYS = 7;
export const SERIOUS_IP_STRIKES_TO_CLOSE = 3;

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

const DAY_MS = 86_400_000;

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
