import type { QuoteKind } from './model';
import { attributionAfter, findSpeechVerb, words } from './attribution';
import {
  bare,
  isGivenName,
  isNameWord,
  isOrganisationWord,
  isRoleWord,
  isUnnamedPersonNoun,
} from './people';
import {
  isGenitiveDeterminer,
  termNouns,
  writtenTextNouns,
  messageNouns,
  publishedWords,
  mediumPrepositions,
  mediumVerbs,
  innNames,
  mediumTails,
  nameConnectors,
  namingAdverbs,
  namingCopulas,
  favouriteCopulas,
  readingVerbs,
  namingNouns,
  animalTails,
  namingTails,
  namingWords,
  opinionVerbs,
  soCalled,
  speechVerbs,
  titleAnnouncingNouns,
  inscriptionNouns,
  sayingTails,
  titleLinkWords,
  workMakingVerbs,
  mediumParticiples,
  nameParticles,
  namingParticiples,
} from './wordLists';

/** What stands around a quoted span: the clause before it, the text after it and its words. */
export type QuoteContext = {
  /** The sentence before the opening mark, up to it. */
  before: string;
  /** Everything after the closing mark in its text. */
  after: string;
  /** The words between the marks. */
  inner: string;
  /** The paragraph before ended with a colon: this block is what it announced. */
  announced?: boolean;
  /** The kind of the quote just before, when only `und`, `oder` or a comma stands between them. */
  joinedTo?: QuoteKind;
  /** Whether a verb of saying follows the quote (`, sagte X`); read from `after` when not given. */
  attributedAfter?: boolean;
  /** The text of the paragraph before the sentence, for a noun an ordinal stands in for. */
  earlier?: string;
  /** Whether a span with the same words was a name earlier in the article. */
  namedBefore?: boolean;
};

const sentenceEnd = /[.!?…]["»“”›‹']*$/u;

function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word.replace(/^[^\p{L}\p{N}]+/u, ''));
}

/** A naming noun, or a compound ending in one: Sendung, Live-Sendung, Samstagabendshow, Krimiserie. */
export function isNamingNoun(word: string): boolean {
  const w = bare(word);
  if (namingNouns.has(w)) return true;
  const lower = w.toLowerCase();
  // "Hofhund «Bäri»", "ihren Storch «Pfannkuchen»": an animal's name.
  if (/^\p{Lu}/u.test(w) && animalTails.some((tail) => lower.endsWith(tail))) return true;
  // "des Kellertheaters «Rampe»": a compound in the genitive too.
  const stems = [lower, lower.replace(/e?s$/u, '')];
  return (
    /^\p{Lu}/u.test(w) &&
    stems.some((stem) =>
      namingTails.some((tail) => stem.endsWith(tail) && stem.length > tail.length + 2),
    )
  );
}

/**
 * Whether the words before a quote name it: a naming noun (die Sendung «…», mit ihrem Sommerhit
 * «…»), a naming noun and `von`/`wie`/`aus` (ihrer Inszenierung von «…», Überschriften wie «…»,
 * der Lesung aus «…»), a naming noun with an article in apposition (ihr Schiff, die «…»), or
 * a naming word (heisst «…», namens «…»).
 */
export function namedByPrefix(prefix: string, inner = ''): boolean {
  const ws = words(prefix);
  const last = ws.at(-1) ?? '';
  // "gegenüber Radio «Seewelle»" names a station; "sagte im Radio «Ich trete nicht zurück»" says
  // words on the air.
  const onTheAir =
    /^(Radio|TV)$/u.test(bare(last)) &&
    /^(im|am|ins|vom|beim|zum|übers)$/iu.test(ws.at(-2) ?? '') &&
    // Words that read as a clause ("Ich trete nicht zurück", "Wie geht es weiter?"), not a
    // show ("Schweiz aktuell", "Echo der Zeit", "Wer wird Millionär?").
    words(inner).length >= 3 &&
    // or after a verb of saying in the clause ("meinte am Radio «Natürlich bin ich enttäuscht»").
    (/^(Ich|Wir|Er|Sie|Es|Du|Ihr|Man|Wie|Was|Warum|Wann|Wo)\s/u.test(inner) ||
      ws
        .slice(0, -2)
        .some((w) =>
          /^(sagte|sagt|erklärte|erklärt|meinte|meint|erzählte|erzählt|betonte|betont)$/u.test(w),
        ));
  if (namingWords.has(bare(last).toLowerCase()) || (isNamingNoun(last) && !onTheAir)) return true;
  // "Ihr Song heisst übrigens «…»": an adverb between the naming word and the name.
  if (namingAdverbs.has(last) && namingWords.has(bare(ws.at(-2) ?? '').toLowerCase())) return true;
  // "zwei Bücher über die Sagen der Region, darunter «…»": one of the works the sentence named.
  if (
    /^(darunter|etwa|namentlich)$/u.test(last) &&
    (ws.at(-2) ?? '').endsWith(',') &&
    words(prefix.split(/[.!?:]\s/u).at(-1) ?? '')
      .slice(0, -1)
      .some((w) => isNamingNoun(w))
  )
    return true;
  // "Ihr Schiff, die «Frohsinn», …": an apposition to a naming noun.
  if (
    /^(der|die|das)$/u.test(last) &&
    (ws.at(-2) ?? '').endsWith(',') &&
    isNamingNoun(ws.at(-2) ?? '')
  )
    return true;
  return /^(von|vom|wie|aus)$/u.test(last) && isNamingNoun(ws.at(-2) ?? '');
}

/**
 * Whether a naming noun and the verb that gives it its name stand right before a quote: "Der
 * Titel lautet «…»", "Ihr Arbeitstitel laute «…», so X" (a name, whoever tells it).
 */
export function namedByCopula(prefix: string): boolean {
  const ws = words(prefix);
  return namingCopulas.has(bare(ws.at(-1) ?? '')) && isNamingNoun(ws.at(-2) ?? '');
}

