import { useState } from 'react';

function read<T>(key: string, parse: (raw: unknown) => T | null): T | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? null : parse(JSON.parse(raw));
  } catch {
    return null;
  }
}

/**
 * Form state kept in this browser as the user types, so that a reload, a crash or a closed tab loses nothing.
 * `parse` checks what was stored (it may come from an older version of the app) and returns null to ignore it.
 */
export function useStoredDraft<T>(key: string, parse: (raw: unknown) => T | null, empty: T) {
  const [stored] = useState(() => read(key, parse));
  const [value, setValue] = useState<T>(stored ?? empty);
  const [touched, setTouched] = useState(false);
  return {
    value,
    /** True while the form shows a draft from an earlier visit that has not been changed since. */
    restored: stored !== null && !touched,
    set(next: T) {
      setValue(next);
      setTouched(true);
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Storage full or off: the text still lives in the form.
      }
    },
    /** Forgets the stored draft (after a successful submit, or when the user discards it). */
    clear() {
      setValue(empty);
      setTouched(true);
      try {
        window.localStorage.removeItem(key);
      } catch {
        // nothing stored
      }
    },
  };
}
