import type { TermRule } from './rule-types';
import { IP_CONTENT_RULES } from './term-rules-ip-content';
import { PROHIBITED_RULES } from './term-rules-prohibited';

export type { Brand, ClauseRef, RuleCategory, RuleTerm, Severity, TermRule } from './rule-types';
export { BRANDS } from './brands';
export { COMPAT_WORDS, NO_COMPAT_CATEGORIES } from './compat-words';
export { IP_CONTENT_RULES } from './term-rules-ip-content';
export { PROHIBITED_RULES } from './term-rules-prohibited';

/** Every term rule of the listing checker, prohibited goods first. */
export const TERM_RULES: readonly TermRule[] = [...PROHIBITED_RULES, ...IP_CONTENT_RULES];
