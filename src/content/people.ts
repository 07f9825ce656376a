/**
 * Who is a person in an article. German news names people after a role ("US-Präsident Donald
 * Trump", "Kulturministerin Olga Ljubimowa", "der Sprecher Tom Beispiel") or as the one who
 * speaks ("sagte Anna Muster"); once named, the surname alone refers to them too.
 */

const roleStems = [
  'präsident', 'chef', 'minister', 'sprecher', 'kanzler', 'leiter', 'direktor', 'trainer',
  'gesandte', 'botschafter', 'vorsteher', 'rätin', 'berater', 'sekretär', 'senator',
  'abgeordnete', 'bürgermeister', 'vorsitzende', 'gründer', 'autor', 'ökonom', 'forscher',
  'professor', 'anwalt', 'anwältin', 'general', 'kommandant', 'papst',
  'bischof', 'premier', 'staatsanwalt', 'journalist', 'analyst', 'ceo', 'coach', 'kapitän',
  'spieler', 'stürmer', 'torhüter', 'experte', 'expertin', 'ärztin', 'arzt', 'politiker',
  'parlamentarier', 'diplomat', 'kommissar', 'regierungsrat', 'stadtrat', 'gemeinderat',
  'nationalrat', 'ständerat', 'bundesrat', 'pfarrer', 'lehrer', 'sängerin', 'sänger',
  'schauspieler', 'schriftsteller', 'historiker', 'wissenschaftler', 'unternehmer', 'manager',
  'verteidiger', 'ermittler', 'polizeisprecher', 'oberst', 'major', 'kommandeur', 'kardinal',
  'kandidat', 'herausforderer', 'amtsinhaber', 'vize', 'prinzessin', 'königin', 'winzer',
  'diktator', 'oligarch', 'aktivist', 'meister', 'meisterin', 'iker', 'ologe', 'ologin', 'ranger',
  'förster', 'wart', 'bibliothekar', 'ingenieur', 'architekt', 'künstler', 'mediziner', 'dozent',
  'student', 'moderator', 'redaktor', 'redaktorin', 'reporter', 'pfleger', 'pflegerin',
  'vertreter', 'mitarbeiter', 'besitzer', 'inhaber', 'betreiber', 'organisator', 'veranstalter',
  'bewohner', 'anwohner', 'einwohner', 'zeuge', 'zeugin', 'nachbar', 'landwirt', 'goalie',
  'captain', 'richterin', 'führer', 'regisseur', 'produzent', 'rentner', 'landammann', 'kantonsrat',
  'grossrat', 'landrat', 'rat', 'rätin', 'intendant', 'dirigent', 'agent', 'konsul', 'kurator',
  'trainerin', 'fahrer', 'fahrerin', 'läufer', 'läuferin', 'pilotin', 'chefin', 'gründerin',
  'autorin', 'ökonomin', 'forscherin', 'professorin', 'präsidentin', 'sprecherin', 'leiterin',
];

/** Stems that are roles only as the tail of a compound: a Strassenmeister, but Herr Meister. */
const compoundOnly = new Set(['meister', 'meisterin', 'rat', 'führer', 'wart', 'iker', 'ologe', 'ologin', 'agent', 'rätin']);

const roleSuffixes = ['', 'in', 'innen', 'en', 'n', 's', 'e', 'er', 'es', 'r', 'ns', 'nen'];

/** "US-Präsident", "Kremlchef", "Kulturministerin", "Sondergesandten", "Staatschef": a role noun. */
export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (!/^\p{Lu}/u.test(word)) return false;
  if (roleStems.some((r) => roleSuffixes.some((s) => lower.endsWith(r + s) && (!compoundOnly.has(r) || lower.length > r.length + s.length)))) {
    return true;
  }
  // Journalist, Polizistin, Pianist: people by what they do.
  return lower.length >= 8 && /ist(in|en|innen)?$/.test(lower);
}

/** Capitalised words that begin sentences or clauses and are never names. */
const notNames = new Set([
  'Der', 'Die', 'Das', 'Dem', 'Den', 'Des', 'Ein', 'Eine', 'Einem', 'Einen', 'Einer', 'Eines',
  'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Du', 'Ihr', 'Man', 'Dies', 'Diese', 'Dieser', 'Dieses',
  'Auch', 'Doch', 'Und', 'Aber', 'So', 'Dann', 'Nun', 'Zudem', 'Laut', 'Dabei', 'Dazu', 'Damit',
  'Weiterhin', 'Später', 'Zuvor', 'Bereits', 'Noch', 'Schon', 'Jetzt', 'Heute', 'Gestern',
  'Morgen', 'Am', 'Im', 'In', 'Mit', 'Nach', 'Vor', 'Bei', 'Für', 'Gegen', 'Seit', 'Um', 'Wie',
  'Was', 'Wer', 'Wo', 'Warum', 'Wann', 'Als', 'Wenn', 'Weil', 'Dass', 'Ob', 'Trotz', 'Zwar',
  'Allerdings', 'Deshalb', 'Daher', 'Darum', 'Denn', 'Sogar', 'Nur', 'Erst', 'Hier', 'Dort',
  'Ihm', 'Ihn', 'Ihnen', 'Ihre', 'Ihren', 'Ihrer', 'Sein', 'Seine', 'Seinen', 'Seiner', 'Mehr',
  'Viele', 'Alle', 'Einige', 'Andere', 'Beide', 'Jeder', 'Jede', 'Kein', 'Keine', 'Selbst',
  'Unter', 'Über', 'Aus', 'Zu', 'Zur', 'Zum', 'Von', 'Vom', 'Bis', 'Ab', 'Durch', 'Ohne',
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
  'November', 'Dezember', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag',
  'Sonntag', 'Ende', 'Anfang', 'Mitte', 'Beginn', 'Frau', 'Herr', 'Herrn',
]);

