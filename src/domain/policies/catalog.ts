/**
 * The catalogue of marketplace policies the app cites. Every text here is our own
 * plain-language summary of the AliExpress source documents, never a quotation.
 * Other code refers to a clause by `{ policy: slug, clause: id }`.
 */
import { CONDUCT_POLICIES } from './catalog-conduct';
import { IPR_ENFORCEMENT_ACTIONS, IPR_PROTECTION_POLICY, REPORTING_IP_INFRINGEMENT } from './catalog-ipr';
import { PRODUCT_LISTING_POLICY } from './catalog-listing';
import { TERMS_OF_USE } from './catalog-terms';

export interface PolicyClause {
  id: string;
  title: string;
  explanation: string;
}

export type PolicyTopic =
  'Listing rules' | 'Intellectual property' | 'Account and conduct' | 'Buying and orders' | 'Privacy';

export interface Policy {
  slug: string;
  title: string;
  topic: PolicyTopic;
  summary: string;
  source: string;
  clauses: readonly PolicyClause[];
}

export const POLICIES: readonly Policy[] = [
  TERMS_OF_USE,
  PRODUCT_LISTING_POLICY,
  IPR_PROTECTION_POLICY,
  IPR_ENFORCEMENT_ACTIONS,
  ...CONDUCT_POLICIES,
  REPORTING_IP_INFRINGEMENT,
];

const BY_SLUG: ReadonlyMap<string, Policy> = new Map(POLICIES.map((p) => [p.slug, p]));

export function findPolicy(slug: string): Policy | undefined {
  return BY_SLUG.get(slug);
}

export function findClause(slug: string, clauseId: string): PolicyClause | undefined {
  return findPolicy(slug)?.clauses.find((c) => c.id === clauseId);
}
