import type { Quote, QuoteKind, QuoteLocation } from './model';
import { PeopleIndex, isNameWord, isRoleReference, isRoleWord, personPronouns, readName } from './people';
import { findQuoteSpans, type QuoteSpan } from './quoteSpans';

/** Verbs (and `so`) that attribute a quotation: «…», sagte X / X erklärte: «…». */
const sayVerbs = new Set(
  (
    'sagte sagt sagten sagen gesagt erklärte erklärt erklärten erklären meinte meint betonte betont ' +
    'schrieb schreibt schrieben geschrieben so fügte ergänzte ergänzt hob hielt warnte warnt ' +
    'kritisierte kritisiert teilte versicherte bestätigte bestätigt räumte gab fragte fragt ' +
    'antwortete antwortet rief twitterte postete behauptete behauptet forderte fordert stellte ' +
    'unterstrich verkündete kommentierte bilanzierte präzisierte argumentierte begründete ' +
    'bekräftigte mahnte mahnt lobte klagte beklagte schimpfte jubelte gestand erzählte erzählt ' +
    'berichtete berichtet bemerkte erläuterte führte liess verriet verrät notierte zitierte ' +
    'sagte, meldete meldet beteuerte beteuert verteidigte resümierte analysierte urteilte ' +
    'hiess heisst insistierte entgegnete widersprach wiederholte ergänzte'
  ).split(/\s+/),
);

/** Nouns that name what follows: des Typs «Patriot», der Zeitung «Beispielblatt». */
const namingNouns =
  /\b(Typs?|Typ|Zeitung|Zeitschrift|Magazins?|Blatt(?:es|s)?|Senders?|Sendung|Show|Portals?|Plattform|Firma|Unternehmens?|Konzerns?|Marke|Modells?|Initiative|Partei|Vereins?|Organisation|Bewegung|Gruppe|Band|Projekts?|Programms?|Operation|Kampagne|Albums?|Songs?|Liedes|Lied|Films?|Buch(?:es|s)?|Romans?|Serie|Podcasts?|App|Kolumne|Titel|Agentur|Nachrichtenagentur|Onlineportals?|Newsportals?|Sonntagszeitung|Tageszeitung|Wochenzeitung|Hotels?|Restaurants?|Schiffs?|Raumschiffs?|Mission|Festivals?|Ausstellung|Studie|Reihe|Format|Fonds|Labels?|Namens?|namens|heisst|heissen|hiess|hiessen|genannt|titelt|titelte|genannte[nm]?|sogenannte[nm]?|laut|gegenüber)\s*$/u;

/** Small words allowed inside a multi-word name: «NZZ am Sonntag», «Lord of the Rings». */
const nameConnectors = new Set(['am', 'im', 'an', 'von', 'vom', 'der', 'die', 'das', 'des', 'und', '&', 'of', 'the', 'and', 'de', 'du', 'la', 'le', 'di', 'del', 'for', 'zum', 'zur', 'auf', '-']);

type TextPart = { part: QuoteLocation['part']; index: number; text: string };

const sentenceEnd = /[.!?…]["»“”›‹']*$/u;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word.replace(/^[^\p{L}\p{N}]+/u, ''));
}

/** «New York Times», «NZZ», «Time Magazine»: every word capitalised, no sentence inside. */
function looksLikeName(inner: string): boolean {
  const ws = words(inner);
  if (ws.length === 0 || ws.length > 6 || /[.!?,;:]\s|[!?;:]$|\.$/.test(inner)) return false;
  const first = ws[0] ?? '';
  const last = ws[ws.length - 1] ?? '';
  if (!isCapitalised(first) || !isCapitalised(last)) return false;
  if (ws.length === 1) return /^\p{Lu}{2,}\d*$|\p{Ll}\p{Lu}|\d/u.test(first);
  return ws.every((w) => isCapitalised(w) || nameConnectors.has(w.toLowerCase()));
}

