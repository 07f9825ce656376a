import { describe, expect, it } from 'vitest';
import { words } from '../../src/content/attribution';
import {
  appositionName,
  documentGender,
  isOffice,
  inPassive,
  inSubjectRelativeClause,
  passiveAgent,
  isPluralRole,
  isUnlistedPersonNoun,
  genderOfName,
  genderOfRoleWithArticle,
  hasNameMarks,
  isOrganisationWord,
  looksLikePersonName,
  namedAsPerson,
  repeatedFullNames,
  PeopleIndex,
  readName,
  roleClosedAt,
  roleMayMean,
  toldDead,
  opensReportedClaim,
  spellingVariant,
  opensReportedSaying,
  nominativeRole,
  singularRole,
  withoutGenitive,
  speaksOf,
  splitTitle,
  withoutTitles,
  withoutObjectNoun,
  isPlaceAdjective,
  playedPart,
  oneOfGroupBefore,
  calledSubjectBefore,
  familyWordGender,
  familyNameAt,
  isDemonym,
  isTitleByForm,
  isNameWord,
} from '../../src/content/people';
import { sentenceStarts } from '../../src/content/sentenceStarts';

describe('isUnlistedPersonNoun', () => {
  it.each([
    ['Lehrling', true],
    ['Passant', true],
    ['Mädchen', true],
    ['Opfer', true],
    ['Unfall', false],
    ['Fehler', false],
    ['Student', true],
    ['Experiment', false],
    ['Dokument', false],
    // Things whose nouns end like a person's.
    ['Kontingent', false],
    ['Frist', false],
    ['Restaurant', false],
  ])('%s → %s', (word, person) => {
    expect(isUnlistedPersonNoun(word)).toBe(person);
  });
});

describe('inPassive', () => {
  it.each([
    ['Beat Gmür wurde am Montag operiert.', true],
    ['Er wurde von Anna Meier kritisiert', true],
    ['Sein Vorgänger Peter Hofer wurde am Montag entlassen.', true],
    ['Die Lage wurde deutlicher.', false],
    ['Anna Meier operierte am Montag.', false],
  ])('%s → %s', (sentence, passive) => {
    expect(inPassive(sentence.split(' '))).toBe(passive);
  });
});

describe('passiveAgent', () => {
  it.each([
    ['Geleitet wird sie von Oberamtfrau Karin Amsler', 'Karin', true],
    ['Die Sitzung wurde von Anna Meier eröffnet', 'Anna', true],
    // Not without an auxiliary of the passive, nor before "von".
    ['Sie erfuhr es von Anna Meier', 'Anna', false],
    ['Anna Meier wurde von der Polizei befragt', 'Anna', false],
  ])('%s (%s) → %s', (sentence, name, agent) => {
    const ws = words(sentence).map((word) => ({ word }));
    expect(
      passiveAgent(
        ws,
        ws.findIndex((t) => t.word === name),
      ),
    ).toBe(agent);
  });
});

describe('inSubjectRelativeClause', () => {
  it.each([
    ['sagt Lena Moser, die heute die Skischule leitet', 'Skischule', true],
    ['sagt Kurt Moser, der seit Jahren die Bäckerei führt', 'Bäckerei', true],
    // A relative pronoun in the accusative, or no relative clause at all.
    ['sagt Lena Moser, den die Polizei sucht', 'Polizei', false],
    ['Sie sagte, die Polizei habe gewarnt', 'Polizei', false],
  ])('%s (%s) → %s', (sentence, noun, inside) => {
    const ws = words(sentence).map((word) => ({ word }));
    expect(inSubjectRelativeClause(ws, ws.findIndex((t) => t.word === noun) - 1)).toBe(inside);
  });
});

describe('withoutGenitive', () => {
  it.each([
    ['Gianni Rossis', 'neues', 'Lied', 'Gianni Rossi'],
    ['Anna Meiers', 'grösster', 'Erfolg', 'Anna Meier'],
    // A subject's verb after the name, or a name that ends in s.
    ['Jonas Weiss', 'singt', 'heute', 'Jonas Weiss'],
    ['Lukas Brunners', 'sagte', 'Anna', 'Lukas Brunners'],
    ['Lukas Brunners', 'lobte', 'Gemeindepräsidentin', 'Lukas Brunners'],
    ['Lukas Brunners', 'erste', 'Saison', 'Lukas Brunner'],
  ])('%s %s %s → %s', (name, next, afterNext, expected) => {
    expect(withoutGenitive(name, next, afterNext)).toBe(expected);
  });
});

