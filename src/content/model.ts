/**
 * The article model: what the parser makes of one source file, what the build writes as JSON
 * and what the reader renders. Field names are a contract (docs/ARTICLE_FORMAT in README).
 */

export type QuoteKind = 'speech' | 'partial' | 'name';

/** Where a quote stands: which text of the article, and its character range in that text. */
export type QuoteLocation = {
  /** `lead`, `summary` (index = item) or `body` (index = block). */
  part: 'lead' | 'summary' | 'body';
  index: number;
  /** Offset of the opening mark in that text. */
  start: number;
  /** Offset just after the closing mark. */
  end: number;
};

export type Quote = {
  /** `zitat-1`, `zitat-2`, … in reading order. */
  id: string;
  /** The words between the marks, exactly as written (nested ‹…› kept). */
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  /** The opening and closing marks as written: `«` `»`, `„` `“` or `"` `"`. */
  marks: [string, string];
  location: QuoteLocation;
};

export type HeadingBlock = { type: 'heading'; id: string; text: string };
export type ParagraphBlock = { type: 'paragraph'; text: string };
export type Block = HeadingBlock | ParagraphBlock;

export type Summary = { label: string; items: string[] };

export type Article = {
  /** File name without extension. */
  id: string;
  /** URL segment from the title, unique in a collection. */
  slug: string;
  /** As written: `2025-04` or `2024-11-03`. */
  date: string;
  title: string;
  /** The publisher named in the summary label, if any. */
  source: string | null;
  hero: { caption: string; credit: string | null };
  lead: string;
  summary: Summary | null;
  body: Block[];
  quotes: Quote[];
  readingMinutes: number;
};

/** What a list of articles needs, one entry per article. */
export type ArticleListItem = Pick<
  Article,
  'id' | 'slug' | 'title' | 'date' | 'lead' | 'source' | 'readingMinutes' | 'summary'
>;

/** One page of the collection index, newest first. */
export type ArticleIndexPage = {
  page: number;
  pageCount: number;
  total: number;
  items: ArticleListItem[];
};

/** A problem in a source file, located by its 1-based line. */
export type ContentProblem = { line: number; message: string };

export type ParseResult =
  | { ok: true; article: Article; warnings: ContentProblem[] }
  | { ok: false; errors: ContentProblem[]; warnings: ContentProblem[] };
