import { queryOptions } from '@tanstack/react-query';
import { dataPaths, under } from '../site/paths';
import { validateArticle, validateIndexPage } from './validate';

/** Thrown for a response that is not OK; the route's error boundary turns 404 into a real page. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`HTTP ${status} for ${url}`);
    this.name = 'HttpError';
  }
}

/** The base URL the app is served under (`/` or a sub-path such as `/lesezeit/`). */
const base = import.meta.env.BASE_URL;

export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new HttpError(response.status, url);
  return response.json();
}

export const isNotFound = (error: unknown) => error instanceof HttpError && error.status === 404;

/** The one factory for article queries: every key and URL lives here. */
export const articleQueries = {
  all: () => ['articles'] as const,
  list: (page = 1) =>
    queryOptions({
      queryKey: [...articleQueries.all(), 'list', page] as const,
      queryFn: async () =>
        validateIndexPage(await fetchJson(under(base, dataPaths.indexPage(page)))),
      staleTime: Infinity,
      retry: (count, error) => !isNotFound(error) && count < 2,
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...articleQueries.all(), 'detail', slug] as const,
      queryFn: async () => validateArticle(await fetchJson(under(base, dataPaths.article(slug)))),
      staleTime: Infinity,
      retry: (count, error) => !isNotFound(error) && count < 2,
    }),
};