describe('readName', () => {
  it.each([
    ['Anna Muster sagte', 'Anna Muster'],
    // "von" after a noun that is no given name is a preposition; after a given name, a particle.
    ['Geld von den Konten von elf Klienten', 'Geld'],
    ['Kilian von Känel führt', 'Kilian von Känel'],
    ['Ahmed al-Masri in Genf', 'Ahmed al-Masri'],
    ['Kälin, der Präsident', 'Kälin'],
    // A compound for a notice is no family name; Rothschild is one.
    ['Svenja Suchzettel und', 'Svenja'],
    ['Anna Rothschild sagte', 'Anna Rothschild'],
    ['Peter von Gunten und', 'Peter von Gunten'],
    ['Henrike van der Laan in', 'Henrike van der Laan'],
    ['Reto Aebersold von der Kantonspolizei', 'Reto Aebersold'],
    ['Fabian Imhof von Meteo Lindenfeld', 'Fabian Imhof'],
    ['Jens Ohlsen der Deutschen Presse-Agentur', 'Jens Ohlsen'],
    ['J. P. Candrian von', 'J. P. Candrian'],
    ['Dr. Karin Oswald-Leuenberger, rechnet', 'Dr. Karin Oswald-Leuenberger'],
    ['Prof. Dr. Matthias Brüggemann (SPD)', 'Prof. Dr. Matthias Brüggemann'],
    ['Gabi S. (52) zu Blick', 'Gabi S.'],
    ['Anna Meier Keystone-SDA', 'Anna Meier'],
    ['Regula Meili SRF', 'Regula Meili'],
    ['Regula Meili TeleZüri', 'Regula Meili'],
    ['Anna Meier-Stäubli McKenzie', 'Anna Meier-Stäubli McKenzie'],
    ['der Präsident', null],
    ['Andreas Förster am Telefon', 'Andreas Förster'],
    ['Lukas Fahrer aus Seewil', 'Lukas Fahrer'],
    ['Muster Sprecher', 'Muster'],
    // A given name after a full name is another person; a word in -s before a noun a genitive.
    ['Beat Gmür Anna Meier', 'Beat Gmür'],
    ['Hans Peter Muster sagte', 'Hans Peter Muster'],
    ['Gmür Meiers Vorschlag', 'Gmür'],
    ['Anna Meiers Mutter', 'Anna'],
    ['Andreas Müller sagte', 'Andreas Müller'],
    ['Hans Peters sagte', 'Hans Peters'],
    // A capitalised particle before a lower-case one; a given name after a particle is the family name.
    ['Alexander Van der Bellen.', 'Alexander Van der Bellen'],
    ['Giovanni Di Stefano führt', 'Giovanni Di Stefano'],
    // The field of an academic title goes with it.
    ['Dr. med. Anna Meier sagt', 'Dr. med. Anna Meier'],
    ['Dr. phil. Urs Frei,', 'Dr. phil. Urs Frei'],
    // "von" before a given name and a family name is a preposition; "Ben", "Van" inside a name.
    ['Statement von Reto Imfanger im', 'Statement'],
    ['Elena de Marco sagte', 'Elena de Marco'],
    ['Samira Ben Aziz von der Organisation', 'Samira Ben Aziz'],
    ['Nguyen Van Thanh sagte', 'Nguyen Van Thanh'],
    ['Omar von der Organisation', 'Omar'],
    // Romance and Arabic particles after two words, up to six; no name ends with "von der".
    ['Ana Luísa dos Reis Pinheiro warnte', 'Ana Luísa dos Reis Pinheiro'],
    ['Joana Ribeiro da Silva lacht', 'Joana Ribeiro da Silva'],
    ['Faisal bin Hamad Al-Qasimi äusserte', 'Faisal bin Hamad Al-Qasimi'],
    ['Khalid bin Salem, Chef', 'Khalid bin Salem'],
    // The full stop of a withheld family name stays before a comma.
    ['Thomas K., spricht', 'Thomas K.'],
  ])('%s → %s', (text, name) => {
    expect(readName(words(text))).toBe(name);
  });
});

