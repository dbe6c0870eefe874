import { FOLD, FOLD_NOTE, KIND, Kind, ONE } from './chars';
import type { CompiledCatalogue } from './compile';
import { buildMatcher, type PatternMatcher } from './matcher';

/**
 * The quick screen: one pass over the raw text that answers "could anything here matter?". It runs the
 * catalogue's terms as whole-word prefixes straight on the original characters (folding by table, collapsing
 * separators) and watches for the marks of disguise: scripts mixed in a word, digits between letters, runs of
 * one-letter words, invisible, full-width or styled characters. Text it passes has no finding to report, so most
 * honest listings never reach the full normaliser.
 */
const enum Bit {
  Separator = 1,
  Latin = 2,
  Cyrillic = 4,
  Greek = 8,
  Digit = 16,
  /** Needs the full pass whenever it appears: invisible, combining, full-width, surrogate, `@ $ ! |`. */
  Special = 32,
}

/** Words (and stems) common in honest listings: poor keys for the screen. */
const EVERYDAY = [
  'на',
  'для',
  'номер',
  'заказ',
  'изготовлен',
  'доставк',
  'отправк',
  'размер',
  'цвет',
  'материал',
  'подход',
  'использ',
  'качеств',
  'нов',
  'сайт',
  'программ',
  'фото',
  'товар',
  'инструкц',
  'подар',
  'магазин',
  'new',
  'for',
  'the',
  'with',
  'and',
  'size',
  'colour',
  'color',
  'order',
  'number',
  'made',
  'quality',
  'shipping',
  'free',
  'gift',
];

function unitsOf(text: string): Uint16Array {
  const out = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) out[k] = text.charCodeAt(k);
  return out;
}

/** Marks that join two parts of one word ("Jam-mer", "knuckle-duster"): both readings are screened. */
function isSoftJoiner(c: number): boolean {
  return (
    c === 0x2d ||
    c === 0x5f ||
    c === 0x2a ||
    c === 0x7e ||
    c === 0x2b ||
    c === 0x3d ||
    c === 0x5e ||
    c === 0x60 ||
    (c >= 0x2010 && c <= 0x2015) ||
    c === 0x2212 ||
    c === 0xb7 ||
    c === 0x2022
  );
}

/** White space and quotes: never a disguise between letters. */
function isPlainSeparator(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x3000 ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0xab ||
    c === 0xbb ||
    c === 0x2026
  );
}

const isLetterBit = (b: number) => b === Bit.Latin || b === Bit.Cyrillic || b === Bit.Greek;
const isUpperCase = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f);
const isLowerCase = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f);

export interface Screen {
  needsAttention(text: string): boolean;
}

const SEPARATOR_UNIT = 0x20;

/**
 * Whether a screen key would fire on an everyday listing word: it is the start of one ("на" of "нашем"), or
 * the word is a stem that starts it ("доставк" of "доставка").
 */
function isEveryday(word: string): boolean {
  return EVERYDAY.some(
    (common) => common.startsWith(word) || (common.length >= 4 && word.startsWith(common)),
  );
}

/** How good a screen key a word is: its length, or a small fraction of it for a short or everyday word. */
function rarity(word: string): number {
  if (word.length < 3 || /^\d+$/.test(word) || isEveryday(word)) return word.length / 100;
  return word.length;
}

/** For each combination, the group whose least rare word is the rarest: the screen watches for that group. */
function comboScreenGroups(compiled: CompiledCatalogue): Map<number, number> {
  const worst = new Map<string, number>();
  for (const pattern of compiled.patterns) {
    if (pattern.kind !== 'combo' || pattern.translit) continue;
    const key = `${pattern.owner}:${pattern.group}`;
    worst.set(key, Math.min(worst.get(key) ?? Infinity, rarity(pattern.units)));
  }
  const best = new Map<number, { group: number; score: number }>();
  for (const [key, score] of worst) {
    const [owner, group] = key.split(':').map(Number) as [number, number];
    const current = best.get(owner);
    if (!current || score > current.score) best.set(owner, { group, score });
  }
  return new Map([...best].map(([owner, { group }]) => [owner, group]));
}

