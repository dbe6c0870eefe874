import { buildMatcher, type PatternMatcher } from './matcher';
import { foldedString, normalize } from './normalize';
import { russianStem } from './russian-stem';
import { BRANDS, COMPAT_WORDS, NO_COMPAT_CATEGORIES, TERM_RULES } from './rules';
import type { Brand, RuleTerm, TermRule } from './rules/rule-types';

export interface Pattern {
  /**
   * A rule's term, a brand's alias, a marker of a web address ("www", "com" after a dot), or one word of a
   * word-order-free combination (`combo`: `owner` is then the combination's index in `combos`).
   */
  kind: 'rule' | 'brand' | 'link' | 'combo';
  /** Index into `rules`, `brands` or `combos`. */
  owner: number;
  /** For a combination's word: which of its groups the word belongs to. */
  group?: number;
  /** A Russian stem shorter than five letters: the text word's own stem must equal it ("нож", not "ножницы"). */
  exactStem?: string;
  /** Russian written in Latin letters ("kastet" for "кастет"): a transliteration of a Russian term. */
  translit?: boolean;
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

/** A word-order-free combination of a rule: one word of every group within `window` words of each other. */
export interface CompiledCombo {
  rule: number;
  groups: number;
  window: number;
  head: boolean;
  /** How the combination is shown as the term that matched: "police … uniform". */
  label: string;
}

export interface CompiledCatalogue {
  rules: readonly TermRule[];
  combos: readonly CompiledCombo[];
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

/**
 * The prefix a Russian term is matched by: its Snowball stem ("сигареты" -> "сигарет"), so every case form
 * matches, unless the stemmer would cut a stem written by hand below four letters ("пален" stays "пален").
 */
export function russianTermStem(word: string): string {
  if (!/^[а-я]+$/.test(word)) return word;
  const stem = russianStem(word);
  return stem.length >= 4 && word.startsWith(stem) ? stem : word;
}

/** Latin spellings of Cyrillic letters: the usual one first, then those sellers also use. */
const TRANSLIT: Readonly<Record<string, readonly string[]>> = {
  а: ['a'],
  б: ['b'],
  в: ['v'],
  г: ['g'],
  д: ['d'],
  е: ['e'],
  ж: ['zh', 'j'],
  з: ['z'],
  и: ['i'],
  й: ['y', 'i', 'j'],
  к: ['k'],
  л: ['l'],
  м: ['m'],
  н: ['n'],
  о: ['o'],
  п: ['p'],
  р: ['r'],
  с: ['s'],
  т: ['t'],
  у: ['u'],
  ф: ['f'],
  х: ['kh', 'h'],
  ц: ['ts', 'c'],
  ч: ['ch'],
  ш: ['sh'],
  щ: ['shch', 'sch'],
  ъ: [''],
  ы: ['y', 'i'],
  ь: [''],
  э: ['e'],
  ю: ['yu', 'iu', 'ju'],
  я: ['ya', 'ia', 'ja'],
};

/**
 * The Latin spellings of a Russian stem a seller might type ("кастет" -> "kastet"; "ружь" -> "ruzh", "ruj"):
 * every letter's usual spelling, then each letter's other spellings all at once, at most four.
 */
export function transliterations(stem: string): string[] {
  if (!/^[а-я]+$/.test(stem)) return [];
  const out = new Set<string>();
  for (let variant = 0; variant < 3; variant++)
    out.add(
      [...stem].map((c) => (TRANSLIT[c] ?? [c])[Math.min(variant, (TRANSLIT[c] ?? [c]).length - 1)]).join(''),
    );
  return [...out].slice(0, 4);
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
    // A stroke in a disguised word ("rep1ica") is read as "i" and as "l" by the second readings (variants.ts).
    patterns.push({ ...pattern, folded: fold(whole), units: String.fromCharCode(...folded) });
    units.push(folded);
  };
  const combos: CompiledCombo[] = [];
  /** One word of a combination: a Russian stem (checked exactly when short) or an English word or root. */
  const addComboWord = (comboIndex: number, group: number, term: RuleTerm, word: string) => {
    const base = { kind: 'combo', owner: comboIndex, group, term: term.text, head: false } as const;
    if (term.lang === 'ru' && /^[а-я]+$/.test(word) && (term.stem ?? true)) {
      const stem = russianTermStem(word);
      add(
        { ...base, stem: true, english: false, ...(stem.length < 5 ? { exactStem: russianStem(word) } : {}) },
        stem,
        term.text,
      );
      if (stem.length >= 5)
        for (const latin of transliterations(stem))
          add({ ...base, stem: true, english: false, translit: true }, latin, term.text);
      return;
    }
    add({ ...base, stem: term.stem ?? false, english: term.lang === 'en' }, word, term.text);
    if (term.lang === 'en')
      for (const plural of englishPluralVariants(word))
        add({ ...base, stem: false, english: true }, plural, term.text);
  };
  const addCombo = (
    rule: number,
    groups: readonly (readonly RuleTerm[])[],
    window: number,
    head: boolean,
    label: string,
  ) => {
    const index = combos.length;
    combos.push({ rule, groups: groups.length, window, head, label });
    groups.forEach((alternatives, group) => {
      for (const term of alternatives) {
        const words = fold(term.text).split(' ').filter(Boolean);
        // An alternative of several words is a phrase; in Russian its words' stems in order ("тиффани и ко").
        if (words.length === 1) addComboWord(index, group, term, words[0] as string);
        else if (term.lang === 'ru') {
          const stems = words.map((word) => (/^[а-я]+$/.test(word) ? russianTermStem(word) : word));
          add(
            {
              kind: 'combo',
              owner: index,
              group,
              term: term.text,
              stem: true,
              english: false,
              head: false,
              rest: stems.slice(1),
            },
            stems[0] as string,
            term.text,
          );
        } else
          add(
            {
              kind: 'combo',
              owner: index,
              group,
              term: term.text,
              stem: term.stem ?? false,
              english: true,
              head: false,
            },
            term.text,
          );
      }
    });
  };
  TERM_RULES.forEach((rule, owner) => {
    for (const combo of rule.combos ?? []) {
      const label = combo.groups.map((group) => group[0]?.text ?? '').join(' … ');
      addCombo(owner, combo.groups, combo.window ?? 4, combo.head ?? false, label);
    }
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
      if (term.lang === 'ru' && pattern.stem && words.length > 1) {
        // A Russian phrase is its words' stems in any order, a word or two apart: "ружья охотничьи" for
        // "охотничье ружьё", "подавитель сигнала сотовой связи" for "подавитель сотовой связи".
        addCombo(
          owner,
          words.map((word) => [{ ...term, text: word }]),
          words.length + 1,
          pattern.head,
          term.text,
        );
        continue;
      }
      if (pattern.stem && words.length > 1) {
        // Every word is a stem: the first goes into the automaton, the others are checked where it matches.
        add({ ...pattern, rest: words.slice(1) }, words[0] as string, term.text);
        const last = words[words.length - 1] as string;
        for (const plural of englishPluralVariants(last))
          add({ ...pattern, rest: [...words.slice(1, -1), plural] }, words[0] as string, term.text);
        continue;
      }
      if (term.lang === 'ru' && pattern.stem && words.length === 1) {
        const stem = russianTermStem(words[0] as string);
        add(
          { ...pattern, ...(stem.length < 5 ? { exactStem: russianStem(words[0] as string) } : {}) },
          stem,
          term.text,
        );
        if (stem.length >= 5)
          for (const latin of transliterations(stem)) add({ ...pattern, translit: true }, latin, term.text);
        continue;
      }
      add(pattern, term.text);
      if (term.lang === 'en')
        for (const plural of englishPluralVariants(term.text)) add(pattern, plural, term.text);
      // Spaced out letter by letter, "b r a s s k n u c k l e s" loses the break between the words. Not for
      // numbers: "1:1" joined would be "11", which every "iPhone 11" and "802.11" contains.
      if (words.length > 1 && words.every((word) => /^\p{L}+$/u.test(word))) add(pattern, words.join(''));
      // A number and its unit, written together or apart: "9mm" and "9 mm", "12 gauge" and "12gauge".
      const unitJoined = words.map((word) => word.replace(/^(\d+)([a-z]+)$/, '$1 $2')).join(' ');
      if (unitJoined !== words.join(' ')) add(pattern, unitJoined, term.text);
      const unitApart = words.join(' ').replace(/\b(\d+) ([a-z]+)\b/g, '$1$2');
      if (unitApart !== words.join(' ')) add(pattern, unitApart, term.text);
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
    combos,
  };
  return compiled;
}
