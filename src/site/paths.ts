/**
 * The site's layout, spelled once: every page and its route pattern, every data file and share
 * image, with the parsers that read a path back. The build writes these files, the app links to
 * and fetches them, the service worker caches them and the benchmarks load them.
 *
 * A path here is relative to the base the site is served from: no leading slash, `''` is the home
 * page. `under(base, path)` places it below a base (`/` or a sub-path such as `/lesezeit/`),
 * `pathBelow(base, pathname)` takes it back out. Pure: no React, DOM or Node APIs.
 */

/** The first segment of each kind of page. */
const segment = {
  indexPage: 'seite',
  article: 'artikel',
  saved: 'gespeichert',
  search: 'suche',
  archive: 'archiv',
  briefing: 'kurz',
} as const;

/** The folders of the files behind the pages. */
const folder = {
  data: 'data',
  indexData: 'data/index',
  articleData: `data/${segment.article}`,
  archiveData: `data/${segment.archive}`,
  shareImages: 'og',
  searchIndex: 'pagefind',
} as const;

/** A path below the base: `under('/lesezeit/', 'artikel/x')` is `/lesezeit/artikel/x`. */
export function under(base: string, path: string): string {
  return `${base}${path}`;
}

/** The path below the base of a URL's pathname, or null when the pathname is outside the base. */
export function pathBelow(base: string, pathname: string): string | null {
  return pathname.startsWith(base) ? pathname.slice(base.length) : null;
}

/** The target of a router link: the router adds the base itself. */
export function linkTo(path: string): string {
  return `/${path}`;
}

// ---------------------------------------------------------------------------------------------
// Search: `suche?q=…&quelle=…&jahr=…&sort=…`

export const searchSorts = ['relevanz', 'datum'] as const;
export type SearchSort = (typeof searchSorts)[number];

/** What a search page shows; all of it lives in the URL's query, so a search can be shared. */
export type SearchState = { query?: string; source?: string; year?: number; sort?: SearchSort };

/** The query parameters of the search page. Relevance is the default sort and stays out of URLs. */
export const searchParams = { query: 'q', source: 'quelle', year: 'jahr', sort: 'sort' } as const;

/** `?q=…&quelle=…`: the query part of a search URL, empty for an empty search. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query?.trim()) params.set(searchParams.query, state.query.trim());
  if (state.source) params.set(searchParams.source, state.source);
  if (state.year !== undefined) params.set(searchParams.year, String(state.year));
  if (state.sort && state.sort !== 'relevanz') params.set(searchParams.sort, state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The search state in a URL's query (`?q=…`, with or without the `?`); unknown values are left out. */
export function parseSearchQuery(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state: SearchState = {};
  const query = params.get(searchParams.query)?.trim();
  const source = params.get(searchParams.source);
  const year = params.get(searchParams.year);
  const sort = searchSorts.find((s) => s === params.get(searchParams.sort));
  if (query) state.query = query;
  if (source) state.source = source;
  if (year && /^\d{4}$/.test(year)) state.year = Number(year);
  if (sort) state.sort = sort;
  return state;
}

// ---------------------------------------------------------------------------------------------
// Pages

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The path of every page of the site, below the base. */
export const pagePaths = {
  home: '',
  /** Page 1 of the index is the home page; `seite/2` and on are the further ones. */
  indexPage: (page: number) => (page <= 1 ? '' : `${segment.indexPage}/${page}`),
  article: (slug: string) => `${segment.article}/${encodeURIComponent(slug)}`,
  saved: segment.saved,
  search: (state: SearchState = {}) => `${segment.search}${searchQueryString(state)}`,
  archiveYear: (year: number) => `${segment.archive}/${year}`,
  archiveMonth: (year: number, month: number) => `${segment.archive}/${year}/${pad2(month)}`,
  briefing: segment.briefing,
} as const;

/** The names of the route parameters, as the routes read them from the router. */
export const routeParams = { page: 'seite', slug: 'slug', year: 'jahr', month: 'monat' } as const;

