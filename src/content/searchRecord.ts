import { parseArticleDate } from './articleDate';
import type { Article } from './model';
import { escapeSearchText } from './searchExcerpt';

/** The Pagefind filters a record carries: its publisher and its year. */
export const searchFilters = { source: 'quelle', year: 'jahr' } as const;

/** What the search shows of a result besides its excerpt. */
export type SearchMeta = { title: string; slug: string; date: string; source: string };

export type SearchRecord = {
  /** The article's page, below the site's base (the site's layout is not content's to know). */
  url: string;
  /** Every word of the article, escaped: the excerpt then holds no markup but Pagefind's marks. */
  content: string;
  language: 'de';
  meta: SearchMeta;
  filters: Record<string, string[]>;
};

/**
 * The index record of an article, from its model: title, lead, summary items, subheadings and
 * paragraphs (quotes are part of these texts), and the speakers of its quotes. Blocks are joined
 * by line breaks, so no matched word runs from one block into the next.
 */
export function searchRecord(article: Article, url: string): SearchRecord {
  const speakers = [...new Set(article.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])))];
  // The title first, as on the page: Pagefind's index keeps each word's position in the record,
  // so text that comes after an edited passage moves. With the title before the body, an edit of
  // the body leaves the index chunks of the title's words as they were. It ends as a sentence,
  // so that an excerpt that takes in its last words does not run them into the lead.
  const texts = [
    /[.!?:…]$/.test(article.title) ? article.title : `${article.title}.`,
    article.lead,
    ...(article.summary?.items ?? []),
    ...article.body.map((block) => block.text),
    ...(speakers.length > 0 ? [`Zitiert: ${speakers.join(', ')}`] : []),
  ];
  const date = parseArticleDate(article.date);
  return {
    url,
    content: escapeSearchText(texts.join('\n')),
    language: 'de',
    meta: {
      title: article.title,
      slug: article.slug,
      date: article.date,
      source: article.source ?? '',
    },
    filters: {
      ...(article.source ? { [searchFilters.source]: [article.source] } : {}),
      ...(date.ok ? { [searchFilters.year]: [String(date.date.year)] } : {}),
    },
  };
}

/** What the search page knows before the first search: the filters' choices and the count. */
export type SearchInfo = {
  total: number;
  /** Every publisher, alphabetically. */
  sources: string[];
  /** Every year that has articles, newest first. */
  years: number[];
  /** Whether the service worker keeps the whole index, so a search offline finds everything. */
  offlineComplete: boolean;
};

export function searchInfo(articles: readonly Article[], offlineComplete: boolean): SearchInfo {
  const sources = new Set<string>();
  const years = new Set<number>();
  for (const article of articles) {
    if (article.source) sources.add(article.source);
    const date = parseArticleDate(article.date);
    if (date.ok) years.add(date.date.year);
  }
  return {
    total: articles.length,
    sources: [...sources].sort((a, b) => a.localeCompare(b, 'de')),
    years: [...years].sort((a, b) => b - a),
    offlineComplete,
  };
}