describe('names and genders', () => {
  it.each([
    ['Ruth Meier-Stäubli', true],
    ['J. P. Candrian', true],
    ['Dr. Karin Oswald', true],
    ['Zimmerlis Amtskollegin', false],
    ['Private Gärten', false],
    ['Muster', false],
    ['Julián Ortega', true],
  ])('looksLikePersonName(%s) is %s', (name, expected) => {
    expect(looksLikePersonName(name)).toBe(expected);
  });

  it.each([
    ['Ruth Meier', 'f'],
    ['Hans-Peter Moser', 'm'],
    ['Prof. Dr. Matthias Brüggemann', 'm'],
    ['Kim Muster', null],
    // Accents the lists spell plainly.
    ['Julián Ortega', 'm'],
    ['François Berset', 'm'],
  ])('genderOfName(%s) is %s', (name, gender) => {
    expect(genderOfName(name)).toBe(gender);
  });

  it.each([
    ['eine', 'Geschädigte', 'f'],
    ['die', 'Beschuldigte', 'f'],
    ['der', 'Beschuldigte', 'm'],
    ['die', 'Sprecherin', 'f'],
    ['der', 'Sprecher', 'm'],
    // Relations whose form says no gender: not "Tante" as a man's role in -te.
    ['ihre', 'Tante', 'f'],
    ['seine', 'Witwe', 'f'],
    ['ihr', 'Witwer', 'm'],
    ['die', 'Nichte', 'f'],
    // "von einer Angestellten": "einer" is a woman's, in the dative.
    ['einer', 'Angestellten', 'f'],
  ])('genderOfRoleWithArticle(%s, %s) is %s', (article, noun, gender) => {
    expect(genderOfRoleWithArticle(article, noun)).toBe(gender);
  });

  it.each([
    ['Die', 'Richter', true],
    ['die', 'Anwohner', true],
    ['die', 'Richterin', false],
    ['die', 'Beschuldigte', false],
    ['der', 'Richter', false],
    ['Die', 'Fans', true],
    ['die', 'Aktivisten', true],
    ['die', 'Pflegerinnen', true],
    ['Meine', 'Studierenden', true],
    ['meine', 'Mutter', false],
    ['die', 'Angeklagten', true],
    // After a possessive that may be plural: several fans, but one mother or colleague.
    ['Ihre', 'Fans', true],
    ['seine', 'Kollegen', true],
    ['Ihre', 'Mutter', false],
    ['Ihre', 'Kollegin', false],
    ['Sein', 'Trainer', false],
    // A man's role with the plural -e; a woman's noun in -e stays one.
    ['die', 'Ingenieure', true],
    ['die', 'Chauffeure', true],
    ['die', 'Angestellte', false],
    // The dative plural after "den"; "den Leser" is one.
    ['den', 'Lesern', true],
    ['den', 'Anwohnerinnen', true],
    ['den', 'Leser', false],
  ])('isPluralRole(%s, %s) is %s', (article, noun, plural) => {
    expect(isPluralRole(article, noun)).toBe(plural);
  });

  it.each([
    ['Der Anwalt der Frau,', 'Anwalt'],
    ['Die Präsidentin des Vereins Seewil,', 'Präsidentin'],
    ['Ihr Trainer beim Schachklub Brunnwil,', 'Trainer'],
    ['Die Mutter des Opfers,', 'Mutter'],
    ['Die Präsidentin lobte den Verein,', null],
    // The role this comma closes, not one another comma or a sentence's end closed before it.
    ['von ihrem Vater, Aurelio Bernardi. Ihr Mann,', 'Mann'],
  ])('roleClosedAt(%s) is %s', (phrase, role) => {
    const ws = words(phrase);
    expect(roleClosedAt(ws, ws.length - 1)).toBe(role);
  });

  it.each([
    ['Radio', true],
    ['Kantonspolizei', true],
    ['Bauernverband', true],
    ['AG', true],
    ['Eggimann', false],
    ['Brändli', false],
    // Only as the end of a compound: "die Aufsicht am Sprungturm" is a duty.
    ['Gemeindeaufsicht', true],
    ['Aufsicht', false],
  ])('isOrganisationWord(%s) is %s', (word, expected) => {
    expect(isOrganisationWord(word)).toBe(expected);
  });

  it('drops the titles of a name', () => {
    expect(withoutTitles('Prof. Dr. Matthias Brüggemann')).toBe('Matthias Brüggemann');
  });
});

