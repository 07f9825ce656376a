/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa's injectManifest). Offline, the reader gets:
 * - from the precache: the app shell, the home page and, while the collection is small, every
 *   prerendered article with its data (the build decides, see src/sitegen/pwaPlugin.ts);
 * - pages and data as first read (network first, cache when offline);
 * - the articles the reader saved ("Offline speichern"), which live in a cache of their own;
 * - and for any other page the empty app shell, whose route then says what can be read offline.
 * A new version installs in the background and waits until the reader accepts it. Every page it
 * serves carries the reader's saved theme and text size on its <html> tag.
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  addPlugins,
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { pageWithPreferences } from './pageWithPreferences';
import { offlineCaches, preferencesCache } from '../site/caches';
import {
  dataPathOfPage,
  isDataPath,
  isSearchIndexPath,
  isShareImagePath,
  parsePagePath,
  pagePaths,
  pageFile,
  pathBelow,
  siteFiles,
  under,
} from '../site/paths';
import {
  parsePreferences,
  preferencesEntry,
  type ReaderPreferences,
} from '../site/readerPreferences';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null } | string>;
};

/** The app's base path (`/` or e.g. `/lesezeit/`): sw.js lives there, so it is the scope. */
const base = new URL(self.registration.scope).pathname;
/** The path below the base of a URL of this site, or null for any other URL. */
const pathInApp = (url: URL) =>
  url.origin === self.location.origin ? pathBelow(base, url.pathname) : null;

/** What the page left for us (src/site/readerPreferences.ts); nothing if unreadable. */
async function savedPreferences(): Promise<ReaderPreferences> {
  try {
    const cache = await caches.open(preferencesCache);
    const entry = await cache.match(new URL(preferencesEntry, self.registration.scope).href);
    return entry ? parsePreferences(await entry.json()) : {};
  } catch {
    return {};
  }
}
/**
 * Pages go out with the reader's theme and text size on <html>, so they paint in them at once:
 * the page needs no script of its own for that before its first paint.
 */
const readerPreferences: WorkboxPlugin = {
  handlerWillRespond: async ({ request, response }) => {
    if (request.mode !== 'navigate') return response;
    if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
    try {
      return pageWithPreferences(response, await savedPreferences());
    } catch {
      return response; // The page without the preferences beats no page.
    }
  },
};

// `ts`: Pagefind's cache buster on its entry file, which the precache holds for small collections.
precacheAndRoute(self.__WB_MANIFEST, {
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
});
addPlugins([readerPreferences]);
cleanupOutdatedCaches();

/** What the network and the runtime cache cannot answer comes from the reader's saved articles. */
const savedArticles: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
    cachedResponse ??
    (await (
      await caches.open(offlineCaches.saved)
    ).match(request, { ignoreSearch: true, ignoreVary: true })),
};
const firstRead = (cacheName: string, maxEntries: number, ...plugins: WorkboxPlugin[]) =>
  new NetworkFirst({
    cacheName,
    networkTimeoutSeconds: 4,
    plugins: [
      new ExpirationPlugin({ maxEntries, purgeOnQuotaError: true }),
      savedArticles,
      ...plugins,
    ],
  });

/**
 * The data behind a page. A prerendered page carries its data and does not fetch it; the data is
 * kept too, so the app can also show the page when it renders it itself (after a client-side link,
 * or from the app shell after an update).
 */
function dataOf(url: URL): string | null {
  const path = pathInApp(url);
  const data = path === null ? null : dataPathOfPage(path);
  return data === null ? null : under(base, data);
}
const withData: WorkboxPlugin = {
  cacheDidUpdate: async ({ request }) => {
    const data = dataOf(new URL(request.url));
    if (data && !(await caches.match(data, { ignoreSearch: true }))) {
      await (await caches.open(offlineCaches.data)).add(data).catch(() => {});
    }
  },
};

// Pages: every page read is kept with its data; offline, a page never read gets the app shell.
registerRoute(
  new NavigationRoute(
    firstRead(offlineCaches.pages, 200, withData, readerPreferences, {
      // The search page is the same page whatever its query: offline, the precached one.
      handlerDidError: async ({ request }) =>
        (pathInApp(new URL(request.url)) === pagePaths.search()
          ? await matchPrecache(pageFile(pagePaths.search()))
          : undefined) ??
        (await matchPrecache(siteFiles.shell)) ??
        Response.error(),
    }),
    { allowlist: [new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)] },
  ),
);
// The data behind every page, as first read.
registerRoute(({ url }) => isDataPath(pathInApp(url) ?? ''), firstRead(offlineCaches.data, 400));
// The search index, where the collection is too large to be precached with it: the files a search
// used, so that it works offline again over what the device holds. Chunks are named by their
// content and never change; Pagefind's script, WebAssembly and entry are asked for afresh.
const searchIndexFile = (url: URL) => isSearchIndexPath(pathInApp(url) ?? '');
/** Pagefind asks for its entry with `?ts=<now>`: offline, any copy will do. */
const withoutQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};
registerRoute(
  ({ url }) => searchIndexFile(url) && /\.pf_\w+$/.test(url.pathname),
  new CacheFirst({
    cacheName: offlineCaches.search,
    plugins: [new ExpirationPlugin({ maxEntries: 2000, purgeOnQuotaError: true }), withoutQuery],
  }),
);
registerRoute(
  ({ url }) => searchIndexFile(url),
  firstRead(offlineCaches.search, 2000, withoutQuery),
);
// Share images only from the saved articles, never cached on their own.
registerRoute(
  ({ url }) => isShareImagePath(pathInApp(url) ?? ''),
  new NetworkFirst({
    cacheName: offlineCaches.saved,
    plugins: [{ cacheWillUpdate: async () => null }],
  }),
);

// The first version takes over at once, so the first visit already works offline. A later one
// waits until the reader chooses "Neu laden": open tabs keep the version they started with.
self.addEventListener('install', () => {
  if (!self.registration.active) void self.skipWaiting();
});
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();

/**
 * Cached pages name the scripts of the version that rendered them, which the new version no longer
 * has. Drop the pages read (their data stays, and the app shell renders it), and fetch the saved
 * ones afresh; a saved page that cannot be fetched now is dropped, its data kept.
 */
async function renewPages(): Promise<void> {
  await caches.delete(offlineCaches.pages);
  const saved = await caches.open(offlineCaches.saved);
  for (const request of await saved.keys()) {
    const url = new URL(request.url);
    const path = pathInApp(url);
    if (path === null || parsePagePath(path)?.kind !== 'article') continue;
    await saved.add(url.pathname).catch(() => saved.delete(request));
  }
}
self.addEventListener('activate', (event) => event.waitUntil(renewPages()));
