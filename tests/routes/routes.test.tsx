import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../src/app/routes';
import { toListItem } from '../../src/content/collection';
import type { Article, ArticleIndexPage } from '../../src/content/model';
import { validateArticle } from '../../src/data/validate';
import reference from '../fixtures/reference.json';

const article = validateArticle(reference);

const shortArticle: Article = {
  ...article,
  id: '001_kurz',
  slug: 'ein-kurzer-artikel',
  date: '2024-11-03',
  title: 'Ein kurzer Artikel',
  source: null,
  lead: 'Ein Lead ohne Zitate.',
  summary: null,
  body: [{ type: 'paragraph', text: 'Ein Absatz.' }],
  quotes: [],
  readingMinutes: 1,
};

function indexPage(page: number, pageCount: number, items: Article[]): ArticleIndexPage {
  return { page, pageCount, total: pageCount * items.length, items: items.map(toListItem) };
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });
const status = (code: number) => new Response('Fehler', { status: code });

/** A static server with these files at their data paths; anything else is a 404. */
function serveFiles(files: Record<string, unknown>) {
  return (url: string) => (url in files ? json(files[url]) : status(404));
}

const files = {
  '/data/index/1.json': indexPage(1, 1, [article, shortArticle]),
  [`/data/artikel/${article.slug}.json`]: article,
  [`/data/artikel/${shortArticle.slug}.json`]: shortArticle,
};

function renderApp(path: string, serve: (url: string) => Response = serveFiles(files)) {
  const fetch = vi.fn(async (input: RequestInfo | URL) => serve(String(input)));
  vi.stubGlobal('fetch', fetch);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, retryDelay: 0 } },
  });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, fetch, user: userEvent.setup() };
}

beforeEach(() => {
  // jsdom does not scroll; ScrollRestoration calls these after every navigation.
  vi.stubGlobal('scrollTo', vi.fn());
  Element.prototype.scrollIntoView = vi.fn();
  document.title = '';
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the home page', () => {
  it('lists the articles, newest first, each title linking to the article', async () => {
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Neueste Artikel' }),
    ).toBeInTheDocument();

    const titles = screen.getAllByRole('heading', { level: 2 });
    expect(titles.map((h) => h.textContent)).toEqual([article.title, shortArticle.title]);
    expect(screen.getByRole('link', { name: article.title })).toHaveAttribute(
      'href',
      `/artikel/${article.slug}`,
    );

    const first = screen.getAllByRole('article')[0]!;
    expect(within(first).getByText('blue News')).toBeInTheDocument();
    expect(within(first).getByText('April 2025')).toHaveAttribute('datetime', '2025-04');
    expect(within(first).getByText('3 Min. Lesezeit')).toBeInTheDocument();
    expect(within(first).getByText(article.lead)).toBeInTheDocument();
    expect(screen.getByText('3. November 2024')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Lesezeit – Nachrichten in Ruhe lesen'));
  });

  it('has the frame of every page: skip link, banner with the site name, main, footer', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('link', { name: 'Zum Inhalt springen' })).toHaveAttribute(
      'href',
      '#inhalt',
    );
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Lesezeit' }),
    ).toHaveAttribute('href', '/');
    expect(
      within(screen.getByRole('banner')).getByRole('button', { name: 'Darstellung' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'inhalt');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    // The first page of a visit keeps the browser's focus.
    expect(document.body).toHaveFocus();
  });

  it('pages through a long collection with "Ältere Artikel" and "Neuere Artikel"', async () => {
    const { user, fetch } = renderApp(
      '/',
      serveFiles({
        '/data/index/1.json': indexPage(1, 2, [article]),
        '/data/index/2.json': indexPage(2, 2, [shortArticle]),
      }),
    );
    await screen.findByRole('link', { name: article.title });
    const pages = screen.getByRole('navigation', { name: 'Seiten' });
    expect(within(pages).queryByRole('link', { name: /Neuere Artikel/ })).not.toBeInTheDocument();

    await user.click(within(pages).getByRole('link', { name: /Ältere Artikel/ }));
    expect(await screen.findByRole('link', { name: shortArticle.title })).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith('/data/index/2.json', expect.anything());
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    expect(screen.getByText(/Seite 2 von 2/)).toBeInTheDocument();

    const back = within(screen.getByRole('navigation', { name: 'Seiten' })).getByRole('link', {
      name: /Neuere Artikel/,
    });
    expect(back).toHaveAttribute('href', '/');
    await user.click(back);
    expect(await screen.findByRole('link', { name: article.title })).toBeInTheDocument();
  });

  it.each(['/seite/2'])('opens a later page directly at %s', async (path) => {
    renderApp(path, serveFiles({ '/data/index/2.json': indexPage(2, 2, [shortArticle]) }));
    expect(await screen.findByRole('link', { name: shortArticle.title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Neuere Artikel/ })).toBeInTheDocument();
  });

  it.each(['/seite/abc', '/seite/0', '/seite/9'])(
    'shows "Seite nicht gefunden" for %s',
    async (path) => {
      renderApp(path);
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' }),
      ).toBeInTheDocument();
    },
  );
});

