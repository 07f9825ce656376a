/**
 * Sentences of a German text, for reading aloud: each one is spoken as an utterance of its own
 * (speech engines cut long utterances off) and marked on screen while it is spoken.
 *
 * `Intl.Segmenter('de')` finds the candidates; it breaks after every full stop that is followed
 * by a capital, and German capitalises every noun: `z. B.`, `Dr. Meier`, `2,5 Mio. Franken`,
 * `am 3. Mai`. Those pieces are joined again here, as are a quote and its attribution
 * (`«Komm!» rief sie.`) and, while short enough, the sentences of one quotation.
 */

/** One sentence: its text and where it stands in the source (end exclusive, no trailing space). */
export type Sentence = { start: number; end: number; text: string };

/** Abbreviations that never end a sentence: the full stop belongs to the word. */
const neverLast = new Set(
  [
    'Abs',
    'Abt',
    'Art',
    'Bd',
    'bzw',
    'ca',
    'Chr',
    'Dipl',
    'Dr',
    'evtl',
    'geb',
    'gem',
    'ggf',
    'Hr',
    'Hrsg',
    'Ing',
    'inkl',
    'Jh',
    'Jhd',
    'Mia',
    'Mio',
    'Mrd',
    'Nr',
    'Prof',
    'resp',
    'sog',
    'St',
    'Str',
    'Tel',
    'vgl',
    'zit',
    'zzgl',
  ].map((word) => word.toLowerCase()),
);

/** Abbreviations that may end a sentence: joined only when a number follows (`Fr. 20.–`). */
const beforeNumber = new Set(['fr', 'etc', 'usw', 's']);

/** Words after an ordinal (`am 3. Mai`, `im 20. Jahrhundert`). */
const afterOrdinal =
  /^(Januar|Jan\.|Februar|Feb\.|März|April|Apr\.|Mai|Juni|Juli|August|Aug\.|September|Sept?\.|Oktober|Okt\.|November|Nov\.|Dezember|Dez\.|Jahrhundert|Jahrtausend|Jahrestag|Geburtstag|Lebensjahr|Liga|Runde|Etappe|Platz|Rang|Stock|Klasse|Mal)\b/;

/** Opening and closing quotation marks; a straight `"` is both. */
const opening = /[«„‹]/g;
const closing = /[»“”›]/g;

/** Longest a sentence may grow by joining the sentences of one quotation. */
const quoteJoinLimit = 240;

function lastWord(text: string): string {
  return /([\p{L}\p{N}]+)\.$/u.exec(text)?.[1] ?? '';
}

/** Marks still open at the end of the text: «…» and „…“, and straight quotes by parity. */
function openQuotes(text: string): number {
  const opened = text.match(opening)?.length ?? 0;
  // „…“: the German closing mark is the English opening one; count it as closing here.
  const closed = text.match(closing)?.length ?? 0;
  const straight = (text.match(/"/g)?.length ?? 0) % 2;
  return Math.max(0, opened - closed) + straight;
}

/** Whether the candidate break between `before` and `after` (both trimmed) is no sentence end. */
function joins(before: string, after: string): boolean {
  if (after === '') return true;
  // A lower-case start continues the sentence: `«Komm!» und ging`, `„Nein!“ rief er`.
  if (/^[\p{Ll}]/u.test(after)) return true;
  // Continuing punctuation: `«Wohin?», fragte sie` (ICU mostly keeps these, not always).
  if (/^[,;:–—)]/.test(after)) return true;
  if (!before.endsWith('.')) return false;
  const word = lastWord(before);
  if (neverLast.has(word.toLowerCase())) return true;
  // A lone lower-case letter is an abbreviation: z. B., d. h., u. a., v. a.
  if (/^\p{Ll}$/u.test(word)) return true;
  // An initial: `Hans P. Meier`.
  if (/^\p{Lu}$/u.test(word) && /^\p{Lu}\p{Ll}/u.test(after) && /\s\p{Lu}\.$/u.test(` ${before}`))
    return !/\b(Plan|Vitamin|Teil|Gruppe|Typ|Klasse|Kategorie)\s\p{Lu}\.$/u.test(before);
  if (beforeNumber.has(word.toLowerCase()) && /^\d/.test(after)) return true;
  // An ordinal: `am 3. Mai`.
  if (/^\d{1,2}$/.test(word) && afterOrdinal.test(after)) return true;
  return false;
}

/**
 * The sentences of `text` in order. Together they cover every non-space character of it; the
 * whitespace between them belongs to none.
 */
export function splitSentences(text: string): Sentence[] {
  const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });
  const pieces: Array<{ start: number; end: number }> = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmedStart = index + (segment.length - segment.trimStart().length);
    const end = index + segment.trimEnd().length;
    if (end <= trimmedStart) continue;
    pieces.push({ start: trimmedStart, end });
  }
  const sentences: Array<{ start: number; end: number }> = [];
  for (const piece of pieces) {
    const last = sentences.at(-1);
    if (last) {
      const before = text.slice(last.start, last.end);
      const after = text.slice(piece.start, piece.end);
      const quoteOpen = openQuotes(before) > 0 && piece.end - last.start <= quoteJoinLimit;
      if (joins(before, after) || quoteOpen) {
        last.end = piece.end;
        continue;
      }
    }
    sentences.push({ ...piece });
  }
  return sentences.map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
}
