import { SPACE } from './chars';
import type { Normalized } from './normalize';
import { foldedString } from './normalize';

/** Index of the start of the word `count` words before `position` (0 when there are fewer). */
export function wordsBack(n: Normalized, position: number, count: number): number {
  let k = position - 1;
  let seen = 0;
  while (k >= 0) {
    if (n.units[k] === SPACE && ++seen > count) return k + 1;
    k--;
  }
  return 0;
}

/** Index just after the word `count` words after `position` (the text's end when there are fewer). */
export function wordsForward(n: Normalized, position: number, count: number): number {
  let k = position;
  let seen = 0;
  while (k < n.length) {
    if (n.units[k] === SPACE && ++seen > count) return k;
    k++;
  }
  return n.length;
}

/** Number of word breaks between two positions. */
export function wordDistance(n: Normalized, a: number, b: number): number {
  const [from, to] = a <= b ? [a, b] : [b, a];
  let count = 0;
  for (let k = from; k < to; k++) if (n.units[k] === SPACE) count++;
  return count;
}

/** The words around a span, as folded text, for context rules. */
export function around(n: Normalized, start: number, end: number, window: number): string {
  return foldedString(n, wordsBack(n, start, window), wordsForward(n, end, window));
}

/** True when `phrase` stands in `words` as whole words; a one-word Cyrillic phrase also matches as a stem. */
export function containsPhrase(words: string, phrase: string): boolean {
  if (` ${words} `.includes(` ${phrase} `)) return true;
  if (!phrase.includes(' ') && /[\u0400-\u04ff]/.test(phrase)) return ` ${words}`.includes(` ${phrase}`);
  return false;
}