describe('titles and withheld names', () => {
  it.each([
    ['Hufschmied Peter Beispiel', { name: 'Peter Beispiel', title: 'Hufschmied' }],
    ['Hans Peter Beispiel', { name: 'Hans Peter Beispiel', title: null }],
    ['J. P. Beispiel', { name: 'J. P. Beispiel', title: null }],
    ['Peter von Beispiel', { name: 'Peter von Beispiel', title: null }],
    ['Andrea Maria Meier', { name: 'Andrea Maria Meier', title: null }],
    ['Kim Laura Huber', { name: 'Kim Laura Huber', title: null }],
    ['Mattia Luca Rossi', { name: 'Mattia Luca Rossi', title: null }],
    ['Esther Maria Huber', { name: 'Esther Maria Huber', title: null }],
    ['Schafhalterin Lea Beispiel', { name: 'Lea Beispiel', title: 'Schafhalterin' }],
    ['Schafhalter Martin Beispiel', { name: 'Martin Beispiel', title: 'Schafhalter' }],
    // An unknown given name that ends like a title does not agree with the given name after it.
    ['Jennifer Anna Beispiel', { name: 'Jennifer Anna Beispiel', title: null }],
    ['Jenifer Lea Beispiel', { name: 'Jenifer Lea Beispiel', title: null }],
    ['Gemeinderat Anna Beispiel', { name: 'Anna Beispiel', title: 'Gemeinderat' }],
    // A word before an academic title is the person's title, whatever its form.
    [
      'Personalvorstand Dr. Anja Beispiel-Muster',
      { name: 'Dr. Anja Beispiel-Muster', title: 'Personalvorstand' },
    ],
    ['Dr. Anja Beispiel', { name: 'Dr. Anja Beispiel', title: null }],
    ['Initiant Sepp Beispiel', { name: 'Sepp Beispiel', title: 'Initiant' }],
    [
      'LVB-Personalvorständin Sabine Beispiel',
      { name: 'Sabine Beispiel', title: 'LVB-Personalvorständin' },
    ],
    ['Braut Jessica Beispiel-Muster', { name: 'Jessica Beispiel-Muster', title: 'Braut' }],
    ['Bräutigam Marco Beispiel', { name: 'Marco Beispiel', title: 'Bräutigam' }],
  ])('splitTitle(%s)', (name, split) => {
    expect(splitTitle(name)).toEqual(split);
  });

  it.each([
    [
      'die Glaziologin Katrin Muster, sagte',
      { name: 'Katrin Muster', title: 'Glaziologin', end: 4 },
    ],
    ['Biologin Fabienne Studer (34), an', { name: 'Fabienne Studer', title: 'Biologin', end: 3 }],
    ['Anna Muster', { name: 'Anna Muster', title: null, end: 2 }],
    [
      'die 58-jährige Landwirtin Heidi Muster, empfing',
      { name: 'Heidi Muster', title: 'Landwirtin', end: 5 },
    ],
    // Where the person is from, after an article and a title too.
    ['die Ärztin Helga Muster aus Wien, geht', { name: 'Helga Muster', title: 'Ärztin', end: 6 }],
    [
      'Kantonsrat Hans Muster aus Sankt Wil, sagt',
      { name: 'Hans Muster', title: 'Kantonsrat', end: 6 },
    ],
    ['der Täter Peter Muster sei gefasst', null],
    ['Bauer Hans Muster habe nichts gehört', null],
    ['die Tochter Lea Muster sei wohlauf.', null],
  ])('appositionName(%s)', (text, apposed) => {
    expect(appositionName(words(text), 0)).toEqual(apposed);
  });

  it.each([
    ['Der Präsident des Vereins Seewil, Anna Muster, kam.', 'Anna', 'Präsident'],
    ['Ihr Trainer beim Schachklub Brunnwil, Viktor Beispiel, lobt.', 'Beispiel', 'Trainer'],
    ['Die Präsidentin lobte den Verein, den Kassier Peter Muster, der kam.', 'Muster', 'Kassier'],
  ])('%s: the role of %s is %s', (text, name, role) => {
    const people = new PeopleIndex();
    people.registerPeople(words(text));
    expect(people.namedWithRole(role, 1000)).toContain(name);
  });

  it.each([
    ['Am Fenster stand Sandra K.* (41) und filmte.', 'Sandra', true],
    ['Der Fahrer, Timo B. (19), blieb unverletzt.', 'Timo', true],
    ['Die Fahrerin Ola B.* war allein.', 'Ola', true],
    ['Er nahm Gleis B. und stieg aus.', 'Gleis', false],
  ])('%s: %s is a person → %s', (text, word, known) => {
    const people = new PeopleIndex();
    people.registerPeople(words(text));
    expect(people.isKnown(word)).toBe(known);
  });
});

