/**
 * The caches behind offline reading, shared by the service worker (src/sw.ts) and the page. The
 * precache (Workbox's own cache) holds the app shell and, while the collection is small, every
 * article; these hold the rest.
 */
export const offlineCaches = {
  /** Articles the reader saved: page, data and share image. Kept until the reader removes them. */
  saved: 'lesezeit-gespeichert',
  /** Pages as first read. Emptied when a new version takes over: they name its old scripts. */
  pages: 'lesezeit-seiten',
  /** Article and index data as first read. */
  data: 'lesezeit-daten',
} as const;
