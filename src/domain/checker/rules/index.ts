import type { TermRule } from './rule-types';
import { CONDUCT_RULES } from './term-rules-conduct';
import { IP_CONTENT_RULES } from './term-rules-ip-content';
import { PROHIBITED_RULES } from './term-rules-prohibited';

export type { Brand, ClauseRef, RuleCategory, RuleTerm, Severity, TermRule } from './rule-types';
export { BRANDS } from './brands';
export { COMPAT_WORDS, NO_COMPAT_CATEGORIES } from './compat-words';
export { CONDUCT_RULES } from './term-rules-conduct';
export { IP_CONTENT_RULES } from './term-rules-ip-content';
export { PROHIBITED_RULES } from './term-rules-prohibited';

/** Every term rule of the listing checker: prohibited goods first, then IP and content, then conduct. */
export const TERM_RULES: readonly TermRule[] = [...PROHIBITED_RULES, ...IP_CONTENT_RULES, ...CONDUCT_RULES];
