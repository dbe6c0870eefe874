import { useSyncExternalStore } from 'react';
import { LOCALES, type Locale } from '@/domain/language';

/** The interface languages (English is the default); the choice is remembered in this browser. */
export { INTL_TAGS, LOCALES, type Locale } from '@/domain/language';

/** Each language named in itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский' };

export const LOCALE_KEY = 'scd:locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function readStored(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_KEY);
    return isLocale(stored) ? stored : 'en';
  } catch {
    return 'en';
  }
}

let current: Locale = readStored();
const listeners = new Set<() => void>();

/** The language in force, for code outside React (formatters, loaders). Components use `useLocale`. */
export function getLocale(): Locale {
  return current;
}

/** Switches the interface language, remembers it, and tells the page (`<html lang>`) and every subscriber. */
export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  try {
    globalThis.localStorage?.setItem(LOCALE_KEY, locale);
  } catch {
    // Storage can be full or blocked; the switch still holds for this page.
  }
  syncDocumentLanguage();
  for (const listener of listeners) listener();
}

/** Keeps `<html lang>` true to the interface, so screen readers pronounce it in the right language. */
export function syncDocumentLanguage(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language in force; the component renders again when it changes. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, getLocale, getLocale);
}

/** Another tab switched language: follow it, so two tabs of one browser never disagree. */
export function followOtherTabs(): () => void {
  if (typeof window === 'undefined') return () => {};
  const onStorage = (event: StorageEvent) => {
    if (event.key === LOCALE_KEY && isLocale(event.newValue)) setLocale(event.newValue);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
