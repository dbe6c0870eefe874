import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/shared/api/api-error';

/** The one place for query defaults. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retry only what may pass next time (network, 5xx), and only once: the error panel offers a manual retry.
        retry: (count, error) => count < 1 && isApiError(error) && error.isTransient,
        refetchOnWindowFocus: false,
      },
    },
  });
}