export function buildScreen(compiled: CompiledCatalogue): Screen {
  // Whole-word prefixes: " term " for whole words, " term" for stems and English words (plurals, other forms).
  const seen = new Set<string>();
  const patterns: Uint16Array[] = [];
  const screenGroups = comboScreenGroups(compiled);
  for (const pattern of compiled.patterns) {
    // A combination needs every group, so one group is enough to screen on: the one with the rarest words.
    if (pattern.kind === 'combo' && pattern.group !== screenGroups.get(pattern.owner)) continue;
    if (pattern.units.includes(String.fromCharCode(ONE))) continue; // a disguised word is caught as suspicious anyway
    // A multi-word stem needs all its words, so one is enough to screen on: the longest that is not an everyday
    // listing word ("справка на заказ" screens on "справк", not on "заказ").
    const words = pattern.rest ? [pattern.units, ...pattern.rest] : [];
    const rare = words.filter((word) => !isEveryday(word));
    const screenWord = (rare.length ? rare : words).reduce((a, b) => (b.length > a.length ? b : a), '');
    const key = pattern.rest
      ? ` ${screenWord}`
      : ` ${pattern.units}${pattern.stem || pattern.english ? '' : ' '}`;
    // A phrase also stands joined, as the screen reads "knuckle-duster" once the hyphen is skipped.
    for (const variant of [key, key.includes(' ', 1) ? ` ${key.slice(1).replace(/ (?=.)/g, '')}` : key]) {
      if (seen.has(variant)) continue;
      seen.add(variant);
      patterns.push(unitsOf(variant));
    }
  }
  const matcher: PatternMatcher = buildMatcher(patterns);

  // Per raw unit: the folded unit to feed the automaton, and its class bits.
  const folded = new Uint16Array(65_536);
  const bits = new Uint8Array(65_536);
  for (let c = 0; c < 65_536; c++) {
    const kind = KIND[c] as number;
    folded[c] = FOLD[c] as number;
    if (kind === Kind.Separator) {
      bits[c] = Bit.Separator;
      folded[c] = SEPARATOR_UNIT;
    } else if (kind === Kind.Latin) bits[c] = Bit.Latin;
    else if (kind === Kind.Cyrillic) bits[c] = Bit.Cyrillic;
    else if (kind === Kind.Greek) bits[c] = Bit.Greek;
    else if (kind === Kind.Digit) bits[c] = Bit.Digit;
    else if (kind === Kind.OtherLetter) bits[c] = 0;
    else bits[c] = Bit.Special;
    if (FOLD_NOTE[c] === 1) bits[c] = Bit.Special;
  }
  // `@`, `$`, `!` and `|` are ordinary punctuation unless they sit inside a word: checked where they appear.
  for (const c of [0x40, 0x24, 0x21, 0x7c]) bits[c] = Bit.Special;

  // The automaton as one jump table the loop reads straight from raw units: a row offset per state, and -1 for
  // a step that completes a key (the screen stops at the first). Raw units map to symbols through their fold.
  const { delta, symbolOf, symbols, hasOutput } = matcher.tables;
  const jump = new Int32Array(delta.length);
  for (let k = 0; k < delta.length; k++) {
    const target = delta[k] as number;
    jump[k] = hasOutput[target] === 1 ? -1 : target * symbols;
  }
  const symbolOfRaw = new Uint16Array(65_536);
  for (let c = 0; c < 65_536; c++) symbolOfRaw[c] = symbolOf[folded[c] as number] as number;
  const SEPARATOR = symbolOf[SEPARATOR_UNIT] as number;
  const start = jump[SEPARATOR] as number;

  return {
    needsAttention(text: string): boolean {
      const n = text.length;
      // Two readings: `state` skips the marks that join parts of a word ("jam-mer" reads "jammer"); `split`
      // reads them as breaks, as the first reading of the full pass does. They differ only after such a mark.
      let state = start;
      let split = state;
      let dual = false;
      let last = SEPARATOR_UNIT; // the last two units of the word, for letters repeated three times
      let beforeLast = SEPARATOR_UNIT;
      let previousSeparator = true;
      let wordBits = 0;
      let wordLength = 0;
      let singles = 0;
      let digitsAfterLetter = false;
      let digitRun = 0; // digits since the last letter: a phone number has ten or more
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        const b = bits[c] as number;
        let endsWord = b === Bit.Separator;
        if (endsWord && !previousSeparator && i + 1 < n) {
          const next = text.charCodeAt(i + 1);
          const nextBits = bits[next] as number;
          if (isLetterBit(nextBits) && isLetterBit(bits[text.charCodeAt(i - 1)] as number)) {
            if (isSoftJoiner(c)) {
              // "Jam-mer": the joined reading goes on with the word; the split one ends it here.
              if (!dual) {
                split = state;
                dual = true;
              }
              split = jump[split + SEPARATOR] as number;
              if (split < 0) return true;
              continue;
            }
            // An emoji or symbol inside a word ("Co❄caine"), or a dot between parts of two letters or more.
            if (c > 0x7f && !isPlainSeparator(c)) return true;
            if (
              c === 0x2e &&
              wordLength >= 2 &&
              i + 2 < n &&
              isLetterBit(bits[text.charCodeAt(i + 2)] as number)
            )
              return true;
          }
        }
        if (b === Bit.Special) {
          // "$" or "@" touching a letter, or "!" or "|" inside a word, may be a disguise; otherwise punctuation.
          const next = i + 1 < n ? (bits[text.charCodeAt(i + 1)] as number) : Bit.Separator;
          const nextIsLetter = next === Bit.Latin || next === Bit.Cyrillic || next === Bit.Greek;
          if (c > 0x7f) return true;
          if ((c === 0x24 || c === 0x40) && (nextIsLetter || !previousSeparator)) return true;
          if (!previousSeparator && next !== Bit.Separator && next !== Bit.Special) return true;
          endsWord = true;
        }
        if (endsWord) {
          if (previousSeparator) continue;
          previousSeparator = true;
          if (wordBits & Bit.Greek || (wordBits & Bit.Latin && wordBits & Bit.Cyrillic)) return true;
          singles = wordLength === 1 ? singles + 1 : 0;
          if (singles >= 3) return true;
          wordBits = 0;
          wordLength = 0;
          digitsAfterLetter = false;
          state = jump[state + SEPARATOR] as number;
          last = SEPARATOR_UNIT;
          beforeLast = SEPARATOR_UNIT;
          if (state < 0) return true;
          if (dual) {
            split = jump[split + SEPARATOR] as number;
            if (split < 0) return true;
          }
          continue;
        }
        if (previousSeparator && b === Bit.Digit && i + 2 < n) {
          // Digits for letters at the start of a word: "5teroids", "0xycodone".
          if (
            isLetterBit(bits[text.charCodeAt(i + 1)] as number) &&
            isLetterBit(bits[text.charCodeAt(i + 2)] as number)
          )
            return true;
        }
        if ((c === 0x6c || c === 0x49) && wordLength > 0 && i + 1 < n) {
          // A lower-case "l" between capitals ("REPLlCA"), a capital "I" between lower-case letters ("RepIica").
          const before = text.charCodeAt(i - 1);
          const after = text.charCodeAt(i + 1);
          if (c === 0x6c && isUpperCase(before) && isUpperCase(after)) return true;
          if (c === 0x49 && isLowerCase(before) && isLowerCase(after)) return true;
        }
        previousSeparator = false;
        wordBits |= b;
        wordLength++;
        if (b === Bit.Digit) {
          if (++digitRun >= 10) return true;
          if (wordBits & (Bit.Latin | Bit.Cyrillic)) digitsAfterLetter = true;
        } else {
          if (digitsAfterLetter && b !== 0) return true; // a digit between letters: "rep1ica"
          digitRun = 0;
        }
        const unit = folded[c] as number;
        // A letter three times in a row ("Jammmmer") is read once by the second reading: let the full pass see it.
        if (unit === last && unit === beforeLast && b !== Bit.Digit) return true;
        beforeLast = last;
        last = unit;
        const symbol = symbolOfRaw[c] as number;
        state = jump[state + symbol] as number;
        if (state < 0) return true;
        if (dual) {
          split = jump[split + symbol] as number;
          if (split < 0) return true;
        }
      }
      if (dual && (jump[split + SEPARATOR] as number) < 0) return true;
      return (
        (jump[state + SEPARATOR] as number) < 0 ||
        (wordBits & Bit.Greek) !== 0 ||
        (wordBits & Bit.Latin && wordBits & Bit.Cyrillic) !== 0 ||
        singles + (wordLength === 1 ? 1 : 0) >= 3
      );
    },
  };
}
