/**
 * Who is a person in an article, and where the text mentions them. German news names people after
 * a role ("Gemeindepräsidentin Lea Imfeld", "der Sprecher Tom Beispiel"), in an apposition ("Der
 * Präsident des Vereins, Bruno Kälin,") or as the one who speaks ("sagte Anna Muster"); once
 * named, the surname alone refers to them too. A role without a name ("eine Anwohnerin", "der
 * Beschuldigte") is a speaker of its own.
 */
import {
  academicTitles,
  subordinators,
  familyRelations,
  peerNouns,
  figureCompounds,
  nationalityNouns,
  nationalityAdjectives,
  kinshipNouns,
  kinshipPrefixes,
  winnerNouns,
  winningVerbs,
  addresseeTails,
  bystanderStems,
  pressRoleTails,
  askingVerbs,
  bodyNouns,
  expertStems,
  reportedSpeechVerbs,
  sourceNouns,
  compoundOnlyRoleStems,
  counselParticiples,
  definiteArticles,
  documentTails,
  inscriptionNouns,
  writtenTextNouns,
  femaleGivenNames,
  lifeStageNouns,
  chiefExecutiveNouns,
  stanceAdjectives,
  retirementNouns,
  celebratedNouns,
  eitherGivenNames,
  heForms,
  indefiniteArticles,
  maleGivenNames,
  modalVerbs,
  familyNamesFirst,
  manyWords,
  nameSlotWords,
  timeWords,
  nameParticles,
  notNameWords,
  officeStems,
  organisationTails,
  compoundOrganisationTails,
  organisationWords,
  peopleGroupNouns,
  neuterPersonNouns,
  passiveAuxiliaries,
  personPronouns,
  possessives,
  quantifyingDeterminers,
  proceedingRoles,
  plainPersonNouns,
  personAdjectiveStems,
  relationNouns,
  guidingRoles,
  wordsBeforeNoun,
  roleComplementWords,
  roleEndings,
  roleStems,
  sheForms,
  speechVerbs,
  wholeWordRoleStems,
  noticeTails,
  animalTails,
  roleSynonyms,
  matchRoleStems,
  playerPositionStems,
  thingNounsInPersonForm,
  thingTailsInPersonForm,
  motherWords,
  fatherWords,
  thingTails,
} from './wordLists';

export const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Whether the given name at `i` is the part somebody plays: right after "als", or after "als"
 * and a role, with a capitalised name before "als" ("Sophie Leutgeb als Wirtin Kreszenz").
 */
export function playedPart(words: readonly string[], i: number): boolean {
  const previous = words[i - 1] ?? '';
  const als =
    previous === 'als' ? i - 1 : isRoleWord(previous) && words[i - 2] === 'als' ? i - 2 : -1;
  if (als < 1) return false;
  const actor = words[als - 1] ?? '';
  return /^\p{Lu}\p{Ll}/u.test(actor) && !/[,.;:!?]$/u.test(actor) && isNameWord(actor);
}

/** Back over the other words of the name at `at`: "ist Gerda Leitner" → the index of "Gerda". */
const nameStart = (words: readonly string[], at: number): number => {
  let name = at;
  while (name > at - 3 && /^\p{Lu}[\p{L}-]*$/u.test(words[name - 1] ?? '')) name--;
  return name;
};

/**
 * Step: where "Eine der Betroffenen ist" or "Einer der ersten Kunden war" opens the words before
 * the name at `at`: the index of "Eine"/"Einer", or -1. The one of the group is that person.
 */
export function oneOfGroupBefore(words: readonly string[], at: number): number {
  const name = nameStart(words, at);
  if (!/^(ist|war)$/u.test(words[name - 1] ?? '')) return -1;
  for (let one = name - 4; one >= Math.max(0, name - 5); one--)
    if (
      /^(Eine|Einer)$/u.test(words[one] ?? '') &&
      /^(der|von)$/u.test(words[one + 1] ?? '') &&
      words.slice(one + 1, name - 1).every((w) => !/[,.;:!?]$/u.test(w))
    )
      return one;
  return -1;
}

/**
 * Step: where "Der Mann mit dem Kühlpack heisst" opens the words before the name at `at`: the
 * index of the article, or -1. The person the text describes is the one it then names.
 */
export function calledSubjectBefore(words: readonly string[], at: number): number {
  const name = nameStart(words, at);
  if (!/^(heisst|heißt|hiess|hieß)$/u.test(words[name - 1] ?? '')) return -1;
  for (let one = name - 2; one >= Math.max(0, name - 8); one--)
    if (
      /^(Der|Die)$/u.test(words[one] ?? '') &&
      (one === 0 || /[.!?]$/u.test(words[one - 1] ?? '')) &&
      words.slice(one, name - 1).every((w) => !/[,.;:!?]$/u.test(w))
    )
      return one;
  return -1;
}

/**
 * Step: the name a relative clause gives the family word at `at`: "Grosi, die eigentlich Rosmarie
 * Hugentobler heisst" → "Rosmarie Hugentobler"; null without one.
 */
export function familyNameAt(words: readonly string[], at: number): string | null {
  if (!(words[at] ?? '').endsWith(',') || !/^(die|der)$/u.test(words[at + 1] ?? '')) return null;
  const clause = words.slice(at + 2, at + 9);
  const verb = clause.findIndex((w) => /^(heisst|heißt|hiess|hieß)[,.]?$/u.test(w));
  // "eigentlich", "mit vollem Namen": words that say the name is the real one.
  const name = clause
    .slice(0, verb < 0 ? 0 : verb)
    .filter((w) => !/^(eigentlich|ja|richtig|mit|vollem|Namen)$/u.test(w));
  return name.length >= 2 && name.every((w) => /^\p{Lu}\p{Ll}/u.test(w))
    ? name.map(bare).join(' ')
    : null;
}

/**
 * Step: the gender of a word a family calls a mother or a father by, as written with a capital
 * ("Grossmami" → 'f', "Papi" → 'm'), or null for any other word.
 */
export function familyWordGender(word: string): Gender {
  const w = bare(word);
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return null;
  const lower = w.toLowerCase();
  const stem = lower.slice(kinshipPrefixOf(lower).length);
  return motherWords.has(stem) ? 'f' : fatherWords.has(stem) ? 'm' : null;
}

/** "US-Präsident", "Kremlchef", "Gemeindepräsidentin", "Bahnsprecherin": a role noun. */
export function isRoleWord(word: string): boolean {
  const w = bare(word);
  // "des Gemeinderats": a body in the genitive too.
  if (!/^\p{Lu}/u.test(w) || bodyNouns.has(w) || bodyNouns.has(w.replace(/e?s$/u, '')))
    return false;
  // "der SVP-Mann", "die SP-Frau": a member of a party.
  if (/^\p{Lu}{2,}-(Mann|Frau)$/u.test(w)) return true;
  let known = roleWordCache.get(w);
  if (known === undefined) {
    const lower = w.toLowerCase();
    known =
      (endsInRole(lower) || hyphenedWholeWordRole(lower)) &&
      !thingTails.some((tail) => lower.includes(tail));
    if (roleWordCache.size > 50_000) roleWordCache.clear();
    roleWordCache.set(w, known);
  }
  return known;
}

/**
 * "Lindmatt-Fan", "Blick-Userin": a whole-word role after a hyphen ends a compound role too (not
 * "-Mann", which a double family name may end with; "SVP-Mann" has its own rule).
 */
const hyphenedWholeWordRole = (lower: string) => {
  const tail = lower.slice(lower.lastIndexOf('-') + 1);
  return (
    lower.includes('-') &&
    roleTails.get(tail)?.some((fits) => fits(0)) === true &&
    [...wholeWordRoleStems].some((stem) => stem !== 'mann' && tail.startsWith(stem))
  );
};

/** Whether a capitalised word, lower-cased, is a role by its ending; the answer per word is kept. */
const roleWordCache = new Map<string, boolean>();

function endsInRole(lower: string): boolean {
  // A role word ends in a stem and an ending; each tail of the word is looked up once.
  for (let prefix = Math.max(0, lower.length - longestRoleTail); prefix < lower.length; prefix++) {
    if (roleTails.get(lower.slice(prefix))?.some((fits) => fits(prefix))) return true;
  }
  // Journalist, Polizistin, Pianist: people by what they do; not a Scandinavian family name
  // (Lindqvist, Blomkvist, Almquist).
  return lower.length >= 8 && /ist(in|en|innen)?$/u.test(lower) && !/[kq][vwu]ist$/u.test(lower);
}

/**
 * Every stem with every ending ("präsidentin", "sprechers"), each with what the part before it
 * must be: a short stem at the end of a word is a role only after a real first part
 * (Strassenmeister, not Henkel), a whole-word stem only alone (Enkel, not Fankhauser).
 */
const roleTails = new Map<string, Array<(prefix: number) => boolean>>();
for (const stem of [...roleStems, ...wholeWordRoleStems]) {
  const fits = compoundOnlyRoleStems.has(stem)
    ? (prefix: number) => prefix >= 4
    : wholeWordRoleStems.has(stem)
      ? (prefix: number) => prefix === 0
      : () => true;
  for (const ending of roleEndings) {
    const tail = stem + ending;
    roleTails.set(tail, [...(roleTails.get(tail) ?? []), fits]);
  }
}
const longestRoleTail = Math.max(...[...roleTails.keys()].map((tail) => tail.length));

/** A role, or a body's name used as a person's title before a name: "Regierungsrat Hans Muster". */
export const isTitleWord = (word: string) => isRoleWord(word) || bodyNouns.has(bare(word));

/** "die 46-Jährige", "der 31-Jährige": a person named before, by age. */
export const isAgeNoun = (word: string) => /^\d+-Jährige[nr]?$/u.test(bare(word));

/** "Hund", "Graupapagei", "Leitkuh": a capitalised noun for an animal (`animalTails`). */
const isAnimalWord = (word: string) =>
  /^\p{Lu}/u.test(word) && animalTails.some((tail) => bare(word).toLowerCase().endsWith(tail));

/** "die Zürcherin", "der Luzerner": a person by where they come from. */
export const isDemonym = (word: string) =>
  (/^\p{Lu}\p{Ll}+(er|erin)$/u.test(bare(word)) &&
    !endsInRoleStem(bare(word).toLowerCase()) &&
    // "Vier Jahre Arbeit": a number in -er.
    !isNumberWord(word)) ||
  nationalityNouns.has(bare(word).toLowerCase());

/** "Anführer", "Vorarbeiter": a word that ends in a role's stem says what one does, not where from. */
function endsInRoleStem(lower: string): boolean {
  for (let prefix = 1; prefix < lower.length - 2; prefix++)
    // A stem that is a role only as a whole word ("user" in "Schaffhauser") does not count.
    if (roleTails.get(lower.slice(prefix))?.some((fits) => fits(Math.max(prefix, 4)))) return true;
  return false;
}

/** "der Slowene", "die Österreicherin", "der Norweger": a person by nationality. */
export const isNationalityNoun = (word: string) => {
  const w = bare(word).toLowerCase();
  return (
    /^\p{Lu}/u.test(bare(word)) &&
    (nationalityNouns.has(w) || nationalityAdjectives.has(`${w.replace(/(erin|er)$/u, '')}isch`))
  );
};

/**
 * "Julián" → "Julian", "François" → "Francois": a given name without its accents, cedilla or
 * tilde (an umlaut stays: "Jürg"), for the lists that spell it plainly.
 */
const withoutAccents = (word: string) =>
  word
    .normalize('NFD')
    .replace(/[\u0300-\u0303\u0327\u030c]/gu, '')
    .normalize('NFC');

const inLists = (word: string) =>
  femaleGivenNames.has(word) || maleGivenNames.has(word) || eitherGivenNames.has(word);

const inGivenNameLists = (word: string) =>
  inLists(word) || (/[^ -~äöüÄÖÜß]/u.test(word) && inLists(withoutAccents(word)));

/** "Andreas", "Lea", "Kai-Uwe": a given name the lists know, or given names joined by a hyphen. */
export const isGivenName = (word: string) =>
  inGivenNameLists(word) || (word.includes('-') && word.split('-').every(inGivenNameLists));

/**
 * "Technischer Leiter Kurt Rohrer", "Leitende Ärztin …": a capitalised adjective (-isch, -lich,
 * -ig, -end, -al, -ell, -iv with its ending) right before a role, which opens no name.
 */
export function isAdjectiveBeforeRole(word: string, next: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+(isch|lich|ig|end|al|ell|iv)(er|e|es|en)$/u.test(word) &&
    !notNameWords.has(word) &&
    !possessives.has(word.toLowerCase()) &&
    !isGivenName(word) &&
    isRoleWord(next)
  );
}

