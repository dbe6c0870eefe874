import { ONE } from './chars';
import { buildMatcher, type PatternMatcher } from './matcher';
import { foldedString, normalize } from './normalize';
import { BRANDS, COMPAT_WORDS, NO_COMPAT_CATEGORIES, TERM_RULES } from './rules';
import type { Brand, TermRule } from './rules/rule-types';

export interface Pattern {
  /** A rule's term, a brand's alias, or a marker of a web address ("www", "com" after a dot). */
  kind: 'rule' | 'brand' | 'link';
  /** Index into `rules` or `brands`. */
  owner: number;
  term: string;
  /** The whole term folded as the matcher reads it (for explanations). */
  folded: string;
  /** Exactly what this pattern puts into the automaton: a variant, a joined form, or a multi-word stem's first word. */
  units: string;
  stem: boolean;
  english: boolean;
  /** A bare product noun: blocks only as the item sold (see `RuleTerm.head`). */
  head: boolean;
  /** For a multi-word stem ("травматическ пистолет"): the folded words after the first, each matched as a word start. */
  rest?: readonly string[];
}

export interface CompiledCatalogue {
  rules: readonly TermRule[];
  brands: readonly Brand[];
  patterns: readonly Pattern[];
  matcher: PatternMatcher;
  /** Folded `unless` words per rule index. */
  unless: ReadonlyMap<number, { words: string[]; window: number }>;
  compat: readonly string[];
  noCompatCategories: ReadonlySet<string>;
  /** Folded words that show a brand name is not the brand ("apple cider"), per brand index. */
  brandUnless: ReadonlyMap<number, string[]>;
  /** Folded alias -> brand index, for the brand field and authorisations. */
  brandByAlias: ReadonlyMap<string, number>;
}

export function fold(text: string): string {
  return foldedString(normalize(text));
}

function foldUnits(text: string): Uint16Array {
  const n = normalize(text);
  return n.units.slice(0, n.length);
}

/** A stroke in a disguised word ("rep1ica", "v1agra") may stand for i or l: add those spellings. */
function withStrokeVariants(units: Uint16Array): Uint16Array[] {
  const positions: number[] = [];
  units.forEach((unit, k) => {
    if ((unit === 0x69 || unit === 0x6c) && positions.length < 4) positions.push(k);
  });
  const variants: Uint16Array[] = [];
  for (let mask = 0; mask < 1 << positions.length; mask++) {
    const copy = units.slice();
    positions.forEach((position, bit) => {
      if (mask & (1 << bit)) copy[position] = ONE;
    });
    variants.push(copy);
  }
  return variants;
}

export const LINK_MARKERS = [
  'www',
  'http',
  'https',
  'com',
  'net',
  'org',
  'ru',
  'рф',
  'su',
  'shop',
  'store',
  'site',
  'online',
  'io',
  'cn',
  'biz',
  'info',
  'me',
  'top',
  'xyz',
  'club',
];

const RUSSIAN_ENDINGS = [
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ый',
  'ий',
  'ой',
  'ую',
  'юю',
  'ым',
  'им',
  'ом',
  'ем',
  'ах',
  'ях',
  'ам',
  'ям',
  'ов',
  'ев',
  'а',
  'я',
  'ы',
  'и',
  'е',
  'у',
  'ю',
  'о',
  'ь',
  'й',
];

/**
 * A light Russian stem for the words of a multi-word term, so that every case matches: "автоматический нож"
 * finds "автоматического ножа". Short words keep their form (a stem under four letters would match too much).
 */
export function russianStem(word: string): string {
  if (!/^[а-я]+$/.test(word)) return word;
  for (const ending of RUSSIAN_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length);
  }
  return word;
}

/** English plurals that do not just add -s: "knife" also matches "knives". */
function englishPluralVariants(text: string): string[] {
  const variants: string[] = [];
  if (/fe$/i.test(text)) variants.push(text.replace(/fe$/i, 'ves'));
  else if (/[^f]f$/i.test(text)) variants.push(text.replace(/f$/i, 'ves'));
  return variants;
}

