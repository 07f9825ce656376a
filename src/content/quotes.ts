import type { Quote, QuoteKind, QuoteLocation } from './model';
import { PeopleIndex, isNameWord, isRoleWord, personPronouns, readName, roleReference } from './people';
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
    'hiess heisst insistierte entgegnete widersprach wiederholte ergänzte kontert konterte ' +
    'schildert schilderte meint findet fand glaubt glaubte hofft hoffte befürchtet befürchtete ' +
    'erinnert erinnerte appelliert appellierte verspricht versprach gesteht bekennt bekannte ' +
    'twittert postet antwortete entgegnet widerspricht ruft winkt winkte relativiert relativierte ' +
    'beschwichtigt beschwichtigte folgert folgerte bilanziert resümiert präzisiert unterstreicht ' +
    'kommentiert lobt klagt beklagt warnt mahnt stellt hält räumt gibt fügt teilt zitiert zitiert ' +
    'sagt, sagte, schreibt, erklärt, verrät'
  ).split(/\s+/),
);

/** Words between an attribution verb and the speaker: «…», sagte am Mittwoch Stadtrat X. */
const skippable = new Set(
  (
    'am an im in dazu etwa auch noch dann später zudem weiter weiters ferner ausserdem bei vor nach ' +
    'jeweils schliesslich bereits nun jetzt heute gestern zuletzt erneut wiederum damals selbst ' +
    'daraufhin darauf danach zuvor kürzlich jüngst abschliessend sichtlich lachend gegenüber ' +
    'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Morgen Abend Nachmittag Mittag ' +
    'Wochenende Rande Anschluss Schluss'
  ).split(/\s+/),
);

/** Nouns that name what follows: des Typs «Patriot», der Zeitung «Beispielblatt». */
const namingNouns =
  /\b(Typs?|Typ|Zeitung|Zeitschrift|Magazins?|Blatt(?:es|s)?|Senders?|Sendung|Show|Portals?|Plattform|Firma|Unternehmens?|Konzerns?|Marke|Modells?|Initiative|Partei|Vereins?|Organisation|Bewegung|Gruppe|Band|Projekts?|Programms?|Operation|Kampagne|Albums?|Songs?|Liedes|Lied|Films?|Buch(?:es|s)?|Romans?|Serie|Podcasts?|App|Kolumne|Titel|Agentur|Nachrichtenagentur|Onlineportals?|Newsportals?|Sonntagszeitung|Tageszeitung|Wochenzeitung|Hotels?|Restaurants?|Schiffs?|Raumschiffs?|Mission|Festivals?|Ausstellung|Studie|Reihe|Format|Fonds|Labels?|Namens?|namens|heisst|heissen|hiess|hiessen|genannt|titelt|titelte|genannte[nm]?|sogenannte[nm]?|laut|gegenüber)\s*$/u;

/** Small words allowed inside a multi-word name: «NZZ am Sonntag», «Lord of the Rings». */
const nameConnectors = new Set(['am', 'im', 'von', 'vom', '&', 'of', 'the', 'and', 'de', 'du', 'la', 'le', 'di', 'del', 'for', '-']);

/** Compound naming nouns: «Tatort» after "Krimireihe", «Grenzgänger» after "Netflix-Serie". */
const namingTails =
  /(zeitung|zeitschrift|magazin|magazins|sendung|serie|reihe|initiative|kampagne|show|portal|portals|plattform|podcast|festival|programm|projekt|album|film|buch|roman|kolumne|agentur|sender|senders|app|marke|partei|verein|vereins|firma|konzern|konzerns|studie|ausstellung|titel)$/iu;

/** After these, a single quoted word names a medium: gegenüber dem «Blick», laut «Watson». */
const mediumContext = /\b(gegenüber|laut|zufolge)\s+(de[mnrs]|die|das)?\s*$/iu;

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
  // «Lautes Geschrei», «Grosser Ärger»: an inflected adjective and a noun is a phrase, not a name.
  if (ws.length === 2 && /^\p{Lu}\p{Ll}+(es|er|en|em)$/u.test(first) && !namingTails.test(last)) return false;
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

type Context = {
  before: string;
  after: string;
  inner: string;
  /** The paragraph before ended with a colon: this block is what it announced. */
  announced?: boolean;
};

