/**
 * Generates articles in the source format (docs: ARTICLE_FORMAT) for benchmarks and tests:
 * invented Swiss-sounding places, people and papers; varied lengths; summaries, subheadings and
 * quotes of all three kinds. Deterministic: the same seed and count give the same files, and the
 * first N articles of a larger run are the same as those of a run of N. No network.
 *   tsx scripts/generateArticles.ts --count 1000 --out DIR [--seed 1] [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { slugify } from '../src/content/slug';

export type GeneratedArticle = { name: string; text: string };

/** mulberry32: small, fast and good enough to vary made-up news. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  hex(length: number): string {
    let out = '';
    while (out.length < length) out += Math.floor(this.next() * 16).toString(16);
    return out;
  }
}

// Everything below is invented: no real place, person or paper is meant.
// prettier-ignore
const places = [
  'Brunnwil', 'Oberhalden', 'Seewilen', 'Talwiesen', 'Moosbach', 'Rietlingen', 'Haldenegg', 'Wolfsried',
  'Sonnmatt', 'Birchwil', 'Lindenau', 'Fluehbach', 'Steinegg', 'Erlenried', 'Hasliwald', 'Gerbenau',
  'Tannried', 'Mühlewil', 'Chalberweid', 'Bärenmatt', 'Schwandegg', 'Eichbühl', 'Widenau', 'Unterbüel',
];
// prettier-ignore
const papers: ReadonlyArray<[article: string, name: string]> = [
  ['der', 'Seetaler Bote'], ['der', 'Brunnwiler Anzeiger'], ['das', 'Haldenegger Tagblatt'], ['die', 'Talwieser Zeitung'],
  ['die', 'Rietlinger Nachrichten'], ['die', 'Wolfsrieder Post'], ['das', 'Radio Moosbach'], ['das', 'Lindenauer Volksblatt'],
];
/** Single-word names that only a naming noun marks as names: der Zeitung «Talpost». */
// prettier-ignore
const shortNames: ReadonlyArray<[noun: string, name: string]> = [
  ['der Zeitung', 'Talpost'], ['des Magazins', 'Bergsicht'], ['des Onlineportals', 'Dorfnetz'],
  ['der Sendung', 'Seeblick'], ['des Vereins', 'Heimatfreunde'], ['der App', 'Wegweiser'],
];
// prettier-ignore
const publishers = ['Lesezeit', 'Seetaler Bote', 'Talpost', 'Radio Moosbach', 'Haldenegger Tagblatt'];
// prettier-ignore
const firstNames: ReadonlyArray<[name: string, female: boolean]> = [
  ['Anna', true], ['Reto', false], ['Martina', true], ['Beat', false], ['Ursula', true], ['Lukas', false],
  ['Corinne', true], ['Matthias', false], ['Silvia', true], ['Jonas', false], ['Priska', true], ['Urs', false],
  ['Nadine', true], ['Stefan', false], ['Carla', true], ['Fabian', false], ['Regula', true], ['Adrian', false],
  ['Livia', true], ['Marco', false], ['Sandra', true], ['Thomas', false], ['Bettina', true], ['Simon', false],
];
// prettier-ignore
const surnames = [
  'Tannwalder', 'Moosbrugger', 'Riedweg', 'Bachofner', 'Käslin', 'Zumbrunn', 'Halbeisen', 'Wyssenbach',
  'Grünholz', 'Steinauer', 'Kalberer', 'Ammeter', 'Lindegger', 'Holdener', 'Schwendimann', 'Brunnhofer',
  'Oberli', 'Zwyssig', 'Fluri', 'Imfeld', 'Rüttimann', 'Gisler', 'Murer', 'Achermann',
];
/** Role nouns the parser knows as roles: [male, female]. */
// prettier-ignore
const roles: ReadonlyArray<[string, string]> = [
  ['Gemeindepräsident', 'Gemeindepräsidentin'], ['Stadtrat', 'Stadträtin'], ['Förster', 'Försterin'],
  ['Bibliothekar', 'Bibliothekarin'], ['Projektleiter', 'Projektleiterin'], ['Schulleiter', 'Schulleiterin'],
  ['Winzer', 'Winzerin'], ['Brunnenmeister', 'Brunnenmeisterin'], ['Hüttenwart', 'Hüttenwartin'],
  ['Polizeisprecher', 'Polizeisprecherin'], ['Historiker', 'Historikerin'], ['Geologe', 'Geologin'],
  ['Bäckermeister', 'Bäckermeisterin'], ['Quartiervereinspräsident', 'Quartiervereinspräsidentin'],
];
// prettier-ignore
const months = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

