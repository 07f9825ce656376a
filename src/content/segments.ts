import type { Quote, QuoteLocation } from './model';

export type TextSegment =
  { type: 'text'; text: string } | { type: 'quote'; quote: Quote; text: string };

/**
 * Splits one text of the article into plain runs and its quotations, for rendering. `text` of a
 * quote segment is the span as written, marks included. Quotes that do not fit are left as text.
 */
export function segmentText(
  text: string,
  quotes: readonly Quote[],
  part: QuoteLocation['part'],
  index: number,
): TextSegment[] {
  const here = quotes
    .filter((q) => q.location.part === part && q.location.index === index)
    .sort((a, b) => a.location.start - b.location.start);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const quote of here) {
    const { start, end } = quote.location;
    if (start < cursor || end > text.length || start >= end) continue;
    if (start > cursor) segments.push({ type: 'text', text: text.slice(cursor, start) });
    segments.push({ type: 'quote', quote, text: text.slice(start, end) });
    cursor = end;
  }
  if (cursor < text.length || segments.length === 0)
    segments.push({ type: 'text', text: text.slice(cursor) });
  return segments;
}
