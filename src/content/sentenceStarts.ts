import { findQuoteSpans, type QuoteSpan } from './quoteSpans';

/**
 * Full stops that end no sentence: "St. Gallen", "Dr. Muster", "J. P. Candrian", "z. B.", "bzw.",
 * "3. Mai". A short capitalised word is an abbreviation only if it is a known one: "auf die Alp."
 * ends a sentence; so does a number before a quotation ("Lea Hofer ist 29. «…»") or after a word
 * that gives an age ("erzählt X, heute 91. Seine Frau …"), a rank ("fällt aus den Top 3. Amstad
 * lobt …", "auf Platz 4. Sie …") or a comma ("sagt Horst Vollmer, 78.
 * Seine Frau …"; not a date: "Samstag, 22. März"), and a letter
 * after a preposition, a platform's name ("schreibt Kälin auf X. Vogt …"), or an initial before a
 * quotation ("sagt Gerhard K. «…»").
 */
const noSentenceEnd =
  /(?<=^|[\s(])(?:(?:(?<!(?:^|\s)(?:auf|bei|via|über|an|in|im)\s)\p{Lu}(?!\.\s+_)|St|Dr|Prof|Nr|Hr|Fr|Jr|Sr|Mio|Mrd|Tel|Str|Bd|Bsp|Abs|Mr|Mrs|Ms|Co|Inc|Ltd|\p{Ll}|bzw|ca|vgl|usw|evtl|inkl|resp)\.(?=\s)|(?<!(?:^|\s)(?:heute|ist|war|sei|wird|wurde|jetzt|inzwischen|mittlerweile|fast|knapp|erst|schon|Top|Rang|Platz|Position|Startnummer|Nummer|Gleis|Stufe)\s)(?<!,\s)\d{1,2}\.(?=\s+[^\s_])|(?<=,\s)\d{1,2}\.(?=\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)))/gu;

/**
 * Offsets where the sentences of a text start. A mark inside a quotation ends no sentence of the
 * text around it, and neither does the full stop of an abbreviation or an ordinal.
 */
export function sentenceStarts(
  text: string,
  spans: readonly QuoteSpan[] = findQuoteSpans(text),
): number[] {
  let masked = text;
  // A quotation is one word of the sentence around it; one that ends with its own sentence mark
  // («… gelegt.» Ein Diplomat …) may end that sentence too.
  for (const s of spans) {
    // «… sagte sie: ‹Spiel, dann vergeht es.›» Ihre Enkelin …: past the closing inner quote too.
    const mark = /[.!?…][›‹'‘’"“”]*$/u.test(s.inner.trimEnd()) ? '.' : '_';
    masked =
      masked.slice(0, s.start) + '_'.repeat(s.end - s.start - 1) + mark + masked.slice(s.end);
  }
  masked = masked.replace(noSentenceEnd, (m) => m.replace('.', '_'));
  return [
    0,
    ...Array.from(
      masked.matchAll(/[.!?…]["»“”"›']*\s+(?=[^\s\p{Ll}])/gu),
      (m) => m.index + m[0].length,
    ),
  ];
}

/** Whether a block is one sentence: no sentence mark followed by more text, quotations aside. */
export function isOneSentence(text: string): boolean {
  return sentenceStarts(text.trim()).length === 1;
}