type Topic = {
  /** Title subjects and what happens to them, combined freely. */
  subjects: readonly string[];
  predicates: readonly string[];
  thing: string;
  headings: readonly string[];
  facts: readonly string[];
};

// prettier-ignore
const topics: readonly Topic[] = [
  {
    subjects: ['Der Dorfplatz', 'Der alte Marktplatz', 'Der Platz vor dem Gemeindehaus'],
    predicates: ['wird autofrei', 'bekommt neue Bäume', 'erhält einen Brunnen', 'wird umgebaut', 'soll belebter werden'],
    thing: 'die Neugestaltung des Platzes',
    headings: ['Neue Bäume und ein Brunnen', 'Parkplätze verschwinden', 'Was der Umbau kostet'],
    facts: [
      'Auf dem Platz sollen künftig zwölf Linden Schatten spenden.',
      'Die Parkplätze werden in die neue Tiefgarage am Bahnhof verlegt.',
      'Der Brunnen aus Granit stammt aus einem Steinbruch im Tal.',
      'Während der Bauarbeiten findet der Wochenmarkt auf dem Schulhausplatz statt.',
    ],
  },
  {
    subjects: ['Das Seebad', 'Das Strandbad', 'Die Badi am Weiher'],
    predicates: ['öffnet früher', 'meldet einen Rekordsommer', 'sucht Bademeister', 'wird saniert', 'bleibt länger offen'],
    thing: 'die Badesaison',
    headings: ['Ein Sommer mit vielen Gästen', 'Zu wenig Personal', 'Neue Öffnungszeiten'],
    facts: [
      'An heissen Tagen zählte die Kasse über zweitausend Eintritte.',
      'Das Wasser des Sees erreichte im Juli fast 24 Grad.',
      'Der Kiosk verkauft neu auch Gerichte aus der Region.',
      'Die Rutschbahn aus den Siebzigerjahren wird durch eine neue ersetzt.',
    ],
  },
  {
    subjects: ['Die Bibliothek', 'Die Ludothek', 'Die Dorfbibliothek'],
    predicates: ['zieht ins alte Postgebäude', 'öffnet am Sonntag', 'feiert ihr Jubiläum', 'leiht neu Werkzeug aus', 'bekommt mehr Platz'],
    thing: 'die neue Bibliothek',
    headings: ['Mehr Platz für Bücher', 'Werkzeug statt Romane', 'Freiwillige helfen mit'],
    facts: [
      'Der Bestand umfasst rund 14 000 Bücher, Spiele und Hörbücher.',
      'Ein Lesecafé im Erdgeschoss soll auch Jugendliche anlocken.',
      'Die Ausleihe ist für Kinder bis 16 Jahre weiterhin gratis.',
      'Das Team besteht zur Hälfte aus Freiwilligen.',
    ],
  },
  {
    subjects: ['Der Wanderweg zur Alp', 'Der Höhenweg', 'Der Uferweg'],
    predicates: ['bleibt gesperrt', 'wird nach Felssturz geräumt', 'ist wieder offen', 'wird verlegt', 'erhält eine Hängebrücke'],
    thing: 'die Sperrung des Wegs',
    headings: ['Steine lösten sich in der Nacht', 'Umleitung über den Wald', 'Wann der Weg wieder öffnet'],
    facts: [
      'Rund 300 Kubikmeter Gestein lösten sich oberhalb des Wegs.',
      'Die Umleitung verlängert die Wanderung um etwa vierzig Minuten.',
      'Geologen überwachen den Hang mit Sensoren.',
      'Verletzt wurde beim Abgang niemand.',
    ],
  },
  {
    subjects: ['Die Gemeindeversammlung', 'Der Gemeinderat', 'Das Stimmvolk'],
    predicates: ['sagt Ja zum Budget', 'lehnt die Steuererhöhung ab', 'streitet über das Schulhaus', 'vertagt den Entscheid', 'genehmigt den Kredit'],
    thing: 'das Budget',
    headings: ['Knapper Entscheid im Saal', 'Kritik an den Kosten', 'Was der Entscheid bedeutet'],
    facts: [
      'An der Versammlung nahmen 412 Stimmberechtigte teil.',
      'Das Budget rechnet mit einem Defizit von knapp einer Million Franken.',
      'Der Steuerfuss bleibt vorerst unverändert.',
      'Die Diskussion dauerte bis kurz vor Mitternacht.',
    ],
  },
  {
    subjects: ['Der Wochenmarkt', 'Der Käsemarkt', 'Der Herbstmarkt'],
    predicates: ['zieht mehr Besucher an', 'sucht neue Standplätze', 'findet am Abend statt', 'wird grösser', 'feiert Premiere'],
    thing: 'der Markt',
    headings: ['Mehr Stände als je zuvor', 'Regionale Produkte gefragt', 'Auch am Abend geöffnet'],
    facts: [
      'Über sechzig Stände boten Käse, Brot, Gemüse und Handwerk an.',
      'Die Marktkommission besteht aus sieben Freiwilligen.',
      'Der Erlös der Festwirtschaft geht an die Musikgesellschaft.',
      'Erstmals gab es einen Stand mit Produkten aus dem Schulgarten.',
    ],
  },
  {
    subjects: ['Die Buslinie 7', 'Der Ortsbus', 'Der Nachtbus'],
    predicates: ['fährt neu im Halbstundentakt', 'wird eingestellt', 'bekommt elektrische Fahrzeuge', 'hält neu beim Spital', 'fährt bis zum Bahnhof'],
    thing: 'der neue Fahrplan',
    headings: ['Dichterer Takt ab Dezember', 'Elektrisch durch das Tal', 'Wer den Bus nutzt'],
    facts: [
      'Die Linie wird jeden Tag von rund 1800 Personen genutzt.',
      'Die neuen Fahrzeuge laden in der Wendeschlaufe am Bahnhof.',
      'Der Kanton übernimmt einen Teil der Betriebskosten.',
      'An Wochenenden fährt der letzte Kurs kurz nach ein Uhr.',
    ],
  },
  {
    subjects: ['Der Hochwasserschutz', 'Der Damm am Dorfbach', 'Das Rückhaltebecken'],
    predicates: ['wird verstärkt', 'kostet mehr als geplant', 'ist fertig', 'bekommt grünes Licht', 'verzögert sich'],
    thing: 'der Hochwasserschutz',
    headings: ['Lehren aus dem letzten Unwetter', 'Mehr Raum für den Bach', 'Die Kosten steigen'],
    facts: [
      'Beim letzten Unwetter standen elf Keller unter Wasser.',
      'Der Bach erhält an zwei Stellen ein breiteres Bett.',
      'Bund und Kanton tragen zusammen rund zwei Drittel der Kosten.',
      'Die Bauarbeiten dauern voraussichtlich zwei Jahre.',
    ],
  },
  {
    subjects: ['Das Dorffest', 'Das Seenachtsfest', 'Die Chilbi'],
    predicates: ['findet wieder statt', 'bricht einen Rekord', 'braucht mehr Helfer', 'wird zum Familienfest', 'fällt ins Wasser'],
    thing: 'das Fest',
    headings: ['Ein Fest für alle Generationen', 'Helfer gesucht', 'Feuerwerk über dem See'],
    facts: [
      'Rund 5000 Besucherinnen und Besucher kamen an beiden Tagen.',
      'Die Vereine betrieben zusammen achtzehn Festbeizen.',
      'Das Feuerwerk wurde wegen des Windes um eine Stunde verschoben.',
      'Für die Kinder gab es ein Karussell und einen Bastelstand.',
    ],
  },
  {
    subjects: ['Die Weinlese', 'Der neue Jahrgang', 'Die Trotte'],
    predicates: ['beginnt früh', 'fällt klein aus', 'überrascht die Winzer', 'lockt Touristen an', 'wird gefeiert'],
    thing: 'der Jahrgang',
    headings: ['Ein heisser Sommer an den Reben', 'Weniger Trauben, mehr Zucker', 'Wein aus dem Dorf'],
    facts: [
      'Die Rebfläche der Gemeinde umfasst knapp zwölf Hektaren.',
      'Hagel im Juni zerstörte einen Teil der Trauben am Südhang.',
      'Gelesen wird noch immer von Hand.',
      'Der Blauburgunder macht zwei Drittel der Ernte aus.',
    ],
  },
  {
    subjects: ['Der Veloweg', 'Die Velobrücke', 'Der Radstreifen an der Hauptstrasse'],
    predicates: ['wird verbreitert', 'ist eröffnet', 'sorgt für Streit', 'kommt später', 'wird beleuchtet'],
    thing: 'der Veloweg',
    headings: ['Sicher zur Schule', 'Bauern verlieren Land', 'Licht in der Nacht'],
    facts: [
      'Der neue Abschnitt ist 2,4 Kilometer lang.',
      'Täglich fahren rund 600 Schülerinnen und Schüler die Strecke.',
      'Für den Weg mussten drei Landwirte Boden abtreten.',
      'Die Beleuchtung schaltet sich nur ein, wenn jemand vorbeifährt.',
    ],
  },
  {
    subjects: ['Die Solaranlage auf der Turnhalle', 'Das Fernwärmenetz', 'Die Holzschnitzelheizung'],
    predicates: ['liefert mehr Strom als erwartet', 'wird ausgebaut', 'geht ans Netz', 'stösst auf Widerstand', 'spart Geld'],
    thing: 'die Anlage',
    headings: ['Strom vom eigenen Dach', 'Mehr Anschlüsse geplant', 'Die Rechnung geht auf'],
    facts: [
      'Die Anlage deckt den Bedarf von rund 90 Haushalten.',
      'Das Holz stammt aus den Wäldern der Korporation.',
      'An das Netz sind bereits 140 Gebäude angeschlossen.',
      'Die Investition soll sich in vierzehn Jahren auszahlen.',
    ],
  },
  {
    subjects: ['Die Postfiliale', 'Der Dorfladen', 'Die Bäckerei am Bahnhof'],
    predicates: ['schliesst Ende Monat', 'findet eine Nachfolgerin', 'wird zur Genossenschaft', 'bleibt offen', 'zieht um'],
    thing: 'der Laden',
    headings: ['Ein Treffpunkt verschwindet', 'Die Genossenschaft als Rettung', 'Was sich für die Kundschaft ändert'],
    facts: [
      'Der Laden gehört seit drei Generationen derselben Familie.',
      'Über 300 Personen zeichneten Anteilscheine der Genossenschaft.',
      'Die Postgeschäfte übernimmt künftig eine Agentur im Dorfladen.',
      'Die Öffnungszeiten werden am Samstag verlängert.',
    ],
  },
];
// prettier-ignore
const titleSuffixes = [
  '', '', '', 'nach langem Streit', 'im Frühling', 'trotz Regen', 'für zwei Jahre', 'auf Zusehen hin', 'zum ersten Mal',
  'wegen der Kosten', 'dank Freiwilligen', 'ab Herbst',
];
// prettier-ignore
const credits = ['Bild: zVg', 'zVg', 'Archivbild', 'Bild: Gemeinde PLACE', 'PAPER/PERSON', 'Bild: PERSON', ''];

