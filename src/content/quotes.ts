import {
  columnist,
  firstPersonSubject,
  writerOfText,
  attributionAfter,
  leadingSubordinateClause,
  attributionInNextSentence,
  identifiedAfter,
  sayerBeforeAside,
  signedBy,
  saidNoMore,
  sentenceOwner,
  speaksAsI,
  signature,
  continuesReportedSpeech,
  lastNamedPair,
  reportedSpeakerSubject,
  describesNoOne,
  labelGiverAfter,
  impersonalMention,
  speakingRelativeClause,
  namedInThingClause,
  findSpeechVerb,
  speechOrOpinionVerbs,
  hasOwnSpeaker,
  inDescribingClause,
  inSourceClause,
  inSubjunctive,
  invertedPronoun,
  isReportersClause,
  isWritersAccount,
  labelOfOthers,
  subjectAfterFrontedPhrase,
  mentionedTerm,
  lastClauseJoint,
  listens,
  openingSource,
  openingSubject,
  opensWithSpeaker,
  othersWords,
  ownerOfStatementClause,
  zuInfinitive,
  readColonClause,
  gappedClauseSubject,
  thatClauseSubject,
  unownedTalkBeforeComma,
  groupInLastClause,
  clauseSays,
  heardFromOthers,
  readSubject,
  reportedQuestion,
  reportedSpeakerBeforeComma,
  reportsSpeech,
  resolveSubject,
  secondClause,
  sentenceSubject,
  speaksOfThirdPerson,
  termExplained,
  trailingRelativeClause,
  wordsOutsideQuotes,
  words,
  writersWords,
  type Subject,
  namingRelativeClause,
  sourceRightBefore,
  isWrittenTextWord,
  carriedByText,
  proverbNamed,
  questionsPutTo,
  resolveName,
  describedPlainPerson,
  quotedWithWords,
  deniedTerm,
} from './attribution';
import type { Quote, QuoteKind, QuoteLocation } from './model';
import {
  bare,
  genderOfName,
  genderOfRole,
  genderOfRoleWithArticle,
  isUnnamedPersonNoun,
  isKinshipWord,
  type Gender,
  hasNameMarks,
  inPassive,
  isAgeNoun,
  isGivenName,
  isRoleWord,
  looksLikePersonName,
  namedAsPerson,
  repeatedFullNames,
  PeopleIndex,
  speaksOf,
} from './people';
import { classifyQuote } from './quoteKind';
import {
  findQuoteSpans,
  runOnQuote,
  swapGuillemets,
  withoutChangedNameMarks,
  usesInwardGuillemets,
  type QuoteSpan,
} from './quoteSpans';
import { sentenceStarts } from './sentenceStarts';
import {
  definiteArticles,
  indefiniteArticles,
  personalVerbs,
  pluralSpeechVerbs,
  kinshipNouns,
  measureNouns,
  receivingVerbs,
  reproachNouns,
  reproachVerbs,
  speechVerbs,
  askingVerbs,
  answeringVerbs,
  opinionVerbs,
  impersonalVerbs,
  inscriptionNouns,
  termNouns,
  messageNouns,
  writtenTextNouns,
  onlyThisMuch,
  soCalled,
  neuterPersonNouns,
  subordinators,
  statementNouns,
  pluralSubjunctives,
  adverbsAfterVerb,
  claimingVerbs,
} from './wordLists';

type TextPart = { part: QuoteLocation['part']; index: number; text: string };

