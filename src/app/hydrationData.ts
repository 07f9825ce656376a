import type { DehydratedState } from '@tanstack/react-query';
import { validateDehydratedQueries } from '../data/dehydratedQueries';
import { InvalidDataError } from '../data/validate';

/** The id of the JSON script that carries a prerendered page's data to the client. */
export const pageDataElementId = 'lesezeit-data';

/** A route error as it travels in the page: enough to rebuild a 404 or 500 on the client. */
export type SerializedRouteError = { status: number; statusText: string; data: unknown };

/** What a prerendered page hands to the client so it can hydrate without fetching again. */
export type PageData = {
  /** The path and search the page was rendered for. */
  location: string;
  /** The 404 page: it is served for any unknown URL and hydrates wherever it is. */
  notFound: boolean;
  /** React Query's dehydrated cache. */
  queries: DehydratedState;
  /** The router's loader data and route errors by route id. */
  loaderData: Record<string, unknown>;
  errors: Record<string, SerializedRouteError> | null;
};

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function routeErrors(value: unknown): PageData['errors'] {
  if (value === null) return null;
  if (!isRecord(value)) throw new InvalidDataError('errors', 'ein Objekt');
  return Object.fromEntries(
    Object.entries(value).map(([id, error]) => {
      if (
        !isRecord(error) ||
        typeof error.status !== 'number' ||
        typeof error.statusText !== 'string'
      )
        throw new InvalidDataError(`errors.${id}`, 'ein Fehler mit Status');
      return [id, { status: error.status, statusText: error.statusText, data: error.data }];
    }),
  );
}

/**
 * The data embedded in a prerendered page, checked at the boundary like fetched JSON: its
 * queries (articles, index pages) are validated before they enter the query cache. Throws
 * InvalidDataError for data that is not what the prerenderer writes.
 */
export function parsePageData(value: unknown): PageData {
  if (!isRecord(value)) throw new InvalidDataError('page', 'ein Objekt');
  if (typeof value.location !== 'string') throw new InvalidDataError('page.location', 'Text');
  if (typeof value.notFound !== 'boolean')
    throw new InvalidDataError('page.notFound', 'ja oder nein');
  if (!isRecord(value.loaderData)) throw new InvalidDataError('page.loaderData', 'ein Objekt');
  return {
    location: value.location,
    notFound: value.notFound,
    queries: validateDehydratedQueries(value.queries),
    loaderData: value.loaderData,
    errors: routeErrors(value.errors),
  };
}
