import { TERM_RULES } from './rules';
import type { ClauseRef, RuleCategory, Severity } from './rules/rule-types';

/** What the UI, the ledger and the review queue need to know about a rule, whichever part of the checker runs it. */
export interface RuleSummary {
  id: string;
  category: RuleCategory | 'brand';
  severity: Severity;
  points: number;
  policy: ClauseRef;
  reason: string;
  /** What to do instead. */
  fix: string;
  /** Wording that triggers the rule and honest wording that does not. */
  examples: { hit: readonly string[]; miss: readonly string[] };
  /** How many words and phrases the rule looks for (0 for rules computed in code). */
  termCount: number;
}

const ENGINE_RULES: readonly RuleSummary[] = [
  {
    id: 'plp.ip.unauthorised-brand',
    category: 'ip',
    severity: 'warn',
    points: 2,
    policy: { policy: 'ipr-protection-policy', clause: 'general-infringement' },
    reason: 'A brand is named and no authorisation from its owner is on record.',
    fix: "Add the brand owner's authorisation to your records, or remove the brand name.",
    examples: {
      hit: ['Nike running shoes, breathable mesh'],
      miss: ['Running shoes, breathable mesh, no logo'],
    },
    termCount: 0,
  },
  {
    id: 'plp.ip.brand-misuse',
    category: 'ip',
    severity: 'warn',
    points: 2,
    policy: { policy: 'ipr-protection-policy', clause: 'general-infringement' },
    reason: '"For <brand>" wording on clothing, jewellery, shoes or bags.',
    fix: 'Describe the item without the brand: compatibility wording does not apply to clothing, jewellery, shoes or bags.',
    examples: { hit: ['Belt for Gucci lovers, leather look'], miss: ['Leather belt, brown, 110 cm'] },
    termCount: 0,
  },
  {
    id: 'plp.ip.compatibility',
    category: 'brand',
    severity: 'info',
    points: 0,
    policy: { policy: 'product-listing-policy', clause: 'ip' },
    reason: 'A brand named as what an accessory fits: allowed.',
    fix: 'Nothing to do: naming what an accessory fits is allowed.',
    examples: { hit: ['Charging cable for Samsung Galaxy S24'], miss: [] },
    termCount: 0,
  },
  {
    id: 'plp.ip.authorised-brand',
    category: 'brand',
    severity: 'info',
    points: 0,
    policy: { policy: 'ipr-protection-policy', clause: 'authorised-brands' },
    reason: 'A brand covered by an authorisation on record.',
    fix: 'Nothing to do while the authorisation is valid; renew it before it expires.',
    examples: { hit: ['Anker power bank (authorised reseller)'], miss: [] },
    termCount: 0,
  },
  {
    id: 'plp.search-abuse.stuffing',
    category: 'search-abuse',
    severity: 'warn',
    points: 1,
    policy: { policy: 'product-listing-policy', clause: 'search-abuse' },
    reason: 'A title listing many brands to catch searches.',
    fix: 'Name only the brand of the item itself, once.',
    examples: {
      hit: ['Phone case fits iPhone Samsung Xiaomi Huawei Nike Adidas Gucci'],
      miss: ['Phone case for Samsung Galaxy A54'],
    },
    termCount: 0,
  },
  {
    id: 'plp.evasion.distorted-keyword',
    category: 'evasion',
    severity: 'block',
    points: 1,
    policy: { policy: 'product-listing-policy', clause: 'evasion' },
    reason: 'Words disguised to get past the checks.',
    fix: 'Write the words plainly: disguising a banned word is an offence of its own.',
    examples: { hit: ['R e p l i c a watch', 'rep1ica bag'], miss: ['Replacement watch strap'] },
    termCount: 0,
  },
];

/** Every rule the checker can report, by id: the catalogue's term rules and the ones computed in code. */
export const RULES: ReadonlyMap<string, RuleSummary> = new Map(
  [
    ...TERM_RULES.map(({ id, category, severity, points, policy, reason, fix, examples, terms }) => ({
      id,
      category,
      severity,
      points,
      policy,
      reason,
      fix,
      examples,
      termCount: terms.length,
    })),
    ...ENGINE_RULES,
  ].map((rule) => [rule.id, rule]),
);
