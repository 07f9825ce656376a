/** A quoted span in one text: offsets of the opening mark and just after the closing mark. */
export type QuoteSpan = { start: number; end: number; open: string; close: string; inner: string };

const closerFor: Record<string, string> = {
  '«': '»',
  '„': '“',
  '"': '"',
  '“': '”',
};

/**
 * Finds the top-level quotations in a text: «…» (Swiss), „…“ (German), "…" and “…”. Marks of
 * another kind inside an open quotation, such as a nested ‹…›, stay part of its text. An
 * opening mark that is never closed is not a quotation, nor is one opened again before it closes.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
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
  return spans;
}

/** A straight quote opens a quotation at the start of a word, not after a letter (12" or don"t). */
function isOpeningStraightQuote(text: string, i: number): boolean {
  const before = text.charAt(i - 1);
  const after = text.charAt(i + 1);
  return (i === 0 || /[\s([{\-–—/:]/.test(before)) && after !== '' && !/\s/.test(after);
}