/** A word that may be part of a person's name: capitalised, not a role, not a function word. */
export function isNameWord(word: string): boolean {
  return (
    /^\p{Lu}[\p{L}'’-]*$/u.test(word) &&
    !notNameWords.has(word) &&
    !isRoleWord(word) &&
    !bodyNouns.has(word) &&
    // "schrieb Svenja Suchzettel": a compound for a notice is no family name.
    !endsCompound(word, noticeTails) &&
    // "die Lehre als Fachfrau Gesundheit": an abstract noun is no family name; nor a noun for a
    // substance or an action ("Sauerstoff wird knapp", "Situation"). Not -ung: "Hartung".
    !/\p{Ll}{3}(heit|keit|schaft|stoff|tion|ität)$/u.test(word)
  );
}

/**
 * Whether a capitalised word is a compound that ends in one of `tails` after a first part of
 * three letters or more: "Emailschild", "Suchzettel"; not "Schild" alone.
 */
export function endsCompound(word: string, tails: readonly string[]): boolean {
  const w = bare(word);
  return (
    /^\p{Lu}/u.test(word) &&
    tails.some((tail) => w.toLowerCase().endsWith(tail) && w.length > tail.length + 2)
  );
}

/** "J.", "Dr.", "Prof.": an initial or an academic title, which goes on to the rest of a name. */
const isNamePrefix = (word: string) => /^\p{Lu}\.$/u.test(word) || academicTitles.has(word);

const trailing = /[.,;:!?»«“”„"')]+$/u;

/** "Ahmed al-Masri", "Khalid bin-Salem": an Arabic particle joined to the family name by a hyphen. */
const joinedParticles = '(?:al|el|ad|as|ibn|bin|ben|abu)-';
export const startsWithJoinedParticle = new RegExp(`^${joinedParticles}\\p{Lu}`, 'u');
export const joinedParticleName = new RegExp(`^${joinedParticles}\\p{Lu}\\p{Ll}+$`, 'u');

/** "Nadia Ben Youssef", "Nguyen Van Minh", "Omar Abu Salem": a particle inside a name, capitalised. */
const innerParticle = /^(Ben|Bin|Ibn|Abu|El|Al|Van|Von|De|Di|Da|Du|Dos|Le|La|Ter)$/u;

/** "van der", "von der", "de la": a particle run inside a name, and how many words it takes. */
function particleRun(words: readonly string[], i: number): number {
  const written = words[i] ?? '';
  // "Alexander Van der Bellen": a capitalised particle before a lower-case one.
  const first = /^(der|den|la|le|los)$/u.test(words[i + 1] ?? '') ? written.toLowerCase() : written;
  if (!nameParticles.has(first)) return 0;
  const second = words[i + 1] ?? '';
  const run = /^(der|den|la|le|los)$/u.test(second) && /^(von|van|de)$/u.test(first) ? 2 : 1;
  const next = (words[i + run] ?? '').replace(trailing, '');
  // "J. P. Candrian von der Alpinen Rettung": a body's words after "von der", not a family name.
  if (run === 2 && next === words[i + run] && /^\p{Lu}/u.test(words[i + run + 1] ?? '')) return 0;
  // "Das Statement von Reto Steiner": before a given name and a family name, the preposition.
  const after = words[i + run + 1] ?? '';
  if (
    /^(von|vom|van)$/u.test(first) &&
    isGivenName(next) &&
    next === words[i + run] &&
    isNameWord(after.replace(trailing, ''))
  )
    return 0;
  // "Youssef von der Organisation X": a body after the particle is where somebody comes from.
  return isNameWord(next) && !isOrganisationWord(next) ? run : 0;
}

/**
 * Reads a name of one to four capitalised words from the start of `words` (particles such as
 * "von", "de" or "van der" inside are kept, and initials or titles before the rest: "J. P.
 * Candrian", "Dr. Karin Oswald"); stops at the first word that cannot be part of a name and after
 * a word with punctuation attached ("Kälin," ends it).
 */
export function readName(words: readonly string[]): string | null {
  const name: string[] = [];
  // "Ana Luísa dos Reis Pinheiro": with a particle, a name may run to six words.
  const longest = () =>
    name.some((w) => nameParticles.has(w) && !/^(von|van|der|den)$/u.test(w)) ? 6 : 4;
  for (let i = 0; i < words.length && name.length < longest(); i++) {
    const raw = words[i] ?? '';
    // "Dr. med. Anna Meier": the field of an academic title goes with it.
    if (academicTitles.has(name.at(-1) ?? '') && /^\p{Ll}{2,5}\.$/u.test(raw)) {
      name.push(raw);
      continue;
    }
    if (
      isNamePrefix(raw) &&
      (isNamePrefix(words[i + 1] ?? '') ||
        isNameWord((words[i + 1] ?? '').replace(trailing, '')) ||
        (academicTitles.has(raw) && /^\p{Ll}{2,5}\.$/u.test(words[i + 1] ?? '')))
    ) {
      name.push(raw);
      continue;
    }
    const word = raw.replace(trailing, '');
    if (name.length === 0 && word === raw && isAdjectiveBeforeRole(word, words[i + 1] ?? ''))
      return null;
    // "sagte Anna Meier SRF", "sagte Regula Meili Keystone-SDA", "… TeleZüri": a medium after a
    // full name, written in capitals or with a capital inside, is not part of the name.
    if (name.length >= 2 && /^\p{Lu}{2,}$|-\p{Lu}{2,}$|\p{Ll}{3}\p{Lu}/u.test(word)) break;
    // A particle follows the given name only: "Peter von Gunten", not "Reto Aebersold von Meteo";
    // other than "von", after two: "Joana Ribeiro da Silva", "Faisal bin Hamad Al-Qasimi".
    const before = name.filter((w) => !isNamePrefix(w)).length;
    // "soll der Beschuldigte Geld von den Konten … überwiesen haben": "von" after a word that
    // is no given name the lists know is a preposition, not a particle.
    const vonAfterNoun =
      /^(von|vom)$/u.test(words[i] ?? '') &&
      before === 1 &&
      !isGivenName(name.find((w) => !isNamePrefix(w)) ?? '');
    const run =
      !vonAfterNoun && (before === 1 || (before === 2 && !/^(von|vom|van)$/iu.test(words[i] ?? '')))
        ? particleRun(words, i)
        : 0;
    // Only where the family name after the particle still fits: no name ends with "von der".
    const fits = name.length + run < (/^(von|vom|van)$/iu.test(words[i] ?? '') ? 4 : 6);
    if (run > 0 && fits) {
      name.push(...words.slice(i, i + run));
      i += run - 1;
      continue;
    }
    // "Andreas Sprecher", "Lukas Fahrer": after a given name, a role word is the family name.
    // "Ahmed al-Masri", "Khalid bin-Salem": an Arabic particle joined to the family name.
    const familyName =
      (name.length === 1 && isGivenName(name[0] ?? '') && isRoleWord(word)) ||
      (name.length >= 1 && joinedParticleName.test(word));
    if (!isNameWord(word) && !familyName) break;
    // "sagte Beat Gmür Anna Meier": a given name after a full name begins another person.
    const last = name.at(-1) ?? '';
    if (
      isGivenName(word) &&
      !isGivenName(last) &&
      !nameParticles.has(last.toLowerCase()) &&
      !innerParticle.test(last) &&
      looksLikePersonName(name.join(' '))
    )
      break;
    // "kommentierte Gmür Meiers Vorschlag", "Anna Meiers Mutter": a word in -s before another
    // noun is a genitive, whose owner is somebody else than the one who speaks.
    const next = words[i + 1] ?? '';
    if (
      name.length >= 1 &&
      word === raw &&
      !nameParticles.has(name.at(-1) ?? '') &&
      /[^s]s$/u.test(word) &&
      !isGivenName(word) &&
      /^\p{Lu}/u.test(next) &&
      !isNamePrefix(next)
    )
      break;
    // "Gabi S. (52)": a family name withheld to its initial keeps its full stop.
    // "Thomas K., spricht": the full stop of the initial stays, the comma goes.
    name.push(name.length > 0 && /^\p{Lu}\.[,;:]?$/u.test(raw) ? raw.replace(/[,;:]$/u, '') : word);
    if (word !== raw) break;
  }
  return name.length > 0 ? name.join(' ') : null;
}

/**
 * Whether the word at `n` is a place's adjective before a noun: "Zürcher Stadtrat", "St.
 * Galler", "Schweizer Botschafter"; not "der Berner Kurt Aebersold" (a given name follows: the
 * word is the noun), not a role ("der Lehrer Muster").
 */
export function isPlaceAdjective(ws: readonly string[], n: number): boolean {
  const word = ws[n] ?? '';
  const next = ws[n + 1] ?? '';
  return (
    (word === 'St.' || (/^\p{Lu}\p{Ll}+er$/u.test(word) && !isRoleWord(word))) &&
    /^\p{Lu}/u.test(next) &&
    !isGivenName(bare(next))
  );
}

/**
 * "flickt Petra Grob Velos", "verkauft Floristin Eva Roth Rosen aus Kenia": after a verb, a
 * third capitalised word after a given name and a family name is the verb's object, not part of
 * the name (which then reads shorter, never as somebody else).
 */
export function withoutObjectNoun(name: string, previous: string): string {
  const parts = name.split(' ');
  const [given = '', family = '', third = ''] = parts;
  if (
    parts.length !== 3 ||
    !isGivenName(given) ||
    isGivenName(family) ||
    isNamePrefix(family) ||
    isNamePrefix(third) ||
    // "sagte Nadia Ben Youssef", "sagte Nguyen Van Minh": a capitalised particle goes on;
    // "kam Peter von Gunten", "löste Jeroen van Dijkhuizen …": a particle in lower case too.
    innerParticle.test(family) ||
    nameParticles.has(family) ||
    !/^\p{Ll}+$/u.test(previous) ||
    definiteArticles.has(previous) ||
    indefiniteArticles.has(previous) ||
    possessives.has(previous) ||
    prepositions.test(previous)
  )
    return name;
  return `${given} ${family}`;
}

/**
 * Whether one word the text lets speak ("sagte Rüegg", "sagt Mia") is a person: a given name,
 * or the last word of a name with a given name before it somewhere in the text ("Malin Rüegg";
 * not "Kanton Zürich", "ETH Zürich" or a word never named so, such as "Santésuisse").
 */
export function namedAsPerson(word: string, text: readonly string[]): boolean {
  if (inGivenNameLists(word)) return true;
  return text.some(
    (w, i) =>
      i + 1 < text.length &&
      bare(text[i + 1] ?? '') === word &&
      /^\p{Lu}\p{Ll}+$/u.test(w) &&
      isNameWord(w) &&
      !isOrganisationWord(w),
  );
}

/**
 * Full names whose given name no list knows ("Fränzi Aregger", "Oksana Wirth"): two capitalised
 * words written together at least twice, the second also alone elsewhere ("Aregger zeigt
 * darauf"), and the first with no ending of an adjective or an abstract noun and no article
 * before it (not "Neue Zürcher", "die Bäckerei Aregger"). `text` is the article's words outside
 * quotations.
 */
export function repeatedFullNames(text: readonly string[]): string[] {
  const pairs = new Map<string, number>();
  const alone = new Set<string>();
  text.forEach((w, i) => {
    const family = bare(text[i + 1] ?? '');
    const previous = (text[i - 1] ?? '').toLowerCase();
    if (
      /^\p{Lu}\p{Ll}+$/u.test(w) &&
      /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(family) &&
      !inGivenNameLists(w) &&
      isNameWord(w) &&
      isNameWord(family) &&
      !isOrganisationWord(w) &&
      !isOrganisationWord(family) &&
      !isTitleByForm(w) &&
      !/(e|en|er|es|em|ung|heit|keit|schaft|ion|tät|ment|nis|tum|ik|ismus)$/u.test(w) &&
      !definiteArticles.has(previous) &&
      // "beim Bahnhof Wängibrugg", "im Hotel Sonne": an article inside the preposition.
      !/^(beim|im|am|vom|zum|zur|ins|ans)$/u.test(previous) &&
      !indefiniteArticles.has(previous) &&
      !possessives.has(previous) &&
      !/^\p{Ll}+(en|er|es|em)$/u.test(previous)
    )
      pairs.set(`${w} ${family}`, (pairs.get(`${w} ${family}`) ?? 0) + 1);
    const word = bare(w);
    const before = text[i - 1] ?? '';
    if (/^\p{Lu}/u.test(word) && (!/^\p{Lu}/u.test(before) || /[.!?:;,]$/u.test(before)))
      alone.add(word);
  });
  return [...pairs]
    .filter(([name, n]) => n >= 2 && alone.has(name.split(' ')[1] ?? ''))
    .map(([name]) => name);
}

/** Whether a word names an organisation or a medium: "Radio", "AG", "Kantonspolizei". */
export function isOrganisationWord(word: string): boolean {
  const w = bare(word);
  if (organisationWords.has(w)) return true;
  const lower = w.toLowerCase();
  return (
    /^\p{Lu}/u.test(w) &&
    (organisationTails.some((tail) => lower.endsWith(tail)) ||
      compoundOrganisationTails.some((tail) => lower.endsWith(tail) && lower.length > tail.length))
  );
}

/** A name without the titles before it: "Dr. Karin Oswald", "Dr. med. Karin Oswald" → "Karin Oswald". */
export const withoutTitles = (name: string) =>
  name
    .split(' ')
    .filter((w) => !academicTitles.has(w) && !/^\p{Ll}{2,5}\.$/u.test(w))
    .join(' ');

/** The gender a name's given name usually says: "Ruth Meier" → f, "Hans-Peter Moser" → m. */
export function genderOfName(name: string): Gender {
  const written = (withoutTitles(name).split(' ')[0] ?? '').split('-')[0] ?? '';
  const given = inLists(written) ? written : withoutAccents(written);
  return femaleGivenNames.has(given) ? 'f' : maleGivenNames.has(given) ? 'm' : null;
}

/**
 * Whether capitalised words are a person's full name by their form: a given name, or an initial,
 * before a family name ("Ruth Meier-Stäubli", "J. P. Candrian"); not "Zimmerlis Amtskollegin"
 * or "Private Gärten", which the words around them must show to be a person, if anything.
 */
/**
 * The person a copula at `at` names ("Eine Kundin ist Sandra Zurbuchen"): the two words after
 * "ist" or "war" where they are a person's name; null otherwise.
 */
export function predicateName(ws: readonly string[], at: number): string | null {
  const name = `${ws[at + 1] ?? ''} ${bare(ws[at + 2] ?? '')}`;
  return /^(ist|war)$/u.test(ws[at] ?? '') && looksLikePersonName(name) ? name : null;
}

export function looksLikePersonName(name: string): boolean {
  const parts = withoutTitles(name).split(' ');
  const given = (parts[0] ?? '').split('-')[0] ?? '';
  return (
    parts.length >= 2 &&
    (genderOfName(name) !== null ||
      eitherGivenNames.has(given) ||
      /^\p{Lu}\.$/u.test(parts[0] ?? ''))
  );
}

/**
 * Whether capitalised words are a person's name by a mark only names carry: a particle inside
 * ("Kees van der Berg"), an apostrophe ("Sean O'Brien") or a letter of a Slavic, Turkish or
 * Nordic alphabet ("Aleksandar Petrović"); organisations of two plain words ("Migros Aare",
 * "Travail Suisse") have none.
 */
export function hasNameMarks(name: string): boolean {
  const parts = name.split(' ');
  return (
    parts.length >= 2 &&
    (parts.slice(1, -1).some((p) => nameParticles.has(p)) ||
      parts.some(
        (p) =>
          /^\p{Lu}['’]\p{Lu}/u.test(p) ||
          /[ćčšžđğşıøåœ]/u.test(p) ||
          // "Rami al-Khatib": an Arabic particle joined to the family name.
          startsWithJoinedParticle.test(p),
      ))
  );
}

/**
 * Whether a capitalised word is a person's title by its form: a role or body noun, or a noun with
 * the ending of one ("Schafhalter", "Schafhalterin", "Assistent", "Pianist", "Chauffeur"), and no
 * given name the lists know ("Esther", "Walter").
 */
/** "vier", "zwölf", "zwanzig", "24": a number written as a word or in digits. */
export const isNumberWord = (word: string): boolean =>
  /^(\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\p{Ll}+(zehn|zig)|hundert|tausend)$/u.test(
    bare(word).toLowerCase(),
  );

export function isTitleByForm(word: string): boolean {
  const w = bare(word);
  if (w.split('-').some(isGivenName) || !/^\p{Lu}[\p{L}-]*\p{Ll}$/u.test(w)) return false;
  // "Vier Jahre Arbeit seien …": a number opening a sentence, though in -er.
  if (isNumberWord(w)) return false;
  // A feminine title in -in is a long word ("Personalvorständin"); "Kevin" or "Katrin" are names.
  return isTitleWord(w) || /(er|ent|ant|ist|eur|or)$/u.test(w) || (w.length >= 9 && /in$/u.test(w));
}

/**
 * A title before a person's full name, not part of the name: "Goldschmied Peter Muster" → Peter
 * Muster, when the first word is a title by its form; "Hans Peter Muster", "Andrea Maria Meier"
 * and "Kim Laura Huber" stay whole.
 */
export function splitTitle(name: string): { name: string; title: string | null } {
  const [first = '', ...rest] = name.split(' ');
  // "Personalvorstand Dr. Anja Muster": a name never has a word before an academic title.
  if (rest.length >= 2 && academicTitles.has(rest[0] ?? ''))
    return { name: rest.join(' '), title: first };
  // A title known only by its ending agrees with the given name after it: "Schafhalterin Lea",
  // "Schafhalter Martin"; "Jennifer Anna Muster" is a given name before another one.
  const given = genderOfName(rest.join(' '));
  const agrees = isTitleWord(first) || !given || given === (/in$/u.test(first) ? 'f' : 'm');
  return rest.length >= 2 && isTitleByForm(first) && agrees
    ? { name: rest.join(' '), title: first }
    : { name, title: null };
}

/**
 * "der Umweltrechtler Martin Gehrke", "den Kassier Peter Muster": after an article, the noun at
 * `noun` before a full name is the person's title, whatever noun it is. The name, the title and
 * where the name ends, or null.
 */
export function titledName(
  ws: readonly string[],
  noun: number,
): { name: string; title: string; end: number } | null {
  const title = ws[noun] ?? '';
  if (!/^\p{Lu}/u.test(title) || /[,.;:!?]$/u.test(title)) return null;
  const name = readName(ws.slice(noun + 1, noun + 8));
  if (!name || name.split(' ').length < 2) return null;
  return { name, title: bare(title), end: noun + 1 + name.split(' ').length };
}

/** "(Mitte)", "(58)", "19,": asides that stand after a name. */
export const isAside = (word: string) => /^\(.*\)[,.]?$/u.test(word) || /^\d+,?$/u.test(word);

/**
 * Whether an apposition ends at `end` (asides after the name allowed): a comma or a full stop
 * closes it, or the words end. "…, der Täter Peter Muster sei gefasst" goes on with a verb: a
 * clause of its own, whose subject is no apposition.
 */
function closesApposition(ws: readonly string[], end: number): boolean {
  let j = end;
  while (j < ws.length && isAside(ws[j] ?? '')) j++;
  return j >= ws.length || /[,.;:!?]$/u.test(ws[j - 1] ?? '');
}

/**
 * The person's name after "namens": "Luzi Cadonau", "Andreas"; null for what is no person's name
 * ("namens der Erbengemeinschaft", "namens Pro Natura Schweiz": on behalf of a body).
 */
export function calledPerson(ws: readonly string[]): string | null {
  const name = readName(ws);
  // "ein Mann namens M. K.": initials the text may not take up as a person; the role stays.
  const initials = /\.$/u.test(name?.split(' ').at(-1) ?? '');
  return name && !initials && (looksLikePersonName(name) || isGivenName(name)) ? name : null;
}

/**
 * Reads the apposition after a comma: "die Literaturkritikerin Verena Stucki,", "Biologin
 * Fabienne Studer,", "Anna Muster.": a full name, roles before it skipped, with the title it
 * carries. Null when no full name follows or the apposition does not end after it.
 */
export function appositionName(
  ws: readonly string[],
  from: number,
): { name: string; title: string | null; end: number } | null {
  let k = from;
  // "Die Jurypräsidentin, die Literaturkritikerin Verena Stucki,": an article before the title.
  // "der ehemalige Profi Hans Meier", "die 58-jährige Landwirtin X": up to two adjectives.
  let adjectives = 0;
  while (adjectives < 2 && /^(\d+-)?\p{Ll}+(e|en)$/u.test(ws[k + 1 + adjectives] ?? ''))
    adjectives++;
  // "der Tessiner Grossrat Elio Bernasconi": a place's adjective before the title.
  if (
    /^\p{Lu}\p{Ll}+er$/u.test(ws[k + 1 + adjectives] ?? '') &&
    isTitleWord(ws[k + 2 + adjectives] ?? '')
  )
    adjectives++;
  // "Deren Sicherheitschef, ein bärtiger Bergführer namens Luzi Cadonau,": the name after
  // "namens" is the apposition's.
  const namens = ws.findIndex((w, j) => j > k + 1 && j <= k + 4 && w === 'namens');
  if (
    /^(ein|eine)$/u.test(ws[k] ?? '') &&
    namens > 0 &&
    ws.slice(k + 1, namens - 1).every((w) => /^(\d+-)?\p{Ll}+(e|en|er|es)$/u.test(w)) &&
    // "eine alte Katze namens Lady Mimi": only a noun for a person names one.
    (isRoleWord(ws[namens - 1] ?? '') || isUnnamedPersonNoun(bare(ws[namens - 1] ?? '')))
  ) {
    const called = calledPerson(ws.slice(namens + 1, namens + 8));
    const end = namens + 1 + (called?.split(' ').length ?? 0);
    return called && called.includes(' ') && closesApposition(ws, end)
      ? { name: called, title: null, end }
      : null;
  }
  // "Der Veranstalter, die Firma Seeklang Events,": a firm's or a body's name is no person's.
  const noun = definiteArticles.has(ws[k] ?? '') ? ws[k + 1 + adjectives] : ws[k];
  if (isOrganisationWord(noun ?? '')) return null;
  if (definiteArticles.has(ws[k] ?? '') && /^\p{Lu}/u.test(ws[k + 1 + adjectives] ?? '')) {
    const titled = titledName(ws, k + 1 + adjectives);
    // "Eine Stammkundin, die Ärztin Helga Brandstätter aus Wien,": where she is from, too.
    if (titled) {
      const end = afterPlace(ws, titled.end);
      return closesApposition(ws, end) ? { ...titled, end } : null;
    }
    k += 1 + adjectives;
  }
  const first = k;
  while (k < ws.length && isTitleWord(ws[k] ?? '') && !(ws[k] ?? '').endsWith(',')) k++;
  const name = readName(ws.slice(k, k + 7));
  if (!name || name.split(' ').length < 2) return null;
  const end = afterPlace(ws, k + name.split(' ').length);
  if (!closesApposition(ws, end)) return null;
  return { name, title: k > first ? bare(ws[k - 1] ?? '') : null, end };
}

/** Whether a role and its complement are followed by an apposition that names the holder. */
function apposedAfter(ws: readonly string[]): boolean {
  const comma = ws.findIndex((w, k) => k < 12 && w.endsWith(','));
  if (comma < 0 || ws.slice(0, comma + 1).some((w) => /[.!?:;]$/u.test(w))) return false;
  return appositionName(ws, comma + 1) !== null;
}

/**
 * Where a name's apposition ends after the place the person is from: "Kantonsrat Hansjörg Näf
 * aus Tobelried," or "der alte Silvan Imseng aus Sankt Arbogast,"; `end` where there is none.
 */
function afterPlace(ws: readonly string[], end: number): number {
  if (!/^(aus|von)$/u.test(ws[end] ?? '') || isGivenName(bare(ws[end + 1] ?? ''))) return end;
  if (/^\p{Lu}[\p{L}-]*[,.]$/u.test(ws[end + 1] ?? '')) return end + 2;
  if (
    /^\p{Lu}[\p{L}.-]*$/u.test(ws[end + 1] ?? '') &&
    /^\p{Lu}[\p{L}-]*[,.]$/u.test(ws[end + 2] ?? '')
  )
    return end + 3;
  return end;
}

/**
 * The complement of a role: "der Kantonspolizei Seewil", "des Seewiler Tiefbauamts", "aus
 * Moosbach", "des «Seewiler Boten»". Returns where it ends.
 */
export function roleComplement(ws: readonly string[], from: number): number {
  let j = from;
  while (
    j < ws.length &&
    !(ws[j - 1] ?? '').endsWith(',') &&
    roleComplementWords.has(ws[j] ?? '') &&
    // "Trainer beim Schachklub Seewil", not "eine Zuschauerin beim Hinausgehen": where one works.
    (ws[j] !== 'beim' || isOrganisationWord(ws[j + 1] ?? '')) &&
    // "rief ein Landwirt in den Saal": "in" with the accusative says where to, not where from.
    !(ws[j] === 'in' && /^(den|das|die)$/u.test(ws[j + 1] ?? '')) &&
    // "wird die Frau in der Mitteilung zitiert": the text the words stand in, not who she is.
    !(
      /^(in|im)$/u.test(ws[j] ?? '') &&
      [ws[j + 1], ws[j + 2]].some((w) =>
        writtenTextNouns.has(
          bare(w ?? '')
            .toLowerCase()
            .replace(/^polizei|^presse/u, ''),
        ),
      )
    )
  ) {
    let k = j + 1;
    // "von der Bank Zürisee", "aus dem Rietal": a preposition and its article.
    if (/^(von|vom|aus)$/u.test(ws[j] ?? '') && /^(der|dem|den|des)$/u.test(ws[k] ?? '')) k++;
    // "der anderen Seite", "der städtischen SP": inflected adjectives before the noun.
    let adjectives = 0;
    while (adjectives < 2 && /^\p{Ll}+(en|er|es|em)$/u.test(ws[k + adjectives] ?? '')) adjectives++;
    if (/^\p{Lu}/u.test(ws[k + adjectives] ?? '')) k += adjectives;
    const opened = k;
    // "des Bundesamts für Strassen (Astra)": an aside in brackets ends the complement.
    while (
      k < ws.length &&
      // "der «Seewiler Zeitung»", as the writer's words leave it: "der _"; "vom
      // Forschungsinstitut «Ökonomie Austria»": a name after the noun, "Forschungsinstitut _".
      (/^[«„“"‹‚]?\p{Lu}/u.test(ws[k] ?? '') ||
        (/^_[,.;:!?]?$/u.test(ws[k] ?? '') &&
          (k === opened || /^\p{Lu}/u.test(ws[k - 1] ?? '')))) &&
      !(ws[k - 1] ?? '').endsWith(',')
    ) {
      // "des Komitees «Tram Nein – Bus Ja»": a quoted name is one, whatever words it holds.
      if (/^[«„“"]/u.test(ws[k] ?? '') && !/[»“”"][,.;:!?]?$/u.test((ws[k] ?? '').slice(1))) {
        const close = ws.findIndex((w, m) => m > k && /[»“”"][,.;:!?]?$/u.test(w));
        if (close > k && close - k <= 8) k = close;
      }
      k++;
      // "von Zürcher & Frei": a firm's names joined by an ampersand are one name.
      if (/^[&+]$/u.test(ws[k] ?? '') && /^\p{Lu}/u.test(ws[k + 1] ?? '')) k++;
      // "des Landesamts für Schule und Bildung": two nouns after "für".
      if (
        ws[j] === 'für' &&
        ws[k] === 'und' &&
        /^\p{Lu}/u.test(ws[k + 1] ?? '') &&
        !isGivenName(bare(ws[k + 1] ?? ''))
      )
        k++;
      // "des Bau- und Umweltdepartements": the first part of a compound its second completes.
      if (
        /\p{L}-$/u.test(ws[k - 1] ?? '') &&
        /^(und|oder)$/u.test(ws[k] ?? '') &&
        /^\p{Lu}/u.test(ws[k + 1] ?? '')
      )
        k++;
      if (/[,.;:!?]$/u.test(ws[k - 1] ?? '')) break;
    }
    if (k === opened) break;
    // "sagte der Stadtpräsident der Nachrichtenagentur X": to whom, not whose, he spoke.
    if (
      ws[j] === 'der' &&
      ws
        .slice(opened, k)
        .some((w) => addresseeTails.some((tail) => bare(w).toLowerCase().endsWith(tail)))
    )
      break;
    // "sagte ein Feuerwehrmann aus Valmorena der Regionalzeitung «…»": a newspaper after a role
    // that works at none is whom the words were said to (not "die Chefredaktorin der «…»").
    if (
      ws[j] === 'der' &&
      ws.slice(opened, k).some((w) => /zeitung$/u.test(bare(w).toLowerCase())) &&
      !pressRoleTails.some((tail) =>
        bare(ws[from - 1] ?? '')
          .toLowerCase()
          .replace(/in$/u, '')
          .endsWith(tail),
      )
    )
      break;
    // "sagte eine Anwohnerin der Kantonspolizei": a bystander tells the police; works at none.
    if (
      ws[j] === 'der' &&
      ws.slice(opened, k).some((w) => /polizei$/u.test(bare(w).toLowerCase())) &&
      bystanderStems.some(
        (stem) =>
          bare(ws[from - 1] ?? '')
            .toLowerCase()
            .replace(/(innen|in|en|n|e)$/u, '') === stem.replace(/e$/u, ''),
      )
    )
      break;
    j = k;
    // "ein Sprecher von Verkehrsminister Andrea Colombo der APA": after a person's name, "der
    // APA" is to whom the words were said, no more of the complement.
    const run = ws.slice(opened, k).map(bare);
    if (run.some(isGivenName) || (run.length >= 3 && isRoleWord(run[0] ?? ''))) break;
  }
  return j;
}

/**
 * A word of a role's complement: a capitalised word, an article, a preposition or an inflected
 * adjective ("des neuen Vereins", "beim Schachklub Brunnwil"); not a verb ("lobte den Verein").
 */
const complementWord = (word: string) =>
  /^[«„“"‹‚(]?\p{Lu}/u.test(word) ||
  definiteArticles.has(word) ||
  indefiniteArticles.has(word) ||
  roleComplementWords.has(word) ||
  prepositions.test(word) ||
  word === 'im' ||
  /^\p{Ll}+(en|er|es|em)$/u.test(word);

/**
 * The role a comma closes: "Der Präsident des Vereins Seewil," → Präsident, "Ihr Trainer beim
 * Schachklub Brunnwil," → Trainer, "Der Anwalt der Frau," → Anwalt. Null when a verb stands
 * between the role and the comma ("Die Präsidentin lobte den Verein,"): the comma then closes
 * another phrase.
 */
export function roleClosedAt(ws: readonly string[], comma: number): string | null {
  let role: string | null = null;
  for (let at = comma; at >= Math.max(0, comma - 6); at--) {
    if (!isRoleWord(ws[at] ?? '')) continue;
    // "von ihrem Vater, Aurelio Bernasconi. Ihr Mann,": a role before another comma or the end
    // of a sentence is not the one this comma closes.
    if (at < comma && /[,.;:!?]$/u.test(ws[at] ?? '')) return role;
    const between = ws.slice(at + 1, comma + 1).map((w) => w.replace(/,$/u, ''));
    if (!between.every(complementWord) || ws.slice(at + 1, comma).some((w) => /[,.;:!?]$/u.test(w)))
      return role;
    // "Der Anwalt der Frau,": a role in the genitive is the complement of the role before it,
    // which is the one the apposition names.
    role = bare(ws[at] ?? '');
  }
  return role;
}

/**
 * Whether two given names are spellings of one ("Wolodymyr", "Woldymyr"; "Mohammed",
 * "Mohamed"): the same first letter, not the same word, seven letters or more, and one letter
 * apart (not "Andreas" and "Andrea", nor "Marco" and "Mario").
 */
export function spellingVariant(a: string, b: string): boolean {
  if (a === b || a.charAt(0) !== b.charAt(0) || Math.min(a.length, b.length) < 7) return false;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return (row[b.length] ?? 0) <= 1;
}

/** The part of a name that refers to the person later: the last word with its particles. */
export function surnameOf(name: string): string {
  const words = name.split(' ');
  // "Melanie R.": a name shortened to protect the person is referred to by the given name.
  if (words.length === 2 && /^\p{Lu}\.$/u.test(words[1] ?? '')) return words[0] ?? '';
  let i = words.length - 1;
  while (i > 0 && nameParticles.has(words[i - 1] ?? '')) i--;
  return words.slice(Math.max(i, 0)).join(' ');
}

export type Gender = 'f' | 'm' | null;

/**
 * The singular of a role named in the plural after "eine der", "einer der": Anwohnerinnen →
 * Anwohnerin, Geschädigten → Geschädigte, Kollegen → Kollege; Anwohner and Studenten stay.
 */
export function singularRole(role: string): string {
  if (/innen$/u.test(role)) return role.slice(0, -3);
  return /(ten|nen|gen|len)$/u.test(role) && !/(enten|anten)$/u.test(role)
    ? role.slice(0, -1)
    : role;
}

/**
 * A role named as an object in the nominative, as a speaker is named: "den Beschuldigten" → Beschuldigte,
 * "dem Polizisten" → Polizist, "den Kollegen" → Kollege, "des Angeklagten" → Angeklagte; "den
 * Richter" stays, and so does "der Beschuldigten", which may be several.
 */
export function nominativeRole(article: string, noun: string): string {
  // "des Hauswarts", "des Arztes": a genitive -s or -es after a role noun.
  if (/^des$/iu.test(article) && /\p{Ll}s$/u.test(noun)) {
    if (/es$/u.test(noun) && isRoleWord(noun.slice(0, -2))) return noun.slice(0, -2);
    if (isRoleWord(noun.slice(0, -1))) return noun.slice(0, -1);
  }
  // "von einer Angestellten": a woman's role named by an adjective, in the dative.
  if (/^einer$/iu.test(article) && /\p{Ll}en$/u.test(noun) && isRoleWord(noun.slice(0, -1)))
    return noun.slice(0, -1);
  if (!/^(den|dem|des)$/iu.test(article) || !/\p{Ll}en$/u.test(noun)) return noun;
  return /(ist|ent|ant|oph|at|ot|et|af)en$/u.test(noun) ? noun.slice(0, -2) : noun.slice(0, -1);
}

/** Words after which "ein" introduces nobody: "die kaum ein Reiseführer kennt". */
const nobodyAfter = /^(kaum|nicht|nie|selten)$/u;

/**
 * Articles and possessives only an object takes, accusative or dative: "fragt seinen Vater",
 * "wirft dem Mann … vor".
 */
export const objectCaseDeterminer =
  /^(den|dem|einen|einem|seinen|seinem|ihren|ihrem|meinen|meinem|unseren|unserem)$/u;

/** Articles and possessives in the cases a preposition takes: "zu seiner", "mit dem", "für ihre". */
const objectDeterminers =
  /^(der|die|das|den|dem|des|ein|eine|einer|einem|einen|sein|seine|seiner|seinem|seinen|ihr|ihre|ihrer|ihrem|ihren)$/u;

const prepositions =
  /^(mit|von|vom|in|ins|bei|beim|für|gegen|über|an|am|zu|zum|zur|nach|vor|aus|auf|unter|neben|hinter|zwischen|gegenüber|um|durch|ohne|seit|wegen|trotz)$/iu;

/** The grammatical gender a role noun gives its person: Sprecherin → f, Sprecher → m. */
export function genderOfRole(role: string): Gender {
  const w = bare(role).toLowerCase();
  // Präsidentin, Biologin, Chefin; not Captain.
  if (/([^aeiouäöü]in|innen|frau|mutter|tochter|schwester)$/u.test(w)) return 'f';
  // Relations of a family whose form says no gender: die Tante, die Witwe, der Witwer.
  if (/(tante|nichte|oma|witwe|cousine|mama|gattin|braut)$/u.test(w)) return 'f';
  if (/(witwer|opa|papa|gatte|bräutigam)$/u.test(w)) return 'm';
  // Only nouns with a feminine form in -in say "a man": Sprecher, Präsident; not CEO or Goalie.
  return isRoleWord(role) &&
    /(er|ent|ant|or|eur|ist|ge|te|mann|vater|sohn|bruder|freund|arzt|anwalt|koch|chef|pilot|wirt|onkel|enkel|neffe|kandidat|diplomat|architekt|fotograf|therapeut)$/u.test(
      w,
    )
    ? 'm'
    : null;
}

/**
 * The gender of a role with its article: "die Beschuldigte", "eine Geschädigte" → f (a noun made
 * from an adjective has the article's gender); otherwise the noun's, as genderOfRole says.
 */
export function genderOfRoleWithArticle(article: string, noun: string): Gender {
  if (/e$/u.test(bare(noun))) {
    if (/^(die|eine)$/iu.test(article)) return 'f';
    if (/^(der|ein)$/iu.test(article)) return 'm';
  }
  // "einen Lehrling": only a man's role takes "einen".
  if (/^einen$/iu.test(article) && isRoleWord(noun)) return 'm';
  // "dem Angeklagten": the dative of a man's role named by an adjective.
  if (/^(dem|einem)$/iu.test(article) && /en$/u.test(bare(noun))) return 'm';
  // "von einer Angestellten": the dative of a woman's, "einer" being singular.
  if (/^einer$/iu.test(article) && /en$/u.test(bare(noun))) return 'f';
  // "den Goalie": the accusative of a man's role (not the dative plural "den Anwohnern").
  if (/^den$/iu.test(article) && /e$/u.test(bare(noun))) return 'm';
  const byForm = genderOfRole(noun);
  // "der Arzt", "ein Pilot": a role its form does not tell, after a masculine article.
  if (byForm === null && /^(der|ein)$/iu.test(article) && isRoleWord(noun)) return 'm';
  return byForm;
}

/**
 * Step: whether a clause is in the passive: an auxiliary ("wurde", "worden") and a participle
 * after it ("Gmür wurde verhaftet", "wurde von Meier kritisiert", "wurde entlassen"); not "wurde
 * deutlicher".
 */
export function inPassive(ws: readonly string[]): boolean {
  const auxiliary = ws.findIndex((w) => passiveAuxiliaries.has(bare(w).toLowerCase()));
  return (
    auxiliary >= 0 &&
    ws
      .slice(auxiliary + 1)
      .some((w) => /^(ge\p{Ll}+(t|en)|(be|ver|er|ent|zer)\p{Ll}+(t|en)|\p{Ll}+iert)[,.]?$/u.test(w))
  );
}

/** "Sankt Agatha", "San Bernardino", "Sainte-Croix": a saint's name, which names a place or a church. */
const saintWords = /^(Sankt|San|Santa|Santo|Saint|Sainte)$/u;

/** Whether a word ends a sentence or a clause before a colon: "Meier.", "Uhr:", "gesagt.»". */
const endsSentence = (word: string) => /[.!?:]["»“”]?$/u.test(word);

/** Words that open a relative clause after a comma: "…, das ihr …", "…, mit der …". */
const relativePronouns = /^(der|die|das|dem|den|deren|dessen|denen)$/u;

/**
 * Whether the word at `i` stands in a clause a subordinator opens after a comma ("…, als die
 * Skifahrer zu Fuss gingen"): background to the sentence, not its subject.
 */
function inSubordinateClause(tokens: readonly { word: string }[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const word = tokens[j]?.word ?? '';
    if (endsSentence(word)) return false;
    if (word.endsWith(',')) return subordinators.has((tokens[j + 1]?.word ?? '').toLowerCase());
  }
  return false;
}

/**
 * Whether the word at `i` stands in a question the writer asks ("Ob die Fans ihr Geld
 * zurückbekommen?"): whom it speaks of is background to a pronoun after it.
 */
function inQuestion(tokens: readonly { word: string }[], i: number): boolean {
  for (let j = i; j < tokens.length; j++) {
    const word = (tokens[j]?.word ?? '').replace(/[»“”"›‘']+$/u, '');
    if (word.endsWith('?')) return true;
    if (endsSentence(word) || /[«„“"]/u.test(tokens[j]?.word ?? '')) return false;
  }
  return false;
}

/**
 * Whether the word at `i` stands in a relative clause: the last comma before it in its sentence
 * is followed by a relative pronoun (after a preposition, perhaps) and then by no noun
 * ("…, das ihr vor Jahren eine Klientin schenkte"; not "…, die Gemeinde zahlt").
 */
function inRelativeClause(tokens: readonly { word: string }[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const word = tokens[j]?.word ?? '';
    if (endsSentence(word)) return false;
    if (!word.endsWith(',')) continue;
    const next = tokens[j + 1]?.word ?? '';
    const pronounAt = relativePronouns.test(next) ? j + 1 : prepositions.test(next) ? j + 2 : -1;
    return (
      pronounAt > j &&
      relativePronouns.test(tokens[pronounAt]?.word ?? '') &&
      ((pronounAt < i && /^\p{Ll}/u.test(tokens[pronounAt + 1]?.word ?? '')) ||
        // "Konrad Brenning, dessen Grossvater die Firma gründete,": a possessive relative
        // before its noun, the noun's article itself.
        (pronounAt <= i && /^(dessen|deren)$/u.test(tokens[pronounAt]?.word ?? '')))
    );
  }
  return false;
}

/**
 * Whether the word at `i` stands in a relative clause whose pronoun right after the comma is
 * likely its subject ("Lena Moser, die heute die Skischule leitet"): what follows the pronoun
 * there is the clause's object, no body that speaks.
 */
export function inSubjectRelativeClause(tokens: readonly { word: string }[], i: number): boolean {
  if (!inRelativeClause(tokens, i)) return false;
  for (let j = i - 1; j >= 0; j--) {
    if (!(tokens[j]?.word ?? '').endsWith(',')) continue;
    return (
      /^(der|die|das)$/u.test(tokens[j + 1]?.word ?? '') && /^\p{Lu}/u.test(tokens[j]?.word ?? '')
    );
  }
  return false;
}

/**
 * Whether the name from `i` on follows "von" (perhaps with a role between) in a passive sentence
 * ("Geleitet wird sie von Oberamtfrau Karin Amsler"): the one who acts, whatever stands as the
 * grammatical subject.
 */
export function passiveAgent(tokens: readonly { word: string }[], i: number): boolean {
  const von =
    tokens[i - 1]?.word === 'von'
      ? i - 1
      : tokens[i - 2]?.word === 'von' && isTitleWord(tokens[i - 1]?.word ?? '')
        ? i - 2
        : -1;
  for (let j = von - 1; j >= 0; j--) {
    const word = tokens[j]?.word ?? '';
    if (endsSentence(word)) return false;
    if (/^(wird|wurde|werden|wurden)$/u.test(word)) return true;
  }
  return false;
}

/** The words of the sentence the token at `i` stands in. */
function wordsOfSentenceAt(tokens: readonly { word: string }[], i: number): string[] {
  let first = i;
  while (first > 0 && !endsSentence(tokens[first - 1]?.word ?? '.')) first--;
  let last = i;
  while (last < tokens.length - 1 && !endsSentence(tokens[last]?.word ?? '.')) last++;
  return tokens.slice(first, last + 1).map((t) => t.word);
}

/** A finite verb in the singular: "widerspricht", "bestritt", "war"; not "protestieren". */
const singularVerb =
  /^(\p{Ll}+(t|te)|ist|war|wurde|hat|wird|will|kann|muss|soll|sass|traf|kam|ging|blieb|stand|lag|sah|gab|nahm|fand|gewann|verlor|sprach|riss|schwieg|lief|fuhr|warf|rief|bat|hielt|liess|ließ|fiel|zog|trug|wies|schrieb|stieg|schlug|half|starb|las|sang|trat|tat|bot|hob|schob|flog|schrie)[,.]?$/u;

/**
 * A noun the role lists do not know that is by its form a noun for a person before a name
 * ("Kunde Beat Suter", "Coiffeuse", "Lehrling", "Wyrsch-Vertraute"), not a given name such as
 * Andrea or Kim. Wider than `isUnlistedPersonNoun` ("-e", "-in"): the name after it says it is
 * a person.
 */
export function isPersonNounByForm(word: string): boolean {
  return (
    !isGivenName(bare(word)) &&
    /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(word) &&
    (/-/u.test(word) || /(e|in|ist|gast|ling|euse|eur)$/u.test(word.toLowerCase()))
  );
}

/**
 * A noun for a person by its form or as one of the few neuter ones, which the role lists do not
 * know: "Lehrling", "Aktivist", "Passant", "Mädchen", "Opfer". Not "Unfall" or "Fehler".
 */
export function isUnlistedPersonNoun(word: string): boolean {
  return (
    neuterPersonNouns.has(word) ||
    (/^\p{Lu}\p{Ll}+$/u.test(word) &&
      /(ling|ist|ent|ant|eur|euse)$/u.test(word) &&
      // "ein Transparent", "ein Plakat": a written text.
      !writtenTextNouns.has(word.toLowerCase()) &&
      // "Ein Kontingent lehnt sie ab", "eine Frist": a thing.
      !thingNounsInPersonForm.has(word.toLowerCase()) &&
      // "ein Experiment", "ein Dokument": a noun in -ment is never a person.
      !/ment$/u.test(word))
  );
}

/**
 * "ein Zuhörer", "eine Doktorandin", "ein Angestellter", "eine ältere Dame": after "ein" or
 * "eine", a noun that is a person's by its form, whom no role list knows; not a thing in -er
 * that is a written text ("ein Flyer") or an abstract noun.
 */
export function isUnnamedPersonNoun(noun: string): boolean {
  const l = noun.toLowerCase();
  return (
    /^\p{Lu}\p{Ll}+$/u.test(noun) &&
    !isGivenName(noun) &&
    // "ein Bub": the listed nouns at any length, the others by a form of four letters or more.
    (plainPersonNouns.has(l) ||
      (l.length >= 4 &&
        (/(er|erin|in|ist|ling|ant|ent|eur|euse|gast)$/u.test(l) ||
          // "ein Geschäftsmann", "eine Fachfrau": a compound of Mann or Frau.
          /^\p{Ll}{3,}(mann|frau)$/u.test(l) ||
          /(ete|ierte|nte|llte|mte|dte|ende|ige|ene|dame|witwe)$/u.test(l)))) &&
    // Not an abstract noun ("Heizung", "Medizin"); but a woman in -entin or -antin is a person
    // ("eine Abonnentin").
    (!/(ung|heit|keit|schaft|tum|nis|ment|zin|ein|tin)$/u.test(l) || /(ent|ant)in$/u.test(l)) &&
    !writtenTextNouns.has(l) &&
    !inscriptionNouns.has(l) &&
    !isThingInPersonForm(l) &&
    !documentTails.some((t) => l.endsWith(t))
  );
}

/**
 * Whether a lower-case noun names a thing though it ends like a person ("ein Boiler", "ein
 * Taschenmesser", "ein Barometer"); not "ein Vermesser": "ver-" makes a doer of the verb.
 */
const isThingInPersonForm = (l: string) =>
  thingNounsInPersonForm.has(l) ||
  thingTailsInPersonForm.some((t) => l.endsWith(t) && !l.endsWith(`ver${t}`));

/**
 * Whether a role with its article names several people: "die Richter", "die Anwohner", "die
 * Fans" (a noun whose form is no woman's after "die"), "die Pflegerinnen", and the same after a
 * possessive that may be plural ("Ihre Fans", "seine Kollegen"); not "die Richterin", "die
 * Beschuldigte" or "ihre Mutter".
 */
export function isPluralRole(article: string, noun: string): boolean {
  const word = bare(noun);
  // "dankte den Lesern", "den Anwohnerinnen": the dative plural ("den Leser" is one).
  // "seinen Kundinnen", "ihren Lesern": after a possessive in the dative plural, too.
  if (
    /^(den|seinen|ihren|unseren|meinen|deinen|euren)$/iu.test(article) &&
    /\p{Ll}(ern|innen)$/u.test(word)
  )
    return true;
  return (
    /^(die|ihre|seine|unsere|eure|meine|deine)$/iu.test(article) &&
    ((!/e$/u.test(word) && genderOfRole(noun) !== 'f') ||
      /innen$/u.test(word) ||
      // "die Ingenieure", "die Chauffeure": a man's role with the plural -e.
      (/\p{Ll}e$/u.test(word) &&
        isRoleWord(word.slice(0, -1)) &&
        genderOfRole(word.slice(0, -1)) === 'm'))
  );
}

/** The capitalised words at the start, up to the first that is not: "Seewiler Druck AG schliesst" → three. */
const capitalisedRun = (ws: readonly string[]) => {
  const end = ws.findIndex((w) => !/^\p{Lu}/u.test(w));
  return end < 0 ? ws : ws.slice(0, end);
};

/**
 * Whether a role phrase's complement sets it apart from the bare role a person was named with:
 * a genitive or the body one works for ("der Trainer des Gegners", "der Sprecher der Feuerwehr",
 * "der Trainer von Obermatt"); not where the person is from ("die Rentnerin aus Ermensee").
 */
export const setApartByComplement = (phrase: string) =>
  /^(des|der|von|vom|beim|für)$/u.test(phrase.split(' ')[1] ?? '');

/**
 * The gender of the pronoun a body or organisation takes as a sentence's subject (the article in
 * lower case; the caller checks that it opens the sentence or follows an adverb that does):
 * "Die Polizei", "Die Stadt Seewil", "Die SP" → f; "Der Gemeinderat", "Der Bauernverband" → m.
 * Null for anything else, for "Der" before a feminine noun (a genitive: "Der Polizei zufolge"), for a
 * group of people ("Die Gruppe ohne Bildschirm") and for a body's name used as a title ("Der
 * Gemeinderat Beat Gmür").
 */
function bodyGender(article: string, noun: string, next: string): Gender {
  const w = bare(noun);
  const body =
    // "Die SVP", not "Die CEO": an abbreviation names a body unless it names a role.
    (bodyNouns.has(w) || isOrganisationWord(w) || (/^\p{Lu}{2,}$/u.test(w) && !isRoleWord(w))) &&
    !peopleGroupNouns.has(w);
  if (!body || (bodyNouns.has(w) && readName([next]))) return null;
  if (article === 'die') return 'f';
  const feminine = /(ei|ung|schaft|heit|keit|tät|e|stadt|bank|firma)$/u.test(w.toLowerCase());
  return article === 'der' && !feminine && !/^\p{Lu}{2,}$/u.test(w) ? 'm' : null;
}

const office = new RegExp(`(${officeStems.join('|')})(in|innen|en|n|s|e|es)?$`, 'u');

/** "Bundesrätin", "Staatschef", "SPD-Politiker": a political or public office. */
export const isOffice = (role: string) => office.test(bare(role).toLowerCase());

/**
 * The gender of the pronoun a report or study takes after its article: "den Bericht" → m, "die
 * Studie", "der Machbarkeitsstudie" → f. Null for other nouns and for "das", "des", "dem" before
 * a noun that is not masculine.
 */
export function documentGender(article: string, noun: string): Gender {
  if (!/^(der|die|den|dem|ein|eine|einer|einen|einem)$/u.test(article)) return null;
  const w = bare(noun).toLowerCase();
  const tail = documentTails.find((t) => w.endsWith(t));
  if (!tail || !/^\p{Lu}/u.test(bare(noun))) return null;
  const feminine = tail !== 'bericht';
  if (feminine) return /^(die|der|eine|einer)$/u.test(article) ? 'f' : null;
  return /^(der|den|dem|ein|einen|einem)$/u.test(article) ? 'm' : null;
}

/** Whether a relation is another one by its prefix: Grossvater for Vater, Schwiegertochter for Tochter. */
const otherKinship = (role: string, relation: string) =>
  kinshipPrefixOf(role.toLowerCase()) !== kinshipPrefixOf(relation.toLowerCase());

/** The kinship prefix a word starts with, lower case: "gross" for grossvater, "" for vater. */
const kinshipPrefixOf = (word: string) => kinshipPrefixes.find((p) => word.startsWith(p)) ?? '';

/**
 * Which words stand in the subordinate clause a sentence opens with, up to the comma after which
 * the main clause's verb comes: "Als X der Finanzvorsteherin vorwarf, sie habe …, griff
 * Ratspräsidentin Y ein" (not "Als X kam, sagte sie": "sie" follows that comma).
 */
function leadingClauses(
  tokens: ReadonlyArray<{ word: string; start: number }>,
  sentenceOpenings: ReadonlySet<number>,
): boolean[] {
  const leading = tokens.map(() => false);
  tokens.forEach(({ word, start }, opening) => {
    if (!sentenceOpenings.has(start) || !subordinators.has(word.toLowerCase())) return;
    for (let k = opening + 1; k < tokens.length; k++) {
      if (sentenceOpenings.has(tokens[k]?.start ?? -1)) return;
      const current = tokens[k]?.word ?? '';
      const next = tokens[k + 1]?.word ?? '';
      if (
        current.endsWith(',') &&
        /^\p{Ll}/u.test(next) &&
        ![subordinators, definiteArticles, indefiniteArticles, personPronouns, possessives].some(
          (list) => list.has(next.toLowerCase()),
        )
      ) {
        for (let j = opening + 1; j <= k; j++) leading[j] = true;
        return;
      }
    }
  });
  return leading;
}

/** A mention of a person (by name) or of an unnamed role, at a position in reading order. */
export type Mention = {
  speaker: string;
  position: number;
  gender: Gender;
  named: boolean;
  object?: boolean;
  /** Named after "der" and a woman's noun ("der Hallstetterin Sophie Brandt"): a dative. */
  dative?: boolean;
  /** A genitive before a role ("Brändlis Verteidiger"): whose role it is, no person acting. */
  genitive?: boolean;

  /** A mention by a family name two people share, resolved to one of them (or to nobody: ''). */
  byFamilyName?: boolean;
  /** Who acts in a passive sentence ("Geleitet wird sie von Karin Amsler"), named after "von". */
  agent?: boolean;
  /** The subject of reported speech somebody else passes on ("Ihre Mutter habe gesagt, …"). */
  reported?: boolean;
  /** Named after ", sagte": who reports what the clause before says ("…, sagte Carmen Imhof"). */
  reports?: boolean;
  /** A role introduced with "ein" or "eine": somebody new the text tells of ("ein Vorarbeiter"). */
  introduced?: boolean;
  /** In a relative clause ("das Buch, das ihr eine Klientin schenkte"): in the background (`inBackground`). */
  relative?: boolean;
  /** An unnamed relation of somebody, after a preposition ("von seinem Vater"). */
  ownedRelation?: boolean;
  /** Several people of a role in a subordinate clause ("…, als die Skifahrer …"): background to a singular pronoun. */
  plural?: boolean;
  /** Several people of a role ("Die Nachbarn"), none of them alone. */
  group?: boolean;
};

/** "coach" → "trainer": the word `roleSynonyms` gives for the same role, as a compound's end too. */
const synonymOf = new Map([...roleSynonyms].map((pair) => pair.split(':') as [string, string]));
const roleKeys = (role: string) => {
  const word = bare(role.split(' ')[0] ?? role).toLowerCase();
  const tail = [...synonymOf.keys()].find((w) => word.endsWith(w));
  const lower = tail ? word.slice(0, -tail.length) + (synonymOf.get(tail) ?? tail) : word;
  return [lower, lower.replace(/(en|n|s|r)$/u, '')];
};

/** Whether two role nouns name the same role, one as a compound of the other or not. */
/** "Vizebürgermeister", "Co-Trainerin", "Alt-Gemeindepräsident", "Mitkandidatin": a deputy's, a former holder's or a fellow's role. */
const deputyRole = (role: string) =>
  /^(vize|co-|ko-|alt-|ex-|interims|mit(?!tel)(?=\p{Ll}{4}))/iu.test(bare(role));

function sameRole(a: string, b: string): boolean {
  // "Bürgermeister Gerhard Wukovits … Der Vizebürgermeister": another office.
  if (deputyRole(a) !== deputyRole(b)) return false;
  // "meine Mutter Verena … die Grossmutter": another relation.
  if (
    (isKinship(bare(a).toLowerCase()) || isKinship(bare(b).toLowerCase())) &&
    otherKinship(bare(a), bare(b))
  )
    return false;
  return roleKeys(a).some((x) =>
    roleKeys(b).some((y) => x.length > 3 && y.length > 3 && (x.endsWith(y) || y.endsWith(x))),
  );
}

/**
 * Whether a quotation speaks of a man (`m`) or a woman (`f`) in the third person: «Er hat es
 * verdient», «Ich habe ihn nicht gesehen». A quotation about the person named last is not theirs.
 */
export function speaksOf(quotation: string, gender: Gender): boolean {
  if (!gender) return false;
  const forms = gender === 'm' ? heForms : sheForms;
  // "Und dann den Lärm, wenn sie da sind.": "sie" with a plural verb in its clause is several.
  return quotation.split(/[,.;:!?–]+/u).some((clause) => {
    const ws = clause.split(/[^\p{L}]+/u).filter(Boolean);
    const plural = ws.some((w) => /^(sind|waren|haben|hatten|werden|wurden)$/u.test(w));
    // "Die SVP hat ihre Wähler unterschätzt": a possessive after a thing or a body the clause
    // names with its article is that thing's, no person's.
    // Only a body or an organisation, and a possessive that agrees with its article (die Partei
    // … ihre; der Verein … seine): not "Der Vorstand hat ihre Arbeit geschätzt", "Die Wahl ihrer
    // Nachfolgerin".
    const bodyBefore = (k: number, possessive: string) =>
      ws.slice(0, k).some((w, j) => {
        const noun = ws[j + 1] ?? '';
        const article = w.toLowerCase();
        const agrees = possessive.startsWith('ihr')
          ? article === 'die'
          : article === 'der' || article === 'das';
        return (
          agrees &&
          (bodyNouns.has(noun) ||
            isOrganisationWord(noun) ||
            (/^\p{Lu}{2,}$/u.test(noun) && !isRoleWord(noun)))
        );
      });
    return ws.some(
      (w, k) =>
        forms.has(w.toLowerCase()) &&
        !(plural && w === 'sie') &&
        !(
          possessives.has(w.toLowerCase()) &&
          w.toLowerCase() !== 'ihr' &&
          bodyBefore(k, w.toLowerCase())
        ),
    );
  });
}

/**
 * Whether "der <noun>" may mean a person the text gave `role`: the same role ("Trainer Thomas
 * Hürlimann … der Trainer"), one office for another ("Agrarminister … der Minister"), or a party's
 * tag ("der CDU-Politiker"). A person named without a role is not meant: "Kurt Brunner wurde
 * befördert. «Er hat es verdient», sagt der Chef" is somebody else, and a wrong name is worse
 * than the role.
 */
export function roleMayMean(role: string | null | undefined, noun: string): boolean {
  if (/^\p{Lu}{2,}-/u.test(bare(noun))) return true;
  if (role && deputyRole(role) !== deputyRole(noun)) return false;
  return (
    !!role &&
    (sameRole(role, noun) ||
      // "Tierärztin Martina Roth … sagt die Expertin": whoever the text named by a profession of
      // knowledge is an expert in it; not a party to the story ("Die Angeklagte X … sagt die
      // Expertin"), nor an office.
      (/^(experte|expertin|fachfrau|fachmann)$/iu.test(bare(noun)) &&
        expertStems.some((stem) =>
          bare(role)
            .toLowerCase()
            .replace(/(innen|in|en|e)$/u, '')
            .endsWith(stem),
        )) ||
      (isOffice(role) && isOffice(noun)) ||
      (isChiefExecutive(role) && isChiefExecutive(noun)) ||
      (endsWithStem(role, matchRoleStems) && endsWithStem(noun, playerPositionStems)) ||
      (endsWithStem(role, playerPositionStems) && endsWithStem(noun, matchRoleStems)))
  );
}

/**
 * "CEO", "Konzernchefin", "Feltmann-Chefin": whoever runs a company (`chiefExecutiveNouns`). A
 * compound after a hyphen only with a firm's name before it: not "SVP-Chef" (a party's short
 * name), "Gewerkschafts-Chef" or "Partei-Chefin" (a body's noun).
 */
const isChiefExecutive = (role: string) => {
  const parts = bare(role).split('-');
  const head = (parts.at(-1) ?? '').toLowerCase();
  if (parts.length === 1) return chiefExecutiveNouns.has(head);
  const firm = parts.slice(0, -1).join('-');
  return (
    chiefExecutiveNouns.has(head) &&
    /^\p{Lu}\p{Ll}+$/u.test(firm) &&
    !/s$/u.test(firm) &&
    !isOrganisationWord(firm) &&
    !isRoleWord(firm)
  );
};

/** "Torschütze" ends with "schütze": a role noun, lower-cased, that ends with one of the stems. */
const endsWithStem = (role: string, stems: ReadonlySet<string>) =>
  [...stems].some((stem) => bare(role).toLowerCase().endsWith(stem));

/**
 * Whether a reference names a role as the person was introduced with it or more generally:
 * "Gemeindepräsidentin X … die Präsidentin"; not "Präsident der SP, X … der Stadtpräsident".
 */
function coversRole(introduced: string, reference: string): boolean {
  if (deputyRole(introduced) !== deputyRole(reference)) return false;
  // "Sein Grossvater Karl … sein Vater": a prefix of kinship makes another relation.
  const prefix = kinshipPrefixOf(introduced.toLowerCase());
  if (
    prefix !== '' &&
    isKinship(introduced.toLowerCase()) &&
    kinshipPrefixOf(reference.toLowerCase()) !== prefix
  )
    return false;
  return roleKeys(introduced).some((x) =>
    roleKeys(reference).some((y) => y.length > 3 && x.endsWith(y)),
  );
}

/**
 * "hinter der Norwegerin Ingrid Solberg": a name after a preposition, an article and a noun
 * (given names between), the object of the preposition.
 */
function afterPrepositionPhrase(ws: readonly string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isGivenName(bare(ws[j] ?? ''))) j--;
  if (!/^\p{Lu}\p{Ll}+$/u.test(ws[j] ?? '')) return false;
  j--;
  if (!/^(der|die|dem|den|des|einer|einem|eines)$/u.test(ws[j] ?? '')) return false;
  return prepositions.test(ws[j - 1] ?? '');
}

/**
 * A name in the genitive before an adjective and a noun, as the person is called: "Gianni Rossis
 * neues Lied" → Gianni Rossi. A subject's name is followed by its verb, not an adjective.
 */
export function withoutGenitive(name: string, next: string, afterNext: string): string {
  return /[^s]s$/u.test(name) &&
    /^\p{Ll}+(e|es|er|en|em)$/u.test(next) &&
    // "Klara Wukovits, deren Heuriger …": a relative clause, not an adjective after a genitive.
    !/^(deren|dessen|denen)$/u.test(next) &&
    // "Lukas Brunners sagte Anna …", "lobte Trainer …": a verb and its object.
    !speechVerbs.has(next) &&
    !/te$/u.test(next.replace(/(ste|zte|tte)$/u, '')) &&
    /^\p{Lu}\p{Ll}/u.test(afterNext) &&
    !isGivenName(bare(afterNext)) &&
    !isTitleWord(afterNext)
    ? name.slice(0, -1)
    : name;
}

/** The legal form that ends a company's name: "Hutter AG", "Meier GmbH". */
const companyForm = /^(AG|GmbH|SA|KG|Sàrl|Ltd|Inc)[,.;:!?]?$/u;

/**
 * Whether the name at `at` is of somebody the text says is dead: a relative clause after it
 * ("Anton Seidl, der 1998 starb,", "…, die im Frühling verstorben ist") or an adjective before it
 * ("der verstorbene Franz Berger", "ihr 2019 verstorbener Mann Kurt").
 */
export function toldDead(words: readonly string[], at: number): boolean {
  const dead =
    /^(starb|verstarb|gestorben|verstorben|verschied|verschieden|umkam|umgekommen)[,.;:!?]?$/u;
  const adjective = /^(verstorbene[nrm]?|verstorbenen|verschiedene[nr]?|selige[nr]?)$/u;
  if (words.slice(Math.max(0, at - 3), at).some((w) => adjective.test(w))) return true;
  // The comma right after the name: "Emil Tanner sagte, der Vater sei gestorben" is no clause of his.
  let end = at;
  while (end < at + 4 && !/[,.;:!?]$/u.test(words[end] ?? '.')) end++;
  if (words.slice(at, end + 1).some((w) => !/^\p{Lu}/u.test(w))) return false;
  if (!(words[end] ?? '').endsWith(',') || !/^(der|die)$/u.test(words[end + 1] ?? '')) return false;
  for (let j = end + 2; j < end + 10 && j < words.length; j++) {
    const w = words[j] ?? '';
    if (dead.test(w) || (w === 'Leben' && /^kam/u.test(words[j + 1] ?? ''))) return true;
    if (/[,.;:!?]$/u.test(w)) return false;
  }
  return false;
}

/**
 * An object's determiner or a preposition opening a sentence: "Den Verdächtigen …", "Mit ihm …",
 * "Zusammen mit Lisa Odermatt … hat sie", "Dank X hat sie überlebt" (not "Vor allem X kritisierte
 * sie", where X is the subject, nor "Nach Angaben von X hat er", where X is the source).
 */
const frontedObjectOpener =
  /^(Den|Dem|Einen|Einem|Seinen|Seinem|Ihren|Ihrem|Diesen|Diesem|Mit|Von|Über|Gegen|Für|Bei|Zu|Zusammen|Gemeinsam|Neben|Ohne|Dank|Trotz|Nach)$/u;

/**
 * Whether the pronoun at token `i` is the subject right after the verb of a sentence that opens
 * with an object ("Den Verdächtigen, den Schreiner Ulrich Pfaff, habe er im Visier gehabt"): a
 * person named in that object is not whom it means.
 */
function afterFrontedObject(
  tokens: ReadonlyArray<{ word: string; start: number }>,
  sentenceStarts: readonly number[],
  i: number,
): boolean {
  const start = tokens[i]?.start ?? 0;
  const sentence = sentenceStarts.filter((s) => s <= start).at(-1) ?? 0;
  const first = tokens.findIndex((t) => t.start >= sentence);
  if (first < 0 || first >= i - 1 || !frontedObjectOpener.test(tokens[first]?.word ?? ''))
    return false;
  // "Nach Angaben von X hat er gestanden": a source, as "laut X", not a fronted object.
  if (
    tokens[first]?.word === 'Nach' &&
    sourceNouns.has(bare(tokens[first + 1]?.word ?? '').toLowerCase())
  )
    return false;
  const verb = tokens[i - 1]?.word ?? '';
  return (
    /^\p{Ll}+$/u.test(verb) &&
    // Not "…: Hansruedi Zurbriggen, …, wie er selbst betonte": a pronoun in a clause of its own.
    !subordinators.has(verb) &&
    verb !== 'wie' &&
    !prepositions.test(verb) &&
    !definiteArticles.has(verb) &&
    !indefiniteArticles.has(verb) &&
    !tokens.slice(first, i).some((t) => personPronouns.has(bare(t.word).toLowerCase()))
  );
}

/**
 * Where the sentence that the word at `at` is in opens, when that is at most three words before
 * it (a name with its role or article: "Ihre Trainerin Anna Muster"); -1 when it opens further back.
 */
function sentenceOpening(words: readonly string[], at: number): number {
  let start = at;
  while (start > 0 && at - start < 3 && !endsSentence(words[start - 1] ?? '')) start--;
  return start === 0 || endsSentence(words[start - 1] ?? '') ? start : -1;
}

/**
 * Step: whether the person at `at` opens a sentence of reported speech about them that goes on
 * from a sentence where somebody spoke ("Verteidiger X widersprach. Schnyderli konstruiere ein
 * Motiv, das es nicht gebe."): a subjunctive right after the name, no verb of saying in the
 * sentence, and one in the sentence before.
 */
/** The subjunctive of reported speech: "sei", "habe", "könne". */
const reportedSubjunctiveForms =
  /^(sei|seien|habe|hätte|wäre|könne|müsse|wolle|solle|dürfe|werde)$/u;

export function opensReportedClaim(words: readonly string[], at: number): boolean {
  const start = sentenceOpening(words, at);
  if (start <= 0) return false;
  if (words.slice(start, at + 1).some((w) => !/^\p{Lu}\p{L}*$/u.test(w))) return false;
  let verb = at + 1;
  // "Der schwedische Torhüter parierte …": adjectives after an article come before the noun.
  if (/^(Der|Die|Das|Ein|Eine)$/u.test(words[at] ?? ''))
    while (verb < at + 3 && /^\p{Ll}+(e|en|er|es|em)$/u.test(words[verb] ?? '')) verb++;
  const nounsEnd = verb + 2;
  while (verb < nounsEnd && /^\p{Lu}\p{L}*$/u.test(words[verb] ?? '')) verb++;
  const form = words[verb] ?? '';
  if (
    !/^(sei|habe|hätte|wäre|könne|müsse|wolle|solle|dürfe|werde)$/u.test(form) &&
    // "Seine Stellvertreterin X wurde deutlicher.": "wurde" is the past, no subjunctive.
    !(/^\p{Ll}{3,}e$/u.test(form) && !/te$/u.test(form) && form !== 'wurde')
  )
    return false;
  let end = verb;
  while (end < words.length && !endsSentence(words[end] ?? '')) end++;
  if (words.slice(verb, end + 1).some((w) => speechVerbs.has(bare(w).toLowerCase()))) return false;
  let before = start - 1;
  while (before > 0 && !endsSentence(words[before - 1] ?? '')) before--;
  return words.slice(before, start).some((w) => speechVerbs.has(bare(w).toLowerCase()));
}

/**
 * "Mirjam Aebersold verpasste das Podest. «Sind Sie enttäuscht?», wollte die Reporterin wissen":
 * a question put to somebody as "Sie" is put to whom the paragraph named, not said by them.
 */
const putToThem = (quotation: string) =>
  /\S\s+(Sie|Ihnen)\b/u.test(quotation) && quotation.includes('?');

/** A relation within a family, compounds too: Tochter, Schwiegertochter, Grossvater, Enkelin. */
const isKinship = (word: string) =>
  kinshipNouns.has(word) || kinshipNouns.has(word.slice(kinshipPrefixOf(word).length));

/** A relation within a family as the text writes it: "Tante", "Grossvater". */
export const isKinshipWord = (word: string) => isKinship(bare(word).toLowerCase());

/** "Siegerin", "Gewinner": a role the text gives by saying who won, not by naming it. */
const isWinnerNoun = (noun: string) => winnerNouns.has(bare(noun).toLowerCase());

/**
 * Step: whether the person at `at` opens a sentence of reported speech that somebody else passes
 * on, with a subjunctive "habe" and a participle of saying or advising before its first comma
 * ("Ihre Mutter habe damals immer gesagt, man müsse …", "Eine Kollegin habe ihr geraten, …",
 * "Martha Ambühl habe ihr beigebracht, dass …"). The teller quotes that person, so a pronoun or
 * an age after the sentence means the teller, not them.
 */
export function opensReportedSaying(words: readonly string[], at: number): boolean {
  const start = sentenceOpening(words, at);
  if (start < 0) return false;
  if (words.slice(start, at).some((w) => !/^\p{Lu}\p{L}*$/u.test(w))) return false;
  let aux = at + 1;
  while (
    aux < at + 4 &&
    /^\p{L}+$/u.test(words[aux] ?? '') &&
    !/^(habe|hätte)$/u.test(words[aux] ?? '')
  )
    aux++;
  // "Sein Vater Gottfried Bürgi, der 1987 verunfallte, habe immer gesagt": past a relative clause.
  if (
    (words[aux] ?? '').endsWith(',') &&
    /^(der|die|das|dessen|deren)$/u.test(words[aux + 1] ?? '')
  ) {
    let close = aux + 2;
    while (close < aux + 16 && close < words.length && !(words[close] ?? '').endsWith(',')) close++;
    if ((words[close] ?? '').endsWith(',')) aux = close + 1;
  }
  if (!/^(habe|hätte)$/u.test(words[aux] ?? '')) return false;
  for (let j = aux + 1; j < aux + 10 && j < words.length; j++) {
    const w = (words[j] ?? '').toLowerCase();
    const stem = bare(w);
    if ((speechVerbs.has(stem) && stem.startsWith('ge')) || counselParticiples.has(stem))
      return true;
    if (/[,.;:!?]$/u.test(w)) return false;
  }
  return false;
}

/**
 * The people of one article: register them, then record their mentions in reading order, then ask
 * whom a pronoun or a role reference at a position points to.
 */
export class PeopleIndex {
  private readonly people = new Map<
    string,
    {
      name: string;
      role: string | null;
      gender: Gender;
      /** Other roles the text gives the person ("ihrem Vater Hans Moser … seines Grossvaters
       * Hans Moser"): the role it gave first stays theirs. */
      alsoRoles?: string[];
    }
  >();
  private readonly mentions: Mention[] = [];
  /** Names the text showed to be somebody no list knows ("Stavros Pappadakis"): each mention of them is somebody. */
  private readonly unknownNames = new Set<string>();
  /**
   * Where a body or organisation is named ("Die Polizei", "Der Gemeinderat"), with the gender of
   * its pronoun; `reported` where it stands in somebody's reported speech, `document` where it
   * is a report or a study ("Er kommt zum Schluss") rather than a body that holds roles.
   */
  private readonly bodies: Array<{
    position: number;
    gender: Gender;
    reported?: boolean;
    document?: boolean;
  }> = [];
  /** People who share a family name, by full name, and the family names they share. */
  private readonly fullNames = new Map<
    string,
    { name: string; role: string | null; gender: Gender }
  >();
  private readonly shared = new Set<string>();
  /** The ages the text gives people, by name: "Kurt Brunner (71)", "der 19-jährige Elia Fontana". */
  private readonly ages = new Map<string, number>();
  /** Where the sentences of the texts recorded so far start, in reading order. */
  private readonly sentenceStarts: number[] = [];
  /** Where each text recorded so far (a paragraph, a heading) starts, in reading order. */
  private readonly textStarts: number[] = [];
  /** Where a colon opens a clause with a capitalised word: "… von unerwarteter Seite: Lisa Moser …". */
  private readonly colonClauses: number[] = [];
  /** Where a verb of winning stands outside quotations ("hat die Abfahrt gewonnen"). */
  private readonly wins: number[] = [];
  /** Where a personal pronoun ("er", "sie") stands outside quotations, in reading order. */
  private readonly pronouns: Array<{
    position: number;
    gender: Gender;
    reports?: boolean;
    /** The subject after the verb of a sentence that opens with its object ("Den X habe er …"). */
    afterFronted?: boolean;
    /** "Dank X hat sie …": the fronted phrase opens with a word that says what X did for somebody. */
    frontedForSomebody?: boolean;
    /** "Lanciert hatte sie die Hausärztin X": "sie" before a subject may be the object. */
    maybeObject?: boolean;
    /** Right after the subordinator a sentence opens with ("Ob sie …, wollte X von Y wissen"). */
    leading?: boolean;
    /** Before a verb of naming and the name ("Sie heisst Martina Keller"): whom the name means. */
    namesSelf?: boolean;
  }> = [];
  /** A column's writer, who speaks as "ich" and is never "er" or "sie". */
  private writer: string | null = null;
  /** Family words the text gives a name ("Grosi, die eigentlich Rosmarie Hugentobler heisst"). */
  private readonly familyCalled = new Map<string, string>();
  /** Where the sentences start whose words outside quotations are in the subjunctive (er sei, sie habe). */
  private readonly subjunctiveSentences = new Set<number>();

  /** Sets the writer of a column: a pronoun in the third person never means them. */
  setWriter(name: string): void {
    this.writer = name;
  }

  /** Whether a person is the column's writer (not a relative who shares the family name). */
  private isWriter(speaker: string): boolean {
    return this.writer !== null && speaker !== '' && speaker === this.writer;
  }

  /** Where the sentences in the passive start ("Beat Gmür wurde am Montag operiert."). */
  private readonly passive = new Set<number>();
  /** Whom the text says is dead ("Anton Seidl, der 1998 starb", "der verstorbene Franz Berger"). */
  private readonly deceased = new Set<string>();

  /** Registers a person by full name (and role); the surname alone then refers to them too. */
  add(fullName: string, givenRole: string | null = null, roleGender: Gender = null): void {
    const { name, title } = splitTitle(fullName);
    const role = givenRole ?? title;
    const surname = surnameOf(name);
    if (!surname || name.split(' ').some(isOrganisationWord)) return;
    const person = {
      name: withoutTitles(name),
      role,
      // "die Abgeordnete Fatma Kaya": the given name says more than a role in -e, which may be either.
      // "Projektleiterin Kari Haugland": a role in -in says a woman, whatever a given name
      // used for men elsewhere says.
      gender:
        role && /\p{Ll}in$/u.test(role) && genderOfRole(role) === 'f'
          ? 'f'
          : (genderOfName(name) ?? roleGender ?? (role ? genderOfRole(role) : null)),
    };
    // "Vreni Amrein (71) … Wirtin Vreni sagt": a given name alone, with a role, is the one
    // person the text named in full with it (who takes the role where it gave them none).
    // Not "Sohn Marco" after his father "Marco Binz", nor "Nachbarin Ruth" after "Pfarrerin Ruth
    // Amstutz": a relation, or another role than the one named in full holds, is somebody else.
    const full = name.includes(' ') ? undefined : this.byGivenName(name, '');
    if (
      full &&
      (!person.gender || !full.gender || person.gender === full.gender) &&
      !(givenRole && (isKinshipWord(givenRole) || relationNouns.has(givenRole.toLowerCase()))) &&
      !(givenRole && full.role && !sameRole(full.role, givenRole))
    ) {
      if (givenRole) full.role ??= givenRole;
      return;
    }
    const known = this.people.get(surname);
    if (known) {
      // "Elsbeth Nägeli … Ihre Tochter Regula Nägeli": two people of one family name; each is
      // found by the full name, the family name alone says neither.
      const given = person.name.split(' ')[0] ?? '';
      const same =
        known.name.endsWith(` ${person.name}`) ||
        person.name.endsWith(` ${known.name}`) ||
        known.name === person.name;
      // "Der Seilbahnbauer Brunnthaler … Geschäftsführer Florian Brunnthaler": the family name
      // alone came first; the full name says who it is (and a second full name is another).
      if (!known.name.includes(' ') && isGivenName(person.name.split(' ')[0] ?? '') && same) {
        Object.assign(known, {
          name: person.name,
          role: person.role ?? known.role,
          gender: person.gender ?? known.gender,
        });
        return;
      }
      // "ihrem Vater Hans Moser … seines Grossvaters Hans Moser": one person, two relations.
      if (known.name === person.name && known.role && person.role && person.role !== known.role)
        known.alsoRoles = [...(known.alsoRoles ?? []), person.role];
      // "Mein Vater, Luregn Caminada,": a name the text gives a role is a person's, whatever
      // the lists know of the given name.
      const givenByRole =
        givenRole !== null && /^\p{Lu}\p{Ll}+$/u.test(given) && !isTitleWord(given);
      if (!same && (isGivenName(given) || givenByRole) && person.name.split(' ').length >= 2) {
        // The role the text gave first stays: "Ihre Mutter Vreni Hofer" is read twice.
        const before = this.fullNames.get(person.name);
        this.fullNames.set(person.name, before?.role && !person.role ? before : person);
        this.fullNames.set(known.name, known);
        this.shared.add(surname);
      }
      return;
    }
    this.people.set(surname, person);
    // "van der Laan" is mentioned word by word: its last word finds the person too.
    const last = surname.split(' ').at(-1) ?? surname;
    if (last !== surname && !this.people.has(last)) this.people.set(last, person);
    // "Vizehandelsminister Li Qiang … Li wies die Kritik zurück": a name that puts the family
    // name first; its first word finds the person too.
    const parts = person.name.split(' ');
    const first = parts[0] ?? '';
    if (
      familyNamesFirst.has(first) &&
      parts.length >= 2 &&
      !isGivenName(first) &&
      !this.people.has(first)
    )
      this.people.set(first, person);
  }

  /**
   * "wo sein Vater Granitplatten für Hofeinfahrten schlug": one word after a relation, no given
   * name and never written again in the article, is what the sentence is about, no person.
   */
  dropUnrepeatedRelativeNames(words: readonly string[]): void {
    for (const [key, person] of this.people) {
      if (!isKinship((person.role ?? '').toLowerCase())) continue;
      const parts = person.name.split(' ');
      const last = parts.at(-1) ?? '';
      const at = words.findIndex(
        (w, i) => bare(w) === last && bare(words[i - 1] ?? '') === parts[0],
      );
      // Not "Tochter Nilufar ist 19", "Ihr Bruder Omid, 12,": an age after the word says a
      // person, whatever the lists know of the name.
      const written = words.findIndex((w) => bare(w) === person.name);
      const aged =
        written >= 0 &&
        (/^\d{1,3},$/u.test(words[written + 1] ?? '') ||
          /^\(\d{1,3}\)/u.test(words[written + 1] ?? '') ||
          (/^(ist|war|wird)$/u.test(words[written + 1] ?? '') &&
            /^\d{1,3}\b/u.test(words[written + 2] ?? '')));
      if (
        !person.name.includes(' ') &&
        !isGivenName(person.name) &&
        !aged &&
        words.filter((w) => bare(w) === person.name).length <= 1
      )
        this.people.delete(key);
      // "Ich spiele mit meinem Enkel Jonas Schach.": a word after a relation's given name, after
      // "mit", never written again and ending the clause, is what they do, not the family name.
      else if (
        parts.length === 2 &&
        isGivenName(parts[0] ?? '') &&
        !isGivenName(last) &&
        at > 0 &&
        words.filter((w) => bare(w) === last).length === 1 &&
        /[.!?]$/u.test(words[at] ?? '') &&
        // Not "sagt seine Mutter Nadine Roth.": only with whom one does it.
        /^mit$/iu.test(words[at - 4] ?? '')
      ) {
        this.people.delete(key);
        this.people.set(parts[0]!, { ...person, name: parts[0]! });
      }
    }
  }

  /**
   * "Der Sohn, Lukas, ist 22.", "Zum Abschied drückt Nora uns ein Bild in die Hand.": a given
   * name the lists know, standing alone where the article never gives it a family name, is a
   * person (the one the text calls so), as features and tabloids name children and neighbours.
   */
  addLoneGivenNames(words: readonly string[]): void {
    const named = new Set(
      [...this.people.values(), ...this.fullNames.values()].map((p) => p.name.split(' ')[0]),
    );
    const withFamilyName = new Set(
      words
        .filter((w, i) => /^\p{Lu}/u.test(words[i + 1] ?? '') && !/[,.;:!?]$/u.test(w))
        .map(bare),
    );
    // "der Leitkuh Fiona", "Kuh Elsa": a given name after a noun for an animal is the animal's;
    // "Fiona, eine sechsjährige Braunviehkuh": so is one an apposition calls an animal.
    const isAnimal = isAnimalWord;
    const animals = new Set(
      words
        .filter(
          (w, i) =>
            isAnimal(words[i - 1] ?? '') ||
            (w.endsWith(',') &&
              /^(ein|eine)$/u.test(words[i + 1] ?? '') &&
              words.slice(i + 2, i + 5).some(isAnimal)),
        )
        .map(bare),
    );
    // "In seinem neuen Roman … Ist der Roman autobiografisch?": a given name the text writes as
    // a noun after a possessive is that noun wherever it stands alone.
    const afterPossessive = (i: number) =>
      possessives.has((words[i - 1] ?? '').toLowerCase()) ||
      (/^\p{Ll}+(e|en|er|es|em)$/u.test(words[i - 1] ?? '') &&
        possessives.has((words[i - 2] ?? '').toLowerCase()));
    const nouns = new Set(words.filter((_, i) => afterPossessive(i)).map(bare));
    words.forEach((word, i) => {
      const name = bare(word);
      const next = words[i + 1] ?? '';
      const previous = words[i - 1] ?? '';
      if (
        !isGivenName(name) ||
        animals.has(name) ||
        nouns.has(name) ||
        // "Hamad bin Rashid al-Mansouri": a given name inside a name with particles.
        nameParticles.has(previous) ||
        startsWithJoinedParticle.test(next) ||
        this.people.has(name) ||
        named.has(name) ||
        withFamilyName.has(name) ||
        !(/[,.;:!?]$/u.test(word) || /^\p{Ll}/u.test(next)) ||
        // "Die kleine Lina ist vier Stunden alt.": a child the text speaks about. "ihren zweiten
        // Roman": a noun after a possessive or an article, and their adjective.
        (/^\p{Ll}+e$/u.test(previous) && /^(der|die|Der|Die)$/u.test(words[i - 2] ?? '')) ||
        afterPossessive(i) ||
        // "Sophie Leutgeb als Wirtin Kreszenz", "Beat Muster als Tell": the part an actor plays.
        playedPart(words, i) ||
        // "Solange er da sei, …": a conjunction opening a sentence, though a given name too.
        (subordinators.has(name.toLowerCase()) && (i === 0 || /[.!?:]$/u.test(previous))) ||
        // "Mesner von St. Leonhard", "in San Marco": a saint's name is a church's or a place's.
        /^(St\.|Sankt|Ste\.|San|Santa|Santo|São)$/u.test(previous) ||
        // "Schwabs Enkelin Jasmin": after a relation, the given name alone is somebody.
        (/^\p{Lu}/u.test(previous) &&
          !/[,.;:!?]$/u.test(previous) &&
          i > 0 &&
          // "Der Alois war ein Heiliger.": an article opening the sentence, as "der Alois" in it.
          !/^(Der|Die)$/u.test(previous) &&
          !relationNouns.has(previous.toLowerCase()) &&
          !isRoleWord(previous) &&
          // "Ihr Klassenkamerad Noah": a noun after a possessive ties the name to somebody.
          !possessives.has((words[i - 2] ?? '').toLowerCase()))
      )
        return;
      this.add(name);
    });
  }

  /**
   * "Ihr Vater, Gion Caduff, … Lorena Caduff hat …": another given name before a registered
   * family name is another person of that name, whatever the lists know of the given name; the
   * family name alone then says neither. Not a title ("Schreinerin Caduff") or "Frau Caduff".
   */
  markSharedFamilyNames(words: readonly string[]): void {
    words.forEach((word, i) => {
      const surname = bare(words[i + 1] ?? '');
      const known = this.people.get(surname);
      const given = bare(word);
      // A third person of the name too: "Korbinian … Michael … seine Witwe Walburga Haslbeck".
      if (
        !known ||
        this.fullNames.has(`${given} ${surname}`) ||
        given !== word.replace(/^[«„“"(]+/u, '')
      )
        return;
      // Where a name may stand: opening a sentence or after a verb ("sagt Lorena Caduff"); not
      // after an article or a preposition ("den Ausschlag Zimmerli", "aufs Eis Brix").
      const previous = words[i - 1] ?? '';
      const opens = i === 0 || endsSentence(previous);
      // "Ihre Mutter Ayse Kaya", "Kinderärztin Andrea Wyss", "seine Witwe Walburga Haslbeck":
      // after a title or a relation, a name too.
      const title =
        (isTitleWord(previous) ||
          relationNouns.has(bare(previous).toLowerCase()) ||
          lifeStageNouns.has(bare(previous).toLowerCase())) &&
        !/[,.;:!?]$/u.test(previous)
          ? bare(previous)
          : null;
      if (
        !opens &&
        !title &&
        (!/^\p{Ll}+$/u.test(previous) ||
          /(en|er|es|em)$/u.test(previous) ||
          wordsBeforeNoun.has(previous))
      )
        return;
      // "beim Busunternehmen Pürstinger": a company's name, no second person of the name.
      if (
        !/^\p{Lu}\p{Ll}+$/u.test(given) ||
        !isNameWord(given) ||
        isTitleByForm(given) ||
        isOrganisationWord(given)
      )
        return;
      // A third person of a shared name only with a given name the lists know or a relation.
      if (this.shared.has(surname) && !isGivenName(given) && !title) return;
      const full = `${given} ${surname}`;
      if (
        !known.name.includes(' ') ||
        known.name.endsWith(` ${full}`) ||
        known.name.split(' ').includes(given) ||
        // "Wolodymyr Selenskyj … Woldymyr Selenskyj": a spelling of the same given name.
        known.name.split(' ').some((part) => spellingVariant(part, given))
      )
        return;
      const other = {
        name: full,
        role: title,
        gender: genderOfName(full) ?? (title ? genderOfRole(title) : null),
      };
      this.fullNames.set(full, other);
      this.fullNames.set(known.name, known);
      this.shared.add(surname);
    });
  }

  /**
   * Whom a family name two people of the article share means at a position: "Vreni Ammann …
   * Ammann setzte sich durch … Sepp Ammann": before the text names the second by full name, the
   * one it named; null once both were named, or when the name is not shared.
   */
  sharedNameAt(
    word: string,
    position: number,
  ): { name: string; role: string | null; gender: Gender } | null {
    const w = bare(word);
    const family = this.shared.has(w) ? w : w.replace(/s$/u, '');
    if (!this.shared.has(family)) return null;
    const named = new Set(
      this.mentions
        .filter((m) => m.named && m.position < position && surnameOf(m.speaker) === family)
        .map((m) => m.speaker),
    );
    // "… Sepp Ammann starb … Ihr Rezept fasst Ammann so zusammen": the one the text went on to
    // call by the family name alone before it named the other.
    const byFamilyName = new Set(
      this.mentions
        .filter((m) => m.byFamilyName && m.position < position && surnameOf(m.speaker) === family)
        .map((m) => m.speaker),
    );
    // "Ernst Tschudin … sagte seine Tochter Barbara Tschudin … Für Tschudin waren …": the family
    // name alone is the one who bears it not as somebody's relative.
    const unrelated = new Set(
      [...named].filter((n) => !isKinship((this.fullNames.get(n)?.role ?? '').toLowerCase())),
    );
    const [only] = named.size === 1 ? named : byFamilyName.size === 1 ? byFamilyName : unrelated;
    return (named.size === 1 || byFamilyName.size === 1 || unrelated.size === 1) && only
      ? (this.fullNames.get(only) ?? null)
      : null;
  }

  /**
   * The one person of the article whose full name starts with this given name ("Baran" for
   * Baran Özdemir), where no other has it; undefined otherwise.
   */
  private byGivenName(
    word: string,
    next: string,
  ): { name: string; role: string | null; gender: Gender } | undefined {
    // Alone, not before the rest of a name ("Reto Brunold" is found by "Brunold"); joined
    // given names too ("Heinz-Josef").
    if (
      !/^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(word) ||
      !isGivenName(word) ||
      isNameWord(next) ||
      nameParticles.has(next) ||
      startsWithJoinedParticle.test(next)
    )
      return undefined;
    const size = this.people.size + this.fullNames.size;
    if (this.givenNameIndex?.size !== size) {
      const byName = new Map<
        string,
        Array<{ name: string; role: string | null; gender: Gender }>
      >();
      for (const p of new Map(
        [...this.people.values(), ...this.fullNames.values()].map((p) => [p.name, p]),
      ).values()) {
        const [given = '', ...rest] = p.name.split(' ');
        if (rest.length > 0) byName.set(given, [...(byName.get(given) ?? []), p]);
      }
      this.givenNameIndex = { size, byName };
    }
    const named = this.givenNameIndex.byName.get(word) ?? [];
    return named.length === 1 ? named[0] : undefined;
  }

  /**
   * Whether `role` is somebody the text gave an age and no name ("eine 19-jährige Baslerin") and
   * `named` a person it named with no age of their own: then the age may be how it goes on to
   * speak of the one it now names.
   */
  private unnamedOfAge(role: string | undefined, named: string): boolean {
    return (
      role !== undefined &&
      role !== named &&
      named.includes(' ') &&
      !this.ages.has(named) &&
      !this.mentions.some((m) => m.speaker === role && m.named)
    );
  }

  /** Where the text (a paragraph, a heading) that `position` is in starts. */
  private textStartBefore(position: number): number {
    return this.textStarts.findLast((t) => t <= position) ?? 0;
  }

  /** Whether the text mentions this person in the stretch from `from` up to `to`. */
  mentionedInParagraph(name: string, from: number, to: number): boolean {
    return this.mentions.some((m) => m.speaker === name && m.position >= from && m.position < to);
  }

  /**
   * Somebody the text does not name at this position ("Die Kellnerin, die …", "antwortete
   * dieser"): a pronoun after it means nobody named before.
   */
  private mentionSomebodyUnnamed(position: number, gender: Gender): void {
    this.mentions.push({ speaker: '', position, gender, named: false });
  }

  /** "nannte Marco seine Frau …": the one person the article names with this given name. */
  personWithGivenName(word: string): string | null {
    return this.byGivenName(bare(word), '')?.name ?? null;
  }

  /** The people by their first given name, as of how many people were registered. */
  private givenNameIndex: {
    size: number;
    byName: Map<string, Array<{ name: string; role: string | null; gender: Gender }>>;
  } | null = null;

  /** Whether a family name is shared by two people of the article. */
  isShared(word: string): boolean {
    return this.shared.has(bare(word));
  }

  /**
   * The full name of the one person a family name means ("Gmür" → "Beat Gmür"), where the text
   * named them after a role or in an apposition, so the name's start is sure ("Kristin Maria
   * Egli" is never cut to "Maria Egli"); null otherwise.
   */
  fullNameOf(word: string): string | null {
    const w = bare(word);
    const person = this.shared.has(w) ? undefined : this.people.get(w);
    return person?.role && looksLikePersonName(person.name) && surnameOf(person.name) === w
      ? person.name
      : null;
  }

  /** The person record of the one person introduced with this initial ("Simon K."). */
  private personByInitial(
    initial: string,
  ): { name: string; role: string | null; gender: Gender } | undefined {
    const name = this.personCalledInitial(initial);
    return name ? [...this.people.values()].find((p) => p.name === name) : undefined;
  }

  /** The one person introduced with this initial for a family name ("Kurt B."), or null. */
  personCalledInitial(initial: string): string | null {
    const names = [
      ...new Set(
        [...this.people.values(), ...this.fullNames.values()]
          .map((p) => p.name)
          .filter((n) => n.endsWith(` ${initial}.`)),
      ),
    ];
    // "Alois P. … seine verstorbene Mutter Theresia P. … antwortete P.": the living one.
    const living = names.filter((n) => !this.deceased.has(n));
    return names.length === 1
      ? (names[0] ?? null)
      : living.length === 1
        ? (living[0] ?? null)
        : null;
  }

  /** Whether a word refers to a person of the article (a family name: the first person named with it). */
  isKnown(word: string): boolean {
    return this.personCalled(bare(word)) !== undefined;
  }

  /** The name of the person the text knows by this word ("Gisler" → "Petra Gisler"), or null. */
  nameCalled(word: string): string | null {
    return this.personCalled(bare(word))?.name ?? null;
  }

  /** Whether the text names somebody by exactly this word, not by it without a genitive s. */
  isKnownAsWritten(word: string): boolean {
    return this.people.has(bare(word));
  }

  /**
   * The person a family name as written means: "Meier", "Meiers", and "Al-Haddad" opening a
   * sentence for "Karim al-Haddad".
   */
  private personCalled(
    word: string,
  ): { name: string; role: string | null; gender: Gender } | undefined {
    const particle = word.replace(/^(Al|El|Ad|As|Ibn|Bin|Ben|Abu)-/u, (m) => m.toLowerCase());
    return (
      this.people.get(word) ?? this.people.get(word.replace(/s$/u, '')) ?? this.people.get(particle)
    );
  }

  /**
   * Registers who a text names as a person: a name after a role noun ("Ständerätin Eva Muster",
   * "der Sprecher Tom Beispiel"), and a full name in an apposition after a role phrase ("Der
   * Präsident des Vereins, Bruno Kälin,").
   */
  registerPeople(words: readonly string[]): void {
    words.forEach((word, i) => {
      // "die Quantenphysikerin Mai-Linh Tran": a science's people in -iker are a title too.
      // "der alte Herr Zwygart": a form of address before a name.
      const title =
        isTitleWord(word) || word === 'Herr' || /^\p{Lu}\p{Ll}{3,}iker(in)?$/u.test(word);
      if (!title || /[.;:!?]$/u.test(word)) return;
      // "nach Grossmutters Art": a role in the genitive with no article owns what follows it.
      if (
        /\p{Ll}s$/u.test(word) &&
        isTitleWord(word.slice(0, -1)) &&
        !/^(des|eines|meines|deines|seines|ihres|unseres|eures|dieses|jenes)$/iu.test(
          words[i - 1] ?? '',
        )
      )
        return;
      // "schwenkten Dutzende Fans Fahnen": many people of a role are no title before a name.
      if (manyWords.has((words[i - 1] ?? '').toLowerCase()) || /^\d+$/u.test(words[i - 1] ?? ''))
        return;
      if (!word.endsWith(',')) {
        // "Meine Grossmutter heisst Frieda": the name a relation's verb of naming gives; "Der
        // Vorsitzende heisst Horst Krämer": a role's, too.
        const naming =
          (possessives.has((words[i - 1] ?? '').toLowerCase()) ||
            definiteArticles.has((words[i - 1] ?? '').toLowerCase())) &&
          /^(heisst|heißt)$/u.test(words[i + 1] ?? '');
        const read = readName(words.slice(i + (naming ? 2 : 1), i + 8));
        const name = read && withoutObjectNoun(read, words[i - 1] ?? '');
        // "ihre Mutter Näherin": one word in -erin after a role is what she does, not her name.
        const trade =
          name !== null &&
          ((/^\p{Lu}\p{Ll}+erin$/u.test(name) && !isGivenName(name)) ||
            // "näht der Sattlermeister Taschen", "spielte die Pianistin Schubert": after a role
            // with its article, one word that is no given name is the verb's object.
            (!name.includes(' ') &&
              !isGivenName(name) &&
              // "Der Gemeinderat Hinterbüel hat …": the council of a place, as a sentence opens.
              // "lädt ein Landwirt Futtersäcke auf": after "ein", too.
              /^(der|die|den|dem|ein|eine|einen|einem|einer)$/iu.test(words[i - 1] ?? '')));
        // "mit ihrem Sohn Geröll aus dem Keller", "wirft dem Mann Betrug vor": after a relation
        // in the dative or accusative, one word that is no given name is the verb's object.
        const object =
          name !== null &&
          !name.includes(' ') &&
          !isGivenName(name) &&
          relationNouns.has(bare(word).toLowerCase()) &&
          objectCaseDeterminer.test((words[i - 1] ?? '').toLowerCase());
        // "Die Schwestern Ursula Meier und Karin Gisler": a role in the plural is not the first
        // one's alone.
        const plural = isPluralRole(words[i - 1] ?? '', word);
        // "die Abgeordnete Sevim Aktaş": the article says the gender of a role in -e.
        const article = (words[i - 1] ?? '').toLowerCase();
        const withArticle =
          definiteArticles.has(article) || indefiniteArticles.has(article)
            ? genderOfRoleWithArticle(article, word)
            : null;
        // "Frau Odermatt", "Herr Ruoss": a form of address, no role ("seine Frau Erika" is one),
        // so "die Frau" later means nobody by it.
        const address =
          /^(Frau|Herr)$/u.test(word) &&
          !definiteArticles.has(article) &&
          !indefiniteArticles.has(article) &&
          !possessives.has(article);
        // "Die Präsidentin des Elternrats Grossmatt, Jasmin Kobel,": one word that is no given
        // name, before an apposition that names the person, ends the role's complement.
        const complement =
          name !== null &&
          !name.includes(' ') &&
          !isGivenName(name) &&
          /^(des|eines)$/iu.test(words[i - 1] ?? '') &&
          (words[i + 1] ?? '').endsWith(',') &&
          appositionName(words, i + 2) !== null;
        // "kostet seine Standbetreiber Umsatz", "die Brüder Meier": one word that is no given name
        // after a role in the plural is the verb's object, or a family, never one person.
        const many = plural && name !== null && !name.includes(' ') && !isGivenName(name);
        if (name && !trade && !object && !complement && !many && !playedPart(words, i + 1))
          this.add(
            name,
            plural || address ? null : bare(word),
            // "der alte Herr Zwygart": a form of address says the gender.
            withArticle ?? (address ? (word === 'Herr' ? 'm' : 'f') : null),
          );
        return;
      }
      // "…des Vereins Seewil, Anna Muster, …" is read by the apposition below.
    });
    words.forEach((word, i) => {
      if (!word.endsWith(',') || i + 2 >= words.length) return;
      const apposed = appositionName(words, i + 1);
      // The role phrase the comma closes ("Der Präsident des Vereins, Bruno Kälin,"), else the
      // apposition's own title (", den Kassier Peter Muster,"); never a role across a verb.
      const role = apposed ? (roleClosedAt(words, i) ?? apposed.title) : null;
      if (apposed && role) this.add(apposed.name, role);
    });
    // "sagt Elif Yıldırım, Oberärztin an der Klinik": a role in the apposition after the name.
    words.forEach((word, i) => {
      if (i < 2 || !(words[i - 1] ?? '').endsWith(',') || !isRoleWord(word)) return;
      if (/[.;:!?]$/u.test(word)) return;
      for (const size of [3, 2]) {
        const written = words.slice(i - size, i);
        const name = readName(written);
        // "Gundula Holzleitner, Sprecherin der Bürgerinitiative, …": two name words opening the
        // sentence before a role in apposition are a person, whatever the given name.
        const opensSentence = i - size === 0 || endsSentence(words[i - size - 1] ?? '');
        const nameWords =
          size === 2 &&
          opensSentence &&
          written.every(
            (w) =>
              /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?,?$/u.test(w) &&
              isNameWord(bare(w)) &&
              !isOrganisationWord(w) &&
              !isTitleWord(w),
          );
        if (!name || name.split(' ').length !== size || !(looksLikePersonName(name) || nameWords))
          continue;
        if (genderOfName(name) && genderOfRole(word) && genderOfName(name) !== genderOfRole(word))
          return;
        const known = this.people.get(surnameOf(name));
        if (known?.name === name) known.role ??= bare(word);
        else if (!known) this.add(name, bare(word));
        return;
      }
    });
    // "der Anders Lindqvist, ein Schwede, der …": two capitalised words, then an apposition of
    // a nationality or a role with "ein", are a person's name, whatever the given name.
    words.forEach((word, i) => {
      if (i < 1 || !word.endsWith(',') || !/^(ein|eine)$/u.test(words[i + 1] ?? '')) return;
      const noun = words[i + 2] ?? '';
      if (!noun.endsWith(',')) return;
      if (
        !isNationalityNoun(noun) &&
        !(isRoleWord(noun) && !relationNouns.has(bare(noun).toLowerCase()))
      )
        return;
      const written = words.slice(i - 1, i + 1);
      const name = readName(written);
      if (
        !name ||
        name.split(' ').length !== 2 ||
        written.some((w) => isOrganisationWord(bare(w)) || isRoleWord(w)) ||
        this.people.has(surnameOf(name))
      )
        return;
      this.add(name, isRoleWord(noun) ? bare(noun) : null);
    });
    // "Marco und Lea Castelli": a couple or siblings share the family name written once.
    words.forEach((word, i) => {
      if (!isGivenName(word) || words[i + 1] !== 'und' || !isGivenName(words[i + 2] ?? '')) return;
      const second = readName(words.slice(i + 2, i + 5));
      const parts = second?.split(' ') ?? [];
      if (parts.length === 2 && !isGivenName(parts[1] ?? '')) this.add(`${word} ${parts[1]}`);
    });
    // "Lea (Name geändert) arbeitet …": a name the text says it changed is a person's.
    words.forEach((word, i) => {
      if (!/^\(Namen?$/u.test(words[i + 1] ?? '')) return;
      const aside = words.slice(i + 1, i + 5).join(' ');
      if (isNameWord(word) && /^\(Namen? (geändert|der Redaktion bekannt)\)/u.test(aside))
        this.add(word);
    });
    // "Lara Camenzind gewann …": a full name opening a sentence, before its verb.
    words.forEach((word, i) => {
      if (i > 0 && !endsSentence(words[i - 1] ?? '')) return;
      const name = readName(words.slice(i, i + 7));
      const next = words[i + (name?.split(' ').length ?? 0)] ?? '';
      if (!name) return;
      const parts = name.split(' ');
      // "Private Gärten sind …": a capitalised adjective and a noun are no name.
      if (parts.length === 2 && /^\p{Lu}\p{Ll}+(e|en|er|es|em)$/u.test(word)) return;
      // "Schafhalter Martin Zgraggen hat …": a noun before a full name is a title.
      const split = splitTitle(name);
      if (split.title) {
        if (/^\p{Ll}/u.test(next) && looksLikePersonName(split.name)) this.add(name);
        return;
      }
      // "Zimmerlis Amtskollegin aus …": two capitalised words are a name only in a name's form.
      if (
        looksLikePersonName(name) &&
        parts.length >= 2 &&
        !/[,.]$/u.test(word) &&
        /^\p{Ll}/u.test(next) &&
        !nameParticles.has(next)
      )
        this.add(withoutGenitive(name, next, words[i + parts.length + 1] ?? ''));
    });
    // "… legt Johanna Brix ihren Roman vor": a full name after a verb, before a lower-case word.
    words.forEach((word, i) => {
      const previous = words[i - 1] ?? '';
      // "ihren späteren Mann Sepp": after an inflected adjective comes a noun, not a name.
      if (
        !/^\p{Ll}+$/u.test(previous) ||
        /(en|er|es|em)$/u.test(previous) ||
        wordsBeforeNoun.has(previous)
      )
        return;
      const name = readName(words.slice(i, i + 3));
      const parts = name?.split(' ') ?? [];
      const next = words[i + parts.length] ?? '';
      if (parts.length !== 2 || !/^\p{Ll}/u.test(next) || /[,.;:!?]$/u.test(word)) return;
      if (
        parts.some(
          (p) =>
            p.length < 3 ||
            (/(ung|heit|keit|schaft|ion|tät|ment|nis|tum|ik|ismus|en|es|er)$/u.test(p) &&
              p === parts[0]),
        )
      )
        return;
      if (looksLikePersonName(name ?? '')) this.add(parts.join(' '));
    });
    // "den Gewerbler Marco Hänni": a given name and a family name are a person wherever they stand.
    words.forEach((word, i) => {
      // "Nadia Ben Youssef": a given name after a particle ends a name read already.
      // "Gion Andri Caduff": the second given name is inside the name read from the first.
      const previous = words[i - 1] ?? '';
      if (
        !isGivenName(word) ||
        innerParticle.test(previous) ||
        (isGivenName(previous) && !/[,.;:!?]$/u.test(previous))
      )
        return;
      const read = readName(words.slice(i, i + 7));
      // "verkauft Floristin Eva Roth Rosen": the word before a title is what goes before the name.
      const before = isTitleWord(words[i - 1] ?? '') ? words[i - 2] : words[i - 1];
      const name = read && withoutObjectNoun(read, before ?? '');
      // "Margrit Aeschbacher … züchtet Margrit Berner Sennenhunde": before the verb's object, a
      // word in -er is a place's adjective ("Berner Sennenhunde") where the text gave the given
      // name its family name already.
      if (name !== read && isPlaceAdjective(words, i + 1) && this.byGivenName(bare(word), ''))
        return;
      const length = name?.split(' ').length ?? 0;
      if (name && looksLikePersonName(name))
        this.add(withoutGenitive(name, words[i + length] ?? '', words[i + length + 1] ?? ''));
    });
    // "Melanie R.* (34)", "Sandro K. (41)": a given name and the initial of a name the newsroom
    // withholds, as tabloids and police reports write it.
    words.forEach((word, i) => {
      const initial = /^(\p{Lu}\.)\*?[,.]?$/u.exec(words[i + 1] ?? '')?.[1];
      // "Letzte Woche war es Herr B., 82, Landwirt": a patient or client named by the initial.
      if (
        initial &&
        /^(Herr|Frau)$/u.test(word) &&
        // Not "Herr A. Müller": the initial of a given name before the family name.
        !isNamePrefix(words[i + 2] ?? '') &&
        !(/^\p{Lu}\.$/u.test(words[i + 1] ?? '') && isNameWord(bare(words[i + 2] ?? '')))
      ) {
        // Found by the initial ("B." later), never by "Herr" or "Frau" alone.
        const name = `${word} ${initial}`;
        if (!this.people.has(name))
          this.people.set(name, { name, role: null, gender: word === 'Herr' ? 'm' : 'f' });
        return;
      }
      if (!initial || !isNameWord(word) || isNamePrefix(word)) return;
      const given = isGivenName(word);
      if (given || /\*/u.test(words[i + 1] ?? '') || /^\(\d+\)/u.test(words[i + 2] ?? ''))
        this.add(`${word} ${initial}`);
    });
    // "Arben Krasniqi (45)", "Mia Ndiaye (SVP)": an age or a party after two capitalised words.
    words.forEach((aside, i) => {
      const mark = /^\((\d{1,3}|\p{Lu}{2,})\)[,.;:!?]?$/u.exec(aside)?.[1];
      if (!mark || i < 2) return;
      const parts = words.slice(i - 2, i);
      // "Travail Suisse (TS)": an abbreviation of the words themselves names an organisation.
      const initials = parts.map((p) => p.charAt(0)).join('');
      if (readName(parts) === parts.join(' ') && mark !== initials) this.add(parts.join(' '));
    });
    // "Heidi (77) war nicht überrascht.", "Timos Mutter, Sandra (47), filmt": one name and an
    // age in brackets, as tabloids name people; a given name the lists know, or a name word
    // opening a sentence or an apposition.
    words.forEach((word, i) => {
      const age = /^\((\d{1,3})\)[,.;:!?]?$/u.exec(words[i + 1] ?? '')?.[1];
      const previous = words[i - 1] ?? '';
      if (
        !age ||
        !/^\p{Lu}\p{Ll}+$/u.test(word) ||
        isOrganisationWord(word) ||
        !isNameWord(word) ||
        (/^\p{Lu}/u.test(previous) && !previous.endsWith(',')) ||
        !(isGivenName(word) || i === 0 || endsSentence(previous) || previous.endsWith(','))
      )
        return;
      if (!this.people.has(word)) this.add(word);
      if (!this.ages.has(word)) this.ages.set(word, parseInt(age, 10));
    });
    // "der erst 19-jährige Elia Fontana": an age before a full name; "Der neunjährige Elias":
    // before a given name alone, a child the text names so.
    words.forEach((word, i) => {
      if (
        /^\p{Ll}+jährige[nr]?$/u.test(bare(word)) &&
        /^(der|die|Der|Die)$/u.test(words[i - 1] ?? '')
      ) {
        const given = bare(words[i + 1] ?? '');
        if (isGivenName(given) && !/^\p{Lu}/u.test(words[i + 2] ?? '') && !this.people.has(given))
          this.add(given);
        return;
      }
      if (!/^\d+-jährige[nr]?$/u.test(bare(word))) return;
      const name = readName(words.slice(i + 1, i + 8));
      if (name && name.split(' ').length >= 2) {
        this.add(name);
        this.ages.set(withoutTitles(name), parseInt(bare(word), 10));
      }
    });
    // "Kurt Brunner (71)": the age in brackets after a name the text names as a person.
    // "Hans Büeler, 61, trainiert": the age between commas after a name, as features write it.
    words.forEach((word, i) => {
      const age =
        /^\((\d{1,3})\)[,.;:!?]?$/u.exec(word)?.[1] ??
        ((words[i - 1] ?? '').endsWith(',') ? /^(\d{1,2}),$/u.exec(word)?.[1] : undefined);
      const surname = bare(words[i - 1] ?? '');
      const person = age ? this.people.get(surname) : undefined;
      // "Elsbeth Rüegg (78) und ihre Enkelin Lea Rüegg (24)": the full name says whose age it
      // is, where two people share the family name.
      const given = bare(words[i - 2] ?? '');
      const name = person && isGivenName(given) ? `${given} ${surname}` : person?.name;
      if (person && age && name && !this.ages.has(name)) this.ages.set(name, parseInt(age, 10));
    });
    // "Dort sitzt Walter Kessler auf einem Hocker, 84 Jahre alt.": an age in years after the one
    // person the sentence names in full.
    words.forEach((word, i) => {
      if (
        !/^\d{1,3}$/u.test(word) ||
        words[i + 1] !== 'Jahre' ||
        !/^alt[,.;:!?]?$/u.test(words[i + 2] ?? '')
      )
        return;
      let start = i;
      while (start > 0 && !endsSentence(words[start - 1] ?? '')) start--;
      const named = new Set<string>();
      for (let k = start; k < i; k++) {
        const given = bare(words[k] ?? '');
        const family = bare(words[k + 1] ?? '');
        const full = `${given} ${family}`;
        if (
          isGivenName(given) &&
          (this.fullNames.has(full) || this.people.get(family)?.name === full)
        )
          named.add(full);
      }
      const [only] = [...named];
      if (named.size === 1 && only && !this.ages.has(only)) this.ages.set(only, parseInt(word, 10));
    });
  }

  /**
   * Records, for one text of the article, every mention outside quotations: a known person's
   * name, a role reference ("der Sprecher", "ihr Vater") and an unnamed role ("eine Anwohnerin").
   */
  recordMentions(
    tokens: ReadonlyArray<{ word: string; start: number }>,
    offset: number,
    excluded: ReadonlyArray<{ start: number; end: number }>,
    sentenceStarts: readonly number[] = [0],
  ): void {
    const before = this.mentions.length;
    this.recordMentionsOf(tokens, offset, excluded, sentenceStarts);
    const said = tokens.map((t) => t.word);
    this.recordAddressees(tokens, offset, sentenceStarts);
    for (const m of this.mentions.slice(before)) {
      const at = tokens.findIndex((t) => offset + t.start === m.position);
      if (m.named && m.speaker && at >= 0 && toldDead(said, at)) this.deceased.add(m.speaker);
      // "Eine der Betroffenen ist Gerda Leitner": the one of the group is the person named, no
      // other person of the gender.
      // "Der Mann mit dem Kühlpack heisst Kurt Gisler": the man described is the one named.
      const one =
        m.named && m.speaker && at >= 0
          ? Math.max(oneOfGroupBefore(said, at), calledSubjectBefore(said, at))
          : -1;
      if (one >= 0) {
        const from = offset + (tokens[one]?.start ?? 0);
        this.mentions.splice(
          0,
          this.mentions.length,
          ...this.mentions.filter((o) => o.named || o.position < from || o.position >= m.position),
        );
      }
    }
  }

  /**
   * "«…», sagt ein älterer Herr zu seiner Begleiterin. Sie antwortet:": whom somebody speaks to,
   * unnamed, after "zu" and a possessive, is somebody a pronoun of that gender after it may
   * mean; an object the text knows by that noun.
   */
  private recordAddressees(
    tokens: ReadonlyArray<{ word: string; start: number }>,
    offset: number,
    sentenceStarts: readonly number[],
  ): void {
    tokens.forEach(({ word, start }, i) => {
      const possessive = tokens[i + 1]?.word ?? '';
      const noun = bare(tokens[i + 2]?.word ?? '');
      if (
        word !== 'zu' ||
        !/^(seiner|ihrer|seinem|ihrem)$/u.test(possessive) ||
        !(isRoleWord(noun) || isUnnamedPersonNoun(noun) || relationNouns.has(noun.toLowerCase()))
      )
        return;
      const sentence = Math.max(0, ...sentenceStarts.filter((st) => st <= start));
      const saying = tokens.some(
        (t, k) => k < i && t.start >= sentence && speechVerbs.has(bare(t.word).toLowerCase()),
      );
      if (!saying) return;
      const position = offset + (tokens[i + 2]?.start ?? start);
      if (this.mentions.some((m) => m.position === position)) return;
      const gender = /^(seiner|ihrer)$/u.test(possessive) ? 'f' : 'm';
      const at = this.mentions.findIndex((m) => m.position > position);
      this.mentions.splice(at < 0 ? this.mentions.length : at, 0, {
        speaker: nominativeRole('dem', noun),
        position,
        gender,
        named: false,
        object: true,
      });
    });
  }

  private recordMentionsOf(
    tokens: ReadonlyArray<{ word: string; start: number }>,
    offset: number,
    excluded: ReadonlyArray<{ start: number; end: number }>,
    sentenceStarts: readonly number[],
  ): void {
    this.sentenceStarts.push(...sentenceStarts.map((s) => offset + s));
    this.textStarts.push(offset);
    tokens.forEach(({ word, start }, i) => {
      const next = tokens[i + 1];
      if (word.endsWith(':') && next && /^\p{Lu}/u.test(next.word))
        this.colonClauses.push(offset + next.start);
      if (winningVerbs.has(bare(word)) && !excluded.some((r) => start >= r.start && start < r.end))
        this.wins.push(offset + start);
    });
    const sentenceOpenings = new Set(sentenceStarts);
    const inLeading = leadingClauses(tokens, sentenceOpenings);
    const written = tokens.map((t) => t.word);
    const quoted = tokens.map(({ start }) =>
      excluded.some((r) => start >= r.start && start < r.end),
    );
    // One pass: the writer's words of each sentence, to know which sentences are in the passive.
    let sentence = 0;
    let said: string[] = [];
    const closeSentence = () => {
      if (inPassive(said)) this.passive.add(offset + (sentenceStarts[sentence] ?? 0));
      said = [];
    };
    tokens.forEach(({ word, start }, i) => {
      while (sentence + 1 < sentenceStarts.length && start >= (sentenceStarts[sentence + 1] ?? 0)) {
        closeSentence();
        sentence++;
      }
      if (!quoted[i]) said.push(word);
    });
    closeSentence();
    // The words of an apposition read as a whole ("Marco Ferrandi, der Vater des Siegers,"): none
    // of them is a mention of its own.
    let appositionEnd = -1;
    const visit = ({ word, start }: { word: string; start: number }, i: number): void => {
      if (i < appositionEnd) return;
      if (quoted[i]) return;
      const w = bare(word);
      // "Gebracht werden sie von …": "sie" after a verb in the plural is several people.
      const plural =
        w === 'sie' &&
        /^(werden|wurden|sind|waren|haben|hatten|seien|hätten|würden|können|konnten|müssen|mussten|wollen|wollten|sollen|sollten|dürfen|durften)$/u.test(
          tokens[i - 1]?.word ?? '',
        );
      // "Gmür traf den Bundesrat. Dieser versprach Hilfe.", "«…», antwortete dieser.": a
      // demonstrative next to a verb of saying means somebody other than the subject before,
      // maybe nobody the text names: a pronoun after it then means nobody. ("Dieser sei …" may
      // be a thing.)
      if (
        (/^(Dieser|Diese|Jener|Jene)$/u.test(word) &&
          speechVerbs.has(bare(tokens[i + 1]?.word ?? ''))) ||
        (/^(dieser|diese|jener|jene)$/u.test(w) &&
          speechVerbs.has((tokens[i - 1]?.word ?? '').toLowerCase()))
      ) {
        this.mentionSomebodyUnnamed(offset + start, /r$/u.test(w) ? 'm' : 'f');
        return;
      }
      // "Nach dem Anruf sass Grossmami lange still da. Dann sagte sie:": a family word used as a
      // name is somebody the text does not name; a pronoun after it means nobody named before.
      // "Grosi, die eigentlich Rosmarie Hugentobler heisst, …": unless the text names them so.
      const familyGender = familyWordGender(word);
      if (
        familyGender &&
        !definiteArticles.has((tokens[i - 1]?.word ?? '').toLowerCase()) &&
        !indefiniteArticles.has((tokens[i - 1]?.word ?? '').toLowerCase()) &&
        !possessives.has((tokens[i - 1]?.word ?? '').toLowerCase()) &&
        !/^\p{Lu}/u.test(tokens[i + 1]?.word ?? '')
      ) {
        const called = familyNameAt(
          tokens.map((t) => t.word),
          i,
        );
        if (called && this.people.has(called.split(' ').at(-1) ?? ''))
          this.familyCalled.set(w, called);
        const known = this.familyCalled.get(w);
        if (known)
          this.mentions.push({
            speaker: known,
            position: offset + start,
            gender: familyGender,
            named: true,
          });
        else this.mentionSomebodyUnnamed(offset + start, familyGender);
        return;
      }
      if (personPronouns.has(w.toLowerCase()) && !plural)
        this.pronouns.push({
          position: offset + start,
          gender: /^er$/iu.test(w) ? 'm' : 'f',
          ...(afterFrontedObject(tokens, sentenceStarts, i)
            ? {
                afterFronted: true,
                ...(/^(Dank|Trotz|Ohne|Neben)$/u.test(
                  tokens.find(
                    (t) =>
                      t.start >=
                      (sentenceStarts.filter((st) => st <= (tokens[i]?.start ?? 0)).at(-1) ?? 0),
                  )?.word ?? '',
                )
                  ? { frontedForSomebody: true }
                  : {}),
              }
            : {}),
          ...(w === 'sie' &&
          /^(der|die)$/u.test(tokens[i + 1]?.word ?? '') &&
          (isRoleWord(tokens[i + 2]?.word ?? '') ||
            (readName(tokens.slice(i + 2, i + 5).map((t) => t.word))?.includes(' ') ?? false))
            ? { maybeObject: true }
            : {}),
          // "Ob sie ihre Meinung geändert habe, wollte Frei von Näf wissen.": a pronoun in a
          // clause that opens the sentence may mean whom the main clause names after it.
          ...((i > 0 &&
            sentenceOpenings.has(tokens[i - 1]?.start ?? -1) &&
            subordinators.has((tokens[i - 1]?.word ?? '').toLowerCase())) ||
          inLeading[i]
            ? { leading: true }
            : {}),
          // "Sie heisst Martina Keller": the name after a verb of naming is whom it means.
          ...(/^(heisst|heißt|hiess|hieß)$/u.test((tokens[i + 1]?.word ?? '').toLowerCase())
            ? { namesSelf: true }
            : {}),
          // "Odenwald habe ihn überredet, sagte er.": the subject of a verb of saying after a comma.
          // Not "Unsere Tochter Elin, 14, schreibt sie jedes Jahr": the comma closes an age.
          ...(speechVerbs.has((tokens[i - 1]?.word ?? '').toLowerCase()) &&
          (tokens[i - 2]?.word ?? '').endsWith(',') &&
          !/^\d+,$/u.test(tokens[i - 2]?.word ?? '')
            ? { reports: true }
            : {}),
        });
      // "Auch Bernasconis Nonna, die eigens angereist war, strahlte.": somebody of a named
      // person, by a noun no list knows, the subject of the sentence; the relative pronoun says
      // the gender. A pronoun after it means nobody named before.
      const genitiveOwner = tokens[i - 1]?.word ?? '';
      const beforeOwner = tokens[i - 2]?.word ?? '';
      if (
        /^\p{Lu}\p{Ll}+,$/u.test(word) &&
        /^(der|die)$/u.test(tokens[i + 1]?.word ?? '') &&
        // Not "Oberholzers Kollege, der Geotechniker Lukas Wyrsch,": an apposition names them.
        !/^\p{Lu}/u.test(tokens[i + 2]?.word ?? '') &&
        /^\p{Lu}\p{L}+s$/u.test(genitiveOwner) &&
        this.isKnown(genitiveOwner.slice(0, -1)) &&
        (i === 1 || endsSentence(beforeOwner) || /^(Auch|Und|Selbst|Sogar)$/u.test(beforeOwner))
      ) {
        this.mentionSomebodyUnnamed(offset + start, tokens[i + 1]?.word === 'der' ? 'm' : 'f');
        return;
      }
      // "Dieser Kollege bestätigte das nur teilweise.": somebody new, named by a role only.
      const roleNoun = bare(tokens[i + 1]?.word ?? '');
      if (
        /^(Dieser|Diese|dieser|diese)$/u.test(word) &&
        /^\p{Lu}/u.test(roleNoun) &&
        !prepositions.test(tokens[i - 1]?.word ?? '') &&
        // "kennt diese Hefte": inside a sentence, a noun in -e only by its form may be a thing.
        (isRoleWord(roleNoun) || (/^Diese/u.test(word) && isPersonNounByForm(roleNoun))) &&
        // "Diese Woche sagte sie": a time is no person.
        !timeWords.has(roleNoun) &&
        !isPluralRole('die', roleNoun)
      ) {
        this.mentions.push({
          speaker: roleNoun,
          position: offset + start,
          gender: /r$/u.test(word) ? 'm' : genderOfRole(roleNoun),
          named: false,
        });
        return;
      }
      // "kann die Holmbergs verstehen", "das Haus der Meiers": a family in the plural, none of
      // its members alone.
      if (
        /^(die|den|der|Die|Den|Der)$/u.test(tokens[i - 1]?.word ?? '') &&
        /^\p{Lu}\p{Ll}+s$/u.test(w) &&
        !this.people.has(w) &&
        this.people.has(w.slice(0, -1))
      )
        return;
      // "dem Hof der Familie Zumbrunn": a family, none of its members alone, even where the
      // text names one of them (later) with that family name.
      if (
        /^\p{Lu}/u.test(w) &&
        /^(Familie|Familien|Ehepaar|Geschwister|Eheleute)$/u.test(bare(tokens[i - 1]?.word ?? ''))
      )
        return;
      // Of two people with one family name, the full name says which; the family name alone
      // is no mention a pronoun could go back to.
      const full =
        this.fullNames.get(`${w} ${bare(tokens[i + 1]?.word ?? '')}`) ??
        // "Gion Andri Caduff": two given names.
        this.fullNames.get(
          `${w} ${bare(tokens[i + 1]?.word ?? '')} ${bare(tokens[i + 2]?.word ?? '')}`,
        );
      if (full) {
        this.mentions.push({
          speaker: full.name,
          position: offset + start,
          gender: full.gender,
          named: true,
        });
        return;
      }
      // "Und was sagt Caduff selbst? Sie lacht.": a family name two people share is a mention of
      // somebody all the same, so a pronoun after it means nobody further back.
      if (this.shared.has(w) || this.shared.has(w.replace(/s$/u, ''))) {
        const fullBefore = this.fullNames.has(`${bare(tokens[i - 1]?.word ?? '')} ${w}`);
        if (!/^\p{Lu}/u.test(w) || fullBefore) return;
        const one = this.sharedNameAt(w, offset + start);
        this.mentions.push({
          speaker: one?.name ?? '',
          position: offset + start,
          gender: one?.gender ?? null,
          named: true,
          byFamilyName: true,
          // "hat bei Rüegsegger angefangen": after a preposition, an object, where the text
          // leaves open which of the two it is.
          ...(!one && prepositions.test(tokens[i - 1]?.word ?? '') ? { object: true } : {}),
        });
        return;
      }
      // "K. schweigt lange.", "hätten R. gekannt": the initial of a withheld family name, for
      // the one person the text introduced with it ("Simon K.").
      const byInitial =
        /^\p{Lu}\.[,;:]?$/u.test(word) && !isGivenName(bare(tokens[i - 1]?.word ?? ''))
          ? this.personByInitial(w)
          : undefined;
      const person =
        byInitial ??
        this.personCalled(w) ??
        // "Baran Özdemir … Baran kam mit neun Jahren in die Schweiz": the given name alone.
        // Not after an article, a possessive or an adjective: "ihren zweiten Roman" is a book.
        // "Der Alois war ein Heiliger.": a given name after the article that opens the
        // sentence, before its verb, is the person, as southern German writes it.
        ((/^(der|die|das|den|dem|des|ein|eine|einen|einem|eines|einer)$/iu.test(
          tokens[i - 1]?.word ?? '',
        ) &&
          !(
            /^(Der|Die)$/u.test(tokens[i - 1]?.word ?? '') &&
            sentenceOpenings.has(tokens[i - 1]?.start ?? -1) &&
            /^(war|ist|hat|hatte|sagt|sagte|meint|meinte|lacht|lachte|kam|kommt)$/u.test(
              tokens[i + 1]?.word ?? '',
            )
          )) ||
        possessives.has(tokens[i - 1]?.word ?? '') ||
        // "wohnen Nico und Sara Beffa": a verb in -en before a couple's names is no adjective.
        // "Den ersten Anruf machte Margrit dann selbst": nor a verb after a noun; an adjective
        // follows an article, a possessive or a preposition ("ihren zweiten Roman").
        (/^\p{Ll}+(e|en|er|es|em)$/u.test(tokens[i - 1]?.word ?? '') &&
          !(tokens[i + 1]?.word === 'und' && isGivenName(bare(tokens[i + 2]?.word ?? ''))) &&
          !(
            /^\p{Ll}+te$/u.test(tokens[i - 1]?.word ?? '') &&
            // "…, protestierte Rosa.": after a leading clause's comma, the verb of the main clause.
            (/^\p{Lu}\p{Ll}+$/u.test(tokens[i - 2]?.word ?? '') ||
              ((tokens[i - 2]?.word ?? '').endsWith(',') && inLeading[i - 2] === true))
          ))
          ? undefined
          : this.byGivenName(
              w,
              // "züchtet Margrit Berner Sennenhunde": a place's adjective is no family name.
              isPlaceAdjective(written, i + 1) &&
                !this.people.has(bare(tokens[i + 1]?.word ?? '')) &&
                /^\p{Ll}+$/u.test(tokens[i - 1]?.word ?? '')
                ? ''
                : bare(tokens[i + 1]?.word ?? ''),
            ));
      // "die Garage Hutter AG", "der Bäckerei Schwarz", "beim Busunternehmen Pürstinger": a
      // family name in a company's name is no mention of the person.
      if (
        person &&
        (companyForm.test(tokens[i + 1]?.word ?? '') ||
          /^\p{Lu}\p{Ll}+ei$/u.test(tokens[i - 1]?.word ?? '') ||
          // Not "«… ans Obergericht.» Wälti ärgert sich": a quotation's last word before the name.
          (isOrganisationWord(tokens[i - 1]?.word ?? '') &&
            !quoted[i - 1] &&
            !/[,;:.!?]["»“”]?$/u.test(tokens[i - 1]?.word ?? '')))
      )
        return;
      // "Den Vorwurf von Lorenz": a person after a preposition is an object, rarely what a pronoun means.
      // "Hamad bin Rashid al-Mansouri": a family name may open with its particle in lower case.
      if (person && (/^\p{Lu}/u.test(w) || startsWithJoinedParticle.test(w))) {
        // "von Jan Vukovic": the mention stands at the family name, after the given names.
        let given = i;
        while (given > 0 && isGivenName(bare(tokens[given - 1]?.word ?? ''))) given--;
        // "ließ die Ellerfelderin der Hallstetterin Sophie Brandt keine Chance": "der" before
        // a woman's noun is a dative or a genitive, never the subject.
        // "in der sie ihrem Sohn Ralf erklärt": a dative or genitive determiner before the noun
        // in front of the name does the same.
        const dative =
          (/^der$/u.test(tokens[given - 2]?.word ?? '') &&
            /^\p{Lu}\p{Ll}+in$/u.test(tokens[given - 1]?.word ?? '')) ||
          (/^(dem|einem|(mein|dein|sein|ihr|unser|eur)(em|er))$/u.test(
            tokens[given - 2]?.word ?? '',
          ) &&
            /^\p{Lu}\p{Ll}+$/u.test(tokens[given - 1]?.word ?? '') &&
            // Not "stammt von ihrer Grossmutter Anna Wäfler:", whom a preposition names as the source.
            !prepositions.test(tokens[given - 3]?.word ?? ''));
        const object =
          prepositions.test(tokens[i - 1]?.word ?? '') ||
          (given < i && prepositions.test(tokens[given - 1]?.word ?? '')) ||
          (prepositions.test(tokens[i - 2]?.word ?? '') &&
            isTitleWord(tokens[i - 1]?.word ?? '')) ||
          // "von Gerichtspräsident Andreas Lüthi": a title before the given names, too.
          (given < i &&
            prepositions.test(tokens[given - 2]?.word ?? '') &&
            isTitleWord(tokens[given - 1]?.word ?? '')) ||
          dative ||
          // "ein Foto des jubelnden Veselin": a genitive or dative after an adjective.
          (/^(des|dem|den)$/u.test(tokens[given - 2]?.word ?? '') &&
            /^\p{Ll}+en$/u.test(tokens[given - 1]?.word ?? '')) ||
          afterPrepositionPhrase(written, i);
        // "Brändlis Verteidiger, Peter Zaugg, plädierte": a genitive before a role names whose
        // role it is, not another person who acts in the sentence.
        const genitive = !this.people.has(w) && isRoleWord(tokens[i + 1]?.word ?? '') && word === w;
        // "…, sagte Carmen Imhof": the subject of a verb of saying after a comma; "…, erinnert
        // sich Urs Muster", "…, sagt Gemeindepräsident Urs Muster": a reflexive "sich" or a title
        // between them, too.
        let verb = given - 1;
        if (isTitleWord(tokens[verb]?.word ?? '')) verb--;
        if (tokens[verb]?.word === 'sich') verb--;
        const reports =
          speechVerbs.has((tokens[verb]?.word ?? '').toLowerCase()) &&
          (tokens[verb - 1]?.word ?? '').endsWith(',');
        const agent = passiveAgent(tokens, given);
        this.mentions.push({
          speaker: person.name,
          position: offset + start,
          gender: person.gender,
          named: true,
          object,
          ...(genitive ? { genitive } : {}),
          ...(dative ? { dative } : {}),
          ...(reports ? { reports } : {}),
          ...(agent ? { agent } : {}),
        });
        // "Auch Lüschers Tochter ist enttäuscht. «…», sagt sie": a relative of the person, by a
        // word of kinship, opening the sentence, is its subject and whom a pronoun after it
        // means; the text names her by the relation only.
        const relation = tokens[i + 1];
        const opener = tokens[i - 1]?.word ?? '';
        if (
          genitive &&
          relation &&
          isKinship(bare(relation.word).toLowerCase()) &&
          /^\p{Lu}\p{Ll}+$/u.test(relation.word) &&
          genderOfRole(bare(relation.word)) !== null &&
          !isPluralRole('die', bare(relation.word)) &&
          // Not "Lüschers Sohn hat ihn überredet": the sentence speaks of the owner, who may be
          // whom a pronoun after it means.
          !wordsOfSentenceAt(tokens, i).some((w) => /^(ihn|ihm|ihr|sie)$/u.test(bare(w))) &&
          (i === 0 || endsSentence(opener) || /^(Auch|Und|Selbst|Sogar)$/u.test(opener)) &&
          !readName([tokens[i + 2]?.word ?? '']) &&
          // Not "Gfellers Trainer beim Schwingklub Langmatt, Peter Zaugg, verriet": named next.
          !apposedAfter(tokens.slice(i + 1, i + 16).map((t) => t.word))
        )
          this.mentions.push({
            speaker: bare(relation.word),
            position: offset + relation.start,
            gender: genderOfRole(bare(relation.word)),
            named: false,
            introduced: true,
          });
        return;
      }
      // "Henrik Novak widerspricht.": a full name whose given name the lists do not know is
      // still somebody, so a pronoun after it means nobody the text named before.
      const pair =
        this.mayBeUnknownPerson(written, i) || this.mayBeUnknownNameInSentence(written, i);
      if (pair || this.mayBeUnknownSingleName(written, i)) {
        // "Analyst Jonas Wyssbrod vom Vermögensverwalter Albisegg Partner": after a preposition
        // (and a noun), somebody or something the sentence's subject is not.
        const object =
          prepositions.test(tokens[i - 1]?.word ?? '') ||
          (prepositions.test(tokens[i - 2]?.word ?? '') &&
            /^\p{Lu}\p{Ll}+$/u.test(tokens[i - 1]?.word ?? ''));
        // "Gustav bleibt.": a given name alone says the gender, whoever it is.
        this.mentions.push({
          speaker: '',
          position: offset + start,
          gender: !pair && isGivenName(w) ? genderOfName(w) : null,
          named: true,
          ...(object ? { object } : {}),
        });
        // "Der Pick-up gehört Stavros Pappadakis … Am Abend sitzt Pappadakis vor der Tür": the
        // family name alone, later, is that somebody too.
        // Only where the words show a person surely: a given and a family name, or an age.
        if (pair) this.unknownNames.add(bare(written[i + 1] ?? ''));
        else if (/,$/u.test(word) && /^\d+,$/u.test(written[i + 1] ?? '')) this.unknownNames.add(w);
        return;
      }
      // "… sitzt Pappadakis vor seiner Tür.": a name the text showed to be somebody unknown.
      // As a subject: opening the sentence or after a verb, not after a noun ("mit ihrem
      // Labrador Filou") or a preposition.
      const before = tokens[i - 1]?.word ?? '';
      if (
        this.unknownNames.has(w) &&
        /^\p{Lu}/u.test(w) &&
        (i === 0 || endsSentence(before) || /^\p{Ll}/u.test(before)) &&
        !prepositions.test(before) &&
        !/^(der|die|das|den|dem|des|ein|eine)$/iu.test(before)
      ) {
        // "Hahn Gustav … Gustav bleibt.": a given name says the gender, whoever it is.
        this.mentions.push({
          speaker: '',
          position: offset + start,
          gender: isGivenName(w) ? genderOfName(w) : null,
          named: true,
        });
        return;
      }
      const article = w.toLowerCase();
      const noun = tokens[i + 1]?.word ?? '';
      const previous = tokens[i - 1]?.word ?? '';
      // "der den «Kogelwirt» führt": a quoted word after an article is a name or words, no role.
      if (
        quoted[i + 1] &&
        (definiteArticles.has(article) ||
          indefiniteArticles.has(article) ||
          possessives.has(article))
      )
        return;
      // "Captain Marko Ilić – der Mann mit dem letzten Wurf – ist …": an apposition between
      // dashes after a name is who the name is, nobody new.
      // "Marco Ferrandi, der Vater des Siegers, wartete": after a name and a comma, too.
      // "Dragan Marković, heute selbst ein gefragter Fotograf, war …": an indefinite one too,
      // after a few adverbs.
      // The word a few adverbs before "ein" ("Marković, heute selbst ein …").
      const beforeAdverbs = () => {
        let back = i - 1;
        while (
          back > i - 4 &&
          /^\p{Ll}+$/u.test(tokens[back]?.word ?? '') &&
          !indefiniteArticles.has(tokens[back]?.word ?? '')
        )
          back--;
        return back;
      };
      const afterNameComma = (k: number) =>
        (tokens[k]?.word ?? '').endsWith(',') &&
        this.people.get(bare(tokens[k]?.word ?? ''))?.name.endsWith(bare(tokens[k]?.word ?? '')) ===
          true;
      if (
        ((definiteArticles.has(article) || possessives.has(article)) &&
          ((/^[–—]$/u.test(previous) && this.people.has(bare(tokens[i - 2]?.word ?? ''))) ||
            (afterNameComma(i - 1) &&
              isRoleWord(noun) &&
              (noun.endsWith(',') || definiteArticles.has(article))))) ||
        (indefiniteArticles.has(article) &&
          afterNameComma(beforeAdverbs()) &&
          /^\p{Lu}/u.test(
            tokens.slice(i + 1, i + 4).find((t) => /^\p{Lu}/u.test(t.word))?.word ?? '',
          ))
      ) {
        const close = tokens.findIndex((t, k) => k > i && k <= i + 8 && /(,|^[–—])$/u.test(t.word));
        if (close > i) appositionEnd = close + 1;
        return;
      }
      // "sagte er zu seiner Frau", "vom verstorbenen Vater der Sängerin": a relation as the object
      // of a preposition is somebody a pronoun after it may mean, and the text does not say who.
      if (prepositions.test(word)) {
        let k = i + 1;
        while (
          k < i + 4 &&
          (objectDeterminers.test(tokens[k]?.word ?? '') ||
            /^\p{Ll}+(e|en|er|es|em)$/u.test(tokens[k]?.word ?? ''))
        )
          k++;
        const relation = bare(tokens[k]?.word ?? '');
        // Whose relation the text says ("mit seiner Frau", "vom Vater der Sängerin", "Über
        // meinen Vater." in an interview's answer), not "an eine Frau"; not one it names ("mit
        // seiner Frau Elsbeth Rüfenacht").
        const owned =
          tokens.slice(i + 1, k).some((t) => /^(sein|ihr|mein|unser)/iu.test(t.word)) ||
          /^(der|des)$/u.test(tokens[k + 1]?.word ?? '');
        // "Die grösste Spende kam von einer Frau aus dem Dorf.": somebody unnamed, too.
        const unnamedPerson =
          /^(einer|einem)$/u.test(tokens[i + 1]?.word ?? '') &&
          (plainPersonNouns.has(relation.toLowerCase()) || isRoleWord(relation)) &&
          !isPluralRole('ein', relation);
        if (
          k > i + 1 &&
          (owned || unnamedPerson) &&
          (relationNouns.has(relation.toLowerCase()) ||
            isKinship(relation.toLowerCase()) ||
            unnamedPerson) &&
          /^\p{Lu}/u.test(relation) &&
          !readName(tokens.slice(k + 1, k + 4).map((t) => t.word))
        )
          this.mentions.push({
            // "Entdeckt wurde der Einbruch von einer Angestellten.": an unnamed person by a
            // role is that role; a relation ("mit seiner Frau") is somebody the text leaves open.
            speaker:
              unnamedPerson && isRoleWord(relation) && !relationNouns.has(relation.toLowerCase())
                ? nominativeRole(tokens[i + 1]?.word ?? '', relation)
                : '',
            position: offset + (tokens[k]?.start ?? start),
            gender: unnamedPerson
              ? genderOfRoleWithArticle(tokens[i + 1]?.word ?? '', relation)
              : genderOfRole(relation),
            named: false,
            // "Ich teile das Hobby mit meinem Bruder. Er …": who speaks as "ich" is never
            // "er"; the pronoun means the relation.
            object: !tokens.slice(i + 1, k).some((t) => /^(mein|unser)/iu.test(t.word)),
            ...(owned && !unnamedPerson ? { ownedRelation: true } : {}),
          });
        if (k > i + 1) return;
      }
      // "Auch Pro Natura kündigte Widerstand an. «…», teilte sie mit.": an organisation named
      // with no article where a subject stands is what a pronoun after it may mean, whichever.
      if (
        /^\p{Lu}/u.test(w) &&
        isOrganisationWord(w) &&
        (i === 0 ||
          endsSentence(previous) ||
          (notNameWords.has(previous) &&
            !wordsBeforeNoun.has(previous.toLowerCase()) &&
            !possessives.has(previous.toLowerCase()) &&
            !prepositions.test(previous)))
      ) {
        this.bodies.push({ position: offset + start, gender: null });
        return;
      }
      // "Die Polizei bestätigte …", "Auch die Kantonspolizei äusserte sich", "Am Dienstag
      // bestätigte die Polizei …": a body as subject; not after a modal verb, where the body
      // only plans ("Im Frühling will die Regierung … vorlegen").
      const opening =
        /^\p{Lu}/u.test(word) ||
        (notNameWords.has(previous) && !prepositions.test(previous)) ||
        (/^\p{Ll}+$/u.test(previous) &&
          // "Wie ein Sprecher sagte, prüft der Kanton …": what a source reports.
          !(tokens[i - 2]?.word ?? '').endsWith(',') &&
          !prepositions.test(previous) &&
          !modalVerbs.has(previous) &&
          !definiteArticles.has(previous) &&
          !indefiniteArticles.has(previous));
      // "Wie die «NZZ» berichtete, …": a source the sentence names, not its subject.
      const body =
        (article === 'der' || article === 'die') &&
        opening &&
        !/^(wie|laut|gemäss)$/iu.test(previous)
          ? bodyGender(
              article,
              // "Die Seewiler Druck AG": the capitalised words of one name, up to its company form.
              capitalisedRun(tokens.slice(i + 1, i + 4).map((t) => t.word)).find(
                isOrganisationWord,
              ) ?? noun,
              tokens[i + 2]?.word ?? '',
            )
          : null;
      // "Peter Hänggi erinnerte daran, dass sich der Verein habe neu erfinden müssen.": not the
      // subject of a clause the person's sentence subordinates, which is what they speak of.
      // Only asked for a body, not for every word on this path.
      const subordinate = () => {
        let clauseStart = i - 1;
        while (
          clauseStart > 0 &&
          !(tokens[clauseStart - 1]?.word ?? '').endsWith(',') &&
          !endsSentence(tokens[clauseStart - 1]?.word ?? '')
        )
          clauseStart--;
        // "Ob die Schule die nächste Reform übersteht, weiss niemand.": a clause that opens the
        // sentence with "Ob" or "Dass" is what the main clause after it is about.
        // Not where the main clause's subject is a pronoun that may mean the body: "Ob die
        // Gemeinde das Gesuch bewilligt, entscheidet sie im Mai."
        if (
          (clauseStart === 0 || endsSentence(tokens[clauseStart - 1]?.word ?? '')) &&
          /^(Ob|Dass)$/u.test(tokens[clauseStart]?.word ?? '')
        ) {
          let comma = i;
          while (comma < tokens.length && !(tokens[comma]?.word ?? '').endsWith(',')) comma++;
          return !/^(er|sie)$/u.test(tokens[comma + 2]?.word ?? '');
        }
        return (
          clauseStart > 0 &&
          !endsSentence(tokens[clauseStart - 1]?.word ?? '') &&
          /^(dass|ob|weil|wenn|damit|obwohl)$/u.test(tokens[clauseStart]?.word ?? '') &&
          this.mentions.some(
            (m) => m.named && m.position >= this.sentenceStartBefore(offset + start),
          )
        );
      };
      // "Gemeindepräsidentin Ming sprach von einem bitteren Tag. Die Gemeinde sei auf das Wasser
      // angewiesen.": a body as the subject of reported speech, where the person named last holds
      // an office of it, is what she reports for it, not who speaks next. Not "Laut Anwohnerin X
      // sei die Gemeinde untätig geblieben. Sie weist den Vorwurf zurück": the body may answer.
      const lastNamed = this.mentions.findLast((m) => m.named && m.speaker !== '');
      const office = lastNamed ? (this.roleOf(lastNamed.speaker) ?? '').toLowerCase() : '';
      // "Regierungsrat X … Der Kanton sei verpflichtet": a political office speaks for its polity.
      const bodyNoun = bare(noun).toLowerCase();
      const speaksFor =
        office.includes(bodyNoun.replace(/e$/u, '')) ||
        (/^(kanton|gemeinde|gemeinderat|stadt|stadtrat|regierung|regierungsrat|bund|bundesrat)$/u.test(
          bodyNoun,
        ) &&
          (isOffice(office) || /direktor(in)?$/u.test(office)) &&
          !/chef(in)?$/u.test(office));
      const inReportedSpeech =
        office !== '' &&
        speaksFor &&
        [tokens[i + 2]?.word, previous].some(
          (w) =>
            w !== undefined &&
            reportedSpeechVerbs.has(bare(w)) &&
            !/^(hätte|hätten|würde|würden|wäre|wären|gäbe)$/u.test(bare(w)),
        );
      // "Lena Moser, die heute die Skischule leitet": not in a relative clause whose subject is the person.
      if (
        body &&
        !inReportedSpeech &&
        !subordinate() &&
        !prepositions.test(previous) &&
        !inSubjectRelativeClause(tokens, i)
      ) {
        this.bodies.push({ position: offset + start, gender: body });
        return;
      }
      // "Gmür hat den Bericht in Auftrag gegeben. Er kommt zum Schluss:": a report or a study, as
      // subject or object, is what a pronoun after it may mean.
      const document = documentGender(article, noun);
      if (document) {
        // "Anna Caviezel, die nicht an der Studie beteiligt war, …. Gegenüber dieser Zeitung
        // sagt sie:": a text a relative clause mentions is background, not what "sie" means.
        if (!inRelativeClause(tokens, i))
          this.bodies.push({ position: offset + start, gender: document, document: true });
        return;
      }
      // "Der 52-Jährige geriet ins Stocken.": the person of that age, or the age as written.
      if (/^(der|die)$/u.test(article) && isAgeNoun(noun) && !prepositions.test(previous)) {
        const age = parseInt(bare(noun), 10);
        const gender = article === 'der' ? 'm' : 'f';
        const ofAge = this.peopleOfAge(age, gender);
        // Else the person the paragraph (or the sentence before) named last, if no other age is
        // known of them; else somebody the text does not say, whom a pronoun after it means.
        const windowStart = Math.min(offset, this.sentenceStartBefore(offset + start - 1));
        // "Dann sagt sie: «…»¶Die 34-Jährige unterrichtet …": a pronoun of the gender there
        // goes on with whom it means.
        // Not "«…?», fragte er den Beschuldigten.¶Der 52-Jährige …": somebody else there.
        const inWindow = this.namedInBlock(windowStart, offset + start, gender);
        const meant =
          inWindow === null &&
          this.pronouns.some(
            (p) => p.gender === gender && p.position >= windowStart && p.position < offset + start,
          ) &&
          !this.mentions.some((m) => m.position >= windowStart && m.position < offset + start)
            ? this.lastBefore(offset + start, gender)
            : null;
        const named =
          inWindow ??
          (meant
            ? (this.mentions.filter((m) => m.speaker === meant && m.named).at(-1) ?? null)
            : null);
        // "Josef Gruber, der 1998 starb, … erzählt der 64-Jährige": not the dead.
        const at = tokens.findIndex((t) => offset + t.start === named?.position);
        const dead =
          named !== null &&
          (this.deceased.has(named.speaker) || (at >= 0 && toldDead(written, at)));
        // "Mirjam Rohner gewann. Ihre Mutter Erika Hofstetter weinte. Die 24-Jährige …": with
        // two people of the gender named in the paragraph, the age says not which.
        const inBlock =
          dead ||
          (named &&
            (this.tiedToAnother(named.speaker, offset, offset + start, gender, age) ||
              (gender === 'm' &&
                tokens.some(
                  (t) =>
                    offset + t.start > named.position &&
                    t.start < start &&
                    /^(ihn|ihm)$/u.test(bare(t.word)),
                ) &&
                this.ageSaysNotWhich(named.speaker, offset, offset + start, gender, age))))
            ? undefined
            : named?.speaker;
        // "…, das eine 19-jährige Baslerin geschrieben hat.¶… stammt von Selin Aksoy. Die
        // 19-Jährige …": the person the paragraph names, of no age yet, is whom the text
        // introduced by that age and no name.
        // Not a person named only in a paragraph before: "Pilot Frédéric Morand … ¶ Der
        // 34-Jährige meldete sich" is the climber introduced as "ein 34-jähriger Alpinist".
        const namedNow =
          ofAge.length === 1 &&
          inBlock !== undefined &&
          named !== null &&
          named.position >= offset &&
          this.unnamedOfAge(ofAge[0], inBlock);
        // "Livia Strassenegger ruft … Einige lachen nervös.¶Die 41-Jährige hat …": opening a
        // paragraph, the one person of the gender the article named so far, of no other age,
        // where it introduced nobody of the gender without a name.
        const before = this.mentions.filter((m) => m.position < offset + start);
        const namedOfGender = new Set(
          before.filter((m) => m.named && m.speaker && m.gender === gender).map((m) => m.speaker),
        );
        const [only] = [...namedOfGender];
        const onlyOne =
          i === 0 &&
          namedOfGender.size === 1 &&
          only !== undefined &&
          !this.isWriter(only) &&
          !this.deceased.has(only) &&
          (this.ages.get(only) ?? age) === age &&
          !before.some((m) => !m.named && !m.group && (m.gender === gender || m.gender === null))
            ? only
            : '';
        const speaker =
          ofAge.length === 1 && !namedNow
            ? ofAge[0]
            : inBlock && (this.ages.get(inBlock) ?? age) === age
              ? inBlock
              : named === null && ofAge.length === 0
                ? onlyOne
                : '';
        // "«…», sagt Beat Huber. Der 33-Jährige führt den Hof.": now the text gives his age.
        if (speaker && !this.ages.has(speaker)) this.ages.set(speaker, age);
        this.mentions.push({
          speaker: speaker ?? '',
          position: offset + start,
          gender,
          named: true,
        });
        return;
      }
      // "Das Opfer, ein 29-jähriger Student, …", "Das Mädchen lacht": a neuter noun for a person.
      if (article === 'das' && neuterPersonNouns.has(bare(noun)) && !prepositions.test(previous)) {
        this.mentions.push({
          speaker: bare(noun),
          position: offset + start,
          gender: null,
          named: false,
        });
        return;
      }
      // "Der ältere der beiden Beschuldigten räumte die Tat ein.": one of several people opens
      // the sentence; a pronoun after it means nobody named before.
      if (
        /^(Der|Die)$/u.test(word) &&
        (i === 0 || endsSentence(previous)) &&
        /^\p{Ll}+e$/u.test(noun) &&
        /^(der|des)$/u.test(tokens[i + 2]?.word ?? '')
      ) {
        this.mentionSomebodyUnnamed(offset + start, word === 'Der' ? 'm' : 'f');
        return;
      }
      // "Nadine Wyss (34) … Die Mutter von zwei Kindern wohnt …": a parent the words describe
      // by their children, opening a sentence, is the person the paragraph named of the gender.
      if (
        /^(Der|Die)$/u.test(word) &&
        (i === 0 || endsSentence(previous)) &&
        isKinship(bare(noun).toLowerCase()) &&
        tokens[i + 2]?.word === 'von' &&
        /^(\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)$/u.test(tokens[i + 3]?.word ?? '')
      ) {
        const named = this.namedInBlock(offset, offset + start, word === 'Der' ? 'm' : 'f');
        if (named) {
          this.mentions.push({ ...named, position: offset + start, object: false });
          return;
        }
      }
      // "Der Gast möchte anonym bleiben.", "Die Kellnerin, die seit Jahren hier arbeitet, …":
      // somebody the lists do not know may open the sentence; a pronoun after it means nobody
      // named before.
      // "Der 47-jährige Finne war …": an age between the article and the noun.
      const aged = /^\d+-jährige$/u.test(noun) && /^(Der|Die)$/u.test(word);
      if (aged) {
        const demonym = tokens[i + 2]?.word ?? '';
        if (
          (i === 0 || endsSentence(previous)) &&
          isDemonym(demonym) &&
          !isRoleWord(demonym) &&
          singularVerb.test(tokens[i + 3]?.word ?? '')
        ) {
          const gender = word === 'Der' ? 'm' : 'f';
          // Somebody the paragraph named, else the person as the text calls them.
          const named = this.namedInBlock(offset, offset + start, gender);
          this.mentions.push(
            named
              ? { ...named, position: offset + start, object: false }
              : { speaker: bare(demonym), position: offset + start, gender, named: false },
          );
          return;
        }
      }
      if (
        /^(Der|Die)$/u.test(word) &&
        (i === 0 || endsSentence(previous)) &&
        !isRoleWord(noun) &&
        // "Die Witwe des Verstorbenen verfolgte den Prozess.": a relation, too.
        ((isPersonNounByForm(bare(noun)) && !/e$/u.test(bare(noun))) ||
          // "Der Brite warf Lessenich vor, …": a nationality noun in -e, for somebody the
          // paragraph named.
          (isDemonym(noun) &&
            this.namedInBlock(offset, offset + start, word === 'Der' ? 'm' : 'f') !== null) ||
          relationNouns.has(bare(noun).toLowerCase())) &&
        !isOrganisationWord(noun) &&
        (noun.endsWith(',') ||
          singularVerb.test(tokens[i + 2]?.word ?? '') ||
          // "Die Witwe des Verstorbenen verfolgte …": whose relation, then the verb.
          (/^(des|der)$/u.test(tokens[i + 2]?.word ?? '') &&
            singularVerb.test(tokens[i + 4]?.word ?? '')))
      ) {
        // "Die Pöstlerin, Martina Grob, war …": the apposition names her.
        if (noun.endsWith(',') && readName(tokens.slice(i + 2, i + 6).map((t) => t.word))) return;
        const gender = word === 'Der' ? 'm' : 'f';
        // "Die Bündnerin liegt vorne": where the word may say where somebody is from, the
        // person the paragraph just named.
        const named = isDemonym(noun) ? this.namedInBlock(offset, offset + start, gender) : null;
        this.mentions.push(
          named
            ? { ...named, position: offset + start, object: false }
            : { speaker: '', position: offset + start, gender, named: false },
        );
        return;
      }
      // "lädt ein Landwirt Futtersäcke auf": after "ein" and a role, one capitalised word that
      // is no given name and nobody the text names is the verb's object, no name.
      const after = bare(tokens[i + 2]?.word ?? '');
      const objectAfter =
        indefiniteArticles.has(article) &&
        !isGivenName(after) &&
        !this.isKnown(after) &&
        !readName([tokens[i + 3]?.word ?? '']);
      if (!isRoleWord(noun) || (readName([tokens[i + 2]?.word ?? '']) && !objectAfter)) {
        // "ihre deutsche Amtskollegin", "eine ältere Frau", "ein 29-jähriger Student": up to two
        // adjectives between; a person of the role all the same. "Ein Lehrling", "ein
        // Mädchen": a noun for a person the role lists do not know, after "ein".
        let adjectives = 0;
        while (
          adjectives < 2 &&
          /^(\p{Ll}+(e|en|er|es|em)|\d+-jährige[rnsm]?)$/u.test(
            tokens[i + 1 + adjectives]?.word ?? '',
          )
        )
          adjectives++;
        const role = tokens[i + 1 + adjectives]?.word ?? '';
        const indefinite = indefiniteArticles.has(article);
        // "ein 45-jähriger Chauffeur", "Das Opfer, ein 31-jähriger Informatiker,": the age the
        // text gives somebody unnamed, so that "der 45-Jährige" means nobody of another age.
        const age = tokens
          .slice(i + 1, i + 1 + adjectives)
          .map((t) => /^(\d+)-jährige/u.exec(t.word)?.[1])
          .find((a) => a !== undefined);
        const described = previous.endsWith(',') ? this.mentions.at(-1) : undefined;
        if (age && indefinite && described && !described.named && described.speaker)
          this.ages.set(described.speaker, parseInt(age, 10));
        // Only as a subject ("Ein Lehrling hört zu"), not an object ("sucht einen Halter") or an
        // apposition ("Eine Geschädigte, eine 78-jährige Frau,").
        // Not "die kaum ein Reiseführer kennt": nobody.
        const introduced =
          /^(ein|eine)$/u.test(article) && !previous.endsWith(',') && !nobodyAfter.test(previous);
        // "eine junge Bündnerin", "eine 29-jährige Polin", "ein 30-jähriger Italiener": a woman by
        // where she is from or what she does; a man by where he is from, with his age.
        const byOrigin =
          indefinite &&
          /^\p{Lu}\p{Ll}+$/u.test(bare(role)) &&
          ((article === 'eine' && /[^aeiouäöü]in$/u.test(bare(role))) ||
            (age !== undefined && isDemonym(role)));
        // "Ihre Mandantin sagte, …", "Sein Klient erklärte": a noun for a person by its form,
        // after a possessive, with a verb of saying next, is somebody who speaks.
        const speaksForOwner =
          possessives.has(article) &&
          adjectives === 0 &&
          (isUnlistedPersonNoun(bare(role)) || /^\p{Lu}\p{Ll}+[^aeiouäöü]in$/u.test(bare(role))) &&
          speechVerbs.has(bare(tokens[i + 2]?.word ?? '').toLowerCase());
        const person =
          isRoleWord(role) ||
          byOrigin ||
          speaksForOwner ||
          (introduced && compoundOnlyRoleStems.has(bare(role).toLowerCase())) ||
          (introduced && isUnlistedPersonNoun(bare(role))) ||
          // "Ein Bub hat mich gefragt", "Eine Frau ruft": a plain noun for a person.
          (introduced && plainPersonNouns.has(bare(role).toLowerCase())) ||
          // "Ein Kunde aus Zug, der …": a noun in -e with where the one is from.
          (introduced &&
            /^\p{Lu}\p{Ll}+e$/u.test(role) &&
            tokens[i + 2 + adjectives]?.word === 'aus' &&
            /^\p{Lu}/u.test(tokens[i + 3 + adjectives]?.word ?? '')) ||
          // "Dieses Jahr kam ein Erstklässler zu mir", "Ein Badegast filmte die Szene": a noun
          // in -ler (not -ller: "ein Teller") or -gast is a person's.
          (introduced &&
            /([^l]ler|gast)$/u.test(bare(role).toLowerCase()) &&
            isUnnamedPersonNoun(bare(role))) ||
          // "«…», sagt ein Züchter aus dem hinteren Tal.": after a verb of saying, a noun that is
          // a person's by its form is the one who speaks.
          (introduced &&
            speechVerbs.has(previous.toLowerCase()) &&
            isUnnamedPersonNoun(bare(role))) ||
          // "Ein 82-Jähriger, der mit dem Leiterwagen gekommen ist, winkt ab.": an age alone.
          (introduced && isAgeNoun(role)) ||
          // "Ein ehemaliger Kadermann der Firma findet …": a compound of Mann or Frau with an
          // adjective that says what the person is or was.
          (introduced &&
            adjectives > 0 &&
            /^\p{Lu}\p{Ll}{3,}(mann|frau)$/u.test(bare(role)) &&
            ![...figureCompounds].some((f) => bare(role).toLowerCase().startsWith(f)) &&
            isUnnamedPersonNoun(bare(role)) &&
            // Only where the person says or holds a view: "… findet, das Stück zeichne …".
            wordsOfSentenceAt(tokens, i).some((w) => speechVerbs.has(bare(w).toLowerCase()))) ||
          // "eine 81-jährige Witwe", "ein 45-jähriger Lastwagenchauffeur": with an age, a noun
          // that is a person's by its form or a relation.
          (age !== undefined &&
            (isPersonNounByForm(bare(role)) || relationNouns.has(bare(role).toLowerCase()))) ||
          // "ein junger Zimmermann", "ein älterer Schreiner": an adjective of age, and a noun that
          // may name a person by its form.
          (indefinite &&
            tokens
              .slice(i + 1, i + 1 + adjectives)
              .some((t) => personAdjectiveStems.some((stem) => t.word.startsWith(stem))) &&
            (isUnnamedPersonNoun(bare(role)) || /\p{Ll}(mann|frau)$/u.test(bare(role))));
        // "die mutmassliche Abholerin, eine 29-jährige Polin,": an apposition to somebody the
        // text did not record as a person is the mention.
        const lastMention = this.mentions.at(-1);
        const apposedToNobody =
          previous.endsWith(',') && (!lastMention || lastMention.position < offset + start - 60);
        // "Unter den Geschädigten ist eine Witwe": after a place or a group put first, with no
        // word of a person named before in the sentence ("In ihrer Klasse war eine Mitschülerin",
        // "Vor ihm war ein anderer Bauer", "…, die sie ausgebildet hat").
        const introducedAfterPlace = () => {
          // The words of the sentence up to the one introduced: not "ein Bauer, dem sein Hof
          // abbrannte", whose relative clause is about the one introduced.
          const from = this.sentenceStartBefore(offset + start) - offset;
          const upTo = tokens
            .filter((t) => t.start >= from && t.start < start)
            .map((t) => bare(t.word));
          return (
            /^(Unter|Im|In|Bei|Neben|Auf|Vor)$/u.test(upTo[0] ?? '') &&
            !upTo.some((w) => heForms.has(w) || sheForms.has(w))
          );
        };
        const introduces =
          (possessives.has(article) || indefinite) &&
          (adjectives > 0 || (introduced && !isRoleWord(role)) || byOrigin || speaksForOwner) &&
          !(indefinite && previous.endsWith(',') && !apposedToNobody) &&
          // "sie war die einzige Frau", "er ist ein erfahrener Pilot", "will als eine der ersten
          // Kundinnen …": said of somebody named. Not "Unter den Geschädigten ist eine 79-jährige
          // Witwe": after a place or a group put first, the copula introduces somebody new.
          (!/^(ist|war|sei|wäre|wird|wurde|bleibt|blieb|als)$/u.test(previous) ||
            (indefinite && /^(ist|war)$/u.test(previous) && introducedAfterPlace())) &&
          person &&
          !readName([tokens[i + 2 + adjectives]?.word ?? '']) &&
          // "ein bärtiger Bergführer namens Luzi Cadonau": the name after it is who this is.
          !(
            tokens[i + 2 + adjectives]?.word === 'namens' &&
            calledPerson(tokens.slice(i + 3 + adjectives, i + 9 + adjectives).map((t) => t.word))
          ) &&
          !prepositions.test(previous);
        // "Die 86-jährige Künstlerin selbst war nicht da.", "…, musste die Jubilarin nicht lange
        // überlegen.": somebody the sentence is about, by a role with an adjective or a noun for
        // a person after a modal verb; the holder the text introduced with the role, or somebody
        // it does not say, so that a pronoun after it means nobody named before.
        const opensSentence = i === 0 || endsSentence(previous);
        const plainPerson = plainPersonNouns.has(bare(role).toLowerCase());
        const definiteSubject =
          /^(der|die)$/u.test(article) &&
          // Not "Der älteste Einwohner, der 98-jährige Alois Kündig,": an apposition names him.
          !/[,;:]$/u.test(role) &&
          /^\p{Lu}\p{Ll}+$/u.test(bare(role)) &&
          !readName([tokens[i + 2 + adjectives]?.word ?? '']) &&
          ((opensSentence && plainPerson) ||
            (adjectives > 0 &&
              opensSentence &&
              (isRoleWord(role) || isPersonNounByForm(bare(role)))) ||
            (adjectives === 0 &&
              modalVerbs.has(previous.toLowerCase()) &&
              isPersonNounByForm(bare(role)) &&
              !isRoleWord(role)));
        // "Die zweite Zeugin, eine Mitarbeiterin der Bank, schilderte …": a role with an
        // adjective that opens the sentence, set off by an apposition with "ein" that names
        // nobody, is somebody new the text knows by that role only (unless somebody named holds
        // it): "Der 52-jährige Beschuldigte, ein Familienvater, … sagte er" is the role.
        if (
          /^(der|die)$/u.test(article) &&
          opensSentence &&
          adjectives > 0 &&
          /^\p{Lu}\p{Ll}+,$/u.test(role) &&
          isRoleWord(role) &&
          /^(ein|eine)$/u.test(tokens[i + 2 + adjectives]?.word ?? '') &&
          !this.withRole(bare(role), offset + start)
        ) {
          this.mentions.push({
            speaker: bare(role),
            position: offset + start,
            gender: article === 'der' ? 'm' : 'f',
            named: false,
          });
          return;
        }
        // "Die bisherige Chefin der Regionalbank, Sandrine Oberholzer, übernimmt": the
        // apposition after the role's complement names her; she is mentioned there.
        const roleWords = tokens.slice(i + 1 + adjectives, i + 14).map((t) => t.word);
        const roleEnd = roleComplement(roleWords, 1);
        if (
          definiteSubject &&
          (roleWords[roleEnd - 1] ?? '').endsWith(',') &&
          appositionName(roleWords, roleEnd)
        )
          return;
        if (definiteSubject && !introduces) {
          // Not "Frau" for a "Pflegefachfrau": a plain noun for a person holds no role.
          const roleHolder =
            isRoleWord(role) && !plainPerson ? this.withRole(bare(role), offset + start) : null;
          // "Grizzlies-Torhüter Pekka Virtanen … [another paragraph] … vor allem Mikael
          // Lindqvist zu verdanken. Der schwedische Torhüter parierte …": with an adjective, the
          // role may be that of somebody the paragraph named since; the text does not say.
          const namedHere =
            adjectives > 0 && roleHolder?.speaker
              ? this.namedInBlock(offset, offset + start, article === 'der' ? 'm' : 'f')
              : null;
          const heldHere =
            !!roleHolder?.speaker &&
            this.mentionedInParagraph(roleHolder.speaker, offset, offset + start);
          const holder =
            roleHolder?.speaker &&
            !(namedHere && namedHere.speaker !== roleHolder.speaker && !heldHere)
              ? roleHolder
              : null;
          // Where the paragraph names nobody the lists know, it may still name somebody ("Mikael
          // Lindqvist"): the holder of a role with an adjective (not an age) who was named only
          // in another paragraph is not surely meant either; a pronoun after it means nobody.
          const elsewhere =
            adjectives > 0 &&
            !heldHere &&
            !tokens.slice(i + 1, i + 1 + adjectives).some((t) => /jährige/u.test(t.word));
          if (holder && elsewhere) {
            this.mentionSomebodyUnnamed(offset + start, article === 'der' ? 'm' : 'f');
            return;
          }
          // "Der 24-jährige Stürmer traf doppelt.": a role with an adjective that nobody holds may
          // still be the person just named; only a noun after a modal verb, or one that only says
          // a man, a woman or a boy ("Die alte Frau winkt ab."), is surely somebody the text
          // does not say.
          // "Sein Anwalt Filipe Carvalho sagte … Der frühere Anlagechef selbst hatte …": a role
          // nobody holds, after a person the text gave another role, is somebody else; a
          // pronoun after it means nobody named.
          if (!holder && adjectives > 0 && !plainPerson) {
            const gender = article === 'der' ? 'm' : 'f';
            const last = this.lastBefore(offset + start, gender);
            const lastRole = last ? this.roleOf(last) : null;
            // Named in another paragraph: within one, a role varies how the text names them
            // ("Co-Autor Tomás Rebelo … Der portugiesische Biologe").
            const namedHere =
              last !== null && this.mentionedInParagraph(last, offset, offset + start);
            // "Der Anlagechef weist die Vorwürfe zurück. … Der frühere Anlagechef selbst": the
            // text spoke of somebody with that role before, unnamed.
            const unnamedHolder = this.mentions.findLast(
              (m) => !m.named && m.speaker !== '' && sameRole(m.speaker, bare(role)),
            );
            if (
              !namedHere &&
              unnamedHolder &&
              last &&
              lastRole &&
              !sameRole(lastRole, bare(role)) &&
              !roleMayMean(lastRole, bare(role))
            )
              // "Unter den Geschädigten ist eine 79-jährige Witwe. … Richterin X … Die 79-jährige
              // Witwe verliess den Saal": the one the text introduced by that role and that age.
              if (age !== undefined && this.ages.get(unnamedHolder.speaker) === parseInt(age, 10))
                this.mentions.push({ ...unnamedHolder, position: offset + start, object: false });
              else this.mentionSomebodyUnnamed(offset + start, gender);
            // "Der 67-jährige Besitzer nahm es mit Humor. «…», sagte er.": where the text named
            // nobody of the gender before, the role is whom a pronoun after it means.
            else if (
              !this.mentions.some(
                (m) => m.named && m.speaker !== '' && (m.gender ?? gender) === gender,
              ) &&
              !this.mentions.some((m) => !m.named && m.gender === gender)
            )
              this.mentions.push({
                speaker: bare(role),
                position: offset + start,
                gender,
                named: false,
              });
            return;
          }
          this.mentions.push(
            holder
              ? { ...holder, position: offset + start, object: false }
              : {
                  speaker: '',
                  position: offset + start,
                  gender: article === 'der' ? 'm' : 'f',
                  named: false,
                },
          );
          return;
        }
        if (introduces && age) this.ages.set(bare(role), parseInt(age, 10));
        if (introduces)
          this.mentions.push({
            // "um einem Nachbarn dessen alten Camper abzukaufen": what somebody else owns is
            // no subject a role or a pronoun after it means.
            ...(/^(dessen|deren)$/iu.test(article) ? { object: true } : {}),
            speaker: bare(role),
            position: offset + start,
            gender: neuterPersonNouns.has(bare(role))
              ? null
              : (genderOfRoleWithArticle(article, role) ??
                (isRoleWord(role) ? null : /^eine$/iu.test(article) ? 'f' : 'm')),
            named: false,
            introduced: true,
            relative: inRelativeClause(tokens, i),
          });
        // "Ein Türsteher des Clubs hatte die Polizei alarmiert.": a sentence that opens with
        // somebody or something unnamed; a pronoun after it means nobody named before.
        else if (
          introduced &&
          adjectives === 0 &&
          (i === 0 || endsSentence(previous)) &&
          /^\p{Lu}\p{Ll}+er$/u.test(bare(role)) &&
          // Not "Ein Boiler im Sanitärblock leckt": a thing in -er.
          !isThingInPersonForm(bare(role).toLowerCase())
        )
          this.mentionSomebodyUnnamed(offset + start, /^eine$/u.test(article) ? 'f' : 'm');
        return;
      }
      // "mit einer Frau", "Ihr Vater, ein Bergbauer": an object or an apposition is nobody a pronoun points to.
      if (prepositions.test(previous)) return;
      // "Eine der Geschädigten": one person of a group, by the group's role in the singular.
      // "Eine der Geschädigten, die 78-jährige Margrit Zbinden aus Oberhallwig, …": unless the
      // apposition names the person next, who is that one.
      if (/^(ein|eine|einer)$/iu.test(previous) && article === 'der') {
        const after = tokens.slice(i + 1, i + 12).map((t) => t.word);
        if ((after[0] ?? '').endsWith(',') && appositionName(after, 1)) return;
        this.mentions.push({
          speaker: singularRole(bare(noun)),
          position: offset + start,
          gender: /^eine$/iu.test(previous) ? 'f' : 'm',
          named: false,
        });
        return;
      }
      // "Dario Lüthi war der Mann des Abends": after a person and a copula, the noun is what
      // the person is, nobody new.
      if (
        /^(ist|war|sei|wäre|bleibt|blieb)$/u.test(previous) &&
        (this.people.has(bare(tokens[i - 2]?.word ?? '')) ||
          /^(er|sie|Er|Sie)$/u.test(tokens[i - 2]?.word ?? ''))
      )
        return;
      // "X übernimmt die Leitung und wird seine Stellvertreterin": what somebody becomes.
      if (/^(wird|wurde|werde)$/u.test(previous) && possessives.has(article)) return;
      // "der Präsident des Turnvereins": the role with its complement, as a pronoun later means it.
      // Words enough for an apposition with its own title after the complement: "die Leiterin der
      // Limnologischen Station, die Gewässerforscherin Seraina Caduff-Nauer".
      const words = tokens.slice(i + 1, i + 14).map((t) => t.word);
      const end = roleComplement(words, 1);
      // "Die Direktorin der Elcom (EEK), Miriam Muster, …": the apposition names the person next.
      let apposition = end;
      // "Die Präsidentin des Sozialverbands «Gemeinsam stark», Ingrid …": a quoted name ends
      // the complement.
      const quotedName = words.findIndex((w, k) => k >= 1 && k <= end && /^[«„"“]/u.test(w));
      if (quotedName >= 0) {
        const close = words.findIndex((w, k) => k >= quotedName && /[»“"”][,;]?$/u.test(w));
        if (close >= 0) apposition = close + 1;
      }
      while (apposition < words.length && isAside(words[apposition] ?? '')) apposition++;
      if ((words[apposition - 1] ?? '').endsWith(',') && appositionName(words, apposition)) return;
      const role = [
        nominativeRole(article, bare(words[0] ?? '')),
        ...words.slice(1, end).map((x) => x.replace(/[,.;:!?]+$/u, '')),
      ].join(' ');
      // "die kaum ein Reiseführer kennt": nobody. "Einen Nachfolger hat sie nicht gefunden.":
      // an object.
      if (
        nobodyAfter.test(previous) ||
        (/^(Einen|Einem)$/u.test(word) && (i === 0 || endsSentence(previous)))
      )
        return;
      // "habe ein Patient eine Pflegerin geschlagen": after another noun, an object, whom a
      // pronoun after it may mean, and the text does not say. Not "Entdeckt hatte das Feuer ein
      // Nachbar": "ein" before a man's noun is the nominative, the subject put last.
      if (
        indefiniteArticles.has(article) &&
        !(article === 'ein' && genderOfRoleWithArticle(article, noun) === 'm') &&
        /^\p{Lu}\p{Ll}+$/u.test(previous) &&
        i > 1 &&
        !endsSentence(tokens[i - 2]?.word ?? '.') &&
        !notNameWords.has(previous)
      ) {
        this.mentions.push({
          speaker: '',
          position: offset + start,
          gender: genderOfRoleWithArticle(article, noun),
          named: false,
          object: true,
          relative: inRelativeClause(tokens, i),
        });
        return;
      }
      // "Sie will als eine der ersten Kundinnen an der Kasse stehen": what the subject is, nobody new.
      // Not "…, als ein Vater aus dem Publikum wissen wollte": "als" after a comma opens a clause.
      if (
        previous === 'als' &&
        indefiniteArticles.has(article) &&
        !(tokens[i - 2]?.word ?? '').endsWith(',')
      )
        return;
      // "eine kleine Sensation: eine Frau als Käsermeisterin": a kind of person, nobody new.
      if (
        indefiniteArticles.has(article) &&
        words[0] === noun &&
        words[1] === 'als' &&
        isRoleWord(words[2] ?? '')
      )
        return;
      // "Eine Kundin ist Sandra Zurbuchen.": what the named person is, nobody new.
      if (indefiniteArticles.has(article) && words[0] === noun && predicateName(words, 1)) {
        const named = this.people.get(bare(words[3] ?? ''));
        if (named && isRoleWord(noun)) named.role ??= noun;
        return;
      }
      // "Ein Mann namens Reto Bühlmann": the name after "namens" is who this is.
      if (words[1] === 'namens' && calledPerson(words.slice(2, 7))) return;
      if (indefiniteArticles.has(article) && !previous.endsWith(',')) {
        this.mentions.push({
          speaker: role,
          position: offset + start,
          gender: genderOfRoleWithArticle(article, noun),
          named: false,
          introduced: true,
          relative: inRelativeClause(tokens, i),
          // "Jaquet suchte lange einen Nachfolger. …, sagt er": "einen", "einem" are no
          // subject's article; the person is the verb's object.
          ...(/^(einen|einem)$/u.test(article) ? { object: true } : {}),
        });
      } else if (isPluralRole(article, noun)) {
        // "Die Richter in Lausanne halten fest": several people, one of whom an "er" or "sie"
        // after them may mean, or none; a pronoun that goes back to them means nobody. In a
        // clause a subordinator opens ("…, als die Skifahrer zu Fuss gingen"), they are
        // background: a singular pronoun ("erzählte sie") means somebody before them.
        this.addGroup(offset + start, {
          // "dankte den Lesern": in the dative, they are the verb's object, whom a singular
          // pronoun after them never means.
          // "Heimleiterin Sabine Schuler lobte die Bewohnerinnen und Bewohner": right after the
          // verb of a subject named just before it, the accusative object.
          ...(inSubordinateClause(tokens, i) ||
          inQuestion(tokens, i) ||
          /^den$/iu.test(article) ||
          this.objectAfterNamedSubject(tokens, i, offset)
            ? { plural: true }
            : {}),
        });
      } else if (
        article === 'der' &&
        (manyWords.has(bare(previous).toLowerCase()) || /^(meisten|wenige)$/iu.test(previous))
      ) {
        // "Viele der Betroffenen seien über 50": some of a group, in the plural genitive.
        this.addGroup(offset + start);
      } else if (/^(den|dem)$/u.test(article) && /rat$/u.test(bare(noun))) {
        // "Man habe den Elternrat informiert. «…», sagt er.": a council as an object is a body
        // ("er" may mean it), not a councillor.
        this.bodies.push({ position: offset + start, gender: 'm' });
      } else if (definiteArticles.has(article) || possessives.has(article)) {
        // "der Präsident des Gewerbevereins" is somebody else than "Gemeindepräsident Beat Gmür".
        // "Sein Vater Alois … [another paragraph] Ihr Vater ist skeptisch": a relation owned by
        // somebody is whose relation the paragraph says; one named in another paragraph may be
        // somebody else's.
        const found = setApartByComplement(role)
          ? null
          : this.withRole(noun, offset + start, offset);
        // "Mein Mann findet das seltsam.": who says "ich" in an answer or a column is one
        // person throughout, so whom "mein Mann" means does not change with the paragraph.
        const holder =
          found &&
          possessives.has(article) &&
          !/^(mein|unser)/u.test(article) &&
          relationNouns.has(bare(noun).toLowerCase()) &&
          found.position < offset
            ? null
            : found;
        const gender = genderOfRoleWithArticle(article, noun);
        // "Dario Kälin lacht. Auch der Pfarrer hielt Abstand.": "Auch" before the role brings in
        // one more person, not whom the paragraph named.
        const another = /^(Auch|auch)$/u.test(previous);
        const inBlock =
          !holder && !another && /^(der|die)$/u.test(article) && !setApartByComplement(role)
            ? this.namedInBlock(offset, offset + start, gender)
            : null;
        // "X hat gewonnen. «…», sagte die Siegerin.": who won.
        const winner =
          !holder && isWinnerNoun(noun) ? this.winnerBefore(offset + start, gender, offset) : null;
        const named = winner
          ? winner
          : holder
            ? holder.speaker === ''
              ? null
              : holder
            : inBlock &&
                this.mayHold(
                  inBlock.speaker,
                  noun,
                  // "«…», sagte die Autorin": in an attribution, as `resolveReference` reads it.
                  speechVerbs.has(previous.toLowerCase()),
                )
              ? inBlock
              : null;
        // "Trainer Thomas Hürlimann … Der Trainer nahm es gelassen": a mention of the holder here.
        // "Beat Gmür wurde operiert. Der Chirurg zeigte sich zufrieden.": the surgeon may be Gmür
        // or somebody else, so a pronoun after it means nobody.
        // "Ihr Kollege Peter Frei bringt seine Tochter mit.": a relation inside a sentence may be
        // its object; a pronoun after it means nobody either (not "sagte seine Tochter").
        const inside =
          !named &&
          possessives.has(article) &&
          i > 0 &&
          !endsSentence(previous) &&
          // "Auch ihr Mann packt mit an.": a particle before the subject.
          !/^(Auch|Und|Aber|Doch|Nur|Sogar|Selbst)$/u.test(previous) &&
          !speechVerbs.has(previous.toLowerCase());
        // "die Kündigung des Hauswarts": a person in the genitive is an attribute of another
        // noun, not what a pronoun after the sentence surely means.
        if (article === 'des') {
          this.mentions.push({
            ...(named ?? { speaker: role, named: false }),
            position: offset + start,
            gender: 'm',
            object: true,
            genitive: true,
          });
          return;
        }
        // "die Berechnung der Vermieterin": "der" after a noun with its own article is a genitive.
        // "den Fragen der Reporter": one of a man's role is the plural, several people. So is a
        // possessive in "-er" there: "das Vertrauen seiner Vereinskollegen".
        const beforeNoun = (tokens[i - 2]?.word ?? '').toLowerCase();
        if (
          (article === 'der' || /^(seiner|ihrer|meiner|unserer)$/u.test(article)) &&
          i > 1 &&
          /^\p{Lu}\p{Ll}+$/u.test(previous) &&
          (definiteArticles.has(beforeNoun) ||
            indefiniteArticles.has(beforeNoun) ||
            possessives.has(beforeNoun) ||
            // "das Vertrauen seiner Vereinskollegen": a neuter noun's article too.
            /^(das|eines)$/u.test(beforeNoun))
        ) {
          const genitiveNoun = bare(noun).toLowerCase();
          if (!/in$/u.test(genitiveNoun) && !isKinship(genitiveNoun) && genitiveNoun !== 'frau')
            return;
          this.mentions.push({
            ...(named ?? { speaker: role, named: false }),
            position: offset + start,
            gender,
            object: true,
            genitive: true,
          });
          return;
        }
        // "Ihr Sohn, Beat Imhasly, erinnert sich an Winter, in denen der Vater nicht ins Tal
        // kam.": in a relative clause, the background.
        const relative = inRelativeClause(tokens, i) ? { relative: true } : {};
        this.mentions.push(
          named
            ? { ...named, position: offset + start, object: false, ...relative }
            : {
                speaker: inBlock || inside ? '' : role,
                position: offset + start,
                gender,
                named: false,
                // "Ein Anwohner sah den Mann davonrennen.": after a verb, "den" is an object's.
                // "Jovanović mochte den Goalie nicht verantwortlich machen.": any role, too; not
                // whom a question is put to ("fragte den Beschuldigten:"), who answers next.
                // "Sie hatte dem Angeklagten eine Vollmacht erteilt": a dative is never the subject.
                ...(article === 'dem' || article === 'einem' ? { object: true } : {}),
                ...(article === 'den' &&
                i > 0 &&
                !endsSentence(previous) &&
                (plainPersonNouns.has(bare(noun).toLowerCase()) ||
                  (!askingVerbs.has(previous.toLowerCase()) &&
                    !speechVerbs.has(previous.toLowerCase())))
                  ? { object: true }
                  : {}),
                // "Als sie die Schmiede 2013 übernahm": right after a pronoun subject, the noun
                // phrase is the verb's object.
                ...(/^(er|sie|ich|wir)$/u.test(previous) && i > 1 ? { object: true } : {}),
                ...relative,
              },
        );
      }
    };
    tokens.forEach((token, i) => {
      const known = this.mentions.length;
      visit(token, i);
      if (this.mentions.length <= known) return;
      const added = this.mentions.slice(known);
      // "Verteidiger X widersprach. Schnyderli konstruiere ein Motiv. «…», sagte er.": whom X's
      // reported speech is about, a person named in the sentence before who spoke.
      const teller = this.mentions
        .slice(0, known)
        .findLast((m) => m.position < offset + token.start);
      if (
        opensReportedSaying(written, i) ||
        (opensReportedClaim(written, i) &&
          teller !== undefined &&
          teller.speaker !== '' &&
          added.every((m) => m.speaker !== teller.speaker))
      )
        for (const m of added) m.reported = true;
    });
    // "…, sagt Kornberger. Einmal habe ihm ein Zuschauer einen Schirm nachgeworfen.": somebody
    // unnamed in a sentence of reported speech after a sentence that lets somebody speak is
    // whom the teller tells of, not whom a pronoun after it means.
    const sentenceWords = (k: number) => {
      const from = sentenceStarts[k] ?? 0;
      const to = sentenceStarts[k + 1] ?? Infinity;
      return tokens
        .filter((t, j) => !quoted[j] && t.start >= from && t.start < to)
        .map((t) => bare(t.word).toLowerCase());
    };
    // "Ich habe bei Alois Rickenbacher angefangen.": with "ich", "habe" or "werde" is the
    // indicative; only a form of its own ("sei", "hätte") is reported speech then.
    const firstPersonForms = /^(habe|könne|müsse|wolle|solle|dürfe|werde)$/u;
    sentenceStarts.forEach((from, k) => {
      const ws = sentenceWords(k);
      const ich = ws.includes('ich');
      if (ws.some((w) => reportedSubjunctiveForms.test(w) && !(ich && firstPersonForms.test(w))))
        this.subjunctiveSentences.add(offset + from);
    });
    sentenceStarts.forEach((from, k) => {
      if (k === 0) return;
      const said = sentenceWords(k);
      const before = sentenceWords(k - 1);
      // "Enttäuscht zeigte sich die Gemeindepräsidentin.": a stance shown lets the person speak.
      const showsStance =
        before.some((w) => /^(zeigt|zeigte)$/u.test(w)) &&
        before.includes('sich') &&
        before.some((w) => stanceAdjectives.has(w));
      if (
        !said.some((w) => reportedSubjunctiveForms.test(w)) ||
        said.some((w) => speechVerbs.has(w)) ||
        !(before.some((w) => speechVerbs.has(w)) || showsStance)
      )
        return;
      const to = sentenceStarts[k + 1] ?? Infinity;
      for (const m of this.mentions)
        if (!m.named && m.speaker !== '' && m.position >= offset + from && m.position < offset + to)
          m.reported = true;
      // "Reber kritisierte den Zeitpunkt. Die Gewerkschaft habe abgebrochen.": a body in what
      // somebody claims is what they speak of, no holder of a role named after it.
      for (const body of this.bodies)
        if (body.position >= offset + from && body.position < offset + to) body.reported = true;
    });
  }

  /**
   * "die Kapelle Sankt Agatha", "in San Bernardino": a saint's name after a building or a
   * preposition names a place or a church. Not "Santo Morabito führt die Pizzeria", "Sankt
   * Nikolaus kam", people by their names.
   */
  private saintsPlace(ws: readonly string[], i: number): boolean {
    const before = bare(ws[i - 1] ?? '');
    return (
      saintWords.test(ws[i] ?? '') &&
      (/^(in|im|nach|am|bei|beim|von|vom|aus|bis|über)$/u.test(before) ||
        /(kapelle|kirche|kloster|pfarrei|kirchgemeinde|pass|spital|schulhaus|hotel|quartier|gemeinde)$/iu.test(
          before,
        ))
    );
  }

  /**
   * Whether the words at `i` may be the full name of a person the lists do not know: two
   * capitalised name words where a subject stands (opening a sentence, or after a title),
   * followed by a verb, a comma or an aside; the first no given name the lists know, no
   * adjective ("Grosse Sorgen"), the second no family name the text registered.
   */
  private mayBeUnknownPerson(ws: readonly string[], i: number): boolean {
    const first = ws[i] ?? '';
    // "Hund Bello ist weg", "Graupapagei Jacky": a name after a noun for an animal is the animal's.
    if (isAnimalWord(first) || this.saintsPlace(ws, i)) return false;
    const second = bare(ws[i + 1] ?? '');
    const previous = ws[i - 1] ?? '';
    const after = ws[i + 2] ?? '';
    const opens = i === 0 || endsSentence(previous);
    return (
      /^\p{Lu}\p{Ll}+$/u.test(first) &&
      /^\p{Lu}\p{Ll}+([-‑]\p{Lu}\p{Ll}+)?[,]?$/u.test(ws[i + 1] ?? '') &&
      // "Grosse Sorgen": an adjective opening a sentence; after a title ("der Franzose
      // Maxime Roux") a given name in -e.
      (!/(e|es|em)$/u.test(first) || !opens) &&
      // "Jeden Abend ließ die Schülerin …": a noun of time.
      !quantifyingDeterminers.has(first.toLowerCase()) &&
      isNameWord(first) &&
      !isGivenName(first) &&
      !isOrganisationWord(first) &&
      isNameWord(second) &&
      !isOrganisationWord(second) &&
      // "Broker Cardell Securities": capitalised words up to a company word name a company.
      !isOrganisationWord(bare(after)) &&
      !this.people.has(second) &&
      !this.shared.has(second) &&
      (opens ||
        isRoleWord(previous) ||
        isDemonym(previous) ||
        isTitleByForm(previous) ||
        // "Der Däne Tjorven Haslach": a noun after an article, no body ("der Bank Vontobel").
        (/^\p{Lu}/u.test(previous) &&
          /^(der|die|ein|eine)$/iu.test(ws[i - 2] ?? '') &&
          !isOrganisationWord(previous) &&
          !bodyNouns.has(previous))) &&
      // A verb in the singular after the name ("widerspricht", "war"), not a plural ("Seewiler
      // Bauern protestieren").
      ((ws[i + 1] ?? '').endsWith(',') ||
        /^\(/u.test(after) ||
        singularVerb.test(after) ||
        // "Die Gesamtweltcupführende Marit Halvorsen aus Norwegen", "gewann der Franzose Maxime
        // Roux den Super-G": after a title, a name is a person whatever follows.
        !opens)
    );
  }

  /**
   * Whether the words at `i` may be a person's given name and family name inside a sentence,
   * after a verb or a word such as "auch" ("Unter den Zuhörern war auch Zerihun Gebremedhin.",
   * "Dann kam Oyelaran Kovalenko zu Wort."): two capitalised words no list knows, where German
   * puts no noun without an article, the name ending at a mark or before a lower-case word.
   */
  private mayBeUnknownNameInSentence(ws: readonly string[], i: number): boolean {
    const first = ws[i] ?? '';
    if (this.saintsPlace(ws, i)) return false;
    const second = ws[i + 1] ?? '';
    const after = ws[i + 2] ?? '';
    return (
      (nameSlotWords.has((ws[i - 1] ?? '').toLowerCase()) ||
        // "Im Dorf lebt seit 2009 Margaret Holloway.": after a year the time phrase ends.
        (/^\d{4}$/u.test(ws[i - 1] ?? '') &&
          /^(seit|bis|ab|im)$/u.test(ws[i - 2] ?? '') &&
          nameSlotWords.has((ws[i - 3] ?? '').toLowerCase()))) &&
      /^\p{Lu}\p{Ll}+$/u.test(first) &&
      /^\p{Lu}\p{Ll}+([-‑]\p{Lu}\p{Ll}+)?[,.;:!?]?$/u.test(second) &&
      (/[,.;:!?]$/u.test(second) || /^\p{Ll}/u.test(after)) &&
      [first, bare(second)].every(
        (w) =>
          isNameWord(w) &&
          !isOrganisationWord(w) &&
          !timeWords.has(w) &&
          !this.people.has(w) &&
          !this.shared.has(w),
      ) &&
      !isPersonNounByForm(first) &&
      !isGivenName(first)
    );
  }

  /**
   * Whether the word at `i` may be a person the text names by one name only, a given name, a
   * family name or a nickname the index does not know: "Hoxha bestritt die Vorwürfe.", "Deniz
   * riss das Couvert auf.", "Yonas, 24, aus Eritrea, wartet": opening a sentence, before a verb
   * in the singular ("selbst" allowed) or an age set off by commas.
   */
  private mayBeUnknownSingleName(ws: readonly string[], i: number): boolean {
    const word = ws[i] ?? '';
    const name = word.replace(/,$/u, '');
    const previous = ws[i - 1] ?? '';
    const next = ws[i + 1] ?? '';
    const verbAt = next === 'selbst' ? i + 2 : i + 1;
    const verb = ws[verbAt] ?? '';
    // "Skeptischer äusserte sich Ingrid Solheim": the word the subject after the verb opens.
    const afterVerb = ws[verbAt + 1] === 'sich' ? ws[verbAt + 2] : ws[verbAt + 1];
    // "in der 70. Minute eingewechselt": an ordinal after an article ends no sentence.
    const ordinal =
      /^\d{1,3}\.$/u.test(previous) &&
      /^(der|dem|den|die|das|am|im|zum|zur|vom|bis|ab|seit|in|ihrem|seinem|ihrer|seiner)$/u.test(
        ws[i - 2] ?? '',
      );
    // "Jacky, ein 23-jähriger Graupapagei, ist …": one an apposition calls an animal.
    const animal =
      word.endsWith(',') && /^(ein|eine)$/u.test(next) && ws.slice(i + 2, i + 5).some(isAnimalWord);
    return (
      !animal &&
      (i === 0 || (endsSentence(previous) && !ordinal)) &&
      /^\p{Lu}\p{Ll}+$/u.test(name) &&
      isNameWord(name) &&
      !isOrganisationWord(name) &&
      !this.people.has(name) &&
      !this.shared.has(name) &&
      // "Geplant hat den Umbau X", "Bestätigt wurde …": a participle put first, before its
      // auxiliary.
      !(
        /^((Ge|Be|Ver|Er|Ent|Zer)\p{Ll}+(t|en)|\p{Lu}\p{Ll}+iert)$/u.test(name) &&
        !isGivenName(name) &&
        /^(hat|hatte|wurde|ist|war|haben)$/u.test(next)
      ) &&
      (word.endsWith(',')
        ? next.endsWith(',') && /^[\d\p{Ll}]/u.test(next) && isNumberWord(next)
        : // "Gleichzeitig verlangte er": a subject after the verb, so the word is no subject.
          // "Gemeinsam mit ihrem Mann …": a preposition or an adverb in -t is no verb.
          singularVerb.test(verb) &&
          !prepositions.test(verb) &&
          // "Ganz ungestraft kommt er nicht davon": "un-" and a participle is no verb.
          !/^un\p{Ll}{3,}t$/u.test(verb) &&
          !/^(nicht|jetzt|erst|sonst|längst|zuletzt|bereits|meist|fast|oft|selbst|recht|gut|bestimmt|vielleicht)$/u.test(
            verb,
          ) &&
          !/^(er|sie|man)[,.]?$/u.test(ws[verbAt + 1] ?? '') &&
          // "Leicht war es nicht.": "es" after the verb is the subject; not "Gmür war es, der
          // …", where the name is.
          !/^es\.?$/u.test(ws[verbAt + 1] ?? '') &&
          // "Sattlerstich nennt sich das.": "das" after "sich" is the subject, too.
          !(ws[verbAt + 1] === 'sich' && /^(das|dies|es)\.?$/u.test(ws[verbAt + 2] ?? '')) &&
          // "Sichtlich bewegt dankt sie ihrem Team": an adverb and a participle, then the verb
          // and its subject, the pronoun.
          !(
            /^\p{Ll}+$/u.test(ws[verbAt + 1] ?? '') &&
            /^(er|sie|man)[,.]?$/u.test(ws[verbAt + 2] ?? '')
          ) &&
          // A given name after the verb opens the subject.
          !isGivenName(bare(afterVerb ?? '')))
    );
  }

  /**
   * Whether the stretch from `since` up to `position` mentions somebody else than `speaker` of
   * this gender (or, with `unknownToo`, of a gender the text does not say).
   */
  private anotherOfGender(
    speaker: string,
    gender: Gender,
    since: number,
    position: number,
    unknownToo = false,
  ): boolean {
    return this.mentions.some(
      (m) =>
        m.position >= since &&
        m.position < position &&
        m.speaker !== speaker &&
        (m.gender === gender || (unknownToo && m.gender === null)),
    );
  }

  /** Several people the text does not name, at `position`: "Die Richter …", "Viele der …". */
  private addGroup(position: number, extra: { plural?: boolean } = {}): void {
    this.mentions.push({
      speaker: '',
      position,
      gender: null,
      named: false,
      group: true,
      ...extra,
    });
  }

  /**
   * Whether "der <noun>" may mean a person the paragraph named: one with a fitting role
   * (`roleMayMean`), or one named without a role where `roleless`.
   */
  private mayHold(name: string, noun: string, roleless: boolean): boolean {
    const role = this.roleOf(name);
    return roleMayMean(role, noun) || (roleless && !role);
  }

  /**
   * Whether a quotation speaks of the person `named` in the third person (`speaksOf`), where they
   * are the only person of their gender (or of one not known) the last four sentences name: "Hofbauer gratulierte.
   * «Sie war heute besser», sagte die Österreicherin" after Kälin won speaks of Kälin.
   */
  private speaksOfThem(quotation: string, named: Mention, position: number): boolean {
    if (putToThem(quotation)) return true;
    if (!speaksOf(quotation, named.gender)) return false;
    const starts = this.sentenceStarts.filter((s) => s <= position).sort((a, b) => a - b);
    const from = starts.at(-4) ?? 0;
    return !this.mentions.some(
      (m) =>
        m.named &&
        m.speaker !== named.speaker &&
        (m.gender === named.gender || m.gender === null) &&
        m.position >= from &&
        m.position < position,
    );
  }

  /** The people the text gave this age ("Kurt Brunner (71)", "ein 45-jähriger Chauffeur"). */
  /** With a gender: not "Fatma Yıldız, 34," for "der 34-Jährige". */
  private peopleOfAge(age: number, gender: Gender = null): string[] {
    return [...this.ages]
      .filter(
        ([name, a]) =>
          a === age && !(gender && this.genderOfPerson(name) === (gender === 'm' ? 'f' : 'm')),
      )
      .map(([name]) => name);
  }

  /** The gender the text gives a person: by the role or the given name, or by a mention. */
  private genderOfPerson(name: string): Gender {
    return (
      this.fullNames.get(name)?.gender ??
      [...this.people.values()].find((p) => p.name === name)?.gender ??
      genderOfName(name) ??
      this.mentions.find((m) => m.speaker === name && m.gender)?.gender ??
      null
    );
  }

  /**
   * The pronoun of the gender right after the verb of the sentence that opens with the phrase
   * `mention` stands in, before `position`: "Zusammen mit Lisa Odermatt hat sie …", "Den X habe er
   * …". That pronoun is the sentence's subject, somebody else than the person in the phrase.
   */
  private frontedSubjectAfter(mention: Mention, gender: Gender, position: number) {
    const sentence = this.sentenceStartBefore(mention.position);
    return this.pronouns.find(
      (p) =>
        p.afterFronted &&
        p.gender === gender &&
        p.position > mention.position &&
        p.position < position &&
        this.sentenceStartBefore(p.position) === sentence,
    );
  }

  /**
   * Whom a pronoun after that subject pronoun means: whom the subject pronoun means, looking
   * back from the fronted sentence.
   * "Die Firma steckte in der Krise. Dank Lisa Odermatt hat sie überlebt": where a body of the
   * gender opens the sentence before, "sie" may be it; then the person in the phrase speaks words
   * in the first person singular (no body's), and nobody else's are said to be theirs.
   * "Die Bäckerei von Ruth Gisler war in Not. Dank Lea Suter hat sie …": after "Dank" and its
   * kind, only a person of the gender opening the sentence before as subject is surely meant.
   */
  private meantPastFronted(
    pronoun: { frontedForSomebody?: boolean },
    mention: Mention,
    gender: Gender,
    asI: boolean,
    bodies: boolean,
  ): string | null {
    const fronted = this.sentenceStartBefore(mention.position);
    const before = fronted > 0 ? this.sentenceStartBefore(fronted - 1) : fronted;
    if (this.bodyOpens(before, fronted, gender))
      return asI && mention.named ? mention.speaker : null;
    if (pronoun.frontedForSomebody && !this.personOpens(before, fronted, gender)) return null;
    return this.lastBefore(fronted, gender, { bodies });
  }

  /**
   * Whether the first person or body the sentence from `from` to `to` mentions is a named person
   * of the gender as its subject ("Ruth Gisler fiel in der Küche."; not "Die Firma gehörte Ruth
   * Gisler.").
   */
  private personOpens(from: number, to: number, gender: Gender): boolean {
    const first = this.mentions.find((m) => m.position >= from && m.position < to);
    return (
      !!first &&
      first.named &&
      !first.object &&
      first.gender === gender &&
      !this.bodies.some((b) => b.position >= from && b.position < first.position)
    );
  }

  /**
   * Whether a body of the gender opens the sentence from `from` to `to` as its subject, with no
   * person of the gender named there ("Die Firma steckte in der Krise."; not "Anna Frei leitet die
   * Klinik.").
   */
  private bodyOpens(from: number, to: number, gender: Gender): boolean {
    return (
      this.bodies.some((b) => b.gender === gender && b.position === from) &&
      !this.mentions.some(
        (m) => m.named && m.position >= from && m.position < to && m.gender === gender,
      )
    );
  }

  /** The role the text gave a person it named ("Gemeindepräsidentin Lea Imfeld" → Gemeindepräsidentin). */
  private roleOf(name: string): string | null | undefined {
    return (
      this.fullNames.get(name)?.role ?? [...this.people.values()].find((p) => p.name === name)?.role
    );
  }

  /**
   * "Hanna Rüegg sass in der dritten Reihe. … sagte die Autorin", "Agrarminister Henning Lorenz …
   * sagte der CDU-Politiker": a role noun with the definite article refers to the person the same
   * paragraph named last, if the gender fits; news text varies the role it names a person by.
   */
  namedInBlock(since: number, position: number, gender: Gender): Mention | null {
    const here = this.sentenceStartBefore(position);
    // "Fritz Schwander … mit seiner Frau Margrit … sagt der 79-Jährige": a person of the other
    // gender named since is not whom the age means, nor does it hide who is.
    const last = this.mentions
      .filter(
        (m) =>
          m.position >= since &&
          m.position < position &&
          !(m.reported && m.position < here) &&
          // "Seine Spieler haben ihm …": several people are not whom "der Serbe" means.
          !(gender && !m.named && m.speaker === '' && m.gender === null) &&
          !this.inBackground(m) &&
          // Somebody unnamed of the other gender ("ihrem Fahrer") is not whom "die Italienerin" means.
          (!gender || !m.gender || m.gender === gender),
      )
      .at(-1);
    // "Anna Meier … Zweite wurde eine Läuferin aus Bern. … sagte die Bernerin": a person the
    // text mentions without a name since, or a body ("Die Kantonspolizei bestätigte …"), may
    // be meant as well; so may another person the sentence names ("Marco Huber und Kurt Brunner").
    if (!last?.named || !last.speaker || this.bodyBetween(last.position, position, gender))
      return null;
    // "ließ die Ellerfelderin der Hallstetterin Sophie Brandt keine Chance. «…», sagte die
    // 28-Jährige": somebody named in the dative is not surely whom a later reference means.
    if (last.dative) return null;
    const sentence = this.sentenceStartBefore(last.position);
    // "Sie distanzierte Lea Cadonau um 38 Hundertstel. «…», sagte die Trainerin": a pronoun
    // before the name in its sentence is its subject; the one named is the object.
    if (this.pronouns.some((p) => p.position >= sentence && p.position < last.position))
      return null;
    // Not "Zufrieden war Trainer X nicht.": a capitalised word opening the sentence that names
    // nobody the text knows is no other person.
    if (
      this.mentions.some(
        (m) =>
          m.named &&
          m.position >= sentence &&
          m.position < last.position &&
          m.speaker !== last.speaker &&
          !(m.speaker === '' && m.position === sentence) &&
          (!gender || !m.gender || m.gender === gender),
      )
    )
      return null;
    return !gender || !last.gender || last.gender === gender ? last : null;
  }

  /**
   * Whether a person was named as somebody's relation ("Ihre Mutter Erika Hofstetter") after
   * another person of the gender (or of none the text says) in the same stretch, whom the
   * paragraph is about: an age of that gender says not which of the two it means.
   * No age the text gave the person; nor another person of another age than `age` ("der
   * 79-Jährige … Ihr Sohn, Beat Imhasly, … sagt der 52-Jährige").
   */
  tiedToAnother(
    name: string,
    since: number,
    position: number,
    gender: Gender,
    age?: number,
  ): boolean {
    if (this.ages.has(name)) return false;
    if (!relationNouns.has((this.roleOf(name) ?? '').toLowerCase())) return false;
    return this.anotherSubjectBetween(
      name,
      since,
      position,
      age,
      (m) => !gender || !m.gender || m.gender === gender,
    );
  }

  /**
   * Whether the text named somebody else than `name` between two positions as a subject, outside
   * a relative clause and of no other age than `age`, who also `fits`.
   */
  private anotherSubjectBetween(
    name: string,
    since: number,
    position: number,
    age: number | undefined,
    fits: (m: Mention) => boolean,
  ): boolean {
    return this.mentions.some(
      (m) =>
        m.named &&
        m.speaker &&
        m.speaker !== name &&
        !m.object &&
        !m.relative &&
        !(age !== undefined && this.ages.has(m.speaker) && this.ages.get(m.speaker) !== age) &&
        m.position >= since &&
        m.position < position &&
        fits(m),
    );
  }

  /**
   * Whether the article at `i` follows a verb right after the person the text just named, as
   * that verb's object: "Sabine Schuler lobte die Bewohner".
   */
  private objectAfterNamedSubject(
    tokens: ReadonlyArray<{ word: string; start: number }>,
    i: number,
    offset: number,
  ): boolean {
    const verb = tokens[i - 1]?.word ?? '';
    const subject = tokens[i - 2];
    const last = this.mentions.at(-1);
    return (
      /^\p{Ll}+$/u.test(verb) &&
      !prepositions.test(verb) &&
      !/^(und|oder|sowie|wie|als|dass|ob|weil)$/u.test(verb) &&
      subject !== undefined &&
      /^\p{Lu}\p{Ll}+$/u.test(subject.word) &&
      last !== undefined &&
      last.named &&
      last.speaker !== '' &&
      last.position >= offset + (tokens[i - 3]?.start ?? subject.start) &&
      last.position <= offset + subject.start
    );
  }

  /**
   * Whether an age the text gave nobody ("Heute sitzt der 37-Jährige …") follows two people of
   * its gender the paragraph named, neither of another age: it says not which of them it means
   * where the text pointed back to the other one since ("Präsident Martin Zaugg lobt ihn.").
   */
  ageSaysNotWhich(
    name: string,
    since: number,
    position: number,
    gender: Gender,
    age: number,
  ): boolean {
    if (this.ages.has(name) || this.peopleOfAge(age, gender).length > 0) return false;
    return this.anotherSubjectBetween(
      name,
      since,
      position,
      age,
      (m) => m.gender === gender && !this.deceased.has(m.speaker),
    );
  }

  /**
   * The person of the gender the paragraph mentioned last, if the text gave them only a role
   * ("eine Nachbarin", "Ein Votant aus Haslen"); null when that person has a name.
   */
  unnamedInBlock(since: number, position: number, gender: Gender): string | null {
    const last = this.mentions
      .filter(
        (m) =>
          m.position >= since &&
          m.position < position &&
          !m.object &&
          (!gender || !m.gender || m.gender === gender),
      )
      .at(-1);
    return last && !last.named && last.speaker !== '' ? last.speaker : null;
  }

  /** Whether a body of the gender was named between two positions ("Die Polizei …"). */
  /**
   * "Battista Fornera ist 92 … Ans Aufhören denkt er nicht": a person of no gender the lists or
   * a role tell is of the gender of the first pronoun after their first mention in the same
   * text, where nobody and no body is mentioned between.
   */
  inferGendersFromPronouns(): void {
    for (const person of [...this.people.values(), ...this.fullNames.values()]) {
      if (person.gender) continue;
      const first = this.mentions.find((m) => m.named && m.speaker === person.name);
      // Only a name that looks like a person's or opens a sentence, as the subject ("von den
      // Mulditzer Verkehrsbetrieben" is no one).
      if (
        !first ||
        first.object ||
        !(
          looksLikePersonName(person.name) ||
          hasNameMarks(person.name) ||
          this.sentenceStarts.includes(first.position)
        )
      )
        continue;
      const nextText = this.textStarts.find((t) => t > first.position) ?? Infinity;
      const pronoun = this.pronouns.find((p) => p.position > first.position);
      if (!pronoun?.gender || pronoun.position >= nextText) continue;
      if (
        this.mentions.some((m) => m.position > first.position && m.position < pronoun.position) ||
        this.bodies.some((b) => b.position > first.position && b.position < pronoun.position)
      )
        continue;
      person.gender = pronoun.gender;
      for (const m of this.mentions)
        if (m.speaker === person.name && !m.gender) m.gender = pronoun.gender;
    }
  }

  /**
   * Whether a body that a pronoun of the gender may mean is named between the two positions; with
   * `inReportedSpeech: false`, not one in somebody's reported speech (it holds no role named after
   * it).
   */
  bodyBetween(
    from: number,
    to: number,
    gender: Gender,
    {
      inReportedSpeech = true,
      documents = true,
      reportedSubjects = true,
    }: { inReportedSpeech?: boolean; documents?: boolean; reportedSubjects?: boolean } = {},
  ): boolean {
    return this.bodies.some(
      (b) =>
        (inReportedSpeech || !b.reported) &&
        // "Die Gemeinde werde … besteuern.": with `reportedSubjects: false`, not a body that
        // opens a sentence of somebody's reported speech.
        (reportedSubjects || !b.reported || this.sentenceStartBefore(b.position) !== b.position) &&
        (documents || !b.document) &&
        b.position > from &&
        b.position < to &&
        (!gender || !b.gender || b.gender === gender),
    );
  }

  /**
   * "…, das ihr eine Klientin schenkte. «…», sagt sie.": somebody unnamed in a relative clause is
   * in the background, not whom the next sentence's pronoun or age means; "…, in denen der Vater
   * nicht ins Tal kam": whoever else the relative clause names, too, where the sentence named
   * somebody of that gender before it (not "ein Brief, den der Mann geschickt hatte").
   */
  private inBackground(m: Mention): boolean {
    if (!m.relative) return false;
    // "eine Klientin", "habe ein Patient eine Pflegerin geschlagen": somebody new in it.
    if (!m.named && (m.introduced || m.object)) return true;
    // "Eine Mutter, deren Tochter das Jugendhaus besucht, …": somebody it names by nothing,
    // of the gender of whom the clause is about, who is whom a pronoun after it means. Not
    // "Hans Moser, dessen Tochter in Zürich studiert, …": she may be whom "sie" means.
    if (!m.named && m.speaker === '') {
      const sentence = this.sentenceStartBefore(m.position);
      const about = this.mentions
        .filter((o) => o.position < m.position && o.position >= sentence && !o.relative)
        .at(-1);
      return about !== undefined && about.gender === m.gender;
    }
    const sentence = this.sentenceStartBefore(m.position);
    return this.mentions.some(
      (o) =>
        o.named &&
        !o.relative &&
        !o.object &&
        o.gender === m.gender &&
        o.position < m.position &&
        o.position >= sentence,
    );
  }

  /** The people of the gender named as subjects in the sentence of `at`, before it. */
  private namedSubjectsBefore(
    before: readonly Mention[],
    at: Mention,
    gender: Gender,
  ): readonly Mention[] {
    const start = this.sentenceStartBefore(at.position);
    return before.filter(
      (m) =>
        m.position >= start &&
        m.position < at.position &&
        m.named &&
        !m.object &&
        !m.genitive &&
        m.gender === gender,
    );
  }

  /** The person or role mentioned last before `position`, if their gender fits the pronoun. */
  lastBefore(
    position: number,
    gender: Gender = null,
    options: { bodies?: boolean; asI?: boolean } = {},
  ): string | null {
    const meant = this.lastMentionedBefore(position, gender, options);
    if (!meant || !gender) return meant;
    // "Als sie sah, dass auch Striegl ihre Zeit nicht unterbot, sank sie in den Schnee": a name
    // inside a clause of a sentence whose leading clause and main clause have a pronoun of its
    // gender as their subject is not whom they mean; they mean whom the first pronoun does.
    const lastOfMeant = this.mentions.findLast((m) => m.speaker === meant && m.position < position);
    if (lastOfMeant) {
      const start = this.sentenceStartBefore(lastOfMeant.position);
      const end = this.sentenceStarts.find((st) => st > lastOfMeant.position) ?? Infinity;
      const opening = this.pronouns.find(
        (p) =>
          p.leading === true &&
          p.gender === gender &&
          p.position >= start &&
          p.position < lastOfMeant.position,
      );
      if (
        opening &&
        this.pronouns.some(
          (p) =>
            p.gender === gender &&
            p.position > lastOfMeant.position &&
            p.position < Math.min(end, position),
        )
      )
        return this.lastBefore(opening.position, gender, options);
    }
    // "Ganz anders sieht es die Hebamme Selin Aydın … ¶ … ¶ … «…», sagt sie": somebody last
    // named two texts back or more (a paragraph and a subheading: "…, die Mutter, Maria Falch,
    // … ¶ Socken für den Alois ¶ 1958 heiratete die junge Weberin … «…», erzählt sie"), where
    // the article names another person of the gender more often, is not surely whom the pronoun
    // means; the one it is about may be.
    const here = this.textStartBefore(position);
    if (here === 0) return meant;
    const near = this.textStartBefore(here - 1);
    const last = this.mentions.findLast((m) => m.speaker === meant && m.position < position);
    if (!last || last.position >= near) return meant;
    const named = (name: string) =>
      this.mentions.filter((m) => m.named && m.speaker === name && m.position < position).length;
    const others = new Set(
      this.mentions
        .filter(
          (m) =>
            m.named &&
            m.speaker &&
            m.speaker !== meant &&
            m.gender === gender &&
            !this.isWriter(m.speaker),
        )
        .map((m) => m.speaker),
    );
    return [...others].some((o) => named(o) > named(meant)) ? null : meant;
  }

  private lastMentionedBefore(
    position: number,
    gender: Gender = null,
    { bodies = true, asI = false }: { bodies?: boolean; asI?: boolean } = {},
  ): string | null {
    // "Ihre Mutter habe immer gesagt, …. «…», sagt sie.": who is quoted in reported speech is
    // not whom a pronoun in a later sentence means; the teller is.
    // "Ihr Mann Uwe sei sofort hinuntergerannt. Dann habe er nur gerufen:": in a sentence that
    // goes on in the subjunctive, the report goes on, and so do the people in it.
    const sentence = this.sentenceStartBefore(position);
    const reportGoesOn = this.subjunctiveSentences.has(sentence);
    const before = this.mentions
      .filter(
        (m) => m.position < position && !(m.reported && m.position < sentence && !reportGoesOn),
      )
      .sort((a, b) => b.position - a.position);
    // Skip back over people of the other gender only: "Vahlberg … von Lorenz … wies sie zurück".
    // "X teilt das Hobby mit seinem Bruder. Mit 18 kaufte er …": an unnamed relation as an
    // object, with a pronoun of its gender since, is not what the pronouns mean.
    const passedOver = (m: Mention) =>
      (m.object === true &&
        m.speaker === '' &&
        this.pronouns.some(
          (p) => p.gender === m.gender && p.position > m.position && p.position < position,
        )) ||
      // "Als sie die Schmiede übernahm, …. «…», sagt sie": an object with no name, after a
      // pronoun of its gender as the subject of its sentence, is not whom that pronoun means.
      (m.object === true &&
        !m.named &&
        this.pronouns.some(
          (p) =>
            p.gender === m.gender &&
            p.position < m.position &&
            p.position >= this.sentenceStartBefore(m.position),
        )) ||
      // "«Das ist eine Lüge», sagt er. Die Tippgemeinschaft mit Roland habe es gegeben. …,
      // versichert er:": whom somebody's reported speech tells of, as its object, is not whom
      // the teller's pronoun means.
      (m.object === true &&
        m.named &&
        m.position < sentence &&
        this.subjunctiveSentences.has(this.sentenceStartBefore(m.position)));
    // "Vroni Zellhuber war überall. Einmal kam ein Kind im Auto zur Welt. «…», erzählt sie": a
    // child, whom "es" means, is not whom "er" or "sie" means.
    const child = (m: Mention) => gender !== null && !m.named && m.speaker === 'Kind';
    const found = before.find(
      (m) =>
        (!gender || !m.gender || m.gender === gender) &&
        // "Kolumnist Lukas Brändli … der alte Brändli … Er": never the writer, who is "ich".
        !(gender && this.isWriter(m.speaker)) &&
        !(gender && m.plural) &&
        !passedOver(m) &&
        !child(m) &&
        !this.inBackground(m),
    );
    // "Chantal Berisha hat bei Rüegsegger angefangen. «…», sagt die 44-Jährige": after a
    // preposition, somebody the text leaves open (a family name two share), after the named
    // subject of the gender in the sentence, is not whom it means; with no such subject, the
    // mention counts as any other.
    const open = found?.object && found.named && gender && !found.gender;
    if (open) {
      const subject = this.namedSubjectsBefore(before, found, gender).at(-1);
      if (subject?.speaker) return subject.speaker;
    }
    const fits = open ? { ...found, object: false } : found;
    // "Carvalho kam ins Haus Sülzblick. Ihre Großmutter lebte damals hier. «…», erinnert sie
    // sich": a relative the text does not name, right after the person named of the gender,
    // may be either.
    if (
      fits &&
      !fits.named &&
      !fits.object &&
      gender &&
      fits.gender === gender &&
      isKinship(fits.speaker.toLowerCase())
    ) {
      const text = this.textStartBefore(fits.position);
      const earlier = before.find((m) => m.position < fits.position);
      if (
        earlier &&
        earlier.position >= text &&
        earlier.named &&
        // "Nikzad wuchs am Kaspischen Meer auf. Sein Grossvater hatte dort eine Schneiderei":
        // somebody the lists do not know (no speaker, no gender) too.
        ((earlier.speaker && earlier.gender === gender) ||
          (earlier.speaker === '' && earlier.gender === null)) &&
        !earlier.object
      )
        return null;
    }
    // "Der Gemeinderat hat die Kündigung des Hauswarts bestätigt. … schreibt er": a person in
    // the genitive may be what the pronoun means, or the sentence's subject may be.
    // "Der 27-Jährige ist der ältere Bruder des Siegtorschützen. «…», sagt er": where a named
    // person of the gender is the sentence's subject, the pronoun means them.
    // "Gerhard Heydecker hat den Hof von seinem Vater übernommen. … «…», sagt er": whose relation
    // the sentence names is its subject, whom the pronoun means, where that is one named person.
    if (
      ((fits?.genitive && fits.object) || fits?.ownedRelation) &&
      gender &&
      fits.gender === gender
    ) {
      const subjects = new Set(
        this.namedSubjectsBefore(before, fits, gender).map((m) => m.speaker),
      );
      const [subject] = [...subjects];
      if (subjects.size === 1 && subject) return subject;
    }
    if (fits?.genitive && fits.object) return null;
    // "Gstrein und seine Kollegin, die Sanitäterin Miriam Netzer, versorgten den Verletzten.
    // «…», sagt sie.": somebody unnamed of no known gender as an object, after the named
    // subject of the pronoun's gender in the sentence, is not whom it means.
    // Not for words in the first person ("befragte den Zeugen. «Ich habe einen Knall gehört»,
    // sagte er"), which may be the object's own.
    if (fits?.object && !fits.named && fits.gender === null && gender && !asI) {
      const ofGender = [
        ...new Set(
          this.namedSubjectsBefore(before, fits, gender)
            .map((m) => m.speaker)
            .filter((speaker) => speaker !== ''),
        ),
      ];
      const [only] = ofGender;
      if (ofGender.length === 1 && only) return only;
    }
    // "Keller traf sich mit Lea Muster. Sie …": after a preposition only a gender that fits says who.
    if (fits?.object && !(gender && fits.gender === gender)) return null;
    // "Ein Anwohner sah den Mann davonrennen. «…», sagt er", "Die Schwedin stieg vor der
    // Zweitplatzierten aus dem Wasser. «…», sagte sie": somebody unnamed as an object, after
    // the named or introduced subject of the gender in the sentence, is not whom it means.
    if (fits?.object && !fits.named && gender && fits.gender === gender) {
      const sentence = this.sentenceStartBefore(fits.position);
      const subject = before
        .filter(
          (m) =>
            m.position >= sentence &&
            m.position < fits.position &&
            !m.object &&
            !m.genitive &&
            m.gender === gender,
        )
        .at(-1);
      if (subject?.speaker && (subject.named || subject.introduced)) return subject.speaker;
    }
    // "Als Elia Rüfenacht auf den Rücken fiel. 6:7, 7:6 gegen den Norweger Henrik Solbakken.
    // «…», sagte er": a person after a preposition, with a subject of the gender in their
    // sentence or the one before it in the paragraph, may be either.
    // "Zusammen mit Lisa Odermatt … hat sie die Unterschriften gesammelt. «…», sagt sie": the
    // pronoun right after the verb of a sentence that opens with the person's phrase is its
    // subject, somebody else; the pronoun after it means whom that one does.
    const afterFronted =
      fits?.object && fits.named ? this.frontedSubjectAfter(fits, gender, position) : undefined;
    if (afterFronted) return this.meantPastFronted(afterFronted, fits!, gender, asI, bodies);
    if (fits?.object && fits.named) {
      const sentence = this.sentenceStartBefore(fits.position);
      const text = this.textStartBefore(fits.position);
      const from = Math.max(text, sentence > 0 ? this.sentenceStartBefore(sentence - 1) : sentence);
      if (
        before.some(
          (m) =>
            m.named &&
            !m.object &&
            m.speaker &&
            m.speaker !== fits.speaker &&
            m.gender === fits.gender &&
            m.position >= from &&
            m.position < fits.position,
        )
      )
        return null;
    }
    // "Er hält seinen Sohn im Arm. «…», sagt er": a pronoun of the gender before the person in
    // their sentence is its subject, and the person named after it an object; the pronoun
    // means whom that subject means.
    // Not "…, sie habe …, sagte Carmen Imhof": whom a verb of saying after a comma names is its
    // subject, and the pronoun before belongs to what she reports.
    // Nor "Unterstützung erhielt sie von unerwarteter Seite: Lisa Moser stimmte zu.": a colon
    // between them opens a clause of its own, whose subject the person is.
    // Nor "Geleitet wird sie von Karin Amsler. Sie erklärt …": the pronoun before the one who
    // acts in a passive sentence is what is done.
    const subject =
      fits && !fits.reports && !fits.agent
        ? this.pronouns.find(
            (p) =>
              p.gender === gender &&
              !p.leading &&
              p.position >= this.sentenceStartBefore(fits.position) &&
              p.position < fits.position &&
              !this.colonClauses.some((c) => c > p.position && c <= fits.position),
          )
        : undefined;
    // "Lanciert hatte sie die Hausärztin Brigitte Zaugg.": "sie" may be what was launched.
    if (subject?.maybeObject) return null;
    if (subject?.namesSelf && fits?.named) return fits.speaker;
    if (subject) return this.lastBefore(subject.position, gender, { bodies });
    // "Den Verdächtigen, den Schreiner Ulrich Pfaff, habe er im Visier gehabt. «…», sagte er":
    // the pronoun after the verb is the subject, and the person in the object before it not
    // whom it means; it means whom the pronoun means.
    const inverted = fits ? this.frontedSubjectAfter(fits, gender, position) : undefined;
    if (inverted) return this.meantPastFronted(inverted, fits!, gender, asI, bodies);
    // "Gröning war skeptisch. Odenwald habe ihn überredet, sagte er. Heute sei er froh:": the
    // person named in what the pronoun after "sagte" reports is not whom that pronoun means,
    // nor the pronoun after it.
    const reporter =
      fits && fits.named
        ? this.pronouns.find(
            (p) =>
              p.reports &&
              p.gender === gender &&
              p.position > fits.position &&
              p.position < position &&
              this.sentenceStartBefore(p.position) === this.sentenceStartBefore(fits.position),
          )
        : undefined;
    if (reporter) {
      const meant = this.lastBefore(this.sentenceStartBefore(fits!.position), gender, { bodies });
      return meant === fits?.speaker ? null : meant;
    }
    // "Anna Meier … Die Polizei bestätigte den Unfall. «…», sagte sie.": the pronoun may mean the
    // body named since, which is no speaker; nobody then.
    // "Der Club sucht einen Nachfolger. «…», teilt er mit.": a body that opens the sentence of
    // the person or role counts too; that one is its object.
    if (
      fits &&
      gender &&
      bodies &&
      // "Achermann rechnete vor, …. Die Gemeinde werde … besteuern. «…», sagte sie.": a body
      // in what the person reports is what she speaks of, not whom "sie" means.
      this.bodyBetween(this.sentenceStartBefore(fits.position) - 1, position, gender, {
        reportedSubjects: !fits.named,
      })
    )
      return null;
    // "Von Gunten traf sich mit Hänni. Er sagte …": two people the pronoun fits, so nobody.
    // "Marco Frei soll seinen Nachbarn bedroht haben. «…», sagte er.": two people of the
    // pronoun's gender in the sentence it goes back to, so nobody either.
    const since = Math.min(
      this.sentenceStartBefore(position - 1),
      fits ? this.sentenceStartBefore(fits.position) : Infinity,
    );
    // "Der Captain des EHC Seewald, Jonas «Bruggi» Brügger, …": the role of the person named
    // is no second person.
    const fitsRole = fits?.named ? this.roleOf(fits.speaker) : undefined;
    const rival = before.find(
      (m) =>
        m.position >= since &&
        !passedOver(m) &&
        !this.inBackground(m) &&
        // "Laras Mutter Claudia Cavelti …": whose relation or role it is, no second subject.
        !m.genitive &&
        m.speaker !== fits?.speaker &&
        !(!m.named && m.speaker && fitsRole && sameRole(m.speaker, fitsRole)) &&
        m.gender !== null &&
        m.gender === (fits?.gender ?? gender),
    );
    return rival ? null : fits?.speaker || null;
  }

  /** Where the sentence that holds `position` starts, in reading order. */
  private sentenceStartBefore(position: number): number {
    let start = 0;
    for (const s of this.sentenceStarts) if (s <= position) start = s;
    return start;
  }

  /** How many different people or roles are mentioned between two positions. */
  peopleBetween(from: number, to: number): number {
    return new Set(
      this.mentions
        .filter((m) => m.position >= from && m.position < to && !m.genitive)
        .map((m) => m.speaker),
    ).size;
  }

  /**
   * The one person mentioned between two positions, by name and as a subject (not after a
   * preposition, not a genitive): "Sein Gegenüber Lindqvist sah es ähnlich:". Null where the
   * words mention nobody, somebody unnamed, or more than one person.
   */
  onlyNamedBetween(from: number, to: number): string | null {
    const between = this.mentions.filter((m) => m.position >= from && m.position < to);
    const speakers = new Set(between.map((m) => m.speaker));
    const [only] = between;
    return speakers.size === 1 && only?.named && only.speaker && !only.object && !only.genitive
      ? only.speaker
      : null;
  }

  /**
   * The one person named as a subject between two positions, where everybody else mentioned
   * there stands after a preposition: "Auf der Gegenseite haderte Trainer X mit dem
   * Schiedsrichter." → X. Null where nobody or more than one person could be the subject.
   */
  onlySubjectBetween(from: number, to: number): string | null {
    const between = this.mentions.filter((m) => m.position >= from && m.position < to);
    const subjects = new Set(between.filter((m) => !m.object && !m.genitive).map((m) => m.speaker));
    const [only] = [...subjects];
    return subjects.size === 1 &&
      only &&
      between.some((m) => m.speaker === only && m.named && !m.object && !m.genitive)
      ? only
      : null;
  }

  /** Whether a person or role is mentioned between two positions as a subject (not after a preposition, not a genitive). */
  subjectBetween(from: number, to: number): boolean {
    return this.mentions.some(
      (m) => m.position >= from && m.position < to && !m.object && !m.genitive,
    );
  }

  /** Whether any person or role is mentioned between two positions. */
  mentionedBetween(from: number, to: number): boolean {
    return this.mentions.some((m) => m.position >= from && m.position < to);
  }

  /** The person of a gender named most often before a position, if nobody is named as often. */
  mostNamed(position: number, gender: Gender): string | null {
    const counts = new Map<string, number>();
    for (const m of this.mentions)
      if (m.named && m.speaker !== '' && m.position < position && (!gender || m.gender === gender))
        counts.set(m.speaker, (counts.get(m.speaker) ?? 0) + 1);
    const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    return first && (!second || first[1] > second[1]) ? first[0] : null;
  }

  /** Whether somebody, not a group of people of a role, is mentioned between two positions. */
  somebodyMentionedBetween(from: number, to: number): boolean {
    return this.mentions.some((m) => !m.group && m.position >= from && m.position < to);
  }

  /** The people the text names by their name between two positions, in order, once each. */
  namedPeopleBetween(from: number, to: number): string[] {
    return [
      ...new Set(
        this.mentions
          .filter((m) => m.named && m.speaker !== '' && m.position >= from && m.position < to)
          .map((m) => m.speaker),
      ),
    ];
  }

  /** Whether the text names somebody by their name between two positions (no role, no body). */
  namedBetween(from: number, to: number): boolean {
    return this.mentions.some(
      (m) => m.named && m.speaker !== '' && m.position >= from && m.position < to,
    );
  }

  /** The name of the person introduced with this role, as mentioned last before `position`. */
  namedWithRole(role: string, position: number): string | null {
    return this.withRole(role, position)?.speaker || null;
  }

  /**
   * Whom "Seine Frau", "Ihr Mann", "Ihr Bruder" means among the people the text named: the one
   * person of the relation's gender who shares the family name of the owner (the person of the
   * possessive's gender mentioned last: "Hedwig und Josef Bucher … Ihr Mann:"), or the one
   * person the text introduced with the relation ("mit ihrem Bruder Lukas"). Null where the
   * text names none or several.
   */
  relativeOf(
    relation: string,
    relationGender: Gender,
    ownerGender: Gender,
    position: number,
  ): string | null {
    if (!familyRelations.has(relation.toLowerCase())) return null;
    const owner = ownerGender ? this.lastBefore(position, ownerGender) : null;
    const everyone = [...new Set([...this.people.values(), ...this.fullNames.values()])];
    const family = owner?.includes(' ') ? owner.split(' ').at(-1) : undefined;
    const kin = family
      ? [
          ...new Set(
            everyone
              .filter(
                (p) =>
                  p.name !== owner &&
                  p.name.endsWith(` ${family}`) &&
                  (p.gender ?? genderOfName(p.name)) === relationGender &&
                  // Not "Grossvater Fritz Schürch" for "sein Sohn", nor somebody the text
                  // names only after the words that mean him.
                  !(p.role && otherKinship(p.role, relation)) &&
                  this.mentions.some((m) => m.speaker === p.name && m.position < position),
              )
              .map((p) => p.name),
          ),
        ]
      : [];
    if (kin.length === 1) return kin[0] ?? null;
    if (kin.length > 1) return null;
    const titled = [
      ...new Set(
        everyone
          .filter(
            (p) =>
              p.role &&
              coversRole(p.role, relation) &&
              // "Grossvater Ernst" is not whom "sein Vater" means, nor a "Schwiegermutter" a "Mutter".
              !otherKinship(p.role, relation) &&
              p.name !== owner,
          )
          .map((p) => p.name),
      ),
    ];
    return titled.length === 1 &&
      this.mentions.some((m) => m.speaker === titled[0] && m.position < position)
      ? (titled[0] ?? null)
      : null;
  }

  /**
   * Whom "Ihre Kollegin", "sein Geschäftspartner" means: the one other person of the noun's
   * gender whom the text named together with the owner, the person of the possessive's gender
   * mentioned last ("die Ärztinnen Katrin Vogt und Ulrike Sommer … sagt Vogt. Ihre Kollegin
   * ergänzt:"). Null where the owner was named with nobody, or with several of that gender.
   */
  peerOf(
    noun: string,
    nounGender: Gender,
    ownerGender: Gender,
    position: number,
    quotation = '',
  ): string | null {
    if (!nounGender || !peerNouns.has(noun.toLowerCase())) return null;
    const owner = ownerGender ? this.lastBefore(position, ownerGender) : null;
    if (!owner) return null;
    const named = this.mentions.filter((m) => m.named && m.speaker !== '' && m.position < position);
    // Runs of names one after the other, with only "und" or a comma between: "X und Y".
    const runs: string[][] = [];
    for (const [k, mention] of named.entries()) {
      const last = named[k - 1];
      const joined = last && mention.position - last.position <= last.speaker.length + 6;
      if (joined) runs.at(-1)?.push(mention.speaker);
      else runs.push([mention.speaker]);
    }
    // Only two named together: of "X, Y und Z", whose colleague is meant the text does not say.
    const partners = new Set(
      runs
        .filter((run) => new Set(run).size === 2 && run.includes(owner))
        .flatMap((run) => run.filter((name) => name !== owner)),
    );
    // "Sein Kollege widerspricht: «Graf ist der bessere Kandidat.»": not whom the words speak of.
    for (const name of partners)
      if (new RegExp(`(^|[^\\p{L}])${surnameOf(name)}([^\\p{L}]|$)`, 'u').test(quotation))
        partners.delete(name);
    const fit = [...partners].filter((name) => this.genderOfPerson(name) === nounGender);
    return fit.length === 1 ? (fit[0] ?? null) : null;
  }

  /**
   * Who won, for "die Siegerin" or "der Gewinner": the first person named, not after a
   * preposition, in the last sentence since `since` with a verb of winning ("X hat die Abfahrt
   * gewonnen, vor ihrer Teamkollegin Y"); null where that is nobody named or of another gender.
   */
  private winnerBefore(position: number, gender: Gender, since: number): Mention | null {
    // Within the paragraph, or the one win the article told before it ("Der Portugiese X hat
    // die 5. Etappe gewonnen." in the lead, "sagte der 24-jährige Sieger" paragraphs later).
    const before = this.wins.filter((p) => p < position);
    const won =
      before.filter((p) => p >= since).at(-1) ?? (before.length === 1 ? before[0] : undefined);
    if (won === undefined) return null;
    const start = this.sentenceStartBefore(won);
    const end = this.sentenceStarts.find((s) => s > won) ?? position;
    const first = this.mentions.find(
      (m) => m.position >= start && m.position < end && !m.object && m.speaker !== '',
    );
    return first?.named && (!gender || first.gender === gender) ? first : null;
  }

  /** The person introduced with this role who was mentioned last before `position`. */
  private withRole(role: string, position: number, since = position): Mention | null {
    // "Sein Trainer und Vater, Hansruedi Bärtschi," after "Simon Bärtschi": people who share a
    // family name hold their roles too.
    const everybody = new Map<
      string,
      { name: string; role: string | null; gender: Gender; alsoRoles?: string[] }
    >([...this.people.values(), ...this.fullNames.values()].map((p) => [p.name, p]));
    const candidates = [...everybody.values()].filter(
      (p) =>
        (p.role && coversRole(p.role, role)) ||
        (p.alsoRoles ?? []).some((other) => coversRole(other, role)),
    );
    if (candidates.length === 0) return null;
    const names = new Set(candidates.map((p) => p.name));
    let best: Mention | null = null;
    for (const m of this.mentions)
      if (
        m.named &&
        names.has(m.speaker) &&
        m.position < position &&
        (!best || m.position > best.position)
      )
        best = m;
    // "Seewil-Trainer Urs Frei und Gästetrainer Reto Sutter …": two holders of the role in the
    // paragraph, or in the sentence before it, leave open which one is meant.
    const from = Math.min(since, this.sentenceStartBefore(best?.position ?? position));
    const rival =
      best !== null &&
      this.mentions.some(
        (m) =>
          m.named &&
          names.has(m.speaker) &&
          m.speaker !== best?.speaker &&
          m.position >= from &&
          m.position < position,
      );
    if (rival && best) return { ...best, speaker: '' };
    if (best) return best;
    // A person the text mentions with the role only later is not meant; nor a relative the
    // text never mentions by name ("mein Mann Fritz" at the end is not whom "ihr Mann" means).
    const only = candidates.length === 1 ? candidates[0] : undefined;
    return only &&
      !familyRelations.has(role.toLowerCase()) &&
      !this.mentions.some((m) => m.speaker === only.name)
      ? { speaker: only.name, position, gender: only.gender, named: true }
      : null;
  }

  /**
   * Whom a reference such as "der Sprecher" or "die 46-Jährige" means at a position: the person
   * introduced with that role; the role itself when the text gave it no name ("eine Sprecherin …
   * so die Sprecherin"); for an age, the last person named. Nobody for a body ("der Bundesrat").
   */
  resolveReference(
    noun: string,
    position: number,
    gender: Gender,
    since = position,
    quotation = '',
    described = false,
  ): string | null {
    if (bodyNouns.has(bare(noun))) return null;
    // "Die alte Frau lacht. «…»": where the reference opens the sentence read, its own mention
    // says whether the text knows who it is; somebody it does not say is nobody to name.
    if (
      plainPersonNouns.has(noun.toLowerCase()) &&
      this.mentions.some((m) => m.position === position && !m.named && m.speaker === '')
    )
      return null;
    if (isAgeNoun(noun)) {
      // "sagt der 71-Jährige": the person of that age where the text gives ages, never one of
      // another age.
      const age = parseInt(noun, 10);
      const ofAge = this.peopleOfAge(age, gender);
      const last = this.lastBefore(position, gender);
      if (
        ofAge.length === 1 &&
        this.mentions.some((m) => m.speaker === ofAge[0] && m.position < position)
      )
        return last &&
          this.unnamedOfAge(ofAge[0], last) &&
          this.mentionedInParagraph(last, since, position)
          ? last
          : (ofAge[0] ?? null);
      // "Elisabeth übergab an ihre Tochter Nina. «…», sagte die Mutter.¶Die 34-Jährige …": a
      // relation the text did not name is somebody's relative, and the age says not whose.
      if (last && familyRelations.has(last.toLowerCase())) return null;
      // "Gegründet hatte sie sein Vater Anton Seidl, der 1998 starb. «…», erzählt der
      // 58-Jährige": the dead are not who an age means now.
      if (last && this.deceased.has(last)) return null;
      // "…, wie eine Zuschauerin bemerkte.¶Nach der Premiere zeigte sich die Autorin gerührt.
      // «…», sagte die 58-Jährige": somebody unnamed, mentioned in a paragraph before, is not
      // whom an age the text gave nobody means.
      const lastOfLast = last
        ? this.mentions.filter((m) => m.speaker === last && m.position < position).at(-1)
        : undefined;
      if (
        lastOfLast &&
        !lastOfLast.named &&
        !this.ages.has(last ?? '') &&
        lastOfLast.position < Math.min(since, this.sentenceStartBefore(position))
      )
        return null;
      // "Die Moderatorin betritt die Backstube … «Frau Gerber, …?» Die 63-Jährige lacht.": an
      // age the text gave nobody, after a role with no name, may be that role's or that of a
      // person of the gender the article named before it. Not after somebody new the text
      // introduces ("Als Zeuge sagte ein Vorarbeiter aus. «…», sagte der 52-Jährige").
      const unnamedRole = (speaker: string) =>
        !this.mentions.some((m) => m.speaker === speaker && (m.named || m.introduced));
      if (
        last &&
        this.peopleOfAge(age, gender).length === 0 &&
        unnamedRole(last) &&
        this.mentions.some(
          (m) =>
            m.named &&
            m.speaker !== '' &&
            m.position < position &&
            (!gender || !m.gender || m.gender === gender),
        )
      )
        return null;
      // "Beatrice Stettler … Ihre Schwiegertochter Tanja Stettler übernimmt.¶«…», sagt die
      // 72-Jährige": a relative named last, with another person of the gender named before in
      // the article and no age given, may be either.
      const ageless = (name: string) => !this.ages.has(name);
      if (
        last &&
        ageless(last) &&
        isKinship((this.roleOf(last) ?? '').toLowerCase()) &&
        this.mentions.some(
          (m) =>
            m.named &&
            m.speaker !== '' &&
            m.speaker !== last &&
            !m.object &&
            m.position < position &&
            (!gender || !m.gender || m.gender === gender),
        )
      )
        return null;
      // "Mehmet Aksoy präsentiert mit seinem Sohn Can Aksoy …. «…», sagt der 29-Jährige": so
      // may the person a pronoun means, with a relative of the gender the paragraph named since.
      if (
        last &&
        ageless(last) &&
        this.mentions.some(
          (m) =>
            m.named &&
            m.speaker !== '' &&
            m.speaker !== last &&
            m.position >= since &&
            m.position < position &&
            ageless(m.speaker) &&
            m.gender === gender &&
            isKinship((this.roleOf(m.speaker) ?? '').toLowerCase()),
        )
      )
        return null;
      // "Cavelti wurde Zweite hinter der Norwegerin Ingrid Solberg. «…», sagte die
      // 23-Jährige": the subject of that sentence, not the object after its preposition.
      const lastMention = this.mentions
        .filter((m) => m.position < position && (!gender || !m.gender || m.gender === gender))
        .at(-1);
      if (lastMention?.object && lastMention.speaker === last) {
        const start = this.sentenceStartBefore(lastMention.position);
        // Not "wollte Frei von Näf wissen. Die 41-Jährige …": a subject of the other gender.
        const subject = this.mentions.find(
          (m) =>
            m.position >= start &&
            m.position < lastMention.position &&
            !m.object &&
            (!gender || !m.gender || m.gender === gender),
        );
        if (subject) return subject.speaker || null;
      }
      // "Mirjam Rohner gewann. Ihre Mutter Erika Hofstetter weinte. «…», sagte die 24-Jährige":
      // with two people of the gender named in the paragraph, an age no text gave says not which.
      if (last && this.tiedToAnother(last, since, position, gender, age)) return null;
      return last && this.ages.has(last) && this.ages.get(last) !== age ? null : last;
    }
    // "die Zürcherin", "die Italienerin": the person the paragraph just named, unless the
    // quotation speaks of them ("Marco Steiner … «Ich habe ihn nicht gesehen», sagte der Lenker").
    if (!isRoleWord(noun)) {
      // "Influencerin Jasmin Hürlimann … verrät die Influencerin": a noun the lists do not know,
      // which the text gave somebody as a title, means them.
      const titled = this.withRole(noun, position, since);
      if (titled && titled.speaker !== '' && !this.bodyBetween(titled.position, position, gender))
        return titled.speaker;
      const named = isDemonym(noun) ? this.namedInBlock(since, position, gender) : null;
      return named && !this.speaksOfThem(quotation, named, position) ? named.speaker : null;
    }
    const person = this.withRole(noun, position, since);
    // "Weniger Verständnis zeigt eine Anwohnerin. «…», sagt die Rentnerin": a stage of life
    // nobody was named with means the person the paragraph introduced with no name.
    if (!person && lifeStageNouns.has(noun.toLowerCase())) {
      const unnamedBefore = this.unnamedInBlock(since, position, gender);
      if (unnamedBefore) return unnamedBefore;
    }
    // "X hat die Abfahrt gewonnen, vor ihrer Teamkollegin Y. «…», sagte die Siegerin": who won,
    // the subject of the last sentence with a verb of winning, named first and not after a
    // preposition.
    const winner =
      !person && isWinnerNoun(noun) ? this.winnerBefore(position, gender, since) : null;
    if (winner) return winner.speaker;
    // "…, ruft die Jubilarin dazwischen": whom the article celebrates, the person of the gender
    // it names most, by more mentions than anybody else.
    if (!person && celebratedNouns.has(noun.toLowerCase())) return this.mostNamed(position, gender);
    // "Ein Abgeordneter der CDU … so die Grünen-Abgeordnete": not somebody of the other gender.
    const unnamed = this.mentions
      .filter(
        (m) =>
          !m.named &&
          m.position < position &&
          sameRole(m.speaker, noun) &&
          (!gender || !m.gender || m.gender === gender),
      )
      .at(-1);
    // "Seine Frau Vreni winkt ab. … Eine Besucherin aus Basel nahm es gelassen. «…», sagte die
    // Frau": a noun that only says a woman or a man means the person the paragraph introduced
    // last with no name, not the wife or husband named before.
    // Not "sagt die Frau hinter der Theke" (where she stands says who she is), nor where the
    // words speak of a woman ("«Ohne sie ginge es nicht», sagt die Frau"), whom that may be.
    if (person && plainPersonNouns.has(noun.toLowerCase()) && !described) {
      const unnamedSince = this.unnamedInBlock(Math.max(since, person.position), position, gender);
      if (unnamedSince && speaksOf(quotation, gender)) return null;
      if (unnamedSince) return unnamedSince;
    }
    if (person) {
      // "Gemeindepräsident Beat Gmür … der Präsident des Gewerbevereins … sagte der Präsident":
      // the holder of the role the text mentioned last, named or not; nobody where a body that
      // may have the role ("Die Kantonspolizei …") was named since.
      if (unnamed && unnamed.position > person.position) return unnamed.speaker;
      if (
        person.speaker === '' ||
        // A report or a study holds no office: "Hintermaier legte einen Bericht vor. «…», sagte
        // der Bürgermeister" is still him.
        this.bodyBetween(person.position, position, gender, {
          inReportedSpeech: false,
          documents: false,
        })
      )
        return null;
      // "Aussenminister Karim al-Haddad … Bundesrat Reto Brunold bot Hilfe an. «…», sagte der
      // Aussenminister": somebody named since who may hold the office too leaves it open.
      const near = this.namedInBlock(since, position, gender);
      if (
        near &&
        near.speaker !== person.speaker &&
        near.position > person.position &&
        this.mayHold(near.speaker, noun, false)
      )
        return null;
      return person.speaker;
    }
    // "Eine Nachbarin hatte den Rauch bemerkt. «…», erzählte die Frau": the person the paragraph
    // introduced with a role and no name, the last one of the gender.
    if (plainPersonNouns.has(noun.toLowerCase())) {
      // "Eine ältere Frau versucht, ihren Kater zu beruhigen. Ihre Nachbarin hat ihm eine Decke
      // gebracht. «…», sagt die Frau": the one introduced by that very noun, or the one
      // introduced last; the text does not say which.
      const sameNoun = this.mentions.findLast(
        (m) =>
          !m.named &&
          m.position >= since &&
          m.position < position &&
          m.speaker.toLowerCase() === noun.toLowerCase() &&
          (!gender || m.gender === gender),
      );
      const unnamedBefore = this.unnamedInBlock(since, position, gender);
      // Another one introduced since ("Ihre Anwältin …") may be meant as well: nobody.
      if (sameNoun && unnamedBefore && unnamedBefore !== sameNoun.speaker) return null;
      if (unnamedBefore) return unnamedBefore;
      // "Schalterangestellte Ivana Kovačević wurde hellhörig. «…», erinnert sich die junge
      // Frau.": a noun that only says a woman or a man, after the one person of that gender the
      // paragraph named (not of the quotation's words).
      const named = this.namedInBlock(since, position, gender);
      if (
        named &&
        gender &&
        !this.tiedToAnother(named.speaker, since, position, gender) &&
        !this.speaksOfThem(quotation, named, position) &&
        !this.anotherOfGender(named.speaker, gender, since, position)
      )
        return named.speaker;
    }
    // "«Warum?», fragte der Richter": a court's one judge, named nowhere, is the role.
    if (proceedingRoles.has(noun.toLowerCase())) return unnamed?.speaker ?? noun;
    // "die Mutter", "der Vater": a relation is to somebody else than the person just named.
    // "Nico Baumann traf doppelt. «…», sagte der Trainer": whom a trainer, a coach or a doctor
    // guides is somebody else than the one who speaks as that role.
    // "Eine Pflegefachfrau … Die alte Frau lacht. «…»": not past somebody of the gender the text
    // mentioned since without saying who.
    const unknownSince =
      unnamed !== undefined &&
      this.mentions.some(
        (m) =>
          m.speaker === '' &&
          !m.named &&
          m.position > unnamed.position &&
          m.position <= position &&
          (!gender || !m.gender || m.gender === gender),
      );
    // "Verteidiger Marco Rüegsegger … Rüegsegger verlangte … «…», erklärte der Anwalt": a
    // defence lawyer is a lawyer; the person the paragraph named last, introduced as one.
    if (!unnamed && /^(rechts)?(anwalt|anwältin)$/u.test(noun.toLowerCase())) {
      const named = this.namedInBlock(since, position, gender ?? genderOfRole(noun));
      const role = named ? this.roleOf(named.speaker) : undefined;
      // A lawyer speaks of the client: "zerstört alles, was er sich aufgebaut hat".
      if (named && /^verteidiger(in)?$/iu.test(bare(role ?? ''))) return named.speaker;
    }
    if (
      relationNouns.has(noun.toLowerCase()) ||
      [...guidingRoles].some((role) => noun.toLowerCase().endsWith(role))
    )
      return unknownSince ? null : (unnamed?.speaker ?? null);
    const named = this.namedInBlock(since, position, genderOfRole(noun));
    // "Ein Hauswart hat gewonnen. … Für Beat Rüfenacht … sagt der Hauswart": the person the
    // paragraph named since, unless the text gave them another role.
    const role = named ? this.roleOf(named.speaker) : undefined;
    if (named && unnamed && named.position > unnamed.position && (!role || sameRole(role, noun)))
      return named.speaker;
    if (unnamed) return unnamed.speaker;
    // "Sängerin Anna Meier … sagte die Politikerin": another role than the one the text gave
    // the person may be somebody else (`roleMayMean`). A person named without a role may be meant
    // ("Hanna Rüegg sass in der dritten Reihe. «…», sagte die Autorin"), unless the quotation
    // speaks of them: "Kurt Brunner wurde befördert. «Er hat es verdient», sagt der Chef."
    // "Günther Pahlke (78) wartet … «…», sagt der Rentner": a stage of life, where the article
    // named one person of the gender so far, is them.
    if (!named && lifeStageNouns.has(noun.toLowerCase())) {
      const ofGender = genderOfRole(noun);
      const namedSoFar = new Set(
        this.mentions
          .filter(
            (m) => m.named && m.speaker !== '' && m.position < position && m.gender === ofGender,
          )
          .map((m) => m.speaker),
      );
      // "Als Zeuge sagte ein Nachbar aus. …, gab der Pensionist zu Protokoll": not past somebody
      // the paragraph introduced without a name.
      const unnamedHere = this.mentions.some(
        (m) =>
          !m.named &&
          !m.group &&
          m.position >= since &&
          m.position < position &&
          (m.gender === ofGender || m.gender === null),
      );
      if (unnamedHere) return null;
      return namedSoFar.size === 1 ? [...namedSoFar][0]! : namedSoFar.size === 0 ? noun : null;
    }
    // "Der Förster rief an und sagte nur: «…»": a role, where the article named nobody of its
    // gender so far, is the speaker as the text names them, the role as written. After a named
    // person of the gender it may be them by another role the text did not give them.
    if (!named) {
      const ofGender = genderOfRole(noun) ?? gender;
      const anyNamed = this.mentions.some(
        (m) =>
          m.named &&
          m.speaker !== '' &&
          m.position < position &&
          (!ofGender || !m.gender || m.gender === ofGender),
      );
      return plainPersonNouns.has(noun.toLowerCase()) || anyNamed ? null : noun;
    }
    if (putToThem(quotation)) return null;
    // "Architekt X … Die Versicherung zog einen Gutachter bei. «…», sagt der Experte": an expert
    // the text brought in since, unnamed, may be the one.
    if (
      roleMayMean(role, noun) &&
      !(
        /^(experte|expertin|fachfrau|fachmann)$/iu.test(bare(noun)) &&
        (this.mentions.some(
          (m) => !m.named && m.position > named.position && m.position < position,
        ) ||
          // Only from the sentence right before: not past one that may bring somebody in.
          this.sentenceStartBefore(named.position) <
            this.sentenceStartBefore(this.sentenceStartBefore(position) - 1))
      )
    )
      return named.speaker;
    // "Kundin Margrit Schuler (71) stand an der Kasse. «…», sagt die Rentnerin": retirement is a
    // stage of life, no office another person holds; the one person of the gender the paragraph
    // named, of an age that fits where the text gives one.
    // Not "Anwalt Peter Roth … sagt der Rentner": a role that is a job or an office, with no age
    // of retirement given, is somebody else's.
    const age = this.ages.get(named.speaker);
    if (
      retirementNouns.has(noun.toLowerCase()) &&
      (age === undefined ? !role : age >= 65) &&
      !this.speaksOfThem(quotation, named, position) &&
      !this.anotherOfGender(named.speaker, named.gender, since, position, true)
    )
      return named.speaker;
    // "Beat Gmür wurde operiert. «…», sagte der Chirurg": who the passive is about is not the
    // one a role nobody was given means.
    if (this.passive.has(this.sentenceStartBefore(named.position))) return null;
    // "Sein Vater Daniel Gerber glaubte ihm nicht. «…», sagt der Landwirt": a relation the text
    // named somebody with is no office; another role may be theirs as if they had none.
    // Not "Lea Hofer ist Agronomin. Ihre Mutter Vreni Hofer steht daneben. «…», sagt die junge
    // Bäuerin": with another person of the gender in the paragraph, either may be meant.
    const kin =
      !!role &&
      isKinship(role.toLowerCase()) &&
      !isKinship(noun.toLowerCase()) &&
      !relationNouns.has(noun.toLowerCase()) &&
      !this.anotherOfGender(named.speaker, named.gender, since, position);
    return (!role || kin) && !this.speaksOfThem(quotation, named, position) ? named.speaker : null;
  }
}