let compiled: CompiledCatalogue | null = null;

/** Builds the matcher for the whole catalogue once per process (a few milliseconds). */
export function catalogue(): CompiledCatalogue {
  if (compiled) return compiled;
  const patterns: Pattern[] = [];
  const units: Uint16Array[] = [];
  // `whole` is the full term when only part of it (a multi-word stem's first word) goes into the automaton.
  const add = (pattern: Omit<Pattern, 'folded' | 'units'>, text: string, whole = text) => {
    const folded = foldUnits(text);
    if (folded.length === 0) return;
    for (const variant of withStrokeVariants(folded)) {
      patterns.push({ ...pattern, folded: fold(whole), units: String.fromCharCode(...variant) });
      units.push(variant);
    }
  };
  TERM_RULES.forEach((rule, owner) => {
    for (const term of rule.terms) {
      const pattern = {
        kind: 'rule',
        owner,
        term: term.text,
        stem: term.stem ?? false,
        english: term.lang === 'en',
        head: term.head ?? false,
      } as const;
      const words = fold(term.text).split(' ').filter(Boolean);
      if (pattern.stem && words.length > 1) {
        // Every word is a stem: the first goes into the automaton, the others are checked where it matches.
        const stems = term.lang === 'ru' ? words.map(russianStem) : words;
        add({ ...pattern, rest: stems.slice(1) }, stems[0] as string, term.text);
        if (term.lang === 'en') {
          const last = stems[stems.length - 1] as string;
          for (const plural of englishPluralVariants(last))
            add({ ...pattern, rest: [...stems.slice(1, -1), plural] }, stems[0] as string, term.text);
        }
        continue;
      }
      add(pattern, term.text);
      if (term.lang === 'en')
        for (const plural of englishPluralVariants(term.text)) add(pattern, plural, term.text);
      // Spaced out letter by letter, "b r a s s k n u c k l e s" loses the break between the words. Not for
      // numbers: "1:1" joined would be "11", which every "iPhone 11" and "802.11" contains.
      if (words.length > 1 && words.every((word) => /^\p{L}+$/u.test(word))) add(pattern, words.join(''));
    }
  });
  const brandByAlias = new Map<string, number>();
  BRANDS.forEach((brand, owner) => {
    const seenAliases = new Set<string>();
    for (const alias of [brand.name, ...brand.aliases]) {
      if (seenAliases.has(fold(alias))) continue; // "Rolex" and "rolex" are one spelling
      seenAliases.add(fold(alias));
      const english = /[a-z]/i.test(alias);
      add({ kind: 'brand', owner, term: brand.name, stem: !english, english, head: false }, alias);
      brandByAlias.set(fold(alias), owner);
    }
  });
  // Cheap signs of a web address; the exact pattern runs only on texts that have one.
  for (const marker of LINK_MARKERS)
    add({ kind: 'link', owner: 0, term: marker, stem: false, english: false, head: false }, marker);
  const unless = new Map<number, { words: string[]; window: number }>();
  TERM_RULES.forEach((rule, index) => {
    if (rule.unless)
      unless.set(index, {
        words: rule.unless.words.map(fold).filter(Boolean),
        window: rule.unless.window ?? 3,
      });
  });
  // Folded here, once: folding during a scan would overwrite the buffers the scan is reading.
  const brandUnless = new Map<number, string[]>();
  BRANDS.forEach((brand, index) => {
    if (brand.unless?.length) brandUnless.set(index, brand.unless.map(fold).filter(Boolean));
  });
  compiled = {
    brandUnless,
    rules: TERM_RULES,
    brands: BRANDS,
    patterns,
    matcher: buildMatcher(units),
    unless,
    compat: COMPAT_WORDS.map(fold).filter(Boolean),
    noCompatCategories: new Set(NO_COMPAT_CATEGORIES),
    brandByAlias,
  };
  return compiled;
}
