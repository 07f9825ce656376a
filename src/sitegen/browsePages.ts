import { archivePages, formatMonth } from '../content/archive';
import { selectBriefing } from '../content/briefing';
import { toListItem } from '../content/collection';
import type { Article } from '../content/model';
import { searchInfo } from '../content/searchRecord';
import { dataPaths, pagePaths } from '../site/paths';
import { documentTitles } from '../site/titles';

/**
 * A page besides the index and the articles: its path, title and the line for link previews, and
 * the route module whose code (and stylesheet) loads on demand (src/app/routes.tsx).
 */
export type BrowsePage = {
  path: string;
  title: string;
  description: string;
  index: boolean;
  routeModule: 'searchRoute' | 'briefingRoute' | 'archiveRoute';
};

/**
 * The data files of the search page, the briefing and the archive (one per year and per month
 * that has articles), by path below the base.
 */
export function browseDataFiles(
  articles: readonly Article[],
  offlineComplete: boolean,
): Map<string, string> {
  const files = new Map<string, string>();
  const { months, years } = archivePages(articles);
  files.set(dataPaths.searchInfo, JSON.stringify(searchInfo(articles, offlineComplete)));
  files.set(dataPaths.briefing, JSON.stringify(selectBriefing(articles.map(toListItem))));
  for (const year of years) files.set(dataPaths.archiveYear(year.year), JSON.stringify(year));
  for (const month of months)
    files.set(dataPaths.archiveMonth(month.year, month.month), JSON.stringify(month));
  return files;
}

/** The search page (prerendered empty), the briefing and every archive page. */
export function browsePages(articles: readonly Article[]): BrowsePage[] {
  const { months, years } = archivePages(articles);
  return [
    {
      path: pagePaths.search(),
      title: documentTitles.search(),
      description: 'Alle Artikel durchsuchen: Titel, Lead, Zusammenfassung, Text und Zitate.',
      index: false,
      routeModule: 'searchRoute',
    },
    {
      path: pagePaths.briefing,
      title: documentTitles.briefing,
      description: 'Keine Zeit? Die neuesten Artikel in ein paar Punkten.',
      index: true,
      routeModule: 'briefingRoute',
    },
    ...years.map((y) => ({
      path: pagePaths.archiveYear(y.year),
      title: documentTitles.archiveYear(y.year),
      description: `Archiv ${y.year}: ${y.count} Artikel in ${y.months.length} Monaten.`,
      index: true,
      routeModule: 'archiveRoute' as const,
    })),
    ...months.map((m) => ({
      path: pagePaths.archiveMonth(m.year, m.month),
      title: documentTitles.archiveMonth(m.year, m.month),
      description: `Archiv ${formatMonth(m)}: ${m.items.length} Artikel.`,
      index: true,
      routeModule: 'archiveRoute' as const,
    })),
  ];
}