/** A word that may be part of a person's name: capitalised, not a role, not a function word. */
export function isNameWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*$/u.test(word) && !notNames.has(word) && !isRoleWord(word);
}

/** Personal pronouns that point back to the last person named. */
export const personPronouns = /^(er|sie)$/i;

/** Lower-case particles inside names: Hans von Allmen, Jacqueline de Quattro, Kees van Dam. */
const nameParticles = new Set(['von', 'van', 'de', 'di', 'da', 'del', 'della', 'du', 'la', 'le', 'zu', 'ter', 'den', 'dos', 'bin', 'al']);

/** Bodies named like roles: in Swiss usage "der Bundesrat" is the Federal Council, not a person. */
const bodies = /^(Bundesrat|Regierungsrat|Gemeinderat|Stadtrat|Kantonsrat|Grossrat|Nationalrat|Ständerat|Landrat|Regierung|Vorstand|Verwaltungsrat)$/;

/** Nouns that stand for a person already named: "die Zürcherin", "der 52-Jährige", "die Rentnerin". */
function isPersonNoun(word: string): boolean {
  return /^\p{Lu}/u.test(word) && (isRoleWord(word) || /(er|erin|jährige[rn]?|ling|ende[rn]?)$/iu.test(word));
}

function clean(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * A phrase that stands for a person already named: article, optional adjectives or an age
 * ("die 38-jährige"), then a role or person noun: "der Staatschef", "die 45-Jährige", "die
 * Zürcherin". Returns the noun, or null.
 */
export function roleReference(words: readonly string[]): string | null {
  const [article, ...rest] = words.map(clean);
  if (!article || !/^(der|die|dem|den)$/i.test(article)) return null;
  for (const word of rest.slice(0, 3)) {
    if (/^\p{Lu}/u.test(word)) return isPersonNoun(word) ? word : null;
    if (!/^[\p{Ll}\d-]+$/u.test(word)) return null;
  }
  return null;
}

export function isRoleReference(words: readonly string[]): boolean {
  return roleReference(words) !== null;
}

/**
 * Reads a name of one to three capitalised words from the start of `words` (particles such as
 * "von" or "de" inside are kept); stops at the first word that cannot be part of a name.
 */
export function readName(words: readonly string[]): string | null {
  const name: string[] = [];
  for (let i = 0; i < words.length && name.length < 4; i++) {
    const raw = words[i] ?? '';
    const word = raw.replace(/[.,;:!?»«“”„"')]+$/u, '');
    const particle = nameParticles.has(word) && isNameWord((words[i + 1] ?? '').replace(/[.,;:!?»«“”„"')]+$/u, ''));
    if (!particle && !isNameWord(word)) break;
    name.push(word);
    if (word !== raw) break;
  }
  while (name.length > 0 && nameParticles.has(name[name.length - 1] ?? '')) name.pop();
  return name.length > 0 ? name.join(' ') : null;
}

/** The part of a name that refers to the person later: the last word with its particles. */
export function surnameOf(name: string): string {
  const words = name.split(' ');
  let i = words.length - 1;
  while (i > 0 && nameParticles.has(words[i - 1] ?? '')) i--;
  return words.slice(Math.max(i, 0)).join(' ');
}

/** Splits a text into words with their offsets. */
export function wordsWithOffsets(text: string): Array<{ word: string; start: number }> {
  return Array.from(text.matchAll(/\S+/g), (m) => ({ word: m[0], start: m.index }));
}

/** A mention of a known person at a position in reading order. */
export type Mention = { name: string; position: number };

function roleKeys(role: string): string[] {
  const lower = clean(role).toLowerCase();
  return [lower, lower.replace(/(en|n|s)$/, '')];
}

function sameRole(a: string, b: string): boolean {
  return roleKeys(a).some((x) => roleKeys(b).some((y) => x.length > 2 && y.length > 2 && (x.endsWith(y) || y.endsWith(x))));
}

/**
 * Collects the people an article names and where it names them. Feed it texts in reading order;
 * `lastBefore` answers whom a pronoun at a position points back to, `withRoleBefore` whom
 * "der Staatschef" means.
 */
export class PeopleIndex {
  private readonly surnames = new Set<string>();
  private readonly roles: Array<{ role: string; surname: string }> = [];
  private readonly mentions: Mention[] = [];
  /** "Ein Sprecher der Polizei": a role mentioned without a name, where it was mentioned. */
  private readonly unnamedRoles: Array<{ role: string; position: number }> = [];

  /** Registers a person by full name (and role); the surname alone then refers to them too. */
  add(name: string, role?: string): void {
    const surname = surnameOf(name);
    if (!surname) return;
    this.surnames.add(surname);
    if (role) this.roles.push({ role, surname });
  }

  isKnown(word: string): boolean {
    const c = clean(word);
    return this.surnames.has(c) || this.surnames.has(c.replace(/s$/u, ''));
  }

  /**
   * Registers the people a text names after a role ("Kulturministerin Olga Ljubimowa"), in an
   * apposition after one ("Der Präsident des Verbands, Thomas Rutz,") and as the subject of a
   * sentence that names them in full before a verb ("Lara Camenzind gewann …").
   */
  registerPeople(text: string): void {
    const words = wordsWithOffsets(text).map((w) => w.word);
    words.forEach((word, i) => {
      const c = clean(word);
      if (isRoleWord(c) && !/[.;:!?]$/.test(word)) {
        if (!word.endsWith(',')) {
          const name = readName(words.slice(i + 1));
          if (name) this.add(name, c);
          return;
        }
      }
      // "die 71-jährige Rosa Muster": an age before a full name.
      if (/^\d+-jährige[nr]?$/u.test(c)) {
        const name = readName(words.slice(i + 1, i + 5));
        if (name && name.split(' ').length >= 2) this.add(name);
      }
      // "…, Thomas Rutz, …": a full name set off by commas after a noun phrase.
      if (word.endsWith(',') && i + 2 < words.length) {
        const name = readName(words.slice(i + 1, i + 5));
        const after = words[i + (name?.split(' ').length ?? 0)] ?? '';
        if (name && name.split(' ').length >= 2 && after.endsWith(',')) this.add(name);
      }
      // "Lara Camenzind gewann …" at the start of a sentence.
      const sentenceStart = i === 0 || /[.!?:]["»“”]?$/.test(words[i - 1] ?? '');
      if (sentenceStart && isNameWord(c)) {
        const name = readName(words.slice(i, i + 4));
        const next = words[i + (name?.split(' ').length ?? 0)] ?? '';
        if (name && name.split(' ').length >= 2 && /^\p{Ll}/u.test(next) && !nameParticles.has(next)) this.add(name);
      }
    });
  }

  /** Records every mention of a known person outside the excluded ranges (quoted speech). */
  recordMentions(text: string, offset: number, excluded: ReadonlyArray<{ start: number; end: number }>): void {
    const words = wordsWithOffsets(text);
    words.forEach(({ word, start }, i) => {
      if (excluded.some((r) => start >= r.start && start < r.end)) return;
      const c = clean(word);
      if (this.surnames.has(c)) {
        this.mentions.push({ name: c, position: offset + start });
        return;
      }
      if (/^(ein|eine|einer|einem|einen)$/i.test(c)) {
        const role = clean(words[i + 1]?.word ?? '');
        if (isRoleWord(role) && !readName(words.slice(i + 2, i + 4).map((w) => w.word))) {
          this.unnamedRoles.push({ role, position: offset + start });
        }
      }
      // "Der Spieler selbst …": a role reference is a mention of the person with that role.
      const role = roleReference(words.slice(i, i + 4).map((w) => w.word));
      if (role && isRoleWord(role)) {
        const person = this.withRole(role, offset + start);
        if (person) this.mentions.push({ name: person, position: offset + start });
      }
    });
  }

  /** Where the last mention of this person before `position` is; -1 for none. */
  lastMentionAt(name: string, position: number): number {
    let at = -1;
    for (const m of this.mentions) if (m.name === name && m.position < position && m.position > at) at = m.position;
    return at;
  }

  lastBefore(position: number): string | null {
    let best: Mention | null = null;
    for (const m of this.mentions) if (m.position < position && (!best || m.position > best.position)) best = m;
    return best?.name ?? null;
  }

  /** The person introduced with this role who was mentioned last before `position`. */
  private withRole(role: string, position: number): string | null {
    const candidates = new Set(this.roles.filter((r) => sameRole(r.role, role)).map((r) => r.surname));
    if (candidates.size === 0) return null;
    let best: Mention | null = null;
    for (const m of this.mentions) {
      if (candidates.has(m.name) && m.position < position && (!best || m.position > best.position)) best = m;
    }
    return best?.name ?? [...candidates][0] ?? null;
  }

  /**
   * Whom a reference such as "der Staatschef" or "die Zürcherin" means at a position: the person
   * introduced with that role; nobody for a body ("der Bundesrat") or for a role the text
   * mentioned without a name ("ein Sprecher … sagte der Sprecher"); otherwise the last person named.
   */
  resolveReference(noun: string, position: number): string | null {
    if (bodies.test(noun)) return null;
    if (isRoleWord(noun)) {
      const person = this.withRole(noun, position);
      if (person) return person;
      if (this.unnamedRoles.some((r) => r.position < position && sameRole(r.role, noun))) return null;
    }
    return this.lastBefore(position);
  }
}
