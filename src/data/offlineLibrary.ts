import { queryOptions } from '@tanstack/react-query';
import { isSiteCache, offlineCaches } from '../site/caches';
import {
  dataPaths,
  pagePaths,
  parseDataPath,
  pathBelow,
  shareImagePath,
  under,
} from '../site/paths';
import { validateArticle } from './validate';

/**
 * What can be read without a network, straight from the caches the service worker serves: the
 * reader's saved articles ("Offline speichern") and everything else cached (precached or read).
 */
export type OfflineArticle = { slug: string; title: string; date: string; saved: boolean };

const base = import.meta.env.BASE_URL;

/** The page, its data and its share image: what a saved article keeps. */
const savedUrls = (slug: string) => ({
  page: under(base, pagePaths.article(slug)),
  data: under(base, dataPaths.article(slug)),
  image: under(base, shareImagePath(slug)),
});

/** The article whose data a cached URL holds, or null. */
function slugOf(url: string): string | null {
  const path = pathBelow(base, new URL(url).pathname);
  const data = path === null ? null : parseDataPath(path);
  return data?.kind === 'article' ? data.slug : null;
}

const supported = () => typeof caches !== 'undefined';
const savedCache = () => caches.open(offlineCaches.saved);

async function savedSlugs(): Promise<string[]> {
  const requests = await (await savedCache()).keys();
  return requests.map((r) => slugOf(r.url)).filter((slug) => slug !== null);
}

/** Every article whose data is in one of the app's caches, newest first. */
async function readableArticles(): Promise<OfflineArticle[]> {
  const saved = new Set(await savedSlugs());
  const found = new Map<string, Request>();
  for (const name of await caches.keys()) {
    if (!isSiteCache(name)) continue;
    for (const request of await (await caches.open(name)).keys()) {
      const slug = slugOf(request.url);
      if (slug && !found.has(slug)) found.set(slug, request);
    }
  }
  const articles = await Promise.all(
    Array.from(found, async ([slug, request]) => {
      try {
        const { title, date } = validateArticle(await (await caches.match(request))?.json());
        return { slug, title, date, saved: saved.has(slug) };
      } catch {
        return null;
      }
    }),
  );
  return articles
    .filter((a) => a !== null)
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

/** Queries over the caches: they change only through this module, which then invalidates them. */
export const offlineQueries = {
  all: () => ['offline'] as const,
  /** The slugs of the saved articles; null where the browser has no Cache API. */
  saved: () =>
    queryOptions({
      queryKey: [...offlineQueries.all(), 'saved'] as const,
      queryFn: () => (supported() ? savedSlugs() : null),
      networkMode: 'always',
    }),
  readable: () =>
    queryOptions({
      queryKey: [...offlineQueries.all(), 'readable'] as const,
      queryFn: () => (supported() ? readableArticles() : []),
      networkMode: 'always',
    }),
  /** Bytes this site stores on the device (all caches and storage), where the browser says. */
  storage: () =>
    queryOptions({
      queryKey: [...offlineQueries.all(), 'storage'] as const,
      queryFn: async () => (await navigator.storage?.estimate?.())?.usage ?? null,
      networkMode: 'always',
    }),
};

/**
 * Keeps the article for reading offline. The first save asks the browser to keep the site's data
 * even when space runs short (`navigator.storage.persist()`).
 */
export async function saveArticle(slug: string): Promise<void> {
  const { page, data, image } = savedUrls(slug);
  const cache = await savedCache();
  await cache.addAll([page, data]);
  // Builds without share images still save the article.
  await cache.add(image).catch(() => {});
  if (navigator.storage?.persist && !(await navigator.storage.persisted()))
    await navigator.storage.persist();
}

export async function removeArticle(slug: string): Promise<void> {
  const cache = await savedCache();
  await Promise.all(Object.values(savedUrls(slug)).map((url) => cache.delete(url)));
}
