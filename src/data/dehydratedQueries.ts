import type { DehydratedState } from '@tanstack/react-query';
import { articleQueries } from './articleQueries';
import { InvalidDataError, validateArticle, validateIndexPage } from './validate';

type Json = Record<string, unknown>;
type DehydratedQuery = DehydratedState['queries'][number];

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The validator for the data of a query the app's factory made, by its key; null for others. */
function validatorFor(key: readonly unknown[]): ((value: unknown) => unknown) | null {
  const [scope, kind] = key;
  if (scope !== articleQueries.all()[0]) return null;
  if (kind === 'detail') return validateArticle;
  if (kind === 'list') return validateIndexPage;
  return null;
}

/**
 * React Query's cache as a prerendered page hands it over, checked like fetched JSON before it
 * enters the query cache: every article and index page is validated; a query of any other kind,
 * or one that did not succeed, is left out (the app fetches it when it needs it).
 */
export function validateDehydratedQueries(value: unknown): DehydratedState {
  if (!isRecord(value) || !Array.isArray(value.queries))
    throw new InvalidDataError('queries', 'ein Objekt mit einer Liste von Abfragen');
  const queries = value.queries.flatMap((query: unknown, i) => {
    const path = `queries[${i}]`;
    if (!isRecord(query) || !Array.isArray(query.queryKey) || typeof query.queryHash !== 'string')
      throw new InvalidDataError(path, 'eine Abfrage mit Schlüssel');
    const validate = validatorFor(query.queryKey);
    const state = query.state;
    if (!validate || !isRecord(state) || state.status !== 'success') return [];
    // React Query's own bookkeeping (times, status) passes as it is; the data is ours to check.
    const given: unknown = query;
    const bookkeeping = (given as DehydratedQuery).state;
    const checked: DehydratedQuery = {
      ...(given as DehydratedQuery),
      queryKey: query.queryKey,
      queryHash: query.queryHash,
      state: { ...bookkeeping, data: validate(state.data) },
    };
    return [checked];
  });
  return { mutations: [], queries };
}
