import { FOLD, KIND, Kind, LEET_CYRILLIC, LEET_LATIN, ONE, SPACE, TO_CYRILLIC, TO_LATIN } from './chars';
import { Flag, type Normalized } from './normalize';

/**
 * A second reading of a text, for disguises one reading cannot undo without breaking honest text:
 *
 * - words cut by a hyphen, dot, emoji or other mark are joined ("Jam-mer", "Rep.lica", "Co❄️caine"), where the
 *   first reading keeps "T-shirt" as two words;
 * - a letter three times or more in a row is read as `keep` letters ("Jammmmer" is "jammer" with two,
 *   "Repppplica" is "replica" with one; 0 keeps the run);
 * - digits at the start of a word read as letters ("5teroids", "0xycodone"), where the first reading keeps
 *   "4K" and "5pcs";
 * - a lower-case "l" among capitals reads "i" ("REPLlCA"), a capital "I" among lower-case letters "l" ("RepIica");
 * - a stroke the first reading found inside a word ("rep1ica", "pi||s") reads as `stroke`, "i" or "l";
 * - a word mixing Latin and Cyrillic letters, read in the script the first reading did not choose ("Kaстeт").
 *
 * Every unit changed carries `Flag.Alternate`, so only matches that needed this reading are reported from it.
 * Returns null when nothing would change.
 */
export function alternateReading(
  text: string,
  n: Normalized,
  {
    keep = 2,
    stroke = 0,
    joinMatters = () => true,
  }: {
    keep?: 0 | 1 | 2;
    stroke?: number;
    /** Whether a token cut by marks ("Jam-mer", "T-shirt") could hold a term once joined. */
    joinMatters?: (token: string) => boolean;
  } = {},
): Normalized | null {
  if (!stroke && !mayReadOtherwise(text, n, joinMatters)) return null;
  const length = n.length;
  const units = n.units.slice(0, length);
  const origin = n.origin.slice(0, length);
  const flags = n.flags.slice(0, length);
  let changed = false;

  // A stroke inside a word ("rep1ica", "pi||s") is "i" in one reading and "l" in another.
  if (stroke)
    for (let k = 0; k < length; k++) if (units[k] === ONE) changed = mark(units, flags, k, stroke, Flag.Leet);

  for (let start = 0; start < length;) {
    let end = start;
    while (end < length && units[end] !== SPACE) end++;
    changed = rereadWord(text, origin, units, flags, start, end) || changed;
    start = end + 1;
  }

  // Join fragments split by a mark that is not white space, and read runs of one letter once.
  const outUnits = new Uint16Array(length);
  const outOrigin = new Int32Array(length);
  const outFlags = new Uint16Array(length);
  let o = 0;
  for (let k = 0; k < length; k++) {
    const unit = units[k] as number;
    if (unit === SPACE && k > 0 && k + 1 < length) {
      const before = units[k - 1] as number;
      const after = units[k + 1] as number;
      if (
        isLetter(before) &&
        isLetter(after) &&
        joinable(text, origin[k - 1] as number, origin[k + 1] as number)
      ) {
        flags[k + 1] = (flags[k + 1] as number) | Flag.Split | Flag.Alternate;
        changed = true;
        continue;
      }
    }
    if (keep > 0 && o > 0 && isLetter(unit) && units[k - 1] === unit) {
      // A letter three times or more in a row is a disguise; a double letter is spelling, so a run is read
      // twice: kept to two letters ("Jammmmer" reads "jammer"), and read once ("Repppplica" reads "replica").
      const third = k >= 2 && units[k - 2] === unit;
      if (third || (keep === 1 && units[k + 1] === unit)) {
        outFlags[o - 1] = (outFlags[o - 1] as number) | Flag.Repeated | Flag.Alternate;
        changed = true;
        continue;
      }
    }
    outUnits[o] = unit;
    outOrigin[o] = origin[k] as number;
    outFlags[o] = flags[k] as number;
    o++;
  }
  if (!changed) return null;
  let digits = 0;
  for (let k = 0; k < o; k++)
    if ((outUnits[k] as number) >= 0x30 && (outUnits[k] as number) <= 0x39) digits++;
  return { length: o, digits, units: outUnits, origin: outOrigin, flags: outFlags };
}

function isLetter(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x430 && unit <= 0x44f) || unit === ONE;
}

/**
 * A cheap look for anything the second reading would change: a mark other than white space between letters, a
 * letter three times in a row, a word starting with a digit, an "l" or "I" between letters, or Latin and
 * Cyrillic in one word. Most texts have none, and skip the copy and the second scan.
 */
function mayReadOtherwise(text: string, n: Normalized, joinMatters: (token: string) => boolean): boolean {
  const { units, origin, length } = n;
  let wordStart = true;
  let scripts = 0;
  let upper = 0;
  let lower = 0;
  let lowerL = false;
  let innerI = false;
  for (let k = 0; k <= length; k++) {
    const unit = k < length ? (units[k] as number) : SPACE;
    if (unit === SPACE) {
      if (scripts === 3 || (lowerL && upper >= 3) || (innerI && lower >= 3)) return true;
      scripts = upper = lower = 0;
      lowerL = innerI = false;
      wordStart = true;
      if (k > 0 && k + 1 < length && isLetter(units[k - 1] as number) && isLetter(units[k + 1] as number)) {
        const before = origin[k - 1] as number;
        const c = text.charCodeAt(before + 1);
        if (!(c <= 0x20 || c === 0xa0 || c === 0x2c || c === 0x2f) && joinMatters(tokenAt(text, before)))
          return true;
      }
      continue;
    }
    if (wordStart && unit >= 0x30 && unit <= 0x39) return true;
    if (k >= 2 && unit === units[k - 1] && unit === units[k - 2] && isLetter(unit)) return true;
    const c = text.charCodeAt(origin[k] as number);
    if (c === LOWER_L) lowerL = true;
    else if (c === UPPER_I && !wordStart) innerI = true;
    wordStart = false;
    if (isUpper(c)) upper++;
    else if (isLower(c)) lower++;
    const kind = KIND[c];
    if (kind === Kind.Latin) scripts |= 1;
    else if (kind === Kind.Cyrillic) scripts |= 2;
  }
  return false;
}

