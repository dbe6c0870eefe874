import { createApiClient } from './client';
import { getAccountId } from './identity';

let timeoutMs = 15_000;

/** How long the app waits for any answer before it says the server took too long (the demo can shorten it). */
export function setRequestTimeout(ms: number): void {
  timeoutMs = ms;
}

/** The app's one API client. */
export const api = createApiClient({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  getAccountId,
  timeoutMs: () => timeoutMs,
});
