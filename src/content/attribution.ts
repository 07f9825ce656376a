/**
 * Who said a quotation, in small steps that each read one thing from the words around it:
 * the verb of saying, the subject of that verb, an attribution after the quote, a clause before a
 * colon, the speaker of a whole sentence; and finally what a pronoun or a role reference means.
 * Precision first: where a step is unsure it answers null, and a quote without a speaker is better
 * than one with the wrong name.
 */
import {
  appositionName,
  bare,
  isAgeNoun,
  isDemonym,
  isNationalityNoun,
  isGivenName,
  isNameWord,
  isOrganisationWord,
  isAside,
  isPersonNounByForm,
  isUnnamedPersonNoun,
  isRoleWord,
  isTitleByForm,
  objectCaseDeterminer,
  isTitleWord,
  joinedParticleName,
  speaksOf,
  looksLikePersonName,
  predicateName,
  calledPerson,
  PeopleIndex,
  genderOfRole,
  genderOfName,
  genderOfRoleWithArticle,
  hasNameMarks,
  inPassive,
  readName,
  roleComplement,
  setApartByComplement,
  splitTitle,
  surnameOf,
  titledName,
  withoutTitles,
  isPlaceAdjective,
  type Gender,
  endsCompound,
  isAdjectiveBeforeRole,
  isKinshipWord,
} from './people';
import {
  authorParticiples,
  plainPersonNouns,
  compoundOnlyRoleStems,
  continuationClause,
  definiteArticles,
  functionWordsInE,
  impersonalVerbs,
  personalVerbs,
  indefiniteArticles,
  inscriptionNouns,
  labellingParticiples,
  findingVerbs,
  foundTextNouns,
  listeningVerbs,
  messageNouns,
  objectPronouns,
  opinionVerbs,
  rumourNouns,
  otherHolderAdjectives,
  celebratedNouns,
  placingPrepositions,
  personPronouns,
  plainSpeechVerbs,
  pluralSpeechVerbs,
  modalVerbs,
  possessives,
  sayingTails,
  exampleTermNouns,
  sourceNouns,
  relationNouns,
  reproachNouns,
  reproachVerbs,
  reportedSpeechVerbs,
  prepositionsBeforeObject,
  proceedingRoles,
  receivingVerbs,
  roleComplementWords,
  skippableWords,
  sourceWords,
  askingVerbs,
  documentTails,
  speechVerbs,
  timeWords,
  stanceAdjectives,
  feelingVerbs,
  proverbTails,
  statementNouns,
  stanceWords,
  subordinators,
  verblessTailWords,
  writtenTextNouns,
  writingVerbs,
  counselParticiples,
  neuterPersonNouns,
  winnerNouns,
  signTails,
} from './wordLists';

