import { queryOptions } from '@tanstack/react-query';
import { pagePaths, type SearchState } from '../site/paths';
import { runSearch } from './searchClient';

/** Searches, keyed by their address: the same search is answered once per visit. */
export const searchQueries = {
  all: () => ['search'] as const,
  results: (state: SearchState, count: number) =>
    queryOptions({
      queryKey: [...searchQueries.all(), pagePaths.search(state), count] as const,
      // A search the reader has typed past is cancelled: it loads no results nobody will see.
      queryFn: ({ signal }) => runSearch(state, count, signal),
      staleTime: Infinity,
      retry: false,
    }),
};
