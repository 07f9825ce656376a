import { archiveOrder } from './archive';
import type { ArticleListItem } from './model';

/** How far the briefing reaches back: this many days that have articles… */
export const briefingDays = 7;
/** …and at most this many articles. */
export const briefingLimit = 20;

/** One article of the briefing: its summary items, or its lead where it has no summary box. */
export type BriefingItem = Pick<ArticleListItem, 'slug' | 'title' | 'date' | 'source'> & {
  /** The summary box's items; empty when the article has none (then `lead` stands in). */
  points: string[];
  lead: string | null;
};

/** The briefing page's data: the articles and the days they come from (newest first). */
export type Briefing = { items: BriefingItem[]; days: string[] };

export function toBriefingItem(article: ArticleListItem): BriefingItem {
  const points = article.summary?.items ?? [];
  return {
    slug: article.slug,
    title: article.title,
    date: article.date,
    source: article.source,
    points,
    lead: points.length > 0 ? null : article.lead,
  };
}

/**
 * "Keine Zeit?": the newest articles from the last `days` dates that have articles, at most
 * `limit`, newest first. A date is an article's date as written, so an article dated only with
 * a month counts as one date of its own, after the dated days of that month (as in the archive).
 */
export function selectBriefing(
  articles: readonly ArticleListItem[],
  days = briefingDays,
  limit = briefingLimit,
): Briefing {
  const newest = [...articles].sort(archiveOrder);
  const taken: string[] = [];
  const items: BriefingItem[] = [];
  for (const article of newest) {
    if (items.length >= limit) break;
    if (!taken.includes(article.date)) {
      if (taken.length >= days) break;
      taken.push(article.date);
    }
    items.push(toBriefingItem(article));
  }
  return { items, days: taken };
}
