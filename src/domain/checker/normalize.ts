import { KIND, Kind, LEET_CYRILLIC, LEET_LATIN, ONE, PACKED, SPACE, TO_CYRILLIC, TO_LATIN } from './chars';

/** How a folded unit came about, beyond case folding. Any but ACCENT in a match means the words were disguised. */
export const Flag = {
  Accent: 1,
  FullWidth: 2,
  Lookalike: 4,
  Leet: 8,
  Spaced: 16,
  Invisible: 32,
  Styled: 64,
  /** A hyphen, dot, emoji or other mark inside the word was taken out ("Jam-mer", "Co❄️caine"). */
  Split: 128,
  /** Letters repeated to break the word were read once ("Jammmmer"). */
  Repeated: 256,
  /** Russian written in Latin letters was read in Cyrillic ("kastet"). */
  Translit: 512,
  /** Changed by the second reading (`variants.ts`): only matches that needed it are reported from it. */
  Alternate: 1024,
} as const;
export const EVASION_FLAGS =
  Flag.FullWidth |
  Flag.Lookalike |
  Flag.Leet |
  Flag.Spaced |
  Flag.Invisible |
  Flag.Styled |
  Flag.Split |
  Flag.Repeated |
  Flag.Translit;

/**
 * The text as the matcher reads it: words of folded letters and digits separated by single spaces, and for every
 * folded unit the index of the original character it came from and how it was transformed. Views over shared
 * buffers: valid until the next call.
 */
export interface Normalized {
  length: number;
  /** How many digits the text has (a phone number needs ten). */
  digits: number;
  units: Uint16Array;
  origin: Int32Array;
  flags: Uint16Array;
}

let units = new Uint16Array(1024);
let origin = new Int32Array(1024);
let flags = new Uint16Array(1024);

function ensureCapacity(size: number): void {
  if (units.length >= size) return;
  const next = Math.max(size, units.length * 2);
  units = new Uint16Array(next);
  origin = new Int32Array(next);
  flags = new Uint16Array(next);
}

/** Separators that may stand between the letters of a spaced-out word: "r e p l i c a", "s.w.i.t.c.h". */
function isSpacingMark(c: number): boolean {
  if (c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f) return true; // white space
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return true; // dashes
  return (
    c === 0x2e ||
    c === 0x2d ||
    c === 0x5f ||
    c === 0x2a ||
    c === 0xb7 ||
    c === 0x2f ||
    c === 0x2c ||
    c === 0x2022 ||
    c === 0x2219 ||
    c === 0x2b ||
    c === 0x7e
  );
}

function isWordUnit(kind: number): boolean {
  return kind >= Kind.Latin && kind <= Kind.Digit;
}

function isLetterUnit(text: string, originIndex: number): boolean {
  const kind = KIND[text.charCodeAt(originIndex)] as number;
  return kind >= Kind.Latin && kind <= Kind.OtherLetter;
}

/**
 * Leet only where a digit stands between letters ("rep1ica", "c0caine"), never in "40mm", "iPhone15" or "5G":
 * then every digit touching a letter is read as one.
 */
