/** A quoted span in one text: offsets of the opening mark and just after the closing mark. */
export type QuoteSpan = {
  start: number;
  end: number;
  open: string;
  /** The closing mark; empty for a quotation that runs on into the next paragraph. */
  close: string;
  inner: string;
};

const closerFor: Record<string, string> = {
  '«': '»',
  '„': '“',
  '"': '"',
  '“': '”',
};

/** The scan of one text: its closed quotations, and a mark still open at its end. */
function scanQuotes(text: string): {
  spans: QuoteSpan[];
  open: { start: number; mark: string } | null;
} {
  const spans: QuoteSpan[] = [];
  let open: { start: number; mark: string } | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (open === null) {
      if (ch in closerFor && (ch !== '"' || isOpeningStraightQuote(text, i)))
        open = { start: i, mark: ch };
      continue;
    }
    // "sagte: «Wir haben alles versucht. Beat Gmür sagte: «Das reicht nicht.»": the same mark
    // opening again means the first was never closed, so the quotation starts anew.
    if (ch === open.mark && ch !== '"') {
      open = { start: i, mark: ch };
      continue;
    }
    if (ch === closerFor[open.mark]) {
      const inner = text.slice(open.start + 1, i);
      if (inner.trim() !== '') {
        spans.push({ start: open.start, end: i + 1, open: open.mark, close: ch, inner });
      }
      open = null;
    }
  }
  return { spans, open };
}

/**
 * Finds the top-level quotations in a text: «…» (Swiss), „…“ (German), "…" and “…”. Marks of
 * another kind inside an open quotation, such as a nested ‹…›, stay part of its text. An
 * opening mark that is never closed is not a quotation, nor is one opened again before it closes.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  return scanQuotes(text).spans;
}

/**
 * A quotation of several paragraphs, as German and Swiss newsrooms print it: each paragraph opens
 * with the mark and only the last one closes. The span from a mark still open at the end of
 * `text` to its end, when `next` (the following paragraph) goes on with the quotation: it opens
 * with the same mark, or closes one before it opens any. Null otherwise (a stray mark).
 */
export function runOnQuote(text: string, next: string): QuoteSpan | null {
  const { open } = scanQuotes(text);
  if (!open || open.mark === '"') return null;
  const end = text.trimEnd().length;
  const inner = text.slice(open.start + 1, end);
  if (inner.trim() === '') return null;
  const rest = next.trimStart();
  const closer = closerFor[open.mark] ?? '';
  const closes = rest.indexOf(closer);
  const reopens = rest.indexOf(open.mark);
  const goesOn = reopens === 0 || (closes > 0 && (reopens < 0 || closes < reopens));
  return goesOn ? { start: open.start, end, open: open.mark, close: '', inner } : null;
}

const swapped: Record<string, string> = { '«': '»', '»': '«', '‹': '›', '›': '‹' };

/**
 * The mark that closes a quotation opened with `open`, as written: `»` for `«`, `«` for `»`
 * (German print), `“` for `„`. For a quotation that runs on into the next paragraph, whose own
 * text has no closing mark, where it stands alone (the list of quotes).
 */
export function closingMark(open: string): string {
  return closerFor[open] ?? swapped[open] ?? open;
}

/**
 * The asterisk that marks a changed name ("Rosmarie B.* (78)", "Anna Muster*, die …") turned into
 * a space, so the name reads as a name; every offset stays where it was. Not a gender star
 * ("Lehrer*innen"), which a letter follows.
 */
export const withoutChangedNameMarks = (text: string) =>
  text.replace(/(?<=\p{Lu}[\p{L}.]*)\*(?=[\s,;:.!?)]|$)/gu, ' ');

/** »…« and ›…‹ turned into «…» and ‹…›; every offset stays where it was. */
export const swapGuillemets = (text: string) => text.replace(/[«»‹›]/gu, (c) => swapped[c] ?? c);

/**
 * Whether texts quote with guillemets pointing inwards, »…« (German print), rather than «…»
 * (Swiss): more of them open their first guillemet with » than with «.
 */
export function usesInwardGuillemets(texts: readonly string[]): boolean {
  let inward = 0;
  for (const text of texts) {
    const first = /[«»]/u.exec(text)?.[0];
    if (first === '»') inward++;
    else if (first === '«') inward--;
  }
  return inward > 0;
}

/** A straight quote opens a quotation at the start of a word, not after a letter (12" or don"t). */
function isOpeningStraightQuote(text: string, i: number): boolean {
  const before = text.charAt(i - 1);
  const after = text.charAt(i + 1);
  return (i === 0 || /[\s([{\-–—/:]/.test(before)) && after !== '' && !/\s/.test(after);
}