// prettier-ignore
const speeches = [
  'Wir haben lange auf diesen Tag gewartet', 'Das ist ein guter Tag für PLACE', 'Ohne die Freiwilligen wäre das nicht möglich gewesen',
  'Wir müssen jetzt vorwärtsmachen', 'Die Leute wollen mitreden, und das ist gut so', 'Ich bin überzeugt, dass sich das lohnt',
  'Wir hätten uns mehr Zeit gewünscht', 'Das Geld ist gut investiert', 'So etwas habe ich in dreissig Jahren nicht erlebt',
  'Wir nehmen die Kritik ernst', 'Am Ende zählt, dass alle etwas davon haben', 'Niemand hat mit so vielen Leuten gerechnet',
];
// prettier-ignore
const exclamations = ['Das ist ein Geschenk für das ganze Dorf!', 'Jetzt geht es endlich los!', 'Wir geben nicht auf!'];
// prettier-ignore
const colonSpeeches = [
  'Wir bleiben dran.', 'Die Sicherheit geht vor.', 'Es braucht jetzt Geduld.', 'Wir sind auf gutem Weg.',
  'Das Projekt ist nicht vom Tisch.', 'Es gibt noch viel zu tun, aber wir sind bereit.',
];
/** Partial quotes, each fitting its sentence: nannte den Plan «…», von einem «…», spricht von «…». */
// prettier-ignore
const calledPartials = ['längst überfällig', 'mutig, aber richtig', 'eine Zumutung', 'einen grossen Wurf', 'ein Fass ohne Boden', 'eine Jahrhundertchance'];
// prettier-ignore
const ofAPartials = ['Schildbürgerstreich', 'Fass ohne Boden', 'grossen Wurf', 'vernünftigen Kompromiss', 'Leuchtturm für die Region'];
// prettier-ignore
const headingPartials = ['Notlösung', 'Zumutung', 'Jahrhundertchance', 'einem grossen Wurf', 'einem Fass ohne Boden', 'einem Lichtblick'];
// prettier-ignore
const connectives = ['Zudem', 'Allerdings', 'Trotzdem', 'Dabei', 'Gleichzeitig', 'Inzwischen', 'Schon früher'];

