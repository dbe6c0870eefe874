/**
 * The languages the complaint rules can explain themselves in (the interface languages). The rules' prose is
 * English unless a caller asks for another.
 */
export type TextLanguage = 'en' | 'ru';

const russianRules = new Intl.PluralRules('ru-RU');

/** A count with its Russian noun: forms for 1 (21, 31...), for 2-4 (22-24...) and for the rest (5-20...). */
export function ruPlural(n: number, [one, few, many]: readonly [string, string, string]): string {
  const category = russianRules.select(n);
  return `${n} ${category === 'one' ? one : category === 'many' ? many : few}`;
}
