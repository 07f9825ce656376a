import type { DehydratedState } from '@tanstack/react-query';

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
