import { useId } from 'react';
import { uiMessages } from './messages';
import { isLocale, LOCALE_NAMES, LOCALES, setLocale, useLocale } from '@/shared/i18n/locale';

/** Picks the interface language; the choice is remembered in this browser and followed by its other tabs. */
export function LanguageSwitch() {
  const locale = useLocale();
  const m = uiMessages.use();
  const id = useId();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id}>{m.language}</label>
      <select
        id={id}
        className="rounded-md border border-slate-400 bg-white px-2 py-1"
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
