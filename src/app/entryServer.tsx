import { dehydrate, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import {
  createStaticHandler,
  createStaticRouter,
  isRouteErrorResponse,
  StaticRouterProvider,
} from 'react-router';
import { pageDataElementId, type PageData, type SerializedRouteError } from './hydrationData';
import { createQueryClient } from './queryClient';
import { createRoutes } from './routes';

export type RenderedPage = { status: number; html: string; dataScript: string };

/** `</script>` and friends must not end the JSON script early; escape `<` everywhere. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function serializeErrors(
  errors: Record<string, unknown> | null,
): Record<string, SerializedRouteError> | null {
  if (!errors) return null;
  return Object.fromEntries(
    Object.entries(errors).map(([id, error]) => [
      id,
      isRouteErrorResponse(error)
        ? { status: error.status, statusText: error.statusText, data: error.data }
        : { status: 500, statusText: 'Internal Server Error', data: null },
    ]),
  );
}

/**
 * The dehydrated cache without the clock: React Query stamps each query with the time it was
 * fetched and dehydrated, which would make every build of the same sources differ in every page.
 * With `staleTime: Infinity` the client never reads these times; 0 means "as old as the build".
 */
function withoutTimes(state: DehydratedState): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) => ({
      ...query,
      dehydratedAt: 0,
      state: { ...query.state, dataUpdatedAt: 0, errorUpdatedAt: 0 },
    })),
  };
}

/**
 * Renders one URL of the app to HTML with the data router's static handler. The loaders run as in
 * the browser (their fetches are answered by whoever calls this); their data goes into the page
 * as a JSON script, so the client hydrates without a second request and without an inline script.
 */
export async function renderPage(url: string): Promise<RenderedPage> {
  const queryClient = createQueryClient();
  // With its closing slash: a link to the home page is then `/lesezeit/`, inside the service
  // worker's scope, not `/lesezeit`, which is outside it.
  const basename = import.meta.env.BASE_URL;
  const handler = createStaticHandler(createRoutes(queryClient), { basename });
  const request = new Request(url);
  const context = await handler.query(request);
  if (context instanceof Response) {
    throw new Error(
      `Rendering ${url} answered with a redirect to ${context.headers.get('Location')}`,
    );
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>,
  );
  const { pathname, search } = new URL(url);
  const data: PageData = {
    location: pathname + search,
    notFound: context.statusCode === 404,
    queries: withoutTimes(dehydrate(queryClient)),
    loaderData: context.loaderData,
    errors: serializeErrors(context.errors),
  };
  queryClient.clear();
  return {
    status: context.statusCode,
    html,
    dataScript: `<script type="application/json" id="${pageDataElementId}">${jsonForScript(data)}</script>`,
  };
}