/**
 * Whether the words before a quote say which work is somebody's favourite: "Ihr Lieblingsbuch sei
 * derzeit «…»", "Sein Lieblingsfilm ist «…»".
 */
export function namesFavourite(prefix: string): boolean {
  const ws = words(prefix.split(/[.!?:]\s/u).at(-1) ?? '');
  const noun = ws.findLastIndex((w) => /^Lieblings\p{Ll}/u.test(bare(w)) && isNamingNoun(w));
  if (noun < 0) return false;
  const rest = ws.slice(noun + 1).map((w) => bare(w).toLowerCase());
  return (
    rest.length >= 1 &&
    rest.length <= 3 &&
    favouriteCopulas.has(rest[0] ?? '') &&
    rest.slice(1).every((w) => namingAdverbs.has(w))
  );
}

/** Whether a quote is what somebody reads from: "Dann liest die Autorin aus «…»". */
export function readFrom(prefix: string): boolean {
  const ws = words(prefix.split(/[.!?:]\s/u).at(-1) ?? '').map((w) => bare(w).toLowerCase());
  if (ws.at(-1) !== 'aus') return false;
  const verb = ws.findLastIndex((w) => readingVerbs.has(w));
  return verb >= 0 && ws.length - 1 - verb <= 5;
}

/** «New York Times», «NZZ», «Seewiler Bote»: every word capitalised, no sentence inside. */
export function looksLikeName(inner: string, midSentence = false): boolean {
  const ws = words(inner);
  if (ws.length === 0 || ws.length > 6 || /[.!?,;:]\s|[!?;:]$|\.$/.test(inner)) return false;
  const first = ws[0] ?? '';
  const last = ws[ws.length - 1] ?? '';
  if (!isCapitalised(first) || !isCapitalised(last)) return false;
  if (ws.length === 1) return /^\p{Lu}{2,}\d*$|\p{Ll}\p{Lu}|\d/u.test(first);
  // «Lautes Geschrei», «Unbestimmte Verspätung»: an inflected adjective and a noun is a phrase.
  // An adjective in -er stays a name: «Seewiler Bote», «Zürcher Zeitung». Inside a sentence a
  // capitalised adjective is part of a name: die «Goldene Brezel», der «Badischen Rundschau».
  if (
    (!midSentence || /^(Hunderte|Tausende|Dutzende|Zehntausende|Hunderttausende)$/u.test(first)) &&
    ws.length === 2 &&
    /^\p{Lu}\p{Ll}+(es|en|em)$|^\p{Lu}\p{Ll}{4,}e$/u.test(first) &&
    !namingTails.some((t) => last.toLowerCase().endsWith(t))
  )
    return false;
  return ws.every((w) => isCapitalised(w) || nameConnectors.has(w.toLowerCase()));
}

