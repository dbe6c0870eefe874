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

export interface Screen {
  needsAttention(text: string): boolean;
}

const SEPARATOR_UNIT = 0x20;

export function buildScreen(compiled: CompiledCatalogue): Screen {
  // Whole-word prefixes: " term " for whole words, " term" for stems and English words (plurals, other forms).
  const seen = new Set<string>();
  const patterns: Uint16Array[] = [];
  for (const pattern of compiled.patterns) {
    if (pattern.units.includes(String.fromCharCode(ONE))) continue; // a disguised word is caught as suspicious anyway
    // A multi-word stem needs all its words, so one is enough to screen on: the longest that is not an everyday
    // listing word ("справка на заказ" screens on "справк", not on "заказ").
    const words = pattern.rest ? [pattern.units, ...pattern.rest] : [];
    const rare = words.filter(
      (word) => !EVERYDAY.some((common) => common.startsWith(word) || word.startsWith(common)),
    );
    const screenWord = (rare.length ? rare : words).reduce((a, b) => (b.length > a.length ? b : a), '');
    const key = pattern.rest
      ? ` ${screenWord}`
      : ` ${pattern.units}${pattern.stem || pattern.english ? '' : ' '}`;
    if (seen.has(key)) continue;
    seen.add(key);
    patterns.push(Uint16Array.from(key, (ch) => ch.charCodeAt(0)));
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

  const step = matcher.step;
  return {
    needsAttention(text: string): boolean {
      const n = text.length;
      let state = step(0, SEPARATOR_UNIT);
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
          state = step(state, SEPARATOR_UNIT);
          if (matcher.isMatch(state)) return true;
          continue;
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
        state = step(state, folded[c] as number);
        if (matcher.isMatch(state)) return true;
      }
      state = step(state, SEPARATOR_UNIT);
      return (
        matcher.isMatch(state) ||
        (wordBits & Bit.Greek) !== 0 ||
        (wordBits & Bit.Latin && wordBits & Bit.Cyrillic) !== 0 ||
        singles + (wordLength === 1 ? 1 : 0) >= 3
      );
    },
  };
}
