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
  | 'lookalike'
  | 'leet'
  | 'spacing'
  | 'invisible'
  | 'fullwidth'
  | 'styled'
  | 'accent'
  | 'split' // a word cut by hyphens, dots or emoji: "Jam-mer", "Co❄️caine"
  | 'repeated' // letters repeated to break the word: "Jammmmer"
  | 'transliterated'; // Russian written in Latin letters: "kastet"

export interface Transformation {
  kind: TransformationKind;
  /** e.g. `Cyrillic "о" read as "o"`, `spaces between letters removed`. */
  note: string;
}

/**
 * What the listing sells, worked out from its category and title before any rule is applied: a banned thing
 * only blocks when it is the item sold, not when a game, book or film is about it.
 */
export const PRODUCT_KINDS = [
  'goods', // a physical item: the default
  'game', // a video, board or card game
  'film',
  'music',
  'book',
  'software',
  'toy',
  'costume', // a costume, cosplay outfit or prop
  'accessory', // a part or accessory made for something else ("holster for…", "case compatible with…")
] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export interface ProductType {
  kind: ProductKind;
  /** What told the checker: the category field, the title's words, or nothing (physical goods by default). */
  source: 'category' | 'title' | 'default';
  /** The words of the title that told it ("PS4 game", "paperback"), as written; empty for the category or default. */
  cue: string;
}

/** How sure the checker is that a finding means what its rule says. Only high-confidence evidence blocks. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Why a finding has the confidence it has; the interface words each code. */
export const EVIDENCE_BASES = [
  'explicit', // an unambiguous term (a phrase that can only mean the banned thing), wherever it stands
  'sold-item', // a bare product noun in the title of a physical-goods listing: it is what is sold
  'description-only', // a bare product noun only in the description: maybe not what is sold
  'media-subject', // inside a game, film, book, music or software listing: what it is about, not what is sold
  'toy', // inside a toy listing
  'costume', // inside a costume or prop listing
  'near-brand', // replica wording next to a brand name
  'listing-brand', // replica wording in a listing whose title or brand field names a brand
  'brand-mention', // a brand is named; an authorisation on record is what makes it allowed
  'disguised', // the words were disguised to get past the checks
  'pattern', // a link, phone number or other pattern found in the text
  'review-only', // the rule is in review only: it never blocks
] as const;
export type EvidenceBasis = (typeof EVIDENCE_BASES)[number];

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
  /** How sure the checker is; `severity` is already the rule's severity adjusted for it. */
  confidence: Confidence;
  basis: EvidenceBasis;
  /** The rule's own severity before context (product type, field, confidence) was taken into account. */
  ruleSeverity: Severity;
}

export type Verdict = 'ok' | 'warn' | 'block';

export interface CheckResult {
  verdict: Verdict;
  /** What the listing sells, as the checker read it. */
  productType: ProductType;
  findings: Finding[];
}
