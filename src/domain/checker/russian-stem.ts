/**
 * The Snowball Russian stemmer (snowballstem.org/algorithms/russian), written out with regular expressions so
 * the checker carries a few hundred bytes instead of a multi-language stemming library. A unit test compares it
 * word for word with the reference JavaScript port from the registry (`snowball-stemmers`, a dev dependency).
 *
 * Input: one lower-case word; "ё" is read as "е". Words with letters outside the Russian alphabet come back as
 * they are.
 */
const VOWELS = 'аеиоуыэюя';
const RUSSIAN = /^[а-яё]+$/;

// Each ending list is tried longest first: the regex engine finds the leftmost (so the longest) suffix.
const PERFECTIVE_GERUND = /(?:(?<=[ая])(?:вшись|вши|в)|(?:ившись|ывшись|ивши|ывши|ив|ыв))$/;
const REFLEXIVE = /(?:ся|сь)$/;
const ADJECTIVE = /(?:ими|ыми|его|ого|ему|ому|ее|ие|ые|ое|ей|ий|ый|ой|ем|им|ым|ом|их|ых|ую|юю|ая|яя|ою|ею)$/;
const PARTICIPLE = /(?:(?:ивш|ывш|ующ)|(?<=[ая])(?:ем|нн|вш|ющ|щ))$/;
const VERB =
  /(?:(?:ейте|уйте|ила|ыла|ена|ите|или|ыли|ило|ыло|ено|ует|уют|ены|ить|ыть|ишь|ей|уй|ил|ыл|им|ым|ен|ят|ит|ыт|ую|ю)|(?<=[ая])(?:ете|йте|ешь|нно|ла|на|ли|ем|ло|но|ет|ют|ны|ть|й|л|н))$/;
const NOUN =
  /(?:иями|ями|ами|ией|иям|ием|иях|ев|ов|ие|ье|еи|ии|ей|ой|ий|ям|ем|ам|ом|ах|ях|ию|ью|ия|ья|а|е|и|й|о|у|ы|ь|ю|я)$/;
const SUPERLATIVE = /(?:ейше|ейш)$/;

function isVowel(c: string): boolean {
  return VOWELS.includes(c);
}

/** RV: after the first vowel. R2: R1 of R1, where R1 starts after the first non-vowel that follows a vowel. */
function regions(word: string): { rv: number; r2: number } {
  let rv = word.length;
  for (let i = 0; i < word.length; i++) {
    if (isVowel(word.charAt(i))) {
      rv = i + 1;
      break;
    }
  }
  const r1Of = (from: number): number => {
    for (let i = from + 1; i < word.length; i++)
      if (!isVowel(word.charAt(i)) && isVowel(word.charAt(i - 1))) return i + 1;
    return word.length;
  };
  const r1 = r1Of(0);
  return { rv, r2: r1 < word.length ? r1Of(r1) : word.length };
}

/** Removes the ending `pattern` finds, if it lies inside the region; returns the shorter word or null. */
function strip(word: string, from: number, pattern: RegExp): string | null {
  const region = word.slice(from);
  const match = pattern.exec(region);
  if (!match || match[0].length === 0) return null;
  return word.slice(0, word.length - match[0].length);
}

const cache = new Map<string, string>();

export function russianStem(input: string): string {
  let stem = cache.get(input);
  if (stem === undefined) {
    // Listings repeat their words: a bounded cache keeps the checker's hot path free of regular expressions.
    if (cache.size > 50_000) cache.clear();
    stem = stemWord(input);
    cache.set(input, stem);
  }
  return stem;
}

function stemWord(input: string): string {
  const word = input.replace(/ё/g, 'е');
  if (!RUSSIAN.test(word)) return input;
  const { rv, r2 } = regions(word);
  if (rv >= word.length) return word;

  // Step 1: a perfective gerund, or else (after a reflexive ending) an adjectival, verb or noun ending.
  let stem = strip(word, rv, PERFECTIVE_GERUND);
  if (stem === null) {
    stem = strip(word, rv, REFLEXIVE) ?? word;
    const adjective = strip(stem, rv, ADJECTIVE);
    if (adjective !== null) stem = strip(adjective, rv, PARTICIPLE) ?? adjective;
    else stem = strip(stem, rv, VERB) ?? strip(stem, rv, NOUN) ?? stem;
  }
  // Step 2: a final "и".
  if (stem.length - 1 >= rv && stem.endsWith('и')) stem = stem.slice(0, -1);
  // Step 3: a derivational ending ("ость", "ост") inside R2.
  {
    const derivational = strip(stem, r2, /(?:ость|ост)$/);
    if (derivational !== null) stem = derivational;
  }
  // Step 4: undouble "н", or a superlative ending then undouble "н", or a final soft sign.
  const doubleN = (s: string) => s.length - 2 >= rv && s.endsWith('нн');
  if (doubleN(stem)) stem = stem.slice(0, -1);
  else {
    const superlative = strip(stem, rv, SUPERLATIVE);
    if (superlative !== null) {
      stem = superlative;
      if (doubleN(stem)) stem = stem.slice(0, -1);
    } else if (stem.length - 1 >= rv && stem.endsWith('ь')) stem = stem.slice(0, -1);
  }
  return stem;
}
