import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import type { Account, Role } from '@/shared/api/schemas';
import { requireSession } from './root-loader';

export type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;

/** The layout's loader: the signed-in session, which the layout reads. */
export function rootLoader(queryClient: QueryClient): Loader {
  return ({ request }) => requireSession(request, queryClient);
}

/**
 * A page's loader: checks the signed-in account's role (403 page when it does not fit), then warms the
 * query cache for the page so components read it without loading branches.
 */
export function guarded(
  queryClient: QueryClient,
  role: Role | 'any',
  warm?: (args: LoaderFunctionArgs, account: Account) => Promise<unknown>,
): Loader {
  return async (args) => {
    const { account } = await requireSession(args.request, queryClient);
    if (role !== 'any' && account.role !== role) {
      throw data({ role: account.role, needed: role }, { status: 403, statusText: 'Not allowed' });
    }
    if (warm) await warm(args, account);
    return null;
  };
}