function clauseBefore(text: string, start: number, spans: readonly QuoteSpan[]): string {
  let prefix = text.slice(0, start);
  // A sentence ends at a mark followed by a space; marks inside earlier quotations don't count.
  for (const s of spans) {
    if (s.end <= start) prefix = prefix.slice(0, s.start) + 'Q'.repeat(s.end - s.start) + prefix.slice(s.end);
  }
  const boundary = Math.max(
    ...Array.from(prefix.matchAll(/[.!?…][»“”"›']*\s+/gu), (m) => m.index + m[0].length),
    0,
  );
  return text.slice(boundary, start);
}

type Context = { before: string; after: string; inner: string };

/** Decides whether a quoted span is somebody's sentence, a few quoted words, or a name. */
export function classifyQuote({ before, after, inner }: Context): QuoteKind {
  const prefix = before.trimEnd();
  const innerWords = words(inner);
  const startsSentence = prefix === '' || /[.!?…:]["»“”›']*$/u.test(prefix) || /[–—-]$/.test(prefix);
  const afterColon = prefix.endsWith(':');
  const attributedAfter = saysAfter(after) !== null;
  const endsSentence = /^\s*([.!?…]|$)/u.test(after);
  const innerIsSentence = sentenceEnd.test(inner.trimEnd()) && innerWords.length >= 2;
  const startsUpper = isCapitalised(innerWords[0] ?? '') || /^[…(.]/.test(inner);

  if (namingNouns.test(prefix) && innerWords.length <= 6 && !innerIsSentence) return 'name';
  // A single capitalised noun after a mere article (an der «Infrastruktur») is a partial quote:
  // every German noun is capitalised. looksLikeName accepts a single word only as an acronym.
  if (looksLikeName(inner) && !(afterColon || attributedAfter)) return 'name';
  if (innerIsSentence && innerWords.length >= 3) return 'speech';
  if (startsUpper && (startsSentence || afterColon) && (attributedAfter || endsSentence || afterColon) && (innerWords.length >= 2 || attributedAfter)) {
    return 'speech';
  }
  if (attributedAfter && innerWords.length >= 4 && startsSentence) return 'speech';
  return 'partial';
}

/** The words after a quotation that attribute it: `, sagte X`, `, so X`, `, hob er hervor`. */
function saysAfter(after: string): string[] | null {
  const match = /^[.!?…]?\s*,\s+(\S+)\s*(.*)$/u.exec(after);
  if (!match) return null;
  const verb = (match[1] ?? '').replace(/[.,;:]$/, '');
  if (!sayVerbs.has(verb.toLowerCase())) return null;
  return words(match[2] ?? '');
}

/** Resolves the words that name a speaker: a pronoun, a role (`der Staatschef`) or a name. */
function resolveSpeaker(subject: readonly string[], position: number, people: PeopleIndex): string | null {
  const first = (subject[0] ?? '').replace(/[.,;:!?]+$/, '');
  if (personPronouns.test(first)) return people.lastBefore(position);
  if (isRoleReference(subject)) {
    const named = readName(subject.slice(2));
    return named ?? people.lastBefore(position);
  }
  // "US-Präsident Donald Trump": skip leading role words, then read the name.
  let i = 0;
  while (i < subject.length && /^\p{Lu}/u.test(subject[i] ?? '') && !isNameWord((subject[i] ?? '').replace(/[.,;:!?]+$/, ''))) i++;
  if (i > 0 && /^(Der|Die|Das)$/.test(first)) return null;
  return readName(subject.slice(i));
}

function speakerBefore(clause: string, position: number, people: PeopleIndex): string | null {
  const ws = words(clause.replace(/:\s*$/, ''));
  // "…, sagte Anna Muster: «…»" or "Gestern schrieb der Minister: «…»"
  for (let i = ws.length - 1; i >= 0; i--) {
    if (sayVerbs.has((ws[i] ?? '').toLowerCase()) && i + 1 < ws.length) {
      const named = resolveSpeaker(ws.slice(i + 1), position, people);
      if (named) return named;
    }
  }
  // "Trump hatte … gesagt:", "Er gestand zwar ein:", "Der Staatschef sagte:"
  const first = ws[0] ?? '';
  if (personPronouns.test(first) || isRoleReference(ws)) return resolveSpeaker(ws, position, people);
  const hasVerb = ws.some((w) => sayVerbs.has(w.toLowerCase()));
  // "Ranger Noah Muster warnt:": leading role words are not part of the name.
  let i = 0;
  while (i < ws.length && isRoleWord((ws[i] ?? '').replace(/[.,;:!?]+$/, ''))) i++;
  const lead = ws[i] ?? '';
  if (!people.isKnown(lead) && !(hasVerb && isNameWord(lead))) return null;
  const name = readName(ws.slice(i));
  const parts = name?.split(' ') ?? [];
  // A third capitalised word in front is a title more often than a middle name.
  return i === 0 && parts.length === 3 && !people.isKnown(parts[0] ?? '') ? parts.slice(1).join(' ') : name;
}

/**
 * Extracts the quotations of an article from its texts in reading order, numbers them
 * (`zitat-1`, …), classifies each and finds who said it where the text tells.
 */
export function extractQuotes(parts: readonly TextPart[]): Quote[] {
  const people = new PeopleIndex();
  const spansOf = parts.map(({ text }) => findQuoteSpans(text));
  // First pass: who is a person in this article (named after a role, or named as a speaker).
  parts.forEach(({ text }, i) => {
    people.registerNamedAfterRoles(text);
    for (const span of spansOf[i] ?? []) {
      const attribution = saysAfter(text.slice(span.end));
      const name = attribution && !isRoleReference(attribution) ? readName(attribution) : null;
      if (name) people.add(name);
    }
  });
  let offset = 0;
  parts.forEach(({ text }, i) => {
    people.recordMentions(text, offset, spansOf[i] ?? []);
    offset += text.length + 1;
  });

  const quotes: Quote[] = [];
  offset = 0;
  parts.forEach(({ part, index, text }, i) => {
    const spans = spansOf[i] ?? [];
    for (const span of spans) {
      const before = clauseBefore(text, span.start, spans);
      const after = text.slice(span.end);
      const kind = classifyQuote({ before, after, inner: span.inner });
      const position = offset + span.start;
      let speaker: string | null = null;
      if (kind !== 'name') {
        const attribution = saysAfter(after);
        if (attribution) speaker = resolveSpeaker(attribution, position, people);
        else if (kind === 'speech' && before.trimEnd().endsWith(':')) speaker = speakerBefore(before, position, people);
      }
      quotes.push({
        id: `zitat-${quotes.length + 1}`,
        text: span.inner,
        kind,
        speaker,
        marks: [span.open, span.close],
        location: { part, index, start: span.start, end: span.end },
      });
    }
    offset += text.length + 1;
  });
  return quotes;
}