describe('a family name two people share', () => {
  /** Registers the text's people, marks shared family names and records the mentions. */
  function indexOf(text: string) {
    const people = new PeopleIndex();
    const ws = words(text);
    people.registerPeople(ws);
    people.markSharedFamilyNames(ws);
    const tokens = Array.from(text.matchAll(/\S+/g), (m) => ({ word: m[0], start: m.index }));
    people.recordMentions(tokens, 0, [], sentenceStarts(text, []));
    return people;
  }

  it.each([
    // Another given name before the family name of a person named with a role: two people.
    ['Ihr Vater, Gion Caduff, gründete sie. Lorena Caduff übernahm.', 'Caduff', true],
    ['Vereinspräsident Beat Gmür kam. Dann sagt Lorena Gmür etwas.', 'Gmür', true],
    // A noun after an article, a title or an address is no other person.
    [
      'Zimmerli, der Finanzdirektor Roland Zimmerli, kam. Den Ausschlag gab Zimmerli.',
      'Zimmerli',
      false,
    ],
    ['Ihr Vater, Gion Caduff, kam. Schreinerin Caduff lachte.', 'Caduff', false],
    ['Ihr Vater, Gion Caduff, kam. Frau Caduff lachte.', 'Caduff', false],
  ])('%s: %s is shared → %s', (text, name, shared) => {
    expect(indexOf(text).isShared(name)).toBe(shared);
  });

  it.each([
    // Before the text names the second person, the family name is the one it named.
    [
      'Die Sennerin Vreni Ammann melkt. Ammann lacht. Ihr Mann, Sepp Ammann, starb.',
      'Ammann',
      16,
      'Vreni Ammann',
    ],
    // After both, the family name alone says neither ...
    ['Gion Caduff kam. Lorena Caduff blieb. Caduff lacht.', 'Caduff', 38, null],
    // ... but the one not introduced as somebody's relative ...
    [
      'Ihr Vater, Gion Caduff, kam. Lorena Caduff blieb. Caduff lacht.',
      'Caduff',
      58,
      'Lorena Caduff',
    ],
    [
      'Ernst Tschudin starb. «Er schlief ein», sagte seine Tochter Barbara Tschudin. Tschudin lachte.',
      'Tschudin',
      78,
      'Ernst Tschudin',
    ],
    // ... unless the text went on to call one of them by it before it named the other.
    [
      'Die Sennerin Vreni Ammann melkt. Ammann lacht. Ihr Mann, Sepp Ammann, starb. Ammann blieb.',
      'Ammann',
      78,
      'Vreni Ammann',
    ],
  ])('%s: %s at %i means %s', (text, name, position, full) => {
    expect(indexOf(text).sharedNameAt(name, position)?.name ?? null).toBe(full);
  });

  it.each([
    ['Gemeindepräsident Beat Gmür kam.', 'Gmür', 'Beat Gmür'],
    // Named without a role, where the name starts is less sure.
    ['Das OK wird von Kristin Maria Egli geleitet.', 'Egli', null],
    ['Ihr Vater, Gion Caduff, kam. Lorena Caduff blieb.', 'Caduff', null],
  ])('%s: fullNameOf(%s) is %s', (text, name, full) => {
    expect(indexOf(text).fullNameOf(name)).toBe(full);
  });
});

describe('marks only names carry', () => {
  it.each([
    ['Kees van der Berg', true],
    ["Sean O'Brien", true],
    ['Aleksandar Petrović', true],
    ['Migros Aare', false],
    ['Travail Suisse', false],
    ['Amnesty International', false],
    ['Meier Tobler', false],
  ])('hasNameMarks(%s) is %s', (name, expected) => {
    expect(hasNameMarks(name)).toBe(expected);
  });
});

describe('one word that speaks', () => {
  it.each([
    ['Beispiel', 'Gestern sang Kim Beispiel im Park.', true],
    ['Lara', 'Das Training ist hart.', true],
    ['Seewil', 'Die Stadt Seewil plant mehr.', false],
    ['Seewil', 'Die ETH Seewil forscht.', false],
    ['Gesundheitsbund', 'Der Verband ist besorgt.', false],
  ])('namedAsPerson(%s) in "%s" is %s', (word, text, expected) => {
    expect(namedAsPerson(word, words(text))).toBe(expected);
  });

  it.each([
    ['Geschädigten', 'Geschädigte'],
    ['Anwohnerinnen', 'Anwohnerin'],
    ['Kollegen', 'Kollege'],
    ['Anwohner', 'Anwohner'],
    ['Studenten', 'Studenten'],
  ])('singularRole(%s) is %s', (plural, singular) => {
    expect(singularRole(plural)).toBe(singular);
  });

  it.each([
    ['den', 'Beschuldigten', 'Beschuldigte'],
    ['dem', 'Polizisten', 'Polizist'],
    ['den', 'Kollegen', 'Kollege'],
    ['den', 'Biologen', 'Biologe'],
    ['dem', 'Kandidaten', 'Kandidat'],
    ['den', 'Richter', 'Richter'],
    ['der', 'Beschuldigten', 'Beschuldigten'],
    ['des', 'Angeklagten', 'Angeklagte'],
    ['des', 'Präsidenten', 'Präsident'],
    ['des', 'Hauswarts', 'Hauswart'],
    ['des', 'Arztes', 'Arzt'],
    ['des', 'Vereins', 'Vereins'],
    ['einer', 'Angestellten', 'Angestellte'],
  ])('nominativeRole(%s, %s) is %s', (article, noun, nominative) => {
    expect(nominativeRole(article, noun)).toBe(nominative);
  });
});

describe('isPlaceAdjective', () => {
  it.each([
    ['der Zürcher Stadtrat', 1, true],
    ['der St. Galler Polizeikommandant', 1, true],
    ['der Berner Kurt Aebersold', 1, false],
    ['der Lehrer Muster', 1, false],
    ['der Zürcher sagte', 1, false],
  ])('%s, word %i → %s', (text, n, expected) => {
    expect(isPlaceAdjective(words(text), n)).toBe(expected);
  });
});

describe('isNameWord', () => {
  it.each([
    ['Caduff-Nauer', true],
    ['Jung', true],
    ['Hartung', true],
    // Abstract nouns and nouns for a substance or an action are no part of a name.
    ['Gesundheit', false],
    ['Sauerstoff', false],
    ['Situation', false],
  ])('%s → %s', (word, expected) => {
    expect(isNameWord(word)).toBe(expected);
  });
});