/** The router's path patterns (below the base; the home page is the index route). */
export const routePatterns = {
  indexPage: `${segment.indexPage}/:${routeParams.page}`,
  article: `${segment.article}/:${routeParams.slug}`,
  saved: segment.saved,
  search: segment.search,
  archiveYear: `${segment.archive}/:${routeParams.year}`,
  archiveMonth: `${segment.archive}/:${routeParams.year}/:${routeParams.month}`,
  briefing: segment.briefing,
} as const;

/** A page number in a path (`2` of `seite/2`): 1 to 999999, no leading zero; else null. */
export function parsePageNumber(value: string | undefined): number | null {
  return value !== undefined && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

/** A year in a path (`2025`), or null. */
export function parseYear(value: string | undefined): number | null {
  return value !== undefined && /^\d{4}$/.test(value) ? Number(value) : null;
}

/** A month in a path (`01` to `12`, two digits), or null. */
export function parseMonth(value: string | undefined): number | null {
  return value !== undefined && /^(0[1-9]|1[0-2])$/.test(value) ? Number(value) : null;
}

/** Which page a path below the base shows. */
export type PageRef =
  | { kind: 'index'; page: number }
  | { kind: 'article'; slug: string }
  | { kind: 'saved' }
  | { kind: 'search' }
  | { kind: 'archiveYear'; year: number }
  | { kind: 'archiveMonth'; year: number; month: number }
  | { kind: 'briefing' };

function decoded(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The page a path below the base shows (its query and fragment ignored), or null for none. */
export function parsePagePath(path: string): PageRef | null {
  const clean = path.replace(/[?#].*$/, '');
  if (clean === '') return { kind: 'index', page: 1 };
  const parts = clean.split('/');
  const [first, second, third] = parts;
  if (parts.length === 1) {
    if (first === segment.saved) return { kind: 'saved' };
    if (first === segment.search) return { kind: 'search' };
    if (first === segment.briefing) return { kind: 'briefing' };
    return null;
  }
  if (parts.length === 2 && first === segment.indexPage) {
    const page = parsePageNumber(second);
    return page === null ? null : { kind: 'index', page };
  }
  if (parts.length === 2 && first === segment.article) {
    const slug = decoded(second);
    return slug === null ? null : { kind: 'article', slug };
  }
  if (first === segment.archive && parts.length <= 3) {
    const year = parseYear(second);
    if (year === null) return null;
    if (parts.length === 2) return { kind: 'archiveYear', year };
    const month = parseMonth(third);
    return month === null ? null : { kind: 'archiveMonth', year, month };
  }
  return null;
}

/** The path of a page, the inverse of parsePagePath. */
export function pagePath(page: PageRef): string {
  switch (page.kind) {
    case 'index':
      return pagePaths.indexPage(page.page);
    case 'article':
      return pagePaths.article(page.slug);
    case 'saved':
      return pagePaths.saved;
    case 'search':
      return pagePaths.search();
    case 'archiveYear':
      return pagePaths.archiveYear(page.year);
    case 'archiveMonth':
      return pagePaths.archiveMonth(page.year, page.month);
    case 'briefing':
      return pagePaths.briefing;
  }
}

// ---------------------------------------------------------------------------------------------
// Files

/** The prerendered HTML file of a page: `index.html` for the home page, else `<path>.html`. */
export function pageFile(path: string): string {
  return path === '' ? 'index.html' : `${decodeURIComponent(path)}.html`;
}

/** The page a prerendered HTML file holds, the inverse of pageFile; null for other files. */
export function parsePageFile(file: string): PageRef | null {
  if (file === 'index.html') return { kind: 'index', page: 1 };
  if (!file.endsWith('.html')) return null;
  const path = file.slice(0, -'.html'.length);
  return parsePagePath(path.split('/').map(encodeURIComponent).join('/'));
}

/** The files the site has besides its pages, below the base. */
export const siteFiles = {
  /** The empty app shell: served for pages that were not prerendered, and offline. */
  shell: 'shell.html',
  /** The page nginx and static hosts answer unknown paths with, status 404. */
  notFound: '404.html',
  robots: 'robots.txt',
  sitemap: 'sitemap.xml',
  serviceWorker: 'sw.js',
  manifest: 'manifest.webmanifest',
  /** The app's icon, 512×512 (generated from public/icon.svg): the publisher's logo in JSON-LD. */
  appIcon: 'pwa-512x512.png',
} as const;

/** A path no page has: the prerenderer renders it to get the 404 page. */
export const notFoundProbePath = '__seite-nicht-gefunden__';

/**
 * The JSON files the app fetches: one per index page (20 articles) and one per article; one per
 * archive year and month, the briefing's, and what the search page shows before a search.
 */
export const dataPaths = {
  indexPage: (page: number) => `${folder.indexData}/${page}.json`,
  article: (slug: string) => `${folder.articleData}/${encodeURIComponent(slug)}.json`,
  archiveYear: (year: number) => `${folder.archiveData}/${year}.json`,
  archiveMonth: (year: number, month: number) =>
    `${folder.archiveData}/${year}/${pad2(month)}.json`,
  briefing: `${folder.data}/${segment.briefing}.json`,
  searchInfo: `${folder.data}/${segment.search}.json`,
} as const;

export type DataRef =
  | { kind: 'index'; page: number }
  | { kind: 'article'; slug: string }
  | { kind: 'archiveYear'; year: number }
  | { kind: 'archiveMonth'; year: number; month: number }
  | { kind: 'briefing' }
  | { kind: 'searchInfo' };

/** Which data a path below the base holds, or null for any other path. */
export function parseDataPath(path: string): DataRef | null {
  const index = new RegExp(`^${folder.indexData}/([^/]+)\\.json$`).exec(path);
  if (index) {
    const page = parsePageNumber(index[1]);
    return page === null ? null : { kind: 'index', page };
  }
  const article = new RegExp(`^${folder.articleData}/([^/]+)\\.json$`).exec(path);
  if (article) {
    const slug = decoded(article[1]);
    return slug === null ? null : { kind: 'article', slug };
  }
  const archive = new RegExp(`^${folder.archiveData}/([^/]+?)(?:/([^/]+))?\\.json$`).exec(path);
  if (archive) {
    const year = parseYear(archive[1]);
    if (year === null) return null;
    if (archive[2] === undefined) return { kind: 'archiveYear', year };
    const month = parseMonth(archive[2]);
    return month === null ? null : { kind: 'archiveMonth', year, month };
  }
  if (path === dataPaths.briefing) return { kind: 'briefing' };
  if (path === dataPaths.searchInfo) return { kind: 'searchInfo' };
  return null;
}

/** Whether a path below the base is one of the data files (any kind, present or future). */
export function isDataPath(path: string): boolean {
  return path.startsWith(`${folder.data}/`);
}

/**
 * The data file a page shows, for the pages that have one (all but the saved articles):
 * what the service worker keeps beside a page, so the app can render it without the network.
 */
export function dataPathOfPage(path: string): string | null {
  const page = parsePagePath(path);
  if (page?.kind === 'index') return dataPaths.indexPage(page.page);
  if (page?.kind === 'article') return dataPaths.article(page.slug);
  if (page?.kind === 'archiveYear') return dataPaths.archiveYear(page.year);
  if (page?.kind === 'archiveMonth') return dataPaths.archiveMonth(page.year, page.month);
  if (page?.kind === 'briefing') return dataPaths.briefing;
  if (page?.kind === 'search') return dataPaths.searchInfo;
  return null;
}

/** The share card of an article (1200×630 PNG), for link previews. */
export function shareImagePath(slug: string): string {
  return `${folder.shareImages}/${encodeURIComponent(slug)}.png`;
}

/** The folder of the full-text search index (Pagefind's files), below the base. */
export const searchIndexFolder = folder.searchIndex;

/** Pagefind's entry to its index: its version and, per language, the hash of its page list. */
export const searchEntryPath = `${folder.searchIndex}/pagefind-entry.json`;

/** Pagefind's page list of the index whose entry names it `hash` (`de_54acfa373a`). */
export function searchPageListPath(hash: string): string {
  return `${folder.searchIndex}/pagefind.${hash}.pf_meta`;
}

/** Whether a path below the base is one of the search index's files. */
export function isSearchIndexPath(path: string): boolean {
  return path.startsWith(`${folder.searchIndex}/`);
}

/** Whether a path below the base is a share image. */
export function isShareImagePath(path: string): boolean {
  return path.startsWith(`${folder.shareImages}/`);
}
