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
  /** Concrete listing wording this clause allows and forbids (for the listing rules, where it helps). */
  allowed?: readonly string[];
  notAllowed?: readonly string[];
}

/** Listing titles or seller actions that show where the line is, in our words. */
export interface PolicyExamples {
  allowed: readonly string[];
  notAllowed: readonly string[];
}

/** A group of clauses shown under one heading (the Terms of Use are long). */
export interface PolicySection {
  title: string;
  clauseIds: readonly string[];
}

/** One clause's difference between the earlier and the later version of a policy, in our words. */
export interface PolicyChange {
  /** The clause id in this catalogue, so the change links to its explanation. */
  clause: string;
  title: string;
  kind: 'added' | 'changed' | 'removed';
  before: string;
  after: string;
}

export type PolicyTopic =
  'Listing rules' | 'Intellectual property' | 'Account and conduct' | 'Buying and orders' | 'Privacy';

export interface Policy {
  slug: string;
  title: string;
  topic: PolicyTopic;
  summary: string;
  source: string;
  /** What a breach costs: points, restrictions, closure. */
  breach?: string;
  examples?: PolicyExamples;
  clauses: readonly PolicyClause[];
  sections?: readonly PolicySection[];
  /** For a policy with two versions in the sources: what the later one changed, clause by clause. */
  versions?: { before: string; after: string; changes: readonly PolicyChange[] };
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
