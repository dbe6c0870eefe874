import type { ListingCategory, PolicyRef, Verdict } from '@/shared/api/schemas';

/**
 * One hand-written listing the seed can place in a shop. `expected` is what a careful human reviewer
 * would conclude about the text; it seeds the listing's status until the checker recomputes it.
 */
export interface ListingTemplate {
  /** Unique, kebab-case, e.g. `en-replica-watch-evasive`. */
  key: string;
  language: 'en' | 'ru';
  /** honest: nothing actionable; violating: plainly breaks a rule; evasive: breaks one while disguising the words. */
  kind: 'honest' | 'violating' | 'evasive';
  /** The policy area exercised, e.g. `plp-cat-3`, `plp-general`, `ip-replica`, `ip-brand`, `tou-5.5-misleading`, `compat`, `scunthorpe`. */
  area: string;
  category: ListingCategory;
  brand: string | null;
  title: string;
  description: string;
  priceCents: number;
  expected: {
    verdict: Verdict;
    /** Dotted rule id, e.g. `plp.cat-3.replica-firearm`; null when verdict is ok. */
    ruleId: string | null;
    /** One line a seller understands, e.g. "Replica guns are banned". */
    summary: string | null;
    /** The exact characters in the text that carry the problem, copied from title/description/brand. */
    matched: string | null;
    field: 'title' | 'description' | 'brand' | null;
    policy: PolicyRef | null;
  };
}
