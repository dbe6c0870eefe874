import type { QueryClient } from '@tanstack/react-query';
import { redirect } from 'react-router';
import { accountsQuery, sessionQuery } from '@/features/session/queries';
import { getAccountId, setAccountId } from '@/shared/api/identity';
import type { Session } from '@/shared/api/schemas';

/**
 * A request's URL has no fragment, but a shared link's `#clause` must survive the sign-in redirects: on the
 * first load it is still in the address bar.
 */
function hashOf(url: URL): string {
  if (typeof window === 'undefined') return '';
  const here = new URL(window.location.href);
  return here.pathname === url.pathname ? here.hash : '';
}

function toSignIn(url: URL, unknown?: string): never {
  const params = new URLSearchParams({ next: `${url.pathname}${url.search}${hashOf(url)}` });
  if (unknown) params.set('unknown', unknown);
  throw redirect(`/sign-in?${params}`);
}

/**
 * Resolves who is signed in, for every loader of the app (they run in parallel, so each asks; the query
 * cache answers them all with one request). `?as=<account>` on any URL signs in as that account and is then
 * dropped from the address; an unknown or missing account goes to the sign-in page.
 */
export async function requireSession(request: Request, queryClient: QueryClient): Promise<Session> {
  const url = new URL(request.url);
  const as = url.searchParams.get('as');
  if (as !== null) {
    if (as.trim() !== getAccountId()) {
      setAccountId(as.trim() || null);
      queryClient.clear();
    }
    url.searchParams.delete('as');
    throw redirect(`${url.pathname}${url.search}${hashOf(url)}`);
  }
  const accountId = getAccountId();
  if (!accountId) toSignIn(url);
  // Checked against the public account list first, so an unknown id never reaches an authenticated call.
  const accounts = await queryClient.ensureQueryData(accountsQuery());
  if (!accounts.some((account) => account.id === accountId)) {
    setAccountId(null);
    toSignIn(url, accountId);
  }
  return queryClient.ensureQueryData(sessionQuery());
}
