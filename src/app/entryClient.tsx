import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import {
  createBrowserRouter,
  matchRoutes,
  RouterProvider,
  UNSAFE_ErrorResponseImpl as ErrorResponse,
} from 'react-router';
import { applySavedPreferences, sharePreferencesWithServiceWorker } from './readerPreferenceStore';
import { pageDataElementId, parsePageData, type PageData } from './hydrationData';
import { createQueryClient } from './queryClient';
import { createRoutes } from './routes';
import { registerServiceWorker } from './serviceWorker';

// With its closing slash: a link to the home page is then `/lesezeit/`, inside the service
// worker's scope, not `/lesezeit`, which is outside it.
const basename = import.meta.env.BASE_URL;

/**
 * The data of a prerendered page, when this page is one and was rendered for this very URL, and
 * its data is what the app expects (otherwise the app renders and fetches it afresh).
 */
function readPageData(): PageData | null {
  const element = document.getElementById(pageDataElementId);
  if (!element?.textContent) return null;
  try {
    const data = parsePageData(JSON.parse(element.textContent));
    // The query is not part of what was prerendered: `/suche?q=…` hydrates the empty search page,
    // which reads its query once hydrated.
    const rendered = data.location.replace(/\?.*$/, '');
    return rendered === window.location.pathname || data.notFound ? data : null;
  } catch {
    return null;
  }
}

// A page from the service worker carries the reader's saved theme and text size from its first
// paint; any other page gets them now, and the service worker a copy for the next one.
if (applySavedPreferences()) void sharePreferencesWithServiceWorker();

const queryClient = createQueryClient();
const pageData = readPageData();
if (pageData) hydrate(queryClient, pageData.queries);

/**
 * Starts the app. A lazy route's code must be there before a prerendered page of it hydrates (else
 * the router would render its fallback first, and React would find other HTML than the server's).
 * Not a top-level await: the route's module imports this one, which must finish first.
 */
async function start(): Promise<void> {
  const routes = createRoutes(queryClient);
  await Promise.all(
    (matchRoutes(routes, window.location, basename) ?? []).map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, { ...(await route.lazy()), lazy: undefined });
    }),
  );

  const router = createBrowserRouter(routes, {
    basename,
    hydrationData: pageData
      ? {
          loaderData: pageData.loaderData,
          errors: pageData.errors
            ? Object.fromEntries(
                Object.entries(pageData.errors).map(([id, e]) => [
                  id,
                  new ErrorResponse(e.status, e.statusText, e.data),
                ]),
              )
            : null,
        }
      : undefined,
  });

  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>
  );

  const container = document.getElementById('root');
  if (container) {
    if (pageData && container.hasChildNodes()) hydrateRoot(container, app);
    else createRoot(container).render(app);
  }
}

void start();
registerServiceWorker();