/** «…», sagte Zbinden, «und …»: the clause between two spans of one utterance. */
const continuesUtterance = /[»“”"]\s*,\s+\S+(\s+\S+){0,5},\s*$/u;

/** Decides whether a quoted span is somebody's sentence, a few quoted words, or a name. */
export function classifyQuote({ before, after, inner, announced = false }: Context): QuoteKind {
  const prefix = before.trimEnd();
  const innerWords = words(inner);
  const startsSentence = prefix === '' || /[.!?…:]["»“”›']*$/u.test(prefix) || /[–—-]$/.test(prefix);
  const afterColon = prefix.endsWith(':') || (announced && prefix === '');
  const attributedAfter = saysAfter(after) !== null;
  const endsSentence = /^\s*([.!?…]|$)/u.test(after);
  const innerIsSentence = sentenceEnd.test(inner.trimEnd()) && innerWords.length >= 2;
  const startsUpper = isCapitalised(innerWords[0] ?? '') || /^[…(.]/.test(inner);
  const lastWordBefore = words(prefix).at(-1) ?? '';

  if (innerWords.length <= 6 && !innerIsSentence) {
    if (namingNouns.test(prefix) || namingTails.test(lastWordBefore.replace(/[^\p{L}-]/gu, ''))) return 'name';
    // «Bergbahn-Initiative»: the quoted word itself ends in a naming noun.
    if (innerWords.length === 1 && /-/.test(inner) && namingTails.test(inner)) return 'name';
    if (innerWords.length <= 3 && isCapitalised(inner) && mediumContext.test(prefix)) return 'name';
  }
  // A single capitalised noun after a mere article (an der «Infrastruktur») is a partial quote:
  // every German noun is capitalised. looksLikeName accepts a single word only as an acronym.
  if (looksLikeName(inner) && !(afterColon || attributedAfter) && !(prefix === '' && !endsSentence)) return 'name';
  if (innerIsSentence && innerWords.length >= 3) return 'speech';
  if (continuesUtterance.test(prefix) && sayVerbIn(prefix)) return 'speech';
  if (startsUpper && (startsSentence || afterColon) && (attributedAfter || endsSentence || afterColon) && (innerWords.length >= 2 || attributedAfter)) {
    return 'speech';
  }
  if (attributedAfter && innerWords.length >= 4 && startsSentence) return 'speech';
  return 'partial';
}

function sayVerbIn(text: string): boolean {
  return words(text).some((w) => sayVerbs.has(w.replace(/[^\p{L}]/gu, '').toLowerCase()));
}

const stripPunctuation = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The attribution right after a quotation, as the words that name the speaker (possibly none):
 * `, sagte X`, `, so X`, `, hob er hervor`, `, wie er gegenüber … sagte`, `, wird X … zitiert`,
 * `, heisst es in der Mitteilung` (attributed, but to nobody). Null when nothing attributes it.
 */
function saysAfter(after: string): string[] | null {
  const match = /^[.!?…]?["»“”]?\s*,\s+(.*)$/u.exec(after);
  if (!match) return null;
  // The attributing clause ends at the next comma or sentence mark.
  const clause = words((match[1] ?? '').split(/[,;:!?]|\.(\s|$)/u)[0] ?? '');
  const first = stripPunctuation(clause[0] ?? '').toLowerCase();
  if (first === 'heisst' || first === 'hiess') return [];
  if (sayVerbs.has(first)) return clause.slice(1);
  if ((first === 'wie' && sayVerbIn(clause.slice(1).join(' '))) || (/^(wird|wurde|liess|lässt)$/.test(first) && clause.some((w) => /^zitier/.test(w)))) {
    return clause.slice(1);
  }
  return null;
}

/**
 * Reads who speaks from the words of an attribution: a pronoun, a reference ("der Staatschef",
 * "die Zürcherin"), or a name after any role words ("Goalie Nico Muster"), skipping adverbs and
 * times ("am Mittwoch").
 */
function readSubject(subject: readonly string[], position: number, people: PeopleIndex): string | null {
  for (let i = 0; i < subject.length && i < 8; i++) {
    const word = stripPunctuation(subject[i] ?? '');
    if (personPronouns.test(word)) return people.lastBefore(position);
    const reference = roleReference(subject.slice(i));
    if (reference) {
      const at = subject.slice(i).findIndex((w) => stripPunctuation(w) === reference);
      const named = readName(subject.slice(i + at + 1));
      return named ?? people.resolveReference(reference, position);
    }
    if (isRoleWord(word) || /^(der|die|des|den|dem|ein|eine|einer)$/i.test(word)) continue;
    if (isNameWord(word) || (people.isKnown(word) && /^\p{Lu}/u.test(word))) return readName(subject.slice(i));
    if (/^\p{Ll}/u.test(word) && readName(subject.slice(i, i + 3))) return readName(subject.slice(i));
    // Anything else but an adverb or a time ends the search: "bestätigte entsprechende Anfragen".
    if (!skippable.has(word)) return null;
  }
  return null;
}

/** "Der Präsident des Verbands, Thomas Rutz, zeigte sich erfreut": a name set off by commas. */
function apposition(ws: readonly string[]): string | null {
  for (let i = 0; i < ws.length - 1; i++) {
    if (!(ws[i] ?? '').endsWith(',')) continue;
    const name = readName(ws.slice(i + 1));
    const count = name?.split(' ').length ?? 0;
    if (name && count >= 2 && (ws[i + count] ?? '').endsWith(',')) return name;
  }
  return null;
}

/** Who speaks in a clause that introduces a quotation with a colon: its subject, whatever the verb. */
function speakerBefore(clause: string, position: number, people: PeopleIndex): string | null {
  const ws = words(clause.replace(/:\s*$/, ''));
  // A pronoun in the clause points back to someone named before the clause, not inside it.
  const clauseStart = position - clause.length;
  // "…, sagte Anna Muster: «…»" or "Gestern schrieb der Minister: «…»"
  for (let i = ws.length - 1; i >= 0; i--) {
    if (sayVerbs.has(stripPunctuation(ws[i] ?? '').toLowerCase()) && i + 1 < ws.length) {
      const named = readSubject(ws.slice(i + 1), position, people);
      if (named) return named;
    }
  }
  const named = apposition(ws);
  if (named) return named;
  // "Trump hatte … gesagt:", "Er gestand zwar ein:", "Der Bundesrat schreibt:", "Goalie X meinte:"
  const first = stripPunctuation(ws[0] ?? '');
  if (personPronouns.test(first) || roleReference(ws)) return readSubject(ws, clauseStart, people);
  let i = 0;
  while (i < ws.length && isRoleWord(stripPunctuation(ws[i] ?? ''))) i++;
  const lead = stripPunctuation(ws[i] ?? '');
  if (people.isKnown(lead) || (isNameWord(lead) && /^\p{Ll}/u.test(ws[i + (readName(ws.slice(i))?.split(' ').length ?? 1)] ?? ''))) {
    const name = readName(ws.slice(i));
    const parts = name?.split(' ') ?? [];
    // A third capitalised word in front is a title more often than a middle name.
    return i === 0 && parts.length === 3 && !people.isKnown(parts[0] ?? '') && !name?.includes(' von ') ? parts.slice(1).join(' ') : name;
  }
  // "Den Vorwurf …, wies sie zurück:": a pronoun later in the main clause.
  const pronoun = ws.findIndex((w) => personPronouns.test(stripPunctuation(w)));
  return pronoun > 0 ? people.lastBefore(clauseStart) : null;
}

/**
 * Extracts the quotations of an article from its texts in reading order, numbers them
 * (`zitat-1`, …), classifies each and finds who said it where the text tells.
 */
export function extractQuotes(parts: readonly TextPart[]): Quote[] {
  const people = new PeopleIndex();
  const spansOf = parts.map(({ text }) => findQuoteSpans(text));
  // First pass: who is a person in this article (named with a role, or named as a speaker).
  parts.forEach(({ text }, i) => {
    people.registerPeople(text);
    for (const span of spansOf[i] ?? []) {
      const attribution = saysAfter(text.slice(span.end));
      if (!attribution || roleReference(attribution)) continue;
      const start = attribution.findIndex((w) => isNameWord(stripPunctuation(w)));
      const name = start >= 0 && attribution.slice(0, start).every((w) => skippable.has(stripPunctuation(w)) || isRoleWord(stripPunctuation(w))) ? readName(attribution.slice(start)) : null;
      if (name) people.add(name);
    }
  });
  let offset = 0;
  const offsets = parts.map(({ text }, i) => {
    const at = offset;
    people.recordMentions(text, offset, spansOf[i] ?? []);
    offset += text.length + 1;
    return at;
  });

  const quotes: Quote[] = [];
  let previous: { speaker: string | null; kind: QuoteKind; part: number } | null = null;
  parts.forEach(({ part, index, text }, i) => {
    const spans = spansOf[i] ?? [];
    const blockStart = offsets[i] ?? 0;
    const announced = i > 0 && /:\s*$/.test(parts[i - 1]?.text ?? '') && parts[i - 1]?.part === part;
    for (const span of spans) {
      const before = clauseBefore(text, span.start, spans);
      const after = text.slice(span.end);
      const kind = classifyQuote({ before, after, inner: span.inner, announced });
      const position = blockStart + span.start;
      let speaker: string | null = null;
      if (kind !== 'name') {
        const attribution = saysAfter(after);
        const prefix = before.trimEnd();
        if (attribution) speaker = readSubject(attribution, position, people);
        else if (kind === 'speech' && prefix.endsWith(':')) speaker = speakerBefore(before, position, people);
        else if (kind === 'speech' && announced && prefix === '') {
          speaker = speakerBefore(clauseBefore(parts[i - 1]?.text ?? '', (parts[i - 1]?.text ?? '').length, []), position, people);
        } else if (kind === 'speech') {
          // No attribution: the same speaker goes on, or the person the text just named speaks.
          const last = people.lastBefore(position);
          const continues = previous?.kind === 'speech' && previous.speaker !== null && previous.part >= i - 1 && (last === null || last === previous.speaker);
          if (continues) speaker = previous?.speaker ?? null;
          else if (last && people.lastMentionAt(last, position) >= blockStart - 1) speaker = last;
        }
      }
      quotes.push({
        id: `zitat-${quotes.length + 1}`,
        text: span.inner,
        kind,
        speaker,
        marks: [span.open, span.close],
        location: { part, index, start: span.start, end: span.end },
      });
      if (kind !== 'name') previous = { speaker, kind, part: i };
    }
  });
  // A text quoted as a name once is a name wherever it is quoted: «Tatort» in the heading too.
  const names = new Set(quotes.filter((q) => q.kind === 'name').map((q) => q.text));
  return quotes.map((q) => (q.kind === 'partial' && names.has(q.text) ? { ...q, kind: 'name', speaker: null } : q));
}