/** Who a subject is, as the words say it, before anything is resolved. */
export type Subject =
  | { type: 'name'; name: string }
  /**
   * A role with no name: "ein Sprecher der Kantonspolizei" → "Sprecher der Kantonspolizei"; or
   * two people named together: "Lea und Marco Baumann".
   */
  | { type: 'role'; role: string }
  /** A role or age that stands for somebody: "der Experte", "die 46-Jährige", "ihr Vater". */
  | {
      type: 'reference';
      noun: string;
      gender: Gender;
      owned?: boolean;
      /** The gender of whose relation it is, by the possessive: "Seine Frau" → 'm'. */
      ownerGender?: Gender;
      /** Whose role it is, when a genitive name says so: "Müllers Anwalt" → Müller. */
      owner?: string;
      /** Only the person the text named with the role, never the role alone ("Der Finanzdirektor verwies auf …:"). */
      heldOnly?: boolean;
      /** Whether the clause it opens has a verb of saying in the active: "… gab zu Protokoll:". */
      saying?: boolean;
    }
  | { type: 'pronoun'; gender: Gender }
  /** Nobody in particular: "man", several people, a written text. */
  | { type: 'nobody' };

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The words of a text with each quotation as one placeholder word "_": the writer's words only. */
export const wordsOutsideQuotes = (text: string) =>
  words(text.replace(/[«„“"][^»“”"]*[»“”"]/gu, '_'));

const lower = (word: string) => bare(word).toLowerCase();

/** A participle closing an inserted clause: "kritisiert,", "gewählt,", "vorgeworfen,". */
const participle =
  /^(ge\p{Ll}+(t|en)|\p{Ll}+iert|(be|ver|er|ent|zer|emp|miss|über|unter|hinter|wider)\p{Ll}+t),$/u;

/**
 * Step: the writer's words of a clause as its subject and verb are read: quotations as one
 * placeholder, a live ticker's time or marks around it left out ("17.30 Uhr:", "+++"), and a clause
 * inserted after a noun between commas ("Gisler, die seit Jahren Stellen fordert, sagte" →
 * "Gisler sagte"; "Gmür, von Meier als _ kritisiert, sagte" → "Gmür sagte").
 */
export function writersWords(text: string): string[] {
  const ws = wordsOutsideQuotes(text);
  let from = 0;
  if (/^\d{1,2}[.:]\d{2}$/u.test(ws[0] ?? '') && /^Uhr:$/u.test(ws[1] ?? '')) from = 2;
  else if (/^\d{1,2}[.:]\d{2}:$/u.test(ws[0] ?? '')) from = 1;
  while (/^\+{2,}$/u.test(ws[from] ?? '')) from++;
  const out = ws.slice(from);
  while (/^\+{2,}$/u.test(out.at(-1) ?? '')) out.pop();
  // Only after the subject that opens the clause: in "…, sondern ein Mann, der … habe,
  // argumentierte Huber" the last comma also sets off the attribution.
  for (let i = 0; i < Math.min(out.length, 5); i++) {
    const word = out[i] ?? '';
    if (!word.endsWith(',') || !/^\p{Lu}/u.test(word)) continue;
    // "Eine Frau aus Grasbach, bei der eingebrochen wurde, sagte": a preposition may open it.
    const prepositioned =
      /^(bei|mit|von|für|an|auf|in|aus|zu|über|unter|gegen)$/u.test(out[i + 1] ?? '') &&
      /^(der|die|das|den|dem|deren|dessen)$/u.test(out[i + 2] ?? '');
    const opener = out[i + (prepositioned ? 2 : 1)] ?? '';
    const relative = /^(der|die|das|den|dem|deren|dessen|welche[rsmn]?)$/u.test(opener);
    const agent = !prepositioned && /^(von|vom)$/u.test(opener);
    // "Gemeinderat Thomas Hürlimann, zuständig für Kultur, spricht": an adjective of office.
    const office =
      !prepositioned && /^(zuständig|verantwortlich)$/u.test(opener) && out[i + 2] === 'für';
    if (office) {
      const end = out.findIndex((w, j) => j > i + 2 && j <= i + 7 && w.endsWith(','));
      if (end > 0) out.splice(i, end - i + 1, word.slice(0, -1));
      continue;
    }
    if (!relative && !agent) continue;
    const close = out.findIndex(
      (w, j) => j > i + 1 && j <= i + 12 && w.endsWith(',') && /^\p{Ll}/u.test(w),
    );
    // "Die Tochter, die Cellistin Mira Vidaković, sagt,": a comma after a capitalised word
    // first closes an apposition, not a relative clause.
    const firstComma = out.findIndex((w, j) => j > i + 1 && w.endsWith(','));
    if (relative && firstComma >= 0 && firstComma < close && /^\p{Lu}/u.test(out[firstComma] ?? ''))
      continue;
    if (close < 0 || (agent && !participle.test(out[close] ?? ''))) continue;
    // "Giuseppe Randazzo, ein Maurer, der … arbeitet, ist aufgestanden": the clause closes an
    // apposition opened before it, whose comma stays.
    const apposition = out.slice(0, i).some((w) => w.endsWith(','));
    // "Die Hecke sei ein Sichtschutz, den sie brauche, sagte sie.": a verb of saying and its
    // pronoun after the clause; the comma before them stays.
    const attributed =
      speechVerbs.has(out[close + 1] ?? '') && /^(er|sie)[.,;:!?]?$/u.test(out[close + 2] ?? '');
    out.splice(i, close - i + 1, apposition || attributed ? word : word.slice(0, -1));
  }
  return out;
}

/**
 * The words of a role phrase as a speaker is named: "Kritikerin der _" (a quoted name the
 * writer's words left out) → "Kritikerin"; "Sprecher der Kantonspolizei," → "Sprecher der
 * Kantonspolizei".
 */
export function shownRole(phrase: readonly string[]): string {
  const quoted = phrase.findIndex((w) => /^_/u.test(w));
  const kept =
    quoted < 0
      ? phrase
      : phrase.slice(0, quoted - (/^\p{Ll}/u.test(phrase[quoted - 1] ?? '') ? 1 : 0));
  return kept.map((x) => x.replace(/[,.;:!?]+$/u, '')).join(' ');
}

/** Whether the clause of the verb at `i` closes with a particle ("führte er aus"). */
const clauseHasParticle = (ws: readonly string[], i: number, particle: string) => {
  for (let j = i + 1; j < ws.length; j++) {
    if (lower(ws[j] ?? '') === particle) return true;
    if (/[,.;:!?]$/u.test(ws[j] ?? '')) return false;
  }
  return false;
};

/** Step: the index of the first verb of saying among the words, or -1. */
export function findSpeechVerb(
  ws: readonly string[],
  verbs: ReadonlySet<string> = speechVerbs,
): number {
  return ws.findIndex(
    (w, i) =>
      verbs.has(lower(w)) &&
      !/^\p{Lu}/u.test(bare(w)) &&
      bare(w) !== '' &&
      // "Lehmann habe sich «viel zu spät» für befangen erklärt": declared himself, said nothing.
      !(
        /^erklär/u.test(lower(w)) &&
        ws.slice(Math.max(0, i - 6), i).some((x) => lower(x) === 'sich')
      ) &&
      // "führt den Service im «Hirschen»": "führt" says something only with "aus" or "zurück"
      // ("führte aus", "führte dies auf den Schnee zurück").
      !(
        /^(führt|führte)$/u.test(lower(w)) &&
        !clauseHasParticle(ws, i, 'aus') &&
        !clauseHasParticle(ws, i, 'zurück')
      ) &&
      // "fuhr sie fort": "fährt" says something only with "fort".
      !(/^(fährt|fuhr)$/u.test(lower(w)) && !clauseHasParticle(ws, i, 'fort')) &&
      // "liess er ausrichten", "lässt sie verlauten", "lässt der Finne offen", "liess sich
      // zitieren", "lässt das nicht gelten": not "liess sie sich nicht verdrängen".
      !(
        /^(lässt|liess)$/u.test(lower(w)) &&
        ![
          'ausrichten',
          'verlauten',
          'wissen',
          'mitteilen',
          'verkünden',
          'offen',
          'zitieren',
          'gelten',
          'durchblicken',
        ].some((p) => clauseHasParticle(ws, i, p))
      ) &&
      // "wirft Lopes ein": "wirft" says something only with "ein".
      // "warf der Regierung vor, …": with "vor", a reproach.
      !(
        /^(wirft|warf)$/u.test(lower(w)) &&
        !clauseHasParticle(ws, i, 'ein') &&
        !clauseHasParticle(ws, i, 'vor')
      ) &&
      // "zeigte sich «fassungslos»": "zeigt" gives a view only with "sich".
      !(/^(zeigt|zeigte)$/u.test(lower(w)) && lower(ws[i + 1] ?? '') !== 'sich') &&
      // "sah sich mit «Vorwürfen» konfrontiert", "sieht «düster» aus": no opinion.
      !(
        /^(sieht|sah)$/u.test(lower(w)) &&
        (lower(ws[i + 1] ?? '') === 'sich' ||
          // "Trump sieht Einigung in «…»": a bare noun after it, as headlines paraphrase.
          /^\p{Lu}\p{Ll}/u.test(ws[i + 1] ?? '') ||
          ['aus', 'zu', 'fern', 'nach', 'vor'].some((p) => clauseHasParticle(ws, i, p)))
      ),
  );
}

/** After a name: asides ("(SVP)", "19,") and where the person works ("von der Bank Zürisee") belong to the subject. */
function afterName(ws: readonly string[], from: number): number {
  let length = from;
  while (length < ws.length && isAside(ws[length] ?? '')) length++;
  return /[,.;:!?]$/u.test(ws[length - 1] ?? '') ? length : roleComplement(ws, length);
}

/**
 * Step: where a short phrase with a preposition after a role ends with a comma, before the
 * apposition that names the holder: "seine Nachfolgerin im Amt, Gemeindepräsidentin Theres
 * Bühlmann", "Ihre Lehrerin an der Berufsschule in Kogelsdorf, Martina Eichberger,". The index
 * of the word with the comma, or -1.
 */
export function placingPhraseEnd(ws: readonly string[], from: number): number {
  if (!/^(im|am|in|an|bei|beim|vom|zum|zur|auf)$/u.test(ws[from] ?? '')) return -1;
  const comma = ws.findIndex((x, k) => k >= from && k < from + 6 && x.endsWith(','));
  return comma > from &&
    ws
      .slice(from, comma + 1)
      .every(
        (x) =>
          !/[.;:!?]$/u.test(x) &&
          (/^\p{Lu}/u.test(x) ||
            /^(im|am|in|an|bei|beim|vom|von|zum|zur|auf|der|dem|den|des)$/u.test(x) ||
            /^\p{Ll}+(en|er|es|em)$/u.test(x)),
      )
    ? comma
    : -1;
}

/**
 * Step: reads the subject at the start of `ws` (adverbs and times skipped): a pronoun, a name
 * after any role words ("Finanzdirektorin Lea Imfeld"), a role phrase with an apposition ("der
 * Gemeindepräsident von Hinterau, Res Gugger" → the name, never the place), a role with no name
 * ("ein Sprecher der Kantonspolizei Seewil" → the role), a reference ("der Experte"). Returns the
 * subject and how many words it took, or null when the words name nobody.
 */
export function readSubject(ws: readonly string[]): { subject: Subject; length: number } | null {
  let i = 0;
  while (
    i < ws.length &&
    i < 6 &&
    skippableWords.has(lower(ws[i] ?? '')) &&
    !(/^(dessen|deren)$/u.test(lower(ws[i] ?? '')) && /^\p{Lu}/u.test(ws[i + 1] ?? ''))
  )
    i++;
  // "Technischer Leiter Kurt Rohrer:": a capitalised adjective opening the words, before a role.
  if (isAdjectiveBeforeRole(ws[i] ?? '', ws[i + 1] ?? '')) {
    const read = readSubject(ws.slice(i + 1));
    return read ? { subject: read.subject, length: read.length + i + 1 } : null;
  }
  const first = ws[i] ?? '';
  const w = lower(first);
  if (w === '') return null;
  // "sagte gegenüber Nyffeler": a name right after a preposition is its object, not who speaks.
  // The attribution is there, so no other words of the sentence are read as its subject.
  if (i > 0 && prepositionsBeforeObject.has(lower(ws[i - 1] ?? '')) && /^\p{Lu}/u.test(first))
    return { subject: { type: 'nobody' }, length: i + 1 };
  if (personPronouns.has(w) && bare(first).length === first.replace(/[,.;:!?]+$/u, '').length) {
    return { subject: { type: 'pronoun', gender: w === 'er' ? 'm' : 'f' }, length: i + 1 };
  }
  if (w === 'man') return { subject: { type: 'nobody' }, length: i + 1 };
  // "Einer von ihnen, ein Student aus Deutschland, sagte:", "Eine der Frauen, eine Lehrerin,":
  // one of several, whom the apposition after the comma names by a role.
  if (/^(einer|eine)$/u.test(w)) {
    const comma = ws.findIndex((x, k) => k > i && k <= i + 3 && x.endsWith(','));
    const of = ws.slice(i + 1, comma + 1).map((x) => lower(bare(x)));
    const apposition =
      comma > i &&
      (of[0] === 'von' || of[0] === 'der') &&
      indefiniteArticles.has(ws[comma + 1] ?? '')
        ? readSubject(ws.slice(comma + 1))
        : null;
    if (apposition?.subject.type === 'role' && ws[comma + apposition.length]?.endsWith(','))
      return { subject: apposition.subject, length: comma + 1 + apposition.length };
  }
  // "Seiner Frau hatte er mitgeteilt": a possessive in the dative or genitive is no subject's.
  if (
    /^(seiner|ihrer|seinem|ihrem|meinem|meiner|unserem|unserer)$/u.test(w) &&
    /^\p{Lu}/u.test(ws[i + 1] ?? '')
  )
    return null;

  // "Dessen Co-Präsidentin, die Anwältin X,", "Deren Präsident, Y,": a relative possessive.
  const article =
    definiteArticles.has(w) || possessives.has(w) || /^(dessen|deren)$/u.test(w)
      ? 'definite'
      : indefiniteArticles.has(w)
        ? 'indefinite'
        : null;
  if (article) {
    // "die in Lausanne lebende Portugiesin", "der seit 2010 amtierende Präsident": a phrase and
    // its participle before the noun.
    const participle = /^(in|im|aus|seit|am|an|bei|beim|nach|vor|von|vom)$/u.test(ws[i + 1] ?? '')
      ? ws.findIndex((x, k) => k > i + 2 && k <= i + 5 && /^\p{Ll}+(ende|enden)$/u.test(x))
      : -1;
    const start = participle > 0 ? participle : i + 1;
    // Up to two adjectives or an age between article and noun: "der junge Pendler", "die 46-Jährige".
    let n = start;
    // "der Erste Bevollmächtigte", "die Zweite Bürgermeisterin": an ordinal of a title is
    // capitalised.
    while (
      n < start + 2 &&
      !isAgeNoun(ws[n] ?? '') &&
      (/^[\p{Ll}\d]/u.test(ws[n] ?? '') ||
        (/^(Erste|Zweite|Dritte)[rn]?$/u.test(ws[n] ?? '') && /^\p{Lu}/u.test(ws[n + 1] ?? ''))) &&
      !roleComplementWords.has(ws[n] ?? '')
    )
      n++;
    // "der Zürcher Stadtrat Kurt Aebersold", "der Berner Oberländer Bergführer": a place's
    // adjective before a noun is not the noun for a person from that place.
    while (n < i + 5 && isPlaceAdjective(ws, n)) n++;
    const noun = ws[n] ?? '';
    // "schreibt die «Seewiler Zeitung»": a quoted name after the article is no person.
    if (/^[«„“"‹‚]/u.test(noun)) return { subject: { type: 'nobody' }, length: n + 1 };
    // "Eine 46-Jährige gab an": somebody new the text names by age only, as "ein Fahrer".
    if (isAgeNoun(noun) && article === 'indefinite')
      return { subject: { type: 'role', role: bare(noun) }, length: n + 1 };
    if (isAgeNoun(noun))
      return {
        subject: { type: 'reference', noun: bare(noun), gender: w === 'der' ? 'm' : 'f' },
        length: n + 1,
      };
    // "die 14-jährige Jana", "die elfjährige Lea Roth": a child or teenager, whom an age before
    // the given name introduces, often without a family name.
    if (
      definiteArticles.has(w) &&
      ws.slice(i + 1, n).some((a) => /^(\d+-|\p{Ll}+)jährigen?$/u.test(a)) &&
      isGivenName(bare(noun))
    ) {
      const name = readName(ws.slice(n, n + 7)) ?? bare(noun);
      return { subject: { type: 'name', name }, length: n + name.split(' ').length };
    }
    // "erzählt die 34-jährige Pflegefachfrau aus Seewil": an age and a noun for a person, with no
    // name after them, mean whom "die 34-Jährige" would: the person of that age, or the one
    // just named.
    const ageWord = ws.slice(i + 1, n).find((a) => /^\d+-jährigen?$/u.test(a));
    if (
      ageWord &&
      /^(der|die)$/u.test(w) &&
      !readName(ws.slice(n + 1, n + 3)) &&
      // "sagte der 24-jährige Sieger": who won, whatever the age.
      !winnerNouns.has(lower(bare(noun))) &&
      // "sagte der 41-jährige Vater": a relative of somebody, whom the role says better than
      // whichever man the text named last.
      !isKinshipWord(noun) &&
      // Not "der 22-jährige Brunner": a family name in -er is no noun for a person.
      (isRoleWord(noun) || (isUnnamedPersonNoun(bare(noun)) && !/er$/u.test(bare(noun))))
    )
      return {
        subject: {
          type: 'reference',
          noun: `${parseInt(ageWord, 10)}-Jährige`,
          gender: w === 'der' ? 'm' : 'f',
        },
        length: roleComplement(ws, n + 1),
      };
    // "Der Umweltrechtler Martin Gehrke": any noun before a full name is a title.
    const titled = isRoleWord(noun) ? null : titledName(ws, n);
    if (titled)
      return { subject: { type: 'name', name: titled.name }, length: afterName(ws, titled.end) };
    // "ein Bauer": after an article a short stem is a role too (alone it may be a name: Herr Bauer).
    const role =
      isRoleWord(noun) ||
      (article === 'indefinite' &&
        (compoundOnlyRoleStems.has(lower(noun)) ||
          isUnnamedPersonNoun(bare(noun)) ||
          // "Ein Kind hat einmal geschrieben", "fragte ein Mädchen".
          neuterPersonNouns.has(bare(noun))));
    // "Der Friedenspreisträger des Vorjahres, der Schriftsteller Jonas Albrecht,": whatever the
    // noun, an apposition with a person's full name names who it is.
    const closed = roleComplement(ws, n + 1);
    // "Ihre frühere Klassenvorständin an der Berufsschule in Kogelsdorf, Martina Eichberger,".
    const placed = role || !/^\p{Lu}/u.test(noun) ? -1 : placingPhraseEnd(ws, n + 1);
    const apposed =
      !role && /^\p{Lu}/u.test(noun) && (ws[closed - 1] ?? '').endsWith(',')
        ? appositionName(ws, closed)
        : placed > 0
          ? appositionName(ws, placed + 1)
          : null;
    if (apposed && looksLikePersonName(apposed.name))
      return { subject: { type: 'name', name: apposed.name }, length: apposed.end };
    // "sagte der 23-jährige Aydın": an age before a family name the text may know.
    if (
      !role &&
      definiteArticles.has(w) &&
      ws.slice(i + 1, n).some((a) => /^(\d+-|\p{Ll}+)jährigen?$/u.test(a)) &&
      isNameWord(bare(noun)) &&
      !/^\p{Lu}/u.test(ws[n + 1] ?? '')
    )
      return {
        subject: { type: 'reference', noun: bare(noun), gender: w === 'der' ? 'm' : 'f' },
        length: n + 1,
      };
    if (!role) {
      return isDemonym(noun) && definiteArticles.has(w)
        ? {
            subject: { type: 'reference', noun: bare(noun), gender: w === 'der' ? 'm' : 'f' },
            length: n + 1,
          }
        : null;
    }
    // "sagte ein Sprecher Hontscharenkos", "eine Sprecherin Varentas": after a role with "ein",
    // one capitalised word in -s is a genitive, whose the role is, not the holder's name.
    const genitiveAfter =
      article === 'indefinite' &&
      /^\p{Lu}\p{L}+s[,.;:!?]?$/u.test(ws[n + 1] ?? '') &&
      !/^\p{Lu}/u.test(ws[n + 2] ?? '');
    // "die Vorsitzende Richterin Katrin Oldenburg": a second title before the name.
    const secondTitle =
      !noun.endsWith(',') &&
      isTitleWord(ws[n + 1] ?? '') &&
      !/[,.;:!?]$/u.test(ws[n + 1] ?? '') &&
      readName(ws.slice(n + 1, n + 8)) === null
        ? 1
        : 0;
    const nameAfter =
      noun.endsWith(',') || genitiveAfter
        ? null
        : readName(ws.slice(n + 1 + secondTitle, n + 8 + secondTitle));
    // "hat die Journalistin Beat Gmür gefragt": a name of the other gender than the role is
    // the object of the verb, not the holder of the role.
    const nameGender = nameAfter ? genderOfName(nameAfter) : null;
    const roleGender = genderOfRoleWithArticle(w, noun);
    if (nameAfter && nameGender && roleGender && nameGender !== roleGender)
      return { subject: { type: 'role', role: bare(noun) }, length: n + 1 };
    if (nameAfter)
      return {
        subject: { type: 'name', name: nameAfter },
        length: afterName(ws, n + 1 + secondTitle + nameAfter.split(' ').length),
      };
    const end = noun.endsWith(',') ? n + 1 : roleComplement(ws, n + 1);
    // "ein Bergführer namens Luzi Cadonau": the name after "namens" is who holds the role.
    const calledName = ws[end] === 'namens' ? calledPerson(ws.slice(end + 1, end + 8)) : null;
    if (calledName)
      return {
        subject: { type: 'name', name: calledName },
        length: afterName(ws, end + 1 + calledName.split(' ').length),
      };
    if ((ws[end - 1] ?? '').endsWith(',')) {
      const apposed = appositionName(ws, end);
      if (apposed) return { subject: { type: 'name', name: apposed.name }, length: apposed.end };
    }
    // "der Gemeindepräsident von Gufelried und Präsident der Projektgruppe, Beat Zurbriggen,":
    // two roles of the article's gender joined by "und", before the apposition that names the
    // one person who holds both. Not "der Präsident und Kassier Hans Meier stimmte zu", where
    // a second person has a clause of their own, nor "der Präsident und Vizepräsidentin X".
    const second = ws[end + 1] ?? '';
    if (
      lower(ws[end] ?? '') === 'und' &&
      isRoleWord(bare(second)) &&
      genderOfRoleWithArticle(w, bare(second)) === genderOfRoleWithArticle(w, noun)
    ) {
      const joined = second.endsWith(',') ? end + 2 : roleComplement(ws, end + 2);
      const apposed = (ws[joined - 1] ?? '').endsWith(',') ? appositionName(ws, joined) : null;
      if (apposed) return { subject: { type: 'name', name: apposed.name }, length: apposed.end };
    }
    const phraseEnd = placingPhraseEnd(ws, end);
    if (phraseEnd > 0) {
      const apposed = appositionName(ws, phraseEnd + 1);
      if (apposed) return { subject: { type: 'name', name: apposed.name }, length: apposed.end };
    }
    // "Mein Mann, der Sepp, sagt:", "Ihre Tochter, Lea, meint:": a relation named by a given
    // name set off by commas, with the article southern German puts before it.
    if (possessives.has(w) && relationNouns.has(lower(noun)) && noun.endsWith(',')) {
      const at = /^(der|die)$/u.test(ws[n + 1] ?? '') ? n + 2 : n + 1;
      const given = ws[at] ?? '';
      if (/^\p{Lu}\p{Ll}+,$/u.test(given) && isGivenName(bare(given)))
        return { subject: { type: 'name', name: bare(given) }, length: at + 1 };
    }
    // "sagte ein älterer Herr", "eine junge Frau meinte": a noun that only says a man or a
    // woman is shown with what the text says of them, in the form it has after "ein".
    const adjectives = ws.slice(i + 1, n);
    const described =
      article === 'indefinite' &&
      plainPersonNouns.has(lower(bare(noun))) &&
      describingAfterArticle(w, adjectives);
    const phrase = shownRole([...(described ? adjectives : []), ...ws.slice(n, end)]);
    // "Eine Kundin ist Sandra Zurbuchen.": the role is what the named person is; she is the subject.
    const named = article === 'indefinite' ? predicateName(ws, end) : null;
    if (named) return { subject: { type: 'name', name: named }, length: end + 3 };
    if (article === 'indefinite') return { subject: { type: 'role', role: phrase }, length: end };
    // "der gegnerische Trainer", "der neue Präsident": another holder than the one named.
    if (ws.slice(i + 1, n).some((a) => otherHolderAdjectives.some((stem) => a.startsWith(stem))))
      return { subject: { type: 'role', role: phrase }, length: end };
    // "sagte der Dornauer Trainer": a place's adjective says which club's or town's holder, which
    // the words do not tie to a name; never the holder of that role the text named elsewhere.
    if (ws.slice(i + 1, n).some((_, k) => isPlaceAdjective(ws, i + 1 + k)))
      return { subject: { type: 'nobody' }, length: end };
    // "sagt die Frau hinter der Theke": where a man or a woman stands describes them.
    let standing = end;
    if (
      plainPersonNouns.has(lower(bare(noun))) &&
      definiteArticles.has(w) &&
      /^(hinter|an|am|neben|vor|bei|beim|im|auf)$/u.test(ws[end] ?? '')
    )
      while (
        standing < end + 3 &&
        standing < ws.length &&
        !/[,.;:!?]$/u.test(ws[standing - 1] ?? '')
      )
        standing++;
    return {
      subject: {
        type: 'reference',
        noun: standing > end ? shownRole(ws.slice(n, standing)) : phrase,
        gender: genderOfRoleWithArticle(w, noun),
        ...(possessives.has(w)
          ? { owned: true, ownerGender: /^sein/u.test(w) ? 'm' : /^ihr/u.test(w) ? 'f' : null }
          : {}),
      },
      length: standing,
    };
  }

  // "sagte van Dam", "Von Känel gratulierte": a name may open with its particle.
  // "Von Anna Meier kam die Antwort": before a given name, "von" is the preposition.
  if (
    /^(von|van|de|di|da|du|le|la)$/u.test(w) &&
    isNameWord(bare(ws[i + 1] ?? '')) &&
    !isGivenName(bare(ws[i + 1] ?? ''))
  ) {
    const rest = readName(ws.slice(i + 1, i + 3));
    // Not "erzählte von Wintermorgen im Container": a name ends its clause or goes on with a
    // verb, a preposition and its object do not.
    const last = ws[i + (rest?.split(' ').length ?? 0)] ?? '';
    const next = ws[i + 1 + (rest?.split(' ').length ?? 0)];
    const endsThere =
      /[,.;:!?]$/u.test(last) ||
      next === undefined ||
      !/^(im|in|am|an|auf|aus|bei|mit|nach|vor|zu|zum|zur|über|unter|für)$/u.test(next);
    if (rest && endsThere)
      return {
        subject: { type: 'name', name: `${w} ${rest}` },
        length: i + 1 + rest.split(' ').length,
      };
  }
  // "sagte al-Haddad": a family name that opens with its particle in lower case.
  if (joinedParticleName.test(bare(first)))
    return { subject: { type: 'name', name: bare(first) }, length: i + 1 };
  if (!/^\p{Lu}/u.test(bare(first))) return null;
  // "Müllers Anwalt", "Keller-Sutters Sprecherin": a genitive name before a role is whose role it
  // is; the speaker is somebody else, as with "sein Anwalt". Not "Andreas Sprecher": a given
  // name in -s before a family name that is also a role word.
  // "Vögelis frühere Mitspielerin Nina Frei": an adjective between the genitive and the role.
  if (
    /\p{Ll}s$/u.test(first) &&
    /^\p{Ll}+(e|en|er|es)$/u.test(ws[i + 1] ?? '') &&
    isRoleWord(ws[i + 2] ?? '') &&
    !isGivenName(first)
  ) {
    const read = readSubject([...ws.slice(0, i + 1), ...ws.slice(i + 2)]);
    return read ? { ...read, length: read.length + 1 } : null;
  }
  const role = ws[i + 1] ?? '';
  const ownedRole =
    /\p{Ll}s$/u.test(first) &&
    (isRoleWord(role) ||
      (isPersonNounByForm(role) && !!readName(ws.slice(i + 2, i + 6))?.includes(' '))) &&
    !isGivenName(first) &&
    // "Als Zeuge sagte ein Nachbar aus": a conjunction or an article is nobody's genitive.
    !subordinators.has(first.toLowerCase()) &&
    !definiteArticles.has(first.toLowerCase()) &&
    isNameWord(first.slice(0, -1));
  // "Brändlis Verteidiger, Peter Zaugg, plädierte": the apposition names the role's holder.
  if (ownedRole && role.endsWith(',')) {
    const apposed = appositionName(ws, i + 2);
    return apposed && looksLikePersonName(apposed.name)
      ? { subject: { type: 'name', name: apposed.name }, length: apposed.end }
      : null;
  }
  if (ownedRole) {
    // "Seewils Trainer Urs Frei", "Timos Mutter Sandra Brunner": the name after the role.
    // "Meiers Sohn Tim": a given name alone after the role names the holder too.
    const named = readName(ws.slice(i + 2, i + 6));
    if (named && (looksLikePersonName(named) || isGivenName(named)))
      return {
        subject: { type: 'name', name: named },
        length: afterName(ws, i + 2 + named.split(' ').length),
      };
    return {
      subject: {
        type: 'reference',
        noun: bare(role),
        gender: genderOfRole(role),
        owned: true,
        owner: first.slice(0, -1),
      },
      length: i + 2,
    };
  }
  // Role words before a name: "FDP-Fraktionschef Daniel Wyrsch", "Obstbauer Hans Ryser".
  let k = i;
  while (k < ws.length && isTitleWord(ws[k] ?? '') && !/[,.;:!?]$/u.test(ws[k] ?? '')) {
    k++;
    // "Mitgründerin und Vorstandschefin Jana Petersen-Kühl": two titles joined.
    if (ws[k] === 'und' && isTitleWord(ws[k + 1] ?? '') && !/[,.;:!?]$/u.test(ws[k + 1] ?? '')) k++;
  }
  // "Kunde Beat Suter", "Coiffeuse Sara Blum", "Wyrsch-Vertraute Anna Meier": a noun the role
  // lists do not know, by its form a noun for a person (not a first name such as Andrea or Kim),
  // before a given name and a family name is a role too, not part of the name.
  if (
    isGivenName(bare(ws[k + 1] ?? '')) &&
    isPersonNounByForm(ws[k] ?? '') &&
    readName(ws.slice(k + 1, k + 5))?.includes(' ')
  )
    k++;
  const name = readName(ws.slice(k, k + 7));
  if (!name && k > i && !isRoleWord(ws[k - 1] ?? '')) return null;
  if (!name)
    return k > i ? { subject: { type: 'role', role: bare(ws[k - 1] ?? '') }, length: k } : null;
  // "Hans Gross' Tochter", "Klaus' Frau": a name in -s with the apostrophe of the genitive
  // before a noun is whose relative or role it is.
  const lastWord = ws[k + name.split(' ').length - 1] ?? '';
  const ownedNoun = ws[k + name.split(' ').length] ?? '';
  if (/['’]$/u.test(lastWord) && /^\p{Lu}\p{Ll}/u.test(ownedNoun))
    return {
      subject: {
        type: 'reference',
        noun: bare(ownedNoun),
        gender: genderOfRole(ownedNoun),
        owned: true,
        owner: bare(lastWord),
      },
      length: k + name.split(' ').length + 1,
    };
  // "Anna Meiers Mutter": a name in the genitive before a role is whose role it is.
  const genitive = ws[k + name.split(' ').length] ?? '';
  const owned = ws[k + name.split(' ').length + 1] ?? '';
  if (/^\p{Lu}\p{L}*[^s]s$/u.test(genitive) && isRoleWord(owned) && !/[,.;:!?]$/u.test(genitive)) {
    // "Anna Meiers Anwalt Beat Gmür": the name after the role is who it is.
    const at = k + name.split(' ').length + 2;
    const holder = /[,.;:!?]$/u.test(owned) ? null : readName(ws.slice(at, at + 7));
    if (holder && looksLikePersonName(holder))
      return {
        subject: { type: 'name', name: holder },
        length: afterName(ws, at + holder.split(' ').length),
      };
    return {
      subject: {
        type: 'reference',
        noun: bare(owned),
        gender: genderOfRole(owned),
        owned: true,
        owner: genitive.slice(0, -1),
      },
      length: k + name.split(' ').length + 2,
    };
  }
  const length = afterName(ws, k + name.split(' ').length);
  // "Gmürs Vorgänger Kurt Brunner": words before a given name and its family name that are no
  // given names are the person's title, whatever their form.
  const parts = name.split(' ');
  const given = parts.findIndex(
    (p, j) => j >= 2 && isGivenName(p) && j < parts.length - 1 && isTitleByForm(parts[j - 1] ?? ''),
  );
  if (given >= 2 && !parts.slice(0, given).some(isGivenName))
    return { subject: { type: 'name', name: parts.slice(given).join(' ') }, length };
  // A noun before a full name is a title: "Schafhalter Martin Zgraggen"; not "Andrea Maria Meier".
  return { subject: { type: 'name', name: k === i ? splitTitle(name).name : name }, length };
}

/**
 * Step: whether words after a person's noun only place the person: a preposition and a pronoun
 * ("neben ihm", "hinter ihr") or a preposition, an article, number or adjectives and one noun
 * ("am Marktplatz", "von zwei Primarschülern", "aus dem Nachbardorf").
 */
export function isPlacingPhrase(ws: readonly string[]): boolean {
  if (ws.length < 2 || !placingPrepositions.has(ws[0] ?? '')) return false;
  if (ws.length === 2 && objectPronouns.has(ws[1] ?? '')) return true;
  const noun = ws.length - 1;
  const capitalised = (w: string) => /^\p{Lu}\p{L}+(-\p{L}+)*$/u.test(w);
  // "im Wahlbüro Neudorf", "im Quartier Seefeld": a noun and the name of its place.
  const named =
    noun >= 2 &&
    capitalised(ws[noun - 1] ?? '') &&
    !isGivenName(ws[noun - 1] ?? '') &&
    !isRoleWord(ws[noun - 1] ?? '');
  const last = named ? noun - 1 : noun;
  return (
    last <= 3 &&
    capitalised(ws[noun] ?? '') &&
    !skippableWords.has(lower(ws[noun] ?? '')) &&
    ws.slice(1, last).every((w) => /^[\p{Ll}\d]/u.test(w) && !/[,.;:!?]$/u.test(w))
  );
}

/** The subject only if it is the whole of `ws` (asides, adverbs and `selbst` allowed after it). */
function wholeSubject(ws: readonly string[]): Subject | null {
  // "Den Gemeindepräsidenten kritisierte Anna Meier:": an object put first is no subject.
  if (/^(den|dem|einen|einem)$/u.test(lower(ws[0] ?? ''))) return null;
  const read = readSubject(ws);
  if (!read) return null;
  const rest = ws.slice(read.length);
  // "Vreni Hofstetter, die direkt am Dorfplatz wohnt, sagt": a relative clause set off by commas
  // (it ends with its verb; "die Literaturkritikerin Verena Stucki," is an apposition).
  if (
    (ws[read.length - 1] ?? '').endsWith(',') &&
    /^(der|die|das|welche|welcher)$/u.test(rest[0] ?? '') &&
    /^\p{Ll}.*,$/u.test(rest.at(-1) ?? '')
  )
    return read.subject;
  // "Anna Meier, Sekretärin der Gewerkschaft, sagt", "Petra Nowak, eine Kassiererin, sagte": a
  // role phrase set off by commas after a name.
  if (read.subject.type === 'name' && (ws[read.length - 1] ?? '').endsWith(',')) {
    let noun = definiteArticles.has(rest[0] ?? '') || indefiniteArticles.has(rest[0] ?? '') ? 1 : 0;
    while (noun < 3 && /^(\p{Ll}+(e|en|er|es|em)|\d+-jährige[rn]?)$/u.test(rest[noun] ?? ''))
      noun++;
    if (
      (rest.at(-1) ?? '').endsWith(',') &&
      (isRoleWord(rest[noun] ?? '') || isPersonNounByForm(bare(rest[noun] ?? ''))) &&
      roleComplement(rest, noun + 1) >= rest.length
    )
      return read.subject;
  }
  // "Ein Bäcker am Marktplatz klagt", "Eine junge Mutter neben ihm schüttelt den Kopf", "Ein
  // Vater von zwei Primarschülern meldete sich": where somebody unnamed stands or what they are.
  if (
    read.subject.type === 'role' &&
    indefiniteArticles.has(lower(ws[0] ?? '')) &&
    // Not "Einer Anwohnerin im Quartier Seefeld sagte der Polizist:": the dative is no subject.
    /^(ein|eine)$/iu.test(ws[0] ?? '') &&
    isPlacingPhrase(rest)
  )
    return read.subject;
  return rest.every((w) => skippableWords.has(lower(w)) || isAside(w) || /^\(|\)[,.]?$/u.test(w))
    ? read.subject
    : null;
}

/** The words of a text up to its first sentence mark; the full stop of an initial or a title ends nothing. */
const firstSentence = (text: string) =>
  words(text.split(/(?<!(?:^|\s)(?:\p{Lu}|Dr|Prof|med|phil|iur|oec))[.;:!?](?:\s|$)/u)[0] ?? '');

/**
 * Step: an attribution set off from a quotation that opens its sentence by a dash or a colon, as
 * leads, captions and tabloids write it: `«…» – Trainer Urs Frei nach dem Spiel.`, `«…» – so der
 * Präsident.`, `«…»: Gemeindepräsident Beat Gmür denkt nicht an Rücktritt.` A name (or, after
 * "so", any subject) with only words of when, where or about what after the dash; after the
 * colon, the name that opens the sentence. Null otherwise.
 */
export function attributionSetOff(after: string, opensSentence: boolean): Attribution | null {
  if (!opensSentence) return null;
  const dash = /^[.!?…]?\s+[–—]\s+(.*)$/su.exec(after);
  if (dash) {
    const sentence = firstSentence(dash[1] ?? '');
    if (sentence[0] === 'so') {
      const read = readSubject(sentence.slice(1));
      return read && read.subject.type !== 'nobody' ? { subject: read.subject } : null;
    }
    const named = readSubject(sentence);
    const rest = sentence.slice(named?.length ?? 0);
    return named?.subject.type === 'name' &&
      rest.every((w) => /^\p{Lu}/u.test(w) || verblessTailWords.has(lower(w)))
      ? { subject: named.subject }
      : null;
  }
  const colon = /^:\s+(\p{Lu}.*)$/su.exec(after);
  const subject = colon ? openingSubject(colon[1] ?? '') : null;
  return subject?.type === 'name' ? { subject } : null;
}

/**
 * Step: who gives a few quoted words that open a sentence as a name for something, right after
 * them with no comma: "«Angstmacherei» nannte ein Votant das Schreiben" → the role, "«Verrat»
 * nannte Gmür den Entscheid" → Gmür, "«Ein Witz» nannte er den Plan" → "er". Not "sie", which
 * may be whom the words name ("«Eine Heldin» nannte sie der Präsident"); null otherwise.
 */
export function labelGiverAfter(after: string): Subject | null {
  const match = /^[»“”"]?\s+(nennt|nannte|bezeichnet|bezeichnete)\s+(.*)$/su.exec(after);
  if (!match) return null;
  const read = readSubject(firstSentence(match[2] ?? ''))?.subject ?? null;
  if (read?.type === 'pronoun') return read.gender === 'm' ? read : null;
  return read?.type === 'name' || read?.type === 'role' || read?.type === 'reference' ? read : null;
}

/**
 * Step: whether a few quoted words stand in "war von einem «…» die Rede", in a clause of their
 * own ("…, im Literaturblog war von einer «…» die Rede"): talk the clause gives to nobody.
 */
export function impersonalMention(before: string, after: string): boolean {
  const comma = before.lastIndexOf(',');
  const clause = words(before.slice(comma + 1));
  // "Sie sagte, es sei von einem «…» die Rede gewesen": reported speech, whose teller it is.
  const reported =
    clause.some((w) => /^(sei|wäre)$/u.test(w)) &&
    comma > 0 &&
    findSpeechVerb(words(before.slice(0, comma))) >= 0;
  return (
    /^[»“”"]?\s+die\s+Rede\b/u.test(after) &&
    clause.some((w) => /^(war|ist|sei|wäre)$/u.test(w)) &&
    findSpeechVerb(clause) < 0 &&
    !reported
  );
}

/** What an attribution says: who speaks (null when the verb's subject cannot be read). */
export type Attribution = { subject: Subject | null };

/**
 * Step: the attribution right after a quotation: `, sagte X`, `, so X`, `, staunt der Experte`,
 * `, habe er gesagt`, `, wie X sagte`, `, wird X zitiert`, `, heisst es in der Mitteilung` (nobody).
 * Null when no verb of saying follows.
 */
const pairGiven = (w: string | undefined) =>
  /^\p{Lu}\p{Ll}+$/u.test(w ?? '') && isGivenName(w ?? '');
const pairFamily = (w: string | undefined) => /^\p{Lu}[\p{Ll}-]+\p{Ll}$/u.test(bare(w ?? ''));

/**
 * Where two people named together at `k` end, "Lea und Marco Baumann" or "Sandra Wyss und Monika
 * Lüthi" (the index of the last family name); -1 where no such pair starts there.
 */
function pairEnd(ws: readonly string[], k: number): number {
  if (!pairGiven(ws[k])) return -1;
  const firstFamily = ws[k + 1] !== 'und' && pairFamily(ws[k + 1]) && !pairGiven(ws[k + 1]) ? 1 : 0;
  const and = k + 1 + firstFamily;
  return ws[and] === 'und' && pairGiven(ws[and + 1]) && pairFamily(ws[and + 2]) ? and + 2 : -1;
}

const pairAsWritten = (ws: readonly string[], k: number, end: number) =>
  ws
    .slice(k, end + 1)
    .map((w) => bare(w))
    .join(' ');

/**
 * Step: two people the words name together as the subject of a plural verb of saying: "Lea und
 * Marco Baumann", "die Geschwister Anna und Luca Frei", "die beiden Co-Präsidentinnen Sandra Wyss
 * und Monika Lüthi" → their names as written; null where the words name no such pair ("die
 * Bauern", "beide").
 */
export function namedPair(ws: readonly string[]): string | null {
  let k = 0;
  if (/^(die|beide)$/u.test(ws[k] ?? '')) k++;
  if (/^(beiden)$/u.test(ws[k] ?? '')) k++;
  // "die Geschwister", "die beiden OK-Präsidenten": a plural noun for them.
  if (k > 0 && /^\p{Lu}[\p{L}-]+$/u.test(ws[k] ?? '') && !isGivenName(ws[k] ?? '')) k++;
  const end = pairEnd(ws, k);
  // The names end the clause: "…, sagen Lea und Marco Baumann, die den Laden führen."
  if (end < 0 || (end + 1 < ws.length && !/[,.!?]$/u.test(ws[end] ?? ''))) return null;
  return pairAsWritten(ws, k, end);
}

/**
 * Step: the last two people the words name together, where the text before a quotation lets
 * "die beiden" speak: "Initiiert haben den Brief Sabine Hürlimann und Daniel Oesch, beide im
 * Elternrat." → "Sabine Hürlimann und Daniel Oesch"; "stehen Marta und Kurt Imboden vor ihrem
 * Haus" → "Marta und Kurt Imboden". Null where no such pair stands, or another person is named
 * after it.
 */
export function lastNamedPair(ws: readonly string[]): string | null {
  for (let k = ws.length - 3; k >= 0; k--) {
    const end = pairEnd(ws, k);
    if (end < 0) continue;
    // Nobody named after the pair: "… Ruth und Walter Gerber. Auch Anna Meier kam." is hers.
    if (ws.slice(end + 1).some((w) => pairGiven(bare(w)))) return null;
    return pairAsWritten(ws, k, end);
  }
  return null;
}

export function attributionAfter(after: string, opensSentence = false): Attribution | null {
  const match = /^[.!?…]?["»“”]?\s*,\s+(.*)$/su.exec(after);
  if (!match) return attributionSetOff(after, opensSentence);
  // The attribution ends with its sentence; the full stop of an initial or a title ends nothing.
  const sentence = firstSentence(match[1] ?? '');
  const head = lower(sentence[0] ?? '');
  // "«…», lautete seine berühmte Anweisung", "«…», so ihr Fazit": whose saying the possessive
  // says, the person the pronoun means.
  const owner = /^(lautete|lautet|war|ist|so)$/u.test(head)
    ? /^(sein|seine|ihr|ihre)$/u.exec(lower(sentence[1] ?? ''))
    : null;
  if (owner) {
    let k = 2;
    while (k < 4 && /^\p{Ll}+(e|en|er|es)$/u.test(sentence[k] ?? '')) k++;
    const noun = lower(bare(sentence[k] ?? ''));
    if (k === sentence.length - 1 && isStatementNoun(noun))
      return { subject: { type: 'pronoun', gender: owner[1]?.startsWith('s') ? 'm' : 'f' } };
  }
  if (impersonalVerbs.has(head)) return { subject: { type: 'nobody' } };
  if (pluralSpeechVerbs.has(head)) {
    const pair = namedPair(sentence.slice(1));
    return { subject: pair ? { type: 'role', role: pair } : { type: 'nobody' } };
  }
  // "«…», zitierte Gmür seinen Vorgänger / aus dem Brief": who quotes did not say it;
  // "«…», erinnert sich Gmür an die Worte seines Vaters": nor who remembers somebody's words.
  if (/^zitiert/u.test(head) || /\ban (die|den) (Worte|Satz)\b/u.test(sentence.join(' ')))
    return { subject: { type: 'nobody' } };
  if (speechVerbs.has(head) && !/^\p{Lu}/u.test(sentence[0] ?? '')) {
    // "«…», schreibt uns eine Leserin", "sagt mir ein Anwohner": whom it was said to, a pronoun
    // in the dative, stands before the subject.
    const from = /^(uns|mir|ihm|dir|euch)$/u.test(lower(sentence[1] ?? '')) ? 2 : 1;
    const subject =
      readSubject(sentence.slice(from))?.subject ?? describedPerson(sentence.slice(from));
    // "X nannte die Schliessung «…», räumte aber ein, …": a second verb of the sentence's own
    // subject, no attribution of the words.
    if (
      subject === null &&
      /^(aber|jedoch|zugleich|gleichzeitig|allerdings|dann|später|auch)$/u.test(
        lower(sentence[1] ?? ''),
      )
    )
      return null;
    // "teilte Pro Natura mit": organisations announce; a name there needs a role before it to be a person.
    if (/^teilt/u.test(head) && subject?.type === 'name' && !isTitleWord(sentence[1] ?? ''))
      return { subject: null };
    return { subject };
  }
  // "ist Anna Meier überzeugt", "zeigt sich der Präsident zufrieden": a stance after a quotation.
  if (
    /^(ist|war|zeigt|zeigte|gibt|gab)$/u.test(head) &&
    sentence.some((w) => stanceAdjectives.has(lower(w)))
  ) {
    const rest = sentence.slice(lower(sentence[1] ?? '') === 'sich' ? 2 : 1);
    const read = readSubject(rest);
    if (
      read &&
      (read.subject.type === 'name' ||
        read.subject.type === 'pronoun' ||
        read.subject.type === 'reference')
    )
      return { subject: read.subject };
  }
  // "habe er gesagt", "hat die Sprecherin erklärt", "wird X zitiert", "wie X sagte", "will
  // Lina wissen"
  // "«…», pflegte Tschudin zu sagen": a habit of saying.
  // "«…», wird er nach dem Spiel sagen", "sollte sie später erzählen": what somebody will say.
  // Only what the sentence places after the moment ("nach dem Spiel", "später"), never what
  // somebody would or should say, will say only when …, or never says.
  const future = (x: string) =>
    /^(wird|werden)$/u.test(head) &&
    /^(sagen|erklären|erzählen|betonen|schreiben|meinen|antworten|ergänzen|zugeben|gestehen)$/u.test(
      bare(x),
    ) &&
    sentence.some((w) =>
      /^(später|nach|danach|hinterher|anschliessend|anschließend)$/u.test(lower(w)),
    ) &&
    !sentence.some((w) => /^(nie|nicht|niemals|erst|kaum|wohl|vielleicht)$/u.test(lower(bare(w))));
  if (
    /^(habe|hat|hatte|hätte|wird|wurde|wie|soll|will|wollte|möchte|pflegte|pflegt)$/u.test(head)
  ) {
    const rest = sentence.slice(1);
    const closing = rest.findIndex(
      (x, k) =>
        future(x) ||
        /^(gesagt|erklärt|betont|geschrieben|gemeint|zitiert|ergänzt|gefragt)$/u.test(bare(x)) ||
        (/^(will|wollte|möchte)$/u.test(head) && bare(x) === 'wissen') ||
        (/^pflegt/u.test(head) &&
          rest[k - 1] === 'zu' &&
          /^(sagen|betonen|scherzen|erklären|meinen)$/u.test(bare(x))) ||
        speechVerbs.has(lower(x)) ||
        // "habe Roland K. den Grenzwächtern zugeflüstert", "hat sie nachgefragt": a participle
        // with a separable prefix before "ge".
        speechVerbs.has(
          lower(x).replace(/^(zu|nach|hinzu|dazu|zurück|hinterher)(?=ge\p{Ll})/u, ''),
        ),
    );
    // "«…», wurde Gmür gefragt", "wurde Anna Keller zugerufen", "wird Peter Graf nachgesagt": in
    // the passive, the one asked or spoken to or of; who spoke is not said.
    if (
      closing > 0 &&
      /^(wird|wurde)$/u.test(head) &&
      !future(rest[closing] ?? '') &&
      (bare(rest[closing] ?? '') === 'gefragt' || !speechVerbs.has(lower(rest[closing] ?? '')))
    )
      return { subject: { type: 'nobody' } };
    if (closing > 0) return { subject: readSubject(rest.slice(0, closing))?.subject ?? null };
  }
  return null;
}

/**
 * "sagte die Initiantin", "sagt der Quereinsteiger": right after a verb of saying, "der" or
 * "die" and a noun the lists do not know that is a person's by its form (a woman's in -in, a
 * man's in -ant, -ent, -ist, -eur): somebody the text calls so, a reference to resolve.
 */
export function describedPerson(ws: readonly string[]): Subject | null {
  const [article = '', word = ''] = ws;
  const noun = bare(word);
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(noun) || isGivenName(noun)) return null;
  if (article === 'die' && /[^aeiouäöü]in$/u.test(noun))
    return { type: 'reference', noun, gender: 'f' };
  if (article === 'der' && /(ant|ent|ist|eur)$/u.test(noun))
    return { type: 'reference', noun, gender: 'm' };
  return null;
}

/** "geschrieben", "gemalt", "hineingeschrieben": a verb of writing a text. */
const isWritingVerb = (word: string) => {
  const w = lower(word);
  return writingVerbs.has(w) || /.geschrieben$/u.test(w);
};

/** "Zettel", "Holzschild", "Karte", "Post": a noun for a text written or posted. */
const isTextNoun = (word: string) => {
  const w = lower(word);
  return (
    writtenTextNouns.has(w) ||
    messageNouns.has(w) ||
    // In the plural too: "Über 300 Briefe schrieb er".
    /(karten?|schild(er)?|zettel|tafeln?|briefe?)$/u.test(w)
  );
};

const isPersonSubject = (subject: Subject | undefined | null): subject is Subject =>
  subject?.type === 'name' || subject?.type === 'pronoun';

/**
 * Step: who wrote a text that a colon clause quotes, where the words say so: its relative
 * clause ("ein Schild, das Toni am Computer gestaltet hat:", "eine Tafel, die er mit Kreide
 * beschrieben hat:"), or for "Darauf stand:", "Darin heisst es:" the sentence before
 * ("Walter Gerber hatte ihm einen Zettel geschrieben.", "Den Brief hat Dario S. geschrieben.").
 * Null where they do not: a sign that only hangs somewhere says not who wrote it.
 */
export function writerOfText(clause: string, sentenceBefore: string): Subject | null {
  const ws = writersWords(clause);
  const comma = ws.findLastIndex((w) => w.endsWith(','));
  if (comma >= 0 && /^(das|die|den|der)$/u.test(ws[comma + 1] ?? '')) {
    const relative = ws.slice(comma + 2);
    if (!isTextNoun(ws[comma] ?? '') || !relative.some(isWritingVerb)) return null;
    const read = readSubject(relative)?.subject;
    return isPersonSubject(read) ? read : null;
  }
  // "Im Schaufenster hängt ein Zettel der früheren Ladenbesitzerin Marlies Brand:", "ein Brief
  // von Rita Gloor:": a text whose writer the words after it name, closing the clause.
  const text = ws.findLastIndex((w) => isTextNoun(w));
  if (text >= 0 && /^(der|des|von|vom)$/u.test(ws[text + 1] ?? '')) {
    const rest = ws.slice(ws[text + 1] === 'von' ? text + 2 : text + 1);
    const read = readSubject(rest);
    if (read?.subject.type === 'name' && read.length === rest.length) return read.subject;
  }
  // "In einem davon, datiert auf den Februar 1951, heisst es:": one of the texts the sentence
  // before names, with what the writer inserts about it.
  const oneOfThem =
    /^In\s+(einem|einer)\s+(davon|der\s+\S+|seiner\s+\S+|ihrer\s+\S+)(,[^,:]*,)?\s+(steht|stand|heisst|heißt|hiess|hieß)\s+es\s*:$/u.test(
      clause.trim(),
    );
  if (
    !oneOfThem &&
    !/^(Darauf|Darin|Drauf|Darunter|Dort)\s+(\S+\s+)?(steht|stand|heisst|heißt|hiess|hieß)/u.test(
      clause.trim(),
    )
  )
    return null;
  const before = writersWords(sentenceBefore);
  if (!before.some(isWritingVerb) || !before.some(isTextNoun)) return null;
  // "Sie hatte in Basel inszeniert, als ihr Rast einen Brief schrieb.": the text and its
  // verb in a clause of their own, after a comma and a subordinator, are that clause subject's.
  const writingAt = before.findIndex(isWritingVerb);
  const clauseStart = before.findLastIndex((w, j) => j < writingAt && w.endsWith(',')) + 1;
  if (
    clauseStart > 0 &&
    subordinators.has(lower(before[clauseStart] ?? '')) &&
    before.slice(clauseStart, writingAt).some(isTextNoun)
  ) {
    const own = before
      .slice(clauseStart + 1, writingAt)
      .filter((w, j) => j > 0 || !/^(ihr|ihm|mir|uns|ihnen)$/u.test(w));
    const read = readSubject(own)?.subject;
    // "Kurt Zaugg war krank, als er seiner Tochter einen Brief schrieb": a pronoun there means
    // the subject the sentence opens with.
    if (read?.type !== 'pronoun') return read?.type === 'name' ? read : null;
  }
  const opening = openingSubject(sentenceBefore);
  if (isPersonSubject(opening)) return opening;
  // "Über 300 Briefe schrieb er seiner Schwester": the texts first, the verb, its writer.
  const writing = before.findIndex(isWritingVerb);
  if (writing > 0 && isTextNoun(before[writing - 1] ?? '')) {
    const read = readSubject(before.slice(writing + 1))?.subject;
    if (isPersonSubject(read)) return read;
  }
  // "Den Brief hat Dario S. im Juli geschrieben.": the text first, the auxiliary, its writer.
  // "Einige Tage vor der Tat hatte Walter Gerber ihm einen Zettel geschrieben.": a phrase first.
  const auxiliary = before.findIndex((w, j) => j > 0 && /^(hat|hatte)$/u.test(w));
  if (auxiliary > 0) {
    const read = readSubject(before.slice(auxiliary + 1))?.subject;
    if (isPersonSubject(read)) return read;
  }
  return null;
}

/**
 * Step: who writes a column in the first person, where its hero caption or lead names them:
 * "Kolumnist Simon Aebersold mit einer seiner Kühe", "Die Kolumne von Pfarrer Tomasz Wójcik.",
 * "In seiner Kolumne «Nachtschicht» erzählt Taxifahrer Kemal Aydın …", and a closing line "Fabienne
 * Zurbriggen (44) fährt Postauto. In der Kolumne «Nächster Halt» schreibt sie …".
 * Their "ich" is who speaks in "Ich sagte: «…»". Not "Unser Kolumnist fragt sich …": no name.
 */
export function columnist(texts: readonly string[]): string | null {
  for (const text of texts) {
    const ws = words(text);
    for (let i = 0; i < ws.length; i++) {
      const w = lower(ws[i] ?? '');
      let from = -1;
      if (/^kolumnist(in)?$/u.test(w) && !/[,.;:!?]$/u.test(ws[i] ?? '')) from = i + 1;
      else if (w === 'kolumne' && ws[i + 1] === 'von') from = i + 2;
      else if (w === 'kolumne' && /^(seiner|ihrer|der)$/u.test(lower(ws[i - 1] ?? ''))) {
        // "In seiner Kolumne «Nachtschicht» erzählt Taxifahrer Kemal Aydın …", "Sanne
        // Kjellberg arbeitet … In ihrer Kolumne «Nachtdienst» erzählt sie …": the subject after
        // the column's title and its verb, or whom the sentence before names.
        let verb = i + 1;
        while (verb < ws.length && !/^\p{Ll}+$/u.test(ws[verb] ?? '')) verb++;
        const after = lower(ws[verb + 1] ?? '');
        if (/^(er|sie)$/u.test(after)) {
          for (let k = i - 2; k >= 0; k--) {
            const earlier = readName(ws.slice(k, k + 4));
            if (earlier?.includes(' ') && (k === 0 || /[.!?]$/u.test(ws[k - 1] ?? '')))
              return earlier;
          }
          continue;
        }
        from = verb + 1;
      }
      if (from < 0) continue;
      // "von Pfarrer Tomasz Wójcik": a role before the name.
      if (isRoleWord(ws[from] ?? '')) from++;
      const name = readName(ws.slice(from, from + 4));
      if (name?.includes(' ')) return name;
    }
  }
  return null;
}

/**
 * Step: a paragraph that only signs the quotation before it, as letters to the editor and vox
 * pops print them: "Margrit Hostettler, Obertal" or "Urs Kägi, Landwirt, Seewil" → the name.
 * Null for anything else, a heading or a sentence among them.
 */
export function signature(paragraph: string): Attribution | null {
  const text = paragraph.trim();
  if (/[«»„“”"?!:;.]/u.test(text)) return null;
  const [who = '', ...where] = text.split(',').map((part) => part.trim());
  const ws = who.split(/\s+/u);
  if (ws.length < 2 || ws.length > 4 || !ws.every((w) => /^\p{Lu}/u.test(w))) return null;
  if (where.length > 2 || where.some((part) => part === '' || part.split(/\s+/u).length > 3))
    return null;
  const read = readSubject(ws);
  return read?.subject.type === 'name' && read.length === ws.length
    ? { subject: read.subject }
    : null;
}

/**
 * Step: who is said to have said the words, where the teller is set off in an aside: "Ihr Vater,
 * erzählt sie, habe damals gesagt, das sei «eine Phase»" → "Ihr Vater", not the teller. Only a
 * subject that opens the sentence, an aside of a verb of saying and its subject, and the
 * perfect of a verb of saying after it; null otherwise.
 */
export function sayerBeforeAside(before: string): Subject | null {
  const match =
    /^([^,«»„“]+),\s+(\p{Ll}+)\s+([^,«»„“]{1,40}),\s+(?:habe|hätte)\s+(?:[^,«»„“]*\s)?(gesagt|gemeint|erklärt|geschrieben|gerufen|geantwortet|prophezeit|gewarnt)\b/u.exec(
      before.trim(),
    );
  if (!match || !speechVerbs.has(match[2] ?? '')) return null;
  // "Der Kundin, erzählt er, habe er gesagt, …": a pronoun after the auxiliary is its subject,
  // and what opens the sentence an object in the dative.
  const auxiliary = /,\s+(?:habe|hätte)\s+(\S+)/u.exec(
    before.slice(match.index + (match[1] ?? '').length),
  );
  if (/^(er|sie|ich|wir|es|man)$/u.test(auxiliary?.[1] ?? '')) return null;
  if (/^(Dem|Einem|Einer|Seinem|Seiner|Ihrem|Ihrer|Meinem|Meiner)\s/u.test(match[1] ?? ''))
    return null;
  // "…, worauf sie entgegnete, sie sei «alt genug»": a reply after the words said, by somebody else.
  const rest = before.slice(match.index + match[0].length);
  if (
    /\b(worauf|doch|aber|dann)\b/u.test(rest) ||
    writersWords(rest).some((w) => speechVerbs.has(lower(w)))
  )
    return null;
  const ws = words(match[1] ?? '');
  const read = readSubject(ws);
  if (!read || read.length !== ws.length) return null;
  return /^(name|role|reference)$/u.test(read.subject.type) ? read.subject : null;
}

/** The subject the words are, whole: a name, a role or a reference; null otherwise. */
function wholePersonSubject(text: string): Subject | null {
  const ws = words(text);
  const read = readSubject(ws);
  return read &&
    read.length === ws.length &&
    (read.subject.type === 'name' ||
      read.subject.type === 'role' ||
      read.subject.type === 'reference')
    ? read.subject
    : null;
}

/** Whether words speak in the first person singular ("ich", "mir", "meine"): a person's, no body's. */
export const speaksAsI = (quotation: string): boolean =>
  /(^|[^\p{L}])(ich|mich|mir|mein\p{L}*)(?!\p{L})/iu.test(quotation);

/**
 * Step: whose sentence a quotation that opens its paragraph is, by the sentence after it: "«…»
 * Diesen Satz sagt Tobias Gerber bei jedem Infoabend." → Tobias Gerber. The words first, then the
 * verb and a person named in full; whatever follows is lower case or ends the sentence, and says
 * neither that the person denies the words ("nie"), credits them to somebody else ("schreibt X
 * seinem Grossvater zu", "von seinem Lehrer ab", "über seine Chefin") nor shares them ("auch").
 */
export function sentenceOwner(after: string): Subject | null {
  // "«…» Der Satz kommt von Gfeller, einem grossen Mann …": whom the words come from.
  const from =
    /^[.!?…]?["»“”]?\s+(?:Der|Dieser)\s+Satz\s+(?:kommt|stammt)\s+von\s+([^.!?;:,]+)[.!?;:,]/u.exec(
      after,
    );
  if (from) {
    const ws = words(from[1] ?? '');
    const read = readSubject(ws);
    return read?.subject.type === 'name' && read.length === ws.length ? read.subject : null;
  }
  const fronted =
    /^[.!?…]?["»“”]?\s+(?:Diesen|Den)\s+Satz\s+(?:sagt|sagte|wiederholt|wiederholte|schreibt|schrieb)\s+([^.!?;:]+)/u.exec(
      after,
    );
  if (!fronted) return null;
  const subject = words(fronted[1] ?? '');
  const read = readSubject(subject);
  const rest = subject.slice(read?.length ?? 0);
  const denied = rest.some((w) =>
    /^(nie|nicht|niemals|kaum|zu|nach|ab|von|über|ebenfalls|auch|ebenso|sondern)$/u.test(lower(w)),
  );
  return read?.subject.type === 'name' &&
    read.subject.name.includes(' ') &&
    (rest.length === 0 || /^\p{Ll}/u.test(rest[0] ?? '')) &&
    !(read.length < subject.length && (subject[read.length - 1] ?? '').endsWith(',')) &&
    !denied
    ? read.subject
    : null;
}

/**
 * Step: who answered a question with the words, by the sentence after them: "«Haben Sie
 * gewarnt?» «Ja.» Mehr sagte der Beschuldigte dazu nicht." → "der Beschuldigte"; null otherwise.
 */
export function saidNoMore(after: string): Subject | null {
  const match =
    /^[.!?…]?["»“”]?\s+Mehr\s+(?:sagte|sagt|wollte|will)\s+([^.!?;:]+?)(?:\s+(?:dazu\s+|zunächst\s+|vorerst\s+)?nicht(?:\s+sagen)?)[.!]/u.exec(
      after,
    );
  return match ? wholePersonSubject(match[1] ?? '') : null;
}

/**
 * Step: who signed the text a quotation gives, by the sentence right after it: "«…»
 * Unterschrieben ist das Schreiben von Schulleiter Adrian Hügli.", "Unterzeichnet hat den Brief
 * die Präsidentin."; null otherwise.
 */
export function signedBy(after: string): Subject | null {
  // Only a letter or a note: not "Unterzeichnet hat den Vertrag X" after a communiqué, nor a
  // petition or a will, which others sign or certify.
  const match =
    /^[.!?…]?["»“”]?\s+(?:Unterschrieben|Unterzeichnet)\s+(?:ist|war|wurde|hat|hatte)\s+(?:der|die|das|den)\s+(Brief|Schreiben|Mail|E-Mail|Karte|Postkarte|Zettel|Nachricht)\s+(?:von\s+)?([^.!?;:]+?)[.!]/u.exec(
      after,
    );
  if (!match || /(^|\s)(auch|mit|unter anderem)\s/u.test(` ${match[2] ?? ''} `)) return null;
  // "… Verfasst hat es aber die Schulsozialarbeiterin.": who wrote it is somebody else.
  if (
    /\b(Verfasst|Geschrieben|verfasst|geschrieben)\b/u.test(
      after.slice(match[0].length, match[0].length + 200),
    )
  )
    return null;
  return wholePersonSubject(match[2] ?? '');
}

/**
 * Step: the name the sentence right after a quotation gives whoever said it, where the text
 * introduced them unnamed: "ruft ein junger Mann dazwischen: «…» Es ist Lukas Gerber, 24, …".
 * Only "Es ist" or "Es war" and a full name that ends the clause; null otherwise.
 */
export function identifiedAfter(after: string): string | null {
  const match = /^[.!?…]?["»“”]?\s+Es (?:ist|war) ([^.!?;:,]+?)[,.]/u.exec(after);
  if (!match) return null;
  const ws = words(match[1] ?? '');
  const name = readName(ws);
  return name && name.split(' ').length === ws.length && looksLikePersonName(name) ? name : null;
}

/**
 * Step: the attribution in the sentence right after a quotation that ends its own sentence:
 * `«…» Das sagte X am Montag.`, `«…» Dies erklärte die Sprecherin.`, `«…» Das teilte X mit.`
 * Only a verb that merely reports saying, and after the subject only when and where: "Das ärgert
 * X", "Das glaubt X nicht", "Das fand auch X" or "Das freut X besonders" say how somebody takes
 * what was said, not that they said it. Null otherwise.
 */
export function attributionInNextSentence(after: string): Attribution | null {
  // "«…» Erika Fuchs, 84, sagt den Satz so, …", "«…» Seine Frau Corina Inäbnit sagt es ohne
  // Vorwurf.": a name, then "sagt es", "sagt das" or "sagt den Satz".
  const named =
    /^[.!?…]?["»“”]?\s+([^.!?;:]+?)\s+(sagt|sagte|schreibt|schrieb)\s+(es|das|dies|den Satz|diesen Satz)\b(?!\s+(?:des|der|seines|seiner|ihres|ihrer|von|vom)\b)/u.exec(
      after,
    );
  if (named) {
    const subject = words((named[1] ?? '').replace(/,\s*\d+\s*,/u, ''));
    const read = readSubject(subject);
    if (read?.subject.type === 'name' && read.length === subject.length)
      return { subject: read.subject };
  }
  const signer = signedBy(after);
  if (signer) return { subject: signer };
  // "«…» Ruth Kessler-Wimmer lacht, wenn sie das sagt.": a person named in full, an age
  // aside, whose next sentence opens with a gesture of speaking, is who spoke.
  const gesture = /^[.!?…]?["»“”]?\s+([^.!?;:,]+?)\s+(\p{Ll}+)[\s,.]/u.exec(after);
  // Not "«…» Sein Jasspartner Walter Egli nickt und ergänzt: «…»": who goes on to say words of
  // their own after a colon agrees with what was said before; those words are somebody else's.
  // Nor "«…» Ihre Captain Nina Frei erzählte es etwas anders: Die Trainerin sei …": an account of
  // their own after the colon, quoted or reported.
  const ownWordsNext =
    /^[.!?…]?["»“”]?\s+[^.!?;]*:\s*[«„“"]/u.test(after) ||
    /^[.!?…]?["»“”]?\s+[^.!?;«»„“"]*\banders\b[^.!?;«»„“"]*:\s/u.test(after);
  if (gesture && personalVerbs.has(gesture[2] ?? '') && !ownWordsNext) {
    const subject = words((gesture[1] ?? '').replace(/\s*\(\d+\)/u, ''));
    const read = readSubject(subject);
    if (
      read?.subject.type === 'name' &&
      read.length === subject.length &&
      read.subject.name.includes(' ')
    )
      return { subject: read.subject };
  }
  // "«…» Mit diesen Worten eröffnete Präsidentin X die Versammlung.": whoever used the words.
  const withWords =
    /^[.!?…]?["»“”]?\s+Mit (?:diesen (?:Worten|Sätzen)|diesem (?:Satz|Wort))\s+(\p{Ll}+)\s+([^.!?;:]+)/u.exec(
      after,
    );
  // Not "Mit diesem Satz konfrontierte Moderatorin X den Direktor Y": words held up to somebody.
  if (
    withWords &&
    !/^(wurde|wird|ist|war|zitierte|zitiert|konfrontierte|konfrontiert)$/u.test(withWords[1] ?? '')
  ) {
    // "Mit diesen Worten reagierte der Gemeindepräsident von Hohrüti, Thomas Rüegg, auf …":
    // the name in an apposition first, else the words before the first comma.
    const apposed = readSubject(words(withWords[2] ?? ''));
    const read =
      apposed?.subject.type === 'name'
        ? apposed
        : readSubject(words((withWords[2] ?? '').replace(/,.*$/u, '')));
    if (read?.subject.type === 'name' || read?.subject.type === 'role')
      return { subject: read.subject };
  }
  // "«…» So beschreibt Anwohner Kurt Meier den Moment, als …", "So schildert es Rita Gloor.":
  // "So" and a verb of telling, then who told it.
  const told =
    /^[.!?…]?["»“”]?\s+So\s+(beschreibt|beschrieb|schildert|schilderte|erzählt|erzählte|erklärt|erklärte|formuliert|formulierte|umschreibt|umschrieb|sagt|sagte)\s+(?:es\s+|das\s+)?([^.!?;:]+)/u.exec(
      after,
    );
  if (told) {
    const ws = words(told[2] ?? '');
    const read = readSubject(ws);
    // "So beschreibt sie ihr Mann Kurt": a pronoun with a subject after it is the object; whom
    // the subject means is left open.
    if (read?.subject.type === 'pronoun' && readSubject(ws.slice(read.length))) return null;
    if (read?.subject.type === 'name' || read?.subject.type === 'pronoun')
      return { subject: read.subject };
  }
  const match = /^[.!?…]?["»“”]?\s+(?:Das|Dies)\s+(\S+)\s+(.+)$/su.exec(after);
  const verb = match?.[1] ?? '';
  if (!match || !plainSpeechVerbs.has(verb)) return null;
  const sentence = words(
    (match[2] ?? '').split(/(?<!(?:^|\s)(?:\p{Lu}|Dr|Prof|med|phil|iur|oec))[.;:!?](?:\s|$)/u)[0] ??
      '',
  );
  // "teilte X mit": the particle closes the sentence.
  if (/^teilt/u.test(verb) && sentence.pop() !== 'mit') return null;
  // "Das glaubt X nicht": a stance in the main clause (not in a relative clause after a comma:
  // "Das sagte eine Anwohnerin, die ihren Namen nicht nennen wollte").
  const comma = sentence.findIndex((w) => w.endsWith(','));
  const main = comma < 0 ? sentence : sentence.slice(0, comma + 1);
  if (main.some((w) => stanceWords.has(lower(w)))) return null;
  const read = readSubject(sentence);
  let rest = sentence.slice(read?.length ?? 0);
  // "Das bestätigte Gabriel Inäbnit, Geschäftsführer der Inäbnit AG, am Dienstag": past an
  // apposition closed by a second comma.
  if (read?.subject.type === 'name' && (sentence[read.length - 1] ?? '').endsWith(',')) {
    const close = rest.findIndex((w) => w.endsWith(','));
    if (close >= 0 && close < 8) rest = rest.slice(close + 1);
    // "Das sagt Marco Bernasconi, Präsident der Gewerkschaft.": an apposition to the end.
    else if (
      close < 0 &&
      (isRoleWord(rest[0] ?? '') || /^(der|die|ein|eine)$/u.test(rest[0] ?? ''))
    )
      rest = [];
  }
  // "Das sagt X jedem neuen Lernenden": an object or a time after the subject; not a capitalised
  // word that goes on with the subject ("Das erklärt Anna Meiers Erfolg").
  if (!read || (rest.length > 0 && !/^\p{Ll}/u.test(rest[0] ?? ''))) return null;
  return { subject: read.subject };
}

/**
 * Whether a word names a written text, a sign or an inscription: "Zettel", "Holzschild",
 * "Inschrift"; "die Nachricht ihres Sohnes", "ein Foto des Zettels": the genitive too.
 */
export const isWrittenTextWord = (w: string): boolean =>
  writtenTextNouns.has(lower(w).replace(/-/gu, '')) ||
  (/^\p{Lu}/u.test(w) && writtenTextNouns.has(lower(w).replace(/e?s$/u, ''))) ||
  inscriptionNouns.has(lower(w)) ||
  writtenTextNouns.has(lower(w.split('-').at(-1) ?? '')) ||
  endsCompound(w, signTails);

/**
 * "gab bei der Polizei zu Protokoll", "hatte zu Protokoll gegeben": a witness's statement, no
 * written text. Not "nahm die Aussage zu Protokoll" (who writes it down), nor "verwies auf das,
 * was sein Mandant zu Protokoll gegeben hatte" (who cites it).
 */
function statesOnRecord(ws: readonly string[]): boolean {
  const plain = ws.map((w) => lower(bare(w)));
  return (
    plain.some((w, j) => w === 'protokoll' && plain[j - 1] === 'zu') &&
    plain.some((w) => /^(gab|gibt|gegeben|geben)$/u.test(w)) &&
    !plain.includes('was')
  );
}

/** What the clause before a colon says about the quotation it introduces. */
export type ColonClause =
  { type: 'subject'; subject: Subject } | { type: 'continuation' } | { type: 'nobody' } | null;

/** Conjunctions that join a second main clause after a comma: ", doch Sara Imfeld winkte ab". */
const clauseConnectors = 'doch|aber|und|sondern|jedoch|während';
const clauseConnector = new RegExp(`^(${clauseConnectors})$`, 'u');
const clauseJoint = new RegExp(`,\\s+(${clauseConnectors})\\s`, 'gu');

/**
 * Where the last clause joined by a comma and a conjunction starts in a sentence as written (the
 * comma's offset), or 0: the text offset of what `secondClause` reads.
 */
export const lastClauseJoint = (sentence: string): number =>
  [...sentence.matchAll(clauseJoint)].at(-1)?.index ?? 0;

/**
 * Step: the words of a second main clause with a subject of its own, joined by a comma and a
 * conjunction ("Trainerin Petra Fuchs lobte sie, doch Sara Imfeld winkte ab" → "Sara Imfeld winkte
 * ab"); null for one clause, or a second verb that shares the first subject (", lächelt und sagt").
 */
export function secondClause(ws: readonly string[]): readonly string[] | null {
  const at = ws.findLastIndex(
    (w, j) => j > 0 && clauseConnector.test(w) && (ws[j - 1] ?? '').endsWith(','),
  );
  if (at < 0) return null;
  const rest = ws.slice(at + 1);
  const first = lower(rest[0] ?? '');
  // "Disponent X tippt mit, während er spricht.": a pronoun in a clause of "während" may be
  // somebody else than the subject; the clause is no main clause that says who speaks next.
  if (lower(ws[at] ?? '') === 'während' && personPronouns.has(first)) return null;
  const opensSubject = (w: string) =>
    /^\p{Lu}/u.test(w) ||
    definiteArticles.has(lower(w)) ||
    indefiniteArticles.has(lower(w)) ||
    possessives.has(lower(w)) ||
    personPronouns.has(lower(w));
  // ", und dann ruft ein Kind": an adverb of time first, the verb, then a subject of its own.
  const inverted =
    clauseOpeningAdverb.test(first) &&
    /^\p{Ll}+$/u.test(rest[1] ?? '') &&
    (opensSubject(rest[2] ?? '') || (rest[2] === 'das' && /^\p{Lu}/u.test(rest[3] ?? '')));
  // "…, sagt sie, sondern eine Haltung.": a noun phrase with no verb is no clause of its own.
  const hasVerb = rest
    .slice(1)
    .some(
      (w) =>
        /^\p{Ll}/u.test(w) &&
        !definiteArticles.has(lower(w)) &&
        !indefiniteArticles.has(lower(w)) &&
        !possessives.has(lower(w)),
    );
  return (opensSubject(rest[0] ?? '') || inverted) && rest.length > 1 && hasVerb ? rest : null;
}

/** Adverbs of time that open a main clause before its verb: ", und dann ruft ein Kind". */
const clauseOpeningAdverb =
  /^(dann|da|danach|darauf|jetzt|nun|plötzlich|sofort|schliesslich|schließlich|später|anschliessend|anschließend|zuletzt|endlich)$/u;

/**
 * Step: the subordinate clause a sentence opens with, up to its comma ("Als Lindqvist von
 * «Klientelpolitik» sprach, " in "Als Lindqvist … sprach, kam ein Zwischenruf:"); "" where the
 * sentence opens with its main clause.
 */
export function leadingSubordinateClause(sentence: string): string {
  const lead = /^\s*(\p{Lu}\p{Ll}+)\s[^:]*?,\s+(?=\p{Ll})/u.exec(sentence);
  return lead && subordinators.has(lower(lead[1] ?? '')) ? lead[0] : '';
}

/** A verb in the plural before its pronoun: "riefen sie", "lachen sie"; not "gegen sie". */
const pluralVerbBefore = (w: string) =>
  /^\p{Ll}+en$/u.test(w) && !/^(gegen|wegen|neben|zwischen|hinter|unter|über|oben|unten)$/u.test(w);

/** The subjunctive of reported speech that is no conditional: er sei, sie habe, es gebe. */
const reportedSubjunctive = /^(sei|seien|habe|werde|könne|müsse|dürfe|solle|wolle|gebe)$/u;

/** "fand an der Wandtafel den Satz", "stiess auf die Zeilen": a text somebody found, not wrote. */
const foundText = (ws: readonly string[]) =>
  ws.some(
    (w, j) =>
      findingVerbs.has(lower(w)) && ws.slice(j + 1).some((x) => foundTextNouns.has(lower(x))),
  );

/**
 * "Ich habe Mara gesagt", "Dann habe ich gesagt": "ich" is the subject of the last clause, first
 * or after the verb (not "Ich war skeptisch, Reto Hunger sagte aber"); with `lastClause` false,
 * of any clause of the words.
 */
export function firstPersonSubject(
  words: readonly string[],
  { lastClause = true }: { lastClause?: boolean } = {},
): boolean {
  // "Dann sage ich:": the colon after the last word is no part of it.
  const all = words.map((w) => w.replace(/:$/u, ''));
  const ws = lastClause ? all.slice(all.findLastIndex((w) => w.endsWith(',')) + 1) : all;
  // "Meine Frau sagt jeweils, wenn ich heimkomme:": "ich" in a clause that says when is no
  // subject of the saying.
  if (lastClause && subordinators.has(ws[0] ?? '')) return false;
  return (
    /^(Ich|ich)$/u.test(ws[0] ?? '') ||
    // "Und ich sage:": a conjunction first.
    (/^(Und|Aber|Doch|Da|Dann)$/u.test(ws[0] ?? '') && ws[1] === 'ich') ||
    ws.some((w, j) => w === 'ich' && j > 0 && /^\p{Ll}+$/u.test(ws[j - 1] ?? ''))
  );
}

/** A saying noun itself or a "Lieblings-" compound of it: Satz, Lieblingsspruch; not Einsatz. */
const sayingNoun = new RegExp(`^(lieblings)?(${sayingTails.join('|')})$`, 'u');

/**
 * Step: the clause that introduces a quotation with a colon. "Muster sagt im «Seewiler Boten»:"
 * → Muster; "Sie fügte an:" → a pronoun; "Und weiter:" or "Und fügte an:" → the speaker before
 * goes on; "Auf dem Plakat stand:" → nobody (a written text with no writer).
 */
export function readColonClause(clause: string): ColonClause {
  // "20.24 Uhr – Ein Anwohner meldet sich zu Wort:": a ticker's time stamp is no part of the
  // clause.
  const whole = clause
    .replace(/\s*:\s*$/u, '')
    .trim()
    .replace(/^\d{1,2}[.:]\d{2}(\s*Uhr)?\s*[–—-]\s+/u, '');
  const plainWords = writersWords(whole);
  const saysItself = findSpeechVerb(plainWords) >= 0;
  // Not "An die Adresse der SVP sagte Hofer:": a clause with a verb of saying of its own.
  const ownVerb =
    /\ban\s+die\s+Adresse\b/iu.test(whole) && findSpeechVerb(writersWords(whole)) >= 0;
  if (continuationClause.test(`${whole}:`) && !ownVerb) return { type: 'continuation' };
  // "Chorleiterin X hebt die Hand, 34 Stimmen setzen ein:": the last clause has a subject of its
  // own, many people or voices; the words are theirs, nobody's.
  if (
    /,\s+(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreissig|hundert|alle|viele)\s+\p{Lu}\p{Ll}+\s+(?:(?:setzen|stimmen)\s+(?:ein|an)|singen(?:\s+mit)?|rufen|skandieren|antworten|grölen|johlen)$/u.test(
      whole,
    )
  )
    return { type: 'nobody' };
  // "Dann sagt sie noch den Satz, den man in diesen Wochen oft hört:": a relative clause says
  // what the words are; the main clause, with its verb of saying, says who says them.
  // Only a relative clause of talk nobody owns ("den man oft hört", "den jeder kennt"), after
  // a verb that says the words (not "erzählt vom Satz, den Pfarrer X sagte").
  const described =
    /^(.*\b(?:Satz|Sätze|Worte|Spruch|Wort)(?:\s+\p{Ll}+)?)\s*,\s+(?:den|die|das|welchen|welche)\s+([^,]+)$/u.exec(
      whole,
    );
  const mainWords = writersWords(described?.[1] ?? '');
  const mainVerb = findSpeechVerb(mainWords);
  if (
    described &&
    mainVerb >= 0 &&
    /^(sagt|sagte|gesagt|wiederholt|wiederholte|schreibt|schrieb|geschrieben|ruft|rief)$/u.test(
      lower(mainWords[mainVerb] ?? ''),
    ) &&
    /(^|\s)(man|jeder|jede|alle|viele|niemand|keiner)(\s|$)/u.test(described[2] ?? '') &&
    findSpeechVerb(writersWords(described[2] ?? '')) < 0
  ) {
    const main = readColonClause(`${described[1]}:`);
    if (main?.type === 'subject') return main;
  }
  // "Sie habe ihre Kundinnen gefragt, warum … Die Antwort sei immer dieselbe gewesen:": in
  // reported speech, the answer of those asked, not the teller's words.
  if (
    /^(?:Die|Deren)\s+(?:Antwort|Antworten|Rückmeldung|Rückmeldungen|Reaktion|Reaktionen)(?:\s+der\s+\p{Lu}\p{Ll}+)?\s+(?:sei|seien|wäre|wären)\s/u.test(
      `${whole} `,
    ) &&
    // Reactions only when they were the same: "Die Reaktionen seien oft heftig, sagt X:" are
    // X's own words on them.
    (!/^(?:Die|Deren)\s+Reaktion/u.test(whole) ||
      /(?<!\p{L})(dieselbe|dieselben|gleiche|gleichen|gleich)(?!\p{L})/u.test(whole)) &&
    // Not "Die Antwort sei einfach, erklärt Anna Huber:", who names herself; but "Die Antwort sei
    // immer dieselbe gewesen, sagt X:", "jeweils klar", "oft erschreckend" is still of those
    // asked, each time they were.
    (!saysItself ||
      (!/(?<!\p{L})nicht\s+(immer|stets|jeweils|oft|häufig)(?!\p{L})/u.test(whole) &&
        /(?<!\p{L})(dieselbe|dieselben|gleiche|gleichen|gleich|gleichlautend|ähnlich|immer|stets|jeweils|meist|meistens|oft|häufig)(?!\p{L})/u.test(
          whole,
        )))
  )
    return { type: 'nobody' };
  // "Vor allem Brügger hat es ihr angetan:", "Besonders beeindruckt hat ihn der Chor:": who
  // impressed the person the pronoun means is not who speaks of it. Not "…, erzählt der Pensionär
  // Walter Imhof:" (a verb of saying of its own), nor "Vor allem begeistert hat sie mit ihrer
  // Single:" ("sie" before a preposition is the subject).
  if (
    (/(?<!\p{L})es\s+(?:ihr|ihm)\s+angetan(?!\p{L})/u.test(whole) ||
      /(?<!\p{L})(?:beeindruckt|begeistert|überzeugt)\s+(?:hat|haben)\s+(?:sie|ihn)\s+(?:vor\s+allem\s+)?der\s/u.test(
        whole,
      )) &&
    !saysItself
  )
    return { type: 'nobody' };
  // "Ein Zuschauer im Stadion wurde von Ordnern angewiesen:": somebody unnamed in a passive, or
  // before another subject, is whom the words were said to.
  if (
    indefiniteArticles.has(lower(plainWords[0] ?? '')) &&
    ((plainWords.some((w) => /^(wird|wurde|wurden|werden)$/u.test(w)) &&
      plainWords.some((w) => /^\p{Ll}*ge\p{Ll}+(t|en)$/u.test(w))) ||
      // "Eine Verkäuferin im Laden hat der Räuber angeschrien:": the subject after the auxiliary.
      plainWords.some(
        (w, j) =>
          /^(hat|hatte)$/u.test(w) &&
          plainWords[j + 1] === 'der' &&
          /^\p{Lu}/u.test(plainWords[j + 2] ?? ''),
      )) &&
    !saysItself
  )
    return null;
  // "Jasmin Gubelmann wird von ihren Anhängern mit Sprechchören empfangen:": in a passive with
  // its agent, the words are the agent's, not those of whom the sentence is about.
  if (
    plainWords.some((w) => /^(wird|wurde|wurden|werden)$/u.test(w)) &&
    plainWords.some((w, j) => /^(von|vom)$/u.test(w) && j > 0) &&
    // Not "wird sich von den Fans verabschieden:", the future.
    !plainWords.includes('sich') &&
    /^(\p{Ll}*ge\p{Ll}+(t|en)|(be|emp|ent|er|ver|zer)\p{Ll}+(t|en)|\p{Ll}+iert)$/u.test(
      plainWords.at(-1) ?? '',
    ) &&
    !saysItself
  )
    return { type: 'nobody' };
  // "Mein Vater hatte einen Spruch, den er bei jeder Gelegenheit anbrachte:", "Seine Mutter hatte
  // immer einen Satz bereit:": a saying somebody has is theirs.
  // Not "Lea Brunner hat einen Satz, den er ihr immer sagte:" (his), nor "hatte ein Zitat, das er
  // aus dem Urteil vorlas:" (somebody else's words, found or read out).
  const keeps =
    /^(\p{Lu}.*?)\s+(?:hatte|hat|kannte)\s+(?:immer\s+|stets\s+|jeweils\s+)?(?:einen|ein|eine)\s+(\p{L}+)(?:\s+(?:bereit|parat|auf\s+Lager))?(?:,\s+(?:den|das|die)\s+(er|sie|ich|wir)\s+([^,]+))?$/u.exec(
      whole,
    );
  const keeper =
    keeps &&
    /^(\p{L}*(?<!wider|an|zu|ein|frei)spruch|\p{L}*(motto|devise|credo|weisheit|grundsatz|leitsatz)|satz|lieblingssatz|rat|ratschlag)$/u.test(
      lower(keeps[2] ?? ''),
    ) &&
    // Not a saying found, read, heard or received ("das er aus dem Urteil vorlas", "den sie
    // von ihrer Mutter gehört hat"): only one the holder says, repeats or passes on.
    (keeps[4] === undefined ||
      // "Meine Grossmutter hatte einen Satz, den ich wörtlich übernommen habe:": one the teller
      // took over from the holder.
      (/^(ich|wir)$/u.test(keeps[3] ?? '') &&
        /(?:^|\s)(?:übernommen|übernahm|geerbt|erbte|behalten|behielt)(?:\s|$)/u.test(keeps[4])) ||
      (/^(er|sie)$/u.test(keeps[3] ?? '') &&
        /(?:^|\s)(?:anbrachte|anbringt|sagte|sagt|wiederholte|wiederholt|predigte|predigt|zitierte|zitiert|gebrauchte|gebraucht|benutzte|benutzt|pflegte|pflegt|mitgab|mitgibt|einbläute|einbläut)(?:\s|$)/u.test(
          keeps[4],
        ) &&
        !/(?:^|\s)(?:von|vom)\s/u.test(keeps[4])))
      ? wholeSubject(words(keeps[1] ?? ''))
      : null;
  // "Meine Lehrmeisterin hat mir einen Satz mitgegeben, den ich nie vergessen habe:": a saying
  // somebody gave the teller is the sayingGiver's.
  const gave =
    /^(\p{Lu}.*?)\s+(?:hat|hatte)\s+(?:mir|uns)\s+(?:einst\s+|damals\s+|früh\s+|einmal\s+)?(?:einen|ein|eine)\s+(\p{L}+)\s+mit(?:gegeben|\s+auf\s+den\s+Weg\s+gegeben)(?:,\s+(?:den|das|die)\s+(?:ich|wir)\s+[^,]+)?$/u.exec(
      whole,
    );
  // "Meine Lehrmeisterin in Wädenswil": the subject up to where it is.
  const giverWords = words(gave?.[1] ?? '');
  const where = giverWords.findIndex((w, k) => k > 0 && /^(in|im|aus|bei|am)$/u.test(w));
  const giverHead = where > 0 ? giverWords.slice(0, where) : giverWords;
  const giverRead =
    gave &&
    /^(\p{L}*spruch|\p{L}*(motto|weisheit|grundsatz|leitsatz)|satz|rat|ratschlag)$/u.test(
      lower(gave[2] ?? ''),
    )
      ? readSubject(giverHead)
      : null;
  const sayingGiver = giverRead && giverRead.length === giverHead.length ? giverRead.subject : null;
  if (
    sayingGiver &&
    (sayingGiver.type === 'name' || sayingGiver.type === 'role' || sayingGiver.type === 'reference')
  )
    return { type: 'subject', subject: sayingGiver };
  const keeperGender =
    keeper?.type === 'role' ? genderOfRole(keeper.role) : genderOfSubject(keeper);
  if (
    keeper &&
    (keeper.type === 'name' || keeper.type === 'reference' || keeper.type === 'role') &&
    (keeps?.[3] === undefined ||
      /^(ich|wir)$/u.test(keeps[3]) ||
      keeperGender === (keeps[3] === 'er' ? 'm' : 'f'))
  )
    return { type: 'subject', subject: keeper };
  // "Sie hat einen Zettel aufgehängt, auf dem sie schreibt:": a relative clause on the text whose
  // subject writes it says who wrote the words.
  const writtenOn =
    /,\s+(?:auf|in)\s+(?:dem|der|denen)\s+(\S+(?:\s+\S+){0,3}\s+(?:schreibt|schrieb))$/u.exec(
      whole,
    );
  // "auf der ihm Anna Roth schrieb": whom it was written to may stand first.
  const onText = words(writtenOn?.[1] ?? '');
  const to = /^(ihm|ihr|ihnen|uns|mir|dir)$/u.test(onText[0] ?? '') ? 1 : 0;
  const writer = writtenOn ? readSubject(onText.slice(to)) : null;
  // Not "las aus dem Tagebuch seines Vaters vor, in dem er schrieb:": a text somebody owns, by a
  // genitive or "von" before the comma, may be theirs whom a pronoun means.
  const owned = words(whole.slice(0, writtenOn?.index ?? 0))
    .slice(-4)
    .some((w) =>
      /^(des|der|eines|einer|seines|seiner|ihres|ihrer|meines|meiner|von|vom)$/u.test(w),
    );
  if (
    writer &&
    (writer.subject.type === 'name' || (writer.subject.type === 'pronoun' && !owned)) &&
    onText.slice(to + writer.length, -1).every((w) => /^\p{Ll}+$/u.test(w))
  )
    return { type: 'subject', subject: writer.subject };
  // "Was er gesagt habe, wollte er nicht verraten, nur so viel:": who would not say more says
  // this much, the clause before.
  const thisMuch = /^(.*\S),\s+(nur|immerhin|aber)\s+so\s+viel$/u.exec(whole);
  if (thisMuch) return readColonClause(`${thisMuch[1]}:`);
  // "…, wie es Walpen formulierte:": the "es" of a clause of manner is what was said; who said
  // it follows.
  const manner = /(?:^|,\s+)[Ww]ie\s+es\s+(\S.*)$/u.exec(whole);
  // Only with a verb of saying closing it: not "wie es Urs Meier befürchtet hatte:".
  if (manner && speechVerbs.has(lower(words(manner[1] ?? '').at(-1) ?? ''))) {
    const read = readColonClause(`Wie ${manner[1]}:`);
    if (read?.type === 'subject') return read;
  }
  // "…, was die Autorin mit Humor nimmt:", "…, was Gmür so kommentiert:": a clause "was" opens
  // about what the sentence told, whose subject takes it up; who speaks.
  // Not "…, was die Gegnerin ärgerte:": what the sentence told is the subject of a verb of
  // feeling, and the person its object.
  const takenUp = /,\s+was\s+([^,]+)$/u.exec(whole);
  // Only a clause whose verb says or takes a stance ("kommentiert", "begründet", "mit Humor
  // nimmt", "anders sieht"): not "…, was Anna Keller heute noch im Ohr hat:", "…, was ein
  // Nachbar filmte:", where the person heard or kept somebody else's words.
  const closingVerb = lower(words(takenUp?.[1] ?? '').at(-1) ?? '');
  const takesUp =
    !feelingVerbs.has(closingVerb) &&
    // "…, was die Polizistin notierte:": who writes it down did not say it.
    !isWritingVerb(closingVerb) &&
    !/^notiert/u.test(closingVerb) &&
    (speechOrOpinionVerbs.has(closingVerb) || /^(nimmt|nahm|sieht|sah)$/u.test(closingVerb));
  const taker = takenUp && takesUp ? readSubject(words(takenUp[1] ?? ''))?.subject : undefined;
  if (
    taker &&
    (taker.type === 'name' ||
      taker.type === 'reference' ||
      taker.type === 'role' ||
      taker.type === 'pronoun')
  )
    return { type: 'subject', subject: taker };
  // "Pfarrerin X erinnert sich an die Übergabe: Flury habe … gesagt:": a colon inside the
  // clause ends its first part; the part next to the quote, with a verb of its own, says who speaks.
  const parts = writersWords(whole);
  const innerColon = parts.findLastIndex((w, j) => j < parts.length - 1 && w.endsWith(':'));
  if (innerColon > 0 && findSpeechVerb(parts.slice(innerColon + 1)) >= 0)
    return readColonClause(`${parts.slice(innerColon + 1).join(' ')}:`);
  // "Seine Frau Heike, erzählt er, habe ihm ein Ultimatum gestellt:": a teller set off by commas
  // inside the clause is not its subject; the clause without it says who speaks.
  const inserted = parts.findIndex(
    (w, j) =>
      j > 0 &&
      (parts[j - 1] ?? '').endsWith(',') &&
      speechVerbs.has(lower(w)) &&
      /^\p{Ll}/u.test(w) &&
      parts.slice(j + 1, j + 4).some((x) => x.endsWith(',')) &&
      // Not "«…», sagte X, und Y antwortete:": a subject before it, in the writer's words.
      parts.slice(0, j).some((x) => /^\p{Lu}\p{Ll}/u.test(x)) &&
      // Not "Als ich nach Seewil zog, sagte mir meine Nachbarin, Frau X, …:": a leading
      // subordinate clause closed by its verb; the verb after it opens the main clause.
      !(subordinators.has(lower(parts[0] ?? '')) && /^\p{Ll}+,$/u.test(parts[j - 1] ?? '')),
  );
  const close = parts.findIndex((x, j) => j > inserted && x.endsWith(','));
  if (inserted > 0 && !/^(und|oder|aber|doch|denn)$/u.test(parts[close + 1] ?? '')) {
    const rest = [
      ...parts.slice(0, inserted - 1),
      (parts[inserted - 1] ?? '').replace(/,$/u, ''),
      ...parts.slice(close + 1),
    ];
    return readColonClause(`${rest.join(' ')}:`);
  }
  // "Ihr Begleiter nickte und ergänzte trocken:": a gesture, then the verb of saying; the
  // subject of both speaks.
  const gesture = parts.findIndex(
    (w, j) =>
      j > 0 &&
      personalVerbs.has(lower(w)) &&
      parts[j + 1] === 'und' &&
      speechVerbs.has(lower(parts[j + 2] ?? '')),
  );
  if (gesture > 0)
    return readColonClause(
      `${[...parts.slice(0, gesture), ...parts.slice(gesture + 2)].join(' ')}:`,
    );
  // "Die gab es nicht – aber Harrer versprach:": a dash between two clauses; the one next to the
  // quote, with a verb of saying of its own, says who speaks.
  const dash = parts.findLastIndex((w) => /^[–—]$/u.test(w));
  const afterDash = parts.slice(
    /^(aber|doch|und|sondern)$/u.test(parts[dash + 1] ?? '') ? dash + 2 : dash + 1,
  );
  if (dash > 0 && findSpeechVerb(afterDash) >= 0) return readColonClause(`${afterDash.join(' ')}:`);
  // "Ein Beifahrer hatte gefilmt, im Hintergrund ist Luca B. zu hören:": a main clause of its
  // own after the comma, whose "zu hören" lets the person it names speak.
  const lastComma = parts.findLastIndex((w) => w.endsWith(','));
  const heard = parts.slice(lastComma + 1);
  if (
    lastComma > 0 &&
    lower(heard.at(-2) ?? '') === 'zu' &&
    /^(hören|vernehmen)$/u.test(lower(heard.at(-1) ?? '')) &&
    heard.slice(1, 4).some((w) => /^(ist|war|sind|waren)$/u.test(w))
  ) {
    const [opening = '', ...rest] = heard;
    return readColonClause(
      `${opening.charAt(0).toUpperCase()}${opening.slice(1)} ${rest.join(' ')}:`,
    );
  }
  // "Ich habe Mara gesagt:": the name is whom "ich" speaks to; who "ich" is, the text around says.
  if (firstPersonSubject(writersWords(whole))) return null;
  // "Zuoberst hat er notiert:", "Den Satz hat er unterstrichen:": "er" right after the
  // auxiliary is the subject, whatever word stands first ("er" is never an object).
  const opened = writersWords(whole);
  if (
    /^\p{Lu}/u.test(opened[0] ?? '') &&
    /^(hat|hatte|habe|hätte)$/u.test(opened[1] ?? '') &&
    /^er,?$/u.test(opened[2] ?? '')
  )
    return { type: 'subject', subject: { type: 'pronoun', gender: 'm' } };
  // "Diesmal hat sie nur gesagt:": "sie" after a singular auxiliary, with no other subject
  // after it ("Dann hat sie der Trainer gelobt:" has one), is the subject too.
  if (
    /^\p{Lu}/u.test(opened[0] ?? '') &&
    /^(hat|hatte)$/u.test(opened[1] ?? '') &&
    opened[2] === 'sie' &&
    opened.length <= 6 &&
    opened.slice(3).every((w) => /^\p{Ll}+$/u.test(w)) &&
    findSpeechVerb(opened.slice(3)) >= 0
  )
    return { type: 'subject', subject: { type: 'pronoun', gender: 'f' } };
  // "Als X seinem Doktorvater Y die Resultate zeigte, habe dieser nur gesagt:": a demonstrative
  // subject means the person named last but one, whom the words do not say surely.
  const plain = writersWords(whole);
  if (
    plain.some(
      (w, j) =>
        /^(dieser|diese|jener|jene)$/iu.test(w) &&
        (speechVerbs.has(lower(plain[j + 1] ?? '')) ||
          /^(habe|hat|hatte|hätte)$/u.test(lower(plain[j - 1] ?? '')) ||
          speechVerbs.has(lower(plain[j - 1] ?? ''))),
    )
  )
    return { type: 'nobody' };
  // "Der hat Heinz-Willi schon per Mail gratuliert:": "Der" or "Die" right before a verb is a
  // demonstrative subject, whom the text named last of its gender; a name after the verb is
  // whom it is said to.
  if (
    /^(Der|Die)$/u.test(plain[0] ?? '') &&
    (/^(hat|hatte|habe|ist|war)$/u.test(plain[1] ?? '') || speechVerbs.has(lower(plain[1] ?? '')))
  )
    return {
      type: 'subject',
      subject: { type: 'pronoun', gender: plain[0] === 'Der' ? 'm' : 'f' },
    };
  // "…, rief jemand aus der letzten Reihe:": somebody the text does not name speaks.
  const saying = findSpeechVerb(plain);
  const somebody = plain.findIndex((w) => /^(jemand|niemand|irgendwer|irgendjemand)$/u.test(w));
  if (
    saying >= 0 &&
    somebody > saying &&
    // Not "Er betonte, niemand werde enteignet:": "niemand" in what is said, after a comma.
    !plain.slice(saying, somebody).some((w) => w.endsWith(',')) &&
    !plain.some((w) => /^\p{Lu}/u.test(w) && isGivenName(bare(w))) &&
    !/^(eine|einer)$/u.test(plain[saying + 1] ?? '')
  )
    return { type: 'nobody' };
  // "Und sie hat noch einen Plan:", "Und ein dritter Nachbar meint nur:": a conjunction
  // before the pronoun or the article that opens the clause.
  if (
    /^(Und|Aber|Doch)$/u.test(plain[0] ?? '') &&
    (/^(er|sie)$/u.test(plain[1] ?? '') || indefiniteArticles.has(plain[1] ?? '')) &&
    plain.length > 2
  )
    return readColonClause(`${plain.slice(1).join(' ')}:`);
  // "Als die Drehleiter eingefahren wurde, riefen sie im Chor:": a subordinate clause the
  // sentence opens with says when or why; the main clause after its comma says who speaks.
  const opener = plain[0] ?? '';
  const first = plain.findIndex((w, j) => j > 1 && w.endsWith(',') && /^\p{Ll}/u.test(w));
  // "Als sie ihm sagte, sie wolle Bergführerin werden, habe er geantwortet:": what the leading
  // clause reports, a pronoun and the subjunctive, is part of it; the main clause opens with its
  // verb after the next comma.
  const reported =
    personPronouns.has(plain[first + 1] ?? '') && reportedSubjunctive.test(plain[first + 2] ?? '')
      ? plain.findIndex((w, j) => j > first + 2 && w.endsWith(','))
      : -1;
  const closing =
    reported > 0 &&
    (speechVerbs.has(lower(plain[reported + 1] ?? '')) ||
      /^(habe|hat|hatte|hätte)$/u.test(plain[reported + 1] ?? ''))
      ? reported
      : first;
  if (
    /^\p{Lu}/u.test(opener) &&
    subordinators.has(lower(opener)) &&
    closing > 0 &&
    closing < plain.length - 1
  ) {
    // "…, habe er nur geantwortet:": the auxiliary first, then the pronoun as its subject.
    const auxiliaryPronoun =
      /^(habe|hat|hatte|hätte)$/u.test(plain[closing + 1] ?? '') &&
      /^(er|sie)$/u.test(plain[closing + 2] ?? '')
        ? plain[closing + 2]
        : undefined;
    const main: ColonClause = auxiliaryPronoun
      ? {
          type: 'subject',
          subject: { type: 'pronoun', gender: auxiliaryPronoun === 'er' ? 'm' : 'f' },
        }
      : readColonClause(`${plain.slice(closing + 1).join(' ')}:`);
    // "Als die Richterin ihr die Unterschrift zeigte, schüttelte sie den Kopf:": with somebody
    // of the gender as the clause's object, whom the pronoun means the words do not say.
    // Not "Als ich ihn stellte, sagte er:": with "ich" the subject, "ihn" is whom "er" means.
    // Nor "Als sie ihm sagte, …, habe er geantwortet:": a pronoun of the other gender as the
    // subject of the leading clause leaves "ihm" whom "er" means.
    const leadSubject = lower(plain[1] ?? '');
    // "Als ihm die Richterin das Wort erteilte, sagte er leise:": a subject of the other gender
    // right after the pronoun leaves "ihm" whom "er" means, as a pronoun subject does.
    const otherGenderSubject =
      main?.type === 'subject' &&
      main.subject.type === 'pronoun' &&
      /^(ihm|ihr)$/u.test(leadSubject) &&
      /^(der|die)$/u.test(lower(plain[2] ?? '')) &&
      genderOfRoleWithArticle(plain[2] ?? '', bare(plain[3] ?? '')) ===
        (main.subject.gender === 'm' ? 'f' : 'm');
    const objectOfGender =
      !otherGenderSubject &&
      !/^(ich|wir|du|man)$/u.test(leadSubject) &&
      main?.type === 'subject' &&
      !(
        main.subject.type === 'pronoun' &&
        ((leadSubject === 'sie' && main.subject.gender === 'm') ||
          (leadSubject === 'er' && main.subject.gender === 'f'))
      ) &&
      main.subject.type === 'pronoun' &&
      plain.slice(1, closing + 1).some((w, j, clause) =>
        main.subject.type === 'pronoun' && main.subject.gender === 'm'
          ? /^(ihm|ihn)$/u.test(bare(w))
          : // "ihr" before a noun is whose ("ihr Urteil"), not to whom.
            bare(w) === 'ihr' && !/^\p{Lu}/u.test(clause[j + 1] ?? ''),
      );
    if (objectOfGender) return { type: 'nobody' };
    // "Als ich dem Besitzer vom Buch erzählte, meinte er bloss:": with "ich" or "wir" the
    // subject of the leading clause, the one person of the gender it speaks to is whom the
    // pronoun means, by the role it gives them.
    if (/^(ich|wir)$/u.test(leadSubject) && main?.type === 'subject') {
      const pronoun = main.subject;
      const addressed =
        pronoun.type === 'pronoun'
          ? plain
              .slice(2, closing + 1)
              .flatMap((w, j, clause) =>
                /^(dem|den|der)$/u.test(w) &&
                isRoleWord(bare(clause[j + 1] ?? '')) &&
                genderOfRoleWithArticle(w, bare(clause[j + 1] ?? '')) === pronoun.gender
                  ? [bare(clause[j + 1] ?? '')]
                  : [],
              )
          : [];
      const [noun] = addressed;
      if (noun && addressed.length === 1 && pronoun.type === 'pronoun')
        return { type: 'subject', subject: { type: 'role', role: noun } };
    }
    return main;
  }
  // "Nach seinem Geheimnis gefragt, blieb er einsilbig:", "Darauf angesprochen, sagt sie:": a
  // participle phrase put first; the main clause after its comma says who speaks.
  const asked = plain.findIndex((w) => w.endsWith(','));
  if (
    asked > 0 &&
    asked < plain.length - 1 &&
    /^(gefragt|befragt|angesprochen|konfrontiert)$/u.test(lower(plain[asked] ?? ''))
  )
    return readColonClause(`${plain.slice(asked + 1).join(' ')}:`);
  // "Trainerin Petra Fuchs lobte sie, doch Sara Imfeld winkte ab:": the clause next to the
  // colon says who speaks, or nobody; never the subject of the clause before it.
  // "Sonja Riedl erinnert sich an eine Kundin, die sie angeschrien habe:", "…, bei der es
  // geheissen habe:": the clause next to the colon is about somebody or something else than the
  // subject of the sentence, who only recalls it.
  // "…, den ihm einst sein Lehrmeister, der Landarzt Emil Fankhauser, gesagt habe:": whom the
  // words go back to speaks, not who passes them on.
  const firstSpeaker = firstSpeakerOfSaying(wordsOutsideQuotes(whole));
  if (firstSpeaker !== undefined)
    return firstSpeaker ? { type: 'subject', subject: firstSpeaker } : { type: 'nobody' };
  const speaking = speakingRelativeClause(wordsOutsideQuotes(whole));
  if (speaking) return { type: 'subject', subject: speaking };
  const relative = trailingRelativeClause(wordsOutsideQuotes(whole));
  if (
    relative &&
    !relative.aboutNamedPerson &&
    !relative.aboutSubject &&
    hasOwnSpeaker(relative.clause)
  )
    return { type: 'nobody' };
  // "Toni Kälin rief «Skandal!», worauf Ratspräsidentin Vreni Zahner ihn ermahnte:": the clause
  // after "worauf" has its own subject, who speaks, or nobody.
  const all0 = writersWords(whole);
  const worauf = all0.findLastIndex(
    (w, j) => /^(worauf|woraufhin)$/u.test(w) && (all0[j - 1] ?? '').endsWith(','),
  );
  if (worauf > 0) {
    const then = readSubject(all0.slice(worauf + 1))?.subject;
    return then && (then.type === 'name' || then.type === 'role')
      ? { type: 'subject', subject: then }
      : { type: 'nobody' };
  }
  const second = secondClause(writersWords(whole));
  if (second) {
    const read = readColonClause(`${second.join(' ')}:`);
    return read?.type === 'subject' || read?.type === 'continuation' ? read : { type: 'nobody' };
  }
  // "Im Leitbild steht ein Satz ihres Grossvaters Hans Sutter:": a saying of whom the clause
  // ends with by name, after "des", "von" or a possessive and their role. Only the noun itself
  // or a "Lieblings-" compound ("Einsatz", "Gemeinderat" end alike), and only in a clause with
  // no verb of saying of its own ("Chefarzt X erklärt den Einsatz des Kollegen Y:").
  const said = writersWords(whole);
  const sayingAt = said.findIndex(
    (w, j) =>
      j > 0 &&
      /^\p{Lu}/u.test(w) &&
      sayingNoun.test(lower(w)) &&
      /^(des|der|seines|seiner|ihres|ihrer|von|vom)$/u.test(said[j + 1] ?? ''),
  );
  if (sayingAt > 0 && findSpeechVerb(said) < 0) {
    const rest = said.slice(sayingAt + 2);
    const named = isRoleWord(rest[0] ?? '') || isKinshipWord(rest[0] ?? '') ? rest.slice(1) : rest;
    const read = readSubject(named);
    if (
      read?.subject.type === 'name' &&
      read.length === named.length &&
      read.subject.name.includes(' ')
    )
      return { type: 'subject', subject: read.subject };
  }
  // "Er erinnert sich an einen Satz seines Vaters, schreibt er:", "Sie erinnert sich an die Worte
  // ihres Vorgängers, erzählt X:", "Ihre Mutter habe immer gesagt, erzählt X:": somebody else's
  // words, whoever tells them.
  if (othersWords(said)) return { type: 'nobody' };
  // "«…», sagte Gmür, und Anna Meier antwortete:", "Gmür sagt, Meier habe ihm gesagt:": with
  // several verbs of saying, the clause of the last one introduces the quotation.
  // "Herr Gmür, Anna Meier sagt:": whom an interview question addresses is not who speaks.
  const all = withoutAddress(writersWords(whole));
  const lastVerb = all.findLastIndex(
    (w, j) =>
      speechVerbs.has(lower(w)) &&
      /^\p{Ll}/u.test(w) &&
      lower(w) !== 'so' &&
      !adjectivalParticiple(all, j),
  );
  const firstVerb = findSpeechVerb(all);
  const comma = all.slice(0, lastVerb).findLastIndex((w) => w.endsWith(','));
  // "Kurt Brunner sagt, der Arzt habe ihm erklärt:", "Gmür erinnert sich, wie seine Mutter
  // sagte:": the clause after the comma has a subject of its own before its verb of saying (not
  // "Gmür schüttelt den Kopf, lächelt und sagt:").
  // Not "Ilse Meier, die Mutter, schaut aus dem Fenster und sagt:": a verb right after the comma
  // goes on with the subject before it.
  // Not "…, darunter hat sie geschrieben:", "…, danach sagte Beat Gmür:": an adverb, then the verb
  // and a subject of its own.
  const verbAfterComma =
    /^\p{Ll}/u.test(all[comma + 1] ?? '') &&
    !skippableWords.has(lower(all[comma + 1] ?? '')) &&
    !/^dar?\p{Ll}{3,}$/u.test(lower(all[comma + 1] ?? '')) &&
    ![subordinators, definiteArticles, indefiniteArticles, possessives, personPronouns].some((l) =>
      l.has(lower(all[comma + 1] ?? '')),
    ) &&
    lastVerb > comma + 1;
  const ownSubject =
    comma >= 0 &&
    lastVerb > comma &&
    !verbAfterComma &&
    all.slice(comma + 1, lastVerb).some((w) => {
      const l = lower(w);
      return (
        /^\p{Lu}/u.test(w) ||
        definiteArticles.has(l) ||
        indefiniteArticles.has(l) ||
        possessives.has(l) ||
        personPronouns.has(l)
      );
    });
  // With no comma before it (comma -1), no clause of its own: the whole words, read once.
  const ws0 =
    (lastVerb > firstVerb && comma >= 0 && comma >= firstVerb) || ownSubject
      ? all.slice(comma + 1)
      : all;
  // "…, wie Gemeindepräsidentin Vreni Lüthi bestätigte:" reads as "Vreni Lüthi bestätigte:".
  const connector = /^(und|doch|aber|sondern|worauf|woraufhin|während|wie)$/u.test(ws0[0] ?? '');
  if (ws0 !== all) {
    const last = readColonClause(`${(connector ? ws0.slice(1) : ws0).join(' ')}:`);
    // "Urs Kägi bestätigte die Anfragen, betonte aber:": the same subject goes on.
    if (last?.type === 'subject' || last?.type === 'nobody') return last;
    // Whoever says it there, it is not the subject of the whole sentence, who only reports it.
    if (ownSubject) return { type: 'nobody' };
  }
  const ws = all;
  const text = all.join(' ');
  // "Mällmann wird im «Spiegel» mit den Worten zitiert:": who is quoted, the passive's subject.
  if (ws.some((w) => /^(wird|wurde)$/u.test(w)) && /\bmit den Worten zitiert$/u.test(text)) {
    const quoted = openingSubject(text);
    if (quoted && quoted.type !== 'nobody') return { type: 'subject', subject: quoted };
  }
  // "X zeigt auf einen Eintrag, geschrieben von einem gewissen Rolf Imhasly:": who wrote the
  // text, whoever shows it; nobody where the words give no name.
  const writtenBy = ws.findIndex(
    (w, j) => authorParticiples.has(lower(w)) && /^(von|vom)$/u.test(ws[j + 1] ?? ''),
  );
  if (writtenBy >= 0) {
    let k = writtenBy + 2;
    while (k < writtenBy + 5 && /^\p{Ll}/u.test(ws[k] ?? '')) k++;
    const author = readName(ws.slice(k, k + 5));
    return author && (looksLikePersonName(author) || hasNameMarks(author))
      ? { type: 'subject', subject: { type: 'name', name: author } }
      : { type: 'nobody' };
  }
  // "Beat Gmür wurde von Anna Meier kritisiert:": in the passive, the agent after "von".
  if (inPassive(ws)) {
    const von = ws.findIndex((w) => /^(von|vom)$/u.test(w));
    const agent = von >= 0 ? readSubject(ws.slice(von + 1))?.subject : null;
    return agent && agent.type === 'name'
      ? { type: 'subject', subject: agent }
      : { type: 'nobody' };
  }
  // "Anna Meier erhielt eine SMS:", "Gmür trug ein T-Shirt mit dem Spruch:": who receives,
  // reads or wears a text did not write it.
  // Not "Tschanz hört es und nickt:": a second verb after "und" is what the subject does next.
  const received = ws.findIndex((w) => receivingVerbs.has(lower(w)));
  const thenActs =
    received >= 0 &&
    ws.slice(received + 1, -1).includes('und') &&
    /^\p{Ll}+t$/u.test(ws.at(-1) ?? '') &&
    !receivingVerbs.has(lower(ws.at(-1) ?? ''));
  // "Unterstützung erhielt sie von Grossrat Thomas Rüegsegger:": who gives the support or the
  // criticism received, named last, speaks.
  const giver = ws.findIndex((w, j) => j > received && /^(von|vom)$/u.test(w));
  const given =
    received >= 0 && giver > 0 && ws.slice(0, received).some(isStatementNoun)
      ? readSubject(ws.slice(giver + 1))
      : null;
  if (
    given &&
    given.length === ws.length - giver - 1 &&
    (given.subject.type === 'name' || given.subject.type === 'role')
  )
    return { type: 'subject', subject: given.subject };
  if (received >= 0 && !thenActs) return { type: 'nobody' };
  // "Urenkel Noah zeigt eine davon:", "zeigt die Nachricht:": who shows a text did not write
  // it ("zeigte Verständnis:" gives a view).
  if (
    ws.some(
      (w, j) =>
        /^(zeigt|zeigte)$/u.test(lower(w)) &&
        ws
          .slice(j + 1, j + 4)
          .some(
            (x) =>
              lower(x) === 'davon' || writtenTextNouns.has(lower(x)) || messageNouns.has(lower(x)),
          ),
    ) &&
    findSpeechVerb(ws) < 0
  )
    return { type: 'nobody' };
  // "Anna Brunner fand an der Wandtafel den Satz:": who finds a text did not write it.
  if (foundText(ws)) return { type: 'nobody' };

  // "Über die Inschrift am Brunnen sagt X:": an inscription or a dedication is what people
  // speak about; only signs, letters and notes make the clause a text shown.
  // "Sigrist Walker zeigt auf die Inschrift:", "verlas die Inschrift:": shown or read out, it is.
  const inscriptionShown = () =>
    findSpeechVerb(ws) < 0 &&
    ws.some((x) =>
      /^(zeigt|zeigte|liest|las|verlas|verliest|steht|stand|prangt|prangte)$/u.test(lower(bare(x))),
    );
  const written = (w: string) =>
    isWrittenTextWord(w) && (!/^(inschrift|widmung)$/u.test(lower(bare(w))) || inscriptionShown());
  // "In ihrem Brief schrieb Direktor X:", "Gmür sagt in seinem Bericht:": a text named after a
  // preposition is where the subject of the verb of saying wrote or said it.
  // Not "fand im Briefkasten einen Zettel:": the preposition goes with the text's own noun.
  const whereSaid = (j: number) =>
    ws
      .slice(Math.max(0, j - 3), j)
      .some(
        (x, k, near) =>
          /^(in|im|auf|mit|an)$/iu.test(x) && near.slice(k + 1).every((y) => /^\p{Ll}/u.test(y)),
      );
  // "zeigt die letzte Nachricht ihres Sohnes:", "verlas die Nachricht, die der Angeklagte
  // geschickt hatte:": a message whose writer the words name after it.
  // "verlas die Antwort des Gemeinderats:", "verlas eine Erklärung seines Mandanten:": read out.
  const readOut = ws.some(
    (w, j) =>
      /^(verlas|verliest|vorgelesen|zitierte|zitiert)$/u.test(lower(w)) &&
      ws.slice(j + 1).some(
        (x, k, rest) =>
          /^\p{Lu}/u.test(x) &&
          (/^(des|der|eines|einer|seines|seiner|ihres|ihrer)$/u.test(rest[k + 1] ?? '') ||
            // "verlas eine kurze Erklärung von ihr:": whose it is after "von".
            (/^(von|vom)$/u.test(rest[k + 1] ?? '') && isStatementNoun(x))),
      ),
  );
  if (readOut) return { type: 'nobody' };
  const othersMessage = ws.some(
    (w, j) =>
      messageNouns.has(lower(w)) &&
      (/^(des|der|eines|einer|seines|seiner|ihres|ihrer)$/u.test(ws[j + 1] ?? '') ||
        (w.endsWith(',') && /^(die|den|das|der)$/u.test(ws[j + 1] ?? ''))),
  );
  // "Zbinden zeigte sich nach dem Urteil erleichtert:": a text after a preposition of time or
  // cause says when or why the subject speaks, not what it reads.
  const whenSaid = (j: number) =>
    ws
      .slice(Math.max(0, j - 3), j)
      .some(
        (x, k, near) =>
          /^(nach|vor|seit|trotz|wegen)$/iu.test(x) &&
          near.slice(k + 1).every((y) => /^\p{Ll}/u.test(y)),
      );
  const statedOnRecord = (w: string, j: number) =>
    lower(ws[j - 1] ?? '') === 'zu' && /^protokoll$/u.test(lower(bare(w))) && statesOnRecord(ws);
  const writtenText = (w: string, j: number) => written(w) && !whenSaid(j) && !statedOnRecord(w, j);
  if (
    othersMessage ||
    ws.some((w, j) => writtenText(w, j) && !whereSaid(j)) ||
    (ws.some(writtenText) && findSpeechVerb(ws) < 0)
  )
    return { type: 'nobody' };
  const holder = viewHolder(text);
  if (holder) return { type: 'subject', subject: holder };
  // "Darauf, verriet Hembach, stehe nur ein Satz:": what a text says, whoever tells of it.
  if (
    ws.some((w) =>
      /^(steht|stehe|stand|heisst|heisse|heißt|heiße|lautet|laute)$/u.test(lower(w)),
    ) &&
    ws.some((w) => /^(darauf|darin|drauf|drin|darunter)$/u.test(lower(w)))
  )
    return { type: 'nobody' };
  const verb = findSpeechVerb(ws);
  if (verb < 0) {
    // "Auf dem Schild steht:", "Im Protokoll heisst es:"; not "Gaby Pütz steht daneben und
    // verdreht die Augen:", where a person is the subject of "steht".
    // "Der Bauer stand in der Küchentür und fragte:": a role or a pronoun too, with a verb of
    // its own after "und".
    const stander = readSubject(ws)?.subject.type;
    const personStands =
      /^(steht|stand)$/u.test(lower(ws.find((w) => impersonalVerbs.has(lower(w))) ?? '')) &&
      (stander === 'name' ||
        ((stander === 'role' || stander === 'reference' || stander === 'pronoun') &&
          ws.some((w) => lower(w) === 'und')));
    if (ws.some((w) => impersonalVerbs.has(lower(w))) && !personStands) return { type: 'nobody' };
    // "Entlassungen soll es gemäss Ruckstuhl keine geben:": the source the clause names.
    const source = ws.findIndex((w, j) => j > 0 && /^(laut|gemäss|gemäß)$/u.test(w));
    const sourced = source > 0 ? readSubject(ws.slice(source + 1))?.subject : null;
    if (sourced?.type === 'name') return { type: 'subject', subject: sourced };
    // "Ihr Nachbar habe sie jahrelang schikaniert:", "Kostić habe sich unsportlich verhalten:":
    // reported speech about somebody, with no verb of saying, is what another person tells of
    // them; a pronoun subject ("Sie sei erleichtert:") is who speaks.
    if (ws.some((w) => reportedSubjunctive.test(lower(w)))) {
      const about = openingSubject(text, { ownedReferences: true, references: true });
      // "Sein Trainer X habe ihm nur einen Satz mit auf den Weg gegeben:": a saying the subject
      // gave is the subject's words, told in reported speech.
      const gaveSaying =
        ws.some((w) => isStatementNoun(w) || sayingTails.some((t) => lower(w).endsWith(t))) &&
        ws.some((w) => /^(gegeben|mitgegeben|gab|gibt)$/u.test(lower(w)));
      if (about?.type === 'name' && gaveSaying) return { type: 'subject', subject: about };
      if (about && about.type !== 'pronoun') return { type: 'nobody' };
      // "«…», sagt Doukas. Das Problem sei ein anderes:", "Nachwuchs sei schwer zu finden,
      // aber die Tür stehe jedem offen:": reported speech about a thing goes on with whom the
      // text let speak, where nobody is named since.
      if (
        !about &&
        !ws.some(
          (w) =>
            /^\p{Lu}/u.test(w) &&
            (isRoleWord(w) || isPersonNounByForm(bare(w)) || isGivenName(bare(w))),
        ) &&
        !ws.some((w) => personPronouns.has(lower(w)) || /^(man|ich|wir)$/iu.test(bare(w))) &&
        // Not "Seine Antwort sei jeweils gewesen:": whose words they are, by the possessive.
        !(/^(Sein|Seine|Ihr|Ihre)$/u.test(ws[0] ?? '') && isStatementNoun(ws[1] ?? ''))
      )
        return { type: 'continuation' };
    }
    // "Flurys Antwort:", "Gislers Fazit war klar:": whose it is, by the genitive of a name.
    const [owner = '', noun = '', ...how] = ws;
    if (
      /^\p{Lu}\p{Ll}+s$/u.test(owner) &&
      // Not "Hans Antwort:", a given name in -s.
      !isGivenName(owner) &&
      isNameWord(owner.slice(0, -1)) &&
      !isRoleWord(owner.slice(0, -1)) &&
      isStatementNoun(noun) &&
      (how.length === 0 ||
        (/^(ist|war|lautet|lautete|kam|kommt|folgte)$/u.test(how[0] ?? '') &&
          how.slice(1).every((w) => /^\p{Ll}+$/u.test(w))))
    )
      return { type: 'subject', subject: { type: 'name', name: owner.slice(0, -1) } };
    // "Sein Fazit:", "Ihr Rat:": what the person the pronoun means concludes or advises.
    // "Ihr Rat an alle Katzenhalter:", "Sein Appell an die Jugend:": to whom, too.
    // "Ihr Rat ist simpel:", "Seine Botschaft war klar:": with a copula and a plain word.
    // "Ihr wichtigster Tipp:": an adjective between.
    // "Ihre Antwort kommt mit einem Lachen:": how it came.
    const st =
      /^(Sein|Seine|Ihr|Ihre)$/u.test(ws[0] ?? '') && /^\p{Ll}+(e|er|es|en|em)$/u.test(ws[1] ?? '')
        ? [ws[0] ?? '', ...ws.slice(2)]
        : ws;
    if (
      (st.length === 2 ||
        (st.length <= 6 &&
          /^(an|für|zum|zur|zu|bei|beim)$/u.test(st[2] ?? '') &&
          !st.slice(3).some((w) => /^\p{Lu}/u.test(w) && isGivenName(bare(w)))) ||
        (st.length <= 5 &&
          /^(ist|war|sei|lautet|lautete|bleibt|blieb|klingt|klang)$/u.test(st[2] ?? '') &&
          st.slice(3).every((w) => /^\p{Ll}+$/u.test(w))) ||
        // "Ihre Antwort kommt mit einem Lachen:", "Seine Antwort kam prompt:": how it came.
        (st.length <= 6 &&
          /^(kommt|kam|folgt|folgte)$/u.test(st[2] ?? '') &&
          !st.slice(3).some((w) => /^(von|vom)$/u.test(w) || isGivenName(bare(w))))) &&
      /^(Sein|Seine|Ihr|Ihre)$/u.test(st[0] ?? '') &&
      // "Sein erster Satz war:", "Sein Spruch bei jeder Probe:": a saying of his own, too.
      (isStatementNoun(st[1] ?? '') ||
        sayingTails.some((tail) => lower(st[1] ?? '').endsWith(tail)))
    )
      return {
        type: 'subject',
        subject: { type: 'pronoun', gender: /^S/u.test(st[0] ?? '') ? 'm' : 'f' },
      };
    // "Die Antwort von Beat Gmür kam prompt:", "Kritik kommt von Fraktionschef X:": whose it is.
    // Not "Auf die Kritik von Trainer Urs Lanz angesprochen:": after a preposition, the noun
    // is what somebody else answers.
    // "Die Antwort der Gemeindepräsidentin kam ohne Zögern:": a genitive right after the noun.
    const von = openingPreposition.test(ws[0] ?? '')
      ? -1
      : ws.findIndex(
          (w, j) =>
            (/^(von|vom)$/u.test(w) && ws.slice(Math.max(0, j - 2), j).some(isStatementNoun)) ||
            (/^(des|der)$/u.test(w) && isStatementNoun(ws[j - 1] ?? '')),
        );
    const genitive = /^(des|der)$/u.test(ws[von] ?? '');
    // The article of a genitive belongs to the role it reads ("der Gemeindepräsidentin").
    const ownerAt = genitive ? von : von + 1;
    const from = von > 0 ? readSubject(ws.slice(ownerAt)) : null;
    const genitiveRole = from?.subject.type === 'reference' && genitive ? from.subject : null;
    let tail = ws.slice(ownerAt + (from?.length ?? 0));
    // "Die Reaktion von Anna Meier, der Präsidentin der SP, kam prompt:": an apposition first.
    if ((ws[ownerAt - 1 + (from?.length ?? 0)] ?? '').endsWith(','))
      tail = tail.slice(tail.findIndex((w) => w.endsWith(',')) + 1);
    if (
      (from?.subject.type === 'name' || genitiveRole) &&
      // "Der Kommentar von Beat Gmür zum Entscheid:": a noun after a preposition or article.
      tail.every(
        (w, j) =>
          verblessTailWords.has(lower(w)) ||
          /^\p{Ll}/u.test(w) ||
          verblessTailWords.has(lower(tail[j - 1] ?? '')),
      )
    )
      return {
        type: 'subject',
        // The holder of the role the text named, or nobody: "Die Antwort des Trainers:".
        subject: genitiveRole ? { ...genitiveRole, heldOnly: true } : from!.subject,
      };
    // "Gewerkschaftssprecherin Pfister:": the clause is only who speaks.
    const whole = wholeSubject(ws);
    if (whole?.type === 'name' || whole?.type === 'role' || whole?.type === 'reference')
      return { type: 'subject', subject: whole };
    // "Unser Reporter im Stadion:", "Unsere Korrespondentin in Bern:": the newsroom's own
    // people, whom the role names; where they are, with no verb.
    // Not "Unser Trainer an der Pressekonferenz:", whom the text may have named.
    if (
      /^(Unser|Unsere)$/u.test(ws[0] ?? '') &&
      /(reporter|korrespondent|fotograf|kolumnist|redaktor|journalist|mitarbeiter)(in)?$/iu.test(
        bare(ws[1] ?? ''),
      ) &&
      (ws.length === 2 || isPlacingPhrase(ws.slice(2)))
    )
      return { type: 'subject', subject: { type: 'role', role: bare(ws[1] ?? '') } };
    // "Trainer Urs Frei nach dem Spiel:", "Hans Bühler dagegen:": a name and words that only say
    // when, where or to whom, with no verb.
    const named = readSubject(ws);
    if (
      named?.subject.type === 'name' &&
      ws.slice(named.length).every((w) => /^\p{Lu}/u.test(w) || verblessTailWords.has(lower(w)))
    )
      return { type: 'subject', subject: named.subject };
    if (namesAnotherPerson(ws)) return { type: 'nobody' };
    // "Präsident Hanspeter Rüegg doppelt nach:", "Ihr Begleiter war weniger begeistert:", "Der
    // Finanzdirektor verwies auf …:": a person or a role opens the clause.
    // "Behalten will er das Tier aber nicht:": one word put first, then the verb and "er".
    const modalSecond =
      /^\p{Lu}\p{Ll}+en$/u.test(ws[0] ?? '') &&
      !isGivenName(ws[0] ?? '') &&
      /^(will|wollte|kann|konnte|muss|musste|darf|durfte|soll|sollte|möchte|mag)$/u.test(
        ws[1] ?? '',
      );
    if (modalSecond && ws[2] === 'er')
      return { type: 'subject', subject: { type: 'pronoun', gender: 'm' } };

    // "Aufgeben will Petrović nicht:": a name after the verb is its subject.
    const afterModal = modalSecond ? readSubject(ws.slice(2)) : null;
    if (afterModal?.subject.type === 'name' && isNameWord(ws[2] ?? ''))
      return { type: 'subject', subject: afterModal.subject };
    const opening = openingSubject(text, { ownedReferences: true, references: true });
    // "Die 51-Jährige setzte auf Erfahrung:": an age means whom the text gave it, or named last.
    if (
      opening?.type === 'reference' &&
      !opening.owned &&
      !proceedingRoles.has(lower(opening.noun)) &&
      !isAgeNoun(opening.noun)
    )
      return {
        type: 'subject',
        subject: {
          ...opening,
          heldOnly: true,
          ...((findSpeechVerb(ws) >= 0 || statesOnRecord(ws)) && !inPassive(ws)
            ? { saying: true }
            : {}),
        },
      };
    if (opening) return { type: 'subject', subject: opening };
    // "Dann riefen sie im Chor:": "sie" after a plural verb is several people.
    if (ws.some((w, j) => w === 'sie' && pluralVerbBefore(ws[j - 1] ?? '')))
      return { type: 'nobody' };
    const pronoun = invertedPronoun(ws);
    if (pronoun) return { type: 'subject', subject: pronoun };
    const after = subjectAfterFrontedPhrase(ws);
    return after ? { type: 'subject', subject: after } : null;
  }
  if (pluralSpeechVerbs.has(lower(ws[verb] ?? ''))) return { type: 'nobody' };
  if (namesAnotherPerson(ws.slice(verb + 1))) return { type: 'nobody' };
  // "Anna Meier zitierte ihren Grossvater:": who is quoted is the verb's object.
  if (/^zitiert/u.test(lower(ws[verb] ?? ''))) {
    const read = readSubject(ws.slice(verb + 1));
    const quoted = read?.subject;
    // "Im Programmheft zitiert Inderbitzin aus einem Protokoll:": the subject after the verb
    // quotes from a text, which nobody the clause names wrote.
    const from = ws.findIndex((w, j) => j > verb && lower(w) === 'aus');
    if (
      from > verb &&
      from <= verb + 1 + (read?.length ?? 0) &&
      /^(einem|einer|dem|der|seinem|seiner|ihrem|ihrer)$/u.test(lower(ws[from + 1] ?? ''))
    )
      return { type: 'nobody' };
    return quoted && quoted.type !== 'pronoun'
      ? { type: 'subject', subject: quoted }
      : { type: 'nobody' };
  }
  // "Und fügte mit Blick auf die Schiedsrichter an:": the same subject goes on.
  if (verb === 1 && lower(ws[0] ?? '') === 'und') return { type: 'continuation' };
  // "Sie warnen:", "Sie fordern:": a plural verb, several people.
  // Not "hatte sie geschrieben:": a participle in -en after the auxiliary and its subject.
  if (
    lower(ws[verb] ?? '').endsWith('en') &&
    !(
      /^ge/u.test(lower(ws[verb] ?? '')) &&
      ws.slice(0, verb).some((w) => /^(hat|hatte|habe|hätte)$/u.test(w))
    ) &&
    personPronouns.has(lower(ws[verb - 1] ?? ws[verb + 1] ?? ''))
  )
    return { type: 'nobody' };
  const before = ws.slice(0, verb);
  // "Ja, sagt die Juristin Eva Muster:", "Klar ist, sagt X:": after a comma the verb comes
  // first and its subject follows it; the words before the comma are no subject.
  // "Der Schulleiter, Paul Gisler, lobt sie:": unless what stands before is the subject.
  const apposed = before.filter((w) => w.endsWith(',')).length >= 2 ? wholeSubject(before) : null;
  if (apposed?.type === 'name') return { type: 'subject', subject: apposed };
  // "Ein Schüler, der elfjährige Jonas, habe sie gefragt:": the subject stands before the
  // auxiliary; the pronoun after it is the object.
  const perfect = before.findIndex(
    (w, j) => j > 0 && /^(hat|hatte|habe|hätte)$/u.test(w) && (before[j - 1] ?? '').endsWith(','),
  );
  const beforeAuxiliary = perfect > 0 ? subjectOfWords(before.slice(0, perfect)) : null;
  if (beforeAuxiliary?.type === 'name') return { type: 'subject', subject: beforeAuxiliary };
  if ((before.at(-1) ?? '').endsWith(',')) {
    const inverted = subjectAfterVerb(ws.slice(verb + 1));
    if (inverted && inverted.type !== 'nobody') return { type: 'subject', subject: inverted };
  }
  // "…, wie Gemeindepräsidentin Vreni Lüthi am Dienstag bestätigte:": the subordinate clause.
  const wie = before.findLastIndex(
    (w, j) =>
      (/^(wie|als)$/u.test(w) && (before[j - 1] ?? '').endsWith(',')) ||
      // "Wie Trainer Felix Rohner betonte:" as a sentence of its own.
      (j === 0 && w === 'Wie'),
  );
  // "In Bern sagte X:", "Gegenüber dem Radio sagte X:": a place or an object before the verb
  // names nobody, so the subject follows the verb.
  // "An seine Schwester schrieb er:": whom a preposition opens the clause with is an object.
  const clauseStart = wie >= 0 ? before.slice(wie + 1) : before;
  // "Einmal sagt er zu seiner Tochter:", "Entwarnung gibt Meteorologe X aber nicht:": one word
  // put first that is an adverb or a noun for a thing, or any word before "er", is no subject.
  const one = clauseStart.length === 1 ? lower(bare(clauseStart[0] ?? '')) : '';
  // "Unserem Reporter sagt er nur:", "Dem Gericht erklärte sie:": a dative put first is whom it
  // was said to.
  // "Seiner Nachfolgerin gab er einen Rat mit:": a possessive in -er before a noun is never
  // the subject's.
  const dativeFirst =
    /^(dem|einem|unserem|ihrem|seinem|meinem|diesem|jenem|seiner|ihrer|meiner|unserer)$/u.test(
      lower(clauseStart[0] ?? ''),
    );
  const frontedObject =
    dativeFirst ||
    (one !== '' &&
      (lower(ws[verb + 1] ?? '') === 'er' ||
        /(ung|heit|keit|schaft|ion|tät|nis|mal|tum|ismus)$/u.test(one)));
  // "Eine Anwohnerin im Quartier Seefeld fragte der Reporter:", "Ein Zuschauer wurde von Ordnern
  // angewiesen:": somebody unnamed put first, with a subject after the verb or in a passive, is
  // whom it was said to.
  const passive =
    inPassive(ws) ||
    (ws.some((w) => /^(wird|wurde|wurden|werden)$/u.test(w)) &&
      ws.some((w) => /^\p{Ll}+ge\p{Ll}+(t|en):?$/u.test(w)));
  if (
    indefiniteArticles.has(lower(clauseStart[0] ?? '')) &&
    (passive ||
      (ws[verb + 1] === 'der' && /^\p{Lu}/u.test(ws[verb + 2] ?? '')) ||
      // "Eine Verkäuferin im Laden hat der Räuber angeschrien:": after the auxiliary.
      ws.some(
        (w, j) =>
          /^(hat|hatte)$/u.test(w) && ws[j + 1] === 'der' && /^\p{Lu}/u.test(ws[j + 2] ?? ''),
      ))
  ) {
    const after = passive ? null : subjectAfterVerb(ws.slice(verb + 1));
    return after ? { type: 'subject', subject: after } : null;
  }
  const fronted =
    openingPreposition.test(clauseStart[0] ?? '') || frontedObject
      ? null
      : subjectOfWords(clauseStart);
  // "Ihre Tochter habe sie gestern gefragt:": a person, the auxiliary, then "sie", which may be
  // the subject or the object; whoever asked whom, the words do not say surely.
  const person = readSubject(clauseStart);
  if (
    person &&
    person.subject.type !== 'pronoun' &&
    /^(hat|hatte|habe|hätte)$/u.test(clauseStart[person.length] ?? '') &&
    clauseStart[person.length + 1] === 'sie'
  )
    return { type: 'nobody' };
  // Not "Von Känel sagt:", a name with its particle first.
  const prepositionFirst =
    openingPreposition.test(clauseStart[0] ?? '') &&
    clauseStart.slice(1).some((w) => /^\p{Ll}/u.test(w));
  // "In einem Leserbrief hatte Alt-Gemeindepräsident X gewarnt:": in the perfect, the subject
  // may stand between the auxiliary and the participle.
  const auxiliary = before.findIndex((w) => /^(hat|hatte|habe|hätte)$/u.test(w));
  // "Ein Kind zeigt auf die Randen und fragt seine Mutter:": a second verb joined by "und" has
  // the subject the clause opens with, or none the words say; the words after it are its object.
  // "Dann zieht sie die Spikes aus und sagt:": or the pronoun after the first verb.
  if (lower(ws[verb - 1] ?? '') === 'und') {
    // "Der Bauer stand in der Küchentür und fragte:": a role with its article, too.
    const shared =
      openingSubject(ws.slice(0, verb - 1).join(' '), { references: true }) ??
      invertedPronoun(ws.slice(0, verb - 1));
    return shared ? { type: 'subject', subject: shared } : null;
  }
  // "Ein Kunde fragt Verkäuferin Rita Stalder:": somebody unnamed, by a noun no role list knows,
  // is the subject before the verb, so whom the words after it name is asked, not who speaks.
  if (
    !fronted &&
    clauseStart.length >= 2 &&
    clauseStart.length <= 4 &&
    indefiniteArticles.has(lower(clauseStart[0] ?? '')) &&
    clauseStart.slice(1, -1).every((w) => /^\p{Ll}+(e|er|en|es|em)$/u.test(w)) &&
    /^\p{Lu}\p{Ll}+$/u.test(clauseStart.at(-1) ?? '') &&
    !timeWords.has(clauseStart.at(-1) ?? '')
  )
    return { type: 'nobody' };
  // "Mein Vater hat immer gesagt:", "Der Pfarrer hatte einmal erklärt:": in the perfect, the
  // subject before the auxiliary (not in reported speech: "…, der Arzt habe ihm erklärt:").
  const clauseAuxiliary = clauseStart.findIndex((w) => /^(hat|hatte)$/u.test(w));
  const perfectSubject =
    clauseAuxiliary > 0 && !prepositionFirst && !frontedObject
      ? wholeSubject(clauseStart.slice(0, clauseAuxiliary))
      : null;
  const subject =
    (fronted?.type === 'nobody' ? null : fronted) ??
    (perfectSubject?.type === 'nobody' ? null : perfectSubject) ??
    // "An die Verteidigerin Sarah Blum gewandt sagte der Staatsanwalt:": whom the preposition
    // names is addressed; the subject follows the verb.
    (prepositionFirst || frontedObject ? null : openingSubject(text)) ??
    // "Im Stüberl hat mir ein älterer Herr gesagt:": whom it was said to comes first.
    (auxiliary > 0
      ? readSubject(
          ws.slice(auxiliary + 1, verb).filter((w, k) => k > 0 || !objectPronouns.has(lower(w))),
        )?.subject
      : null) ??
    subjectAfterVerb(ws.slice(verb + 1)) ??
    null;
  return subject ? { type: 'subject', subject } : null;
}

/**
 * Step: a relative clause right before a few quoted words whose subject is "er" or "sie" and whose
 * verb after the words names or describes them ("… ein Schiff, das er «nie ganz fertig» nennt"):
 * the pronoun as the subject, and where the clause starts in `before`; null otherwise.
 */
export function namingRelativeClause(
  before: string,
  after: string,
): { subject: Subject; at: number } | null {
  // "einen Teller Tagliatelle, die sie als «…» bezeichnet": "als" before the words, too.
  const relative = /,\s+(?:das|die|den|der|dem)\s+(er|sie)\s+(?:als\s+)?$/u.exec(before);
  if (
    !relative ||
    !/^[»“”"›]?\s*(nennt|nannte|bezeichnet|bezeichnete|beschreibt|beschrieb)[.,;:!?\s]/u.test(after)
  )
    return null;
  return {
    subject: { type: 'pronoun', gender: relative[1] === 'er' ? 'm' : 'f' },
    at: relative.index,
  };
}

/**
 * Step: the source the writer's words name right before a few quoted words ("eine Rede, die nach
 * Auskunft von Schriftführerin Petra Lechner «…» dauert", "die laut Trainer Urs Frei «…» war"):
 * the name or role as the subject, and where the phrase starts in `before`; null otherwise.
 */
export function sourceRightBefore(before: string): { subject: Subject; at: number } | null {
  const phrase =
    /\b(?:nach\s+(?:Auskunft|Angaben|Aussage|Worten|Einschätzung)\s+(?:von|vom|des|der)|laut|gemäss|gemäß)\s+((?:\S+\s+){0,4}\S+)\s+$/u.exec(
      before,
    );
  if (!phrase) return null;
  const source = words(phrase[1] ?? '');
  const read = readSubject(source);
  return read &&
    read.length === source.length &&
    (read.subject.type === 'name' || read.subject.type === 'reference')
    ? { subject: read.subject, at: phrase.index }
    : null;
}

/**
 * Step: who once said the words a colon introduces, where the writer's words before it end in a
 * relative clause about a saying that names its first speaker ("… gibt Gisler einen Satz mit, den
 * ihm einst sein Lehrmeister, der Landarzt Emil Fankhauser, gesagt habe:"): that clause's subject,
 * or nobody where it names none ("…, den ihm einmal jemand gesagt habe:"); undefined where the
 * words end in no such clause.
 */
export function firstSpeakerOfSaying(ws: readonly string[]): Subject | null | undefined {
  const at = ws.findIndex((w, j) => {
    if (j < 2 || !/^(den|die|das)$/u.test(w) || !(ws[j - 1] ?? '').endsWith(',')) return false;
    // "einen Satz mit, den …": a separable verb's particle may stand between.
    const noun = /^\p{Ll}{2,6},$/u.test(ws[j - 1] ?? '') ? ws[j - 2] : ws[j - 1];
    return (
      /^\p{Lu}/u.test(noun ?? '') && sayingTails.some((t) => lower(bare(noun ?? '')).endsWith(t))
    );
  });
  if (at < 0) return undefined;
  const rest = ws.slice(at + 1).map((w, j, all) => (j === all.length - 1 ? bare(w) : w));
  const [participle = '', auxiliary = ''] = rest.slice(-2);
  if (
    !/^(habe|hat|hatte|hätte)$/u.test(auxiliary) ||
    !/^(gesagt|gegeben|geraten|mitgegeben|beigebracht|eingeschärft|eingebläut|eingetrichtert|gepredigt|geschrieben)$/u.test(
      participle,
    )
  )
    return undefined;
  let k = 0;
  while (
    k < rest.length - 2 &&
    (/^(ihm|ihr|ihnen|mir|uns|einst|einmal|immer|oft|stets)$/u.test(rest[k] ?? '') ||
      skippableWords.has(rest[k] ?? ''))
  )
    k++;
  const read = readSubject(rest.slice(k, -2));
  return read?.subject.type === 'name' || read?.subject.type === 'reference' ? read.subject : null;
}

/** Prepositions whose object may stand in a relative clause before its verb ("die im Ziel …"). */
const clausePrepositions =
  /^(mit|von|vom|in|im|ins|bei|beim|für|gegen|über|an|am|zu|zum|zur|nach|vor|aus|auf|unter)$/u;

/**
 * Step: who speaks where the writer's words before a colon end in a relative clause whose subject
 * is the relative pronoun and whose verb is one of saying ("Auf der Tribüne sass der Leiter des
 * Klubs, der später meinte:", "Am Rand stand Beat Gmür, der nur sagte:"): the person the clause
 * is about, as the words before its comma name them; undefined where the words end in no such
 * clause or name nobody right before it.
 */
export function speakingRelativeClause(
  ws: readonly string[],
  withObjects = false,
): Subject | undefined {
  const comma = ws.findLastIndex((w) => w.endsWith(','));
  if (comma < 1) return undefined;
  const [pronoun = '', ...clause] = ws.slice(comma + 1).map(bare);
  const verb = clause.at(-1) ?? '';
  // `withObjects`: "Ingrid Solvang, die im Ziel von einem _ sprach": nouns after a preposition
  // (and its article) and the quoted words ("_") may stand before the verb, too.
  const afterPreposition = (k: number) =>
    clausePrepositions.test(clause[k - 1] ?? '') ||
    (/^(dem|der|den|einem|einer|einen)$/u.test(clause[k - 1] ?? '') &&
      clausePrepositions.test(clause[k - 2] ?? ''));
  // "Marcel Bühlmann, der die Vorlage als _ bezeichnete": what a verb of naming names, after
  // its article; after "die" only where the article shows the object ("die den Entscheid …"),
  // not "Anna Meier, die die Chefin als _ bezeichnete", which the chief may have said of her.
  const namedObject = (k: number) =>
    /^(nennt|nannte|bezeichnet|bezeichnete)$/u.test(lower(verb)) &&
    (pronoun === 'der' ? /^(den|die|das|diesen|diese|dieses)$/u : /^(den|diesen)$/u).test(
      clause[k - 1] ?? '',
    );
  const mayStand = (w: string, k: number) =>
    (/^\p{Ll}+$/u.test(w) && !/^(er|sie|es|man|ich|wir|ihr|du|und|oder)$/u.test(w)) ||
    (withObjects &&
      (w === '' ||
        w === '_' ||
        (/^\p{Lu}\p{Ll}+$/u.test(w) && (afterPreposition(k) || namedObject(k)))));
  if (
    !/^(der|die)$/u.test(pronoun) ||
    !speechOrOpinionVerbs.has(lower(verb)) ||
    (!withObjects && !speechVerbs.has(lower(verb))) ||
    pluralSpeechVerbs.has(lower(verb)) ||
    // "die er fragte:": another subject; only adverbs may stand before the verb.
    !clause.slice(0, -1).every(mayStand)
  )
    return undefined;
  const gender = pronoun === 'der' ? 'm' : 'f';
  const upTo = [...ws.slice(0, comma), bare(ws[comma] ?? '')];
  for (let k = Math.max(0, comma - 6); k <= comma; k++) {
    const read = readSubject(upTo.slice(k));
    if (!read || read.length !== upTo.length - k) continue;
    const { subject } = read;
    if (subject.type === 'name')
      return genderOfName(subject.name) === (gender === 'm' ? 'f' : 'm') ? undefined : subject;
    if (subject.type === 'reference' || subject.type === 'role') {
      const of = subject.type === 'reference' ? subject.gender : genderOfRole(subject.role);
      return of && of !== gender ? undefined : subject;
    }
  }
  return undefined;
}

/**
 * Step: the relative clause the writer's words before a quotation end in ("…, in dem von «…» die
 * Rede ist", "…, an eine Kundin, die sie einmal angeschrien habe:", "…, bei der es geheissen
 * habe:"), and whether it is about a person the words name ("Das sagte Anna Meier, die …");
 * null where they end in none ("…, die Gemeinde handle" opens a clause with an article).
 */
export function trailingRelativeClause(ws: readonly string[]): {
  clause: readonly string[];
  aboutNamedPerson: boolean;
  aboutSubject: boolean;
} | null {
  const comma = ws.findLastIndex((w) => w.endsWith(','));
  if (comma < 1) return null;
  const rest = ws.slice(comma + 1);
  const pronoun = /^(der|die|das|den|dem|denen|dessen|deren)$/u;
  const at = pronoun.test(rest[0] ?? '')
    ? 0
    : relativePreposition.test(rest[0] ?? '') && pronoun.test(rest[1] ?? '')
      ? 1
      : -1;
  if (at < 0 || /^\p{Lu}/u.test(rest[at + 1] ?? '')) return null;
  const antecedent = bare(ws[comma] ?? '');
  // "Zimmerli sagt, die grosse Firma stehe …": after a main clause's verb of saying the comma
  // opens what was said; a relative clause goes with a noun. Not "…, was sie Kritikern
  // entgegnet, die …": a clause a subordinator opens ends with its verb, after the noun.
  const clauseStart = ws.slice(0, comma).findLastIndex((w) => w.endsWith(',')) + 1;
  const opener = lower(ws[clauseStart] ?? '');
  if (
    speechOrOpinionVerbs.has(lower(antecedent)) &&
    !subordinators.has(opener) &&
    !/^(was|wer|wie|wo|warum|wann|ob|der|die|das|den|dem|denen|dessen|deren)$/u.test(opener)
  )
    return null;
  const before = bare(ws[comma - 1] ?? '');
  const aboutNamedPerson =
    isGivenName(antecedent) ||
    (isNameWord(antecedent) &&
      !isPersonNounByForm(antecedent) &&
      (isGivenName(before) || (isTitleWord(before) && !/[,.;:!?]$/u.test(ws[comma - 1] ?? ''))));
  // "Das sagt ein Zeuge, der hinter ihm fuhr:": the subject after the verb, in the nominative.
  const aboutSubject =
    /^(ein|eine|der|die)$/u.test(lower(ws[comma - 1] ?? '')) &&
    !relativePreposition.test(lower(ws[comma - 2] ?? '')) &&
    (isRoleWord(antecedent) || isPersonNounByForm(antecedent));
  return { clause: rest.slice(at), aboutNamedPerson, aboutSubject };
}

/**
 * Step: whether the writer's words before a colon end in a relative clause about a thing whose
 * subject is somebody named and whose verb is none of saying ("Das Ensemble singt ein altes
 * Lied, das Lüscher im Archiv gefunden hat:", "ein Brief, den Gmür aufbewahrt hat:"): the
 * person did something with the thing, and what follows are the thing's words, not theirs.
 */
export function namedInThingClause(ws: readonly string[]): boolean {
  const comma = ws.findLastIndex((w) => w.endsWith(','));
  if (comma < 1) return false;
  const rest = ws.slice(comma + 1).map(bare);
  const at = /^(das|die|der|den)$/u.test(rest[0] ?? '')
    ? 0
    : relativePreposition.test(rest[0] ?? '') && /^(dem|der|denen)$/u.test(rest[1] ?? '')
      ? 1
      : -1;
  const antecedent = bare(ws[comma] ?? '');
  return (
    at >= 0 &&
    /^\p{Lu}\p{Ll}+$/u.test(rest[at + 1] ?? '') &&
    /^\p{Ll}+$/u.test(rest.at(-1) ?? '') &&
    !rest.some((w) => speechOrOpinionVerbs.has(lower(w))) &&
    /^\p{Lu}\p{Ll}+$/u.test(antecedent) &&
    !isRoleWord(antecedent) &&
    !isPersonNounByForm(antecedent) &&
    !isGivenName(antecedent)
  );
}

/**
 * Step: whose words a quotation is when it stands in the clause set off after a noun for what
 * somebody said and whose it is ("Den Vorwurf von Bauernpräsident Kurt Amrein, die Gemeinde
 * handle «völlig planlos», weist … zurück", "Zu den Aussagen von Georg Pfeifer, man werde «sicher
 * nicht» koalieren, meint …"): that person (or nobody the words name); undefined elsewhere.
 */
export function ownerOfStatementClause(before: string): Subject | null | undefined {
  const ws = writersWords(before);
  const comma = ws.findLastIndex((w) => w.endsWith(','));
  if (comma < 2 || ws.slice(comma + 1).some((w) => /[,.;:!?]$/u.test(w))) return undefined;
  const von = ws.slice(0, comma).findLastIndex((w) => /^(von|vom|des)$/u.test(w));
  const noun = lower(ws[von - 1] ?? '');
  if (von < 1 || !(isStatementNoun(noun) || reproachNouns.has(noun) || /^aussagen?$/u.test(noun)))
    return undefined;
  const owner = readSubject(ws.slice(von + 1, comma + 1));
  // "Die Kritik des Verbands, …": a body's words, nobody's the sentence names.
  return owner &&
    owner.length === comma - von &&
    owner.subject.type === 'name' &&
    (ws[von] !== 'des' || looksLikePersonName(owner.subject.name))
    ? owner.subject
    : null;
}

/**
 * Whether a relative clause has its own speaker or none: it acts on somebody ("die sie einmal
 * angeschrien habe", "der ihn blossstellte"), speaks itself ("der vor einer «…» gewarnt
 * hatte", "in dem von «…» die Rede ist", "in der er … geschrieben hatte") or is impersonal ("bei
 * der es geheissen habe").
 */
/** "ein Satz, der gut gemeint war": a participle before a form of "sein" is an adjective. */
export function adjectivalParticiple(ws: readonly string[], j: number): boolean {
  return (
    lower(ws[j] ?? '') === 'gemeint' &&
    /^(war|ist|sei|wäre|waren|sind|gewesen)$/u.test(lower(ws[j + 1] ?? ''))
  );
}

export function hasOwnSpeaker(clause: readonly string[]): boolean {
  const said = clause.map(lower);
  return (
    said.some(
      (w, j) =>
        /^(ihn|ihm|mich|mir|uns|euch)$/u.test(w) ||
        (speechVerbs.has(w) && !adjectivalParticiple(clause, j)),
    ) ||
    said.includes('rede') ||
    // "Kritikern, die von einem «…» sprechen": a verb of speaking in the plural, too.
    said.some((w) =>
      /^(sprechen|sprachen|spricht|sprach|reden|redeten|warnen|warnten)$/u.test(w),
    ) ||
    // "ein Versli, das mit «…» begann": what a text begins or ends with.
    said.some((w) => impersonalVerbs.has(w) || /^(beginnt|begann|endet|endete)$/u.test(w)) ||
    (said.includes('es') && said.some((w) => /^gehei(ss|ß)en/u.test(w))) ||
    // "ein Gutachten, in dem die Alp als «…» bezeichnet wird": a label given in the passive is
    // whoever gives it, not the subject of the sentence around.
    (said.includes('als') &&
      said.some(
        (w, k) =>
          /^\p{Ll}{3,}(t|en)$/u.test(w) &&
          /^(wird|werden|wurde|wurden|worden)$/u.test(said[k + 1] ?? ''),
      )) ||
    personPronouns.has(said[1] ?? '')
  );
}

const relativePreposition = /^(in|im|bei|mit|auf|an|von|zu|nach|unter|über|für|gegen|aus|vor|um)$/u;

/** "Fazit", "Statement", "Pausenstatement", "Videobotschaft": a noun for what somebody says. */
const isStatementNoun = (word: string) => {
  const w = lower(bare(word));
  return statementNouns.has(w) || [...statementNouns].some((n) => n.length >= 6 && w.endsWith(n));
};

/**
 * Step: whether the words before a colon give somebody else's words than their subject's: "an die
 * Worte ihres Vorgängers", "einen Satz seines Vaters", "das Motto ihres Vaters", "einen
 * Lieblingsspruch von Goethe", "Seinen Lieblingssatz hat sie im Kopf".
 */
export function othersWords(ws: readonly string[]): boolean {
  const text = ws.join(' ');
  if (/\ban (die|den) (Worte|Satz)\b/u.test(text)) return true;
  // "Einen Satz von ihr hat er aufgehängt:": words of whom the pronoun means, not the subject's.
  if (/\b(Satz|Sätze|Spruch|Worte|Rat|Motto)\s+von\s+(ihr|ihm|ihnen)\b/iu.test(text)) return true;
  // "Sein letzter Satz, erzählt Georg X, sei gewesen:": the words of whom the possessive means,
  // told by somebody set off by commas; whether the teller means himself, the text does not say.
  const inserted = ws.findIndex(
    (w, j) => j > 1 && (ws[j - 1] ?? '').endsWith(',') && speechVerbs.has(lower(w)),
  );
  if (
    /^(Sein|Seine|Ihr|Ihre|Dessen|Deren)$/u.test(ws[0] ?? '') &&
    ws
      .slice(1, 3)
      .some((w) => sayingTails.some((tail) => lower(w).replace(/,$/u, '').endsWith(tail))) &&
    inserted > 0 &&
    ws.slice(inserted + 1, -1).some((w) => w.endsWith(','))
  )
    return true;
  // "Seinen Lieblingssatz habe sie bis heute im Kopf:": a saying the possessive gives a man, kept
  // by a woman (or the other way round), is his.
  const owner = /^(sein|seine|seinen|ihr|ihre|ihren)$/iu.exec(ws[0] ?? '')?.[0] ?? '';
  const keeper = ws.slice(2, 5).find((w) => /^(er|sie)$/u.test(bare(w)));
  if (
    owner !== '' &&
    keeper !== undefined &&
    sayingTails.some((tail) => lower(ws[1] ?? '').endsWith(tail)) &&
    (/^sein/iu.test(owner) ? bare(keeper) === 'sie' : bare(keeper) === 'er')
  )
    return true;
  if (
    ws.some(
      (w, j) =>
        j > 1 &&
        /^\p{Lu}/u.test(w) &&
        // "mit einem Satz, der gut gemeint war": after a comma "der" opens a relative clause.
        !w.endsWith(',') &&
        sayingTails.some((tail) => lower(w).endsWith(tail)) &&
        /^(des|der|seines|seiner|ihres|ihrer|von|vom)$/u.test(ws[j + 1] ?? ''),
    )
  )
    return true;
  return false;
}

/**
 * Step: whether the last clause of a sentence, after its last comma, brings in a group by a
 * number ("über dem Gang unterhalten sich zwei Stimmen", "…, dann lachen die beiden Frauen"):
 * a quotation right after it is the group's, nobody the text names.
 */
export function groupInLastClause(ws: readonly string[]): boolean {
  const comma = ws.findLastIndex((w) => w.endsWith(','));
  const clause = ws.slice(comma + 1);
  return clause.some(
    (w, j) =>
      /^(zwei|drei|vier|fünf|beide|beiden|mehrere|einige)$/u.test(lower(w)) &&
      // People or voices: "zwei Stimmen", "beide Frauen", "drei Jugendliche" (not "vier Jahre").
      (/^(Stimmen|Frauen|Männer|Leute|Personen|Kinder|Gäste)$/u.test(bare(clause[j + 1] ?? '')) ||
        isRoleWord(bare(clause[j + 1] ?? ''))) &&
      // "mit zwei Kollegen", "mit den beiden Frauen": a group after a preposition is whom the
      // subject is with.
      !clause.slice(Math.max(0, j - 2), j).some((x) => groupPreposition.test(lower(x))),
  );
}

/** Prepositions before a group: "mit zwei Kollegen", "neben den beiden Frauen". */
const groupPreposition =
  /^(mit|von|vor|zu|bei|für|gegen|ohne|an|auf|neben|hinter|zwischen|unter|über|nach)$/u;

/** Verbs of a rumour, lower case: "man munkelt", "wird gemunkelt". */
const rumourVerb =
  /^(munkelt|munkelte|gemunkelt|munkeln|geraunt|raunt|raunte|gerätselt|spekuliert)$/u;

/** Verbs of hearing or reading, lower case: "hört man", "war zu vernehmen". */
const hearingVerb = /^(hören|hört|hörte|höre|vernehmen|vernimmt|vernahm|lesen|liest|las)$/u;

/** "Im Dorf sagen sie," or "Die Nachbarn erzählten,": a plural verb of saying, no modal, no "Sie". */
function saidByMany(clause: readonly string[]): boolean {
  const ls = clause.map(lower);
  const verb = ls.findIndex((w, k) => pluralSpeechVerbs.has(w) && /^\p{Ll}/u.test(clause[k] ?? ''));
  return (
    verb > 0 &&
    !ls.some(
      (w) =>
        modalVerbs.has(w) ||
        // Any form of a modal or of "werden", "lassen", "hören": "Die Bahn müsse nun «…» sagen".
        /^(müss|muss|soll|könn|kann|konn|woll|will|darf|dürf|durf|möch|mag|mög|wir[dst]|werd|würd|lass|läss|liess|hör)/u.test(
          w,
        ) ||
        /^(zu|wir)$/u.test(w),
    ) &&
    !clause.some((w) => bare(w) === 'Sie') &&
    // Not after a clause the sentence opens with ("Wenn die Leute sagen, …", "Was die Kinder
    // erzählen, sei …"), but "Wie die Nachbarn erzählen, …".
    !(subordinators.has(ls[0] ?? '') && ls[0] !== 'wie') &&
    !/^(was|wer)$/u.test(ls[0] ?? '') &&
    // The subject is the pronoun after the verb or a plural before it: "sagen sie", "Die
    // Nachbarn sagen", not "Er sagen" (a typo) nor "sie" alone before it ("sie erzählen" is
    // also "she tells" in a misspelt sentence).
    (ls[verb + 1] === 'sie' || (verb >= 2 && !personPronouns.has(ls[0] ?? '')))
  );
}

/**
 * Step: whether the clause before the first comma brings in talk nobody owns: "man" with a verb
 * of saying ("Im Tal erzähle man sich, der Ferner sei «…»") or of hearing ("Im Dorf hört man,
 * …"), a rumour ("Im Ort kursiert das Gerücht, die Gemeinde habe «…»") or words that were to be
 * heard ("Im Saal war immer wieder zu hören, der Gemeinderat habe «…»"); or whether any clause
 * before the last comma does, by "es heisst", a rumour verb or several people none of them named
 * ("Als …, habe es im Dorf geheissen, …", "wird gemunkelt", "Viele im Publikum fanden, …"). What
 * follows is nobody's the text names. Not where the first clause says from whom ("Von Kofler war
 * zu hören, …").
 */
export function unownedTalkBeforeComma(ws: readonly string[]): boolean {
  const comma = ws.findIndex((w) => w.endsWith(','));
  if (comma < 1) return false;
  const clause = ws.slice(0, comma + 1).map(lower);
  const fromSomebody = clause.some((w) => /^(von|vom|aus)$/u.test(w));
  // Every clause before the last comma: "Als …, habe es im Dorf geheissen, das sei «…»".
  const lastComma = ws.findLastIndex((w) => w.endsWith(','));
  const clauses: string[][] = [];
  for (const w of ws.slice(0, lastComma + 1)) {
    if (clauses.length === 0 || (clauses.at(-1)?.at(-1) ?? '').endsWith(',')) clauses.push([]);
    clauses.at(-1)?.push(w);
  }
  const plainClauses = clauses.map((c) => c.map(lower));
  return (
    // "habe es im Dorf geheissen": what "es" heisst is talk nobody owns.
    plainClauses.some((c) => c.includes('es') && c.some((w) => impersonalVerbs.has(w))) ||
    // "Im Dorf hatte man gemunkelt", "In der Stadt wird gemunkelt": a rumour.
    plainClauses.some(
      (c) =>
        c.some((w) => rumourVerb.test(w)) &&
        (c.includes('man') || c.some((w) => /^(wird|wurde|werde)$/u.test(w))),
    ) ||
    // "Viele im Publikum fanden, das sei «…»": several people, none of them named.
    plainClauses.some((c) => /^(viele|manche|einige|etliche|mehrere)$/u.test(c[0] ?? '')) ||
    // "Im Dorf sagen sie, er sei «…»", "Die Nachbarn erzählten, …": a verb of saying in the
    // plural lets several people speak, none of them named; not after a modal ("Er will damit
    // sagen, …") nor with "Sie" of address ("Warum sagen Sie, er sei …?").
    saidByMany(ws.slice(0, comma + 1)) ||
    clause.some((w) => rumourNouns.has(w)) ||
    (clause.includes('man') && clause.some((w) => speechVerbs.has(w) || /^erzähle$/u.test(w))) ||
    (!fromSomebody &&
      ((clause.includes('man') && clause.some((w) => hearingVerb.test(w))) ||
        clause.some((w, i) => w === 'zu' && hearingVerb.test(clause[i + 1] ?? ''))))
  );
}

/**
 * Step: the gender of whom a clause of reported speech before a comma lets speak, where it has a
 * subject of its own ("Ihre Mutter habe immer gesagt, erzählt X:" → 'f'; not "Er habe gesagt,
 * …", the teller himself); undefined where the words open with no such clause. The teller's
 * quotation may still be theirs, where it speaks of that person ("Er sagte: ‚…‘ Ich habe …").
 */
export function reportedSpeakerBeforeComma(ws: readonly string[]): Gender | undefined {
  const comma = ws.findIndex((w) => w.endsWith(','));
  const reported = comma > 0 ? ws.slice(0, comma + 1).map(lower) : [];
  if (
    reported.length <= 2 ||
    personPronouns.has(reported[0] ?? '') ||
    !reported.some((w) => w === 'habe' || w === 'hätte') ||
    !reported.some(
      (w) =>
        ((speechVerbs.has(w) || askingVerbs.has(w)) && /^ge/u.test(w)) ||
        // "Sein Hausarzt habe ihm geraten, «…», erzählt X": advice is reported speech too.
        counselParticiples.has(w) ||
        statementNouns.has(w) ||
        w === 'satz' ||
        // "Ein Vater habe ihm vorgeworfen, er sei «…», erzählt X": a reproach too.
        reproachVerbs.has(w),
    )
  )
    return undefined;
  return genderOfRoleWithArticle(reported[0] ?? '', ws[1] ?? '');
}

/**
 * Step: who a clause of reported speech before a comma lets speak, where it opens with them by
 * name or by a role: "Ein Ausbildner habe in der ersten Woche gesagt, Frauen seien «…»" → the
 * role "Ausbildner"; null where it opens otherwise ("Ihr Vater habe …": whose father the text
 * may not say) or reports no speech.
 */
export function reportedSpeakerSubject(ws: readonly string[]): Subject | null {
  if (reportedSpeakerBeforeComma(ws) === undefined) return null;
  const comma = ws.findIndex((w) => w.endsWith(','));
  const read = readSubject(ws.slice(0, comma + 1));
  if (!read || !/^(habe|hätte)$/u.test(ws[read.length] ?? '')) return null;
  return read.subject.type === 'name' || read.subject.type === 'role' ? read.subject : null;
}

/** A preposition opening a clause: what follows it is its object, no subject. */
const openingPreposition =
  /^(An|Auf|Aus|Bei|Für|Gegen|Gegenüber|Mit|Nach|Über|Unter|Von|Vor|Zu|Zum|Zur)$/u;

/**
 * The subject after a verb of saying ("fragte der Trainer:"), not an object in the accusative or
 * dative: "Ein Mädchen … fragt seinen Vater:" names whom she asks.
 */
function subjectAfterVerb(words: readonly string[]): Subject | null {
  // "sagte mir meine Nachbarin, Frau Bucher:": a pronoun object before the subject.
  const ws = /^(mir|mich|uns|dir|dich|euch|ihm|ihnen|Ihnen)$/u.test(words[0] ?? '')
    ? words.slice(1)
    : words;
  const first = ws.find((w) => !skippableWords.has(lower(w))) ?? '';
  if (objectCaseDeterminer.test(lower(first))) return null;
  return readSubject(ws)?.subject ?? null;
}

/** The ways a clause before a colon says whose view follows; the holder is the named group. */
const viewClauses: ReadonlyArray<RegExp> = [
  // "Für Nyffeler ist klar:", "Aus Sicht von Marco Bühler ist klar:", "Für X steht fest:"
  /^(?:Für|Aus (?:der )?Sicht von|Nach Ansicht von|Nach Meinung von)\s+(?<holder>.+?)\s+(?:ist|war|bleibt|steht|stand)\s+(?:es\s+)?(?:auch\s+|damit\s+|also\s+|jedenfalls\s+|nun\s+|heute\s+|längst\s+)?(?:klar|sicher|eindeutig|unbestritten|fest)$/u,
  // "Davon ist auch Verbandspräsident Marco Bühler überzeugt:"
  /^(?:Davon|Dessen)\s+(?:ist|war|zeigt sich|zeigte sich)\s+(?:auch\s+)?(?<holder>.+?)\s+(?:überzeugt|sicher)$/u,
  // "So sieht es auch Stadtbaumeisterin Ruth Amsler:", "Ähnlich sah das Y:"
  // "Ganz anders sieht es X:": with a word that makes it stronger.
  /^(?:(?:Ganz|Etwas|Völlig|Ziemlich)\s+(?:anders|ähnlich)|So|Anders|Ähnlich|Genauso|Ebenso)\s+(?:sieht|sah)\s+(?:es|das)\s+(?:auch\s+)?(?<holder>.+)$/u,
  // "Das sieht auch Matthias Zurbuchen so:", "Das sah Präsidentin X anders:"
  /^(?:Das|Dies|Es)\s+(?:sieht|sah)\s+(?:auch\s+)?(?<holder>.+?)\s+(?:so|genauso|ähnlich|anders|gleich)$/u,
  // "Sein Gegenüber Lindqvist sah es ähnlich:", "Gemeindepräsident X sieht das anders:"
  // "Eine Pendlerin am Bahnhof sieht das gelassen:": how the holder sees it.
  /^(?<holder>.+?)\s+(?:sieht|sah)\s+(?:es|das)\s+(?:auch\s+|ganz\s+|etwas\s+)?(?:so|genauso|ähnlich|anders|gleich|gelassen|locker|kritisch|positiv|nüchtern|pragmatisch|skeptisch|optimistisch)$/u,
  // "Ähnlich tönt es bei Gewerbler Kurt Egli:", "Bei Konzernchef Patrick Koch klingt das so:"
  /^(?:So|Anders|Ähnlich|Gleich)\s+(?:tönt|tönte|klingt|klang)\s+(?:es|das)\s+(?:auch\s+)?bei\s+(?<holder>.+)$/u,
  /^Bei\s+(?<holder>.+?)\s+(?:tönt|tönte|klingt|klang)\s+(?:es|das)\s+(?:so|ähnlich|anders)$/u,
  // "Kritischer äussert sich Kantonsrat X:", "Zurückhaltender gibt sich Y:", "Deutlicher wird
  // Z:": an adjective in the comparative put first, then the verb and who holds the view.
  /^(?:Noch\s+|Etwas\s+|Deutlich\s+|Viel\s+)?(?:\p{Lu}\p{Ll}+er|Anders|Ähnlich|Ebenso|Genauso)\s+(?:äussert|äusserte|äußert|äußerte|zeigt|zeigte|gibt|gab)\s+sich\s+(?:auch\s+)?(?<holder>.+)$/u,
  /^(?:Noch\s+)?(?:Deutlicher|Konkreter|Direkter|Schärfer|Drastischer|Grundsätzlicher)\s+(?:wird|wurde)\s+(?<holder>.+)$/u,
  // "Nach dem Spiel war Captain Fabian Koch enttäuscht:", "Anna Meier zeigte sich erleichtert:"
  /^(?:(?<opener>.+?)\s+)?(?:war|ist|zeigte sich|zeigt sich|gab sich|gibt sich)\s+(?:(?<holder>.+?)\s+)?(?:sichtlich\s+|hörbar\s+|sehr\s+)?(?:überzeugt|zufrieden|erfreut|erleichtert|enttäuscht|kämpferisch|optimistisch|zuversichtlich|bedient|frustriert|zerknirscht|selbstkritisch|stolz|glücklich|begeistert|ernüchtert|konsterniert|verärgert|besorgt|skeptisch|gelassen|gerührt)$/u,
];

/**
 * Step: whose view a clause before a colon states, with no verb of saying: "Für Nyffeler ist
 * klar:", "So sieht es auch Ruth Amsler:", "Bei Konzernchef Patrick Koch klingt das so:", "Nach
 * dem Spiel war Captain Fabian Koch enttäuscht:". Null where it names no person or role.
 */
export function viewHolder(clause: string): Subject | null {
  // "Für Wüthrich-Bolt ist das zu wenig:", "Für ihn war das ein Fehler:": a judgement of "das"
  // for a person the text names or refers to (not "Für Jugendliche ist das zu teuer:", a group).
  const judged =
    /^Für\s+(?<holder>.+?)\s+(?:ist|war|bleibt|blieb)\s+(?:das|dies)\s+(?:\S+\s+){0,3}?\S+$/u.exec(
      clause,
    )?.groups?.['holder'];
  if (judged === 'ihn') return { type: 'pronoun', gender: 'm' };
  const judge = judged === undefined ? null : wholeSubject(words(judged));
  if (judge?.type === 'name' || judge?.type === 'reference') return judge;
  for (const pattern of viewClauses) {
    const groups = pattern.exec(clause)?.groups;
    if (!groups) continue;
    const candidates = [groups['holder'], groups['opener']].filter((g) => g !== undefined);
    for (const candidate of candidates) {
      // "Für ihn ist klar:": the man a pronoun means ("für sie" may be several people).
      if (candidate === 'ihn') return { type: 'pronoun', gender: 'm' };
      // "Anders sieht es Marco Tgetgel, Vater von zwei Kindern:": the name before an apposition.
      // "Ein Fan am Ausgang der Halle sieht es ähnlich:": a role and where the person stands.
      const ws = words(candidate);
      const read = readSubject(ws);
      const placed =
        read?.subject.type === 'role' &&
        /^(am|an|im|in|aus|vom|von|bei|beim|vor)$/u.test(ws[read.length] ?? '')
          ? read.subject
          : null;
      const holder =
        wholeSubject(ws) ?? wholeSubject(words(candidate.split(',')[0] ?? '')) ?? placed;
      if (holder?.type === 'name' || holder?.type === 'role' || holder?.type === 'reference')
        return holder;
    }
    return null;
  }
  return null;
}

/**
 * Step: whether a clause with no verb of saying names a second person after its subject, whose
 * words the quotation may be: "Anna Meier teilte einen Beitrag von Beat Gmür:", "Ghisletti lobte
 * den Gegner, dessen Coach Luca Pedrini zurückhaltend blieb:". Not a body ("Präsidentin von Pro
 * Seewil").
 */
export function namesAnotherPerson(ws: readonly string[], relativeOnly = false): boolean {
  return ws.some((w, j) => {
    const opens =
      (!relativeOnly && j > 1 && /^(von|vom)$/u.test(w)) ||
      ((ws[j - 1] ?? '').endsWith(',') && /^(dessen|deren)$/u.test(w));
    const other = opens ? readSubject(ws.slice(j + 1))?.subject : null;
    return other?.type === 'name' && looksLikePersonName(other.name);
  });
}

/**
 * Step: whether quoted words stand in a relative clause ("Regula Meili, die «keine Kompromisse»
 * will, sagt …") or label somebody ("die als «Lügnerin» bezeichnete Anna Meier"): they are
 * neither the words of the sentence's speaker nor of the person they describe, as far as the
 * sentence says. `before` is the sentence up to the quotation, `after` the text after it.
 */
export function inDescribingClause(before: string, after: string): boolean {
  const next = lower(after.trim().split(/\s+/u)[0] ?? '');
  if (labellingParticiples.has(next)) return true;
  // "Die als «Eiserne Lady» bekannte Claudia Meister": what she is known as.
  if (/\bals\s*$/u.test(before) && /^(bekannt|gefeiert|verspottet|geltend)e[nmrs]?$/u.test(next))
    return true;
  // "Sven Gisler, den alle nur den «Muni» nennen": a relative clause that says what others
  // call somebody.
  if (
    /^(nennen|nennt|nannte|nannten|rufen|ruft|rief|riefen)$/u.test(next) &&
    /,\s*(den|die|das|dem|welchen|welche)\s[^,]*$/u.test(before)
  )
    return true;
  // "Trainer Ivo Lanz, von den Fans «der Professor» genannt, gibt sich gelassen": a clause set
  // off by commas that says what others call somebody.
  if (
    before.includes(',') &&
    /^\s*(gerne?\s+|oft\s+|nur\s+)?(genannt|bezeichnet|nennen|nennt|nannten|nannte|tituliert|betitelt|getauft|gerufen)\s*,/u.test(
      after,
    )
  )
    return true;
  // A relative clause after a person's name: "Regula Meili, die «…» will, sagt Hans Wyrsch".
  const comma = before.lastIndexOf(',');
  const clause = before.slice(comma + 1).trim();
  const antecedent = before.slice(0, Math.max(comma, 0)).trim().split(/\s+/u).slice(-2);
  return (
    comma > 0 &&
    antecedent.length === 2 &&
    antecedent.every((w) => isNameWord(w)) &&
    /^(der|die|welche|welcher)(\s|$)/u.test(clause) &&
    /^[^,.;:!?«»]*\s\p{Ll}+,/u.test(after)
  );
}

/** Verbs that label something in the plural or after "man": die Gegner nannten es, man spricht von. */
const labellingVerb =
  /^(nennen|nannten|bezeichnen|bezeichneten|sprechen|sprachen|titulierten|betitelten|schimpfen|schimpften)$/u;

/**
 * Step: whether a few quoted words are a label others gave ("Die Gegner nannten das Projekt
 * einen «…», sagte X", "Man sprach von einem «…»"): a plural or impersonal subject labels, so the
 * words are theirs, not those of whom the attribution after them names. `before` is the sentence
 * up to the quotation, `after` the text after it.
 */
export function labelOfOthers(before: string, after = ''): boolean {
  const ws = writersWords(before);
  // "Manche Kollegen hätten sie «…» genannt, erzählt sie": the participle after the words, with
  // a plural auxiliary or "man" before them.
  const participle = /^(genannt|bezeichnet|getauft|geschimpft|betitelt|tituliert),?$/u.test(
    writersWords(after)[0] ?? '',
  );
  if (
    participle &&
    !ws.some((w) => /[,;:]$/u.test(w)) &&
    ws.some((w) => /^(haben|hätten|hatten|man)$/u.test(lower(w))) &&
    !ws.some((w) => /^wir$/iu.test(w))
  )
    return true;
  const next = (j: number, word: RegExp) =>
    word.test(ws[j - 1] ?? '') || word.test(ws[j + 1] ?? '');
  const verb = ws.findIndex(
    (w, j) =>
      // "Wir nennen das «…», sagte X": the speaker is one of them.
      (labellingVerb.test(lower(w)) && !next(j, /^wir$/iu)) ||
      (/^(nennt|nannte|spricht|sprach|bezeichnet|bezeichnete)$/u.test(lower(w)) &&
        next(j, /^man$/iu)),
  );
  return verb > 0 && !ws.slice(0, verb).some((w) => /[,;:]$/u.test(w));
}

/**
 * Step: whether the words are examples of what somebody heard or was told, by others: "Sie habe
 * damals Sätze gehört wie «…», erinnert sich X", "Sprüche wie «…» bekomme er oft zu hören". Not
 * "Er sagt Sätze wie «…»", his own. `before` is the sentence up to the quotation.
 */
export function heardFromOthers(before: string): boolean {
  const ws = writersWords(before);
  const hears = (clause: readonly string[]) =>
    clause.some((w) => /^(sätze|sprüche|worte|kommentare|bemerkungen|fragen|dinge)$/u.test(w)) &&
    clause.some((w) =>
      /^(gehört|hören|hörte|hört|höre|bekam|bekommen|bekommt|gelesen|las|liest)$/u.test(w),
    );
  const clause = ws.slice(ws.findLastIndex((w) => /[,;:]$/u.test(w)) + 1).map(lower);
  if (clause.at(-1) === 'wie' && hears(clause)) return true;
  // "Sprüche habe sie viele gehört, etwa, sie sei «…»": the clauses after the one that hears
  // them report, in the subjunctive, an example of what others said, with no verb of saying.
  const heard = ws.findIndex(
    (w, j) =>
      w.endsWith(',') &&
      hears(ws.slice(ws.slice(0, j).findLastIndex((x) => /[,;:]$/u.test(x)) + 1, j + 1).map(lower)),
  );
  if (heard < 0) return false;
  const rest = ws.slice(heard + 1);
  return (
    rest.length > 0 &&
    findSpeechVerb(rest) < 0 &&
    rest.some((w) => reportedSubjunctive.test(lower(w).replace(/,$/u, '')))
  );
}

/**
 * Step: whether a few quoted words are the term a clause asks about ("Was ein «Inselnetz» genau
 * ist, erklärt X", "Was «Resilienz» bedeutet, zeigt sie", "Was mit «…» gemeint ist, sagt er"):
 * the writer mentions the word, so nobody says it. `before` is the sentence up to the quotation,
 * `after` the text after it.
 */
export function termExplained(before: string, after: string): boolean {
  const clause = writersWords(before.split(/[,;:.!?]\s/u).at(-1) ?? '');
  if (
    clause.length === 0 ||
    clause.length > 4 ||
    !/^(Was|Wofür|Wozu|Worum)$/u.test(clause[0] ?? '')
  )
    return false;
  const rest = /^[»“”"]?\s*([^,.;:!?]*),/u.exec(after)?.[1] ?? '';
  const ws = rest.split(/\s+/u).filter(Boolean);
  return (
    ws.length <= 5 &&
    /^(ist|sei|sind|war|bedeutet|bedeute|heisst|heisse|meint|steht|stehe|geht|gehe)$/u.test(
      ws.at(-1) ?? '',
    )
  );
}

/**
 * Step: whether the quoted words are a term the writer mentions as an example ("Begriffe wie
 * «Chuchichäschtli» kennen sie noch", "Wörter wie «…» oder «…»"): nobody says them. `before` is
 * the sentence up to the quotation.
 */
export function mentionedTerm(before: string): boolean {
  const ws = writersWords(before).map(lower);
  // "Wörter wie «Anke» oder «…»": the second example after the first.
  const last = ws.findLastIndex((w) => w === 'wie');
  return (
    last > 0 &&
    exampleTermNouns.has(ws[last - 1] ?? '') &&
    ws.slice(last + 1).every((w) => /^(oder|und|_?,?)$/u.test(w))
  );
}

/**
 * Step: whether the quoted words are a saying that belongs to nobody, named right before them
 * with an article: "An die alte Bauernregel «…» glaubt er nicht mehr", "den Spruch «…»". Not
 * "sein Lieblingsspruch «…»": a possessive makes it somebody's.
 */
export function proverbNamed(before: string): boolean {
  const ws = writersWords(before);
  const noun = lower(ws.at(-1) ?? '');
  if (!/^\p{Lu}/u.test(ws.at(-1) ?? '') || !proverbTails.some((tail) => noun.endsWith(tail)))
    return false;
  let k = ws.length - 2;
  while (
    k >= 0 &&
    /^\p{Ll}+(e|en|er|es|em)$/u.test(ws[k] ?? '') &&
    !definiteArticles.has(ws[k] ?? '') &&
    !indefiniteArticles.has(ws[k] ?? '')
  )
    k--;
  const article = lower(ws[k] ?? '');
  return definiteArticles.has(article) || indefiniteArticles.has(article) || article === 'das';
}

/**
 * Step: whether the quoted words are what a written text carries, named right before them: "fand
 * einen Zettel mit den Worten «…»", "ein Schild mit der Aufschrift «…»". Who finds, shows or hangs
 * the text did not write it, so the words are nobody's the sentence names.
 */
export function carriedByText(before: string): boolean {
  const ws = writersWords(before);
  const n = ws.length;
  const text = ws[n - 4] ?? '';
  return (
    n >= 4 &&
    isWrittenTextWord(text) &&
    lower(ws[n - 3] ?? '') === 'mit' &&
    /^(den|der|dem)$/u.test(lower(ws[n - 2] ?? '')) &&
    /^(worten|aufschrift|inschrift|satz|text|botschaft|notiz)$/u.test(lower(ws[n - 1] ?? ''))
  );
}

/**
 * Step: whether the quoted words stand in a clause that gives a text as their source ("…, zitiert
 * er einen Beschluss von 1887, wonach «…» seien", "einem Bericht, demzufolge «…»"): the text's
 * words, not those of whom the sentence names. `ws` are the writer's words before the quotation.
 */
export function inSourceClause(ws: readonly string[]): boolean {
  const comma = ws.findLastIndex((w) => /[,;:]$/u.test(w));
  const clause = ws.slice(comma + 1).map(lower);
  return (
    /^(wonach|demzufolge|demnach)$/u.test(clause[0] ?? '') ||
    (/^(dem|der|denen)$/u.test(clause[0] ?? '') && clause[1] === 'zufolge') ||
    // "…, das Heu sei laut dem Einsatzprotokoll «…»": a text given as the source of the words.
    clause.some(
      (w, j) =>
        sourceWords.has(w) &&
        clause.slice(j + 1, j + 3).some((x) => isDocumentNoun(x.replace(/[^\p{L}]/gu, ''))),
    )
  );
}

/** Tails of a written text or report: "protokoll", "studie", "urteil". */
const documentNouns = [...writtenTextNouns, ...documentTails];

/** A written text or report, compounds too, lower case: "einsatzprotokoll", "studie", "urteil". */
const isDocumentNoun = (w: string) => documentNouns.some((t) => w.endsWith(t));

/**
 * Step: whether a sentence has its subject listen or keep silent ("Anna Meier hörte schweigend
 * zu.", "Der Trainer schwieg."): a quotation after it is somebody else's.
 */
export function listens(ws: readonly string[]): boolean {
  const clauseEnds = ws.map((w, j) => /[,.;:!?]$/u.test(w) || j === ws.length - 1);
  return ws.some(
    (w, j) =>
      listeningVerbs.has(lower(w)) ||
      // "hörte … zu": the particle closes the clause.
      (/^(hört|hörte)$/u.test(lower(w)) &&
        ws.some((x, k) => k > j && lower(x) === 'zu' && clauseEnds[k] === true)),
  );
}

/**
 * Step: whether a quotation speaks of the subject in the third person ("Sie hat ihn verdient"
 * after "Anna Meier hat gewonnen"): a pronoun of the subject's gender in it, so somebody else speaks.
 */
export function speaksOfThirdPerson(quotation: string, subject: Subject | null): boolean {
  return speaksOf(quotation, genderOfSubject(subject));
}

/** The gender a subject has by its pronoun, its given name or its reference; null for a role. */
function genderOfSubject(subject: Subject | null): Gender {
  return subject?.type === 'pronoun' || subject?.type === 'reference'
    ? subject.gender
    : subject?.type === 'name'
      ? genderOfName(subject.name)
      : null;
}

/**
 * "Dann hat sie der Trainer gelobt": a man's role after "der" (or "ein") right behind "sie" is the
 * subject, and "sie" the object. Not "hat sie der Mutter gesagt":
 * after "der", a woman's noun is in the dative.
 */
const subjectFollows = (clause: readonly string[], j: number) =>
  /^(der|ein)$/u.test(clause[j + 1] ?? '') &&
  genderOfRoleWithArticle(clause[j + 1] ?? '', clause[j + 2] ?? '') === 'm';

/**
 * Step: the subject pronoun right after a singular verb when something else opens the sentence:
 * "Nach dem Unfall habe sie lange gezweifelt", "Die Frage wollte er nicht beantworten" → the
 * pronoun. Only in the main clause before the first comma, never the subject of a subordinate
 * clause ("Vor dem Haus wartete seine Nachbarin, als er ankam"). Null when a person or role opens
 * it ("Der Trainer lobte sie": "sie" is the object) or the verb is plural ("Die Kinder lieben sie").
 */
export function invertedPronoun(ws: readonly string[]): Subject | null {
  const comma = ws.findIndex((w) => w.endsWith(','));
  const clause = comma >= 0 ? ws.slice(0, comma) : ws;
  // "Seit Jahren plant sie den Anlass.", "Während der Pause ruft er an.": a word that opens a
  // subordinate clause may be a preposition, where no comma ends a clause or an article follows.
  const preposition =
    /^(seit|während|bis)$/u.test(lower(clause[0] ?? '')) &&
    (comma < 0 || /^(de[mnrs]|die|das|eine[mnrs]?|\d+)$/u.test(lower(clause[1] ?? '')));
  if (subordinators.has(lower(clause[0] ?? '')) && !preposition) return null;
  // "er" is always the subject; "sie" may be the object of a person who opens the sentence.
  const opensWithSubject = readSubject(clause) !== null;
  const pronoun = clause.findIndex(
    (w, j) =>
      j > 0 &&
      (w === 'er' || (w === 'sie' && !opensWithSubject && !subjectFollows(clause, j))) &&
      /^\p{Ll}+$/u.test(clause[j - 1] ?? '') &&
      !/en$/u.test(clause[j - 1] ?? '') &&
      // "als er ankam", "das Buch, das er schrieb": a subordinate or relative clause.
      !subordinators.has(clause[j - 1] ?? '') &&
      !/^(der|die|das|den|dem|welche[rsmn]?)$/u.test(clause[j - 1] ?? ''),
  );
  // "Seit dem Umzug besucht sie ihr Sohn Marco": after a phrase put first, a subject after the
  // pronoun makes the pronoun the object.
  const next = lower(bare(clause[pronoun + 1] ?? ''));
  const subjectNext =
    /^(ihr|sein|ein|eine|der|mein|meine|unser|unsere|dein|deine)$/u.test(next) ||
    (/^(die|das|ihre|seine)$/u.test(next) &&
      (isRoleWord(clause[pronoun + 2] ?? '') ||
        isUnnamedPersonNoun(bare(clause[pronoun + 2] ?? ''))));
  if (pronoun > 0 && preposition && subjectNext) return null;
  if (pronoun > 0) return { type: 'pronoun', gender: clause[pronoun] === 'er' ? 'm' : 'f' };
  // "Ein Alkoholverbot, wie es Petrović ins Spiel brachte, lehnte sie ab.": after a clause set
  // off by commas, the main clause goes on with its verb and then its subject.
  const close = ws.findIndex((w, j) => j > comma && w.endsWith(','));
  if (
    comma > 0 &&
    close > comma &&
    (subordinators.has(lower(ws[comma + 1] ?? '')) ||
      /^(der|die|das|den|dem|wie|welche[rsmn]?)$/u.test(ws[comma + 1] ?? ''))
  ) {
    const [verb = '', subject = ''] = ws.slice(close + 1);
    if (/^\p{Ll}+$/u.test(verb) && !/en$/u.test(verb) && /^(er|sie)$/u.test(bare(subject)))
      return { type: 'pronoun', gender: bare(subject) === 'er' ? 'm' : 'f' };
  }
  return null;
}

/**
 * Whether a sentence is in the subjunctive of reported speech: one of the common forms ("sei",
 * "habe", "dürften"), or a verb in -e right after a pronoun subject, or an article and a noun,
 * that open it ("Es handle sich …", "Er gehe davon aus", "Die Vorlage führe in …"); not the
 * past in -te ("Er sagte") or a word in -e that is no verb ("Die Kinder ohne Helm").
 */
/** A verb in -e that may be a subjunctive: "koste", "arbeite", "dauere"; not "führte". */
const inE = (w: string) =>
  /^\p{Ll}{3,}e$/u.test(w) &&
  (!/te$/u.test(w) || /([^s]s|i)te$/u.test(w)) &&
  // "wurde": the past, though in -e.
  w !== 'wurde' &&
  !functionWordsInE.has(w);

/**
 * "Bis die neue Sparte die Einbussen auffange, dauere es aber …": a clause a subordinator opens,
 * then the main clause's verb in -e and its pronoun subject, reported speech.
 */
export function subjunctiveAfterLeadingClause(ws: readonly string[]): boolean {
  const mainVerb = ws.findIndex((w) => w.endsWith(',')) + 1;
  return (
    mainVerb > 1 &&
    subordinators.has(lower(ws[0] ?? '')) &&
    inE(ws[mainVerb] ?? '') &&
    /^(er|sie|es|man)[,.]?$/u.test(ws[mainVerb + 1] ?? '')
  );
}

export function inSubjunctive(ws: readonly string[]): boolean {
  // "Entscheidend sei, wie …": the verb may carry the comma that opens the next clause.
  if (ws.some((w) => reportedSpeechVerbs.has(bare(w)))) return true;
  // "Die Vorlage führe in …", "Ein Projekt liege beim Kanton": an article and a noun open the
  // clause, then the verb.
  const nounFirst =
    /^(Der|Die|Das|Ein|Eine|Kein|Keine)$/iu.test(ws[0] ?? '') &&
    /^\p{Lu}\p{Ll}+$/u.test(ws[1] ?? '');
  const verb = ws[nounFirst ? 2 : 1] ?? '';
  if (nounFirst || /^(Es|Er|Sie|Man|Das|Dies)$/u.test(ws[0] ?? '')) return inE(verb);
  // "An ihren Stammkunden hänge sie, …", "Dort arbeite er": a phrase put first, then the verb
  // in -e and its pronoun subject, in the first clause.
  const firstClause = ws.slice(0, ws.findIndex((w) => w.endsWith(',')) + 1 || ws.length);
  if (
    firstClause.some((w, j) => j > 0 && inE(w) && /^(er|sie|es),?$/u.test(firstClause[j + 1] ?? ''))
  )
    return true;
  if (subjunctiveAfterLeadingClause(ws)) return true;
  // "Aufgeben komme nicht in Frage", "Dort fehle das Geld": one word, then the verb, then
  // no noun it could be an adjective of ("Vier grosse Firmen").
  return (
    /^\p{Lu}\p{Ll}+$/u.test(ws[0] ?? '') &&
    !/^(Ich|Wir|Du|Ihr)$/u.test(ws[0] ?? '') &&
    !functionWordsInE.has(lower(ws[0] ?? '')) &&
    inE(verb) &&
    !/^\p{Lu}/u.test(ws[2] ?? '')
  );
}

/** "Laut Polizei …", "… gemäss Angaben der Gemeinde": the sentence names a source of its own. */
const namesSource = (ws: readonly string[]) => ws.some((w) => sourceWords.has(lower(w)));

/**
 * Step: whether a sentence between two quotations is the writer's own account ("Der Verband
 * sieht das anders.") rather than more of what the speaker said: it has no verb in the
 * subjunctive of reported speech ("Die Wege dürften nicht zu lang werden."), no pronoun subject
 * that points back to the speaker ("Sie erinnerte an …", "Negativzinsen schloss er nicht aus.")
 * and no verb of saying ("…, schreibt sie."); or it names a source of its own ("Laut Polizei
 * sei niemand verletzt.").
 */
export function isWritersAccount(sentence: string): boolean {
  const ws = wordsOutsideQuotes(sentence);
  if (namesSource(ws)) return true;
  if (inSubjunctive(ws)) return false;
  if (ws.some((w) => speechVerbs.has(lower(w)) && /^\p{Ll}/u.test(w))) return false;
  if (personPronouns.has(lower(ws[0] ?? ''))) return false;
  return invertedPronoun(ws) === null;
}

/** Words for people the text does not name, lower case: a sentence with one brings somebody in. */
const somebodyWords =
  /^(man|wir|ich|jemand|niemand|alle|andere|anderen|viele|manche|einige|keiner|keine|beide|beiden|wer)$/u;

/**
 * Step: whether a sentence between two quotations only describes, bringing in nobody who might
 * speak next: "Die Stimme ist heiser, der Ärger noch frisch." No role, body, given name or
 * pronoun for somebody, no verb of saying or opinion, no quotation and no question (whether it
 * names a person, the caller asks the people index). A quotation after it goes on with whom the
 * quotation before it was given.
 */
export function describesNoOne(sentence: string): boolean {
  const ws = wordsOutsideQuotes(sentence);
  return (
    ws.length > 0 &&
    ws.length <= 16 &&
    !/[«»„“”"‹›]/u.test(sentence) &&
    !/\?\s*$/u.test(sentence) &&
    !ws.some((w) => {
      const l = lower(w);
      return (
        somebodyWords.test(l) ||
        personPronouns.has(l) ||
        speechOrOpinionVerbs.has(l) ||
        askingVerbs.has(l) ||
        pluralSpeechVerbs.has(l) ||
        (/^\p{Lu}/u.test(w) && (isRoleWord(w) || isOrganisationWord(w) || isGivenName(bare(w))))
      );
    })
  );
}

/**
 * Step: whether a sentence only goes on with what the person quoted before said, in reported
 * speech and naming no source of its own: "Die Wege dürften nicht zu lang werden." Not "Laut
 * Polizei sei er geflohen." (a source), nor a sentence with a speaker or subject of its own.
 */
export function continuesReportedSpeech(
  sentence: string,
  isPerson: (word: string) => boolean = () => true,
): boolean {
  const ws = wordsOutsideQuotes(sentence);
  // "Gleichzeitig werde es schwieriger", "Aufgeben komme nicht in Frage": one capitalised word
  // that is nobody of the article is no subject that speaks.
  const opening = openingSubject(sentence);
  return (
    inSubjunctive(ws) &&
    !namesSource(ws) &&
    // "Seine Gegner werfen ihm vor, er sei …", "Der Vorwurf, er sei …", "Einmal habe ein Kunde
    // gefragt, ob …": a clause that says, asks or reproaches has its own source.
    // "Fahrgäste berichten, die Temperatur sei …": several people speak, in the plural too.
    !ws.some((w) =>
      [speechOrOpinionVerbs, askingVerbs, reproachVerbs, reproachNouns, pluralSpeechVerbs].some(
        (list) => list.has(lower(w)),
      ),
    ) &&
    sentenceSubject(sentence) === null &&
    (opening === null ||
      (opening.type === 'name' && !opening.name.includes(' ') && !isPerson(opening.name))) &&
    invertedPronoun(ws) === null
  );
}

export const speechOrOpinionVerbs = new Set([...speechVerbs, ...opinionVerbs]);

/**
 * Step: whether a sentence is somebody's reported speech in the subjunctive, whoever its subject
 * is, with no verb of saying, reproach or source of its own: "Er habe «mit kaltem Kalkül»
 * gehandelt.", "Die Entscheidung sei «ein Witz» gewesen." A few quoted words in it are the
 * words of whom the text let speak before, not of its subject. Not "Laut Anklage habe er …",
 * "Sie wirft ihm vor, er habe …", nor a conditional ("Wäre er …").
 */
export function isReportersClause(sentence: string): boolean {
  const ws = wordsOutsideQuotes(sentence);
  const plain = ws.map(lower);
  return (
    (plain.some((w) => reportedSubjunctive.test(w)) || subjunctiveAfterLeadingClause(ws)) &&
    !namesSource(ws) &&
    !plain.some((w) => /^(ich|wir|mir|uns|dass|ob)$/u.test(w)) &&
    !plain.some((w) =>
      [speechOrOpinionVerbs, askingVerbs, reproachVerbs, reproachNouns, impersonalVerbs].some((l) =>
        l.has(w),
      ),
    )
  );
}

/** The words without an address at their start: "Frau Zaugg, Sie haben …" → "Sie haben …". */
export function withoutAddress(ws: readonly string[]): readonly string[] {
  if (!/^(Herr|Frau)$/u.test(ws[0] ?? '')) return ws;
  const end = ws.findIndex((w) => w.endsWith(','));
  const address = ws.slice(1, end + 1);
  return end > 0 && end <= 3 && address.every((w) => /^\p{Lu}/u.test(w)) ? ws.slice(end + 1) : ws;
}

/**
 * Step: the source a sentence opens with: "Wie Stadträtin X sagte, sei …" → X; "Laut X sei …",
 * "Gemäss der Sprecherin …" → who that is. Null when the sentence opens otherwise or the
 * source is no person ("Laut Angaben der Polizei" is read as nobody later).
 */
export function openingSource(ws: readonly string[]): Subject | null {
  const first = ws[0] ?? '';
  if (first === 'Wie') {
    const verb = ws.findIndex(
      (w, j) => j > 1 && w.endsWith(',') && speechVerbs.has(lower(w)) && /^\p{Ll}/u.test(w),
    );
    return verb > 1 ? wholeSubject(ws.slice(1, verb)) : null;
  }
  // "Dem Polizeisprecher Marco Huber zufolge …": the source before "zufolge".
  const zufolge = ws.findIndex((w) => lower(w) === 'zufolge');
  if (zufolge > 0) {
    const source = /^(Dem|Der)$/u.test(first)
      ? ['der', ...ws.slice(1, zufolge)]
      : ws.slice(0, zufolge);
    // "Angaben von Beat Gmür zufolge", "Ersten Schätzungen zufolge": whose statements they are,
    // or nobody.
    if (source.some((w) => sourceNouns.has(lower(bare(w))))) {
      const von = source.findIndex((w) => /^(von|vom)$/u.test(w));
      const owner = von > 0 ? wholeSubject(source.slice(von + 1)) : null;
      return owner?.type === 'name' ? owner : null;
    }
    const read = wholeSubject(source);
    if (read && read.type !== 'pronoun' && !isGroup(read)) return read;
  }
  // "Für ihn ist die Hecke «unser grüner Vorhang»", "Für Nyffeler bleibt das «ein Fehler»":
  // whose view the sentence gives ("für sie" may be several people).
  // Not "Für Nikzad sei das «Ehrensache» gewesen, sagt sie.": a verb of saying after a comma
  // names who holds the view.
  const saidAfter = ws.some(
    (w, j) => j > 2 && (ws[j - 1] ?? '').endsWith(',') && speechVerbs.has(lower(w)),
  );
  if (first === 'Für' && !saidAfter) {
    const copula = ws.findIndex(
      (w, j) => j > 1 && j <= 5 && /^(ist|sind|war|waren|bleibt|blieb|wäre|sei)$/u.test(w),
    );
    if (copula > 0 && ws[1] === 'ihn' && copula === 2) return { type: 'pronoun', gender: 'm' };
    const holder = copula > 0 ? wholeSubject(ws.slice(1, copula)) : null;
    // "Für Jugendliche sei der Beruf attraktiv": a role with no article is people of that kind,
    // for whom something is so, not whose view it is.
    const bareRole = holder?.type === 'role' && copula === 2;
    if (holder?.type === 'name' || (holder?.type === 'role' && !bareRole && !isGroup(holder)))
      return holder;
  }
  if (/^(Laut|Gemäss|Gemäß)$/u.test(first)) {
    const read = readSubject(ws.slice(1));
    return read && read.subject.type !== 'pronoun' && !isGroup(read.subject) ? read.subject : null;
  }
  return null;
}

/**
 * "Laut Experten", "Insidern zufolge", "Gemäss Anwohnern": a role alone in the dative plural is
 * a group, never one speaker. ("Laut Polizeisprecher Huber" names one.)
 */
const isGroup = (subject: Subject) =>
  subject.type === 'role' &&
  !subject.role.includes(' ') &&
  /(en|ern|innen)$/u.test(subject.role) &&
  !/in$/u.test(subject.role);

/** Words that open a question the writer reports: "Ob er …?", "Wie sie dazu kam?". */
const questionWords =
  /^(Ob|Wie|Was|Warum|Weshalb|Wieso|Wann|Wo|Woher|Wohin|Womit|Wovon|Wofür|Welche[rnsm]?)$/u;

/**
 * Step: what a question the writer reports says of who answers it, for the quotation after it
 * ("Ob er nun an die Nationalmannschaft denke? «…»", "Wie Keller dazu kam? «…»"): the person
 * it is put to, as its subject (a pronoun or a name); nobody for several ("Ob sie bleiben
 * wollen?"); null for a question whose subject is no person ("Ob der Roman autobiografisch
 * sei?"); undefined where the sentence is no such question.
 */
export function reportedQuestion(sentence: string): Subject | null | undefined {
  const trimmed = sentence.trim();
  if (/[«»„“"]/u.test(trimmed)) return undefined;
  const all = words(trimmed);
  // "Ob er Geldsorgen gehabt habe, fragte Lüthi weiter.": the question before a verb of asking.
  const asked = all.findIndex(
    (w, j) =>
      j > 1 &&
      (all[j - 1] ?? '').endsWith(',') &&
      (askingVerbs.has(lower(w)) ||
        (/^(will|wollte)$/u.test(lower(w)) && bare(all.at(-1) ?? '') === 'wissen')),
  );
  if (!trimmed.endsWith('?') && asked < 0) return undefined;
  const ws =
    asked < 0 ? all : [...all.slice(0, asked - 1), `${(all[asked - 1] ?? '').slice(0, -1)}?`];
  const second = lower(ws[1] ?? '');
  // "Ist sie nie müde?", "Bereut er es?": a question the writer puts, its verb first, about
  // whom its pronoun means.
  const verbFirst =
    asked < 0 &&
    /^(Ist|War|Hat|Hatte|Wird|Kann|Konnte|Muss|Will|Wollte|Würde|Hätte|Wäre|Gibt|Denkt|Bereut|Vermisst|Fürchtet|Glaubt|Hofft|Plant|Sieht|Fühlt)$/u.test(
      ws[0] ?? '',
    ) &&
    (second === 'er' || second === 'sie') &&
    !/en\?$/u.test(ws.at(-1) ?? '');
  if (verbFirst) return { type: 'pronoun', gender: second === 'er' ? 'm' : 'f' };
  if (!questionWords.test(ws[0] ?? '')) return undefined;
  if (second === 'er' || second === 'sie') {
    // "Ob sie bleiben wollen?": a verb in the plural closes the clause.
    if (second === 'sie' && /en\?$/u.test(ws.at(-1) ?? '')) return { type: 'nobody' };
    return { type: 'pronoun', gender: second === 'er' ? 'm' : 'f' };
  }
  const read = readSubject(ws.slice(1));
  return read?.subject.type === 'name' ? read.subject : null;
}

/**
 * Where the auxiliary of a verb in the perfect stands before it in its clause ("X hat das Buch
 * als _ bezeichnet", "X hatte in ihrem Plädoyer gesagt"): not first, with no comma between it
 * and the participle (not "Y habe gefoult, sagte X"); -1 where there is none.
 */
function perfectAuxiliary(ws: readonly string[], verb: number): number {
  return ws.findIndex(
    (w, j) =>
      j > 0 &&
      j < verb &&
      /^(hat|hatte|habe|hätte)$/u.test(w) &&
      !ws.slice(j, verb).some((x) => x.endsWith(',')),
  );
}

/**
 * "Und Felders Fraktionskollege Samuel Iten meinte, …": the words without a conjunction that
 * opens them before a capitalised word, the subject's first.
 */
const withoutOpeningConjunction = (ws: readonly string[]): readonly string[] =>
  /^(Und|Aber|Doch|Auch)$/u.test(ws[0] ?? '') && /^\p{Lu}/u.test(ws[1] ?? '') ? ws.slice(1) : ws;

/**
 * "Im Januar gewann sie den Pokal, ein Kommentator nannte sie danach «…»", "…, und der Trainer
 * sagte «…»": a main clause after a comma whose own subject, a name or a role with its article,
 * stands right before the verb and the quotation after it; whoever the sentence opened with is
 * not who speaks.
 */
export function ownClauseSubject(ws: readonly string[], verb: number): Subject | null {
  const comma = ws.slice(0, verb).findLastIndex((w) => w.endsWith(','));
  // Only in the quotation's own sentence: "…, Anna Muster lachte. «…»" says nothing of who
  // speaks next.
  if (comma < 0 || !ws.slice(verb + 1).some((w) => w.startsWith('_'))) return null;
  let clause = ws.slice(comma + 1, verb);
  if (/^(und|aber|doch|denn|oder)$/u.test(clause[0] ?? '')) clause = clause.slice(1);
  const read = clause.length > 0 ? readSubject(clause) : null;
  if (!read || read.length !== clause.length) return null;
  if (read.subject.type === 'name') return read.subject;
  return read.subject.type === 'role' && /^(der|die|ein|eine)$/iu.test(clause[0] ?? '')
    ? read.subject
    : null;
}

/**
 * Step: the speaker a sentence names for the quotations inside it: the subject of a verb of
 * saying or of opinion ("X sprach von einem «…»", "X sagte, man werde «…»", "Gegenüber dem
 * Blatt sprach Wyss von «…»"), or an attribution at its end ("…, sagte er.", "…, so Fehr.").
 */
export function sentenceSubject(sentence: string): Subject | null {
  // "Herr Caduff, Ihr Kollege … sagte": whom a question addresses is not its subject.
  const ws = withoutOpeningConjunction(withoutAddress(writersWords(sentence)));
  const source = openingSource(ws);
  if (source) return source;
  // "Mehr als 240 Einsätze: Kreisbrandmeister X spricht von einem «…»": a colon ends a part
  // with no verb of saying; the clause after it names the speaker.
  const colon = ws.findIndex((w) => w.endsWith(':'));
  if (
    colon >= 0 &&
    findSpeechVerb(ws.slice(0, colon + 1), speechOrOpinionVerbs) < 0 &&
    findSpeechVerb(ws.slice(colon + 1), speechOrOpinionVerbs) > 0
  )
    return sentenceSubject(ws.slice(colon + 1).join(' '));
  // "…, sagte er." / "…, so Fehr." at the end
  for (let j = ws.length - 1; j > 0; j--) {
    if (
      (ws[j - 1] ?? '').endsWith(',') &&
      speechVerbs.has(lower(ws[j] ?? '')) &&
      /^\p{Ll}/u.test(ws[j] ?? '') &&
      // "Maria Hold, eine frühere Richterin, sagte, sie habe …": a comma after the verb opens
      // the reported clause; its pronoun is not who speaks.
      !(ws[j] ?? '').endsWith(',')
    ) {
      // "Meine Lektorin, Barbara Ehrsam, fand Lene …": the comma closes the subject's
      // apposition; the name after the verb is its object.
      const opening =
        ws.slice(0, j).filter((w) => w.endsWith(',')).length >= 2
          ? subjectOfWords(ws.slice(0, j))
          : null;
      if (opening?.type === 'name') return opening;
      // "…, sagte, man gehe …": "man" opens the reported clause, it is not who speaks; "…,
      // erinnert sich an einen Vater": an object.
      const read = subjectAfterVerb(ws.slice(j + 1));
      // "Anton Gerber hört es nicht mehr, sagt er.": a clause in the indicative, opened by a
      // name, is what that person says of themselves; the pronoun means them. In the
      // subjunctive ("Tschanz sei zäh, sagt er") somebody else speaks of them.
      const reported = ws.slice(0, j);
      const opener = readSubject(reported);
      if (
        read?.type === 'pronoun' &&
        opener?.subject.type === 'name' &&
        // A name and its own verb, not "Früher, erzählt er, …" (an adverb alone).
        reported.length > opener.length &&
        !(reported[opener.length - 1] ?? '').endsWith(',') &&
        !inSubjunctive(reported) &&
        !reported.slice(0, -1).some((w) => /[,;:]$/u.test(w))
      )
        return opener.subject;
      if (read && read.type !== 'nobody') return read;
    }
  }
  // "…, wie Produzent Marco Zanetti gegenüber blue News erzählte."
  const wie = ws.findLastIndex((w, j) => w === 'wie' && (ws[j - 1] ?? '').endsWith(','));
  if (wie >= 0 && speechVerbs.has(lower(ws.at(-1) ?? ''))) {
    const read = readSubject(ws.slice(wie + 1));
    if (read) return read.subject;
  }
  // "Lea Tschirky will nach eigenen Worten «…»", "Er sei eigenen Angaben zufolge …": the
  // subject's own words.
  if (
    ws.some(
      (w, j) =>
        /^eigene[nr]?$/u.test(lower(w)) &&
        /^(worten|angaben|aussage|aussagen|bekunden)[,.;:!?]?$/u.test(lower(ws[j + 1] ?? '')),
    )
  ) {
    const own = openingSubject(ws.join(' '));
    if (own?.type === 'name' || own?.type === 'pronoun') return own;
  }
  const verb = findSpeechVerb(ws, speechOrOpinionVerbs);
  if (verb <= 0) return null;
  if (pluralSpeechVerbs.has(lower(ws[verb] ?? ''))) return null;
  const own = ownClauseSubject(ws, verb);
  if (own) return own;
  const inverted = pronounAfterVerb(ws, verb);
  // "Die «Gämsbacher Post» nannte sie «die mutigste Frau im Tal»": after a noun that may be the
  // subject, the pronoun a naming verb takes may be whom it names; nobody is sure.
  // "Das Techportal «Schaltkreis», das die Uhr testete, beschreibt sie als «…»": a relative
  // clause after that noun changes nothing.
  // "Die kommenden Wochen bezeichnete er als «…»": "er" is never the object. "Der Pfarrer nennt
  // sie …": a person opens the sentence (no pronoun read), so "sie" is whom he names.
  if (
    ((inverted?.type === 'pronoun' && inverted.gender === 'f') ||
      (ws[verb + 1] === 'sie' && ws[1] === '_')) &&
    /^(nannte|nennt|nannten|nennen|bezeichnete|bezeichnet|betitelte|betitelt|beschreibt|beschrieb|würdigt|würdigte)$/u.test(
      lower(ws[verb] ?? ''),
    ) &&
    /^(Der|Die|Das)$/u.test(ws[0] ?? '') &&
    (verb <= 3 ||
      (/^\p{Lu}/u.test(bare(ws[1] ?? '')) && openingNounWithRelativeClause(ws.slice(0, verb))))
  )
    return null;
  if (inverted) return inverted;
  // "…, die Boulevardpresse nannte sie «…»": a thing or a body with its article opens the
  // clause of the verb; whoever the sentence named before the comma is not its subject.
  const lastComma = ws.slice(0, verb).findLastIndex((w) => w.endsWith(','));
  const clauseBefore = ws.slice(lastComma + 1, verb);
  if (
    lastComma >= 0 &&
    clauseBefore.length === 2 &&
    /^(der|die|das)$/iu.test(clauseBefore[0] ?? '') &&
    /^\p{Lu}\p{Ll}+$/u.test(clauseBefore[1] ?? '') &&
    !isRoleWord(clauseBefore[1] ?? '') &&
    !isUnnamedPersonNoun(clauseBefore[1] ?? '') &&
    !isGivenName(clauseBefore[1] ?? '')
  )
    return null;
  // "Konzernchef X will 30 Filialen schliessen – und spricht von einem «…»": a second verb
  // joined by "und" with no subject of its own has the subject the sentence opens with.
  // "Wüthrich ist zuversichtlich, räumt aber ein, dass …": after a comma, a second verb with
  // "aber" and no subject of its own, too.
  const sharedAfterComma =
    (ws[verb - 1] ?? '').endsWith(',') &&
    /^(aber|jedoch|allerdings|zugleich|gleichzeitig)$/u.test(bare(ws[verb + 1] ?? '')) &&
    !subordinators.has(lower(ws[0] ?? ''));
  if (lower(ws[verb - 1] ?? '') === 'und' || sharedAfterComma) {
    const shared = openingSubject(ws.slice(0, verb - (sharedAfterComma ? 0 : 1)).join(' '));
    if (shared?.type === 'name' || shared?.type === 'pronoun') return shared;
  }
  // "Das sind 66 Jahre, und er erwähnt gern, dass …": a clause joined by "und" (or after a
  // comma) whose subject is the pronoun right before the verb.
  if (
    /^(er|sie)$/u.test(ws[verb - 1] ?? '') &&
    (/^(und|aber|doch|denn)$/u.test(ws[verb - 2] ?? '') || (ws[verb - 2] ?? '').endsWith(',')) &&
    !pluralVerbBefore(ws[verb] ?? '')
  )
    return { type: 'pronoun', gender: ws[verb - 1] === 'er' ? 'm' : 'f' };
  // "X hat das Buch als _ bezeichnet": in the perfect the subject stands before the auxiliary.
  // Only with the participle closing the clause: not in "Y habe gefoult, sagte X".
  const auxiliary = perfectAuxiliary(ws, verb);
  // "Das Tennismagazin «Smash» hatte Nora als «…» bezeichnet": a thing or body the sentence
  // opens with, then the auxiliary: that is the subject; the name after it is the object.
  if (
    auxiliary >= 2 &&
    auxiliary <= 3 &&
    /^(Der|Die|Das)$/u.test(ws[0] ?? '') &&
    /^\p{Lu}\p{Ll}+$/u.test(ws[1] ?? '') &&
    !isRoleWord(ws[1] ?? '') &&
    !isUnnamedPersonNoun(ws[1] ?? '') &&
    ws.slice(2, auxiliary).every((w) => w === '_')
  )
    return null;
  // "Im Kantonsrat sagte X, …", "Vor dem Gemeindehaus sagte X, …": a place or time put first
  // names nobody; the subject follows the verb.
  const fronted =
    subjectOfWords(ws.slice(0, verb)) ??
    // "Ein Schüler, der elfjährige Jonas, habe sie gefragt": the subject before the auxiliary.
    (auxiliary > 0 && (ws[auxiliary - 1] ?? '').endsWith(',')
      ? subjectOfWords(ws.slice(0, auxiliary))
      : null);
  // "Nach dem 6:4-Sieg gegen Serienmeister Wiler-Matt sprach X": a preposition with its article
  // opens a phrase of time or place, whatever name stands in it.
  // "Im Wahlkampf hatte Leu …": a preposition joined with its article, too.
  const adverbial =
    (prepositionsBeforeObject.has(lower(ws[0] ?? '')) &&
      (fronted?.type !== 'name' ||
        /^(dem|der|den|einem|einer|einen)$/u.test(lower(ws[1] ?? '')))) ||
    (/^(im|am|beim|vom|zum|zur|ins)$/u.test(lower(ws[0] ?? '')) && fronted?.type !== 'name');
  // "Unter der Woche hatte Lindholm den Gegner als «…» bezeichnet": a phrase put first, the
  // auxiliary, then its subject.
  const afterAuxiliary =
    auxiliary > 0 && (adverbial || fronted === null || fronted.type === 'nobody')
      ? readSubject(ws.slice(auxiliary + 1, verb))?.subject
      : null;
  // Not "Im Wahlkampf hatte die Zeitung Kurt Leu als «…» bezeichnet": a name after another
  // subject is the object; the name (or a role and the name) must follow the auxiliary.
  const first = bare(ws[auxiliary + 1] ?? '');
  if (
    afterAuxiliary?.type === 'name' &&
    !(
      afterAuxiliary.name.startsWith(first) ||
      (isRoleWord(first) && afterAuxiliary.name.startsWith(bare(ws[auxiliary + 2] ?? '')))
    )
  )
    return { type: 'nobody' };
  return (
    (adverbial ? null : fronted) ??
    (auxiliary > 0 && !adverbial ? wholeSubject(ws.slice(0, auxiliary)) : null) ??
    (afterAuxiliary?.type === 'name' || afterAuxiliary?.type === 'pronoun'
      ? afterAuxiliary
      : null) ??
    // "Sie haben einmal gesagt, ein guter Ermittler müsse «…»": a comma after the verb opens
    // the reported clause, whose subject is not who speaks.
    ((!adverbial && ws.slice(0, verb).some((w) => isNameWord(bare(w)))) ||
    (ws[verb] ?? '').endsWith(',')
      ? null
      : subjectAfterVerb(ws.slice(verb + 1)))
  );
}

/**
 * "Ein Rekrut der Kompanie, der anonym bleiben wollte," → "Ein Rekrut der Kompanie": the words
 * before a verb without the relative clause that closes them; the words as they are otherwise.
 */
export function withoutTrailingRelativeClause(before: readonly string[]): readonly string[] {
  const comma = before.findIndex((w) => w.endsWith(','));
  if (
    comma < 1 ||
    !/^(der|die|das|dem|den|dessen|deren)$/u.test(before[comma + 1] ?? '') ||
    !(before.at(-1) ?? '').endsWith(',') ||
    before.slice(comma + 1, -1).some((w) => /[,;:.!?]$/u.test(w))
  )
    return before;
  return [...before.slice(0, comma), (before[comma] ?? '').replace(/,$/u, '')];
}

/** The whole words as a subject, or the words without the relative clause that closes them. */
export function subjectOfWords(before: readonly string[]): Subject | null {
  const comma = before.findIndex((w) => w.endsWith(','));
  // "BVP-Nationalrat Lukas Rindlisbacher, selbst Liegenschaftsverwalter,": a name, then what
  // the person is too, set off by commas.
  if (
    comma >= 1 &&
    (before.at(-1) ?? '').endsWith(',') &&
    /^(selbst|selber|einst|früher|ebenfalls)$/u.test(before[comma + 1] ?? '') &&
    !before.slice(comma + 1, -1).some((w) => /[,;:.!?]$/u.test(w))
  ) {
    const named = wholeSubject([
      ...before.slice(0, comma),
      (before[comma] ?? '').replace(/,$/u, ''),
    ]);
    if (named?.type === 'name') return named;
  }
  // "Meine Lektorin, Barbara Ehrsam,", "Ein Schüler, der elfjährige Jonas,": a role or a
  // person noun, then the name set off by commas (after an article and adjectives).
  // "Der Verteidiger des 24-Jährigen, Rechtsanwalt Kai Oberdiek,": the role with its complement.
  const roleWithComplement =
    comma <= 5 &&
    /^(Der|Die|Ein|Eine)$/u.test(before[0] ?? '') &&
    isTitleWord(before[1] ?? '') &&
    /^(des|der|von|vom)$/u.test(before[2] ?? '');
  if (
    comma >= 1 &&
    (before.at(-1) ?? '').endsWith(',') &&
    comma < before.length - 1 &&
    (isTitleWord(before[comma] ?? '') ||
      isUnnamedPersonNoun(bare(before[comma] ?? '')) ||
      roleWithComplement) &&
    !before.slice(comma + 1, -1).some((w) => /[,;:.!?]$/u.test(w))
  ) {
    let from = comma + 1;
    // "Sein damaliger Chef, ein gewisser Walter Zünd,": an indefinite article, too.
    if (/^(der|die|ein|eine)$/u.test(before[from] ?? '')) {
      from++;
      while (from < before.length - 1 && /^\p{Ll}+(e|en|er)$/u.test(before[from] ?? '')) from++;
    }
    const named = wholeSubject([
      ...before.slice(from, -1),
      (before.at(-1) ?? '').replace(/,$/u, ''),
    ]);
    if (named?.type === 'name') return named;
  }
  const whole = wholeSubject(before);
  if (whole) return whole;
  const shorter = withoutTrailingRelativeClause(before);
  if (shorter !== before) return wholeSubject(shorter);
  // "Nicole Baumgartner, Mutter von drei Kindern,": a name, then a role set off by commas;
  // "Jonas Berkemeier, 34, Vater von zwei Kindern,": with the age before the role.
  // "Hanspeter Grossenbacher, seit dreissig Jahren im Dorf,": a phrase a preposition opens.
  const roleAt = /^\d{1,3},$/u.test(before[comma + 1] ?? '') ? comma + 2 : comma + 1;
  if (
    comma >= 1 &&
    (before.at(-1) ?? '').endsWith(',') &&
    roleAt < before.length - 1 &&
    (isTitleWord(before[roleAt] ?? '') ||
      /^(seit|aus|von|mit|bei|im|in)$/u.test(before[roleAt] ?? '')) &&
    !before.slice(roleAt, -1).some((w) => /[,;:.!?]$/u.test(w))
  ) {
    const named = wholeSubject([
      ...before.slice(0, comma),
      (before[comma] ?? '').replace(/,$/u, ''),
    ]);
    if (named?.type === 'name') return named;
  }
  return null;
}

/**
 * "Das Techportal «Schaltkreis», das die Uhr testen konnte,": an article, a noun (and its quoted
 * name), then a relative clause set off by commas and nothing else before the verb.
 */
export function openingNounWithRelativeClause(before: readonly string[]): boolean {
  const shorter = withoutTrailingRelativeClause(before);
  return shorter !== before && shorter.length <= 4;
}

/**
 * Step: the pronoun right after the verb of saying or opinion when what stands before the verb is
 * no person: "Ihre Rückkehr nennt sie «…»", "Dass …, nannte er «…»" → the pronoun. "er" is always
 * the subject; "sie" is the object after a person ("Ihr Chef nennt sie «…»") or a plural verb.
 */
export function pronounAfterVerb(ws: readonly string[], verb: number): Subject | null {
  // "X schrieb, er hinterlasse …": after a comma the pronoun opens the reported clause.
  if ((ws[verb] ?? '').endsWith(',')) return null;
  const pronoun = ws[verb + 1] ?? '';
  const before = ws.slice(0, verb);
  const clause = before.slice(before.findLastIndex((w) => w.endsWith(',')) + 1);
  // "X sagte, er werde «…» zustimmen": after a comma the pronoun opens the reported clause.
  if ((ws[verb] ?? '').endsWith(',')) return null;
  if (pronoun === 'er') return { type: 'pronoun', gender: 'm' };
  // "…, die Boulevardpresse nannte sie «…»": after a noun with its article that opens the
  // clause, "sie" is the object; "…, der «Gundelwiler Anzeiger» nannte sie «…»": a quoted name
  // too.
  if (
    pronoun === 'sie' &&
    /^(der|die|das)$/iu.test(clause[0] ?? '') &&
    (/^\p{Lu}\p{Ll}+$/u.test(clause[1] ?? '') || clause[1] === '_') &&
    clause.length === 2
  )
    return null;
  // "Der Obmann der Kaufmannschaft, Luca Ferrari, nannte sie «…»": a subject set off by its
  // apposition before the verb; "sie" is the object.
  const apposed = clause.length === 0 ? subjectOfWords(before) : null;
  // "Levin nennt sie ihren «Glücksbringer»": "sie" before her own possessive is the subject,
  // and the man the sentence opens with the object.
  const opener = readSubject(clause)?.subject;
  if (
    pronoun === 'sie' &&
    /^ihre[nmrs]?$|^ihr$/u.test(ws[verb + 2] ?? '') &&
    opener?.type === 'name' &&
    genderOfName(opener.name) === 'm'
  )
    return { type: 'pronoun', gender: 'f' };
  return pronoun === 'sie' &&
    !/en$/u.test(ws[verb] ?? '') &&
    readSubject(clause) === null &&
    apposed?.type !== 'name' &&
    apposed?.type !== 'role'
    ? { type: 'pronoun', gender: 'f' }
    : null;
}

/** Prepositions, lower case, inside a phrase put first; the word after one is its object. */
const phrasePrepositions =
  /^(mit|von|vom|in|ins|im|bei|beim|für|gegen|über|an|am|zu|zum|zur|nach|vor|aus|auf|unter|neben|hinter|zwischen|gegenüber|um|durch|ohne|seit|wegen|trotz)$/u;

/**
 * Step: "Danach zog Hans Muster sein Fazit:", "Auf dem Weg nach draussen zog ein Besucher sein
 * Fazit:": a time or a place put first (one adverb, or a phrase a preposition opens), the verb,
 * then the subject: a person's full name, or a role after "ein", "eine", "der" or "die". Not "Nach dem
 * Auftritt von Lea Muster zog …": a name after a preposition is its object.
 */
export function subjectAfterFrontedPhrase(ws: readonly string[]): Subject | null {
  const phrase = /^(Am|Im|In|Beim|Ins)$/u.test(ws[0] ?? '') || openingPreposition.test(ws[0] ?? '');
  const first = lower(ws[0] ?? '');
  const adverb =
    /^\p{Lu}\p{Ll}+$/u.test(ws[0] ?? '') &&
    !isNameWord(ws[0] ?? '') &&
    !readSubject([ws[0] ?? '']) &&
    ![definiteArticles, indefiniteArticles, possessives].some((l) => l.has(first));
  if (!phrase && !adverb) return null;
  const last = Math.min(phrase ? 7 : 1, ws.length - 2);
  for (let verb = 1; verb <= last; verb++) {
    const word = ws[verb] ?? '';
    // "nach draussen", "dem Weg": a preposition, an article or the word after a preposition.
    if (
      !/^\p{Ll}+$/u.test(word) ||
      phrasePrepositions.test(word) ||
      definiteArticles.has(word) ||
      indefiniteArticles.has(word) ||
      phrasePrepositions.test(ws[verb - 1] ?? '')
    )
      continue;
    const next = ws[verb + 1] ?? '';
    const read = readSubject(ws.slice(verb + 1));
    // A person's full name: "Danach herrschte Stille" names nobody.
    if (read?.subject.type === 'name' && looksLikePersonName(read.subject.name))
      return read.subject;
    if (read?.subject.type === 'role' && /^(ein|eine|der|die)$/u.test(next)) return read.subject;
    // The first word that may be the verb decides.
    return null;
  }
  return null;
}

/**
 * Step: whether a clause is an infinitive with "zu" and no subject of its own ("die Vermieter
 * auf, Senkungen «…» weiterzugeben", "vor, jahrelang «…» zu haben"): what it says is said by the
 * subject of the verb before it.
 */
export function zuInfinitive(clause: readonly string[]): boolean {
  const last = lower(bare(clause.at(-1) ?? ''));
  return (
    clause.length >= 2 &&
    !personPronouns.has(lower(clause[0] ?? '')) &&
    (/^\p{Ll}+en$/u.test(last) || /^\p{Ll}+zu\p{Ll}+en$/u.test(last)) &&
    (lower(clause.at(-2) ?? '') === 'zu' || /^\p{Ll}{2,}zu\p{Ll}{2,}en$/u.test(last))
  );
}

/**
 * Step: whether a clause says or reports anything: a verb of saying or of opinion, a verb of
 * speaking or naming, or the subjunctive of reported speech ("der von einem _ sprach", "der _
 * verloren habe"); not "der den _ in Kaltenegg führt".
 */
export function clauseSays(clause: readonly string[]): boolean {
  const words = clause.map(lower);
  // "der den _ führt": a verb that says only with its particle ("führt aus", "hält fest").
  const particle = words.some((w) => /^(aus|fest|zu|klar|ein|mit|an|fort|vor|hinzu)$/u.test(w));
  return (
    inSubjunctive(clause) ||
    words.some((l) => {
      if (
        !particle &&
        /^(führt|führte|hält|hielt|gibt|gab|stellt|stellte|fährt|fuhr|wirft|warf|lässt|liess|teilt|teilte|räumt|räumte|fügt|fügte|hebt|hob|weist|wies)$/u.test(
          l,
        )
      )
        return false;
      return (
        speechOrOpinionVerbs.has(l) ||
        /^(sprach|spricht|sprechen|sprachen|nennt|nannte|nennen|bezeichnet|bezeichnete|redet|redete)$/u.test(
          l,
        )
      );
    })
  );
}

/**
 * Step: the subject of a "dass" or "ob" clause a few quoted words stand in, when it is named and
 * the clause has a verb of saying or calling of its own: "Kühnel kritisiert, dass Oltmanns von
 * einem «Einzelfall» gesprochen habe" → Oltmanns. Undefined otherwise: in "Kühnel kritisiert,
 * dass Oltmanns «zu spät» reagiert habe" the words are the critic's.
 */
export function thatClauseSubject(before: string, after: string): Subject | undefined {
  const ws = writersWords(before);
  const that = ws.findLastIndex(
    (w, j) => /^(dass|ob)$/u.test(w) && (ws[j - 1] ?? '').endsWith(','),
  );
  if (that < 1 || ws.slice(that + 1).some((w) => /[,;:]$/u.test(w))) return undefined;
  const clause = ws.slice(that + 1);
  const read = readSubject(clause);
  if (!read || read.length > clause.length) return undefined;
  // "…, dass ihr Enkel das Grüssen als «…» bezeichne": a relative the words name, too.
  if (
    read.subject.type !== 'name' &&
    read.subject.type !== 'role' &&
    !(read.subject.type === 'reference' && read.subject.owned === true)
  )
    return undefined;
  const rest = [...clause.slice(read.length), ...words(after.split(/[.!?;,]/u)[0] ?? '')].map(
    lower,
  );
  return rest.some((w) => speechOrOpinionVerbs.has(w)) ? read.subject : undefined;
}

/**
 * Step: the subject of a clause after a comma that leaves out the verb it shares with the clause
 * before: "Er sprach von einem «…», Oppositionschefin Sabine Kronberger von einer «…»" →
 * Sabine Kronberger; "…, die Gegner dagegen von einem «…»" → nobody named (null); undefined
 * where the words end in no such clause.
 */
export function gappedClauseSubject(before: string): Subject | null | undefined {
  const ws = writersWords(before);
  const comma = ws.findLastIndex((w) => w.endsWith(','));
  if (comma < 1 || findSpeechVerb(ws.slice(0, comma), speechOrOpinionVerbs) < 0) return undefined;
  const clause = ws.slice(comma + 1);
  const von = clause.findIndex((w) => /^(von|vom)$/u.test(w));
  if (
    von < 1 ||
    !/^(\p{Lu}|die\b|der\b)/u.test(clause[0] ?? '') ||
    clause
      .slice(von + 1)
      .some((w) => !/^(einer|einem|einen|der|dem|den|\p{Ll}+(en|er|em))$/u.test(w))
  )
    return undefined;
  const adverbs = /^(dagegen|hingegen|wiederum|aber|eher|lieber|gar|sogar|nur|eben)$/u;
  let end = von;
  while (end > 0 && adverbs.test(clause[end - 1] ?? '')) end--;
  if (clause.slice(0, end).some((w) => /^\p{Ll}/u.test(w) && !/^(die|der|des|von|vom)$/u.test(w)))
    return undefined;
  const read = readSubject(clause.slice(0, end));
  return read &&
    read.length === end &&
    (read.subject.type === 'name' || read.subject.type === 'role')
    ? read.subject
    : null;
}

/**
 * Step: whether the words before a few quoted words open with the one who uses them: a subject
 * alone, then a verb of saying or of opinion, and no comma since, so that whoever else is named
 * is the verb's object ("Anna Meier bezeichnete Gemeindepräsident Beat Gmür als" → yes). Not a
 * verb of quoting ("X zitierte Y mit"), not after a comma ("X sprach von _, Y dagegen von").
 */
export function opensWithSpeaker(before: string): boolean {
  const ws = withoutOpeningConjunction(writersWords(before));
  const verb = findSpeechVerb(ws, speechOrOpinionVerbs);
  if (verb <= 0 || /^zitiert/u.test(lower(ws[verb] ?? ''))) return false;
  // "Staatsanwältin Sabine Grütter hatte in ihrem Plädoyer gesagt, …": in the perfect, the
  // subject stands before the auxiliary.
  const auxiliary = perfectAuxiliary(ws, verb);
  const subject =
    subjectOfWords(ws.slice(0, verb)) ??
    (auxiliary > 0 && !ws.slice(0, verb).some((w) => /[,;:]$/u.test(w))
      ? subjectOfWords(ws.slice(0, auxiliary))
      : null);
  // "Polizeisprecher Renzo Galli sagte, der Festgenommene sei «bereits bekannt»": a clause of
  // reported speech right after the verb says what the subject said; "hielt in der
  // Urteilsbegründung fest, der Mann habe «…»": after the verb's particle, a few words on.
  const comma = ws.findIndex((w, j) => j >= verb && /[,;:]$/u.test(w));
  const reported =
    comma >= verb &&
    comma - verb <= 5 &&
    (ws[comma] ?? '').endsWith(',') &&
    !ws.slice(comma + 1).some((w) => /[,;:]$/u.test(w)) &&
    (lower(ws[comma + 1] ?? '') === 'dass' ||
      inSubjunctive(ws.slice(comma + 1)) ||
      zuInfinitive(ws.slice(comma + 1)));
  // "In einem Interview nannte Marco seine Frau seinen «…»": a phrase put first, then the verb
  // and its subject, a name or "er".
  const inverted =
    (subject === null || subject.type === 'nobody') &&
    (openingPreposition.test(ws[0] ?? '') || /^(In|Im|Am|Beim|Vom|Während)$/u.test(ws[0] ?? '')) &&
    !ws.slice(0, verb).some((w) => /[,;:]$/u.test(w))
      ? readSubject(ws.slice(verb + 1))
      : null;
  if (
    inverted &&
    (inverted.subject.type === 'name' ||
      (inverted.subject.type === 'pronoun' && inverted.subject.gender === 'm')) &&
    !ws.slice(verb).some((w) => /[,;:]$/u.test(w))
  )
    return true;
  return (
    ((subject?.type === 'name' || subject?.type === 'pronoun') &&
      (reported || !ws.slice(verb).some((w) => /[,;:]$/u.test(w)))) ||
    (reported && subject?.type === 'role') ||
    // "Eine Frau aus Utrecht, die …, beschreibt die Nacht als «…»": a role that gives its view.
    (subject?.type === 'role' &&
      opinionVerbs.has(lower(ws[verb] ?? '')) &&
      !ws.slice(verb).some((w) => /[,;:]$/u.test(w)))
  );
}

/**
 * Step: whether a sentence reports what somebody said ("Ambühl habe gefoult, sagte der Kroate."):
 * then the person it opens with is what was said about, not who speaks.
 */
export function reportsSpeech(sentence: string): boolean {
  const ws = wordsOutsideQuotes(sentence);
  return ws.some(
    (w, j) => j > 0 && lower(w) !== 'so' && speechVerbs.has(lower(w)) && /^\p{Ll}/u.test(w),
  );
}

/**
 * Step: the subject a sentence opens with, before its verb: "Inhaberin Silvia Moser-Baumann ist
 * erschüttert." → the name; "Er rechnet mit …" → a pronoun. Null when the sentence opens with
 * anything else ("Die Frage wollte er nicht beantworten").
 */
export function openingSubject(
  sentence: string,
  {
    ownedReferences = false,
    references = false,
  }: { ownedReferences?: boolean; references?: boolean } = {},
): Subject | null {
  const all = writersWords(sentence);
  // "Auch ein ehemaliger Lehrer nimmt ihn in Schutz": a focus particle before the subject.
  const focus =
    /^(Auch|Selbst|Sogar|Einzig|Nur)$/u.test(all[0] ?? '') &&
    (definiteArticles.has(lower(all[1] ?? '')) ||
      indefiniteArticles.has(lower(all[1] ?? '')) ||
      possessives.has(lower(all[1] ?? '')))
      ? 1
      : 0;
  const ws = all.slice(focus);
  for (let verb = 1; verb < Math.min(ws.length, 14); verb++) {
    const word = ws[verb] ?? '';
    if (
      !/^\p{Ll}/u.test(word) ||
      skippableWords.has(lower(word)) ||
      /^(der|die|das|des|dem|den|von|vom|aus|van|de|di|da|du|la|le)$/u.test(word) ||
      // "Ihr Förster, ein Mann namens Gian Tuor, bleibt …": an apposition and the name after
      // "namens" are part of the subject.
      (word === 'namens' && calledPerson(ws.slice(verb + 1, verb + 6)) !== null) ||
      (/^(ein|eine)$/u.test(word) &&
        (ws[verb - 1] ?? '').endsWith(',') &&
        ws.slice(verb + 2, verb + 4).includes('namens')) ||
      // "Eine junge Mutter neben ihm schüttelt den Kopf": an adjective before the noun, and
      // where the person stands, come before the verb.
      (/^\p{Ll}+(e|en|er|es|em)$/u.test(word) &&
        (definiteArticles.has(lower(ws[verb - 1] ?? '')) ||
          indefiniteArticles.has(lower(ws[verb - 1] ?? '')) ||
          possessives.has(lower(ws[verb - 1] ?? ''))) &&
        /^\p{Lu}/u.test(ws[verb + 1] ?? '')) ||
      (placingPrepositions.has(word) && objectPronouns.has(ws[verb + 1] ?? '')) ||
      (objectPronouns.has(word) && placingPrepositions.has(ws[verb - 1] ?? '')) ||
      // "Ein Anwohner aus diesem Gebiet machte …", "aus seinem Dorf": a determiner after a
      // preposition, before its noun.
      ((/^(dies|jen)(e|er|em|en|es)$/u.test(word) ||
        indefiniteArticles.has(word) ||
        possessives.has(word)) &&
        placingPrepositions.has(lower(ws[verb - 1] ?? '')) &&
        /^\p{Lu}/u.test(ws[verb + 1] ?? ''))
    )
      continue;
    // "Beat Gmür und Anna Meier sagten …", "Gmür sowie Meier fordern …", "Anna Meier,
    // Präsidentin des Elternrats, und Schulleiter Beat Gmür sind": two subjects joined are
    // several people, not the first of them.
    // Not "des Bau- und Umweltdepartements": a compound's first part its second completes.
    if (/^(und|oder)$/u.test(word) && /\p{L}-$/u.test(ws[verb - 1] ?? '')) continue;
    // "Ein Sprecher des Landesamts für Schule und Bildung": two nouns after "für" in a complement.
    if (
      word === 'und' &&
      /^für$/u.test(ws[verb - 2] ?? '') &&
      /^\p{Lu}/u.test(ws[verb - 1] ?? '') &&
      /^\p{Lu}/u.test(ws[verb + 1] ?? '') &&
      !isGivenName(bare(ws[verb + 1] ?? ''))
    )
      continue;
    if (/^(und|sowie|oder)$/u.test(word)) return null;
    // "Ein echter Alleskönner, wie ihn die Kuratorin nennt": a subordinate clause is no verb.
    if (subordinators.has(word)) return null;
    // "Ernst meint er es nicht.": a word that may be a given name put first, the verb, then a
    // pronoun; the pronoun is the subject, the word first no name.
    if (
      verb === 1 &&
      isGivenName(bare(ws[0] ?? '')) &&
      /^(er|sie)$/u.test(ws[2] ?? '') &&
      !/en$|^sind$/u.test(word)
    )
      return { type: 'pronoun', gender: ws[2] === 'er' ? 'm' : 'f' };
    const subject = wholeSubject(ws.slice(0, verb));
    // "Eine Kundin ist Sandra Zurbuchen.": the role is what the named person is; she is the subject.
    const named =
      subject?.type === 'role' && indefiniteArticles.has(lower(ws[0] ?? ''))
        ? predicateName(ws, verb)
        : null;
    if (named) return { type: 'name', name: named };
    // "Sie warnen vor …", "Die Anwohner sind wütend": with a plural verb, several people.
    if (/en$|^sind$/u.test(word)) return null;
    // "Ihre Begleiterin war …": a role owned by somebody is a speaker of its own; "Der Gegner
    // bleibt …" may be anybody, so a plain role reference is left to the attribution rules;
    // "Die Staatsanwältin forderte …" is the one holder of a court's role.
    const owned = subject?.type === 'reference' && subject.owned === true;
    // "Der 22-Jährige spielt …" goes back to the person named, as a name would.
    // "Die Jubilarin winkt ab.": whom the article celebrates, one person as well.
    const proceeding =
      subject?.type === 'reference' &&
      (proceedingRoles.has(lower(subject.noun)) ||
        isAgeNoun(subject.noun) ||
        celebratedNouns.has(lower(subject.noun)));
    return subject &&
      subject.type !== 'nobody' &&
      (subject.type !== 'reference' || (ownedReferences && owned) || proceeding || references)
      ? subject
      : null;
  }
  return null;
}

/**
 * Step: who a name the text gives a speech at a position is: the name as written, without its
 * academic titles ("Dr. med. Anna Meier" → Anna Meier), where the words are a person's name; null
 * for an organisation, a genitive of a person before a noun, or capitalised words the text never
 * shows to be a person.
 */
export function resolveName(name: string, people: PeopleIndex, position = Infinity): string | null {
  // "Gmür:" where two people are called Gmür: the one the text named so far; else the family
  // name as written, which says no more and no less than the text.
  const shared = people.isShared(name) ? people.sharedNameAt(name, position) : null;
  if (shared) return shared.name;
  // "In einem Interview nannte Marco seine Frau …": a given name alone, for the one person the
  // article names with it.
  // "Mama Claudia:": a word no list knows before that given name, the same.
  const parts = name.split(' ');
  const given = parts.at(-1) ?? '';
  if (
    (parts.length === 1 || (parts.length === 2 && !isGivenName(parts[0] ?? ''))) &&
    isGivenName(given) &&
    !people.isKnown(given)
  ) {
    const full = people.personWithGivenName(given);
    if (full) return full;
  }
  // "«…», antwortete M. Gubelmann hakte nach:" for "Dario M." and "Hans Gubelmann": an initial
  // the text uses for one person before the family name of another is where a sentence ends,
  // which the words alone cannot tell; neither is surely who speaks.
  const [initial, family] = /^(\p{Lu})\.\s+(\p{Lu}\p{Ll}+)$/u.exec(name)?.slice(1) ?? [];
  if (initial && family && people.personCalledInitial(initial)) {
    const full = people.fullNameOf(family);
    if (full && full !== name && !full.startsWith(initial)) return null;
  }
  const resolved = nameAsWritten(name, people);
  // "sagte B." for "Kurt B. (71)": the initial a newsroom writes for a withheld family name
  // is the person the text introduced with it.
  if (resolved && /^\p{Lu}$/u.test(resolved))
    return people.personCalledInitial(resolved) ?? resolved;
  return resolved && withoutUnknownTitle(withoutTitles(resolved));
}

/**
 * "Obmann Franz Hiebl", "Papa Sandro Pedrazzini", "Kellnerin Selina": a word before a given name
 * that is no given name itself is a title the role lists do not know; the speaker is the name.
 */
export function withoutUnknownTitle(name: string): string {
  const parts = name.split(' ');
  const [first = '', second = ''] = parts;
  return parts.length >= 2 &&
    isGivenName(second) &&
    !isGivenName(first) &&
    (isPersonNounByForm(first) ||
      (parts.length >= 3 &&
        (/-/u.test(first) ||
          /(mann|papa|mama|opa|oma)$/iu.test(first) ||
          // "Hauptbrandinspektor Gerald Rabengruber": a long compound is a rank, no given name.
          /^\p{Lu}\p{Ll}{10,}$/u.test(first))))
    ? parts.slice(1).join(' ')
    : name;
}

function nameAsWritten(name: string, people: PeopleIndex): string | null {
  const first = name.split(' ')[0] ?? '';
  // "Von Thoma schwärmt sie:" after "Samuel Thoma": at a sentence's start, "Von" before a family
  // name the text gave somebody without the particle is the preposition, no part of a name.
  const [, particle = '', family = ''] = /^(von|vom|van)\s+(\S+)$/iu.exec(name) ?? [];
  if (
    particle &&
    people.isKnown(family) &&
    !people.isKnown(`${particle.toLowerCase()} ${family}`) &&
    !(people.fullNameOf(family) ?? '').toLowerCase().includes(`${particle} ${family}`.toLowerCase())
  )
    return null;
  // One capitalised word is a person only if the article names that person elsewhere: "Gewerkschaft spricht" is no one.
  // "schreibt Radio Lindenfeld": an organisation is no speaker.
  if (name.split(' ').some(isOrganisationWord)) return null;
  // "von Känel" is a person once the article named Kilian von Känel; "von Seiten" is not.
  if (/^\p{Ll}/u.test(name)) {
    if (people.isKnown(name)) return name;
    // "Di Stefano sagt:" after "Giovanni Di Stefano": the particle as the article writes it.
    const written = name.charAt(0).toUpperCase() + name.slice(1);
    return people.isKnown(surnameOf(written)) ? written : null;
  }
  // "Gmürs Antwort kam prompt:", "Meiers Vorschlag kommentierte …": the genitive of a person
  // the text names opens a noun phrase, not a name.
  if (
    /^\p{Lu}\p{L}*[^s]s$/u.test(first) &&
    name.includes(' ') &&
    people.isKnown(first.slice(0, -1))
  )
    return null;
  // "sagt Amnesty International", "schreibt Migros Aare": capitalised words are a person's
  // name where they have a name's form (a given name the lists know, an initial) or the
  // text names that person otherwise (with a role, in an apposition, by age).
  // "Andrea Maria Meier": a given name the lists know before the family name.
  const parts = name.split(' ');
  // "Dann Ottilies leiser Satz:": one word in the genitive of a person the text knows is them.
  if (
    parts.length === 1 &&
    /\p{Ll}s$/u.test(name) &&
    !people.isKnownAsWritten(name) &&
    people.isKnown(name.slice(0, -1))
  )
    return name.slice(0, -1);
  if (looksLikePersonName(name) || parts.slice(1, -1).some(isGivenName) || hasNameMarks(name))
    return name;
  // "Matchwinner Huber" once the text named Marco Huber: a title by its form before the
  // family name is no part of the name.
  const surname = surnameOf(withoutTitles(name));
  if (!people.isKnown(surname)) return null;
  // "O-Ton Gmür", "E-Mail Gmür": a compound with a one-letter part is no given name either.
  const notGiven = isTitleByForm(first) || /^(\p{Lu}-\p{L}|\p{L}+-\p{Lu}$)/u.test(first);
  return notGiven && name.split(' ').length === 2 ? surname : name;
}

/**
 * Step: who a subject is at a position of the article: a name as written; a pronoun → the person
 * or role mentioned last before (if the gender fits); a reference → the person introduced with
 * that role, or the role itself; nobody → null.
 */
export function resolveSubject(
  subject: Subject | null,
  position: number,
  people: PeopleIndex,
  since = position,
  quotation = '',
): string | null {
  if (!subject) return null;
  switch (subject.type) {
    case 'name':
      return resolveName(subject.name, people, position);
    case 'role':
      return subject.role;
    case 'pronoun': {
      // "Er hat hier die Rekrutenschule gemacht. «Ich habe hier gekocht», sagte sie.": words
      // in the first person singular are a person's, never a body's a pronoun may mean.
      const asI = speaksAsI(quotation);
      return people.lastBefore(position, subject.gender, { bodies: !asI, asI });
    }
    case 'reference': {
      const head = subject.noun.split(' ')[0] ?? subject.noun;
      // "meinte die unterlegene Hofstetter": an adjective before a family name the text knows.
      if (subject.noun === head && !isRoleWord(head) && people.isKnown(head))
        return resolveName(head, people, position);
      // "Müllers Anwalt" only where the article names a Müller: otherwise the two words may be
      // one person's name the lists do not know, and no speaker is better than a wrong one.
      // "Obermatts Captain": whose role it is may be a team or a place; the role as written.
      if (subject.owner !== undefined && !people.isKnown(subject.owner)) return subject.noun;
      // "Finanzdirektor Markus Egli … Der Finanzdirektor verwies auf …: «…»": the holder only.
      // "Der gebürtige Slowene nahm es sportlich:": a nationality is no role another person may
      // hold, so it means whom the paragraph named, as after a verb of saying.
      // "Die Kollegin des Opfers hatte zu Protokoll gegeben:": a tie to somebody says who it is,
      // as after a verb of saying; the role as written where the text named nobody with it.
      if (
        subject.heldOnly &&
        subject.saying &&
        relationNouns.has(lower(head)) &&
        tiedToPerson(subject.noun)
      )
        return people.namedWithRole(head, position) ?? subject.noun;
      if (subject.heldOnly && !isNationalityNoun(head)) return people.namedWithRole(head, position);
      // "sagte ihr Vater", "sein Kollege": somebody else than the person just named; the role,
      // unless the text named a person with it.
      // Whose role it is the text leaves to the reader: the holder it named only where they are
      // the person mentioned last ("Der Beklagte Marco Huber … sagt sein Anwalt" is not the
      // lawyer of the other side named before).
      if (subject.owned) {
        const holder = people.namedWithRole(head, position);
        if (holder && people.lastBefore(position) === holder) return holder;
        // "Hedwig und Josef Bucher … Ihr Mann:": the relative the text named, where one fits.
        // "Katrin Vogt und Ulrike Sommer … sagt Vogt. Ihre Kollegin ergänzt:": the other of the two.
        return (
          people.relativeOf(head, subject.gender, subject.ownerGender ?? null, position) ??
          // Not "Ihre Kollegin aus dem Spital Luzern": a complement sets her apart.
          (subject.noun === head
            ? people.peerOf(head, subject.gender, subject.ownerGender ?? null, position, quotation)
            : null) ??
          subject.noun
        );
      }
      // "die Mutter des Opfers", "der Anwalt von Muster": a tie to somebody is the person
      // introduced with that role, or the role as written; never simply the person the
      // paragraph named last, who may be the one the complement names.
      if (subject.noun !== head && relationNouns.has(lower(head)))
        return people.namedWithRole(head, position) ?? subject.noun;
      // "sagte der Trainer des Gegners" after "Trainer Beat Huber": a genitive or the body one
      // works for sets the role apart from the bare role a person was named with, so it is the
      // role as written ("die Rentnerin aus Ermensee" only says where the person is from).
      // "Tobias Reinholt … sagte der Ernährungswissenschaftler von der Hochschule Bergmarkt":
      // where one works is no other holder; the person the paragraph named without a role.
      if (setApartByComplement(subject.noun)) {
        const [, link = '', place = ''] = /^\S+ (von der|vom|von) (\S+)/u.exec(subject.noun) ?? [];
        const worksAt = link !== '' && isOrganisationWord(place) && isRoleWord(head);
        return (
          (worksAt
            ? people.resolveReference(head, position, subject.gender, since, quotation)
            : null) ?? subject.noun
        );
      }
      return people.resolveReference(
        head,
        position,
        subject.gender,
        since,
        quotation,
        subject.noun !== head,
      );
    }
    case 'nobody':
      return null;
  }
}

/**
 * "Kollegin des Opfers", "Vater der Verunfallten", "Anwalt von Marco Brunner": a relation noun whose
 * complement is a person, by a role, a noun made of an adjective or a name. Not "Mann der Stunde",
 * "Vater des Gedankens".
 */
function tiedToPerson(noun: string): boolean {
  const [, link = '', whom = ''] = /^\S+ (des|der|von|vom) (\S+)/u.exec(noun) ?? [];
  if (link === '') return false;
  const stem = whom.replace(/(es|s|en|n)$/u, '');
  return (
    /^Opfer/u.test(whom) ||
    isRoleWord(whom) ||
    isRoleWord(stem) ||
    /^\p{Lu}\p{Ll}+(ten|nen)$/u.test(whom) ||
    (/^(von|vom)$/u.test(link) && isGivenName(whom))
  );
}

/**
 * Step: the person a heading puts questions to ("Drei Fragen an Heidi Brunner", "5 Fragen an
 * Dario Meili, Stadtförster", "Nachgefragt bei Ines Kuhn"): the answers below it, each a
 * question and a quotation, are that person's. Only a name counts; null for anything else.
 */
export function questionsPutTo(heading: string): string | null {
  const match =
    /^(?:(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+)?Fragen\s+an\s+([^,:?!.]+)[,:]?[^?!.]*$/iu.exec(
      heading.trim(),
    ) ?? /^Nachgefragt\s+bei\s+([^,:?!.]+)[,:]?[^?!.]*$/iu.exec(heading.trim());
  // "Heidi Brunner zum Abschied": the name is the capitalised words it opens with.
  const ws = (match?.[1] ?? '').trim().split(/\s+/u);
  const end = ws.findIndex(
    (w, k) => k > 0 && !/^\p{Lu}/u.test(w) && !/^(von|van|de|der|di|da)$/u.test(w),
  );
  const name = ws.slice(0, end < 0 ? ws.length : end).join(' ');
  return looksLikePersonName(name) || (/^\p{Lu}/u.test(name) && hasNameMarks(name)) ? name : null;
}

/** "eine weitere Frau", "ein anderer Mann": words that count people, not describe them. */
const countingAdjective = /^(weiter|ander|zweit|dritt|viert|nächst|erst|letzt|einzig)(e|er)$/u;

/**
 * Step: how the words before a quotation last introduced a man or a woman whom a plain noun
 * names ("Letzte Woche hat mich eine ältere Frau angesprochen. Sie sagte:" → "ältere Frau"):
 * the adjectives the text gave the noun after "ein" or "eine", in that form, with the noun;
 * null where the last such noun has none, or none in the form after "ein".
 */
export function describedPlainPerson(before: string, noun: string): string | null {
  if (!plainPersonNouns.has(lower(noun))) return null;
  const ws = words(before).map(bare);
  const at = ws.findLastIndex((w) => w === noun);
  if (at < 0) return null;
  let k = at;
  while (k > at - 3 && /^\p{Ll}+$/u.test(ws[k - 1] ?? '') && !/^(ein|eine)$/u.test(ws[k - 1] ?? ''))
    k--;
  const adjectives = ws.slice(k, at);
  return describingAfterArticle(ws[k - 1] ?? '', adjectives)
    ? [...adjectives, noun].join(' ')
    : null;
}

/**
 * Whether adjectives after "ein" or "eine" describe a man or a woman in the form they take there
 * ("ein älterer", "eine junge"), not count them ("eine weitere").
 */
function describingAfterArticle(article: string, adjectives: readonly string[]): boolean {
  const form = /^eine$/iu.test(article)
    ? /^\p{Ll}+e$/u
    : /^ein$/iu.test(article)
      ? /^\p{Ll}+er$/u
      : null;
  return (
    form !== null &&
    adjectives.length > 0 &&
    adjectives.every((a) => form.test(a) && !countingAdjective.test(a))
  );
}

/**
 * Step: whom the writer's words before a quotation say a medium or somebody quoted ("Der
 * «Kurier» zitierte am Freitag einen Mitarbeiter der Fährgesellschaft mit den Worten, man habe
 * «…»", "Die Zeitung zitiert Anna Gloor mit den Worten:"): the one quoted, as a name, a pronoun
 * or a role; null where the words say no such thing.
 */
export function quotedWithWords(ws: readonly string[]): Subject | null {
  const verb = ws.findLastIndex((w) => /^zitiert(e|en)?$/u.test(lower(w)));
  if (verb < 0) return null;
  const words = ws.slice(verb + 1).map(bare);
  const mit = words.findIndex(
    (w, k) => w === 'mit' && /^(den|dem|diesen)$/u.test(words[k + 1] ?? ''),
  );
  if (mit < 0 || !/^(Worten|Satz|Aussage)$/u.test(words[mit + 2] ?? '')) return null;
  // "am Freitag", "gestern": when, before whom.
  let from = 0;
  if (/^(am|an)$/u.test(words[0] ?? '') && /^\p{Lu}/u.test(words[1] ?? '')) from = 2;
  else if (/^(gestern|heute|damals|einst|später)$/u.test(words[0] ?? '')) from = 1;
  const object = words.slice(from, mit);
  const read = readSubject(object.map((w, k) => (k === 0 ? w.replace(/^einen$/u, 'ein') : w)));
  const subject = read?.length === object.length ? read.subject : null;
  if (!subject && /^(ihn|sie)$/u.test(object[0] ?? '') && object.length === 1)
    return { type: 'pronoun', gender: object[0] === 'ihn' ? 'm' : 'f' };
  return subject?.type === 'name' || subject?.type === 'role' ? subject : null;
}

/**
 * Step: whether the writer's words right before a few quoted words say the speaker does not use
 * them ("warum sie nicht von «Totenwache» sprechen will", "Er spricht nie von einem «Wunder»"):
 * then the words are others', not the speaker's.
 */
export function deniedTerm(before: string): boolean {
  return /(^|\s)(nicht|nie|niemals|keinesfalls)\s+((mehr|gern|gerne|länger|so)\s+)?(von|vom)\s+((einem|einer|einen)\s+)?$/u.test(
    before,
  );
}