/** The text with every quotation blanked out (same length), so words inside quotes are never read as the writer's. */
function blankQuotes(text: string, spans: readonly QuoteSpan[]): string {
  let out = text;
  for (const s of spans)
    out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

function sentenceAround(
  text: string,
  starts: readonly number[],
  at: number,
): { start: number; end: number } {
  const start = Math.max(...starts.filter((s) => s <= at));
  const end = starts.find((s) => s > at) ?? text.length;
  return { start, end };
}

const tokens = (text: string) =>
  Array.from(text.matchAll(/\S+/g), (m) => ({ word: m[0], start: m.index }));

/**
 * The clause a sentence opens with when a conjunction opens it, up to its closing comma
 * ("Während X von einem «…» sprach,"), where its verb of speaking closes it; null otherwise.
 */
const leadingClause = (sentence: string): string | null => {
  const match = /^(Während|Als|Nachdem|Obwohl|Wo)\s[^,]*?\s(\p{Ll}+),\s/u.exec(sentence);
  if (!match || !/^(sprach|sagte|meinte|redete|schwärmte|warnte|klagte)$/u.test(match[2] ?? ''))
    return null;
  return match[0];
};

/** "warnte vor", "schwärmte von", "klagte über": a verb of saying and the preposition of its content. */
const contentPreposition = (verb: string, preposition: string) => {
  const v = verb.toLowerCase().replace(/[^\p{L}]/gu, '');
  return (
    (preposition === 'vor' && /^(warn|mahn)/u.test(v)) ||
    (/^(von|vom)$/u.test(preposition) &&
      /^(schwärm|erzähl|bericht|red|schreib|schrieb|sprach|spricht)/u.test(v)) ||
    // "hält das für «gut gemeint»": what somebody holds a thing to be.
    (preposition === 'für' && /^(hält|hielt)$/u.test(v)) ||
    // "rechnet mit einer Schadensumme «…»": what somebody expects.
    (preposition === 'mit' && /^(droh|rechne)/u.test(v)) ||
    (preposition === 'über' && /^(klag|beklag|schimpf|spott|bericht|jubel|ärger|freu)/u.test(v))
  );
};

/** Where the last sentence of a text starts. */
const lastSentenceStart = (text: string): number =>
  sentenceAround(text, sentenceStarts(text), text.length - 1).start;

/** «Warum sollte ich?», «Was soll ich sagen?»: a question the speaker asks of themselves. */
const rhetoricalQuestion =
  /^(Warum|Wieso|Weshalb|Wozu|Was)\s+(sollte|soll|sollten|müsste|muss|könnte|kann)\s+(ich|wir)\b/u;

/**
 * Whether text before a quote ends inside an attribution: a verb of saying and no comma since,
 * and the verb's object is not what follows it ("X hält die Methode für «…»" gives an opinion;
 * "sagte sie auf eine Frage des «Blick»" is the attribution).
 */
function inAttribution(before: string): boolean {
  const ws = wordsOutsideQuotes(before);
  // "Das Becken findet sie «zu schick»": a verb of finding takes the words as its complement.
  const verb = ws.findLastIndex(
    (w) =>
      speechVerbs.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')) &&
      /^\p{Ll}/u.test(w) &&
      !/^(findet|fand)$/u.test(w),
  );
  // "warnt aber vor einer «…»": an adverb between the verb and what it takes.
  let from = verb + 1;
  while (adverbsAfterVerb.has(ws[from] ?? '')) from++;
  // The verb's object past the adverbs too ("kritisierte zudem die Regierung als «…»"), but not
  // "zitierte aber den Gemeinderat mit dem Satz «…»", where the words are the object's.
  const [article = '', noun = ''] =
    /^zitier/u.test(ws[verb] ?? '') && ws.slice(verb + 1).includes('mit')
      ? ws.slice(verb + 1)
      : ws.slice(from);
  // "warnte vor einem «…»", "schwärmte von der «…»": what the verb's preposition takes is what
  // was said, no part of the attribution.
  // "lobte den «perfekten Boden» und die «mutige Menge Zimt»": articles right before the words,
  // with only quoted words ("_") joined by "und" before, make them the verb's objects.
  const isArticle = (w: string) => definiteArticles.has(w) || indefiniteArticles.has(w);
  const tail = ws.slice(verb + 1);
  const object =
    (isArticle(article) && /^\p{Lu}/u.test(noun) && !isRoleWord(noun)) ||
    (tail.length > 0 &&
      isArticle(tail.at(-1) ?? '') &&
      tail.every((w) => isArticle(w) || /^(und|oder|sowie|_)$/u.test(w))) ||
    // "findet das Becken «…»": a thing in the neuter is what the verb takes.
    (article === 'das' && /^\p{Lu}/u.test(noun) && !neuterPersonNouns.has(bare(noun))) ||
    // Past the adverbs only for the preposition: "lobte aber den «Sternen»" stays as it was.
    contentPreposition(ws[verb] ?? '', ws[from] ?? '') ||
    contentPreposition(ws[verb] ?? '', tail.at(-1) ?? '') ||
    // "lobte die «…» und sprach von einem «…»": a second verb joined by "und" and its preposition.
    (tail.includes('und') &&
      contentPreposition(
        tail[tail.lastIndexOf('und') + 1] ?? '',
        tail[tail.lastIndexOf('und') + 2] ?? '',
      ));
  // "Kübelbach gratuliert «ohne Groll»": words right after the verb are what it says.
  return (
    verb >= 0 && verb < ws.length - 1 && !object && !ws.slice(verb).some((w) => w.endsWith(','))
  );
}

/**
 * Whom an interview question in the paragraph before addresses, when that paragraph is only the
 * question: "Frau Tscharner, wann waren Sie …?", "Frau X, Ihre Investoren sagen, Sie seien «…».
 * Stimmt das?" or "Und Sie, Herr Wyrsch?" → the family name.
 */
const addressedBefore = (paragraph: string, isPerson: (word: string) => boolean): string | null => {
  const question = paragraph.trim();
  if (!/\?$/u.test(question) || question.length > 300) return null;
  const titled =
    /^(?:Und Sie,\s+)?(?:Herr|Frau)\s+(\p{Lu}[\p{L}'’-]+)(?:,|\?$)/u.exec(question)?.[1] ?? null;
  // "Hanna Iseli, wie fühlt sich der Sieg an?": the name the question opens with, set off by a
  // comma; whether it is a person's, the people the article names say.
  if (titled) return titled;
  const named =
    /^(?:Und\s+)?(?:\p{Lu}[\p{L}'’-]+\s+)?(\p{Lu}[\p{L}'’-]+),\s+\p{Ll}/u.exec(question)?.[1] ??
    null;
  return named && isPerson(named) ? named : null;
};

/**
 * Where the clause after a colon starts in the sentence up to a quotation ("Analyst X ist
 * skeptischer: Die Zielvorgabe sei «…», schreibt er"), or 0: a pronoun after the quotation looks
 * back from there, so the clause before the colon may name whom it means.
 */
const clauseAfterColon = (before: string) => {
  const colons = [...before.matchAll(/:\s+(?=[\p{Lu}])/gu)];
  const last = colons.at(-1);
  return last?.index === undefined ? 0 : last.index + last[0].length;
};

/**
 * Where the reported clause before a quotation starts when a main clause with a named subject
 * comes first: "Lindroos schüttelt den Kopf, der Entscheid sei «…», schimpft er" → after
 * "Kopf, ". 0 where the sentence opens with what is reported ("Tschanz, der Trainer, sei «…»").
 */
export const reportedClauseStart = (before: string): number => {
  const comma = before.lastIndexOf(', ');
  if (comma < 0) return 0;
  const head = writersWords(before.slice(0, comma));
  const reported = writersWords(before.slice(comma + 2));
  return head.length >= 3 &&
    head.slice(1).some((w) => /^\p{Ll}+$/u.test(w)) &&
    openingSubject(head.join(' '))?.type === 'name' &&
    inSubjunctive(reported)
    ? comma + 2
    : 0;
};

/** "Herr Caduff, Ihr Kollege sagte …": how long the address an interview question opens with is. */
const addressLength = (sentence: string) =>
  /^\s*(Herr|Frau)(\s+\p{Lu}[\p{L}.'’-]*){1,3},/u.exec(sentence)?.[0].length ?? 0;

/**
 * The words of a quotation without the quotations nested in it: «Er sagte: ‹Margrit, …›» quotes
 * somebody else calling the speaker by name.
 */
const ownWords = (quotation: string) =>
  wordsOutsideQuotes(quotation.replace(/‹[^›]*›?|‚[^‘]*‘?/gu, '_'));

/** Whether a quotation speaks of a person as "Herr X" or "Frau X", by their family name. */
export const addressesSpeaker = (quotation: string, speaker: string) => {
  const family = speaker.split(' ').at(-1) ?? '';
  return (
    family.length > 1 &&
    ownWords(quotation).some(
      (w, j, ws) =>
        /^(Herr|Herrn|Frau)$/u.test(w) && (ws[j + 1] ?? '').replace(/[^\p{L}'’-]/gu, '') === family,
    )
  );
};

/**
 * Whom a quotation calls at its start: «Grossmami, wir kommen …» calls a grandmother, «Frieda,
 * hör zu» the Frieda the text knows, «Herr Gmür, …» a man; «Ja, …» or «Gut, …» nobody. The
 * person's name where the text knows it, and the gender where the word tells it.
 */
export const vocative = (
  quotation: string,
  isPerson: (word: string) => boolean,
): { name: string | null; gender: Gender } | null => {
  const [, title = '', word = ''] =
    /^\s*(?:(Herr|Frau)\s+)?(\p{Lu}[\p{L}'’-]*),\s/u.exec(quotation) ?? [];
  if (word === '') return null;
  if (title) return { name: isPerson(word) ? word : null, gender: title === 'Herr' ? 'm' : 'f' };
  if (isPerson(word)) return { name: word, gender: genderOfName(word) };
  // "Mami", "Grossmami", "Papi", "Grosi": the words a family calls its own by.
  if (/(mami|mama|grosi|nani)$/iu.test(word)) return { name: null, gender: 'f' };
  if (/(papi|papa|grossvati)$/iu.test(word)) return { name: null, gender: 'm' };
  const gender = isRoleWord(word) || isKinshipWord(word) ? genderOfRole(word) : null;
  return gender ? { name: null, gender } : null;
};

/**
 * Whether a quotation introduces somebody of a gender by a person noun with an indefinite article:
 * «Dann hat mich eine Stationsschwester … genommen» a woman, «Ein Nachbar rief an» a man.
 */
export const introducesSomebody = (quotation: string, gender: Gender): boolean => {
  const ws = words(quotation).map(bare);
  return ws.some((w, j) => {
    if (!/^(ein|eine|einer|einen|einem)$/iu.test(w)) return false;
    const noun = /^\p{Ll}+(e|en|er|es|em)$/u.test(ws[j + 1] ?? '') ? ws[j + 2] : ws[j + 1];
    if (!noun || !(isRoleWord(noun) || isUnnamedPersonNoun(noun))) return false;
    return genderOfRoleWithArticle(w.toLowerCase(), noun) === gender;
  });
};

/**
 * Whether a quotation calls a person by their given name: «Ohne Dario wird es anders» is about
 * Dario Lüthi, not by him.
 */
export const callsSpeakerByGivenName = (quotation: string, speaker: string) => {
  const [given = '', ...rest] = speaker.split(' ');
  // «Hier bin ich einfach die Heidi»: who says who they are names themselves.
  const selfNaming = new RegExp(
    `\\b(ich bin|bin ich|ich heisse|heisse ich|ich heiße|heiße ich|nennt mich|nennen mich)\\b[^.!?]{0,30}\\b${given}\\b`,
    'iu',
  );
  return (
    rest.length > 0 &&
    isGivenName(given) &&
    ownWords(quotation).some((w) => w.replace(/[^\p{L}'’-]/gu, '') === given) &&
    !selfNaming.test(quotation)
  );
};

/** A noun for a written text or a message, as the colon rules know them: "SMS", "Brief", "Nachricht". */
const writtenOrMessage = (word: string) => {
  const w = word.toLowerCase().replace(/[^\p{L}-]/gu, '');
  return (
    writtenTextNouns.has(w) || messageNouns.has(w) || writtenTextNouns.has(w.replace(/e?s$/u, ''))
  );
};

/** "Keller bekommt von ihr einen Gugelhopf.": somebody receives from somebody a pronoun means. */
const receivedFromSomebody = (clause: string) => {
  const ws = wordsOutsideQuotes(clause).map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
  return (
    ws.some((w) => receivingVerbs.has(w)) &&
    ws.some((w, j) => w === 'von' && /^(ihr|ihm|ihnen)$/u.test(ws[j + 1] ?? ''))
  );
};

/**
 * Whether words pass on what somebody else said ("Ihre Mutter habe immer gesagt, erzählt X"),
 * where the quotation does not speak of that person ("Er sagte: ‹…› Ich habe …" is the teller's).
 */
const passesOnOthersSaying = (ws: readonly string[], quotation: string) => {
  const reported = reportedSpeakerBeforeComma(ws);
  return (
    reported !== undefined &&
    !(reported
      ? speaksOf(quotation, reported)
      : speaksOf(quotation, 'm') || speaksOf(quotation, 'f'))
  );
};

/**
 * "Der Verteidiger plädierte auf eine Geldstrafe, sein Mandant sei «…»": a sentence that opens
 * with a person who acts in the indicative (not "Der Beschuldigte habe …", whom reported speech
 * is about), so it is no sentence before going on.
 */
const opensWithOwnActor = (sentence: string) => {
  const opening = openingSubject(sentence);
  if (!opening || !['reference', 'role', 'name'].includes(opening.type)) return false;
  const firstClause = sentence.split(/[,;:]/u)[0] ?? sentence;
  return !inSubjunctive(writersWords(firstClause));
};

/** Where the sentence two before the one at `start` opens (0 at the block's start). */
const twoSentencesBack = (text: string, starts: readonly number[], start: number) => {
  if (start <= 0) return 0;
  const previous = sentenceAround(text, starts, start - 1).start;
  return previous > 0 ? sentenceAround(text, starts, previous - 1).start : 0;
};

/**
 * Step: whether a sentence is a claim somebody who spoke just before reports about its subject
 * ("…, sagte er. Der Angeklagte habe Listen «mit Kreativität» ergänzt."): a subject that is no
 * pronoun, a subjunctive right after it, no verb of saying or comma inside (a participle may
 * close it: "ergänzt"), and a verb of saying in `earlier`, the sentences before it.
 */
export function reportedClaimAbout(sentence: string, earlier: string): boolean {
  const ws = writersWords(sentence);
  const verb = ws.findIndex((w) =>
    /^(habe|hätte|sei|seien|wäre|könne|müsse|wolle|solle|dürfe|werde)$/u.test(w),
  );
  if (verb < 1 || verb > 3) return false;
  if (/^(er|sie|es|ich|man|wir|du|dies|das)$/iu.test(ws[0] ?? '')) return false;
  if (ws.slice(0, verb).some((w) => /[,;:]$/u.test(w) || w.startsWith('_'))) return false;
  if (
    ws
      .slice(verb + 1, -1)
      .some((w) => w.endsWith(',') || w.endsWith(':') || speechVerbs.has(bare(w).toLowerCase()))
  )
    return false;
  return writersWords(earlier).some((w) => speechVerbs.has(bare(w).toLowerCase()));
}

/** "Er sei «nur ein Kurier» gewesen.": reported speech, no verb of saying, a pronoun its subject. */
const reportedAboutPronoun = (sentence: string) =>
  inSubjunctive(wordsOutsideQuotes(sentence)) &&
  sentenceSubject(sentence) === null &&
  // "Einen Helm habe sie nicht getragen.": the pronoun after the verb, too.
  (openingSubject(sentence)?.type === 'pronoun' ||
    (openingSubject(sentence) === null &&
      invertedPronoun(wordsOutsideQuotes(sentence))?.type === 'pronoun'));

/** Whether a clause has a verb only a person does: "Danach lacht sie:", "Er nickt:". */
export const doneByPersons = (clause: string) =>
  wordsOutsideQuotes(clause).some((w) =>
    personalVerbs.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')),
  );

/** «Erstens», sagte X, «zweitens»: the second span of one utterance split around its attribution. */
const splitUtterance = /[»“”"]\s*,\s+\S+(\s+\S+){0,6},\s*$/u;
/** The same with a longer attribution, where the second span opens in lower case: «…», sagte X, die Captain des FC Y, «aber …». */
const splitLowerUtterance = /[»“”"]\s*,\s+\S+(\s+\S+){0,15},\s*$/u;

/**
 * The subject of the last clause before a quotation that a comma opens as a main clause of its
 * own, with a capitalised first word and a verb of saying: "Rund 400 Beschäftigte sind
 * betroffen, Betriebsratschef X spricht von einem" → X. Null where no such clause.
 */

/** "Staatsanwalt X fragte nach, ob er sich sicher sei.": a sentence that reports a question. */
const reportsQuestion = (sentence: string) =>
  /\b(fragt|fragte|hakt|hakte|erkundigt|erkundigte|wissen)\b[^.!?]*,\s*(ob|wie|was|warum|weshalb|wann|wo|wer)\s/u.test(
    sentence,
  );

export function commaClauseSubject(before: string): Subject | null {
  const comma = before.lastIndexOf(', ');
  if (comma < 0) return null;
  const clause = before.slice(comma + 2);
  // "Er spricht von «…», sie will das Spital «…» erhalten": after words quoted in a clause of
  // their own, "er" or "sie" and a verb in the indicative singular open the next main clause.
  // Only a verb of saying, judging or wanting (not "sie ist", "sie wird", "sie gilt als"), after a
  // clause a person opens ("Er", "Sie" or a name; not "Der Gewerbeverband nennt …, sie trifft").
  const pronoun = /^(er|sie)\s+(\p{Ll}+)\s/u.exec(clause);
  const verb = pronoun?.[2] ?? '';
  const firstClause = before.slice(0, comma);
  if (
    pronoun &&
    /[»“”"]$/u.test(firstClause) &&
    (speechVerbs.has(verb) || opinionVerbs.has(verb) || claimingVerbs.has(verb)) &&
    (/^\s*(Er|Sie)\s/u.test(firstClause) || sentenceSubject(`${firstClause}.`)?.type === 'name')
  )
    return { type: 'pronoun', gender: pronoun[1] === 'er' ? 'm' : 'f' };
  return /^\p{Lu}/u.test(clause) ? sentenceSubject(`${clause}«».`) : null;
}

/**
 * Extracts the quotations of an article from its texts in reading order, numbers them
 * (`zitat-1`, …), classifies each and finds who said it where the text tells. `context` holds
 * texts whose quotations are not the article's but which may introduce its people (the hero
 * caption: "Dirigentin Alma Rüegsegger bei der Probe").
 */
export function extractQuotes(
  written: readonly TextPart[],
  context: readonly string[] = [],
): Quote[] {
  // »…« (German print) is read as «…»; the offsets stay, the quotes keep the marks as written.
  const inward = usesInwardGuillemets(written.map(({ text }) => text));
  // "Rosmarie B.*": a changed name's asterisk is no part of the name.
  const parts = written.map((p) => {
    const text = withoutChangedNameMarks(p.text);
    return { ...p, text: inward ? swapGuillemets(text) : text };
  });
  const people = new PeopleIndex();
  const spansOf = parts.map(({ part, text }, i) => {
    const spans = findQuoteSpans(text);
    const next = parts[i + 1];
    const runOn = part === 'body' && next?.part === 'body' ? runOnQuote(text, next.text) : null;
    return runOn ? [...spans, runOn] : spans;
  });
  // Who is a person in this article: named with a role, in an apposition, or as a speaker.
  const texts = parts.map(({ text }, i) => words(blankQuotes(text, spansOf[i] ?? [])));
  const singleSpeakers: string[] = [];
  for (const text of context) people.registerPeople(words(blankQuotes(text, findQuoteSpans(text))));
  parts.forEach(({ text }, i) => {
    people.registerPeople(texts[i] ?? []);
    for (const span of spansOf[i] ?? []) {
      // "«…» Das sagt Andrin Kessler über …": the sentence after may name the speaker, too.
      const subject = (
        attributionAfter(text.slice(span.end)) ?? attributionInNextSentence(text.slice(span.end))
      )?.subject;
      if (subject?.type !== 'name') continue;
      if (
        (looksLikePersonName(subject.name) || hasNameMarks(subject.name)) &&
        !people.personWithGivenName(subject.name)
      )
        people.add(subject.name);
      else singleSpeakers.push(subject.name);
    }
  });
  // "sagte Rüegg": one word after a verb of saying may be an organisation or a place ("warnt
  // Santésuisse", "kündigte Zürich an"); it is a person where the text also names it so.
  const allWords = texts.flat();
  // "Heinz Zbinden … «…», sagt Heinz": a given name alone, as tabloids write it, is the one
  // person the text named in full with it, nobody new.
  for (const single of singleSpeakers)
    if (namedAsPerson(single, allWords) && !people.personWithGivenName(single)) people.add(single);
  for (const name of repeatedFullNames(allWords)) people.add(name);
  people.dropUnrepeatedRelativeNames(allWords);
  people.markSharedFamilyNames(allWords);
  people.addLoneGivenNames(allWords);
  const offsets: number[] = [];
  let offset = 0;
  parts.forEach(({ text }, i) => {
    offsets.push(offset);
    // "Ein streitbarer Mann" as a subheading, after a man the text named: what it says of him,
    // nobody new. Not "Eine engagierte Lehrerin": a role may be somebody the section brings in.
    const heading = /^(Ein|Eine)(\s+\p{Ll}+){0,2}\s+(Mann|Frau)$/u.exec(text.trim());
    const describing =
      heading !== null && people.lastBefore(offset, heading[3] === 'Mann' ? 'm' : 'f') !== null;
    people.recordMentions(
      describing ? [] : tokens(text),
      offset,
      spansOf[i] ?? [],
      sentenceStarts(text, spansOf[i] ?? []),
    );
    offset += text.length + 1;
  });
  people.inferGendersFromPronouns();

  const isPerson = (word: string) => people.isKnown(word);
  /**
   * "Ich habe ihm gesagt: «…»" in an answer, "Sie sagten damals: «…»" in a question: in an
   * interview with one person, who says it is the interviewee, where the clause names nobody else.
   */
  /**
   * "Demir: Und dass Toni vorbeikommt. … Ich habe ihm geantwortet: «…»": in an interview of two,
   * an answer that opens with the family name of whose it is, known as a person, is theirs.
   */
  let labelledAnswerer: string | null = null;
  const firstQuestion = parts.findIndex(({ text }) => /\?\s*$/u.test(text));
  const interviewSelf = (
    clause: string,
    paragraph: string,
    from: number,
    to: number,
    addressed = false,
  ): string | null => {
    const question = /\?\s*$/u.test(paragraph);
    // "Ich habe zurückgerufen: «…»": in a column, its writer is who says "ich".
    const named = labelledAnswerer ?? (question ? interviewee : (interviewee ?? writer));
    // The family name the index knows the person by: "Tscharner", or "Petrović" of the column's
    // writer "Dragan Petrović".
    const self = named?.split(' ').at(-1);
    if (self === undefined || !people.isKnown(self)) return null;
    // "Ich habe Mara gesagt:": whom "ich" speaks to may be named; anybody else not.
    if (!addressed && people.mentionedBetween(from, to)) return null;
    const ws = writersWords(clause);
    const plural = (w: string | undefined) =>
      pluralSpeechVerbs.has((w ?? '').replace(/[^\p{L}]/gu, ''));
    // "Ich sage:", "Dann habe ich gesagt:", "Ich habe zurückgerufen:": "ich" the subject, first
    // or right after the verb, with a verb of saying (not "Ich las auf dem Schild:").
    const plain = ws.map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
    const saying = plain.some(
      (w) =>
        speechVerbs.has(w) ||
        /^(sage|frage|antworte|rufe|meine|erkläre|schreibe|erzähle)$/u.test(w) ||
        /(gesagt|gerufen|geantwortet|geschrieben|gefragt)$/u.test(w),
    );
    // "Meiner Nachfolgerin habe ich nur einen Rat gegeben:": a piece of advice given is said too.
    const givesSaying =
      plain.some((w) => statementNouns.has(w)) &&
      plain.some((w) => /^(gegeben|mitgegeben|gab|gebe)$/u.test(w));
    // Not "… einen Satz hat er mir mitgegeben, als ich ihm erzählte, …:": with "er" or "sie"
    // in the clause, the one it means may be who speaks.
    // "Sie haben in einem Interview gesagt:": the auxiliary, then a participle of saying.
    const saysSelf = question
      ? ws.some(
          (w, j) =>
            w === 'Sie' &&
            // "Ihre Kritiker sagen, Sie seien «…»": after a comma "Sie" opens what others said.
            ((plural(ws[j - 1]) && !(ws[j - 1] ?? '').endsWith(',')) ||
              plural(ws[j + 1]) ||
              (/^(haben|hatten)$/u.test(ws[j + 1] ?? '') && saying)),
        )
      : (saying || givesSaying) &&
        firstPersonSubject(ws, { lastClause: false }) &&
        !ws.some((w) => /^(er|sie|Er)$/u.test(w));
    // "Meine Psychologin hat mir einen Satz mitgegeben, den ich …:": somebody else, who opens the
    // clause and gives the words to "mir", said them; "ich" is only in the relative clause.
    // Not "Mein Chef fragte mich …, und ich antwortete:": "ich" the subject of the last clause.
    const givenToMe =
      ['name', 'role', 'reference'].includes(readSubject(ws)?.subject.type ?? '') &&
      plain.some((w) => w === 'mir' || w === 'mich') &&
      !/,\s+(und|aber|doch|dann)\s+(dann\s+|da\s+)?(ich|habe ich|hab ich)\b/u.test(clause);
    // The full name where the column's writer is given one: "Nina Gasser", not "Gasser".
    return saysSelf && !givenToMe
      ? (people.fullNameOf(self) ?? (named?.includes(' ') ? named : self))
      : null;
  };
  const quotes: Quote[] = [];
  /** The quotes that are a paragraph of their own, by their place in `quotes`. */
  const alone = new Set<number>();
  /** The last quote with its speaker, where it ends in reading order. */
  let previous: {
    speaker: string | null;
    /** The speaker the words named was dropped because the quotation speaks of them. */
    speaksOfSpeaker: boolean;
    kind: QuoteKind;
    part: number;
    end: number;
    endsBlock: boolean;
    question: boolean;
    /** Who asked, where the quotation is a question put to somebody: its speaker or role. */
    asker: string | null;
    /** Where the quotation answers a question put just before: who asked it (null: unknown). */
    answers: string | null | undefined;
    /** Whom the writer's own words («Grossmami, …», sagte ich) called. */
    calls: ReturnType<typeof vocative>;
    /** A text its clause shows, not somebody's words: "Über der Tür hängt ein Holzschild: «…»". */
    shown: boolean;
  } | null = null;
  /** Who answered the last interview question, and in which paragraph. */
  let interview: { speaker: string; part: number } | null = null;
  // An interview with one person only: its questions address nobody else by name (a double
  // interview's plain questions may be put to either).
  const addressees = new Set(parts.flatMap(({ text }) => addressedBefore(text, isPerson) ?? []));
  const oneInterviewee = addressees.size === 1;
  // "Bürgermeisterin X spricht im APA-Interview über …": an interview whose questions call
  // nobody by name, in paragraphs of their own, is with the one person its lead names.
  const leadInterviewee = (): string | undefined => {
    const leads = parts.flatMap((p, i) => (p.part === 'lead' ? [{ ...p, i }] : []));
    if (addressees.size > 0 || !leads.some((p) => /\b(Interview|Gespräch)/u.test(p.text)))
      return undefined;
    const asks = parts.some(
      (p, k) =>
        p.part === 'body' &&
        /\?\s*$/u.test(p.text) &&
        p.text.length < 400 &&
        !/^[«„“"]/u.test(p.text.trim()) &&
        parts[k + 1]?.part === 'body' &&
        !/\?\s*$/u.test(parts[k + 1]?.text ?? ''),
    );
    const named = leads.flatMap((p) =>
      people.namedPeopleBetween(offsets[p.i] ?? 0, (offsets[p.i] ?? 0) + p.text.length),
    );
    return asks && new Set(named).size === 1 ? named[0] : undefined;
  };
  const interviewee = oneInterviewee ? [...addressees][0] : leadInterviewee();
  const writer = columnist([
    ...context,
    ...parts.filter(({ part }) => part === 'lead').map(({ text }) => text),
    // The line about the writer that closes a column.
    ...(parts.length > 1 && parts.at(-1)?.part === 'body' ? [parts.at(-1)?.text ?? ''] : []),
  ]);
  if (writer) people.setWriter(writer);
  parts.forEach(({ part, index, text }, i) => {
    const label = /^(\p{Lu}[\p{L}'’-]+):\s/u.exec(text)?.[1];
    // Only in an interview (a question before), never in a column, whose "ich" is its writer.
    labelledAnswerer =
      label &&
      !writer &&
      people.isKnown(label) &&
      // Not "Huber:" where two Hubers answer.
      !people.isShared(label) &&
      !/\?\s*$/u.test(text) &&
      firstQuestion >= 0 &&
      firstQuestion < i
        ? (resolveName(label, people, offsets[i] ?? 0) ?? null)
        : null;
    const spans = spansOf[i] ?? [];
    const blockStart = offsets[i] ?? 0;
    const starts = sentenceStarts(text, spans);
    const previousText = i > 0 && parts[i - 1]?.part === part ? (parts[i - 1]?.text ?? '') : '';
    const announced = /:\s*$/.test(previousText);
    spans.forEach((span, s) => {
      const sentence = sentenceAround(text, starts, span.start);
      const before = text.slice(sentence.start, span.start);
      const after = text.slice(span.end);
      const prefix = before.trimEnd();
      const attribution = attributionAfter(after, prefix === '');
      // "fand einen Zettel mit den Worten «…»", "An die alte Bauernregel «…» glaubt er nicht
      // mehr": what a note or a saying says, nobody's words and nobody's turn.
      const nobodysWords = carriedByText(before) || proverbNamed(before);
      const firstPersonTurn =
        /^[»“”"]?\s*,\s*(sagte|sage|antwortete|antworte|erwiderte|meinte|rief|fragte|frage)\s+ich\b/u.test(
          after,
        );
      // Who "ich" is: the column's writer, or the interviewee in an answer.
      const ich = /\?\s*$/u.test(text) ? null : (labelledAnswerer ?? writer ?? interviewee ?? null);
      const between = s > 0 ? text.slice(spans[s - 1]?.end ?? 0, span.start) : null;
      const joinedTo =
        between !== null && /^\s*(,|und|oder|sowie)?\s*$/u.test(between)
          ? quotes.at(-1)?.kind
          : undefined;
      const kind = classifyQuote({
        before,
        after,
        inner: span.inner,
        earlier: text.slice(0, sentence.start),
        namedBefore: quotes.some((q) => q.kind === 'name' && q.text.trim() === span.inner.trim()),
        announced,
        joinedTo,
        // «…», sage ich: the writer's own words are said, too.
        attributedAfter: attribution !== null || firstPersonTurn,
      });
      const position = blockStart + span.start;
      const sameBlock = previous !== null && previous.part === i;
      // The speaker goes on in the same paragraph, or in a paragraph that is only this quotation
      // right after a paragraph that ended with the speaker's quotation.
      const nextParagraph =
        previous !== null &&
        previous.part === i - 1 &&
        previous.endsBlock &&
        span.start === 0 &&
        span.end >= text.trimEnd().length - 1 &&
        /[.!?…]$/u.test(span.inner.trimEnd());
      // «Hast du Angst?», fragte sie. «Nein.»: a bare quotation after a question put to somebody
      // is the answer, by somebody else.
      const previousGoesOn =
        previous !== null &&
        previous.kind !== 'name' &&
        !previous.question &&
        (previous.part === i || nextParagraph) &&
        !people.mentionedBetween(previous.end, position) &&
        // «…», sagte X. Der Verband sieht das anders. «…»: the writer's own sentence between
        // the two, about somebody or something else, ends what X says; so does one about
        // somebody a pronoun means (»…« Sie lacht, wenn sie davon erzählt. »…«), where the
        // sentence before says who goes on.
        !starts.some((st) => {
          if (previous?.part !== i || st <= previous.end - blockStart || st >= sentence.start)
            return false;
          const between = text.slice(st, starts.find((next) => next > st) ?? text.length);
          // "«…», sagt die Pflegefachfrau. Die alte Frau lacht. «…»": a sentence whose subject is
          // somebody the words name, with a verb a speaker uses, hands the turn on too.
          const named = sentenceSubject(between);
          // "Seine Frau nickt. «…»": a relative or role who only nods or smiles, then speaks.
          const opening = openingSubject(between, { ownedReferences: true, references: true });
          // "«…», sagt Kaufmann. Als er zurückkam, war die Tasche weg. «…»": the writer's account
          // of what happened to the speaker, whom only a pronoun of their gender means there.
          const gender = previous?.speaker
            ? genderOfName(people.fullNameOf(previous.speaker) ?? previous.speaker)
            : null;
          const aboutSpeaker =
            gender !== null &&
            !/[«»„“”"]/u.test(between) &&
            (gender === 'm'
              ? /\b(er|ihm|ihn)\b/u.test(between)
              : /\b(sie|ihr)\b/u.test(between) && !/\b(er|ihm|ihn)\b/u.test(between));
          return (
            (isWritersAccount(between) && !aboutSpeaker) ||
            ((opening?.type === 'reference' || opening?.type === 'role') &&
              doneByPersons(between)) ||
            (/^(Er|Sie)\s+\p{Ll}/u.test(between) && !/^Sie\s+\p{Ll}+en\b/u.test(between)) ||
            named?.type === 'reference' ||
            named?.type === 'role'
          );
        });
      // "Ob er nun an die Nati denke? «…»": a question the writer reports, just before.
      const questionStart =
        sentence.start > 0 ? sentenceAround(text, starts, sentence.start - 1).start : null;
      const askedBefore =
        questionStart === null
          ? undefined
          : reportedQuestion(text.slice(questionStart, sentence.start));
      const leading =
        prefix !== '' ? leadingClause(text.slice(sentence.start, sentence.end)) : null;
      let speaker: string | null = null;
      // «Und wenn …?» after an answer: the asker asks again, and the next bare answer is not theirs.
      let asksAgain = false;
      // "Und weiter: «…»": the clause before the colon says the speaker before goes on.
      let continues = false;
      const resolve = (subject: Subject | null, at = blockStart + sentence.start) =>
        resolveSubject(subject, at, people, blockStart, span.inner);
      /**
       * "…, sagte Branchenkenner X. «…»": the person the sentence before let speak goes on.
       * `breaksSilence`: "Kessler schweigt lange. Dann: «…»": who was silent is who speaks next,
       * where a scene's "Dann:" opens the quotation.
       */
      const weSpeak = /(^|[^\p{L}])(wir|uns|unser\p{L}*)(?!\p{L})/iu.test(span.inner);
      const quotedBefore = previous?.part === i ? previous.speaker : null;
      const quotedGender = quotedBefore
        ? (genderOfName(people.fullNameOf(quotedBefore) ?? quotedBefore) ??
          genderOfRole(quotedBefore))
        : null;
      const otherThanSpeaker = (sentence: string) => {
        const about = openingSubject(sentence) ?? invertedPronoun(wordsOutsideQuotes(sentence));
        return (
          quotedGender !== null &&
          about?.type === 'pronoun' &&
          about.gender !== null &&
          about.gender !== quotedGender
        );
      };
      /** The sentences of the block that start at `end` or later, before this one (four at most). */
      const sentencesSince = (end: number) => {
        const found: { start: number; end: number }[] = [];
        let cur = sentenceAround(text, starts, sentence.start - 1);
        while (cur.start >= end && found.length < 4) {
          found.unshift(cur);
          if (cur.start === 0) break;
          cur = sentenceAround(text, starts, cur.start - 1);
        }
        return found;
      };
      /** Whether a subject is "er" or "sie" of the gender of the person named. */
      const sameGenderPronoun = (subject: Subject | null, name: string) =>
        subject?.type === 'pronoun' &&
        subject.gender !== null &&
        subject.gender === genderOfName(people.fullNameOf(name) ?? name);
      const fromSentenceBefore = (overPronouns = false, breaksSilence = false): string | null => {
        // "«…» Mit diesem Satz eröffnete Petra Lindner die Versammlung. Sie verstehe den Ärger.
        // «…»": after the sentence that named whom the quotation before it is by, reported
        // speech that names nobody goes on with them, and so does the next quotation.
        const told = previous?.part === i ? previous : null;
        if (told?.speaker && told.end > blockStart && told.end - blockStart < sentence.start) {
          const [naming, ...reported] = sentencesSince(told.end - blockStart);
          if (
            naming &&
            reported.length > 0 &&
            /^[\s»“”"]*$/u.test(text.slice(told.end - blockStart, naming.start)) &&
            attributionInNextSentence(text.slice(told.end - blockStart)) !== null &&
            reported.every((r) => {
              const ws = writersWords(text.slice(r.start, r.end));
              const subject = invertedPronoun(ws) ?? openingSubject(text.slice(r.start, r.end));
              return (
                inSubjunctive(ws) &&
                !people.somebodyMentionedBetween(blockStart + r.start, blockStart + r.end) &&
                // "Dann habe ein Anwohner das Wort ergriffen", "Die Staatsanwältin sehe das
                // anders": somebody else by a role or a noun for a person.
                !ws.some((w) => /^\p{Lu}/u.test(w) && (isRoleWord(w) || isKinshipWord(w))) &&
                // "Er habe …" after a woman spoke: somebody else.
                (subject?.type !== 'pronoun' || sameGenderPronoun(subject, told.speaker ?? ''))
              );
            })
          )
            return told.speaker;
        }
        // "…, sagte Branchenkenner X. «…»": the person the sentence before let speak goes on.
        let last = sentenceAround(text, starts, sentence.start - 1);
        // «…», sagte X. Die Wege dürften nicht länger werden. «…»: back over reported speech
        // that names nobody, to the sentence that says who speaks.
        for (
          let back = 0;
          back < 2 &&
          last.start > 0 &&
          // "Viele der Betroffenen seien über 50.": a group the teller speaks of, unless the
          // quotation speaks for a "wir", which may be theirs.
          (weSpeak
            ? !people.mentionedBetween(blockStart + last.start, blockStart + last.end)
            : !people.somebodyMentionedBetween(blockStart + last.start, blockStart + last.end)) &&
          (continuesReportedSpeech(text.slice(last.start, last.end), isPerson) ||
            // "«…», sagt Wyssbrod am Telefon. Die Stimme ist heiser. «…»": a description that
            // brings in nobody.
            (describesNoOne(text.slice(last.start, last.end)) &&
              !people.mentionedBetween(blockStart + last.start, blockStart + last.end) &&
              !people.bodyBetween(blockStart + last.start, blockStart + last.end, null)) ||
            // "Lisa Hürlimann verwies auf das Geständnis ihres Mandanten. Er sei «…» gewesen.
            // Die Auftraggeber seien «…».": reported speech about whom a pronoun means.
            // "…, sagte sie. Er habe Rechnungen gefälscht. «…»": so is reported speech about a
            // pronoun of the other gender than whom the paragraph quoted last.
            ((overPronouns || otherThanSpeaker(text.slice(last.start, last.end))) &&
              reportedAboutPronoun(text.slice(last.start, last.end))));
          back++
        )
          last = sentenceAround(text, starts, last.start - 1);
        // "«Nico hat besser gespielt», sagte der 27-Jährige. Der Oberschenkel sei «kein Thema»
        // gewesen.": what goes on from the sentence before is the words of whom its quotation was
        // given; where that quotation's speaker was dropped because it speaks of them, nobody.
        if (
          previous?.part === i &&
          previous.speaksOfSpeaker &&
          previous.end > blockStart + last.start &&
          previous.end <= blockStart + last.end
        )
          return null;
        const sentenceBefore = text.slice(last.start, last.end);
        // "Unter mir schnarcht Ruth, über dem Gang unterhalten sich zwei Stimmen. «…»": a group
        // the last clause brings in speaks, none of them named.
        if (groupInLastClause(writersWords(sentenceBefore))) return null;
        // "X forderte mehr Geld, doch Bildungsdirektorin Y blieb hart. «…»": the clause next to
        // the quotation.
        const beforeWords = writersWords(sentenceBefore);
        const lastClause = secondClause(beforeWords)?.join(' ') ?? sentenceBefore;
        // Who a sentence that reports speech opens with is what was said about, not who speaks.
        const said = sentenceSubject(lastClause);
        const subject =
          said ??
          (reportsSpeech(lastClause)
            ? null
            : (openingSubject(lastClause) ?? invertedPronoun(words(lastClause))));
        // "Seine Frau habe ihm einmal gesagt, er liebe den Ofen mehr als sie. «…»": who spoke,
        // in reported speech, is whom the one recounting it quotes; what follows is theirs.
        // The writer's words up to the first comma outside quotations ("«Ich habe ihm gesagt,
        // dass …», sagt Rüegg." has none before "sagt").
        const writers = writersWords(sentenceBefore);
        const firstComma = writers.findIndex((w) => w.endsWith(','));
        const mainClause = (firstComma < 0 ? writers : writers.slice(0, firstComma + 1)).map((w) =>
          w.toLowerCase().replace(/[^\p{L}]/gu, ''),
        );
        // "Ihr Vater habe ihr nur einen Rat gegeben, erzählt X. «…»", "Ihr Mann habe nur einen
        // Satz gesagt, erzählte sie. «…»": the same, unless the quotation speaks of that person.
        if (
          said !== null &&
          ((said.type !== 'pronoun' &&
            mainClause.some((w) => w === 'habe' || w === 'hätte') &&
            // "gesagt", and after "habe" a participle without "ge-": "erzählt", "berichtet".
            mainClause.some((w) => speechVerbs.has(w) && /^ge|t$/u.test(w))) ||
            passesOnOthersSaying(beforeWords, span.inner))
        )
          return null;
        // "Gerd Ullrich schilderte die Nacht. Der Angeklagte habe laut gebrüllt. «…»": whom
        // reported speech is about, named or given a role, is not who goes on speaking.
        if (
          said === null &&
          subject !== null &&
          subject.type !== 'pronoun' &&
          inSubjunctive(writersWords(sentenceBefore.split(':')[0] ?? ''))
        ) {
          // "«…», erzählt Hunziker. Seine Frau habe zuerst gelacht. «Sie sagte: ‹…›»": a
          // quotation that speaks of that person in the third person goes on with the teller
          // quoted just before in the paragraph, a person of the other gender.
          const aboutGender =
            subject.type === 'name'
              ? genderOfName(subject.name)
              : subject.type === 'reference'
                ? subject.gender
                : null;
          const teller = previous?.part === i ? previous.speaker : null;
          const tellerGender = teller ? genderOfName(people.fullNameOf(teller) ?? teller) : null;
          return aboutGender &&
            tellerGender &&
            tellerGender !== aboutGender &&
            speaksOf(span.inner, aboutGender) &&
            !people.mentionedBetween(previous?.end ?? position, blockStart + last.start)
            ? teller
            : null;
        }
        // Only a sentence about one person: "X schüttelte den Kopf, Y lachte" leaves it open.
        // A sentence whose subject says something ("X sagte, Y sei …") is about its speaker.
        const clauseStart = lastClause === sentenceBefore ? 0 : lastClauseJoint(sentenceBefore);
        // "Moderatorin Eva Lindner fragte ihn nach dem Titel. «…»": the answer is not by who asked.
        // "Staatsanwalt X fragte nach, ob er sich sicher sei. «…»": nor after a question the
        // sentence reports.
        if (
          /\S\s+(fragt|fragte)\s+(ihn|ihm|sie|den|die|einen|eine|seinen|seine|ihren|ihre)\b/u.test(
            lastClause,
          ) ||
          reportsQuestion(sentenceBefore)
        )
          return null;
        // "Keller bekommt von ihr einen Gugelhopf.": who gives is there too, and may be who speaks.
        const onePerson =
          said !== null ||
          (people.peopleBetween(blockStart + last.start + clauseStart, blockStart + last.end) <=
            1 &&
            !receivedFromSomebody(lastClause));
        // "X wurde verhaftet. «Wir hatten ihn im Visier.»": a sentence in the passive, or a
        // quotation that speaks of the person in the third person, is about them, not by them.
        const about =
          said === null &&
          // Only the sentence right before: a pronoun may mean whom reported speech between is about.
          last.end >= sentence.start &&
          (inPassive(words(sentenceBefore)) ||
            (!breaksSilence && listens(words(sentenceBefore))) ||
            speaksOfThirdPerson(span.inner, subject));
        // "Erwin Gysin hat angestossen, wie er erzählt. «…»": a pronoun after the name the
        // sentence opens with, of its gender, means that person, not somebody before it.
        // "Was Steiner-Brülisauer auf den Teller bringt, verrät sie nicht.": the subject of a
        // clause put first, that a pronoun in the main clause goes back to.
        const frontClause =
          /^\s*(Was|Wie|Warum|Wann|Wo|Ob|Wen|Wem)\s[^,]*,\s+\p{Ll}+\s+(er|sie)\b/u.test(lastClause)
            ? readSubject(writersWords(lastClause).slice(1))?.subject
            : undefined;
        const opener =
          subject?.type === 'pronoun'
            ? frontClause?.type === 'name'
              ? frontClause
              : openingSubject(lastClause)
            : null;
        const openerName =
          opener?.type === 'name' ? resolve(opener, blockStart + last.start) : null;
        if (
          subject?.type === 'pronoun' &&
          openerName &&
          (genderOfName(openerName) === subject.gender ||
            (frontClause?.type === 'name' && genderOfName(openerName) === null)) &&
          onePerson &&
          !about
        )
          return openerName;
        if (subject && subject.type !== 'nobody' && onePerson && !about)
          return resolve(subject, blockStart + last.start);
        // "«…», sagt Kaufmann. Als er zurückkam, war die Tasche weg. «…»": with no person the
        // main clause's subject, a pronoun that opens the clause put first.
        const leadingClause = subject === null ? leadingSubordinateClause(sentenceBefore) : '';
        const leadingSubject = leadingClause
          ? readSubject(writersWords(leadingClause).slice(1))?.subject
          : undefined;
        if (
          leadingSubject?.type === 'pronoun' &&
          kind === 'speech' &&
          said === null &&
          onePerson &&
          !about
        )
          return resolve(leadingSubject, blockStart + last.start);
        // "Auf der Gegenseite haderte Trainer X mit dem Schiedsrichter. «…»": a sentence that
        // opens with where or when, whose one subject is a person it names, everybody else in
        // it after a preposition.
        return subject === null &&
          said === null &&
          !about &&
          last.end >= sentence.start &&
          !reportsSpeech(lastClause) &&
          !inSubjunctive(writersWords(sentenceBefore))
          ? people.onlySubjectBetween(blockStart + last.start, blockStart + last.end)
          : null;
      };
      if (kind !== 'name') {
        // "«…»¶Das sagt Regula Tschopp, …": a paragraph that is only the quotation, named by
        // the paragraph after it.
        const nextBlock = parts[i + 1];
        const wholeParagraph = span.start === 0 && /^[.!?…]?\s*$/u.test(after);
        const onlyQuote = wholeParagraph && nextBlock?.part === part;
        // "Frau Tscharner, wann waren Sie zuletzt müde?¶«Gestern.»": whom the question before addressed.
        const addressed =
          kind === 'speech' && wholeParagraph ? addressedBefore(previousText, isPerson) : null;
        // "Herr Ammann, wie geht es dem Wald?¶«…»¶Ist die Fichte am Ende?¶«…»": a plain question
        // between two answer paragraphs, naming nobody, is put to whom the interview talks to.
        const putAsSie = (question: string) => {
          const start = lastSentenceStart(question);
          const asked = question.slice(start);
          return (
            /\s(Sie|Ihnen)\b/u.test(` ${asked}`) &&
            !people.namedBetween(blockStart - question.length - 1 + start, blockStart)
          );
        };
        const interviewGoesOn =
          kind === 'speech' &&
          wholeParagraph &&
          addressed === null &&
          interview !== null &&
          oneInterviewee &&
          // Right after the last answer, or put as "Sie" after somebody else spoke between.
          (interview.part === i - 2 ||
            /\S\s+(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b/u.test(previousText)) &&
          // "Sie haben ein Buch geschrieben: «…».": a statement put to the interviewee, right
          // after the last answer, prompts an answer too.
          (/\?\s*$/u.test(previousText) ||
            (interview.part === i - 2 &&
              /(^|\s)(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b/u.test(previousText))) &&
          !/^[«„“"]/u.test(previousText.trim()) &&
          // "Einige Ihrer Kollegen finden das zynisch. Sie auch?": people the question speaks
          // of by a role do not answer it; somebody it names may, unless the question itself,
          // the last sentence, is put as "Sie" and names nobody ("Moderator X nannte Sie «…».
          // Waren Sie wirklich so ruhig?").
          (!people.namedBetween(blockStart - previousText.length - 1, blockStart) ||
            putAsSie(previousText));
        // A pronoun after the quote points back to someone named before the quote, in its sentence too.
        // "20.50 Uhr: «…» So beschreibt Anwohner X …": a ticker's time stamp is no clause.
        const stamp = /^\d{1,2}[.:]\d{2}(\s+Uhr)?\s*:$/u.test(prefix);
        const nextSentence =
          attribution || (prefix !== '' && !stamp) || kind !== 'speech'
            ? null
            : (attributionInNextSentence(after) ??
              (onlyQuote
                ? (attributionInNextSentence(` ${nextBlock.text}`) ?? signature(nextBlock.text))
                : null));
        // "Tschanz sei «zäh wie Leder», sagt er": the pronoun subject of the verb of saying never
        // means a person the clause it reports names, so it looks back from the sentence's start
        // (not in "X rechnet mit «…», wie er sagte", where the reporting clause is the other one).
        // "Der Bürgermeister habe «…», sagt der 61-Jährige": an age noun no more than a pronoun.
        // Not "Landessprecherin Erika Moosbrugger: «…», kritisierte sie.": whom the colon names.
        const reportedBefore =
          (attribution?.subject?.type === 'pronoun' ||
            (attribution?.subject?.type === 'reference' && isAgeNoun(attribution.subject.noun))) &&
          prefix !== '' &&
          !prefix.endsWith(':') &&
          !/^\W*,\s*wie\s/u.test(after);
        // "Der Arzt sagte zu ihr: «…», erinnert sich Regula Meili": who tells it afterwards
        // recounts what the clause before the colon lets somebody say.
        const colonVerb =
          attribution && prefix.endsWith(':') ? findSpeechVerb(writersWords(prefix)) : -1;
        const colonFirst = colonVerb >= 0 ? readColonClause(prefix) : null;
        const owner = prefix === '' ? undefined : ownerOfStatementClause(before);
        const labelGiver = prefix === '' && kind === 'partial' ? labelGiverAfter(after) : null;
        if (owner !== undefined) speaker = owner ? resolve(owner) : null;
        else if (colonFirst?.type === 'subject') speaker = resolve(colonFirst.subject);
        // "Der Polizist habe zu ihm gesagt: «…», erzählt Peter Huber": whoever the clause lets
        // speak, not the one who recounts it.
        else if (colonVerb > 0) speaker = null;
        // "Die Gegner nannten das Projekt einen «…», sagte X": a label others gave.
        else if (kind === 'partial' && labelOfOthers(before, after)) speaker = null;
        // "Begriffe wie «Chuchichäschtli» kennen sie noch": a term the writer mentions.
        else if (kind !== 'speech' && mentionedTerm(before)) speaker = null;
        // What a note or a saying says: not who found the note or knows the saying.
        else if (nobodysWords) speaker = null;
        // "Sie habe Sätze gehört wie «…», erinnert sich X": what others said to the teller.
        else if (attribution && heardFromOthers(before)) speaker = null;
        // "Auf die Frage eines Journalisten, «Glauben Sie …?», antwortete X:": the question is
        // not by who answers it.
        else if (
          attribution &&
          /\bFrage\b[^«».!?]*,\s*$/u.test(before) &&
          /\?$/u.test(span.inner.trim())
        )
          speaker = null;
        // "Der Regierungsrat empfiehlt …; sie sei «…», schreibt er": a council the sentence
        // opens with is whom the pronoun means.
        else if (
          reportedBefore &&
          attribution?.subject?.type === 'pronoun' &&
          attribution.subject.gender === 'm' &&
          /^Der\s+\p{Lu}\p{Ll}*rat\s+\p{Ll}/u.test(text.slice(sentence.start))
        )
          speaker = null;
        // "Ein Kollege habe ihr gesagt, Kinderbücher seien «…», erzählt Tran": a few words in what
        // somebody else reportedly said are theirs, not the teller's.
        else if (
          attribution &&
          kind === 'partial' &&
          reportedSpeakerBeforeComma(writersWords(before)) !== undefined
        )
          speaker = null;

        // "…, als Gerichtspräsident X ihn fragt, was geschehen sei. «…», sagt er leise.": after
        // a question put to "ihn", "er" may mean who asked or who answers; nobody then.
        else if (
          attribution?.subject?.type === 'pronoun' &&
          attribution.subject.gender === 'm' &&
          prefix === '' &&
          sentence.start > 0 &&
          /\b(ihn\s+(fragt|fragte|gefragt)|(fragt|fragte)\s+ihn)\b/u.test(
            text.slice(sentenceAround(text, starts, sentence.start - 1).start, sentence.start),
          )
        )
          speaker = null;
        // "«…», sagte ich.": in a column, or in an interview's answer, who writes or answers.
        else if (firstPersonTurn && ich) speaker = resolve({ type: 'name', name: ich });
        else if (attribution) {
          const at = reportedBefore
            ? blockStart +
              sentence.start +
              Math.max(clauseAfterColon(before), reportedClauseStart(before))
            : position;
          // "Damals hatte der Verein 14 Mitglieder. «…», erzählt er.": only a person tells, so
          // a body named since is not what the pronoun may mean.
          speaker =
            attribution.subject?.type === 'pronoun' && doneByPersons(after.split(/[.!?]/u)[0] ?? '')
              ? people.lastBefore(at, attribution.subject.gender, {
                  bodies: false,
                  asI: speaksAsI(span.inner),
                })
              : resolve(attribution.subject, at);
          // "Marta und Kurt Imboden stehen vor ihrem Haus. «…», sagen die beiden.": the two the
          // paragraph named together last.
          if (
            speaker === null &&
            /^[»“”"]?\s*,\s+\p{Ll}+\s+(die beiden|beide)[\s,.!?]/u.test(after) &&
            pluralSpeechVerbs.has(
              (/^[»“”"]?\s*,\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '').toLowerCase(),
            )
          )
            speaker = lastNamedPair(words(blankQuotes(text, spans).slice(0, span.start)));
        }
        // "«…!», kam es postwendend von der anderen Seite": a verb with "es" as its subject
        // after the quotation says it came from nobody the text names.
        // Not "…, weil es …": a subordinate clause after the words says why, not who spoke.
        else if (
          /^\s*,\s+\p{Ll}+\s+es\b/u.test(after) &&
          !subordinators.has(/^\s*,\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '')
        )
          speaker = null;
        // "«Angstmacherei» nannte ein Votant das Schreiben": who named it so.
        else if (labelGiver) speaker = resolve(labelGiver, position);
        else if (nextSentence) speaker = resolve(nextSentence.subject, position);
        else if (
          sameBlock &&
          (splitUtterance.test(before.slice(0, prefix.length + 1)) ||
            (/^\p{Ll}/u.test(span.inner) &&
              splitLowerUtterance.test(before.slice(0, prefix.length + 1)))) &&
          /,\s*$/u.test(before)
        )
          speaker = previous?.speaker ?? null;
        else if (prefix.endsWith(':') || (announced && prefix === '')) {
          const clause = prefix.endsWith(':')
            ? prefix
            : previousText.slice(lastSentenceStart(previousText));
          // "Krämer hakte nach. Seine Antwort: «…»": the answer is not by the one who asked.
          const answerToQuestion =
            /^\s*(Seine|Ihre)\s+Antwort(\s+(kommt|kam|folgt|folgte)\b[^:]*)?\s*:\s*$/u.test(
              clause,
            ) &&
            sentence.start > 0 &&
            /\b(fragt|fragte|hakt|hakte|erkundigt|erkundigte|wissen)\b/u.test(
              text.slice(sentenceAround(text, starts, sentence.start - 1).start, sentence.start),
            );
          // "Ihre Mutter habe immer gesagt, erzählt Sandra Kuhn: «Gib nie auf.»": the mother's
          // words, unless the quotation speaks of her ("Er sagte: ‚…‘ Ich habe trotzdem …").
          const othersSaying = passesOnOthersSaying(writersWords(clause), span.inner);
          // "Trainer Paul Gerber schickte ihr eine SMS. Sie hat sie bis heute gespeichert: «…»":
          // who keeps a text the sentence before names did not write it.
          // A sentence may end with a quotation's closing mark: "… Eis.» Die Organisation …".
          const earlier = (sentence.start > 0 ? text.slice(0, sentence.start) : previousText)
            .trimEnd()
            .split(/[.!?]["»“”]?\s/u)
            .at(-1);
          const keptText =
            findSpeechVerb(writersWords(clause)) < 0 &&
            /\S\s+(sie|ihn|es)\s/u.test(clause) &&
            wordsOutsideQuotes(earlier ?? '').some((w) => writtenOrMessage(w));
          // "Das Rezept will Wallmeier nicht verraten. Nur so viel: «…»": who would not say more
          // says this much; the person the sentence before is about.
          // "Ueli Zbinden sagt lange nichts. Dann: «…»": after a sentence with no quotation, who
          // it is about speaks next.
          const sceneThen =
            /^\s*(Dann|Danach|Schliesslich|Schließlich|Später|Zuletzt)\s*:\s*$/u.test(clause) &&
            sentence.start > 0 &&
            !/[«»„“”"]/u.test(
              text.slice(sentenceAround(text, starts, sentence.start - 1).start, sentence.start),
            );
          const thisMuch = (onlyThisMuch.test(clause) || sceneThen) && sentence.start > 0;
          const readClause =
            answerToQuestion || othersSaying || keptText || thisMuch
              ? ({ type: 'nobody' } as const)
              : readColonClause(clause);
          // "Sie zitiert ihren verstorbenen Mann: «Er hat immer gesagt: ‹…› Ich glaube, er hatte
          // recht.»": words that give the cited one's words inside them are the quoter's.
          const quoter =
            readClause?.type === 'subject' &&
            /(^|\s)zitiert(e)?(\s|$)/u.test(clause) &&
            /(gesagt|sagte|sagt|meinte|meint|zu sagen|sprach)(\s+zu\s+\p{L}+)?\s*:\s*[‹‚]/u.test(
              span.inner,
            )
              ? readSubject(writersWords(clause))
              : null;
          const read =
            quoter &&
            (quoter.subject.type === 'name' ||
              quoter.subject.type === 'pronoun' ||
              quoter.subject.type === 'role')
              ? ({ type: 'subject', subject: quoter.subject } as const)
              : readClause;
          if (thisMuch) speaker = fromSentenceBefore(false, sceneThen);
          // "Anna hat eine Zeichnung gebracht: Moritz mit Krone, darunter hat sie geschrieben:":
          // a pronoun after a colon inside the sentence may mean whom the clause before it names.
          // "Jasmin Oberholzer hat eine Nachfolgerin gefunden, wie sie verrät:", "Almendares
          // postete ein Foto, darunter schrieb er:": a pronoun in the last clause of the sentence
          // may mean whom the sentence names before it.
          const lastComma = prefix.lastIndexOf(',');
          const pronounLast =
            read?.type === 'subject' &&
            read.subject.type === 'pronoun' &&
            // "Auf die Frage, ob Kellerhoff …, antwortete sie:": whom the question is about is
            // not who answers it.
            !/^\s*(Auf die Frage|Gefragt|Darauf angesprochen)\b/u.test(prefix) &&
            lastComma > clauseAfterColon(prefix) &&
            /\b(sie|er)\b/u.test(prefix.slice(lastComma)) &&
            !/[«»„“”"]/u.test(prefix.slice(lastComma)) &&
            // Not "Auf die Frage des Richters, warum …, antwortete er:": only where the sentence
            // has a subject before the comma.
            people.subjectBetween(
              blockStart + sentence.start + clauseAfterColon(prefix),
              blockStart + sentence.start + lastComma,
            );
          const from =
            blockStart +
            sentence.start +
            (pronounLast ? lastComma : prefix.endsWith(':') ? clauseAfterColon(prefix) : 0);
          // "Sein Gegenüber Lindqvist sah es ähnlich:", "Trainer X hat trotzdem an ihn geglaubt:":
          // a clause the rules cannot read, in the quotation's sentence, that mentions one
          // person only, by name and as its subject, is that person's introduction.
          // "Als Lindqvist von «…» sprach, kam ein Zwischenruf:": not whom a clause the sentence
          // opens with names, unless a pronoun in the main clause means them ("Als meine Tante
          // Fernanda das ass, hat sie … gesagt:").
          const lead = leadingSubordinateClause(prefix);
          const mainOnly = /\b(er|sie)\b/u.test(prefix.slice(lead.length)) ? 0 : lead.length;
          const thingClause = namedInThingClause(writersWords(clause));
          if (read === null && prefix.endsWith(':') && !/\?\s*:$/u.test(prefix) && !thingClause)
            speaker = firstPersonSubject(writersWords(clause))
              ? interviewSelf(clause, text, blockStart + sentence.start, position, true)
              : (people.onlyNamedBetween(blockStart + sentence.start + mainOnly, position) ??
                interviewSelf(clause, text, blockStart + sentence.start, position));
          // "Sie sagten damals der «Talpost»: «…»": in an interview's question, "Sie" with its
          // verb in -en is the interviewee addressed, not several people.
          else if (read?.type === 'nobody' && /\?\s*$/u.test(text) && prefix.endsWith(':'))
            speaker = interviewSelf(clause, text, blockStart + sentence.start, position);
          // "«…», sagte er. Die Bäckerei bleibe trotzdem geöffnet: «…»": reported speech that
          // names no source or person of its own (nor several people), before a colon, goes on
          // with whom the sentence before let speak.
          if (
            speaker === null &&
            read === null &&
            prefix.endsWith(':') &&
            sentence.start > 0 &&
            continuesReportedSpeech(clause, isPerson) &&
            // "Die Kunden seien traurig:": several people of their own, in the plural.
            !words(clause).some((w) => pluralSubjunctives.has(bare(w))) &&
            !people.somebodyMentionedBetween(blockStart + sentence.start, position)
          )
            speaker = fromSentenceBefore(true);
          // "Auf Facebook postete die Feuerwehr ein Foto, dazu schrieb sie:": a body the sentence
          // names before the pronoun's clause may be whom it means; nobody then.
          const bodyFirst =
            read?.type === 'subject' &&
            read.subject.type === 'pronoun' &&
            !pronounLast &&
            lastComma > clauseAfterColon(prefix) &&
            /\b(sie|er)\b/u.test(prefix.slice(lastComma)) &&
            people.bodyBetween(
              blockStart + sentence.start - 1,
              blockStart + sentence.start + lastComma,
              read.subject.gender,
            );
          // "Danach lacht sie:": only a person laughs, so a study or a body named since is not
          // what the pronoun may mean.
          if (read?.type === 'subject')
            speaker = bodyFirst
              ? null
              : read.subject.type === 'pronoun' && doneByPersons(clause)
                ? people.lastBefore(from, read.subject.gender, { bodies: false })
                : resolve(read.subject, from);
          // "Brunner senior: «…»" where two are called Brunner: which one the text leaves to
          // what the reader knows of their ages.
          if (
            read?.type === 'subject' &&
            read.subject.type === 'name' &&
            /^\s*\S+\s+(senior|junior|sen\.|jun\.)\s*:\s*$/iu.test(clause) &&
            people.isShared(read.subject.name)
          )
            speaker = null;
          // "18.45 Uhr: Gmür: «…»": a family name alone before the colon, as tickers and
          // interviews write it, is the one person of that name the text introduced in full.
          if (speaker && read?.type === 'subject' && writersWords(clause).length === 1)
            speaker = people.fullNameOf(speaker) ?? speaker;
          // "ein Schild, das Toni gestaltet hat: «…»", "Walter Gerber hatte ihm einen Zettel
          // geschrieben. Darauf stand: «…»": a written text whose writer the words name.
          if (
            speaker === null &&
            (read === null || read.type === 'nobody') &&
            !keptText &&
            !answerToQuestion &&
            prefix.endsWith(':')
          ) {
            // The writer in the clause's own relative clause, else in the sentence before.
            const inClause = writerOfText(clause, '');
            const beforeStart =
              inClause === null && sentence.start > 0
                ? sentenceAround(text, starts, sentence.start - 1).start
                : -1;
            const writer =
              inClause ??
              (beforeStart >= 0
                ? writerOfText(clause, text.slice(beforeStart, sentence.start))
                : null);
            if (writer)
              speaker = resolve(
                writer,
                blockStart + (inClause || beforeStart < 0 ? sentence.start : beforeStart),
              );
          }
          continues = read?.type === 'continuation';
          // "«…», sagt X. Die SP kritisiert das Budget. Allerdings: «…»": a sentence between in
          // the writer's own voice about some body or thing goes on with that, not with X.
          const othersBetween =
            previous?.part === i &&
            sentencesSince(previous.end - blockStart).some((between) => {
              const ws = writersWords(text.slice(between.start, between.end));
              return (
                !inSubjunctive(ws) &&
                (/^(Der|Die|Das)$/u.test(ws[0] ?? '') || /^\p{Lu}{2,}$/u.test(ws[0] ?? ''))
              );
            });
          if (
            read?.type === 'continuation' &&
            previous &&
            previous.part >= i - 1 &&
            !othersBetween &&
            // "Der Angeklagte schwieg lange. Dann: «…»": somebody named in a sentence since
            // speaks on (not the attribution of the quotation before: "…», sagte X. Und weiter:").
            !people.mentionedBetween(
              previous.part === i
                ? blockStart + (starts.find((st) => st > previous!.end - blockStart) ?? span.start)
                : blockStart,
              // "Und an die Adresse des Angeklagten:": whom the speaker turns to is no speaker.
              /\ban\s+die\s+Adresse\b/iu.test(before) ? blockStart + sentence.start : position,
            )
          )
            speaker = previous.speaker;
        } else if (leading !== null) {
          // "Während Finanzdirektor X von einem «…» sprach, warnte Y vor «…»": words in the
          // leading clause are its subject's, words after it the main clause's subject's.
          const clause = leading;
          const inLeading = before.length <= clause.length;
          // After the clause the verb comes first: "…, warnte der Fraktionschef, Y, vor «…»".
          const main = writersWords(text.slice(sentence.start + clause.length, sentence.end));
          const own = inLeading
            ? readSubject(writersWords(clause).slice(1))?.subject
            : speechVerbs.has((main[0] ?? '').toLowerCase())
              ? readSubject(main.slice(1))?.subject
              : null;
          const from = blockStart + sentence.start + (inLeading ? 0 : clause.length);
          if (
            (own?.type === 'name' || own?.type === 'role') &&
            people.peopleBetween(from, position) <= 1
          )
            speaker = resolve(own);
        } else if (prefix !== '' && (kind === 'partial' || !/[–—-]$/u.test(prefix))) {
          // A few quoted words inside a sentence (after a dash too: "Er betonte, … – «in
          // umgekehrter Richtung, sozusagen»"): the sentence's speaker, if it names one, unless
          // they stand in the attribution itself ("sagte sie auf eine Frage des «Blick»").
          // "X wies den Vorwurf zurück, er sei «korrupt»": the words are the accuser's; "X sprach
          // von einem «Erfolg», Y dagegen von einem «Debakel»": a second person named before
          // the words may be who used them.
          const lead = wordsOutsideQuotes(before);
          // "Anna Meier zufolge ist Beat Gmür «ein Lügner»": a source the sentence opens with
          // is whose words they are, whoever else it names.
          const source = openingSource(writersWords(text.slice(sentence.start, sentence.end)));
          // "Urs Kälin zitierte aus dem Prüfbericht, in dem von «…» die Rede ist", "…, der vor
          // einer «…» gewarnt hatte": a relative clause with a speaker of its own, or none.
          const relative = trailingRelativeClause(wordsOutsideQuotes(before));
          // The relative clause with what follows the words up to the next mark.
          const relativeWords = relative
            ? [...relative.clause, ...writersWords(after.split(/[,.;:!?]/u)[0] ?? '')]
            : [];
          // "…, auf der Rückseite stehe der Vermerk «für Ostern»": a written text says it.
          const writtenBefore = inscriptionNouns.has(
            (lead.at(-1) ?? '').toLowerCase().replace(/[^\p{L}]/gu, ''),
          );
          // "mit dem Begriff der «Smartphone-Sucht» operierten": a term named, whoever coined it.
          const termNamed = lead
            .slice(-2)
            .some(
              (w, j, last) =>
                termNouns.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')) &&
                (j === last.length - 1 || /^(der|des)$/u.test(last[j + 1] ?? '')),
            );
          // "Im Februar habe Tessendorf von «einem guten Jahr» gesprochen, erzählt Kranz": the
          // reported clause's own verb of saying follows the words; they are its subject's.
          const reportedSaying =
            lead.some((w) => /^(habe|hätte)$/u.test(w)) &&
            !lead.some((w) => /^(er|sie|Er|Sie)$/u.test(w)) &&
            writersWords(after.split(',')[0] ?? '').some((w) => {
              const l = w.toLowerCase().replace(/[^\p{L}]/gu, '');
              return (speechVerbs.has(l) || opinionVerbs.has(l)) && /^ge/u.test(l);
            });
          // "forderte die Vermieter auf, Senkungen «umgehend» weiterzugeben": the clause the words
          // stand in, with what follows them, an infinitive with "zu" of the verb before.
          const afterClause = after.split(/[,.;:!?]/u)[0] ?? '';
          const infinitive =
            before.includes(',') &&
            zuInfinitive(
              writersWords(
                `${before.slice(before.lastIndexOf(',') + 1)} ${span.inner} ${afterClause}`,
              ),
            );
          // "Kühnel kritisiert, dass Oltmanns von einem «Einzelfall» gesprochen habe": a clause
          // with a named subject and a verb of saying of its own says whose the words are.
          const thatClause = thatClauseSubject(before, after);
          // "X hatte sie als «…» bezeichnet, die Gegner sprachen von einem «…»": a clause of its
          // own after the last comma whose subject is several people, by its plural verb of
          // saying; their words, nobody's to name.
          const group = /,\s+die\s+\p{Lu}[\p{L}-]*\s+(\p{Ll}+en)\s[^,]*$/u.exec(before)?.[1];
          const groupSays = group !== undefined && pluralSpeechVerbs.has(group);
          // "Die «Gazzetta dello Sport» hatte sie abgeschrieben und vom «…» geschrieben": a medium
          // named at the sentence's opening, its subject, wrote the words.
          // Only where those words are a name, and in the same clause (not "Das «Theater am
          // Hechtplatz» hat … verschoben, Direktor Beat Zürcher sprach von «…»").
          const mediumOpens =
            quotes.at(-1)?.kind === 'name' &&
            quotes.at(-1)?.location.part === part &&
            quotes.at(-1)?.location.index === index &&
            /^\s*(Der|Die|Das)\s+[«„“"]\p{Lu}[^«»„“"]*[»“”"]\s+(hatte|hat|\p{Ll}+te|\p{Ll}+t)\s[^,;:]*$/u.test(
              text.slice(sentence.start, span.start),
            );
          const ownSpeaker =
            mediumOpens ||
            groupSays ||
            thatClause !== undefined ||
            impersonalMention(before, after) ||
            writtenBefore ||
            termNamed ||
            reportedSaying ||
            // "Von einem «Durchbruch», wie ihn die Autoren feiern, …": whose word it is follows.
            /^[»“”]?\s*,\s+wie\s+(ihn|sie|es|das)\s/u.test(after) ||
            inSourceClause(lead) ||
            // "Was ein «Inselnetz» ist, erklärt X": a term the writer mentions.
            termExplained(before, after) ||
            heardFromOthers(before) ||
            // "ein neues Getränk auf der Karte: den «Glockenspritzer», einen weissen Spritzer mit
            // …": a thing named and explained by an apposition, in words nobody says.
            (/^[»“”"]?\s*,\s+(ein|eine|einen|einem)\s+(\p{Ll}+\s+)?\p{Lu}/u.test(after) &&
              findSpeechVerb(writersWords(before), speechOrOpinionVerbs) < 0) ||
            // "Ein Bauherr habe sie gefragt, ob sie «…» bringe, erzählt X": a few words in what
            // another person reportedly said or asked are theirs, not the teller's.
            reportedSpeakerBeforeComma(writersWords(before)) !== undefined ||
            // "Alois P., der den «Kogelwirt» in Kaltenegg führt": a relative clause that says
            // nothing names a thing, in nobody's words.
            (relative !== null && attribution === null && !clauseSays(relativeWords)) ||
            (relative !== null && !relative.aboutNamedPerson && hasOwnSpeaker(relativeWords));
          const commaSubject = commaClauseSubject(before);
          const ownClause =
            commaSubject?.type === 'name' ||
            commaSubject?.type === 'role' ||
            commaSubject?.type === 'pronoun'
              ? commaSubject
              : null;
          if (
            !ownSpeaker &&
            !inAttribution(text.slice(sentence.start, span.start)) &&
            !inDescribingClause(before, after) &&
            // "Als X der Finanzvorsteherin vorwarf, sie habe «…»": whom the reproach is about;
            // not "warf der Regierung vor, die Ausgaben «laufen zu lassen»", the accuser's words.
            (infinitive ||
              !lead.some((w) => {
                const l = w.toLowerCase().replace(/[^\p{L}]/gu, '');
                return reproachNouns.has(l) || reproachVerbs.has(l);
              })) &&
            (source !== null ||
              opensWithSpeaker(before) ||
              (infinitive && opensWithSpeaker(`${before} _ ${afterClause}`)) ||
              people.peopleBetween(blockStart + sentence.start + addressLength(before), position) <=
                1 ||
              // "X sprach von einem «…», Oppositionschefin Y ortet dagegen ein «…»": a clause
              // of its own after a comma, whose subject is the one person it names.
              (ownClause !== null &&
                people.peopleBetween(
                  blockStart + sentence.start + before.lastIndexOf(', '),
                  position,
                ) <= 1))
          ) {
            const subject = ownClause ?? sentenceSubject(text.slice(sentence.start, sentence.end));
            // "…, so die Zeugin weiter. Ihre Tante habe nie jemanden geduzt, «…»": somebody's
            // relation in reported speech is whom the teller speaks of, not whose words they are.
            const toldOf =
              subject?.type === 'reference' &&
              subject.owned === true &&
              /^\s*(Ihr|Ihre|Sein|Seine)\s/u.test(before) &&
              inSubjunctive(writersWords(before));
            // "Die Anwältin will «…» einreichen, wie sie sagt": in a sentence that reports no
            // speech, "wie sie sagt" may mean the subject it opens with.
            const ownWie =
              subject?.type === 'pronoun' &&
              /^[^.!?;:«»]*,\s*wie\s/u.test(after) &&
              !inSubjunctive(writersWords(before));
            speaker = toldOf
              ? null
              : resolve(
                  subject ??
                    // "Rund 400 Beschäftigte sind betroffen, Betriebsratschef X spricht von einem
                    // «…»": a main clause of its own after a comma, its subject first.
                    commaClauseSubject(text.slice(sentence.start, span.start)) ??
                    // "Für die Räumung rechnet Strasseninspektor X mit «…»": a phrase put
                    // first, the verb, then the subject.
                    // "Umstritten war das: An der Versammlung hatte ein Votant gewarnt, …": after
                    // a colon, the clause next to the words.
                    subjectAfterFrontedPhrase(
                      writersWords(
                        text.slice(sentence.start + clauseAfterColon(before), span.start),
                      ),
                    ),
                  ownWie
                    ? position
                    : // "X hat ein Bild gefunden: Sie spricht von «…»": a pronoun after a colon
                      // may mean whom the sentence named before it.
                      // Only where the clause before the colon opens with a name and has no
                      // pronoun of the gender ("Die Antwort von X hat sie nicht überzeugt:").
                      subject?.type === 'pronoun' &&
                        clauseAfterColon(before) > 0 &&
                        openingSubject(before.slice(0, clauseAfterColon(before)))?.type ===
                          'name' &&
                        !writersWords(before.slice(0, clauseAfterColon(before))).some(
                          (w) => bare(w) === (subject.gender === 'm' ? 'er' : 'sie'),
                        )
                      ? blockStart + sentence.start + clauseAfterColon(before)
                      : undefined,
                );
          }
          // "Er sprach von einem «…», Oppositionschefin X von einer «…»": the subject of the
          // clause after the comma, which shares the verb.
          const gapped = ownSpeaker ? undefined : gappedClauseSubject(before);
          if (gapped !== undefined) speaker = gapped && resolve(gapped);
          if (thatClause !== undefined) speaker = resolve(thatClause);
          // "Dritte wurde die Norwegerin Ingrid Solvang, die im Ziel von einem «…» sprach": whom
          // the relative clause is about, who spoke.
          if (speaker === null && kind === 'partial') {
            const clauseAfter = writersWords(after.split(/[,.;:!?]/u)[0] ?? '');
            const relativeSpeaker =
              clauseAfter.length === 1
                ? speakingRelativeClause([...wordsOutsideQuotes(before), '_', ...clauseAfter], true)
                : undefined;
            if (relativeSpeaker) speaker = resolve(relativeSpeaker);
          }
          // "Ein Ausbildner habe gesagt, Frauen seien «…»": the words of whom the clause of
          // reported speech before the comma lets speak, by name or role.
          if (speaker === null && kind === 'partial') {
            const reporter = reportedSpeakerSubject(writersWords(before));
            if (reporter) speaker = resolve(reporter);
          }
          // "Der «Kurier» zitierte einen Mitarbeiter mit den Worten, man habe «…»": whom it quoted.
          if (speaker === null && kind === 'partial') {
            const quoted = quotedWithWords(wordsOutsideQuotes(before));
            if (quoted) speaker = resolve(quoted);
          }
          // "… ein Schiff, das er «nie ganz fertig» nennt": the pronoun's person.
          const namer = namingRelativeClause(before, after);
          if (speaker === null && namer)
            speaker = resolve(namer.subject, blockStart + sentence.start + namer.at);
          // "eine Rede, die nach Auskunft von Schriftführerin X «…» dauert": the source.
          const named = sourceRightBefore(before);
          if (named) speaker = resolve(named.subject, blockStart + sentence.start + named.at);
          // "Er braucht, wie er selbst sagt, «nicht mehr viel Arbeit» auf dem Kopf": an
          // attribution set off by commas right before the words.
          const insertedWie = /,\s+wie\s+(\S+(?:\s+\S+){0,3}?)\s+(\p{Ll}+),\s*$/u.exec(before);
          if (
            speaker === null &&
            !ownSpeaker &&
            insertedWie &&
            speechVerbs.has(insertedWie[2] ?? '')
          )
            speaker = resolve(
              readSubject(words(insertedWie[1] ?? ''))?.subject ?? null,
              blockStart + sentence.start + insertedWie.index,
            );
          // "Der Beschuldigte habe, so Bieri, «aus reiner Lust» …": "so" and a name set off by
          // commas right before the words.
          const insertedSo = /,\s+so\s+(\p{Lu}\S*(?:\s+\S+){0,3}?),\s*$/u.exec(before);
          if (speaker === null && !ownSpeaker && insertedSo) {
            const subject = readSubject(words(insertedSo[1] ?? ''))?.subject ?? null;
            if (subject?.type === 'name' || subject?.type === 'role')
              speaker = resolve(subject, blockStart + sentence.start + insertedSo.index);
          }
          // "Frau X, Sie haben im «Boten» gesagt, die Hütte sei «…». …?": in an interview's
          // question, the words "Sie" said or wrote are the interviewee's.
          if (speaker === null && !ownSpeaker && /\?\s*$/u.test(text))
            speaker = interviewSelf(before, text, blockStart + sentence.start, position, true);
          // "«…», sagte X. Die Forderung sei «nicht darstellbar».": reported speech that names
          // no source of its own goes on with the person the sentence before let speak.
          // "Dort heisse es, das Gesetz sei «…»": what a text says, nobody's words; "Im Tal
          // erzähle man sich, der Ferner sei «…»": talk nobody owns.
          const said = text.slice(sentence.start, sentence.end);
          const impersonal =
            writersWords(said.split(',')[0] ?? '').some((w) =>
              impersonalVerbs.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')),
            ) || unownedTalkBeforeComma(writersWords(said));
          // "Auch ein Lehrer nimmt ihn in Schutz: Der Schulleiter sei «…» gewesen.": reported
          // speech after a colon is what the clause before the colon introduces: its subject's
          // words, or nobody's; never those of whom a sentence before let speak.
          const colon = before.lastIndexOf(': ');
          const colonClause = colon > 0 ? readColonClause(before.slice(0, colon + 1)) : null;
          // "Was Lindqvist seiner Mannschaft gesagt hat, verrät er nur andeutungsweise: Es sei
          // eine «…» gewesen.": a pronoun after the clause the sentence opens with may mean whom
          // that clause names, so it looks back from the clause's comma.
          const leadingComma = subordinators.has(
            (/^\s*(\p{L}+)/u.exec(before)?.[1] ?? '').toLowerCase(),
          )
            ? before.slice(0, Math.max(0, colon)).lastIndexOf(',')
            : -1;
          if (speaker === null && !ownSpeaker && colonClause?.type === 'subject')
            speaker = resolve(
              colonClause.subject,
              colonClause.subject.type === 'pronoun' && leadingComma > 0
                ? blockStart + sentence.start + leadingComma
                : undefined,
            );
          if (
            colon < 0 &&
            speaker === null &&
            !ownSpeaker &&
            !impersonal &&
            sentence.start > 0 &&
            continuesReportedSpeech(said, isPerson) &&
            // "Nachts habe jemand «Baummörder» an sein Tor gesprüht": what somebody the clause
            // does not name wrote or called is theirs, not the teller's.
            !/\b(jemand|irgendwer|irgendjemand|Unbekannte|Unbekannter)\b[^,;:]*$/u.test(before) &&
            // "Das Tiefbauamt habe geantwortet, die Stelle sei «…»": reported speech that names
            // whose words it passes on is theirs, a body's or somebody's the text does not name.
            reportedSpeakerBeforeComma(writersWords(said)) === undefined &&
            // "Die Nachbarn hätten ein Recht auf Ruhe, «…»": a group the teller speaks of.
            !people.somebodyMentionedBetween(blockStart + sentence.start, position) &&
            // "Der Verteidiger plädierte auf eine Geldstrafe, sein Mandant sei «…»": a sentence
            // that opens with somebody of its own is not the one before going on.
            !opensWithOwnActor(said)
          )
            speaker = fromSentenceBefore(true);
          // "«…», sagt er.¶Zudem habe die Marke den Trend «komplett verschlafen».": a paragraph
          // that opens with reported speech and a word that adds to what was said goes on with
          // whom the paragraph before closed with.
          if (
            colon < 0 &&
            speaker === null &&
            !ownSpeaker &&
            !impersonal &&
            sentence.start === 0 &&
            part === 'body' &&
            previous?.part === i - 1 &&
            previous.endsBlock &&
            previous.speaker &&
            /^(Zudem|Ausserdem|Außerdem|Ferner|Zugleich|Gleichzeitig|Auch)\s/u.test(
              said.trimStart(),
            ) &&
            inSubjunctive(writersWords(said)) &&
            !people.somebodyMentionedBetween(blockStart, position) &&
            // Only where "er" or "sie" of the speaker's gender is the subject ("Zudem habe er …"),
            // not "Zudem habe das Gericht die Beweise als «…» beurteilt", nor where the next
            // sentence names the source ("Das kritisiert die SP.").
            sameGenderPronoun(invertedPronoun(writersWords(said)), previous.speaker) &&
            attributionInNextSentence(after) === null
          )
            speaker = previous.speaker;
          // "«…», sagte die Staatsanwältin. Er habe «mit kaltem Kalkül» gehandelt.": a few words in
          // reported speech about somebody else are the words of whom the paragraph let speak
          // last: the speaker of the quotation before, with nobody named since, or whom the
          // sentence before names.
          // Not "Beat Gmür sei «enttäuscht»": a person it names may be whose words they are; nor
          // after a sentence that names two people ("X verwies auf das Geständnis ihres
          // Mandanten. Er sei «nur ein Kurier» gewesen.").
          // Also where the sentence before is a bare quotation: «…», sagte er. «…» Seine
          // Tomaten seien «nicht mehr rot geworden».
          if (
            colon < 0 &&
            speaker === null &&
            kind === 'partial' &&
            !ownSpeaker &&
            !impersonal &&
            sentence.start > 0 &&
            isReportersClause(said) &&
            openingSubject(said)?.type !== 'name' &&
            // "Der Verteidiger plädierte auf eine Geldstrafe, sein Mandant sei «…»": nor one
            // that opens with a person of its own.
            !opensWithOwnActor(said)
          ) {
            const since = previous?.part === i ? previous.end : null;
            const lastStart = sentenceAround(text, starts, sentence.start - 1).start;
            speaker =
              since !== null && !people.mentionedBetween(since, blockStart + sentence.start)
                ? (previous?.speaker ?? null)
                : people.peopleBetween(blockStart + lastStart, blockStart + sentence.start) <= 1 &&
                    !othersWords(writersWords(text.slice(lastStart, sentence.start)))
                  ? fromSentenceBefore(true)
                  : null;
          }
        } else if (
          kind === 'speech' &&
          prefix === '' &&
          askedBefore !== undefined &&
          questionStart !== null
        ) {
          // "Ob er an die Nati denke? «…»": whom the question is put to answers it; "Ob der
          // Roman autobiografisch sei? «…»": the one who answered before in the paragraph.
          if (askedBefore === null) {
            const question = text.slice(questionStart, sentence.start);
            speaker =
              previous?.part === i &&
              !previous.question &&
              !people.mentionedBetween(blockStart + questionStart, position)
                ? previous.speaker
                : // "Frau Wirz, ist …? «…»¶Wann erwarten Sie die Wende? «…»": a question put as
                  // "Sie" right after a paragraph that paired a question with its answer is put
                  // to the same person.
                  previous?.part === i - 1 &&
                    previous.endsBlock &&
                    questionStart === 0 &&
                    /\s(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\s/u.test(question) &&
                    /^[^«»„“"]*\?\s*[«„“"]/u.test(previousText) &&
                    !people.mentionedBetween(blockStart, position)
                  ? previous.speaker
                  : null;
          } else if (askedBefore.type === 'name')
            speaker = resolve(askedBefore, blockStart + questionStart);
          // "Ob er …?": the pronoun means the one who answered before in the paragraph, or the
          // one person the paragraph has named; anybody else it may mean is not sure enough.
          else if (askedBefore.type === 'pronoun') {
            const meant = resolve(askedBefore, blockStart + questionStart);
            speaker =
              // "Ob sie aufhören kann? «Sie hat jeden Sommer gesagt …»": an answer that speaks
              // of whom the question means is somebody else's.
              speaksOf(wordsOutsideQuotes(span.inner).join(' '), askedBefore.gender)
                ? null
                : previous?.part === i
                  ? meant && meant.split(' ').at(-1) === previous.speaker?.split(' ').at(-1)
                    ? meant
                    : null
                  : people.peopleBetween(blockStart, position) <= 1
                    ? meant
                    : null;
          }
        } else if (
          kind === 'speech' &&
          prefix === '' &&
          previous?.answers !== undefined &&
          previous.part === i &&
          /\?$/u.test(span.inner.trim())
        ) {
          // «Hat sie gedroht?», wollte die Staatsanwältin wissen. «Mehrmals», antwortete die
          // Zeugin. «Und Sie haben nichts unternommen?»: the next question is the asker's again.
          speaker = previous.answers;
          asksAgain = true;
        } else if (addressed !== null) {
          // "Frau Tscharner, wann waren Sie zuletzt müde?¶«Gestern.»": an interview's answer
          // is by whom its question addressed.
          const family = addressed;
          speaker = people.isKnown(family) ? (people.fullNameOf(family) ?? family) : null;
          interview = speaker ? { speaker, part: i } : null;
        } else if (interviewGoesOn && interview) {
          speaker = interview.speaker;
          interview = { speaker, part: i };
        } else if (kind === 'speech' && previousGoesOn) {
          // «…», sagte X. «…»: the next sentence of the same speaker.
          speaker = previous?.speaker ?? null;
        } else if (kind === 'speech' && sentence.start > 0 && !(previous?.question && sameBlock)) {
          // "Wir haben die Autorin erreicht. «Haben Sie damit gerechnet?»": a question put to
          // "Sie" is put to whom the sentence before names, not asked by them.
          speaker =
            /\?\s*$/u.test(span.inner) && /(^|\s)(Sie|Ihnen|Ihr|Ihre)\s/u.test(span.inner)
              ? null
              : fromSentenceBefore();
        } else if (
          kind === 'speech' &&
          prefix === '' &&
          span.start === 0 &&
          span.end >= text.trimEnd().length - 1 &&
          previousText !== '' &&
          !(previous !== null && previous.part === i - 1)
        ) {
          // "Die Mannschaft habe zu wenig investiert, sagte er vor den Medien.¶«…»": a paragraph
          // that is only a quotation goes on with whom the paragraph before, with no quotation
          // of its own, let speak in its last sentence.
          const lastStart = lastSentenceStart(previousText);
          const last = previousText.slice(lastStart);
          // "Moderator X hat Sie gelobt. Was hat er gesagt?¶«…»": a question asks what was said;
          // who answers it is not whom it asks about.
          const said = reportsSpeech(last) && !/\?\s*$/u.test(last) ? sentenceSubject(last) : null;
          if (said?.type === 'name' || said?.type === 'pronoun')
            speaker = resolve(said, blockStart - previousText.length - 1 + lastStart);
        }
      }
      // "eine sogenannte «Bearbeitungsgebühr»": the writer's own quoted word, nobody's speech.
      if (
        kind === 'partial' &&
        soCalled.test((writersWords(before).at(-1) ?? '').replace(/[^\p{L}]/gu, ''))
      )
        speaker = null;
      // "auf Stufe 3 («erheblich») gesenkt": a few words in brackets gloss a term, whoever
      // speaks around them.
      if (kind === 'partial' && /\(\s*$/u.test(before) && /^\s*\)/u.test(after)) speaker = null;
      // "«Pust», norwegisch für «atme»": a translation glosses a word; nobody said it.
      if (kind === 'partial' && /\b(\p{Ll}+isch|deutsch)\s+für\s*$/u.test(before)) speaker = null;
      // «Und die Brücke?» – «Die Brücke ist der Fortschritt.»: a quotation set off from the one
      // before by a dash alone is the other side of a dialogue, the turn of whom spoke before
      // that one, in the same paragraph; never of the one it answers.
      if (
        kind === 'speech' &&
        attribution === null &&
        between !== null &&
        /^\s*[–—]\s*$/u.test(between) &&
        /^\P{Ll}/u.test(span.inner)
      ) {
        const turns = quotes.filter(
          (q) => q.location.part === part && q.location.index === index && q.kind === 'speech',
        );
        const answered = turns.at(-1);
        const other = turns.at(-2);
        // «Dario, was geht in dir vor?» – «…»: whom the question calls by name answers it.
        const called = answered?.text.trim().endsWith('?')
          ? /^(?:(?:Herr|Frau)\s+)?(\p{Lu}\p{Ll}+),\s/u.exec(answered.text)?.[1]
          : undefined;
        const callee = called
          ? people.isKnown(called)
            ? resolve({ type: 'name', name: called })
            : people.personWithGivenName(called)
          : null;
        const otherSide =
          answered &&
          other?.speaker &&
          other.speaker !== answered.speaker &&
          span.start - other.location.end < 600
            ? other.speaker
            : null;
        speaker = callee ?? otherSide;
      }
      // «Herr Gmür hat gelogen»: nobody speaks of themselves as Herr or Frau.
      // «Ohne Dario wird es anders.»: nor by their given name.
      const speaksOfSpeaker =
        speaker !== null &&
        (addressesSpeaker(span.inner, speaker) || callsSpeakerByGivenName(span.inner, speaker));
      if (speaksOfSpeaker) speaker = null;
      // "…, sagte er. «…» Der Angeklagte habe Listen «mit erstaunlicher Kreativität» ergänzt.":
      // words in a claim the one who spoke reports about somebody are not that somebody's.
      if (
        kind === 'partial' &&
        speaker !== null &&
        attribution === null &&
        sentence.start > 0 &&
        speaker === resolve(openingSubject(text.slice(sentence.start, sentence.end))) &&
        reportedClaimAbout(
          text.slice(sentence.start, sentence.end),
          text.slice(twoSentencesBack(text, starts, sentence.start), sentence.start),
        )
      )
        speaker = null;
      // "Er habe gesagt, er sei «doch nur kurz» schneller gefahren, berichtet Vollrath": a few
      // words in what "er" reportedly said; whether "er" is the teller, the words do not say.
      if (
        kind === 'partial' &&
        /^(Er|Sie)\s+(habe|hätte)\s+(\S+\s+){0,3}?\S+,/u.test(before.trimStart()) &&
        writersWords(before.slice(0, before.indexOf(','))).some(
          (w) => (speechVerbs.has(w) || askingVerbs.has(w)) && /^ge/u.test(w),
        )
      )
        speaker = null;
      // "Amberger fragte nach, wo er gewesen sei. «Im Bett», antwortete der Mann.": who answers
      // the question the sentence before reports is not who asked it.
      if (speaker && attribution?.subject?.type !== 'name' && sentence.start > 0) {
        const asking = text.slice(
          sentenceAround(text, starts, sentence.start - 1).start,
          sentence.start,
        );
        const answered = writersWords(after)
          .slice(0, 3)
          .some((w) => answeringVerbs.has(bare(w).toLowerCase()));
        // "Moderator X fragt Sandra Hürzeler, warum …. «…», antwortet sie.": whom the question is
        // put to, right after the verb of asking, with the asker named first, answers it.
        const family = speaker.split(' ').at(-1) ?? speaker;
        const asker = openingSubject(asking);
        const askedOne =
          asker?.type === 'name' &&
          !asker.name.endsWith(family) &&
          new RegExp(
            `\\b(fragt|fragte)\\s+(\\p{Lu}\\p{Ll}+\\s+)?${family.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?!\\p{L})`,
            'u',
          ).test(asking);
        if (answered && reportsQuestion(asking) && asking.includes(family) && !askedOne)
          speaker = null;
      }
      const familyOf = (name: string) => name.split(' ').at(-1) ?? name;
      // "Fässler entgegnete: «…» – «…», konterte der Mann.": who counters the quotation right
      // before in the paragraph is not who said it, unless the text names them.
      if (
        speaker &&
        previous?.part === i &&
        previous.speaker &&
        familyOf(speaker) === familyOf(previous.speaker) &&
        attribution?.subject?.type !== 'name' &&
        writersWords(after)
          .slice(0, 2)
          .some((w) => answeringVerbs.has(bare(w).toLowerCase()))
      )
        speaker = null;
      // «Haben Sie getrunken?», fragte der Polizist. «Nur ein Glas», sagte der Mann.: the answer
      // to a question put to somebody is not the asker's, unless the text names who answers.
      // "«…?», fragt Demir. Und weiter: «…»": not where the text says the asker goes on.
      if (
        speaker &&
        !continues &&
        previous?.question &&
        previous.part === i &&
        attribution?.subject?.type !== 'name' &&
        (speaker === previous.speaker || speaker === previous.asker)
      )
        speaker = null;
      // The writer's words of the quotation's sentence, for the checks below on who a pronoun in
      // it means.
      const own = wordsOutsideQuotes(text.slice(sentence.start, sentence.end)).map(bare);
      const pronounInSentence = own.find((w) => /^(er|sie)$/iu.test(w))?.toLowerCase();
      // «Grossmami, wir kommen …», sagte ich. … Dann sagte sie: «…»: who answers the person the
      // writer called is that person, not the one of the gender the text named last.
      const called = previous?.part === i ? previous.calls : null;
      if (speaker && called && !continues) {
        const gender = pronounInSentence === 'er' ? 'm' : 'f';
        if (
          pronounInSentence &&
          !own.includes(familyOf(speaker)) &&
          (called.gender === null || called.gender === gender)
        )
          speaker = called.name ? resolve({ type: 'name', name: called.name }) : null;
      }
      // "«Dann hat mich eine Stationsschwester unter ihre Fittiche genommen», erzählt er. Sie
      // habe ihm eingeschärft, …": a pronoun may mean somebody a quotation just introduced, not
      // only a person of the gender the paragraph has not named.
      if (
        speaker &&
        pronounInSentence &&
        !own.includes(familyOf(speaker)) &&
        !text.slice(0, sentence.start).includes(familyOf(speaker)) &&
        spans.some(
          (other) =>
            other.end <= sentence.start &&
            introducesSomebody(other.inner, pronounInSentence === 'er' ? 'm' : 'f'),
        )
      )
        speaker = null;
      // "Gfeller gratulierte: «…» Auf der Tribüne sass der Leiter des Klubs, der meinte: «…» ¶ Der
      // Sieg brachte ihm … «…», sagt er.": a pronoun that goes back to the paragraph before, over
      // a quotation given there to nobody the text names (nobody, or a role), after its person
      // was last mentioned, may mean either; the text does not say.
      if (
        speaker &&
        pronounInSentence &&
        attribution?.subject?.type === 'pronoun' &&
        !own.includes(familyOf(speaker)) &&
        previous &&
        previous.part < i &&
        previous.kind === 'speech' &&
        // Given to nobody, or to a role the text names nobody with; not a sign or a note shown.
        (previous.speaker === null || !people.isKnown(familyOf(previous.speaker))) &&
        !previous.shown &&
        !people.mentionedInParagraph(speaker, previous.end, blockStart + span.start)
      )
        speaker = null;
      // "Er fährt seit 25 Jahren Bus. Neben ihm stand Bruno Schaller und verteilte Zopf. «…»,
      // sagte er.": the sentence before names the man "er" would mean beside another man it calls
      // "ihm" or "ihn"; "er" may mean either, and the text does not say which.
      if (
        speaker &&
        pronounInSentence === 'er' &&
        attribution?.subject?.type === 'pronoun' &&
        !own.includes(familyOf(speaker)) &&
        sentence.start > 0
      ) {
        const before = sentenceAround(text, starts, sentence.start - 1);
        const beforeWords = wordsOutsideQuotes(text.slice(before.start, sentence.start)).map(bare);
        // Only where "ihm" or "ihn" comes first and points back ("Neben ihm stand X"), not in a
        // clause the sentence opens with ("Als wir ihn besuchen, steht X …") nor after the name
        // ("X beobachtet ihn", "nachdem ihn Y kritisiert hatte": whom X watches, or X himself).
        // Only after another man named before that sentence, not when the sentence lets the man
        // speak ("Gegen ihn spricht das Alter, sagt Trainer X"), and not for a woman who shares
        // his family name ("seine Frau Ruth Bühler").
        const named = beforeWords.indexOf(familyOf(speaker));
        const him = beforeWords.findIndex((w) => /^(ihm|ihn)$/iu.test(w));
        const givenBefore = beforeWords[named - 1] ?? '';
        const otherMan = people
          .namedPeopleBetween(blockStart, blockStart + before.start)
          .some((other) => other !== speaker && genderOfName(other) !== 'f');
        const pointsBack =
          named > 0 &&
          him >= 0 &&
          him < named &&
          otherMan &&
          !subordinators.has((beforeWords[0] ?? '').toLowerCase()) &&
          !beforeWords.some((w) => speechVerbs.has(w.toLowerCase())) &&
          !(isGivenName(givenBefore) && !speaker.split(' ').includes(givenBefore));
        // "X führt die Giesserei. Sein Ururgrossvater gründete sie 1868. Heute … «…», sagt er.": a
        // relative the paragraph last called "his", a sentence or more before, is beside the man
        // it is his. Not where the text names the relative again ("sein Onkel Bergführer. Der
        // Onkel nahm …"), nor right before ("Sein Vater war dagegen. «…», habe er gesagt"), nor
        // another role ("Sein Trainer").
        const paragraphWords = wordsOutsideQuotes(text.slice(0, sentence.start)).map(bare);
        const lastMention = paragraphWords.lastIndexOf(speaker);
        const beforeStart = wordsOutsideQuotes(text.slice(0, before.start)).length;
        const hisRelative =
          lastMention > 0 &&
          lastMention < beforeStart &&
          /^[Ss]ein(e|em|en|er)?$/u.test(paragraphWords[lastMention - 1] ?? '') &&
          [...kinshipNouns].some((k) => speaker?.toLowerCase().endsWith(k));
        if (pointsBack || hisRelative) speaker = null;
      }
      // "Ihr Freund Jonas Pichlmair habe «Halt durch» gerufen. «Gehört habe ich davon nichts. Aber
      // ich glaube ihm.»": after a few words of his, a quotation that speaks of a man is not his.
      if (
        speaker &&
        attribution === null &&
        prefix === '' &&
        previous?.part === i &&
        previous.kind === 'partial' &&
        previous.speaker === speaker &&
        // "ihm", "ihn": a man spoken of ("er" may be a thing: "der Schnee … er verzeiht").
        genderOfName(speaker) === 'm' &&
        /\b(ihm|ihn)\b/u.test(span.inner)
      )
        speaker = null;
      // "Er hat ihn gelesen und gesagt: «…»" in a column: whom "er" or "sie" means is never the
      // writer, who speaks as "ich" (not "der alte Brändli", the writer's father, either).
      if (
        speaker &&
        writer &&
        familyOf(speaker) === familyOf(writer) &&
        pronounInSentence &&
        !own.includes(familyOf(speaker)) &&
        !own.some((w) => /^ich$/iu.test(w))
      )
        speaker = null;
      // "«Hallo Schatz!», krächzt Jacky.": a verb the lists do not know, then a name, is an
      // attribution of its own; nobody from the sentences before.
      // "«…», lächelt Gubler", "legt Steiner nach": a person the text knows by that name is
      // who speaks, the one the sentences before gave or another.
      const unread =
        speaker && attribution === null && kind === 'speech'
          ? /^[»“”"]?\s*,\s+(\p{Ll}+(?:t|te))\s+((?:\p{Lu}\p{Ll}+\s+)*\p{Lu}\p{Ll}+)(?=[\s.,;!?])/u.exec(
              after,
            )
          : null;
      // Not "nicht Gisiger, sondern …", "selbst Haldimann stimmt ein": an adverb, no verb.
      // Nor "hörte Klara Imhof jeden Tag von ihrer Mutter": who heard or read the words.
      const adverb =
        /^(nicht|selbst|erst|jetzt|auch|noch|schon|sogar|nur|hört|hörte|liest|las|sieht|sah|erfährt|erfuhr)$/u;
      if (speaker && unread) {
        // "lächelt Gubler", "protestiert Anwohnerin Petra Gisler", "umarmt Huber Meier": the
        // person the text knows by the longest run of the names after the role words, every word
        // of it in their name; nobody where the text knows none ("krächzt Jacky"), and no person
        // made of two people's names ("umarmt Martin Keller" for Hans Martin).
        const words = (unread[2] ?? '').split(/\s+/u);
        const first = words.findIndex((w) => !isRoleWord(w));
        const run = first < 0 ? [] : words.slice(first, first + 3);
        const end = run.findIndex((w, k) => k > 0 && isRoleWord(w));
        const names = end < 0 ? run : run.slice(0, end);
        // Written before these words, as a whole: not "Rosmarie Beat", a mother and her son.
        const writtenBefore = (name: string) =>
          parts.slice(0, i).some((p) => p.text.includes(name)) ||
          text.slice(0, span.start).includes(name);
        // The person the text knows by a word and had named before these words, or null.
        const namedBefore = (word: string) => {
          const who = people.nameCalled(word);
          return who !== null && people.mentionedInParagraph(who, 0, blockStart + span.start)
            ? who
            : null;
        };
        // A word that is the name of somebody named before, or its genitive ("Schmids Kuh").
        const knownWord = (word: string) =>
          namedBefore(word) !== null ||
          (/s$/u.test(word) && namedBefore(word.slice(0, -1)) !== null);
        const known = [3, 2, 1]
          .filter((n) => n <= names.length)
          .map((n) => names.slice(0, n))
          .map((cand) => {
            const who = namedBefore(cand.at(-1) ?? '');
            const nameWords = (who ?? '').split(' ');
            return who &&
              cand.every((w) => nameWords.includes(w)) &&
              (cand.length === 1 || writtenBefore(cand.join(' '))) &&
              // Not "nickt Captain Ulrich Bärtschi" for Beat Ulrich: a given name that is their
              // family name, then a family name, is another person's whole name.
              !(
                cand.length < names.length &&
                isGivenName(cand.at(-1) ?? '') &&
                !isGivenName(names[cand.length] ?? '') &&
                !knownWord(names[cand.length] ?? '') &&
                !measureNouns.has(names[cand.length] ?? '') &&
                nameWords[0] !== cand.at(-1)
              )
              ? who
              : null;
          })
          .find((who) => who !== null);
        // "lächelt Vater Gerber", "schluchzt Mutter Gubler": a relative called by the family's
        // name is not whom the text knows by it, the son or daughter the story is about.
        const kin = words
          .slice(0, Math.max(0, first))
          .some((w) => kinshipNouns.has(w.toLowerCase()));
        // "protestiert Anwohnerin Petra Gisler": a given and a family name the text had not named
        // before, neither of them somebody else's.
        // Not a noun of direction, time or measure for the family name: "winkt Jonas Richtung
        // Tribüne", "japst Luca Sekunden nach dem Ziel".
        const [one = '', two = ''] = names;
        const fresh =
          isGivenName(one) &&
          // "umarmt Lehrer Beat Ryser Zaugg": a third word may be whom the words are for.
          (names.length === 2 || (names.length === 3 && knownWord(names[2] ?? ''))) &&
          !isGivenName(two) &&
          namedBefore(one) === null &&
          namedBefore(two) === null &&
          !measureNouns.has(two) &&
          (first > 0 ||
            !/^\s+(nach|vor|später|danach|zuvor|lang|in|im|über|unter|hinter|neben|seit)(?=[\s.,;!?])/u.test(
              after.slice((unread.index ?? 0) + unread[0].length),
            ))
            ? `${one} ${two}`
            : null;
        speaker =
          adverb.test(unread[1] ?? '') || (kin && names.length === 1 && !isGivenName(one))
            ? null
            : (known ?? fresh);
      }
      // "«…», schluchzt eine Zuschauerin", "tönt der Chor": a verb the lists do not know, then
      // somebody not named by name, is an attribution of its own: the role, or whom the text
      // knows by it; not the person the sentences before gave.
      const unreadRole =
        speaker && !unread && attribution === null && kind === 'speech'
          ? /^[»“”"]?\s*,\s+(\p{Ll}+(?:t|te))\s+((?:ein|eine|der|die)\s+[^.,;:!?«»]+)/u.exec(after)
          : null;
      if (unreadRole && !adverb.test(unreadRole[1] ?? '')) {
        const read = readSubject(words(unreadRole[2] ?? ''));
        // "der Vater des Bräutigams", "die Frau des Captains neben ihr": a relative of somebody
        // else, or somebody beside the one named, is not the relative the text named.
        const ofOther =
          read?.subject.type === 'reference' &&
          (() => {
            const m =
              /^(?:der|die|ein|eine)\s+(?:\p{Ll}+\s+)?(\p{Lu}\p{Ll}+)\s+(?:(?:des|der|von|vom)\s|neben\s+(?:ihr|ihm)\b)/u.exec(
                unreadRole[2] ?? '',
              );
            const head = (m?.[1] ?? '').toLowerCase();
            return m !== null && (kinshipNouns.has(head) || head === 'frau' || head === 'mann');
          })();
        speaker = ofOther
          ? null
          : read?.subject.type === 'role' || read?.subject.type === 'reference'
            ? resolve(read.subject, position)
            : null;
      }
      // "«…» Diesen Satz sagt Tobias Gerber bei jedem Infoabend.": only for words that open
      // the paragraph, not for words the text gave somebody else before.
      const owner = span.start === 0 && kind === 'speech' ? sentenceOwner(after) : null;
      if (owner) speaker = resolve(owner, position);
      // "«Haben Sie gewarnt?» «Ja.» Mehr sagte der Angeklagte dazu nicht.": who answered.
      const answerer = /[?][»“”"]\s*$/u.test(text.slice(0, span.start)) ? saidNoMore(after) : null;
      if (answerer) speaker = resolve(answerer, position);
      // "In einem Brief heisst es: «…» Unterschrieben ist das Schreiben von X.": who signed it.
      // Only after "heisst es:", "steht:": a text whose writer the sentence does not name.
      const signer =
        speaker === null &&
        kind === 'speech' &&
        /\b(heisst|hiess|heißt|hieß|steht|stand|lautet|lautete)\b[^:]*:$/u.test(prefix)
          ? signedBy(after)
          : null;
      if (signer) speaker = resolve(signer, position);
      // "Ihr Vater, erzählt sie, habe damals gesagt, das sei «eine Phase»": whom the teller
      // lets speak.
      const sayer = attribution === null ? sayerBeforeAside(before) : null;
      if (sayer) speaker = resolve(sayer);
      // "ruft ein junger Mann dazwischen: «…» Es ist Lukas Gerber, 24, …": the next sentence
      // names whom a role introduced. Not after a question who it was ("«Wer war das?» Es war
      // X."), whose answer names somebody else.
      const identified =
        speaker && kind === 'speech' && !people.isKnown(familyOf(speaker))
          ? identifiedAfter(after)
          : null;
      // Only words that speak for the speaker ("uns Jungen"), not words that point at somebody
      // ("Da ist der Samichlaus!", "Kennt ihr diese Frau?"), whom the name may be.
      const speaksForSelf =
        /(^|[^\p{L}])(ich|mich|mir|wir|uns|unser\p{L}*)(?!\p{L})/iu.test(span.inner) &&
        !/^\W*(wer|da|dort|das|dies|diese[rsmn]?|der|die|schau|schaut|seht|kennt|kennen)\b/iu.test(
          span.inner,
        ) &&
        !/\b(der|die|das|den|dem|diese[rsmn]?|jene[rsmn]?)\s+\p{Lu}/u.test(span.inner);
      if (identified && speaksForSelf && !looksLikePersonName(speaker ?? ''))
        speaker = resolve({ type: 'name', name: identified });
      // "warum sie nicht von «Totenwache» sprechen will": a word the speaker does not use.
      if (kind === 'partial' && deniedTerm(before)) speaker = null;
      const asWritten = written[i]?.text ?? text;
      if (span.start === 0 && span.end >= text.trimEnd().length) alone.add(quotes.length);
      quotes.push({
        id: `zitat-${quotes.length + 1}`,
        text: asWritten.slice(span.start + span.open.length, span.end - span.close.length),
        kind,
        speaker,
        marks: [asWritten.charAt(span.start), span.close && asWritten.charAt(span.end - 1)],
        location: { part, index, start: span.start, end: span.end },
      });
      // A saying or a note's words are nobody's turn: the next quotation does not go on from them.
      if (kind !== 'name' && !nobodysWords)
        previous = {
          speaker,
          speaksOfSpeaker,
          kind,
          part: i,
          end: blockStart + span.end,
          endsBlock: !starts.some((st) => st > span.end),
          // «Hast du Angst?», fragte sie: a question put to somebody, not a rhetorical one.
          asker:
            speaker ??
            (attribution?.subject?.type === 'reference' ? attribution.subject.noun : null),
          // «…», sagte ich. «…»: in a first-person account, the next bare quotation may be the
          // other one's answer, as after a question.
          question:
            firstPersonTurn ||
            asksAgain ||
            (/\?$/u.test(span.inner.trim()) &&
              // «Warum sollte ich?», fragt sie zurück: a question the speaker asks of herself
              // puts nothing to anybody; she goes on.
              !rhetoricalQuestion.test(span.inner.trim()) &&
              wordsOutsideQuotes(text.slice(sentence.start, sentence.end)).some((w) =>
                // "«Und die Hitze?», hakte der Sprecher nach.": asking again, too.
                /^(fragt|fragte|gefragt|wissen|hakt|hakte|nachgehakt)$/u.test(
                  w.replace(/[^\p{L}]/gu, ''),
                ),
              )),
          // «Mehrmals», antwortete Strebel: an answer to the question before, and whom it answers.
          answers:
            previous?.question && previous.part === i && speaker !== previous.asker
              ? previous.asker
              : undefined,
          calls: firstPersonTurn ? vocative(span.inner, isPerson) : null,
          // A sign or a note shown; not "rätselte über die Inschrift: «…»", a person's words
          // about it.
          shown:
            prefix.endsWith(':') &&
            wordsOutsideQuotes(prefix).some(
              (w, j, ws) =>
                isWrittenTextWord(w.replace(/[,.;:!?]+$/u, '')) &&
                !ws.slice(Math.max(0, j - 3), j).some((x) => /^(über|nach|zur|zum)$/iu.test(x)),
            ),
        };
    });
  });
  // «…\n\n«…», sagt X: a quotation that runs on into the next paragraph has the speaker its end names.
  for (let q = quotes.length - 2; q >= 0; q--) {
    const runOn = quotes[q];
    const next = quotes[q + 1];
    if (
      runOn?.marks[1] === '' &&
      (runOn.speaker === null || next?.speaker != null) &&
      next?.location.part === runOn.location.part &&
      next.location.index === runOn.location.index + 1 &&
      next.location.start === 0
    )
      quotes[q] = { ...runOn, speaker: next.speaker ?? runOn.speaker };
  }
  // «Wo sollen wir jetzt hin?» as a paragraph of its own, then «Wo sollen wir jetzt hin? Der Bus
  // …», sagt die Rentnerin: a pull quote that repeats words quoted later is nobody's turn; whose
  // they are the later quotation says.
  for (const q of alone) {
    const pulled = quotes[q];
    const said = pulled?.text.trim() ?? '';
    if (
      pulled &&
      pulled.speaker !== null &&
      said.length >= 10 &&
      quotes.some((other, k) => k > q && other.text.includes(said))
    )
      quotes[q] = { ...pulled, speaker: null };
  }
  // "Drei Fragen an Heidi Brunner", then paragraphs "Was werden Sie vermissen? «…»": each
  // answer after its question is the person the heading puts the questions to.
  parts.forEach(({ part, text }, i) => {
    const asked = part === 'body' ? questionsPutTo(text) : null;
    if (!asked) return;
    for (let k = i + 1; parts[k]?.part === 'body'; k++) {
      const { index, text: paragraph } = parts[k] ?? { index: -1, text: '' };
      const own = quotes.flatMap((q, at) =>
        q.location.part === 'body' && q.location.index === index ? [at] : [],
      );
      const first = quotes[own[0] ?? -1];
      const last = quotes[own.at(-1) ?? -1];
      const question = first ? paragraph.slice(0, first.location.start).trim() : '';
      if (
        !first ||
        !last ||
        !question.endsWith('?') ||
        findQuoteSpans(question).length > 0 ||
        paragraph.slice(last.location.end).trim() !== ''
      )
        break;
      for (const at of own) {
        const q = quotes[at];
        if (q && q.kind === 'speech' && q.speaker === null)
          quotes[at] = { ...q, speaker: resolveName(asked, people) ?? asked };
      }
    }
  });
  // A text quoted as a name once is a name wherever it is quoted: «Tatort» in the heading too,
  // and «Lauf, Anna, lauf!» sung after "ihr Hit «Lauf, Anna, lauf!»".
  const names = new Set(quotes.filter((q) => q.kind === 'name').map((q) => q.text));
  // "Ruedi Schwander steuert die Fähre «Möwe» …" in the caption: what the text names there.
  for (const text of context)
    for (const span of findQuoteSpans(text)) {
      const before = text.slice(0, span.start);
      const kind = classifyQuote({ before, after: text.slice(span.end), inner: span.inner });
      if (kind === 'name') names.add(span.inner);
    }
  // "Eine ältere Frau hat mich angesprochen. Sie sagte: «…»": a plain noun for a man or a woman
  // is shown with what the text says of them ("ältere Frau").
  const described = (q: Quote): string | null => {
    const at = parts.findIndex((p) => p.part === q.location.part && p.index === q.location.index);
    const before = [parts[at - 1]?.text ?? '', (parts[at]?.text ?? '').slice(0, q.location.start)];
    return q.speaker ? describedPlainPerson(before.join(' '), q.speaker) : null;
  };
  return quotes.map((q) =>
    q.kind !== 'name' && names.has(q.text)
      ? { ...q, kind: 'name', speaker: null }
      : { ...q, speaker: described(q) ?? q.speaker },
  );
}
