import type { ClauseRef, RuleCategory, Severity } from './rules/rule-types';

export type { ClauseRef, RuleCategory, Severity };

/** A listing as the checker reads it: the command-line tool's columns, all optional but the title. */
export interface ListingText {
  id?: string;
  title?: string;
  description?: string;
  brand?: string | null;
  /** The marketplace category, e.g. `phones-accessories`, `clothing`. */
  category?: string;
  /** Brands the seller has a verified authorisation for. */
  authorizedBrands?: readonly string[];
}

export interface CheckContext {
  /** Brands the seller has a verified authorisation for (added to the listing's own list). */
  authorizedBrands?: readonly string[];
  /** Rules in "review only" mode: their findings go to a human but never block. */
  reviewOnlyRules?: ReadonlySet<string>;
}

export type Field = 'title' | 'description' | 'brand';

export type TransformationKind =
  'lookalike' | 'leet' | 'spacing' | 'invisible' | 'fullwidth' | 'styled' | 'accent';

export interface Transformation {
  kind: TransformationKind;
  /** e.g. `Cyrillic "о" read as "o"`, `spaces between letters removed`. */
  note: string;
}

export interface Finding {
  ruleId: string;
  category: RuleCategory | 'brand';
  severity: Severity;
  points: number;
  policy: ClauseRef;
  reason: string;
  fix: string;
  field: Field;
  /** UTF-16 offsets in the original field text, end exclusive: `text.slice(start, end) === matched`. */
  start: number;
  end: number;
  matched: string;
  /** The rule's term (or brand name) as written in the catalogue. */
  term: string;
  /** What the checker read the matched characters as. */
  normalized: string;
  transformations: Transformation[];
  /** Always true: the finding comes from the automatic checker, not a person. */
  automated: true;
}

export type Verdict = 'ok' | 'warn' | 'block';

export interface CheckResult {
  verdict: Verdict;
  findings: Finding[];
}