describe('isDemonym and isTitleByForm', () => {
  it.each([
    ['Zürcher', true, true],
    // A number in -er is neither where one is from nor a title ("Vier Jahre Arbeit seien …").
    ['Vier', false, false],
  ])('%s → demonym %s, title by form %s', (word, demonym, title) => {
    expect([isDemonym(word), isTitleByForm(word)]).toEqual([demonym, title]);
  });
});

describe('withoutObjectNoun', () => {
  it.each([
    ['Petra Grob Velos', 'flickt', 'Petra Grob'],
    ['Eva Roth Rosen', 'verkauft', 'Eva Roth'],
    // Not after an article or a preposition, nor a second given name.
    ['Anna Maria Meier', 'sagte', 'Anna Maria Meier'],
    ['Petra Grob Velos', 'mit', 'Petra Grob Velos'],
    ['Samira Ben Aziz', 'sagte', 'Samira Ben Aziz'],
    // A particle in lower case goes on too.
    ['Peter von Gunten', 'kam', 'Peter von Gunten'],
  ])('%s after "%s" → %s', (name, previous, expected) => {
    expect(withoutObjectNoun(name, previous)).toBe(expected);
  });
});

describe('toldDead', () => {
  it.each([
    ['sein Grossvater Emil Tanner, der 1990 starb, gründete', 3, true],
    ['ihr Mann Kurt Aebi, der im Frühling verstorben ist.', 2, true],
    ['Franz Berger, der bei dem Unglück ums Leben kam.', 0, true],
    ['der verstorbene Franz Berger hatte', 2, true],
    // Alive: a relative clause of something else, or none.
    ['Emil Tanner, der 1990 die Firma gründete, sagte', 0, false],
    ['Emil Tanner sagte, der Vater sei 1990 gestorben.', 0, false],
  ])('%s (word %i) → %s', (text, at, dead) => {
    expect(toldDead(words(text), at)).toBe(dead);
  });
});

describe('familyWordGender', () => {
  it.each([
    ['Grossmami', 'f'],
    ['Mami', 'f'],
    ['Urgrosi', 'f'],
    ['Papi', 'm'],
    ['Grosspapi', 'm'],
    // A kinship noun the lists know as a role, a name, or a word in lower case.
    ['Grossmutter', null],
    ['Mamie', null],
    ['mami', null],
  ])('%s → %s', (word, gender) => {
    expect(familyWordGender(word)).toBe(gender);
  });
});

describe('familyNameAt', () => {
  it.each([
    [
      'Grosi, die eigentlich Rosmarie Hugentobler heisst, hielt es fest.',
      0,
      'Rosmarie Hugentobler',
    ],
    ['Dann kam Papi, der mit vollem Namen Beat Amsler heisst.', 2, 'Beat Amsler'],
    // No relative clause that names, or one name word only.
    ['Grosi, die sechzig Jahre telefoniert hat, lachte.', 0, null],
    ['Grosi, die Rosmarie heisst, lachte.', 0, null],
    ['Grosi lachte.', 0, null],
  ])('%s (word %i) → %s', (text, at, name) => {
    expect(familyNameAt(words(text), at)).toBe(name);
  });
});

describe('oneOfGroupBefore', () => {
  it.each([
    ['Eine der Betroffenen ist Gerda Leitner (74).', 5, 0],
    ['Einer der ersten Kunden war Beat Gisler.', 6, 0],
    ['Darunter: Eine der Betroffenen ist Gerda Leitner.', 6, 1],
    // No copula right before the name, or no "Eine der" before it.
    ['Eine der Betroffenen sagt, Gerda Leitner habe geholfen.', 5, -1],
    ['Die Betroffene ist Gerda Leitner.', 4, -1],
  ])('%s (word %i) → %i', (text, at, one) => {
    expect(oneOfGroupBefore(words(text), at)).toBe(one);
  });
});

describe('calledSubjectBefore', () => {
  it.each([
    ['Der Mann mit dem Kühlpack heisst Kurt Gisler.', 7, 0],
    ['Im Wartezimmer sitzt einer. Die Frau am Fenster heisst Ida Muster.', 9, 4],
    // No naming verb right before the name, or a comma between.
    ['Der Mann mit dem Kühlpack grüsst Kurt Gisler.', 7, -1],
    ['Der Hund, der bellt, heisst Bello Muster.', 6, -1],
  ])('%s (word %i) → %i', (text, at, one) => {
    expect(calledSubjectBefore(words(text), at)).toBe(one);
  });
});