type Person = { first: string; last: string; role: string; female: boolean };

/** `count` people of an article, with different surnames and roles. */
function cast(d: Dice, count: number): Person[] {
  const people: Person[] = [];
  while (people.length < count) {
    const [first, female] = d.pick(firstNames);
    const role = d.pick(roles);
    const last = d.pick(surnames);
    if (people.some((p) => p.last === last || p.role === role[0] || p.role === role[1])) continue;
    people.push({ first, last, role: female ? role[1] : role[0], female });
  }
  return people;
}

/** Double the opening and closing marks of a quote: «…» mostly, sometimes „…“ or "…". */
function marks(d: Dice): [string, string] {
  return d.chance(0.8)
    ? ['«', '»']
    : d.pick([
        ['„', '“'],
        ['"', '"'],
      ] as const);
}

type Ctx = {
  d: Dice;
  place: string;
  topic: Topic;
  people: Person[];
  year: number;
  used: Set<string>;
};

function fill(text: string, c: Ctx): string {
  return text.replaceAll('PLACE', c.place);
}

/** One sentence with a quotation; the kind depends on the form. */
function quoteSentence(c: Ctx): string {
  const { d } = c;
  const p = d.pick(c.people);
  const [open, close] = marks(d);
  switch (d.int(0, 9)) {
    case 0:
    case 1:
      return `${open}${fill(d.pick(speeches), c)}${close}, sagte ${p.role} ${p.first} ${p.last}.`;
    case 2:
      return `${open}${fill(d.pick(speeches), c)}${close}, so ${p.first} ${p.last}.`;
    case 3:
      return `${open}${d.pick(exclamations)}${close}, rief ${p.last} den Anwesenden zu.`;
    case 4:
      return `${p.last} ${d.pick(['sagte', 'erklärte', 'betonte'])}: ${open}${d.pick(colonSpeeches)}${close}`;
    case 5:
      return `${open}${fill(d.pick(speeches), c)}${close}, ${d.pick(['sagte', 'erklärte', 'ergänzte'])} ${p.female ? 'sie' : 'er'}.`;
    case 6:
      return `${p.last} nannte ${c.topic.thing.replace(/^(der|die|das) /, (m) => ({ 'der ': 'den ', 'die ': 'die ', 'das ': 'das ' })[m] ?? m)} ${open}${d.pick(calledPartials)}${close}.`;
    case 7:
      return `Im Quartier ist von einem ${open}${d.pick(ofAPartials)}${close} die Rede.`;
    case 8: {
      const [article, paper] = d.pick(papers);
      return `Das berichtete ${article} ${open}${paper}${close} als Erstes.`;
    }
    default: {
      const [noun, name] = d.pick(shortNames);
      return `Wie ein Beitrag ${noun} ${open}${name}${close} zeigt, ist das Interesse gross.`;
    }
  }
}

