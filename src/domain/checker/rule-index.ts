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
}

const ENGINE_RULES: readonly RuleSummary[] = [
  {
    id: 'plp.ip.unauthorised-brand',
    category: 'ip',
    severity: 'warn',
    points: 2,
    policy: { policy: 'ipr-protection-policy', clause: 'general-infringement' },
    reason: 'A brand is named and no authorisation from its owner is on record.',
  },
  {
    id: 'plp.ip.brand-misuse',
    category: 'ip',
    severity: 'warn',
    points: 2,
    policy: { policy: 'ipr-protection-policy', clause: 'general-infringement' },
    reason: '"For <brand>" wording on clothing, jewellery, shoes or bags.',
  },
  {
    id: 'plp.ip.compatibility',
    category: 'brand',
    severity: 'info',
    points: 0,
    policy: { policy: 'product-listing-policy', clause: 'ip' },
    reason: 'A brand named as what an accessory fits: allowed.',
  },
  {
    id: 'plp.ip.authorised-brand',
    category: 'brand',
    severity: 'info',
    points: 0,
    policy: { policy: 'ipr-protection-policy', clause: 'authorised-brands' },
    reason: 'A brand covered by an authorisation on record.',
  },
  {
    id: 'plp.search-abuse.stuffing',
    category: 'search-abuse',
    severity: 'warn',
    points: 1,
    policy: { policy: 'product-listing-policy', clause: 'search-abuse' },
    reason: 'A title listing many brands to catch searches.',
  },
  {
    id: 'plp.evasion.distorted-keyword',
    category: 'evasion',
    severity: 'block',
    points: 1,
    policy: { policy: 'product-listing-policy', clause: 'evasion' },
    reason: 'Words disguised to get past the checks.',
  },
];

/** Every rule the checker can report, by id: the catalogue's term rules and the ones computed in code. */
export const RULES: ReadonlyMap<string, RuleSummary> = new Map(
  [
    ...TERM_RULES.map(({ id, category, severity, points, policy, reason }) => ({
      id,
      category,
      severity,
      points,
      policy,
      reason,
    })),
    ...ENGINE_RULES,
  ].map((rule) => [rule.id, rule]),
);