function hasInteriorDigit(text: string, start: number, end: number): boolean {
  for (let k = start + 1; k < end - 1; k++) {
    const kind = KIND[text.charCodeAt(origin[k] as number)];
    if (
      (kind === Kind.Digit || kind === Kind.LeetSymbol) &&
      isLetterUnit(text, origin[k - 1] as number) &&
      isLetterUnit(text, origin[k + 1] as number)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Which script a mixed word is really in: the one every other letter of the word can be read as ("rеplіса" is
 * Latin even with four Cyrillic letters, "kacтeт" is Cyrillic), else the script most of its letters are in.
 */
function targetIsLatin(text: string, start: number, end: number, latin: number, cyrillic: number): boolean {
  let allToLatin = true;
  let allToCyrillic = true;
  for (let k = start; k < end; k++) {
    const original = text.charCodeAt(origin[k] as number);
    const kind = KIND[original] as number;
    if (kind === Kind.Latin) {
      if (!TO_CYRILLIC[original]) allToCyrillic = false;
    } else if (kind === Kind.Cyrillic || kind === Kind.Greek) {
      if (!TO_LATIN[original]) allToLatin = false;
    }
  }
  if (allToLatin !== allToCyrillic) return allToLatin;
  return latin >= cyrillic;
}

function hasLeetSymbol(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++)
    if (KIND[text.charCodeAt(origin[k] as number)] === Kind.LeetSymbol) return true;
  return false;
}

/** Reads look-alikes toward the word's real script, and digits or symbols as letters inside words. */
function repairWord(
  text: string,
  start: number,
  end: number,
  latin: number,
  cyrillic: number,
  digits: number,
): void {
  const toLatin =
    latin > 0 && cyrillic > 0 ? targetIsLatin(text, start, end, latin, cyrillic) : cyrillic === 0;
  const mixedScripts = latin > 0 && cyrillic > 0;
  const leet =
    digits > 0 && (hasInteriorDigit(text, start, end) || hasLeetSymbol(text, start, end))
      ? toLatin
        ? LEET_LATIN
        : LEET_CYRILLIC
      : null;
  for (let k = start; k < end; k++) {
    const original = text.charCodeAt(origin[k] as number);
    const kind = KIND[original] as number;
    if (kind === Kind.Digit || kind === Kind.LeetSymbol) {
      const touchesLetter =
        (k > start && isLetterUnit(text, origin[k - 1] as number)) ||
        (k + 1 < end && isLetterUnit(text, origin[k + 1] as number));
      const letter = leet && original < 128 && touchesLetter ? (leet[original] as number) : 0;
      if (letter) {
        units[k] = letter;
        flags[k] = (flags[k] as number) | Flag.Leet;
      }
    } else if (mixedScripts || kind === Kind.Greek) {
      const wrongScript = toLatin ? kind !== Kind.Latin : kind === Kind.Latin;
      const mapped = wrongScript ? ((toLatin ? TO_LATIN : TO_CYRILLIC)[original] as number) : 0;
      if (mapped) {
        units[k] = mapped;
        flags[k] = (flags[k] as number) | Flag.Lookalike;
      }
    }
  }
}

/** The plain lower-case Latin letter an astral styled letter stands for (0 when none). */
function astralPlainLetter(cp: number): number {
  const plain = String.fromCodePoint(cp).normalize('NFKD').toLowerCase();
  const code = plain.length === 1 ? plain.charCodeAt(0) : 0;
  return code >= 0x61 && code <= 0x7a ? code : 0;
}

// The open run of one-letter words, as [start, end, count] in the output: module scratch, so that the hot loop
// below keeps its own counters in registers (a closure over them would move them to the heap).
const run = new Int32Array(3);

/** Joins a run of three or more one-letter words ("r e p l i c a" reads "replica"); returns the new output length. */
function closeRun(text: string, o: number): number {
  const [runStart, runEnd, runLength] = run as unknown as [number, number, number];
  run[2] = 0;
  if (runLength < 3) return o;
  let write = runStart;
  let runLatin = 0;
  let runCyrillic = 0;
  let runDigits = 0;
  for (let k = runStart; k < runEnd; k++) {
    if (units[k] === SPACE) continue;
    units[write] = units[k] as number;
    origin[write] = origin[k] as number;
    flags[write] = (flags[k] as number) | Flag.Spaced;
    const kind = KIND[text.charCodeAt(origin[write] as number)];
    if (kind === Kind.Latin) runLatin++;
    else if (kind === Kind.Cyrillic) runCyrillic++;
    else if (kind === Kind.Digit || kind === Kind.LeetSymbol) runDigits++;
    write++;
  }
  const removed = runEnd - write;
  for (let k = runEnd; k < o; k++) {
    units[k - removed] = units[k] as number;
    origin[k - removed] = origin[k] as number;
    flags[k - removed] = flags[k] as number;
  }
  flags.fill(0, o - removed, o);
  repairWord(text, runStart, write, runLatin, runCyrillic, runDigits);
  return o - removed;
}

/** Ends a word: repairs a suspicious one, or extends the run of one-letter words; returns the output length. */
function finishWord(
  text: string,
  wordStart: number,
  o: number,
  latin: number,
  cyrillic: number,
  digits: number,
  gapBefore: number,
  spacingBefore: boolean,
): number {
  if (o - wordStart === 1) {
    const joins = run[2]! > 0 && run[1] === wordStart - 1 && gapBefore <= 3 && spacingBefore;
    if (!joins) {
      o = closeRun(text, o);
      // closeRun may have moved this word left; it is the last unit.
      run[0] = o - 1;
    }
    run[2] = run[2]! + 1;
    run[1] = o;
    return o;
  }
  if (
    latin + cyrillic > 0 &&
    (digits > 0 || (latin > 0 && cyrillic > 0) || o - wordStart > latin + cyrillic + digits)
  ) {
    repairWord(text, wordStart, o, latin, cyrillic, digits);
  }
  return closeRun(text, o);
}

/**
 * Folds a text for matching in one pass: lower case, accents and invisible characters dropped, full-width and
 * styled letters read as plain ones, look-alikes and leet undone inside suspicious words, spaced-out letters
 * joined. Linear in the length of the text; never throws on any string, lone surrogates included.
 */
export function normalize(text: string): Normalized {
  const n = text.length;
  ensureCapacity(n + 2);
  // Local names for the shared buffers: the hot loop then reads no module state.
  const u = units;
  const og = origin;
  const fl = flags;
  fl.fill(0, 0, n + 2);
  run[2] = 0;
  let o = 0;
  let wordStart = -1;
  let latin = 0;
  let cyrillic = 0;
  let digits = 0;
  let allDigits = 0;
  let pending = 0; // flags waiting for the next unit (an invisible character was dropped before it)
  let gap = 0; // separators since the last word
  let gapSpacing = true; // all of them could separate spaced-out letters
  let wordGap = 0; // the gap before the current word
  let wordGapSpacing = true;
  let runOpen = false;

  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    const packed = PACKED[c] as number;
    let kind = (packed >>> 16) & 0xff;
    let folded = packed & 0xffff;
    let note = packed >>> 24;

    // Fast path: a plain letter or digit inside a word.
    if (wordStart >= 0 && kind !== Kind.Separator && kind <= Kind.Digit && note === 0 && pending === 0) {
      u[o] = folded;
      og[o] = i;
      o++;
      if (kind === Kind.Latin) latin++;
      else if (kind === Kind.Cyrillic) cyrillic++;
      else if (kind === Kind.Digit) {
        digits++;
        allDigits++;
      }
      continue;
    }

    if (kind === Kind.HighSurrogate) {
      const low = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        const cp = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
        // Mathematical bold/italic/script and enclosed letters are a known way to dress up a banned word.
        const plain = cp >= 0x1d400 && cp <= 0x1f189 ? astralPlainLetter(cp) : 0;
        if (plain) {
          c = plain;
          kind = Kind.Latin;
          folded = plain;
          note = 4;
        } else {
          kind = /\p{L}/u.test(String.fromCodePoint(cp)) ? Kind.OtherLetter : Kind.Separator;
          folded = 0xe000;
          note = 0;
        }
      } else {
        kind = Kind.Separator;
      }
    }

    if (kind === Kind.Invisible) {
      pending |= Flag.Invisible;
      continue;
    }
    if (kind === Kind.Mark) {
      if (wordStart >= 0) fl[o - 1] = (fl[o - 1] as number) | Flag.Accent;
      continue;
    }
    if (kind === Kind.LeetSymbol) {
      const next = i + 1 < n ? (KIND[text.charCodeAt(i + 1)] as number) : Kind.Separator;
      const nextIsLetter = next >= Kind.Latin && next <= Kind.OtherLetter;
      // "$teroids", "steroid$", "@mmo": "$" and "@" may stand at either end of a word; "!" and "|" only inside one.
      const edgeSymbol = c === 0x24 || c === 0x40;
      const joins =
        wordStart >= 0
          ? isWordUnit(next) || (edgeSymbol && next === Kind.Separator)
          : edgeSymbol && nextIsLetter;
      if (!joins) kind = Kind.Separator;
    }

    if (kind === Kind.Separator) {
      if (wordStart >= 0) {
        const length = o - wordStart;
        // Most words are plain letters of one script with no run open: nothing more to do.
        const plain =
          length > 1 && digits === 0 && (latin === 0 || cyrillic === 0) && length === latin + cyrillic;
        if (!plain || runOpen) {
          o = finishWord(text, wordStart, o, latin, cyrillic, digits, wordGap, wordGapSpacing);
          runOpen = run[2]! > 0;
        }
        wordStart = -1;
      }
      gap++;
      if (!isSpacingMark(c)) gapSpacing = false;
      pending = 0;
      continue;
    }

    if (wordStart < 0) {
      if (o > 0) {
        u[o] = SPACE;
        og[o] = i - 1;
        o++;
      }
      wordStart = o;
      wordGap = gap;
      wordGapSpacing = gapSpacing;
      latin = 0;
      cyrillic = 0;
      digits = 0;
      gap = 0;
      gapSpacing = true;
    }

    u[o] = folded;
    og[o] = i - (folded === 0xe000 || note === 4 ? 1 : 0);
    const unitFlags =
      pending | (note === 1 ? Flag.FullWidth : note === 2 ? Flag.Accent : note === 4 ? Flag.Styled : 0);
    if (unitFlags) fl[o] = unitFlags;
    pending = 0;
    if (kind === Kind.Latin) latin++;
    else if (kind === Kind.Cyrillic) cyrillic++;
    else if (kind === Kind.Digit || kind === Kind.LeetSymbol) {
      digits++;
      if (kind === Kind.Digit) allDigits++;
    }
    o++;
  }
  if (wordStart >= 0) o = finishWord(text, wordStart, o, latin, cyrillic, digits, wordGap, wordGapSpacing);
  o = closeRun(text, o);
  return { length: o, digits: allDigits, units, origin, flags };
}

/** The folded text as a string, for display and tests; `ONE` shows as "1". */
export function foldedString(normalized: Normalized, start = 0, end = normalized.length): string {
  let out = '';
  for (let k = start; k < end; k++) {
    const unit = normalized.units[k] as number;
    out += unit === ONE ? '1' : String.fromCharCode(unit);
  }
  return out;
}
