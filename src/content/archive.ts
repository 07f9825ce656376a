import { dateSortKey, formatArticleDate, parseArticleDate } from './articleDate';
import type { Article, ArticleListItem } from './model';

/** A month of the archive: `/archiv/2025/04`. */
export type ArchiveMonth = { year: number; month: number };

/** A month with how many articles it has, for the year overview. */
export type ArchiveMonthCount = ArchiveMonth & { count: number };

/** A year of the archive with its months that have articles, newest first. */
export type ArchiveYear = { year: number; count: number; months: ArchiveMonthCount[] };

/** What a row of the archive shows of an article. */
export type ArchiveItem = Pick<
  ArticleListItem,
  'slug' | 'title' | 'date' | 'source' | 'readingMinutes'
>;

/** One month's page: its articles, newest first. */
export type ArchiveMonthPage = ArchiveMonth & { items: ArchiveItem[] };

/** One year's page: its months with their counts, and every year that has articles. */
export type ArchiveYearPage = ArchiveYear & { years: number[] };

/**
 * Newest first within the archive: articles dated with a day by their day, those with only a
 * month after every dated one of that month; equal dates in a fixed order (by id).
 */
export function archiveOrder(
  a: Pick<Article, 'date' | 'id'>,
  b: Pick<Article, 'date' | 'id'>,
): number {
  const byDate = dateSortKey(b.date).localeCompare(dateSortKey(a.date));
  return byDate !== 0 ? byDate : a.id.localeCompare(b.id);
}

/** `2025-04`: the key of a month, as in the archive's paths and data files. */
export function monthKey({ year, month }: ArchiveMonth): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month of an article's date; null for a date that is not one (the parser never gives one). */
export function monthOf(date: string): ArchiveMonth | null {
  const parsed = parseArticleDate(date);
  return parsed.ok ? { year: parsed.date.year, month: parsed.date.month } : null;
}

/** Every month that has articles, newest first, each with its articles in archive order. */
export function archiveMonths<T extends Pick<Article, 'date' | 'id'>>(
  articles: readonly T[],
): Array<ArchiveMonth & { items: T[] }> {
  const byMonth = new Map<string, ArchiveMonth & { items: T[] }>();
  for (const article of articles) {
    const month = monthOf(article.date);
    if (!month) continue;
    const key = monthKey(month);
    const entry = byMonth.get(key) ?? { ...month, items: [] };
    entry.items.push(article);
    byMonth.set(key, entry);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([, entry]) => ({ ...entry, items: [...entry.items].sort(archiveOrder) }));
}

/** The years that have articles, newest first, each with its months and their counts. */
export function archiveYears(articles: readonly Pick<Article, 'date' | 'id'>[]): ArchiveYear[] {
  const years: ArchiveYear[] = [];
  for (const { year, month, items } of archiveMonths(articles)) {
    let entry = years[years.length - 1];
    if (entry?.year !== year) {
      entry = { year, count: 0, months: [] };
      years.push(entry);
    }
    entry.months.push({ year, month, count: items.length });
    entry.count += items.length;
  }
  return years;
}

export function toArchiveItem({
  slug,
  title,
  date,
  source,
  readingMinutes,
}: ArchiveItem): ArchiveItem {
  return { slug, title, date, source, readingMinutes };
}

/**
 * The archive's pages: one per month that has articles, one per year. Adding an article changes
 * its month's page and its year's page only (and every year page when it opens a new year).
 */
export function archivePages(articles: readonly Article[]): {
  months: ArchiveMonthPage[];
  years: ArchiveYearPage[];
} {
  const years = archiveYears(articles);
  const yearList = years.map((y) => y.year);
  return {
    months: archiveMonths(articles).map(({ year, month, items }) => ({
      year,
      month,
      items: items.map(toArchiveItem),
    })),
    years: years.map((y) => ({ ...y, years: yearList })),
  };
}

/** "April 2025". */
export function formatMonth(month: ArchiveMonth): string {
  return formatArticleDate(monthKey(month));
}

const weekdays = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

/** A day of a month's page: "Donnerstag, 3. April"; the month-only articles get their own group. */
export type ArchiveDay<T> = { date: string; label: string; items: T[] };

/** "Donnerstag, 3. April 2025" for a day, "Ohne Tagesdatum" for a month-only date. */
export function formatDayHeading(date: string): string {
  const parsed = parseArticleDate(date);
  if (!parsed.ok || parsed.date.day === null) return 'Ohne Tagesdatum';
  const { year, month, day } = parsed.date;
  const weekday = weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
  return `${weekday}, ${formatArticleDate(date)}`;
}

/** A month's articles by day, in archive order; those with only a month last. */
export function archiveDays<T extends Pick<Article, 'date'>>(items: readonly T[]): ArchiveDay<T>[] {
  const days: ArchiveDay<T>[] = [];
  for (const item of [...items].sort((a, b) =>
    dateSortKey(b.date).localeCompare(dateSortKey(a.date)),
  )) {
    const last = days[days.length - 1];
    if (last?.date === item.date) last.items.push(item);
    else days.push({ date: item.date, label: formatDayHeading(item.date), items: [item] });
  }
  return days;
}
