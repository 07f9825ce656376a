import { dehydrate, hydrate, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import {
  createMemoryRouter,
  createStaticHandler,
  createStaticRouter,
  RouterProvider,
  StaticRouterProvider,
} from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../src/app/routes';
import { toListItem } from '../../src/content/collection';
import { validateArticle } from '../../src/data/validate';
import reference from '../fixtures/reference.json';

const article = validateArticle(reference);
const files: Record<string, unknown> = {
  '/data/index/1.json': { page: 1, pageCount: 1, total: 1, items: [toListItem(article)] },
  [`/data/artikel/${article.slug}.json`]: article,
};

const newQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false, retryDelay: 0 } } });

/** What the prerenderer does: run the loaders, render to HTML, hand over the data. */
async function renderOnServer(path: string) {
  const queryClient = newQueryClient();
  const handler = createStaticHandler(createRoutes(queryClient));
  const context = await handler.query(new Request(`http://localhost${path}`));
  if (context instanceof Response) throw new Error('unexpected redirect');
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </QueryClientProvider>,
  );
  return {
    html,
    status: context.statusCode,
    queries: dehydrate(queryClient),
    loaderData: context.loaderData,
    errors: context.errors,
  };
}

let root: Root | null = null;
let container: HTMLElement;

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const body = files[String(input)];
      return body === undefined
        ? new Response('', { status: 404 })
        : new Response(JSON.stringify(body));
    }),
  );
  vi.stubGlobal('scrollTo', vi.fn());
  Element.prototype.scrollIntoView = vi.fn();
  container = document.createElement('div');
  document.body.append(container);
  document.documentElement.dataset.theme = 'dark';
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container.remove();
  delete document.documentElement.dataset.theme;
  vi.unstubAllGlobals();
});

/** Hydrates the server's HTML at `url` (which may carry a #hash the server never saw). */
async function hydrateAt(path: string, hash = '') {
  const page = await renderOnServer(path);
  container.innerHTML = page.html;
  const queryClient = newQueryClient();
  hydrate(queryClient, page.queries);
  const router = createMemoryRouter(createRoutes(queryClient), {
    initialEntries: [path + hash],
    hydrationData: { loaderData: page.loaderData, errors: page.errors },
  });
  const mismatches: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(
      container,
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
      { onRecoverableError: (error) => mismatches.push(error) },
    );
  });
  return { ...page, mismatches };
}

describe('prerendered pages hydrate without a mismatch', () => {
  it.each([
    ['/', 200],
    [`/artikel/${article.slug}`, 200],
    ['/artikel/gibt-es-nicht', 404],
    ['/gibt/es/nicht', 404],
  ])('%s (status %i), with the reader’s saved theme already on <html>', async (path, status) => {
    const page = await hydrateAt(path);
    expect(page.status).toBe(status);
    expect(page.mismatches).toEqual([]);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    if (status === 404)
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Seite nicht gefunden');
  });

  it('opens the summary for #zusammenfassung right after hydrating', async () => {
    const page = await hydrateAt(`/artikel/${article.slug}`, '#zusammenfassung');
    expect(page.html).toContain('aria-expanded="false"');
    expect(page.mismatches).toEqual([]);
    const summary = screen.getByRole('region', { name: /Keine Zeit/ });
    expect(within(summary).getByRole('button', { name: 'Weniger anzeigen' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('shows the saved theme in the controls once hydrated', async () => {
    await hydrateAt('/');
    await act(async () => screen.getByRole('button', { name: 'Darstellung' }).click());
    expect(screen.getByRole('button', { name: 'Dunkel' })).toHaveAttribute('aria-pressed', 'true');
  });
});