/** A title may end with `?` or `!` («Wer bist du?»), but it is no run of sentences. */
function couldBeTitle(inner: string, maxWords = 8): boolean {
  // «Sicher im Alter – was tun bei Anrufen?»: the dash before a subtitle is no word.
  const ws = words(inner).filter((w) => !/^[–—-]$/u.test(w));
  return (
    ws.length > 0 &&
    ws.length <= maxWords &&
    isCapitalised(ws[0] ?? '') &&
    !/[.!?…]["»“”›]*\s/u.test(inner) &&
    !/\.$/.test(inner.trim())
  );
}

/** The word before a nickname is a given name: capitalised, no role, no function word. */
const nicknameFits = (word: string) =>
  isNameWord(word) && !/^(Der|Die|Das|Den|Dem|Des)$/u.test(word);

/**
 * «…». Roman. / «…». Album, 2025. / «…». Roman, Verlag Seeblick.: what follows the title is the
 * genre of the work alone, or with its year or publisher; not "«…». Band, Fans und Crew waren
 * sich einig.", a sentence of the writer that opens with such a noun.
 */
export function isGenreLine(after: string): boolean {
  // «…». Lindenhof Verlag, 248 Seiten.: the publisher and the pages; «…». Reuthner & Sohn, 212
  // Seiten: a publisher of a few capitalised words, too.
  if (/^[»“”"›]?\.\s+(\p{Lu}[\p{L}-]*\s+){0,3}Verlag,\s+\d+\s+Seiten\b/u.test(after)) return true;
  if (
    /^[»“”"›]?\.\s+\p{Lu}[\p{L}-]*(\s+(&|und|\p{Lu}[\p{L}-]*)){0,3},\s+\d+\s+Seiten\b/u.test(after)
  )
    return true;
  const line = /^[»“”"›]?\.\s+(\p{Lu}[\p{L}-]*)(?:\.|,\s+(\S+))/u.exec(after);
  if (!line || !isNamingNoun(line[1] ?? '')) return false;
  const detail = line[2];
  return detail === undefined || /^\d{4}\b/u.test(detail) || isOrganisationWord(detail);
}

/** Ordinals that stand in for a noun the text gave before: "Der zweite, «…», brachte …". */
const ordinalStandingIn =
  /^(erste|zweite|dritte|vierte|fünfte|sechste|nächste|letzte|neueste|jüngste)n?$/u;

/** «…», sagte Zbinden, «und …»: the clause between two spans of one utterance. */
const continuesUtterance = /[»“”"]\s*,\s+\S+(\s+\S+){0,5},\s*$/u;

/**
 * Decides whether a quoted span is somebody's sentence (`speech`), a few quoted words inside the
 * writer's sentence (`partial`) or the name of a publication, organisation or work (`name`).
 */
export function classifyQuote({
  before,
  after,
  inner,
  announced = false,
  joinedTo,
  attributedAfter = attributionAfter(after) !== null,
  earlier = '',
  namedBefore = false,
}: QuoteContext): QuoteKind {
  const prefix = before.trimEnd();
  const innerWords = words(inner);
  const prefixWords = words(prefix);
  const lastWordBefore = prefixWords.at(-1) ?? '';
  const startsSentence =
    prefix === '' || /[.!?…:]["»“”›']*$/u.test(prefix) || /[–—-]$/.test(prefix);
  const afterColon = prefix.endsWith(':') || (announced && prefix === '');
  const endsSentence = /^\s*([.!?…]|$)/u.test(after);
  const innerIsSentence = sentenceEnd.test(inner.trimEnd()) && innerWords.length >= 2;
  const startsUpper = isCapitalised(innerWords[0] ?? '') || /^[…(.]/.test(inner);

  // vom «Höhlenverein Schwarzachtal e. V.», «Seewiler Bergbahnen AG»: a legal form names a body.
  if (
    innerWords.length <= 8 &&
    /\s(AG|GmbH|e\.\s?V\.|SA|Sàrl|KG|Ltd\.?|Inc\.?|Genossenschaft|&\s?Co\.?|&\s?Cie\.?)$/u.test(
      inner.trim(),
    )
  )
    return 'name';
  // im Fliegerbeizli «Zum Landeplatz», «Zur Linde», «Zum Goldenen Hirschen»: an inn's name.
  if (
    /^(Zum|Zur)\s+\p{Lu}[\p{L}-]*(\s+\p{Lu}[\p{L}-]*){0,2}$/u.test(inner.trim()) &&
    !startsSentence
  )
    return 'name';
  // aus «Hoch hinaus – Sommer am Berg»: a title with its subtitle after a dash.
  if (
    !startsSentence &&
    innerWords.length <= 8 &&
    !sentenceEnd.test(inner.trimEnd()) &&
    /^\p{Lu}[^–—]*\s[–—]\s\p{Lu}/u.test(inner.trim())
  )
    return 'name';
  // am Stammtisch im «Hirschen», ins «Sonnenland», bei «Alpen-Millionen»: one capitalised word
  // after "im", "ins", "beim" or "bei" names an inn, a shop, a place or a game. Not "vom
  // «Fortschritt» die Rede", what is spoken of, nor a short common noun ("ins «Tor»").
  if (
    innerWords.length === 1 &&
    /^\p{Lu}[\p{L}-]{4,}$/u.test(inner.trim()) &&
    /^(im|ins|beim|bei)$/iu.test(lastWordBefore) &&
    !attributedAfter
  )
    return 'name';
  // "ihre berühmte «Rüeblitorte nach Grosis Art»", «Forelle blau nach Unterbüeler Art»: a dish
  // made after somebody's or some place's way is a dish's name.
  // Not "«Wir lösen das nach Schweizer Art», sagt X": a sentence somebody says.
  if (
    innerWords.length <= 8 &&
    isCapitalised(innerWords[0] ?? '') &&
    !/^(Wir|Ich|Das|Es|Er|Sie|Man|Du|Ihr|Die|Der|Dies|Hier|So|Alles)$/u.test(innerWords[0] ?? '') &&
    !attributedAfter &&
    /\snach\s+(\S+\s+){1,2}Art$/u.test(inner.trim())
  )
    return 'name';
  // "Gewonnen hat Nummer 2, «Rosalie».": a given name alone in quotation marks is what somebody
  // or something is called, not words said.
  if (
    innerWords.length === 1 &&
    !startsSentence &&
    isGivenName(inner.trim()) &&
    !/[!?]/u.test(inner) &&
    // Not "rief Rosa Egli nur «Marco»", "flüsterte sie leise «Peter»": a name called is said.
    !prefixWords
      .slice(-5)
      .some(
        (w) =>
          speechVerbs.has(bare(w).toLowerCase()) ||
          /^(riefen|schrie|schreit)$/u.test(bare(w).toLowerCase()),
      )
  )
    return 'name';
  // "hat Luca Ferrari ein Lied geschrieben, das «Lied vom anderen Ufer»": an apposition with
  // its article after a clause that ends with a noun for a work (and its participle) names it.
  const beforeComma = /([^,]*),\s+(das|der|die|den)\s*$/u.exec(prefix)?.[1] ?? '';
  if (
    beforeComma !== '' &&
    innerWords.length <= 8 &&
    isCapitalised(innerWords[0] ?? '') &&
    !sentenceEnd.test(inner.trimEnd()) &&
    /^[»“”"]?\s*[,.;]/u.test(after) &&
    words(beforeComma)
      .slice(-3)
      .some((w) => isNamingNoun(bare(w)))
  )
    return 'name';
  // "sagte er den «Bezirksnachrichten»", "sagte Gmür der «Rundschau»": whom words are said to,
  // a medium, after a verb of saying and its subject.
  const toMedium = prefixWords.slice(-3).map((w) => bare(w).toLowerCase());
  if (
    innerWords.length <= 3 &&
    innerWords.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(bare(w))) &&
    /^(dem|den|der)$/u.test(toMedium.at(-1) ?? '') &&
    (speechVerbs.has(toMedium.at(-2) ?? '') ||
      (/^(er|sie)$/u.test(toMedium.at(-2) ?? '') && speechVerbs.has(toMedium.at(-3) ?? '')))
  )
    return 'name';
  // "Der «Sternen» war jahrzehntelang eine Beiz": after "Der" opening the sentence, a word in -en
  // in the nominative is an inn's name (the noun itself would be "der Stern").
  if (
    innerWords.length === 1 &&
    innNames.has(inner.trim().toLowerCase()) &&
    /^Der$/u.test(lastWordBefore) &&
    /(^|[.!?:]\s*)\S+$/u.test(prefix) &&
    /^[»“”"]?\s+(ist|war|bleibt|blieb|hat|hatte|wird|wurde)\b/u.test(after)
  )
    return 'name';
  // "«Der Leuchtturmwärter» erzählt von Ole": a title with its article, the subject of what a
  // work does.
  if (
    startsSentence &&
    innerWords.length >= 2 &&
    innerWords.length <= 6 &&
    /^(Der|Die|Das)$/u.test(innerWords[0] ?? '') &&
    !sentenceEnd.test(inner.trimEnd()) &&
    !/[,;:]/u.test(inner) &&
    /^[»“”"]?\s+(erzählt|handelt|spielt)\s+(von|in|im|auf)\b/u.test(after)
  )
    return 'name';
  // "Die «Rundschau» zitierte …", "Der «Seebote» berichtete": capitalised words after an article
  // that opens the sentence, then what a medium does, name the medium.
  // "Die «Gazzetta dello Sport» hatte sie abgeschrieben und … geschrieben": a particle of a
  // foreign name between, and the medium's verb later in the clause, after an auxiliary.
  const mediumVerbAfter = (/^[»“”"]?\s+(\p{L}+)/u.exec(after)?.[1] ?? '').toLowerCase();
  const laterWords = words(after.split(/[.!?]/u)[0] ?? '').map((w) => bare(w));
  // A medium's name: a word of the press or two capitalised words and more (not «Kuscheljustiz»
  // after "hatte sie als … bezeichnet").
  // «Blick» as a whole word, not «Tunnelblick»; "genannt" and the like only after "als".
  const mediumLike =
    innerWords.length >= 2 ||
    // "Glückspost": tabloids' titles in -post too.
    [...mediumTails, 'post'].some((tail) => inner.trim().toLowerCase().endsWith(tail)) ||
    /^Blick$/u.test(inner.trim());
  if (
    innerWords.length <= 4 &&
    /^\p{Lu}/u.test(innerWords[0] ?? '') &&
    innerWords.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(bare(w)) || nameParticles.has(w)) &&
    /^(der|die|das)$/iu.test(lastWordBefore) &&
    /(^|[.!?:]\s*)\S+$/u.test(prefix) &&
    (mediumVerbs.has(mediumVerbAfter) ||
      // Only with a pronoun object next: not "Das «Nein» hat der Gemeinderat … gemeldet".
      (mediumLike &&
        /^(hatte|hat|habe)$/u.test(mediumVerbAfter) &&
        /^[»“”"]?\s+\p{L}+\s+(sie|ihn|es|ihm|ihr|ihnen)\s/u.test(after) &&
        (laterWords.some((w) => mediumParticiples.has(w)) ||
          laterWords.some(
            (w, j) => namingParticiples.has(w) && laterWords.slice(0, j).includes('als'),
          ))))
  )
    return 'name';
  // "Meteorologe Fabian Koller von «Wetterblick»", "ein Sprecher von «Pro Velo»": capitalised
  // words after "von" that follows a person's name or role say where they work, a name.
  const beforeVon = prefixWords.slice(-3, -1).map(bare);
  // Not "Die SVP spricht von «Willkür», Grossrätin Lisa Brand von «Schikane»": "von" after a verb
  // of speaking that the clause shares.
  if (
    /^von$/u.test(lastWordBefore) &&
    !prefixWords.some(
      (w) =>
        opinionVerbs.has(bare(w).toLowerCase()) ||
        /^(redet|redete|reden|redeten)$/u.test(bare(w).toLowerCase()),
    ) &&
    innerWords.length <= 4 &&
    innerWords.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(bare(w))) &&
    !sentenceEnd.test(inner.trimEnd()) &&
    ((isGivenName(beforeVon[0] ?? '') && /^\p{Lu}\p{Ll}+$/u.test(beforeVon[1] ?? '')) ||
      isRoleWord(beforeVon[1] ?? ''))
  )
    return 'name';
  // "«Federlesen», das neue Werk der jungen Komponistin": a naming noun in the apposition after
  // a title.
  const apposition =
    /^[»“”"]?\s*,\s+(?:der|die|das|dem|den|des|ein|eine|einem|einer|sein|seine|seinem|seiner|ihr|ihre|ihrem|ihrer)\s+(?:\p{Ll}\S*\s+){0,2}(\p{Lu}[\p{L}-]*)/u.exec(
      after,
    );
  // "So beginnt «…», der dritte Roman von X.": inside a sentence too, where the apposition
  // closes after its complement (not "«…», der Film sei …", a clause of its own).
  const appositionCloses =
    /^[»“”"]?\s*,\s+\S+\s+(?:\p{Ll}\S*\s+){0,2}\p{Lu}[\p{L}-]*(?:[,.;]|\s+(?:von|vom|des|der|aus|über|mit|nach|ihres|seines|eines|ihrer|seiner|einer)\s)/u.test(
      after,
    );
  if (
    apposition &&
    (startsSentence || appositionCloses) &&
    innerWords.length <= 4 &&
    // «Wänn chunsch wieder hei?», ein Lied über …: a title may end with "?" or "!".
    couldBeTitle(inner) &&
    isNamingNoun(apposition[1] ?? '')
  )
    return 'name';
  // "Zwyssig schrieb «Der letzte Fährmann» 1958", "«Juhui, dr Früehlig!», geschrieben 1979 in
  // einer Nacht": what was written, composed or published in a year is a work.
  const madeIn = /^\s*,\s+(\p{Ll}+)\s+(\S+\s+){0,2}?(1[89]|20)\d\d\b/u.exec(after);
  if (
    couldBeTitle(inner) &&
    ((workMakingVerbs.has(bare(lastWordBefore)) &&
      /^\s+(im\s+Jahr\s+)?(1[89]|20)\d\d\b/u.test(after)) ||
      workMakingVerbs.has(madeIn?.[1] ?? ''))
  )
    return 'name';
  // "Den ersten Krimi, «…», begann er": a title set off by commas after a naming noun.
  if (
    /,$/u.test(prefix) &&
    isNamingNoun(lastWordBefore) &&
    /^\s*,/u.test(after) &&
    couldBeTitle(inner) &&
    !sentenceEnd.test(inner.trimEnd())
  )
    return 'name';
  // "Die Gemeinde hat eine Kampagne gestartet, «Moosfelden sucht dich», mit Plakaten …": the
  // naming noun and its article, then the verb, before the title set off by commas.
  if (
    /,$/u.test(prefix) &&
    /^\p{Ll}+,$/u.test(lastWordBefore) &&
    isNamingNoun(prefixWords.at(-2) ?? '') &&
    /^(ein|eine|einen|die|der|das|den|ihre|ihren|seine|seinen|ihr|sein)$/u.test(
      prefixWords.at(-3) ?? '',
    ) &&
    // "Sie haben sogar ein Buch geschrieben, «…». Wie kam es dazu?": at the sentence's end too.
    /^\s*[,.;!?]/u.test(after) &&
    couldBeTitle(inner) &&
    !sentenceEnd.test(inner.trimEnd())
  )
    return 'name';
  // "Ihr erster Roman, «Föhnlage», erschien 2015. Der zweite, «Heuet», brachte …": an ordinal
  // after an article stands for the naming noun the words before gave.
  if (
    /,$/u.test(prefix) &&
    ordinalStandingIn.test(bare(lastWordBefore)) &&
    /^(der|die|das|den|dem)$/iu.test(bare(prefixWords.at(-2) ?? '')) &&
    [...words(earlier).slice(-30), ...prefixWords.slice(0, -2)].some(isNamingNoun) &&
    /^\s*,/u.test(after) &&
    couldBeTitle(inner) &&
    !sentenceEnd.test(inner.trimEnd())
  )
    return 'name';
  // "ein Stück ausgesucht, das …: «Der Wirt vom Tannenegg» des Dramatikers Emil X": after a
  // colon, words followed by whose work they are, with a naming noun before, are a title.
  if (
    prefix.endsWith(':') &&
    /^\s+(des|der|von)\s+\p{Lu}/u.test(after) &&
    prefixWords.some(isNamingNoun) &&
    couldBeTitle(inner) &&
    !sentenceEnd.test(inner.trimEnd())
  )
    return 'name';
  // die sogenannten «Wutbürger»: the writer's own quoted word.
  if (soCalled.test(bare(lastWordBefore))) return 'partial';
  // "als der Chor auf dem Weiher «Stille Nacht» sang", "spielte die Band «…»": what is sung or
  // played is a song's name.
  const performed =
    /^(sang|sangen|singt|singen|gesungen|spielte|spielten|intonierte|intonierten|anstimmte|anstimmten)$/u;
  if (
    couldBeTitle(inner) &&
    !sentenceEnd.test(inner.trimEnd()) &&
    !startsSentence &&
    (performed.test(bare(words(after)[0] ?? '')) ||
      // "gesungen wird unter anderem «…»": a few words after the verb.
      prefixWords.slice(-4).some((w) => performed.test(bare(w))))
  )
    return 'name';
  // "Die neue Liftsteuerung «Vertex» sei …", "Der Kater «Mucki» ist zurück": capitalised words
  // right after the noun phrase a sentence opens with name what the noun is.
  const wordsBefore = words(prefix.split(/[.!?:]\s/u).at(-1) ?? '');
  if (
    wordsBefore.length <= 4 &&
    /^(Der|Die|Das|Ein|Eine|Unser|Unsere|Sein|Seine|Ihr|Ihre)$/u.test(wordsBefore[0] ?? '') &&
    innerWords.length <= 3 &&
    innerWords.every((w) => isCapitalised(w)) &&
    !/[.!?,;:]/u.test(inner) &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(lastWordBefore) &&
    !isRoleWord(lastWordBefore) &&
    /^(der|die|das|den|dem|des|ein|eine|einen|einem|eines|einer|\p{Ll}+(e|en|er|es|em))$/iu.test(
      wordsBefore.at(-2) ?? '',
    ) &&
    !/^\s*[,:]?\s*(sagt|sagte|so|meint|meinte)\b/u.test(after)
  )
    return 'name';
  // "hat er vor Jahren der «Lautertal-Post» gesagt": a medium in the dative, right before the
  // verb of saying, is whom it was said to.
  if (
    innerWords.length <= 3 &&
    /^(der|dem)$/u.test(lastWordBefore) &&
    couldBeTitle(inner) &&
    !sentenceEnd.test(inner.trimEnd()) &&
    speechVerbs.has(bare(words(after)[0] ?? '').toLowerCase())
  )
    return 'name';
  // "in dessen «Dorfkrug»": capitalised words after a relative possessive name a place or a work.
  if (
    innerWords.length <= 3 &&
    innerWords.every((w) => isCapitalised(w)) &&
    !/[.!?,;:]/u.test(inner) &&
    /^(dessen|deren)$/u.test(bare(lastWordBefore))
  )
    return 'name';
  // "das neue Sauerteigbrot «Bergkruste»": capitalised words right after a noun for a thing,
  // with its article, name it (not "der Begriff «Heimat»", a word the writer quotes).
  const thingNounAt = prefixWords.length - 1;
  const articleAt = prefixWords.findLastIndex(
    (w, j) => j >= thingNounAt - 3 && /^(der|die|das|den|dem|des)$/u.test(w),
  );
  if (
    innerWords.length <= 3 &&
    innerWords.every((w) => isCapitalised(w)) &&
    !/[.!?,;:]/u.test(inner) &&
    articleAt >= 0 &&
    articleAt < thingNounAt &&
    prefixWords
      .slice(articleAt + 1, thingNounAt)
      .every((w) => /^\p{Ll}+(e|en|er|es|em)$/u.test(w)) &&
    /^\p{Lu}\p{Ll}{3,}$/u.test(lastWordBefore) &&
    !isRoleWord(lastWordBefore) &&
    !isGivenName(lastWordBefore) &&
    !isUnnamedPersonNoun(lastWordBefore) &&
    !termNouns.has(lastWordBefore.toLowerCase()) &&
    // "die Meldung «Unbestimmte Verspätung»": what a text or a message says is quoted words.
    !writtenTextNouns.has(bare(lastWordBefore).toLowerCase()) &&
    !messageNouns.has(bare(lastWordBefore).toLowerCase()) &&
    !/(meldung|nachricht|anzeige|aufschrift|inschrift|schlagzeile)$/u.test(
      lastWordBefore.toLowerCase(),
    ) &&
    !attributedAfter &&
    !/^\s*:/u.test(after) &&
    !/\b(nennt|nannte|nannten|nennen|bezeichnet|bezeichnete|genannt|bezeichnen|tauft|taufte)\b/u.test(
      prefix,
    )
  )
    return 'name';
  // der «Tatort»-Star: a name joined to a word.
  if (/^-\p{L}/u.test(after) && innerWords.length <= 4) return 'name';
  if (couldBeTitle(inner) && namedByCopula(prefix)) return 'name';
  if (couldBeTitle(inner) && (namesFavourite(prefix) || readFrom(prefix))) return 'name';
  // "In «Als der Fluss kam» schildert sie …": a title after a bare "In" opening the sentence.
  if (couldBeTitle(inner) && innerWords.length >= 2 && /(^|[.!?]\s+)In$/u.test(prefix))
    return 'name';
  // "Das sei Schuberts «Forelle», sagt sie", "aus Goethes «Faust»": a work after its author's
  // name in the genitive, with no article before it ("des Vereins «…»" is a noun).
  if (
    couldBeTitle(inner) &&
    innerWords.length <= 4 &&
    /^\p{Lu}\p{Ll}+s$/u.test(lastWordBefore) &&
    isNameWord(lastWordBefore) &&
    !isGenitiveDeterminer(bare(prefixWords.at(-2) ?? '').toLowerCase())
  )
    return 'name';
  // "Meistens sei es der Fado «Mar de Inverno», verrät sie": right after a naming noun, a title
  // whatever verb of saying follows; that one says who told the sentence.
  if (
    couldBeTitle(inner) &&
    !afterColon &&
    attributedAfter &&
    isNamingNoun(lastWordBefore) &&
    // Not "des Vereins «Stolz»": a noun in the genitive is whose, not what.
    !/^(des|eines|seines|ihres)$/u.test(bare(prefixWords.at(-2) ?? '').toLowerCase()) &&
    !innerIsSentence
  )
    return 'name';
  if (couldBeTitle(inner) && !afterColon && !attributedAfter) {
    if (namedByPrefix(prefix, inner)) return 'name';
    if (joinedTo === 'name') return 'name';
    if (
      innerWords.length <= 3 &&
      /^(dem|der|den)$/u.test(lastWordBefore) &&
      mediumPrepositions.has(bare(prefixWords.at(-2) ?? '').toLowerCase())
    )
      return 'name';
    if (innerWords.length <= 3 && mediumPrepositions.has(bare(lastWordBefore).toLowerCase()))
      return 'name';
    // "«…», sagte die Tannwilerin zu «Sonntagsecho»": whom a verb of saying is said to.
    if (
      innerWords.length <= 3 &&
      /^(zu|zum|zur)$/u.test(lastWordBefore) &&
      words(prefix.split(/[.!?]\s/u).at(-1) ?? '').some((w) =>
        speechVerbs.has(bare(w).toLowerCase()),
      )
    )
      return 'name';
    // "sagt sie der «Abendpost»", "erzählt Jacqueline Moser dem «Blitz»": whom the words were
    // said to, after the verb of saying and its subject; "die der «Bergpost» vorliegt": the
    // medium a document is in the hands of.
    // "erzählt Festwirt Reto Marty (44) dem «Abendblitz»": a role and an age in the subject, too.
    const clauseBefore = prefixWords.slice(-8, -1);
    if (
      innerWords.length <= 3 &&
      /^(der|dem)$/u.test(lastWordBefore) &&
      (clauseBefore
        .slice(clauseBefore.findLastIndex((w) => /[,;:.!?]["»“”]?$/u.test(w)) + 1, -1)
        .some((w) => speechVerbs.has(bare(w).toLowerCase()) && /^\p{Ll}/u.test(w)) ||
        /^\s*(vorliegt|vorliegen|vorlag|vorlagen|vorliegende[nmrs]?)\b/u.test(after))
    )
      return 'name';
    // "im Gespräch mit dem «Hanseblick»", "im Interview mit der «Rheinpost»": the medium.
    if (
      innerWords.length <= 3 &&
      /\b(Gespräch|Interview|Streitgespräch|Podcast|Talk)\s+mit\s+(dem|der|den)$/u.test(prefix)
    )
      return 'name';
    // "Der Kritiker der «Filmwoche»", "ein Sprecher des «Seewiler Boten»": the body a role
    // works for.
    if (
      innerWords.length <= 3 &&
      /^(der|des)$/u.test(lastWordBefore) &&
      isRoleWord(bare(prefixWords.at(-2) ?? ''))
    )
      return 'name';
  }
  // Ihr Slogan steht schon fest: «Sonne statt Gas»: words that make no sentence after a noun
  // for a name and a colon.
  // "Sie schreibt ein Buch, Arbeitstitel: «Pressen, Frau Nachbarin!»": right after such a noun
  // a title may end with `!` or `?`, whatever verb the clause has.
  const announcesTitle = (w: string) => {
    const noun = bare(w).toLowerCase();
    return [...titleAnnouncingNouns].some((tail) => noun.endsWith(tail));
  };
  const rightAfterNoun = afterColon && announcesTitle(prefixWords.at(-1) ?? '');
  // "Der Titel steht schon: «Wer hat den letzten Zucker genommen?»": the title of a work as the
  // subject of the clause may end with "?" or "!" too (a motto that does is a saying).
  const workTitleSubject =
    afterColon &&
    /^(Der|Das|Sein|Seine|Ihr|Ihre|Dessen|Deren)\s+(\p{Ll}+\s+)?\p{L}*(titel|lied|song|album|single)\s/iu.test(
      prefix.split(/[.!?]\s/u).at(-1) ?? '',
    );
  if (
    afterColon &&
    couldBeTitle(inner) &&
    (!sentenceEnd.test(inner.trimEnd()) ||
      ((rightAfterNoun || workTitleSubject) && /[!?]$/u.test(inner.trimEnd()))) &&
    (rightAfterNoun ||
      findSpeechVerb(prefixWords) < 0 ||
      // "Den Titel verrät sie schon: «Was bleibt»": the title is what the verb gives away.
      /^(Den|Das)\s+\p{L}*(titel|motto|slogan)\s/iu.test(prefix.split(/[.!?]\s/u).at(-1) ?? '')) &&
    words(prefix.split(/[.!?]\s/u).at(-1) ?? '').some(announcesTitle)
  )
    return 'name';
  // "Nun sind sie als Buch erschienen: «Mist und Morgenrot»", "Sie hat ihr erstes Album
  // veröffentlicht: «…»": the title of a work the clause before the colon says came out.
  // "… erklingt das Lied, das eigens komponiert wurde: «…»": with the noun a relative clause
  // after it tells of.
  // "in einem Buch gesammelt: «Was krabbelt da? Forschen mit den Kleinsten»": a title may ask
  // a question before its subtitle.
  const titleWithSubtitle = couldBeTitle(inner.replace(/[?!]\s+(?=\p{Lu})/u, ' – '));
  if (afterColon && titleWithSubtitle && !sentenceEnd.test(inner.trimEnd())) {
    const parts = (prefix.split(/[.!?;]\s/u).at(-1) ?? '').split(/,\s/u);
    const relative = /^(der|die|das|den|dem)\s/u.test(parts.at(-1) ?? '') && parts.length > 1;
    const clause = words(parts.slice(relative ? -2 : -1).join(' ')).map(bare);
    if (clause.some((w) => isNamingNoun(w)) && clause.some((w) => publishedWords.has(w)))
      return 'name';
  }
  // Kim Muster: «Ein Titel». Roman. Verlag …: the details of a work under a review name its genre.
  // Not after a colon that introduces speech: "Lea Huber sagt: «…». Band, …".
  const saidBefore = afterColon && findSpeechVerb(prefixWords) >= 0;
  // With the details of a work after it, a title may be long: «Titel – Untertitel». Verlag, …
  // «Nachsitzen für Erwachsene. Aus dem Leben einer Schulleiterin». Verlag, 212 Seiten: a
  // subtitle after a full stop, too.
  if (
    (couldBeTitle(inner, 12) || couldBeTitle(inner.replace(/\.\s+(?=\p{Lu})/u, ' – '), 12)) &&
    isGenreLine(after) &&
    !saidBefore
  )
    return 'name';
  // Kim «Kiki» Muster: a nickname between a given name and a surname.
  if (
    innerWords.length === 1 &&
    /^\p{Lu}[\p{L}-]*$/u.test(lastWordBefore) &&
    /^\s+\p{Lu}\p{Ll}/u.test(after) &&
    nicknameFits(lastWordBefore)
  )
    return 'name';
  if (couldBeTitle(inner) && !afterColon && !attributedAfter) {
    // «Ein Titel» von Kim Muster: a work and its author; die Gemeinde soll «Neudorf» heissen.
    if (/^\s+von\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(after) && !startsSentence) return 'name';
    if (/^\s+(heissen|heisst|hiess|heißen|heißt)\b/u.test(after)) return 'name';
  }
  // "Sie hat ein Buch gemacht: «Geschichten vom Wildgrätli» heisst es": what something is
  // called, with no comma before "heisst es", is its name, after a colon too; "«…», heisst es
  // im Bericht" is what a text says.
  if (couldBeTitle(inner) && /^\s+(heisst|hiess|heißt|hieß)\s+(es|er|sie)\b/u.test(after))
    return 'name';
  // «Bergbahn-Initiative», im «Wirtschaftsblatt»: the quoted word itself ends in a naming noun,
  // joined with a hyphen or naming a medium (ein «Luxusprojekt» is the writer's word).
  if (
    innerWords.length === 1 &&
    (/-/.test(inner) || mediumTails.some((tail) => inner.toLowerCase().endsWith(tail))) &&
    isNamingNoun(inner)
  )
    return 'name';
  // A single capitalised noun after a mere article (an der «Infrastruktur») is a partial quote:
  // every German noun is capitalised. looksLikeName accepts a single word only as an acronym.
  // "Amstutz spricht von «Ersatzland im Schatten»": what somebody calls it is their words.
  // "spricht von einem «Gletscher im Endstadium»": an article between.
  const von = prefixWords.findLastIndex((w) => /^(von|vom)$/u.test(bare(w)));
  const calledSo =
    von >= prefixWords.length - 2 &&
    von > 0 &&
    (von === prefixWords.length - 1 || /^(einem|einer|einen)$/u.test(bare(lastWordBefore))) &&
    opinionVerbs.has(bare(prefixWords[von - 1] ?? '').toLowerCase());
  // "ein «Fonix Easy 5» mit extragrossen Tasten": capitalised words and a model number.
  if (
    /^(ein|eine|einen|einem|einer|eines)$/u.test(bare(lastWordBefore)) &&
    innerWords.length >= 2 &&
    innerWords.length <= 4 &&
    /^\d+$/u.test(innerWords.at(-1) ?? '') &&
    innerWords.slice(0, -1).every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w))
  )
    return 'name';
  if (
    // "warnte vor einem «Milliardengrab im Kleinformat»": after "ein" a phrase, not a title.
    !/^(ein|eine|einen|einem|einer|eines)$/u.test(bare(lastWordBefore)) &&
    looksLikeName(inner, !startsSentence && /^\p{Ll}/u.test(lastWordBefore)) &&
    !(afterColon || attributedAfter) &&
    !(prefix === '' && !endsSentence) &&
    !calledSo
  )
    return 'name';
  // "«Der Schmuggler vom Chrüzpass» basiert auf …", "liegt «Der Winter auf der Chrüzalp» auf dem
  // Nachttisch": an article, capitalised nouns and the small words between them (no verb, no
  // adjective) make the title of a work, at the start of the writer's sentence or inside it.
  if (
    !afterColon &&
    !attributedAfter &&
    innerWords.length >= 3 &&
    innerWords.length <= 7 &&
    /^(Der|Die|Das|Ein|Eine)$/u.test(innerWords[0] ?? '') &&
    !/[.!?,;:]/u.test(inner) &&
    innerWords.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length >= 2 &&
    innerWords.slice(1).every((w) => /^\p{Lu}/u.test(w) || titleLinkWords.has(w)) &&
    /^\s+\p{Ll}/u.test(after)
  )
    return 'name';
  // "«Wem ghört de Bach?» läuft bis am 23. August": a title the article named before stays a
  // name, unless somebody says it ("«…», sagte sie") or a colon announces it.
  if (namedBefore && couldBeTitle(inner) && !attributedAfter && !afterColon) return 'name';
  // "worum es in «Wem ghört de Bach?» geht": a question or an exclamation after "in" or "aus"
  // that the writer's sentence goes on after is the title of a work.
  if (
    !startsSentence &&
    /^(in|aus)$/u.test(lastWordBefore) &&
    couldBeTitle(inner) &&
    innerWords.length >= 2 &&
    /[!?]$/u.test(inner.trimEnd()) &&
    /^\s+\p{Ll}/u.test(after) &&
    !attributedAfter
  )
    return 'name';
  if (innerIsSentence && innerWords.length >= 3) return 'speech';
  if (
    continuesUtterance.test(prefix) &&
    prefixWords.some((w) => speechVerbs.has(bare(w).toLowerCase()))
  )
    return 'speech';
  if (
    startsUpper &&
    (startsSentence || afterColon) &&
    (attributedAfter || endsSentence || afterColon) &&
    (innerWords.length >= 2 || attributedAfter)
  ) {
    return 'speech';
  }
  if (attributedAfter && innerWords.length >= 4 && startsSentence) return 'speech';
  // Ihr Kommentar: «Endlich!», Der Zeuge nickte: «Absolut.»: one word said or written,
  // announced by a colon.
  if (afterColon && innerWords.length === 1 && startsUpper && /[.!?]$/u.test(inner.trimEnd()))
    return 'speech';
  // «Unglaublich!», «Geld her!»: an exclamation or a question that opens a sentence.
  if (startsSentence && !afterColon && startsUpper && /[!?]$/u.test(inner.trimEnd()))
    return 'speech';
  // «Haben Sie gewarnt?» «Ja.»: one word with its own full stop that answers a question. Not
  // «Konkurs.» Das Wort steht im Handelsregister.: a word shown.
  if (
    startsUpper &&
    innerWords.length === 1 &&
    /\p{L}\.$/u.test(inner.trimEnd()) &&
    /[?]["»“”›']*$/u.test(prefix === '' ? earlier.trimEnd() : prefix) &&
    // Not "Wie heisst das Projekt? «Aufbruch.»": the answer to what something is called.
    !/\b(heisst|heißt|heissen|heißen|Name|nennt)\b[^?]*\?["»“”›']*$/u.test(
      prefix === '' ? earlier.trimEnd() : prefix,
    )
  )
    return 'speech';
  if (writtenOrSaidSentence(prefixWords, inner)) return 'speech';
  // "stand «Wer fährt, soll leben können» und «Heute stehen wir still»": the second sign too.
  if (
    joinedTo === 'speech' &&
    /^(und|oder|sowie)$/u.test(bare(lastWordBefore)) &&
    soundsLikeSentence(inner)
  )
    return 'speech';
  return 'partial';
}

/**
 * Whether quoted words make a sentence of their own: capitalised, and a closing `!` or `?`, a
 * comma, or at least four words («Sennhof bleibt!», «Wer fährt, soll leben können»).
 */
const soundsLikeSentence = (inner: string) => {
  const innerWords = words(inner);
  return (
    /^\p{Lu}/u.test(innerWords[0] ?? '') &&
    ((innerWords.length >= 2 && /[!?]$/u.test(inner.trimEnd())) ||
      (innerWords.length >= 3 && inner.includes(',')) ||
      innerWords.length >= 4)
  );
};

/**
 * Step: whether a quotation inside the writer's sentence is the whole sentence a sign, a poster
 * or a saying says: "Auf Transparenten stand «Wer fährt, soll auch leben können»", "eine
 * Postkarte mit dem Spruch «Keine Panik, ich bin Krankenpfleger»", "Plakate mit «Sennhof
 * bleibt!»". Right after such a noun (not a naming noun: "das Motto «…»" is a name) or after
 * "stand", "prangte", "lautete"; the words a sentence of their own: a comma or a closing `!`
 * or `?`, or at least four words.
 */
export function writtenOrSaidSentence(prefixWords: readonly string[], inner: string): boolean {
  if (!soundsLikeSentence(inner)) return false;
  const last = bare(prefixWords.at(-1) ?? '').toLowerCase();
  const near = prefixWords.slice(-3).map((w) => bare(w).toLowerCase());
  const textNoun = (w: string) =>
    !namingNouns.has(w.charAt(0).toUpperCase() + w.slice(1)) &&
    (writtenTextNouns.has(w) ||
      writtenTextNouns.has(w.replace(/(en|e|n|s)$/u, '')) ||
      inscriptionNouns.has(w) ||
      sayingTails.some((tail) => tail.length > 3 && w.endsWith(tail)));
  return (
    /^(stand|steht|standen|stehen|prangte|prangt|prangten|lautete|lautet)$/u.test(last) ||
    near.some(textNoun)
  );
}