describe('playedPart', () => {
  it.each([
    ['Sophie Leutgeb als Wirtin Kreszenz in «Die Wirtin vom Moosrain».', 4, true],
    ['Beat Imfeld als Tell überzeugt.', 3, true],
    // A name that is somebody: after a role with no "als", or "als" with no actor before it.
    ['Wirtin Kreszenz Amstutz führt das Haus.', 1, false],
    ['Als Wirtin Kreszenz das Haus übernahm, war sie 30.', 2, false],
    ['Sie kennt ihn als Tell.', 4, false],
  ])('%s (word %i) → %s', (text, at, played) => {
    expect(playedPart(words(text), at)).toBe(played);
  });
});

describe('opensReportedSaying', () => {
  it.each([
    ['Ihre Mutter habe damals immer gesagt, man müsse früh aufstehen.', 0, true],
    ['Er lacht. Eine Kollegin habe ihr einmal geraten, ins Heim zu ziehen.', 2, true],
    ['Martha Ambühl habe ihr beigebracht, dass man nie aufgibt.', 1, true],
    ['Sein Vater Gottfried Bürgi, der 1987 verunfallte, habe immer gesagt:', 2, true],
    ['«Wir sind im Final.» Ihre Trainerin habe ihr gesagt, sie solle schiessen.', 4, true],
    // Said in the indicative, said of something else, or not opening the sentence.
    ['Ihre Mutter sagte, man müsse früh aufstehen.', 0, false],
    ['Ihre Mutter habe den Laden 1990 übernommen.', 0, false],
    ['Ihre Mutter habe nie viel geredet, aber sie habe gesagt, …', 0, false],
    ['Damals habe ihre Mutter gesagt, man müsse gehen.', 2, false],
  ])('%s (word %i) → %s', (text, at, reported) => {
    expect(opensReportedSaying(words(text), at)).toBe(reported);
  });
});

describe('opensReportedClaim', () => {
  it.each([
    ['Verteidiger Michael Ammeter widersprach. Schnyderli konstruiere ein Motiv.', 4, true],
    ['Gmür sagte nichts. Meier sei ein Lügner, das wisse jeder.', 3, true],
    // No one spoke in the sentence before, the sentence says who speaks, or the verb is indicative.
    ['Ammeter kam spät. Schnyderli konstruiere ein Motiv.', 3, false],
    ['Ammeter widersprach. Schnyderli sei zu weit gegangen, sagte er.', 2, false],
    ['Ammeter widersprach. Schnyderli konstruierte ein Motiv.', 2, false],
    ['Schnyderli konstruiere ein Motiv.', 0, false],
    // An adjective after the article is no verb in the subjunctive.
    ['Ammeter widersprach. Der schwedische Torhüter parierte alles.', 2, false],
    ['Ammeter widersprach. Der neue Trainer habe versagt.', 2, true],
    // "wurde" is the past, no subjunctive.
    ['«Nein», sagte er. Seine Stellvertreterin Lea Gmür wurde deutlicher.', 6, false],
  ])('%s (word %i) → %s', (text, at, reported) => {
    expect(opensReportedClaim(words(text), at)).toBe(reported);
  });
});

describe('sentenceStarts', () => {
  it.each([
    ['Sie kam mit auf die Alp. Sie erinnert sich.', [0, 25]],
    ['Er wohnt in St. Gallen. Sie nicht.', [0, 24]],
    ['Rettungschef J. P. Candrian kam. Dann ging er.', [0, 33]],
    ['Am 3. Mai spielt die 2. Liga.', [0]],
    ['Lea Hofer ist 29. «Es geht nicht», sagt sie.', [0, 18]],
    ['Er sagte: «Sie sagte nur: ‹Spiel.›» Ihre Enkelin schreibt:', [0, 36]],
    // A letter after a preposition is a platform, an age after "heute" ends the sentence.
    ['Das schreibt Kälin auf X. Vogt lacht.', [0, 26]],
    ['Das erzählt Ernst Wyrsch, heute 91. Seine Frau nickt.', [0, 36]],
    ['Sie feiert zum 91. Geburtstag.', [0]],
    // An age after a comma ends the sentence; a date after a comma does not.
    ['Das sagt Horst Vollmer, 78. Seine Frau lacht.', [0, 28]],
    ['Am Samstag, 22. März, ist Markt.', [0]],
    // A rank after "Top", "Rang" or "Platz" ends the sentence; an ordinal before a noun does not.
    ['Aaslund fällt aus den Top 3. Amstad lobt ihn.', [0, 29]],
    ['Sie liegt auf Platz 4. Sie ist zufrieden.', [0, 23]],
    ['Sie wurde im 3. Lauf Vierte.', [0]],
  ])('%s', (text, starts) => {
    expect(sentenceStarts(text)).toEqual(starts);
  });
});

describe('documentGender', () => {
  it.each([
    ['den', 'Bericht', 'm'],
    ['der', 'Schlussbericht', 'm'],
    ['Die', 'Studie', null],
    ['die', 'Studie', 'f'],
    ['der', 'Machbarkeitsstudie', 'f'],
    ['die', 'Umfrage', 'f'],
    ['das', 'Gutachten', null],
    ['den', 'Kredit', null],
    ['die', 'Gemeinde', null],
  ])('%s %s → %s', (article, noun, gender) => {
    expect(documentGender(article, noun)).toBe(gender);
  });
});

