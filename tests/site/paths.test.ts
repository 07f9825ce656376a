import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dataPathOfPage,
  dataPaths,
  isDataPath,
  isSearchIndexPath,
  isShareImagePath,
  linkTo,
  notFoundProbePath,
  pageFile,
  pagePath,
  pagePaths,
  parseDataPath,
  parsePageFile,
  parsePagePath,
  parseSearchQuery,
  pathBelow,
  routePatterns,
  searchIndexFolder,
  searchEntryPath,
  searchPageListPath,
  searchQueryString,
  shareImagePath,
  siteFiles,
  under,
  type PageRef,
} from '../../src/site/paths';

describe('the site contract: every path, literally', () => {
  it.each([
    ['home', pagePaths.home, ''],
    ['index page 1 is the home page', pagePaths.indexPage(1), ''],
    ['index page 2', pagePaths.indexPage(2), 'seite/2'],
    ['article', pagePaths.article('wahl-in-bern'), 'artikel/wahl-in-bern'],
    ['saved', pagePaths.saved, 'gespeichert'],
    ['search, empty', pagePaths.search(), 'suche'],
    ['search, a query', pagePaths.search({ query: 'Gletscher' }), 'suche?q=Gletscher'],
    [
      'search, query, filters and sort',
      pagePaths.search({ query: 'Tram linie', source: 'Talpost', year: 2025, sort: 'datum' }),
      'suche?q=Tram+linie&quelle=Talpost&jahr=2025&sort=datum',
    ],
    [
      'search, relevance is the default',
      pagePaths.search({ query: 'a', sort: 'relevanz' }),
      'suche?q=a',
    ],
    ['archive year', pagePaths.archiveYear(2025), 'archiv/2025'],
    ['archive month', pagePaths.archiveMonth(2025, 4), 'archiv/2025/04'],
    ['archive month 12', pagePaths.archiveMonth(2024, 12), 'archiv/2024/12'],
    ['briefing', pagePaths.briefing, 'kurz'],
    ['data of index page 1', dataPaths.indexPage(1), 'data/index/1.json'],
    ['data of index page 3', dataPaths.indexPage(3), 'data/index/3.json'],
    ['data of an article', dataPaths.article('wahl-in-bern'), 'data/artikel/wahl-in-bern.json'],
    ['data of an archive year', dataPaths.archiveYear(2025), 'data/archiv/2025.json'],
    ['data of an archive month', dataPaths.archiveMonth(2025, 4), 'data/archiv/2025/04.json'],
    ['data of the briefing', dataPaths.briefing, 'data/kurz.json'],
    ['data of the search page', dataPaths.searchInfo, 'data/suche.json'],
    ['share image', shareImagePath('wahl-in-bern'), 'og/wahl-in-bern.png'],
    ['home page file', pageFile(pagePaths.home), 'index.html'],
    ['index page file', pageFile(pagePaths.indexPage(2)), 'seite/2.html'],
    ['article page file', pageFile(pagePaths.article('x')), 'artikel/x.html'],
    ['archive month file', pageFile(pagePaths.archiveMonth(2025, 4)), 'archiv/2025/04.html'],
    ['app shell', siteFiles.shell, 'shell.html'],
    ['404 page', siteFiles.notFound, '404.html'],
    ['robots', siteFiles.robots, 'robots.txt'],
    ['sitemap', siteFiles.sitemap, 'sitemap.xml'],
    ['service worker', siteFiles.serviceWorker, 'sw.js'],
    ['manifest', siteFiles.manifest, 'manifest.webmanifest'],
    ['app icon', siteFiles.appIcon, 'pwa-512x512.png'],
    ['404 probe', notFoundProbePath, '__seite-nicht-gefunden__'],
    ['search index folder', searchIndexFolder, 'pagefind'],
    ['search entry', searchEntryPath, 'pagefind/pagefind-entry.json'],
    [
      'search page list',
      searchPageListPath('de_54acfa373a'),
      'pagefind/pagefind.de_54acfa373a.pf_meta',
    ],
  ])('%s: %s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('names every route pattern', () => {
    expect(routePatterns).toEqual({
      indexPage: 'seite/:seite',
      article: 'artikel/:slug',
      saved: 'gespeichert',
      search: 'suche',
      archiveYear: 'archiv/:jahr',
      archiveMonth: 'archiv/:jahr/:monat',
      briefing: 'kurz',
    });
  });

  it.each([
    ['/', 'artikel/x', '/artikel/x'],
    ['/lesezeit/', 'artikel/x', '/lesezeit/artikel/x'],
    ['/lesezeit/', '', '/lesezeit/'],
    ['/lesezeit/', 'data/index/1.json', '/lesezeit/data/index/1.json'],
  ])('under(%s, %s) is %s, and pathBelow takes it back', (base, path, url) => {
    expect(under(base, path)).toBe(url);
    expect(pathBelow(base, url)).toBe(path);
  });

  it('has no path below a base for a URL outside it', () => {
    expect(pathBelow('/lesezeit/', '/artikel/x')).toBeNull();
    expect(pathBelow('/lesezeit/', '/lesezeit')).toBeNull();
  });

  it('gives router links from the root (the router adds the base)', () => {
    expect(linkTo(pagePaths.home)).toBe('/');
    expect(linkTo(pagePaths.article('x'))).toBe('/artikel/x');
  });
});

