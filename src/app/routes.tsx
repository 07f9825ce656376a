import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../components/NotFoundPage';
import { ArticleRoute, articleLoader } from '../routes/articleRoute';
import { HomeRoute, homeLoader } from '../routes/homeRoute';
import { notFoundLoader } from '../routes/notFound';
import { RouteError } from '../routes/RouteError';
import { SavedRoute } from '../routes/savedRoute';
import { routePatterns } from '../site/paths';
import { RootLayout } from './RootLayout';

/** The route objects, shared by the browser router, the prerenderer and the tests. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      element: <RootLayout />,
      // Last resort, should the layout itself fail: the page without its frame.
      errorElement: <RouteError />,
      children: [
        {
          // Errors of any page show inside the layout, with header and footer.
          id: 'pages',
          errorElement: <RouteError />,
          hydrateFallbackElement: <p aria-busy="true" />,
          children: [
            { id: 'home', index: true, loader: homeLoader(queryClient), element: <HomeRoute /> },
            // `/seite/2`: further pages of the collection index.
            {
              id: 'home-page',
              path: routePatterns.indexPage,
              loader: homeLoader(queryClient),
              element: <HomeRoute />,
            },
            {
              id: 'article',
              path: routePatterns.article,
              loader: articleLoader(queryClient),
              element: <ArticleRoute />,
            },
            // Search, archive and briefing load their code when first opened: the article's does not grow.
            {
              id: 'search',
              path: routePatterns.search,
              lazy: async () => {
                const route = await import('../routes/searchRoute');
                return {
                  loader: route.searchLoader(queryClient),
                  shouldRevalidate: route.searchShouldRevalidate,
                  Component: route.SearchRoute,
                };
              },
            },
            {
              id: 'archive-year',
              path: routePatterns.archiveYear,
              lazy: async () => {
                const route = await import('../routes/archiveRoute');
                return {
                  loader: route.archiveYearLoader(queryClient),
                  Component: route.ArchiveYearRoute,
                };
              },
            },
            {
              id: 'archive-month',
              path: routePatterns.archiveMonth,
              lazy: async () => {
                const route = await import('../routes/archiveRoute');
                return {
                  loader: route.archiveMonthLoader(queryClient),
                  Component: route.ArchiveMonthRoute,
                };
              },
            },
            {
              id: 'briefing',
              path: routePatterns.briefing,
              lazy: async () => {
                const route = await import('../routes/briefingRoute');
                return {
                  loader: route.briefingLoader(queryClient),
                  Component: route.BriefingRoute,
                };
              },
            },
            // The reader's saved articles: rendered in the browser only (the server sends the app shell).
            { id: 'saved', path: routePatterns.saved, element: <SavedRoute /> },
            // Its loader always throws the 404, which the boundary above shows as NotFoundPage.
            { id: 'not-found', path: '*', loader: notFoundLoader, element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}
