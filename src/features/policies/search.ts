import type { PolicyDetail } from '@/shared/api/schemas';

/** Lower case without accents, so "Règle" finds "regle" and "ё" finds "е". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ё/g, 'е').toLowerCase();
}

export function queryWords(query: string): string[] {
  return [
    ...new Set(
      fold(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 0),
    ),
  ].slice(0, 8);
}

export interface PolicyHit {
  policy: PolicyDetail;
  score: number;
  /** Clauses whose title, explanation or examples mention a query word. */
  clauses: { id: string; title: string; text: string }[];
  /** Examples (allowed or not) that mention a query word. */
  examples: { text: string; allowed: boolean }[];
}

const has = (text: string, word: string) => fold(text).includes(word);

/**
 * Policies where every query word appears somewhere (title, summary, clauses or examples), best first: a word in
 * the title weighs most, then the summary, clause titles, examples and explanations.
 */
export function searchPolicies(policies: readonly PolicyDetail[], query: string): PolicyHit[] {
  const words = queryWords(query);
  if (words.length === 0) return policies.map((policy) => ({ policy, score: 0, clauses: [], examples: [] }));
  const hits: PolicyHit[] = [];
  for (const policy of policies) {
    const examples = [
      ...(policy.examples?.allowed ?? []).map((text) => ({ text, allowed: true })),
      ...(policy.examples?.notAllowed ?? []).map((text) => ({ text, allowed: false })),
      ...policy.clauses.flatMap((c) => [
        ...c.allowed.map((text) => ({ text, allowed: true })),
        ...c.notAllowed.map((text) => ({ text, allowed: false })),
      ]),
    ];
    const clauseText = (c: PolicyDetail['clauses'][number]) =>
      [c.title, c.explanation, ...c.allowed, ...c.notAllowed].join(' ');
    const everything = [
      policy.title,
      policy.summary,
      ...policy.clauses.map(clauseText),
      ...examples.map((e) => e.text),
    ].join(' ');
    if (!words.every((w) => has(everything, w))) continue;
    let score = 0;
    for (const w of words) {
      if (has(policy.title, w)) score += 10;
      if (has(policy.summary, w)) score += 5;
      if (policy.clauses.some((c) => has(c.title, w))) score += 3;
      if (examples.some((e) => has(e.text, w))) score += 2;
      if (policy.clauses.some((c) => has(c.explanation, w))) score += 1;
    }
    hits.push({
      policy,
      score,
      clauses: policy.clauses
        .filter((c) => words.some((w) => has(clauseText(c), w)))
        .map((c) => ({ id: c.id, title: c.title, text: c.explanation })),
      examples: examples.filter((e) => words.some((w) => has(e.text, w))),
    });
  }
  return hits.sort((a, b) => b.score - a.score || a.policy.title.localeCompare(b.policy.title));
}

/** Cuts a text into plain and matching runs, for marking the query words; the runs are rendered as text. */
export function splitMatches(text: string, words: readonly string[]): { text: string; match: boolean }[] {
  if (words.length === 0) return [{ text, match: false }];
  // Folding keeps one character per character for the scripts used here, so offsets carry over; if it ever
  // does not, mark nothing rather than the wrong letters.
  const folded = fold(text);
  if (folded.length !== text.length) return [{ text, match: false }];
  const marks = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    for (let i = folded.indexOf(word); i !== -1; i = folded.indexOf(word, i + 1)) {
      for (let j = i; j < i + word.length; j++) marks[j] = true;
    }
  }
  const runs: { text: string; match: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.match === marks[i]) last.text += text[i];
    else runs.push({ text: text[i] as string, match: marks[i] as boolean });
  }
  return runs;
}
