/** Which demo account this browser is signed in as (shared by its tabs, like a session cookie would be). */
const KEY = 'scd:account';

export function getAccountId(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Calls back when another tab of this browser signs in as someone else (or signs out). */
export function onAccountChangedElsewhere(listener: () => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === KEY) listener();
  });
}

export function setAccountId(id: string | null): void {
  try {
    if (id) window.localStorage.setItem(KEY, id);
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage disabled: the account lasts until reload, which the sign-in page explains.
  }
}
