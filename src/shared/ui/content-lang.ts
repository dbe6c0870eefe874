import { useLocale } from '@/shared/i18n/locale';

/**
 * The `lang` for a block of English content (policy text, checker reasons) shown inside the interface: "en" when
 * the interface is in another language, so screen readers switch voice; nothing when it is already English.
 */
export function useEnglishContentLang(): 'en' | undefined {
  return useLocale() === 'en' ? undefined : 'en';
}