describe('reading paths back', () => {
  it.each<[string, PageRef | null]>([
    ['', { kind: 'index', page: 1 }],
    ['seite/1', { kind: 'index', page: 1 }],
    ['seite/12', { kind: 'index', page: 12 }],
    ['seite/0', null],
    ['seite/02', null],
    ['seite/x', null],
    ['seite/2/3', null],
    ['artikel/wahl-in-bern', { kind: 'article', slug: 'wahl-in-bern' }],
    ['artikel/wahl-in-bern?x=1#zitat-2', { kind: 'article', slug: 'wahl-in-bern' }],
    ['artikel/', null],
    ['artikel/a/b', null],
    ['gespeichert', { kind: 'saved' }],
    ['suche', { kind: 'search' }],
    ['suche?q=Gletscher', { kind: 'search' }],
    ['archiv/2025', { kind: 'archiveYear', year: 2025 }],
    ['archiv/2025/04', { kind: 'archiveMonth', year: 2025, month: 4 }],
    ['archiv/2025/4', null],
    ['archiv/2025/13', null],
    ['archiv/25', null],
    ['kurz', { kind: 'briefing' }],
    ['data/index/1.json', null],
    ['unbekannt', null],
  ])('page path %j is %j', (path, page) => {
    expect(parsePagePath(path)).toEqual(page);
  });

  it.each<[string, ReturnType<typeof parseDataPath>]>([
    ['data/index/1.json', { kind: 'index', page: 1 }],
    ['data/index/20.json', { kind: 'index', page: 20 }],
    ['data/index/0.json', null],
    ['data/artikel/wahl-in-bern.json', { kind: 'article', slug: 'wahl-in-bern' }],
    ['data/artikel/a/b.json', null],
    ['artikel/wahl-in-bern', null],
    ['data/archiv/2025.json', { kind: 'archiveYear', year: 2025 }],
    ['data/archiv/2025/04.json', { kind: 'archiveMonth', year: 2025, month: 4 }],
    ['data/archiv/2025/4.json', null],
    ['data/archiv/25.json', null],
    ['data/archiv/2025/04/x.json', null],
    ['data/kurz.json', { kind: 'briefing' }],
    ['data/suche.json', { kind: 'searchInfo' }],
  ])('data path %j is %j', (path, data) => {
    expect(parseDataPath(path)).toEqual(data);
  });

  it.each([
    ['', 'data/index/1.json'],
    ['seite/3', 'data/index/3.json'],
    ['artikel/x', 'data/artikel/x.json'],
    ['gespeichert', null],
    ['suche', 'data/suche.json'],
    ['kurz', 'data/kurz.json'],
    ['archiv/2025', 'data/archiv/2025.json'],
    ['archiv/2025/04', 'data/archiv/2025/04.json'],
    ['unbekannt', null],
  ])('the data behind page %j is %j', (path, data) => {
    expect(dataPathOfPage(path)).toBe(data);
  });

  it.each([
    ['index.html', { kind: 'index', page: 1 }],
    ['seite/2.html', { kind: 'index', page: 2 }],
    ['artikel/x.html', { kind: 'article', slug: 'x' }],
    ['shell.html', null],
    ['404.html', null],
    ['data/artikel/x.json', null],
    ['assets/index-abc.js', null],
  ])('page file %j holds %j', (file, page) => {
    expect(parsePageFile(file)).toEqual(page);
  });

  it.each([
    ['data/index/1.json', true, false, false],
    ['data/artikel/x.json', true, false, false],
    ['og/x.png', false, true, false],
    ['pagefind/pagefind-entry.json', false, false, true],
    ['artikel/x', false, false, false],
  ])('%s: data %s, share image %s, search index %s', (path, data, image, search) => {
    expect(isDataPath(path)).toBe(data);
    expect(isShareImagePath(path)).toBe(image);
    expect(isSearchIndexPath(path)).toBe(search);
  });

  it.each([
    ['?q=Gletscher', { query: 'Gletscher' }],
    [
      'q=Tram+linie&quelle=Talpost&jahr=2025&sort=datum',
      { query: 'Tram linie', source: 'Talpost', year: 2025, sort: 'datum' },
    ],
    ['?q=%20%20', {}],
    ['?jahr=25&sort=zufall', {}],
    ['', {}],
  ])('search query %j is %j', (search, state) => {
    expect(parseSearchQuery(search)).toEqual(state);
  });

  const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  const page: fc.Arbitrary<PageRef> = fc.oneof(
    fc.integer({ min: 1, max: 999_999 }).map((n) => ({ kind: 'index' as const, page: n })),
    slug.map((s) => ({ kind: 'article' as const, slug: s })),
    fc.constant({ kind: 'saved' as const }),
    fc.constant({ kind: 'search' as const }),
    fc.constant({ kind: 'briefing' as const }),
    fc.integer({ min: 1000, max: 9999 }).map((year) => ({ kind: 'archiveYear' as const, year })),
    fc
      .record({
        year: fc.integer({ min: 1000, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
      })
      .map(({ year, month }) => ({ kind: 'archiveMonth' as const, year, month })),
  );

  it('reads every page path and page file back to the page', () => {
    fc.assert(
      fc.property(page, (p) => {
        expect(parsePagePath(pagePath(p))).toEqual(p);
        expect(parsePageFile(pageFile(pagePath(p)))).toEqual(p);
      }),
    );
  });

  it('reads every data path back', () => {
    fc.assert(
      fc.property(slug, fc.integer({ min: 1, max: 999_999 }), (s, n) => {
        expect(parseDataPath(dataPaths.article(s))).toEqual({ kind: 'article', slug: s });
        expect(parseDataPath(dataPaths.indexPage(n))).toEqual({ kind: 'index', page: n });
      }),
    );
  });

  it('reads any search state back from its URL', () => {
    const state = fc.record(
      {
        query: fc.string({ minLength: 1 }).filter((q) => q.trim() === q && q !== ''),
        source: fc.string({ minLength: 1 }),
        year: fc.integer({ min: 1000, max: 9999 }),
        sort: fc.constant('datum' as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(state, (s) => {
        expect(parseSearchQuery(searchQueryString(s))).toEqual(s);
      }),
    );
  });
});
