import type { RuleStat } from '@/shared/api/schemas';

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

/**
 * A plain-language verdict on a rule's record: "Trusted" when at least 90% of at least 5 decisions upheld it,
 * "Often wrong" when fewer than half of at least 3 did, "Mixed" in between, and no verdict on too little.
 */
export function trustOf(stat: Pick<RuleStat, 'upheld' | 'overturned'> | undefined): Trust {
  const upheld = stat?.upheld ?? 0;
  const decided = upheld + (stat?.overturned ?? 0);
  if (decided === 0) {
    return {
      level: 'none',
      label: 'No record yet',
      rate: null,
      decided,
      explanation: 'No reviewer has decided an item this rule flagged.',
    };
  }
  const rate = upheld / decided;
  if (decided >= OFTEN_WRONG_MIN_DECISIONS && rate < 0.5) {
    return {
      level: 'often_wrong',
      label: 'Often wrong',
      rate,
      decided,
      explanation: 'Reviewers overturned most of what this rule flagged.',
    };
  }
  if (decided < TRUSTED_MIN_DECISIONS) {
    return {
      level: 'too_few',
      label: 'Too few decisions',
      rate,
      decided,
      explanation: `Fewer than ${TRUSTED_MIN_DECISIONS} decisions: too few to judge the rule.`,
    };
  }
  if (rate >= 0.9) {
    return {
      level: 'trusted',
      label: 'Trusted',
      rate,
      decided,
      explanation: 'Reviewers upheld at least 9 in 10 of its findings.',
    };
  }
  return {
    level: 'mixed',
    label: 'Mixed',
    rate,
    decided,
    explanation: 'Reviewers upheld some of its findings and overturned others.',
  };
}

/** Least trusted first: lowest upheld rate, then the longer record; rules with no record last. */
export function compareLeastTrusted(a: Trust, b: Trust): number {
  if (a.rate === null || b.rate === null) return a.rate === null ? (b.rate === null ? 0 : 1) : -1;
  return a.rate - b.rate || b.decided - a.decided;
}

export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}