describe('roleMayMean', () => {
  it.each([
    ['Trainer', 'Trainer', true],
    ['Gemeindepräsidentin', 'Präsidentin', true],
    ['Agrarminister', 'Bundesrat', true],
    // A canton's department head sits in its government; a hospital's director does not.
    ['Gesundheitsdirektorin', 'Regierungsrätin', true],
    ['Spitaldirektor', 'Regierungsrat', false],
    [null, 'SPD-Politiker', true],
    ['Sängerin', 'Politikerin', false],
    // Whoever scored plays in a position; a defender may be a lawyer.
    ['Torschütze', 'Stürmer', true],
    ['Mittelfeldspieler', 'Siegtorschütze', true],
    ['Torschütze', 'Verteidiger', false],
    ['Torschütze', 'Trainer', false],
    [null, 'Chef', false],
    [undefined, 'Lehrer', false],
    // Whoever runs a company, by any of its names; not a chef of the kitchen or a foreman.
    ['Feltmann-Chefin', 'CEO', true],
    ['CEO', 'Konzernchef', true],
    ['Geschäftsführerin', 'CEO', true],
    ['Küchenchef', 'CEO', false],
    // A party's, a union's or a body's head is no firm's.
    ['SVP-Chef', 'Geschäftsführer', false],
    ['Gewerkschafts-Chef', 'CEO', false],
    ['Partei-Chefin', 'CEO', false],
    ['Vorarbeiter', 'CEO', false],
  ])('%s, der %s → %s', (role, noun, expected) => {
    expect(roleMayMean(role, noun)).toBe(expected);
  });
});

describe('speaksOf', () => {
  it.each([
    ['Er hat es verdient', 'm', true],
    ['Ich habe ihn nicht gesehen', 'm', true],
    ['Sie kam jeden Freitag', 'f', true],
    ['Sie kam jeden Freitag', 'm', false],
    ['Ich habe meine Figuren atmen sehen', 'f', false],
    ['Wir mussten sparen', 'f', false],
    // "sie" with a plural verb in its clause is several people.
    ['Und dann den Lärm, wenn sie da sind.', 'f', false],
    ['Sie war da, als sie kamen. Sie blieb.', 'f', true],
    ['Er hat es verdient', null, false],
  ] as const)('«%s», %s → %s', (quotation, gender, expected) => {
    expect(speaksOf(quotation, gender)).toBe(expected);
  });
});

describe('repeatedFullNames', () => {
  it.each([
    // A given name no list knows, written twice with the family name, which also stands alone.
    ['Zorla Wintsch backt. Wintsch lacht. Heute formt Zorla Wintsch Gipfeli.', ['Zorla Wintsch']],
    // Once is not enough; nor twice with the family name never alone.
    ['Zorla Wintsch backt. Wintsch lacht.', []],
    ['Zorla Wintsch backt. Dann lacht Zorla Wintsch.', []],
    // An adjective, a body after an article, a listed given name (read elsewhere): no new name.
    ['Neue Zürcher meldet. Zürcher lesen. Die Neue Zürcher schreibt.', []],
    ['Die Bäckerei Wintsch backt. Wintsch lacht. In der Bäckerei Wintsch riecht es.', []],
    ['Anna Wintsch backt. Wintsch lacht. Heute formt Anna Wintsch Gipfeli.', []],
    // A place after a preposition with its article inside ("beim", "im"), named twice.
    [
      'Das Auto steckte beim Bahnhof Wängibrugg fest. Wängibrugg ist gesperrt. Die Tafel beim Bahnhof Wängibrugg leuchtet.',
      [],
    ],
  ])('%s → %j', (text, names) => {
    expect(repeatedFullNames(words(text))).toEqual(names);
  });
});

describe('isOffice', () => {
  it.each([
    ['Bundesrätin', true],
    ['Gesundheitsministerin', true],
    ['Staatschef', true],
    ['Präsidenten', true],
    ['SPD-Politiker', true],
    ['Sängerin', false],
    ['Torhüter', false],
    ['Berater', false],
  ])('%s → %s', (role, expected) => {
    expect(isOffice(role)).toBe(expected);
  });
});

describe('spellingVariant', () => {
  it.each([
    ['Wolodymyr', 'Woldymyr', true],
    ['Mohammed', 'Mohamed', true],
    ['Jelena', 'Jelena', false],
    ['Andreas', 'Andrea', false],
    ['Marco', 'Mario', false],
    ['Christina', 'Kristina', false],
  ])('%s and %s → %s', (a, b, variant) => {
    expect(spellingVariant(a, b)).toBe(variant);
  });
});
