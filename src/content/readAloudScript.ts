import type { Article } from './model';
import { splitSentences, type Sentence } from './sentences';

/**
 * What "Vorlesen" reads, in order: the title, the lead, the summary's items, then the body with
 * its subheadings. Each paragraph is a list of utterances, sentence-sized, with their place in
 * the paragraph's text, so the one being spoken can be marked on the page. Quotes stay as they
 * stand in the text.
 */
export type SpokenParagraph = {
  /** Which text of the article: `title`, `lead`, `summary-0`…, `body-0`…. */
  part: string;
  /** The paragraph's text as the article has it; the utterances point into it. */
  text: string;
  utterances: Sentence[];
};

/** Longest an utterance may be; some engines stop speaking a long one part way through. */
export const utteranceLimit = 280;

/** Where a long sentence may be cut: after a semicolon, colon, dash or comma, then any space. */
const cutPoints = [/[;:]\s/g, /\s[–—]\s/g, /,\s/g, /\s/g];

/** Cuts a sentence longer than `limit` at the latest good place before it, repeatedly. */
export function splitLongSentence(sentence: Sentence, limit = utteranceLimit): Sentence[] {
  const pieces: Sentence[] = [];
  let { start, text } = sentence;
  while (text.length > limit) {
    let cut = -1;
    for (const pattern of cutPoints) {
      for (const match of text.slice(0, limit).matchAll(pattern)) {
        const at = match.index + match[0].trimEnd().length;
        // Not so early that the rest is hardly shorter.
        if (at >= limit / 3) cut = at;
      }
      if (cut > 0) break;
    }
    if (cut <= 0) cut = limit;
    const head = text.slice(0, cut).trimEnd();
    pieces.push({ start, end: start + head.length, text: head });
    const rest = text.slice(cut);
    const skipped = rest.length - rest.trimStart().length;
    start += cut + skipped;
    text = rest.trimStart();
  }
  if (text) pieces.push({ start, end: start + text.length, text });
  return pieces;
}

function paragraph(part: string, text: string): SpokenParagraph {
  return { part, text, utterances: splitSentences(text).flatMap((s) => splitLongSentence(s)) };
}

export function readAloudScript(
  article: Pick<Article, 'title' | 'lead' | 'summary' | 'body'>,
): SpokenParagraph[] {
  return [
    paragraph('title', article.title),
    paragraph('lead', article.lead),
    ...(article.summary?.items ?? []).map((item, i) => paragraph(`summary-${i}`, item)),
    ...article.body.map((block, i) => paragraph(`body-${i}`, block.text)),
  ].filter((p) => p.utterances.length > 0);
}
