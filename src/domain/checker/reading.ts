import { ONE } from './chars';
import { foldedString, normalize } from './normalize';

export interface ReadSpan {
  /** UTF-16 offsets in the original text, widened to the whole word. */
  start: number;
  end: number;
  /** What the checker read the word as. */
  read: string;
  why: 'mixed scripts' | 'digits or symbols read as letters' | 'look-alike letters';
}

export interface Reading {
  /** The whole text as the matcher reads it: folded letters and digits, single spaces. */
  folded: string;
  /** Words the checker read differently from how they look: where a disguise would hide. */
  spans: ReadSpan[];
}

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const WORD = /[\p{L}\p{N}\p{M}\p{Cf}._@$|!*+-]+/gu;

function plainFold(ch: string): string {
  if (ch === 'й' || ch === 'Й') return 'й'; // a letter of its own, as the normaliser reads it
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * How the checker read a text, for a reviewer to compare with what the buyer sees: the folded text, and the
 * words whose reading differs from their plain lower-case letters (look-alikes, mixed Latin and Cyrillic, digits
 * standing for letters). Display only: matching never uses this.
 */
export function readingOf(text: string): Reading {
  const n = normalize(text);
  const folded = foldedString(n);
  const changed = new Set<number>();
  for (let k = 0; k < n.length; k++) {
    const unit = n.units[k] as number;
    const at = n.origin[k] as number;
    if (at < 0 || at >= text.length) continue;
    const original = text[at] as string;
    const read = unit === ONE ? '1' : String.fromCharCode(unit);
    // ONE is a stroke read as a letter (i or l) inside a word: always a disguise.
    if (unit === ONE || (read !== ' ' && plainFold(original) !== read)) changed.add(at);
  }
  const spans: ReadSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    const word = match[0];
    const end = start + word.length;
    let touched = false;
    for (let i = start; i < end && !touched; i++) touched = changed.has(i);
    const mixed = LATIN.test(word) && CYRILLIC.test(word);
    if (!touched && !mixed) continue;
    spans.push({
      start,
      end,
      read: readingOfWord(word),
      why: mixed
        ? 'mixed scripts'
        : /[\p{N}$|!@*+]/u.test(word)
          ? 'digits or symbols read as letters'
          : 'look-alike letters',
    });
  }
  return { folded, spans };
}

/** A word as read, with a stroke shown as the two letters it may stand for: "rep1ica" reads "rep[i/l]ica". */
function readingOfWord(word: string): string {
  const n = normalize(word);
  let out = '';
  for (let k = 0; k < n.length; k++) {
    const unit = n.units[k] as number;
    out += unit === ONE ? '[i/l]' : String.fromCharCode(unit);
  }
  return out.trim();
}
