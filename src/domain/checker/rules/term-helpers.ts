import type { ClauseRef, RuleTerm, TermCombo } from './rule-types';

/** An English term matched as a whole word (plural -s/-es allowed). */
export const en = (text: string): RuleTerm => ({ text, lang: 'en' });
/** An English root: every word of the term matches as the start of a word ("counterfeit" finds "counterfeited"). */
export const enStem = (text: string): RuleTerm => ({ text, lang: 'en', stem: true });
/** A Russian stem: every word of the term matches as the start of a word ("кастет" finds "кастеты"). */
export const ru = (text: string): RuleTerm => ({ text, lang: 'ru', stem: true });
/** A Russian form matched as a whole word, for stems that would run into unrelated words ("моча" / "мочалка"). */
export const ruWord = (text: string): RuleTerm => ({ text, lang: 'ru' });

/** An English bare product noun (`head`): blocks only as the item sold ("Glock 17 pistol"), never in a game's blurb. */
export const enHead = (text: string): RuleTerm => ({ text, lang: 'en', head: true });
/** A Russian bare product noun, matched by its stem (`head`): "сигареты", "салюты". */
export const ruHead = (text: string): RuleTerm => ({ text, lang: 'ru', stem: true, head: true });

/** Words that must stand near each other in any order: `combo([en('police'), en('army')], [en('uniform')])`. */
export const combo = (...groups: (readonly RuleTerm[])[]): TermCombo => ({ groups });
/** A combination of bare nouns that blocks only as the item sold. */
export const headCombo = (...groups: (readonly RuleTerm[])[]): TermCombo => ({ groups, head: true });

export const plp = (clause: string): ClauseRef => ({ policy: 'product-listing-policy', clause });
export const tou = (clause: string): ClauseRef => ({ policy: 'terms-of-use', clause });
/** A clause of the Shill Purchases policy (`src/domain/policies/catalog-conduct.ts`). */
export const shill = (clause: string): ClauseRef => ({ policy: 'shill-purchases', clause });

/** A term in the language its script says: Cyrillic words are Russian stems, anything else English. */
export const termFor = (text: string): RuleTerm => (/[а-яё]/i.test(text) ? ru(text) : en(text));