function plainSentence(c: Ctx): string {
  const { d } = c;
  const p = d.pick(c.people);
  const month = d.pick(months);
  switch (d.int(0, 19)) {
    case 0:
    case 1:
    case 2:
    case 3:
      return d.pick(c.topic.facts);
    case 4:
      return `${d.pick(connectives)} hat sich die Lage in ${c.place} seit dem ${month} deutlich verändert.`;
    case 5:
      return `${p.role} ${p.first} ${p.last} verfolgt ${c.topic.thing} seit ${d.int(3, 25)} Jahren.`;
    case 6:
      return `Gemäss einer Umfrage im Dorf befürworten ${d.int(20, 85)} Prozent der Befragten ${c.topic.thing}.`;
    case 7:
      return `Die Kosten belaufen sich auf rund ${d.int(1, 9)},${d.int(1, 9)} Millionen Franken, wovon der Kanton einen Teil übernimmt.`;
    case 8:
      return `Im Nachbardorf ${d.pick(places)} beobachtet man die Entwicklung mit Interesse, denn dort steht ein ähnliches Vorhaben an.`;
    case 9:
      return `Schon ${c.year - d.int(2, 30)} gab es einen ersten Anlauf, der damals an der Finanzierung scheiterte.`;
    case 10:
      return `Wer mehr wissen will, kann an der Informationsveranstaltung im ${d.pick(['Gemeindesaal', 'Schulhaus', 'Pfarreiheim', 'Restaurant Linde', 'Mehrzweckgebäude'])} Fragen stellen.`;
    case 11:
      return `Die Einsprachefrist läuft noch bis Ende ${month}, bisher sind ${d.int(0, 14)} Einsprachen eingegangen.`;
    case 12:
      return `${p.first} ${p.last} wohnt seit ${d.int(4, 40)} Jahren in ${c.place} und kennt die Sorgen der Nachbarschaft.`;
    case 13:
      return `Der Gemeinderat will bis im ${month} einen Bericht vorlegen, der auch die Varianten aus der Mitwirkung aufzeigt.`;
    case 14:
      return `Beim Rundgang am ${d.pick(['Samstagmorgen', 'Mittwochabend', 'Sonntagnachmittag'])} kamen mehr als ${d.int(3, 30) * 10} Interessierte.`;
    case 15:
      return `${d.pick(['Vereine', 'Gewerbetreibende', 'Eltern', 'Landwirte', 'Jugendliche'])} aus der ganzen Gemeinde haben sich in einer Arbeitsgruppe zusammengeschlossen.`;
    case 16:
      return `Ein erster Entwurf stiess im ${month} auf Kritik, weil er zu wenig auf die ${d.pick(['Kosten', 'Umwelt', 'Sicherheit', 'Anwohner'])} achtete.`;
    case 17:
      return `${d.pick(connectives)} bleibt offen, ob das Vorhaben vor dem Winter abgeschlossen werden kann.`;
    case 18:
      return `Die Gemeinde ${c.place} zählt rund ${d.int(8, 95) * 100} Einwohnerinnen und Einwohner.`;
    default:
      return `Laut ${p.role} ${p.last} ${d.pick(['liegt der Zeitplan im Rahmen', 'braucht es noch Abklärungen', 'ist die Finanzierung gesichert', 'fehlt noch eine Bewilligung'])}.`;
  }
}

