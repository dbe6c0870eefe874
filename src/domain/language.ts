/**
 * The languages the product speaks, and how a count takes its word in each. Pure and without state, so the
 * domain's own sentences (admissibility checks, grounds) and the interface's catalogues word numbers alike; the
 * language in force lives in `src/shared/i18n`.
 */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** The BCP 47 tag the Intl formatters use: British English dates ("3 Mar 2026"), Russian ("3 мар. 2026 г."). */
export const INTL_TAGS: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU' };

/**
 * The form of a word for a number, `#` standing for the number: English has one and other; Russian also few
 * (2-4, 22-24...) and many (5-20, 25-30...). `pluralIn('ru', 21, { one: '# балл', few: '# балла', many: '# баллов',
 * other: '# балла' })` gives "21 балл".
 */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

export function pluralIn(locale: Locale, n: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(INTL_TAGS[locale])));
  let numbers = numberFormats.get(locale);
  if (!numbers) numberFormats.set(locale, (numbers = new Intl.NumberFormat(INTL_TAGS[locale])));
  const category = rules.select(n);
  const form =
    (category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined) ??
    forms.other;
  return form.replaceAll('#', numbers.format(n));
}
