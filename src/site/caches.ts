/**
 * The names of the caches behind offline reading, shared by the service worker and the page.
 * Workbox's precache holds the app shell and, while the collection is small, every article;
 * these hold the rest.
 */
export const offlineCaches = {
  /** Articles the reader saved: page, data and share image. Kept until the reader removes them. */
  saved: 'lesezeit-gespeichert',
  /** Pages as first read. Emptied when a new version takes over: they name its old scripts. */
  pages: 'lesezeit-seiten',
  /** Article and index data as first read. */
  data: 'lesezeit-daten',
  /** The search index's files a search used, where the collection is too large to precache it. */
  search: 'lesezeit-suche',
} as const;

/** The cache that holds the reader's preferences for the service worker (see readerPreferences). */
export const preferencesCache = 'lesezeit-einstellungen';

/** Whether a cache is one of the site's own (ours or Workbox's precache), not another app's. */
export function isSiteCache(name: string): boolean {
  return name.startsWith('lesezeit-') || name.startsWith('workbox-precache');
}
