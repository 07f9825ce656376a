import { useEffect } from 'react';

/** Page titles; shared with the prerenderer so server and client name pages alike. */
export const pageTitles = {
  home: 'Lesezeit – Nachrichten in Ruhe lesen',
  homePage: (page: number) => `Seite ${page} – Lesezeit`,
  article: (title: string) => `${title} – Lesezeit`,
  notFound: 'Seite nicht gefunden – Lesezeit',
  error: 'Fehler beim Laden – Lesezeit',
};

/** Sets document.title after render (never during render: the server has no document). */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
