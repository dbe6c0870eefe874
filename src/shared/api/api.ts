import { createApiClient } from './client';
import { getAccountId } from './identity';

/** The app's one API client. */
export const api = createApiClient({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  getAccountId,
});
