import { dateSortKey } from './articleDate';
import { decodeSource } from './decodeSource';
import type { Article, ArticleIndexPage, ArticleListItem, ContentProblem } from './model';
import { parseArticle } from './parseArticle';

export type SourceFile = { name: string; bytes: Uint8Array };

export type FileReport = { file: string; errors: ContentProblem[]; warnings: ContentProblem[] };

export type Collection = { articles: Article[]; reports: FileReport[] };

/** Articles on one page of the collection index. */
export const indexPageSize = 20;

export type ParsedFile = { article: Article | null; report: FileReport };

/** Parses a single file's bytes; the report names what is wrong and where. */
export function parseSourceFile(file: SourceFile): ParsedFile {
  const decoded = decodeSource(file.bytes);
  if (!decoded.ok)
    return { article: null, report: { file: file.name, errors: [decoded.error], warnings: [] } };
  const result = parseArticle(decoded.text, file.name);
  return result.ok
    ? {
        article: result.article,
        report: { file: file.name, errors: [], warnings: result.warnings },
      }
    : {
        article: null,
        report: { file: file.name, errors: result.errors, warnings: result.warnings },
      };
}

function newestFirst(a: Article, b: Article): number {
  const byDate = dateSortKey(b.date).localeCompare(dateSortKey(a.date));
  return byDate !== 0 ? byDate : a.id.localeCompare(b.id);
}

/**
 * Parses every file, newest first, with slugs unique across the collection (the older article
 * of two with the same title gets "-2"). The same files always give the same collection. `parse`
 * lets a caller answer a file from a cache of earlier parses.
 */
export function buildCollection(
  files: readonly SourceFile[],
  parse: (file: SourceFile) => ParsedFile = parseSourceFile,
): Collection {
  const parsed = [...files].sort((a, b) => a.name.localeCompare(b.name)).map((file) => parse(file));
  const articles = parsed.flatMap((p) => (p.article ? [p.article] : [])).sort(newestFirst);
  const taken = new Set<string>();
  const unique = articles.map((article) => {
    let slug = article.slug;
    for (let n = 2; taken.has(slug); n++) slug = `${article.slug}-${n}`;
    taken.add(slug);
    return slug === article.slug ? article : { ...article, slug };
  });
  return { articles: unique, reports: parsed.map((p) => p.report) };
}

export function toListItem(article: Article): ArticleListItem {
  const { id, slug, title, date, lead, source, readingMinutes, summary } = article;
  return { id, slug, title, date, lead, source, readingMinutes, summary };
}

/** The collection index in pages, so that a page view never loads all of a large collection. */
export function indexPages(
  articles: readonly Article[],
  pageSize = indexPageSize,
): ArticleIndexPage[] {
  const pageCount = Math.max(1, Math.ceil(articles.length / pageSize));
  return Array.from({ length: pageCount }, (_, i) => ({
    page: i + 1,
    pageCount,
    total: articles.length,
    items: articles.slice(i * pageSize, (i + 1) * pageSize).map(toListItem),
  }));
}

/** `file:line: message`, the form editors and terminals link to. */
export function formatProblem(file: string, problem: ContentProblem): string {
  return `${file}:${problem.line}: ${problem.message}`;
}

/**
 * One line on what the parser found in an article, for `content check`: its blocks, its quotes
 * and how many have a speaker, and the summary box with the label it was found by.
 */
export function articleSummaryLine(article: Article): string {
  const headings = article.body.filter((b) => b.type === 'heading').length;
  const withSpeaker = article.quotes.filter((q) => q.speaker !== null).length;
  const box = article.summary
    ? `summary "${article.summary.label}" with ${article.summary.items.length} items`
    : 'no summary';
  return `${article.body.length} blocks, ${headings} headings, ${article.quotes.length} quotes, ${withSpeaker} with a speaker, ${box}`;
}
