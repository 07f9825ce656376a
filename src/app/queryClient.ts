import { QueryClient } from '@tanstack/react-query';

/** Offline, a failed request is not tried again and again: the offline page shows at once. */
const retryDelay = (failures: number) =>
  typeof navigator !== 'undefined' && !navigator.onLine
    ? 0
    : Math.min(1000 * 2 ** failures, 30_000);

/**
 * Articles are static: once loaded they never go stale during a visit. Requests go out even when
 * the browser says it is offline (`networkMode: 'always'`): the service worker may have the answer.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 30 * 60 * 1000,
        refetchOnWindowFocus: false,
        networkMode: 'always',
        retryDelay,
      },
    },
  });
}
