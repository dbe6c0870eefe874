import { KIND, Kind, ONE } from './chars';
import { Flag, type Normalized } from './normalize';
import type { Transformation } from './types';

const SCRIPT: Record<number, string> = {
  [Kind.Cyrillic]: 'Cyrillic',
  [Kind.Greek]: 'Greek',
  [Kind.Latin]: 'Latin',
};

function shown(unit: number, termLetter: string): string {
  if (unit === ONE) return termLetter === 'i' || termLetter === 'l' ? termLetter : 'i or l';
  return String.fromCharCode(unit);
}

/**
 * Says, in words, how the matched characters were read: which look-alike letter stood for which, which digits
 * for which letters, and that spaces, invisible characters or full-width forms were removed.
 */
export function explain(
  text: string,
  n: Normalized,
  start: number,
  end: number,
  foldedTerm: string,
): Transformation[] {
  const notes: Transformation[] = [];
  const seen = new Set<string>();
  const add = (kind: Transformation['kind'], note: string) => {
    if (seen.has(note)) return;
    seen.add(note);
    notes.push({ kind, note });
  };
  for (let k = start; k < end; k++) {
    const flags = n.flags[k] as number;
    if (!flags) continue;
    const original = text.charAt(n.origin[k] as number);
    const letter = shown(n.units[k] as number, foldedTerm.charAt(k - start));
    if (flags & Flag.Lookalike)
      add(
        'lookalike',
        `${SCRIPT[KIND[original.charCodeAt(0)] as number] ?? 'Look-alike'} "${original}" read as "${letter}"`,
      );
    if (flags & Flag.Leet) add('leet', `"${original}" read as "${letter}"`);
    if (flags & Flag.Spaced) add('spacing', 'spaces or dots between the letters removed');
    if (flags & Flag.Invisible) add('invisible', 'invisible characters inside the word removed');
    if (flags & Flag.FullWidth) add('fullwidth', 'full-width letters read as ordinary letters');
    if (flags & Flag.Styled) add('styled', 'styled (mathematical) letters read as ordinary letters');
    if (flags & Flag.Split) add('split', 'hyphens, dots or symbols inside the word removed');
    if (flags & Flag.Repeated) add('repeated', 'repeated letters read once');
    if (flags & Flag.Translit) add('transliterated', 'Russian written in Latin letters read in Cyrillic');
    if (flags & Flag.Accent) add('accent', 'accents ignored');
  }
  return notes;
}