function paragraph(c: Ctx, minSentences: number): string {
  const { d } = c;
  const count = d.int(minSentences, minSentences + d.pick([1, 2, 3, 5]));
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    // Try a few times for a sentence the article does not have yet.
    let sentence = '';
    for (let attempt = 0; attempt < 4; attempt++) {
      sentence = d.chance(0.3) ? quoteSentence(c) : plainSentence(c);
      if (!c.used.has(sentence)) break;
    }
    c.used.add(sentence);
    sentences.push(sentence);
  }
  return sentences.join(' ');
}

function heading(c: Ctx): string {
  const { d } = c;
  const p = d.pick(c.people);
  const [open, close] = marks(d);
  switch (d.int(0, 5)) {
    case 0:
      return `${p.last} spricht von ${open}${d.pick(headingPartials)}${close}`;
    case 1:
      return d.pick(['Wie geht es weiter?', 'Was heisst das für die Bevölkerung?', 'Wer bezahlt?']);
    case 2:
      return `Kritik aus ${d.pick(places)}`;
    default:
      return d.pick(c.topic.headings);
  }
}

/** Breaks a long block over lines of about 80 characters, as some editors save text. */
function wrap(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 80) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function articleDate(d: Dice): { date: string; year: number } {
  const year = d.int(2019, 2025);
  const month = d.int(1, 12);
  const mm = String(month).padStart(2, '0');
  if (d.chance(0.3)) return { date: `${year}-${mm}`, year };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { date: `${year}-${mm}-${String(d.int(1, days)).padStart(2, '0')}`, year };
}

function uniqueTitle(d: Dice, place: string, topic: Topic, taken: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const suffix = d.pick(titleSuffixes);
    const base = `${d.pick(topic.subjects)} in ${place} ${d.pick(topic.predicates)}${suffix ? ` ${suffix}` : ''}`;
    const title = attempt < 30 ? base : `${base}, Folge ${attempt - 29}`;
    const slug = slugify(title);
    if (!taken.has(slug)) {
      taken.add(slug);
      return title;
    }
  }
}

