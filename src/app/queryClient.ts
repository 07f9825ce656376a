import { QueryClient } from '@tanstack/react-query';

/** Articles are static: once loaded they never go stale during a visit. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, gcTime: 30 * 60 * 1000, refetchOnWindowFocus: false } },
  });
}
