import type { RuleStat } from '@/shared/api/schemas';
import { getLocale, INTL_TAGS, type Locale } from '@/shared/i18n/locale';
import { policiesMessages } from './messages';

export type TrustLevel = 'trusted' | 'mixed' | 'often_wrong' | 'too_few' | 'none';

export interface Trust {
  level: TrustLevel;
  label: string;
  /** Upheld of decided, 0-1; null with no decisions. */
  rate: number | null;
  decided: number;
  /** What the label means, in a sentence. */
  explanation: string;
}

/** Decisions needed before a rule can be called trusted or often wrong. */
export const TRUSTED_MIN_DECISIONS = 5;
export const OFTEN_WRONG_MIN_DECISIONS = 3;

function levelOf(rate: number | null, decided: number): TrustLevel {
  if (rate === null) return 'none';
  if (decided >= OFTEN_WRONG_MIN_DECISIONS && rate < 0.5) return 'often_wrong';
  if (decided < TRUSTED_MIN_DECISIONS) return 'too_few';
  return rate >= 0.9 ? 'trusted' : 'mixed';
}

/**
 * A plain-language verdict on a rule's record: "Trusted" when at least 90% of at least 5 decisions upheld it,
 * "Often wrong" when fewer than half of at least 3 did, "Mixed" in between, and no verdict on too little.
 * Worded in the interface language (or the one given).
 */
export function trustOf(
  stat: Pick<RuleStat, 'upheld' | 'overturned'> | undefined,
  locale: Locale = getLocale(),
): Trust {
  const upheld = stat?.upheld ?? 0;
  const decided = upheld + (stat?.overturned ?? 0);
  const rate = decided === 0 ? null : upheld / decided;
  const level = levelOf(rate, decided);
  const m = policiesMessages.get(locale).trust;
  const explanation = m.explanations[level];
  return {
    level,
    label: m.levels[level],
    rate,
    decided,
    explanation: typeof explanation === 'string' ? explanation : explanation(TRUSTED_MIN_DECISIONS),
  };
}

/** Least trusted first: lowest upheld rate, then the longer record; rules with no record last. */
export function compareLeastTrusted(a: Trust, b: Trust): number {
  if (a.rate === null || b.rate === null) return a.rate === null ? (b.rate === null ? 0 : 1) : -1;
  return a.rate - b.rate || b.decided - a.decided;
}

/** A whole percentage in the interface language (or the one given): "67%", "67 %". */
export function formatRate(rate: number | null, locale: Locale = getLocale()): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(INTL_TAGS[locale], { style: 'percent', maximumFractionDigits: 0 }).format(
    Math.round(rate * 100) / 100,
  );
}
