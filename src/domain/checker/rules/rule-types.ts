/** A clause of a policy in the catalogue (`src/domain/policies`), e.g. `{ policy: 'product-listing-policy', clause: 'cat-3' }`. */
export interface ClauseRef {
  policy: string;
  clause: string;
}

export type RuleCategory =
  | 'prohibited' // general bans and the 17 prohibited/controlled categories
  | 'restricted' // allowed only with permits or conditions: needs a human
  | 'ip' // replicas, counterfeits, unauthorised brands, likeness, pirated or OEM software
  | 'content' // Terms of Use 5.5: misleading claims, offensive text, off-platform links
  | 'search-abuse' // brand and keyword stuffing
  | 'evasion'; // distorted keywords: an offence of its own

/** block: must not be published; warn: needs a fix, an authorisation or a human; info: nothing to act on. */
export type Severity = 'block' | 'warn' | 'info';

export interface RuleTerm {
  /** Written as a seller would write it, plainly ("brass knuckles", "реплика"); matching folds case, accents and look-alikes. */
  text: string;
  lang: 'en' | 'ru';
  /**
   * Match as the start of a word: for Russian stems ("реплик" finds реплика, реплики, репликой) and English
   * roots ("counterfeit" finds counterfeited). Without it the term must be a whole word (English plural -s/-es allowed).
   */
  stem?: boolean;
  /**
   * A bare product noun ("pistol", "fireworks", "сигареты"): it names the banned item only when it is what the
   * listing sells, in the title of a physical-goods listing. In the description alone, or in a game, book, film,
   * toy or costume listing, it is a warning or a note that says why, never a block.
   */
  head?: boolean;
}

/**
 * Words that must all stand near each other, in any order: `{police|army} … {uniform|badge}`. Each group is a
 * list of alternatives; the combination counts when one word of every group stands within `window` words of the
 * others (default 4). Russian words are matched by their stem, so every case form counts.
 */
export interface TermCombo {
  groups: readonly (readonly RuleTerm[])[];
  window?: number;
  /** As for a term: a combination of bare nouns ("police … uniform") blocks only as the item sold. */
  head?: boolean;
}

/** One rule of the listing checker. Terms are matched on the normalised text of title, description and brand. */
export interface TermRule {
  /** Dotted id: `plp.cat-3.firearm`, `plp.ip.replica`, `tou.5-5.medical-claim`. */
  id: string;
  category: RuleCategory;
  severity: Severity;
  /** Points at stake under the demo marketplace's scale (domain.md). */
  points: number;
  policy: ClauseRef;
  /** One line a seller understands, in our own words. */
  reason: string;
  /** What to do instead. */
  fix: string;
  terms: readonly RuleTerm[];
  /** Word-order-free combinations, checked beside the plain terms. */
  combos?: readonly TermCombo[];
  /**
   * What listings the rule is about. `goods` (the default for prohibited and restricted rules): the banned thing
   * must be the item sold, so inside a game, film, book, software, music, toy or costume listing the finding drops
   * to a note. `any` (the default for IP, content and evasion rules; set it on adult material and the like): it
   * applies whatever the listing sells.
   */
  appliesTo?: 'goods' | 'any';
  /**
   * The term does not count when one of these words (or phrases) stands within `window` words before or after it
   * (default 3): "water pipe" near "plumbing", "пистолет" next to "клеевой".
   */
  unless?: { words: readonly string[]; window?: number };
  /**
   * Weak words ("copy", "1:1", "inspired by") that count only within a few words of a brand name (`true`), or
   * anywhere in a listing whose title or brand field names a brand (`'listing'`: "1:1 quality" in the description
   * of a "Rolex Submariner").
   */
  nearBrand?: boolean | 'listing';
  /** Texts that must trigger the rule, and honest texts that must not; every one becomes a unit test. */
  examples: { hit: readonly string[]; miss: readonly string[] };
}

/** A brand the checker recognises, with the spellings sellers use (including Russian transliterations). */
export interface Brand {
  name: string;
  aliases: readonly string[];
  /** Words that show the name is not the brand here ("apple cider", "apple pie"). */
  unless?: readonly string[];
}