function article(d: Dice, taken: Set<string>): string {
  const place = d.pick(places);
  const topic = d.pick(topics);
  const { date, year } = articleDate(d);
  const people = cast(d, d.int(2, 4));
  const c: Ctx = { d, place, topic, people, year, used: new Set() };
  const title = uniqueTitle(d, place, topic, taken);
  const p = d.pick(people);
  const credit = d
    .pick(credits)
    .replace('PLACE', place)
    .replace('PAPER', d.pick(papers)[1])
    .replace('PERSON', `${d.pick(firstNames)[0]} ${d.pick(surnames)}`);
  const question = /wird|bleibt|kommt/.test(title) && d.chance(0.15);
  const caption = question ? `${title}?` : `${title}.`;
  const blocks: string[] = [
    `${d.chance(0.2) ? ' ' : ''}date ${date} ${caption}${credit ? ` ${credit}` : ''}`,
  ];

  blocks.push(
    `${fill(d.pick(topic.facts), c)} ${d.pick([
      `Nun muss ${p.role} ${p.first} ${p.last} entscheiden, wie es weitergeht.`,
      `In ${place} ist ${topic.thing} seit Wochen Gesprächsthema.`,
      `Die Meinungen in ${place} gehen weit auseinander.`,
      `Für ${place} ist es ein wichtiger Schritt.`,
    ])}`,
  );

  if (d.chance(0.6)) {
    const items = Array.from({ length: d.int(1, 4) }, () =>
      d.chance(0.25) ? quoteSentence(c) : plainSentence(c),
    );
    items[items.length - 1] += ' Mehr anzeigen';
    blocks.push(
      `Keine Zeit? ${d.pick(publishers)} fasst für dich zusammen ${items[0]}`,
      ...items.slice(1),
    );
  }

  const size = d.pick([
    'short',
    'medium',
    'medium',
    'medium',
    'long',
    'long',
    'very long',
  ] as const);
  const paragraphs = {
    short: d.int(2, 4),
    medium: d.int(5, 12),
    long: d.int(13, 30),
    'very long': d.int(31, 60),
  }[size];
  let sinceHeading = 0;
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && sinceHeading >= 2 && d.chance(0.35)) {
      blocks.push(heading(c));
      sinceHeading = 0;
      // A heading heads at least one full paragraph (and a question needs a long one).
      blocks.push(paragraph(c, 2));
      continue;
    }
    blocks.push(paragraph(c, 1));
    sinceHeading++;
  }

  const wrapped = blocks.map((b, i) => (i > 1 && b.length > 160 && d.chance(0.1) ? wrap(b) : b));
  const crlf = d.chance(0.03);
  let text = wrapped.join('\n\n') + (d.chance(0.95) ? '\n' : '');
  if (crlf) text = text.replace(/\n/g, '\r\n');
  if (d.chance(0.02)) text = `\uFEFF${text}`;
  return text;
}

/** `count` articles for `seed`, named `<number>_<hex>.txt` like the reference. */
export function generateArticles(count: number, seed = 1): GeneratedArticle[] {
  const width = Math.max(3, String(count - 1).length);
  const taken = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    const d = new Dice(createRandom(Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)));
    const name = `${String(i).padStart(width, '0')}_${d.hex(16)}.txt`;
    return { name, text: article(d, taken) };
  });
}

function main(): number {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '100' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      force: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error(
      'Usage: tsx scripts/generateArticles.ts --count 1000 --out DIR [--seed 1] [--force]',
    );
    return 2;
  }
  const out = path.resolve(values.out);
  const existing = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.txt')) : [];
  if (existing.length > 0 && !values.force) {
    console.error(
      `${out} already holds ${existing.length} .txt files; pass --force to replace them.`,
    );
    return 1;
  }
  mkdirSync(out, { recursive: true });
  for (const file of existing) rmSync(path.join(out, file));
  for (const { name, text } of generateArticles(count, seed))
    writeFileSync(path.join(out, name), text);
  console.log(
    `Wrote ${count} articles to ${path.relative(process.cwd(), out) || '.'} (seed ${seed}).`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  process.exitCode = main();
