import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/app/queryClient';
import { createRoutes } from '../../src/app/routes';
import { validateArticle } from '../../src/data/validate';
import { installFakeCaches } from '../components/pwaFakeCaches';
import reference from '../fixtures/reference.json';

const article = validateArticle(reference);

/** Offline: only what is "on the device" answers; every other request fails as fetch does. */
function renderOffline(path: string, onDevice: Record<string, unknown>) {
  let online = false;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const body = onDevice[String(input)];
      if (body === undefined && !online) throw new TypeError('Failed to fetch');
      return body === undefined
        ? new Response('Fehler', { status: 404 })
        : new Response(JSON.stringify(body));
    }),
  );
  // The app's own client: offline, it gives up at once instead of retrying for seconds.
  const queryClient = createQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return {
    user: userEvent.setup(),
    goOnline: () => {
      online = true;
      window.dispatchEvent(new Event('online'));
    },
  };
}

beforeEach(() => {
  vi.stubGlobal('scrollTo', vi.fn());
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('offline', () => {
  it('an article not on the device shows the offline page, which lists and links what is', async () => {
    const { storage } = installFakeCaches();
    const articleData = `/data/artikel/${article.slug}.json`;
    await (await storage.open('lesezeit-gespeichert')).put(articleData, JSON.stringify(reference));
    const { user } = renderOffline('/artikel/nicht-gespeichert', { [articleData]: reference });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Dieser Artikel ist nicht offline gespeichert',
      }),
    ).toBeInTheDocument();
    const readable = await screen.findByRole('region', { name: 'Offline lesbar' });
    await user.click(within(readable).getByRole('link', { name: article.title }));
    expect(
      await screen.findByRole('heading', { level: 1, name: article.title }),
    ).toBeInTheDocument();
  });

  it('loads the page by itself when the network is back', async () => {
    installFakeCaches();
    const { goOnline } = renderOffline(`/artikel/${article.slug}`, {});
    expect(
      await screen.findByRole('heading', { level: 1, name: /nicht offline gespeichert/ }),
    ).toBeInTheDocument();
    act(() => goOnline());
    // Online, the article's data is a 404 here: the page says so instead of "offline". The
    // page fetches again when the network returns; on a busy machine that takes longer than
    // the default second of waiting.
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Seite nicht gefunden' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
  });

  it('another page not on the device says the page is not available offline', async () => {
    installFakeCaches();
    renderOffline('/seite/2', {});
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Diese Seite ist offline nicht verfügbar',
      }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Noch keine Artikel auf diesem Gerät.')).toBeInTheDocument();
  });
});
