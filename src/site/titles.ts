import { formatArticleDate } from '../content/articleDate';
import type { SearchState } from './paths';

/** The site's name, in titles, the manifest and link previews. */
export const siteName = 'Lesezeit';

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Every page's document title. The prerenderer writes them into the pages and the routes set them
 * after a client-side navigation, so server and client name a page alike.
 */
export const documentTitles = {
  home: `${siteName} – Nachrichten in Ruhe lesen`,
  indexPage: (page: number) => (page <= 1 ? documentTitles.home : `Seite ${page} – ${siteName}`),
  article: (title: string) => `${title} – ${siteName}`,
  saved: `Gespeicherte Artikel – ${siteName}`,
  offline: `Offline – ${siteName}`,
  search: (state: SearchState = {}) =>
    state.query ? `«${state.query}» – Suche – ${siteName}` : `Suche – ${siteName}`,
  archiveYear: (year: number) => `Archiv ${year} – ${siteName}`,
  /** "April 2025 – Archiv – Lesezeit". */
  archiveMonth: (year: number, month: number) =>
    `${formatArticleDate(`${year}-${pad2(month)}`)} – Archiv – ${siteName}`,
  briefing: `Keine Zeit? Das Neueste in Kürze – ${siteName}`,
  notFound: `Seite nicht gefunden – ${siteName}`,
  error: `Fehler beim Laden – ${siteName}`,
} as const;
