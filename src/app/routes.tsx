import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { HomeRoute, homeLoader } from '../routes/homeRoute';

/** The route objects, shared by the browser router, the prerenderer and the tests. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [{ path: '/', loader: homeLoader(queryClient), element: <HomeRoute /> }];
}
