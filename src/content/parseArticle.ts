import { parseArticleDate } from './articleDate';
import type { Article, Block, ContentProblem, ParseResult, Quote } from './model';
import { extractQuotes } from './quotes';
import { readingMinutes } from './readingTime';
import { slugify, uniqueSlugs } from './slug';
import { splitBlocks, type SourceBlock } from './splitBlocks';
import { isSubheading } from './subheading';
import { matchSummaryLabel, readSummaryBox } from './summaryBox';

/** Ids the reader uses for its own anchors; a heading never takes them. */
export const reservedAnchorIds = ['inhalt', 'zusammenfassung', 'zitate', 'titel'];

export type Header = { date: string; caption: string; credit: string | null };

const headerPattern = /^date\s+(\S+)\s*(.*)$/iu;

/** Abbreviations whose full stop does not end a caption: "Kapo St. Gallen", "Dr. Muster". */
const abbreviation =
  /(^|\s)(St|Dr|Prof|Nr|Hr|Fr|Jr|Sr|Mr|Mrs|Ms|Co|Inc|Ltd|bzw|ca|vgl|resp|\p{Lu})$/u;

/**
 * The caption runs up to and including its last sentence mark (closing quotation marks and
 * brackets included); what follows is the photo credit. A full stop after an abbreviation in the
 * middle of the text ("Kapo St. Gallen") is not a sentence mark.
 */
export function splitCaption(text: string): { caption: string; credit: string | null } {
  let end = -1;
  for (const m of text.matchAll(/[.!?…][»«“”"›‹')\]]*(?=\s|$)/gu)) {
    const after = m.index + m[0].length;
    const isAbbreviation =
      m[0].startsWith('.') && abbreviation.test(text.slice(0, m.index)) && after < text.length;
    if (!isAbbreviation) end = after;
  }
  if (end < 0) return { caption: text, credit: null };
  const credit = text.slice(end).trim();
  return { caption: text.slice(0, end), credit: credit === '' ? null : credit };
}

export function parseHeader(
  block: SourceBlock,
): { ok: true; header: Header } | { ok: false; error: ContentProblem } {
  const match = headerPattern.exec(block.text);
  if (!match || !/^date\b/u.test(block.text)) {
    return {
      ok: false,
      error: {
        line: block.line,
        message: `the article must start with a header "date YYYY-MM" or "date YYYY-MM-DD", found "${preview(block.text)}"`,
      },
    };
  }
  const date = match[1] ?? '';
  const checked = parseArticleDate(date);
  if (!checked.ok) return { ok: false, error: { line: block.line, message: checked.message } };
  const rest = (match[2] ?? '').trim();
  if (rest === '') {
    return {
      ok: false,
      error: {
        line: block.line,
        message:
          'the header has no image caption after the date; the caption gives the article its title',
      },
    };
  }
  return { ok: true, header: { date, ...splitCaption(rest) } };
}

function preview(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The title is the caption without its closing full stop; a closing `?` or `!` says something and stays. */
export function titleFromCaption(caption: string): string {
  return caption.replace(/(?<!\.)\.$/u, '').trimEnd();
}

/** A file name without its folder and extension: the article's id. */
export function articleIdFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]*$/, '');
}

/**
 * Whether a quotation is a whole subheading («Was soll ich denn den ganzen Tag machen?»): words
 * lifted out of the text as a title, whose heading does not say who spoke.
 */
function wholeHeading(quote: Quote, body: readonly Block[]): boolean {
  const block = quote.location.part === 'body' ? body[quote.location.index] : undefined;
  if (block?.type !== 'heading') return false;
  const rest = block.text.slice(0, quote.location.start) + block.text.slice(quote.location.end);
  return /^[\s.,:;!?…–-]*$/u.test(rest);
}

/**
 * Parses one article source. Never throws: a file that is not an article gives errors naming
 * the line, and doubtful but usable input gives warnings.
 */
export function parseArticle(source: string, fileName: string): ParseResult {
  const blocks = splitBlocks(source);
  const headerBlock = blocks[0];
  if (!headerBlock) {
    return {
      ok: false,
      errors: [
        { line: 1, message: 'the file is empty: an article needs a "date" header and a lead' },
      ],
      warnings: [],
    };
  }
  const header = parseHeader(headerBlock);
  const errors: ContentProblem[] = header.ok ? [] : [header.error];
  const leadBlock = blocks[1];
  if (!leadBlock) {
    errors.push({
      line: headerBlock.line + 1,
      message: 'the article has no lead: the paragraph after the header is missing',
    });
  } else if (matchSummaryLabel(leadBlock.text)) {
    errors.push({
      line: leadBlock.line,
      message: 'the article has no lead: the summary box follows the header directly',
    });
  }
  if (!header.ok || !leadBlock || errors.length > 0) return { ok: false, errors, warnings: [] };

  const { summary, source: publisher, next, warnings } = readSummaryBox(blocks, 2);
  const bodyBlocks = blocks.slice(next);
  const texts = bodyBlocks.map((b) => b.text);
  const headingFlags = texts.map((text, i) => isSubheading(text, texts[i + 1]));
  const headingIds = uniqueSlugs(
    texts.filter((_, i) => headingFlags[i]),
    (i) => `abschnitt-${i + 1}`,
    reservedAnchorIds,
  );
  let headingCount = 0;
  const body: Block[] = texts.map((text, i) =>
    headingFlags[i]
      ? { type: 'heading', id: headingIds[headingCount++] ?? `abschnitt-${headingCount}`, text }
      : { type: 'paragraph', text },
  );

  const lead = leadBlock.text;
  const quotes = extractQuotes(
    [
      { part: 'lead', index: 0, text: lead },
      ...(summary?.items ?? []).map((text, index) => ({ part: 'summary' as const, index, text })),
      ...body.map((block, index) => ({ part: 'body' as const, index, text: block.text })),
    ],
    [header.header.caption],
  ).map((quote) => (wholeHeading(quote, body) ? { ...quote, speaker: null } : quote));
  const title = titleFromCaption(header.header.caption);
  const id = articleIdFromFileName(fileName);

  const article: Article = {
    id,
    slug: slugify(title) || slugify(id) || 'artikel',
    date: header.header.date,
    title,
    source: publisher,
    hero: { caption: header.header.caption, credit: header.header.credit },
    lead,
    summary,
    body,
    quotes,
    readingMinutes: readingMinutes([title, lead, ...(summary?.items ?? []), ...texts]),
  };
  return { ok: true, article, warnings };
}