describe('the article page', () => {
  it('shows the article: meta, title, figure, lead, summary, body, quotes', async () => {
    renderApp(`/artikel/${article.slug}`);
    const title = await screen.findByRole('heading', { level: 1, name: article.title });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    const header = title.closest('header')!;
    expect(within(header).getByText('April 2025')).toHaveAttribute('datetime', '2025-04');
    expect(within(header).getByText('3 Min. Lesezeit')).toBeInTheDocument();
    expect(within(header).getByText('blue News')).toBeInTheDocument();
    expect(within(header).getByText(article.lead)).toBeInTheDocument();

    expect(screen.getByRole('figure')).toHaveTextContent(`${article.hero.caption}Bild: AFP`);

    const summary = screen.getByRole('region', {
      name: 'Keine Zeit? blue News fasst für dich zusammen',
    });
    expect(within(summary).getByText(article.summary!.items[0]!)).toBeVisible();
    expect(within(summary).getByText(article.summary!.items[1]!)).not.toBeVisible();
    expect(within(summary).getByRole('button', { name: 'Mehr anzeigen' })).toBeInTheDocument();

    expect(
      screen.getByRole('heading', { level: 2, name: 'Bericht spekuliert über Gebietsabtretungen' }),
    ).toHaveAttribute('id', 'bericht-spekuliert-ueber-gebietsabtretungen');
    expect(document.getElementById('zitat-5')).toHaveTextContent(
      '«Die Krim wird bei Russland bleiben»',
    );
    expect(document.getElementById('zitat-5')).toHaveAccessibleDescription('Zitat von Trump');

    const quotes = screen.getByRole('region', { name: 'Zitate' });
    expect(
      within(quotes).getByRole('link', { name: '«Die Krim wird bei Russland bleiben»' }),
    ).toHaveAttribute('href', '#zitat-5');

    await waitFor(() => expect(document.title).toBe(`${article.title} – Lesezeit`));
  });

  it('jumps from the list of quotes to the quote in the text', async () => {
    const { user, router } = renderApp(`/artikel/${article.slug}`);
    const quotes = await screen.findByRole('region', { name: 'Zitate' });
    await user.click(
      within(quotes).getByRole('link', { name: '«Die Krim wird bei Russland bleiben»' }),
    );

    expect(router.state.location.hash).toBe('#zitat-5');
    await waitFor(() => expect(document.getElementById('zitat-5')).toHaveFocus());
    // A jump on the page is not a new page: the title keeps its place and the page its name.
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveFocus();
    await waitFor(() => expect(document.title).toBe(`${article.title} – Lesezeit`));
  });

  it('leaves out the summary and the quotes when the article has none', async () => {
    renderApp(`/artikel/${shortArticle.slug}`);
    await screen.findByRole('heading', { level: 1, name: shortArticle.title });
    expect(screen.queryByRole('region', { name: /Keine Zeit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Zitate' })).not.toBeInTheDocument();
    expect(screen.getByText('3. November 2024')).toBeInTheDocument();
  });

  it('opens the summary for a link to #zusammenfassung', async () => {
    renderApp(`/artikel/${article.slug}#zusammenfassung`);
    const summary = await screen.findByRole('region', { name: /Keine Zeit/ });
    expect(within(summary).getByText(article.summary!.items[2]!)).toBeVisible();
    expect(within(summary).getByRole('button', { name: 'Weniger anzeigen' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('is reached from the home page, with focus on its title', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: article.title }));

    const title = await screen.findByRole('heading', { level: 1, name: article.title });
    await waitFor(() => expect(title).toHaveFocus());
    await waitFor(() => expect(document.title).toBe(`${article.title} – Lesezeit`));
  });
});

describe('pages that cannot be shown', () => {
  it('shows "Seite nicht gefunden" for an article that does not exist, with a way home', async () => {
    const { user, fetch } = renderApp('/artikel/gibt-es-nicht');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' }),
    ).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith('/data/artikel/gibt-es-nicht.json', expect.anything());
    await waitFor(() => expect(document.title).toBe('Seite nicht gefunden – Lesezeit'));
    // Inside the usual frame.
    expect(screen.getByRole('banner')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Zur Startseite' }));
    const home = await screen.findByRole('heading', { level: 1, name: 'Neueste Artikel' });
    await waitFor(() => expect(home).toHaveFocus());
  });

  it('shows "Seite nicht gefunden" for an unknown address without asking the server', async () => {
    const { fetch } = renderApp('/gibt/es/nicht');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Startseite' })).toHaveAttribute('href', '/');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('explains a server error and loads the article when "Erneut versuchen" works', async () => {
    let serverDown = true;
    const serve = serveFiles(files);
    const { user } = renderApp(`/artikel/${article.slug}`, (url) =>
      serverDown ? status(500) : serve(url),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Das hat nicht geklappt' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Fehler 500/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Seite nicht gefunden' })).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Fehler beim Laden – Lesezeit'));

    serverDown = false;
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: article.title }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erneut versuchen' })).not.toBeInTheDocument();
  });

  it('explains a broken connection in plain words', async () => {
    renderApp('/', () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await screen.findByText(/Keine Verbindung zum Server/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });
});
