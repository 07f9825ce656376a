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
  'bewohner', 'anwohner', 'einwohner', 'zeuge', 'zeugin', 'nachbar', 'landwirt',
];

const roleSuffixes = ['', 'in', 'innen', 'en', 'n', 's', 'e', 'er', 'es', 'r', 'ns', 'nen'];

/** "US-Präsident", "Kremlchef", "Kulturministerin", "Sondergesandten", "Staatschef": a role noun. */
export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (!/^\p{Lu}/u.test(word)) return false;
  if (roleStems.some((r) => roleSuffixes.some((s) => lower.endsWith(r + s)))) return true;
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
]);

/** A word that may be part of a person's name: capitalised, not a role, not a function word. */
export function isNameWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*$/u.test(word) && !notNames.has(word) && !isRoleWord(word);
}

/** Personal pronouns that point back to the last person named. */
export const personPronouns = /^(er|sie)$/i;

/** A role phrase that stands for a person already named: "der Staatschef", "die 45-Jährige". */
export function isRoleReference(words: readonly string[]): boolean {
  const [article, noun] = words;
  if (!article || !noun || !/^(der|die|dem|den)$/i.test(article)) return false;
  return isRoleWord(noun) || /-?Jährige[rn]?$/.test(noun);
}

/** Reads a name of one to three capitalised words from the start of `words`. */
export function readName(words: readonly string[]): string | null {
  const name: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/[.,;:!?»«“”„"')]+$/u, '');
    if (!isNameWord(word) || name.length === 3) break;
    name.push(word);
    if (word !== raw) break;
  }
  return name.length > 0 ? name.join(' ') : null;
}

/** Splits a text into words with their offsets. */
export function wordsWithOffsets(text: string): Array<{ word: string; start: number }> {
  return Array.from(text.matchAll(/\S+/g), (m) => ({ word: m[0], start: m.index }));
}

/** A mention of a known person at a position in reading order. */
export type Mention = { name: string; position: number };

/**
 * Collects the people an article names and where it names them. Feed it texts in reading order
 * with `scan`; `lastBefore` answers whom a pronoun at a position points back to.
 */
export class PeopleIndex {
  private readonly surnames = new Set<string>();
  private readonly mentions: Mention[] = [];

  /** Registers a person by full name; the last word alone then refers to them as well. */
  add(name: string): void {
    const words = name.split(' ');
    const surname = words[words.length - 1];
    if (surname) this.surnames.add(surname);
  }

  isKnown(word: string): boolean {
    return this.surnames.has(word.replace(/[^\p{L}'’-]/gu, '').replace(/s$/u, '')) || this.surnames.has(word.replace(/[^\p{L}'’-]/gu, ''));
  }

  /** Registers the people a text names after a role ("Kulturministerin Olga Ljubimowa"). */
  registerNamedAfterRoles(text: string): void {
    const words = wordsWithOffsets(text).map((w) => w.word);
    words.forEach((word, i) => {
      const clean = word.replace(/[.,;:!?»«“”„"')(]+/gu, '');
      if (isRoleWord(clean) && !/[.,;:!?]$/.test(word)) {
        const name = readName(words.slice(i + 1));
        if (name) this.add(name);
      }
    });
  }

  /** Records every mention of a known person outside the excluded ranges (quoted speech). */
  recordMentions(text: string, offset: number, excluded: ReadonlyArray<{ start: number; end: number }>): void {
    for (const { word, start } of wordsWithOffsets(text)) {
      if (excluded.some((r) => start >= r.start && start < r.end)) continue;
      const clean = word.replace(/[^\p{L}'’-]/gu, '');
      if (this.surnames.has(clean)) this.mentions.push({ name: clean, position: offset + start });
    }
  }

  lastBefore(position: number): string | null {
    let best: Mention | null = null;
    for (const m of this.mentions) if (m.position < position && (!best || m.position > best.position)) best = m;
    return best?.name ?? null;
  }
}
