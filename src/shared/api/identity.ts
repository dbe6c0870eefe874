/** Which demo account this browser is signed in as (shared by its tabs, like a session cookie would be). */
const KEY = 'scd:account';

export function getAccountId(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setAccountId(id: string | null): void {
  try {
    if (id) window.localStorage.setItem(KEY, id);
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage disabled: the account lasts until reload, which the sign-in page explains.
  }
}
