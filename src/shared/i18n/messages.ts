import type { ReactNode } from 'react';
import { pluralIn, type PluralForms } from '@/domain/language';
import { getLocale, useLocale, type Locale } from './locale';

export type { PluralForms };

/**
 * Interface text, per feature: each feature keeps an English catalogue and a Russian one beside its code
 * (`messages.ts`), so a page's words load with the page. The Russian catalogue must have every key of the
 * English one with the same parameters; the type checker refuses one that falls behind.
 *
 * A message is a string, or a function of its values when it needs numbers, names or plurals.
 */
type Message = string | ((...args: never[]) => ReactNode);
export interface Catalog {
  readonly [key: string]: Message | Catalog;
}

/** What another language must provide for an English catalogue: the same keys, any wording. */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => infer R
      ? (...args: A) => R
      : Translation<T[K]>;
};

export interface Messages<T> {
  /** The catalogue in the current language; the component renders again when the language changes. */
  use(): Translation<T>;
  /** The catalogue in the current language (or the one given), for code outside components. */
  get(locale?: Locale): Translation<T>;
}

interface Registered {
  name: string;
  catalogs: Record<Locale, Catalog>;
}
/** Every catalogue defined so far, for the completeness test. */
export const registry: Registered[] = [];

export function defineMessages<T extends Catalog>(
  name: string,
  en: T,
  ru: NoInfer<Translation<T>>,
): Messages<T> {
  // English is its own translation: the same keys, with its literal strings widened.
  const catalogs: Record<Locale, Translation<T>> = { en: en as unknown as Translation<T>, ru };
  registry.push({ name, catalogs: catalogs as Record<Locale, Catalog> });
  return {
    use: () => catalogs[useLocale()],
    get: (locale = getLocale()) => catalogs[locale],
  };
}

/** The form of a word for a number in the language in force (or the one given); see `pluralIn`. */
export function plural(n: number, forms: PluralForms, locale: Locale = getLocale()): string {
  return pluralIn(locale, n, forms);
}
