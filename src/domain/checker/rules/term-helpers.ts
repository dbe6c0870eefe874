import type { ClauseRef, RuleTerm } from './rule-types';

/** An English term matched as a whole word (plural -s/-es allowed). */
export const en = (text: string): RuleTerm => ({ text, lang: 'en' });
/** An English root: every word of the term matches as the start of a word ("counterfeit" finds "counterfeited"). */
export const enStem = (text: string): RuleTerm => ({ text, lang: 'en', stem: true });
/** A Russian stem: every word of the term matches as the start of a word ("кастет" finds "кастеты"). */
export const ru = (text: string): RuleTerm => ({ text, lang: 'ru', stem: true });
/** A Russian form matched as a whole word, for stems that would run into unrelated words ("моча" / "мочалка"). */
export const ruWord = (text: string): RuleTerm => ({ text, lang: 'ru' });

export const plp = (clause: string): ClauseRef => ({ policy: 'product-listing-policy', clause });
export const tou = (clause: string): ClauseRef => ({ policy: 'terms-of-use', clause });