/** The run of characters between white space around `at`: "Swit-ch-blade" for any of its letters. */
function tokenAt(text: string, at: number): string {
  const space = (c: number) => c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
  let start = at;
  while (start > 0 && !space(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && !space(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** Marks that may cut a word: anything but white space and list punctuation ("pistol/rifle", "gun, knife"). */
function joinable(text: string, last: number, next: number): boolean {
  const code = text.charCodeAt(last);
  const from = last + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
  if (from >= next) return false;
  for (let i = from; i < next; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f) return false;
    if (c === 0x2c || c === 0x3b || c === 0x2f || c === 0x5c || c === 0x7c || c === 0x3a || c === 0x26)
      return false; // , ; / \ | : &
    if (c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) return false; // brackets
    if (c === 0x22 || c === 0x27 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d)
      return false; // quotes
  }
  return true;
}

const UPPER_I = 0x49;
const LOWER_I = 0x69;
const LOWER_L = 0x6c;

function isUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f);
}
function isLower(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f);
}

function charAt(text: string, origin: Int32Array, k: number): number {
  return text.charCodeAt(origin[k] as number);
}

function mark(units: Uint16Array, flags: Uint16Array, k: number, unit: number, flag: number): true {
  units[k] = unit;
  flags[k] = (flags[k] as number) | flag | Flag.Alternate;
  return true;
}

/** Re-reads one word in place (leading leet, strokes among capitals, the other script); true when it changed. */
function rereadWord(
  text: string,
  origin: Int32Array,
  units: Uint16Array,
  flags: Uint16Array,
  start: number,
  end: number,
): boolean {
  if (end - start < 3) return false;
  let changed = false;
  let latin = 0;
  let cyrillic = 0;
  let upper = 0;
  let lower = 0;
  for (let k = start; k < end; k++) {
    const c = charAt(text, origin, k);
    const kind = KIND[c];
    if (kind === Kind.Latin) latin++;
    else if (kind === Kind.Cyrillic) cyrillic++;
    if (isUpper(c)) upper++;
    else if (isLower(c)) lower++;
  }

  // Leading digits before letters: "5teroids", "0xycodone", "3кстази".
  let lead = start;
  while (lead < end && KIND[charAt(text, origin, lead)] === Kind.Digit) lead++;
  if (lead > start && lead - start <= 2 && end - lead >= 3 && latin + cyrillic === end - lead) {
    const table = cyrillic > latin ? LEET_CYRILLIC : LEET_LATIN;
    let all = true;
    for (let k = start; k < lead; k++) if (!table[charAt(text, origin, k)]) all = false;
    if (all)
      for (let k = start; k < lead; k++)
        changed = mark(units, flags, k, table[charAt(text, origin, k)] as number, Flag.Leet);
  }

  // A lower-case "l" among capitals ("REPLlCA"), or a capital "I" among lower-case letters ("RepIica").
  if (latin >= 4) {
    for (let k = start; k < end; k++) {
      const c = charAt(text, origin, k);
      if (c === LOWER_L && lower === 1 && upper >= 3) changed = mark(units, flags, k, LOWER_I, Flag.Leet);
      else if (
        c === UPPER_I &&
        k > start &&
        upper === (isUpper(charAt(text, origin, start)) ? 2 : 1) &&
        lower >= 3
      )
        changed = mark(units, flags, k, LOWER_L, Flag.Leet);
    }
  }

  // A word mixing Latin and Cyrillic: read it in the script the first reading did not choose.
  if (latin > 0 && cyrillic > 0) {
    let readAsLatin = 0;
    for (let k = start; k < end; k++) if ((units[k] as number) < 0x80) readAsLatin++;
    const toCyrillic = readAsLatin * 2 >= end - start;
    const next: number[] = [];
    let possible = true;
    for (let k = start; k < end && possible; k++) {
      const c = charAt(text, origin, k);
      const kind = KIND[c];
      let unit = units[k] as number;
      if (toCyrillic && kind === Kind.Latin) unit = TO_CYRILLIC[c] as number;
      else if (toCyrillic && kind === Kind.Cyrillic) unit = FOLD[c] as number;
      else if (!toCyrillic && kind === Kind.Cyrillic) unit = TO_LATIN[c] as number;
      else if (!toCyrillic && kind === Kind.Latin) unit = FOLD[c] as number;
      if (!unit) possible = false;
      next.push(unit);
    }
    if (possible)
      for (let offset = 0; offset < next.length; offset++) {
        const unit = next[offset] as number;
        if (unit !== units[start + offset])
          changed = mark(units, flags, start + offset, unit, Flag.Lookalike);
      }
  }
  return changed;
}
