import type { Listing } from '@/shared/api/schemas';
import type { Db } from './db/db';

/** The rules in "review only" mode: the stored listing checks read them, so such a rule never blocks. */
export function reviewOnlyRules(db: Db): ReadonlySet<string> {
  return new Set(db.find('ruleModes', (m) => m.mode === 'review_only').map((m) => m.id));
}

/** True when a finding of a review-only rule would have blocked: the listing still goes to a person. */
export function needsReviewDespiteMode(listing: Listing, reviewOnly: ReadonlySet<string>): boolean {
  return listing.check.findings.some((f) => f.severity === 'block' && reviewOnly.has(f.ruleId));
}
