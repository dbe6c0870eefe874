import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { sessionQuery } from '@/features/session/queries';
import { isApiError } from '@/shared/api/api-error';
import { getAccountId, setAccountId } from '@/shared/api/identity';

/** `?as=<account>` on any URL signs in as that account, then drops the parameter from the address. */
export function signInFromUrl(request: Request, queryClient: QueryClient): void {
  const url = new URL(request.url);
  const as = url.searchParams.get('as');
  if (as === null) return;
  setAccountId(as.trim() || null);
  queryClient.clear();
  url.searchParams.delete('as');
  throw redirect(`${url.pathname}${url.search}${url.hash}`);
}

function toSignIn(url: URL, unknown?: string): never {
  const params = new URLSearchParams({ next: `${url.pathname}${url.search}` });
  if (unknown) params.set('unknown', unknown);
  throw redirect(`/sign-in?${params}`);
}

export function rootLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    signInFromUrl(request, queryClient);
    const url = new URL(request.url);
    const accountId = getAccountId();
    if (!accountId) toSignIn(url);
    try {
      return await queryClient.ensureQueryData(sessionQuery());
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        setAccountId(null);
        toSignIn(url, accountId ?? undefined);
      }
      throw error;
    }
  };
}
