import { describe, expect, it } from 'vitest';
import { isUnnamedPersonNoun } from '../../src/content/people';
import {
  ownClauseSubject,
  subjectAfterFrontedPhrase,
  columnist,
  namingRelativeClause,
  sourceRightBefore,
  writerOfText,
  attributionAfter,
  attributionInNextSentence,
  attributionSetOff,
  continuesReportedSpeech,
  findSpeechVerb,
  firstSpeakerOfSaying,
  speakingRelativeClause,
  namedInThingClause,
  questionsPutTo,
  describedPlainPerson,
  quotedWithWords,
  deniedTerm,
  placingPhraseEnd,
  zuInfinitive,
  hasOwnSpeaker,
  inDescribingClause,
  inSubjunctive,
  invertedPronoun,
  firstPersonSubject,
  isPlacingPhrase,
  isReportersClause,
  isWritersAccount,
  labelOfOthers,
  mentionedTerm,
  carriedByText,
  proverbNamed,
  speaksOfThirdPerson,
  describedPerson,
  describesNoOne,
  reportedSpeakerSubject,
  namedPair,
  lastNamedPair,
  heardFromOthers,
  subjectOfWords,
  gappedClauseSubject,
  thatClauseSubject,
  unownedTalkBeforeComma,
  labelGiverAfter,
  impersonalMention,
  groupInLastClause,
  clauseSays,
  inSourceClause,
  signature,
  listens,
  namesAnotherPerson,
  openingSource,
  openingSubject,
  opensWithSpeaker,
  ownerOfStatementClause,
  pronounAfterVerb,
  readColonClause,
  readSubject,
  reportedQuestion,
  viewHolder,
  reportsSpeech,
  secondClause,
  leadingSubordinateClause,
  sentenceSubject,
  shownRole,
  termExplained,
  trailingRelativeClause,
  withoutAddress,
  withoutUnknownTitle,
  words,
  wordsOutsideQuotes,
  writersWords,
} from '../../src/content/attribution';
import {
  addressesSpeaker,
  doneByPersons,
  extractQuotes,
  introducesSomebody,
  reportedClaimAbout,
  vocative,
} from '../../src/content/quotes';

describe('impersonalMention', () => {
  it.each([
    [
      'Andrea Kellerhals nannte das Buch «ein Meisterwerk», im Literaturblog «Seitenwind» war von einer ',
      '» die Rede.',
      true,
    ],
    ['Im Bericht ist von einem ', '» die Rede.', true],
    // A verb of saying gives the words a speaker.
    ['Gmür sprach von einem ', '».', false],
    ['Sie sagte, es sei von einem ', '» die Rede gewesen.', false],
  ])('%s«…%s → %s', (before, after, impersonal) => {
    expect(impersonalMention(before, after)).toBe(impersonal);
  });
});

describe('labelGiverAfter', () => {
  it.each([
    [
      ' nannte ein Votant aus den hinteren Reihen das Schreiben.',
      { type: 'role', role: 'Votant aus den hinteren Reihen' },
    ],
    [' nannte Gmür den Entscheid.', { type: 'name', name: 'Gmür' }],
    [' nannte er den Plan.', { type: 'pronoun', gender: 'm' }],
    // "sie" may be whom the words name; a comma makes it an attribution of its own.
    [' nannte sie der Präsident.', null],
    [', sagte Gmür.', null],
    [' ist kein Wort, das er mag.', null],
  ])('«…»%s → %j', (after, expected) => {
    expect(labelGiverAfter(after)).toEqual(expected);
  });
});

describe('writerOfText', () => {
  it.each([
    // A text whose writer the words after it name, closing the clause.
    [
      'Im Schaufenster hängt ein Zettel der früheren Ladenbesitzerin Marlies Brand:',
      '',
      { type: 'name', name: 'Marlies Brand' },
    ],
    ['An der Tür hängt ein Brief von Rita Gloor:', '', { type: 'name', name: 'Rita Gloor' }],
    ['An der Tür hängt ein Brief der Gemeinde:', '', null],
    ['Er zeigt einen Brief von Rita Gloor an die Gemeinde:', '', null],
    [
      'Daneben hing ein Schild, das Bäckerin Rosa Imhof 1994 gemalt hat:',
      '',
      { type: 'name', name: 'Rosa Imhof' },
    ],
    [
      'Über dem Ofen hängt eine Tafel, die er mit Kreide beschrieben hat:',
      '',
      { type: 'pronoun', gender: 'm' },
    ],
    [
      'Darauf stand:',
      'Am Montag hatte Karl Imfeld ihm einen Zettel geschrieben.',
      { type: 'name', name: 'Karl Imfeld' },
    ],
    [
      'Darin heisst es:',
      'Den Brief hat Luca Baldi im Juli geschrieben.',
      { type: 'name', name: 'Luca Baldi' },
    ],
    [
      'In einem davon, datiert auf den Februar 1951, heisst es:',
      'Über 300 Briefe schrieb er seiner Schwester Klara, die als Lehrerin lebte.',
      { type: 'pronoun', gender: 'm' },
    ],
    ['In einem davon heisst es:', 'Über 300 Briefe bekam sie von ihrem Bruder.', null],
    ['Darauf steht:', 'Am Eingang hängt ein Schild.', null],
    ['Darauf stand:', 'Sie hat einen Brief von ihrer Mutter bekommen.', null],
    ['Im Wartezimmer hängt ein Schild, das dort seit Jahren hängt:', '', null],
    ['Er las den Brief vor, den die Schüler geschrieben hatten:', '', null],
  ])('%s (after "%s") → %j', (clause, before, expected) => {
    expect(writerOfText(clause, before)).toEqual(expected);
  });
});

describe('namingRelativeClause', () => {
  it.each([
    ['Er baut Möbel, die er ', ' nennt.', 'm'],
    ['… ein Schiff, das sie ', ' nannte, bevor es sank.', 'f'],
    ['einen Teller Tagliatelle, die sie als ', ' bezeichnet.', 'f'],
    ['Er baut Möbel, die er ', ' verkauft.', null],
    ['Er baut Möbel, die ', ' heissen.', null],
  ])('%s«…»%s → %s', (before, after, gender) => {
    const read = namingRelativeClause(before, after);
    expect(read?.subject.type === 'pronoun' ? read.subject.gender : null).toBe(gender);
  });
});

describe('sourceRightBefore', () => {
  it.each([
    ['eine Rede, die nach Auskunft von Schriftführerin Petra Lechner ', 'Petra Lechner'],
    ['Die Partie war laut Trainer Urs Frei ', 'Urs Frei'],
    ['Die Partie war laut ', null],
    ['Die Partie war laut den Zuschauern ', null],
    ['Er hielt eine Rede, die ', null],
  ])('%s«…» → %s', (before, name) => {
    const read = sourceRightBefore(before);
    expect(read?.subject.type === 'name' ? read.subject.name : null).toBe(name);
  });
});

describe('columnist', () => {
  it.each([
    [['Kolumnist Simon Tanner mit einer seiner Kühe.'], 'Simon Tanner'],
    [['Warum ein Kind mehr weiss. Die Kolumne von Pfarrer Tomasz Nowicki.'], 'Tomasz Nowicki'],
    [['Die Kolumnistin Lea Roth schreibt jeden Samstag.'], 'Lea Roth'],
    [['Unser Kolumnist fragt sich, wem die Planer begegnen wollen.'], null],
    [
      ['In seiner Kolumne «Spätdienst» erzählt Busfahrer Ruedi Gasser von einer Woche.'],
      'Ruedi Gasser',
    ],
    [
      ['Lea Fankhauser fährt seit 20 Jahren Postauto. In ihrer Kolumne «Endstation» erzählt sie.'],
      'Lea Fankhauser',
    ],
    [
      [
        'Nina Gasser (44) fährt Postauto. In der Kolumne «Nächster Halt» schreibt sie über den Alltag.',
      ],
      'Nina Gasser',
    ],
    [
      [
        'Bäckermeister Ruedi Schnyder in seiner Backstube.',
        'Warum Gefühl und Zahlen auseinanderliegen – eine Kolumne.',
      ],
      null,
    ],
  ])('%j → %s', (texts, expected) => {
    expect(columnist(texts)).toBe(expected);
  });
});

describe('trailingRelativeClause and hasOwnSpeaker', () => {
  it.each([
    // words before the quotation → the clause is about a person the words name, or the subject; has its own speaker
    ['Riedl erinnert sich an eine Kundin, die sie einmal angeschrien habe:', false, false, true],
    [
      'Er erinnert an die Reform von 2020, bei der es ebenfalls geheissen habe:',
      false,
      false,
      true,
    ],
    ['Er zitierte aus dem Bericht, in dem von Mängeln die Rede ist', false, false, true],
    ['Das sagt ein Zeuge, der hinter ihm fuhr:', false, true, true],
    ['Das sagte Anna Meier, die sichtlich bewegt war:', true, false, false],
    ['Er gab Entwarnung bei Imhof, der ausgewechselt worden war:', false, false, false],
    // A verb of speaking in the plural after the words: the clause's own people speak.
    ['Sie erklärt, was sie Kritikern entgegnet, die von einem sprechen', false, false, true],
    // After a verb of saying, ", die grosse Firma …" is what was said, no relative clause.
    ['Reto Zimmerli sagt, die grosse Firma stehe unter', undefined, undefined, false],
  ])('%s → named %s, subject %s, own speaker %s', (before, named, subject, own) => {
    const read = trailingRelativeClause(writersWords(before));
    expect([read?.aboutNamedPerson, read?.aboutSubject, hasOwnSpeaker(read?.clause ?? [])]).toEqual(
      [named, subject, own],
    );
  });

  it.each([
    ['Die Gemeinde handle', null],
    ['Er sagte, die Gemeinde handle', null],
  ])('%s ends in no relative clause', (before, expected) => {
    expect(trailingRelativeClause(writersWords(before))).toBe(expected);
  });
});

describe('ownerOfStatementClause', () => {
  it.each([
    ['Den Vorwurf von Bauernpräsident Kurt Amrein, die Gemeinde handle ', 'Kurt Amrein'],
    ['Zu den Aussagen von Georg Pfeifer, man werde ', 'Georg Pfeifer'],
    ['Die Kritik des Verbands, die Gemeinde handle ', null],
    ['Er sagte, die Gemeinde handle ', undefined],
    ['Die Kritik von Anna Meier, die Gemeinde handle planlos, sei ', undefined],
  ])('%s → %s', (before, owner) => {
    const read = ownerOfStatementClause(before);
    expect(read === undefined || read === null ? read : read.type === 'name' && read.name).toBe(
      owner,
    );
  });
});

describe('addressesSpeaker', () => {
  it.each([
    ['Herr Gmür hat gelogen.', 'Beat Gmür', true],
    ['Das sagte ich Frau Meier schon.', 'Meier', true],
    ['Gmür hat recht.', 'Beat Gmür', false],
    ['Herr Präsident, ich widerspreche.', 'Beat Gmür', false],
  ])('%s, %s → %s', (quotation, speaker, addressed) => {
    expect(addressesSpeaker(quotation, speaker)).toBe(addressed);
  });
});

describe('firstSpeakerOfSaying', () => {
  it.each([
    [
      'Seinem Nachfolger gibt Gisler einen Satz mit, den ihm einst sein Lehrmeister, der Landarzt Emil Fankhauser, gesagt habe',
      { type: 'name', name: 'Emil Fankhauser' },
    ],
    [
      'Er zitiert einen Spruch, den ihm seine Mutter Anna Muster eingeschärft hatte',
      { type: 'name', name: 'Anna Muster' },
    ],
    ['Sie denkt oft an einen Rat, den ihr einmal jemand gegeben habe', null],
    ['Er erinnert sich an die Frau, die ihn angeschrien habe', undefined],
    ['Gisler sagt', undefined],
  ])('%s → %j', (before, expected) => {
    expect(firstSpeakerOfSaying(wordsOutsideQuotes(before))).toEqual(expected);
  });
});

describe('describedPlainPerson', () => {
  it.each([
    [
      'Letzte Woche hat mich eine ältere Frau vor dem Laden angesprochen. Sie sagte:',
      'Frau',
      'ältere Frau',
    ],
    ['Ein älterer Herr winkt ab:', 'Herr', 'älterer Herr'],
    ['Eine Frau winkt ab:', 'Frau', null],
    ['Sie sprach mit einer älteren Frau. Die Frau sagte:', 'Frau', null],
    ['Eine ältere Kundin sagt:', 'Kundin', null],
    ['Er traf einen alten Mann. Er sagte:', 'Mann', null],
  ])('%s (%s) → %s', (before, noun, expected) => {
    expect(describedPlainPerson(before, noun)).toBe(expected);
  });
});

describe('quotedWithWords', () => {
  it.each([
    [
      'Der _ zitierte am Freitag einen Mitarbeiter der Fährgesellschaft mit den Worten, man habe',
      { type: 'role', role: 'Mitarbeiter der Fährgesellschaft' },
    ],
    [
      'Die Zeitung zitiert Anna Gloor mit den Worten, sie sei',
      { type: 'name', name: 'Anna Gloor' },
    ],
    ['Die Zeitung zitiert ihn mit den Worten, er sei', { type: 'pronoun', gender: 'm' }],
    ['Sie zitierte aus dem Brief mit den Worten', null],
    ['Die Zeitung zitiert die Gemeinde mit den Worten, man sei', null],
  ])('%s → %j', (before, expected) => {
    expect(quotedWithWords(words(before))).toEqual(expected);
  });
});

describe('deniedTerm', () => {
  it.each([
    ['Sie erklärt, warum sie nicht von ', true],
    ['Er spricht nie von einem ', true],
    ['Sie will nicht mehr von ', true],
    ['Martina Imhof spricht von einer ', false],
    ['Er hält nichts von ', false],
  ])('%s → %s', (before, expected) => {
    expect(deniedTerm(before)).toBe(expected);
  });
});

describe('questionsPutTo', () => {
  it.each([
    ['Drei Fragen an Heidi Brunner', 'Heidi Brunner'],
    ['5 Fragen an Dario Meili, Stadtförster', 'Dario Meili'],
    ['Nachgefragt bei Ines Kuhn', 'Ines Kuhn'],
    ['Drei Fragen an Heidi Brunner zum Abschied', 'Heidi Brunner'],
    ['Fragen an Hans von Allmen', 'Hans von Allmen'],
    ['Fragen an die Gemeindepräsidentin', null],
    ['Zehn Fragen an den Kanton', null],
    ['Viele offene Fragen an Kurt Meier', null],
    ['Drei Fragen an Heidi Brunner.', null],
    ['Nachgefragt', null],
  ])('%s → %s', (heading, expected) => {
    expect(questionsPutTo(heading)).toBe(expected);
  });
});

describe('namedInThingClause', () => {
  it.each([
    [
      'Die Musikgesellschaft spielt einen alten Marsch, den Brändli auf dem Estrich entdeckt hat:',
      true,
    ],
    ['Auf dem Tisch liegt ein Brief, den Gmür aufbewahrt hat:', true],
    ['Am Rand stand Beat Gmür, der nur sagte:', false],
    ['Sie zeigt auf den Brief, den Gmür geschrieben und unterschrieben hat, und sagt:', false],
    ['Dann kam der Anruf, in dem Gmür erklärte:', false],
    ['Vorne sitzt die Nachbarin, die Gmür gerufen hat:', false],
    ['Die Gemeinde hat entschieden:', false],
  ])('%s → %s', (before, expected) => {
    expect(namedInThingClause(words(before))).toBe(expected);
  });
});

describe('speakingRelativeClause', () => {
  it.each([
    [
      'Auf der Tribüne sass auch der Leiter des Schwingklubs Tannau, der später meinte',
      { type: 'reference', noun: 'Leiter des Schwingklubs Tannau', gender: 'm' },
    ],
    ['Am Rand stand Beat Gmür, der nur sagte', { type: 'name', name: 'Beat Gmür' }],
    ['Dann kam ein Nachbar, der meinte', { type: 'role', role: 'Nachbar' }],
    [
      'Sie fragte die Sprecherin der Polizei, die lachend antwortete',
      { type: 'reference', noun: 'Sprecherin der Polizei', gender: 'f' },
    ],
    // Several people: which one speaks, the words do not say.
    ['Sie traf die Anwohner, die sagten', undefined],
    // The relative pronoun is the object; "er" speaks.
    ['Sie fragte die Sprecherin, die er anrief', undefined],
    // The pronoun's gender is not the noun's.
    ['Am Rand stand Beat Gmür, die meinte', undefined],
    ['Gmür sagte', undefined],
  ])('%s → %j', (before, expected) => {
    expect(speakingRelativeClause(wordsOutsideQuotes(before))).toEqual(expected);
  });

  it.each([
    [
      'Dritte wurde die Norwegerin Ingrid Solvang, die im Ziel von einem _ sprach',
      { type: 'name', name: 'Ingrid Solvang' },
    ],
    // A noun not after a preposition may be the subject, the relative pronoun its object.
    ['Am Rand stand Anna Meier, die Beat Gmür einen _ nannte', undefined],
    // What a verb of naming names, after an article that shows it is the object.
    [
      'Unterstützung kam von Marcel Bühlmann, der die Vorlage als _ bezeichnete',
      { type: 'name', name: 'Marcel Bühlmann' },
    ],
    ['Es sprach Rita Gloor, die den Entscheid _ nannte', { type: 'name', name: 'Rita Gloor' }],
    ['Es sprach Rita Gloor, die die Chefin als _ bezeichnete', undefined],
  ])("with the verb's objects: %s → %j", (before, expected) => {
    expect(speakingRelativeClause(wordsOutsideQuotes(before), true)).toEqual(expected);
  });
});

describe('reportedClaimAbout', () => {
  it.each([
    [
      'Der Angeklagte habe Listen «mit Kreativität» ergänzt.',
      'Es komme nicht darauf an, sagte er. «Das ist kein Selbstbedienungsladen.»',
      true,
    ],
    ['Die Gemeinde sei «völlig planlos».', 'Kälin widersprach heftig, sagte sie.', true],
    ['Die Gemeinde sei «völlig planlos».', 'Kälin stand am Fenster.', false],
    ['Er sei «nur ein Kurier» gewesen.', 'Der Verteidiger sagte etwas.', false],
    ['Die Gemeinde habe gesagt, es sei «kein Problem».', 'Kälin sagte etwas.', false],
  ])('%s after %s → %s', (sentence, earlier, expected) => {
    expect(reportedClaimAbout(sentence, earlier)).toBe(expected);
  });
});

describe('introducesSomebody', () => {
  it.each([
    ['Dann hat mich eine Stationsschwester unter ihre Fittiche genommen', 'f', true],
    ['Ein Nachbar rief an', 'm', true],
    ['Ein Nachbar rief an', 'f', false],
    ['Eine gute Idee war das', 'f', false],
    ['Das war ein Fehler', 'm', false],
  ] as const)('%s (%s) → %s', (quotation, gender, expected) => {
    expect(introducesSomebody(quotation, gender)).toBe(expected);
  });
});

describe('vocative', () => {
  const known = (word: string) => word === 'Frieda' || word === 'Gmür';
  it.each([
    ['Grossmami, wir kommen doch nicht wegen des Rezepts.', { name: null, gender: 'f' }],
    ['Papi, komm schnell!', { name: null, gender: 'm' }],
    ['Frieda, hör mir zu.', { name: 'Frieda', gender: 'f' }],
    ['Herr Gmür, Sie irren sich.', { name: 'Gmür', gender: 'm' }],
    ['Frau Oberholzer, bitte.', { name: null, gender: 'f' }],
    ['Tante, das glaube ich nicht.', { name: null, gender: 'f' }],
    ['Ja, ich komme.', null],
    ['Gut, dann eben nicht.', null],
    ['Wir kommen wieder.', null],
  ])('%s → %j', (quotation, called) => {
    expect(vocative(quotation, known)).toEqual(called);
  });
});

describe('findSpeechVerb', () => {
  it.each([
    ['sagte die Präsidentin', 0],
    ['Trump hatte in einem Interview gesagt', 5],
    ['Muster sagt im Boten', 1],
    ['Die Regierung plant eine Reform', -1],
    // "führt" says something only with its particle.
    ['Sie führt den Service im Hirschen', -1],
    ['Sie führte aus, der Plan sei gut', 1],
    // "fuhr" says something only with "fort"; "eröffnete" the evening with words.
    ['fuhr sie fort,', 0],
    ['Sie fuhr nach Hause', -1],
    ['eröffnete Präsidentin Monika Muster den Abend', 0],
    ['Odermatt führte dies auf den Schnee zurück', 1],
    ['Die Sage erzählt', 2],
  ])('%s → %i', (text, index) => {
    expect(findSpeechVerb(words(text))).toBe(index);
  });
});

describe('wordsOutsideQuotes', () => {
  it.each([
    ['Muster sagt im «Seewiler Boten»:', ['Muster', 'sagt', 'im', '_:']],
    ['Er nannte es „sehr gut“ und ging.', ['Er', 'nannte', 'es', '_', 'und', 'ging.']],
    ['Keine Quote hier.', ['Keine', 'Quote', 'hier.']],
  ])('%s', (text, expected) => {
    expect(wordsOutsideQuotes(text)).toEqual(expected);
  });
});

describe('readSubject', () => {
  it.each([
    ['Anna Muster am Dienstag.', { type: 'name', name: 'Anna Muster' }],
    // "Dessen" or "Deren" before a role is its article; the apposition names the holder.
    [
      'Dessen Co-Präsidentin, die Anwältin Dorothea Wyss, spricht',
      { type: 'name', name: 'Dorothea Wyss' },
    ],
    ['Deren Präsident, Reto Ambühl (SP), sprach', { type: 'name', name: 'Reto Ambühl' }],
    // A relation named by a given name set off by commas, with or without an article.
    ['Mein Mann, der Sepp, sagt', { type: 'name', name: 'Sepp' }],
    ['Ihre Tochter, Lea, meint', { type: 'name', name: 'Lea' }],
    // After a role with "ein", one word in -s is whose role it is, not the holder's name.
    ['ein Sprecher Hontscharenkos am Montag.', { type: 'role', role: 'Sprecher' }],
    // "Eine Kundin ist X": what the named person is; the name is the subject.
    ['Eine Kundin ist Sandra Zurbuchen, die', { type: 'name', name: 'Sandra Zurbuchen' }],
    ['eine Sprecherin Varentas auf Anfrage', { type: 'role', role: 'Sprecherin' }],
    // A place's adjective says which holder, which the words do not tie to a name.
    ['der Dornauer Trainer.', { type: 'nobody' }],
    // A genitive before a role, then the role's holder in an apposition.
    ['Brändlis Verteidiger, Peter Zaugg, plädierte', { type: 'name', name: 'Peter Zaugg' }],
    // Any noun with a complement, when an apposition gives a person's full name.
    [
      'Der Friedenspreisträger des Vorjahres, der Schriftsteller Jonas Albrecht, warnte',
      { type: 'name', name: 'Jonas Albrecht' },
    ],
    ['am Mittwoch Stadtrat Beat Muster', { type: 'name', name: 'Beat Muster' }],
    // A noun for a person the role lists do not know, before a given and a family name.
    ['Stammgast Beat Suter', { type: 'name', name: 'Beat Suter' }],
    ['Wyrsch-Vertraute Anna Meier', { type: 'name', name: 'Anna Meier' }],
    // A genitive owns such a noun too; the full name after it is who holds it.
    ['Hubers Lehrling Tim Keller', { type: 'name', name: 'Tim Keller' }],
    // A given name alone after an owned role names its holder.
    ['Meiers Sohn Tim', { type: 'name', name: 'Tim' }],
    // After a person's name in the complement, "der APA" is to whom it was said.
    [
      'ein Sprecher von Verkehrsminister Andrea Colombo der APA.',
      { type: 'role', role: 'Sprecher von Verkehrsminister Andrea Colombo' },
    ],
    // After a role that works at no newspaper, "der …zeitung" is to whom it was said.
    [
      'ein Feuerwehrmann aus Valmorena der Regionalzeitung «La Voce».',
      { type: 'role', role: 'Feuerwehrmann aus Valmorena' },
    ],
    // A bystander tells the police; the police's spokesman works there.
    ['eine Anwohnerin der Kantonspolizei.', { type: 'role', role: 'Anwohnerin' }],
    ['ein Augenzeuge der Polizei am Telefon.', { type: 'role', role: 'Augenzeuge' }],
    [
      'eine Mitarbeiterin der Kantonspolizei.',
      { type: 'role', role: 'Mitarbeiterin der Kantonspolizei' },
    ],
    // A role at the newspaper keeps it.
    [
      'die Chefredaktorin der Regionalzeitung «La Voce».',
      { type: 'reference', noun: 'Chefredaktorin der Regionalzeitung «La Voce»', gender: 'f' },
    ],
    ['Landeshauptmann Georg Pfurtscheller', { type: 'name', name: 'Georg Pfurtscheller' }],
    ['Gemeindeammann Beatrice Hänni (FDP)', { type: 'name', name: 'Beatrice Hänni' }],
    // A place's adjective before the role is neither the noun nor part of the name.
    ['der Zürcher Stadtrat Kurt Aebersold', { type: 'name', name: 'Kurt Aebersold' }],
    [
      'der Berner Oberländer Bergführer Christian Zurbuchen',
      { type: 'name', name: 'Christian Zurbuchen' },
    ],
    ['der Tessiner Hotelier Fabio Pedrazzini', { type: 'name', name: 'Fabio Pedrazzini' }],
    // A place's or a country's adjective says which holder; the words tie it to no name.
    ['der Schweizer Nati-Trainer', { type: 'nobody' }],
    ['der Berner Kurt Aebersold', { type: 'name', name: 'Kurt Aebersold' }],
    // A firm's names joined by an ampersand are one complement.
    [
      'eine Sprecherin von Zürcher & Frei.',
      { type: 'role', role: 'Sprecherin von Zürcher & Frei' },
    ],
    // Adjectives between the apposition's article and its title.
    [
      'der Präsident des FC Tannwil, der ehemalige Profi Hans Meier.',
      { type: 'name', name: 'Hans Meier' },
    ],
    // A name in -s with the apostrophe of the genitive owns the noun after it.
    [
      "Hans Gross' Tochter",
      { type: 'reference', noun: 'Tochter', gender: 'f', owned: true, owner: 'Gross' },
    ],
    // A name of the other gender after a role is the verb's object, not the role's holder.
    ['die Journalistin Beat Gmür gefragt', { type: 'role', role: 'Journalistin' }],
    ['die Präsidentin Anna Meier', { type: 'name', name: 'Anna Meier' }],
    ['Finanzdirektorin Lea Imfeld (Mitte) am Dienstag', { type: 'name', name: 'Lea Imfeld' }],
    [
      'die Präsidentin des Vereins Seewil, Anna Muster, am Abend',
      { type: 'name', name: 'Anna Muster' },
    ],
    [
      'der Gemeindepräsident von Hinterau, Res Gugger, zu Beginn',
      { type: 'name', name: 'Res Gugger' },
    ],
    [
      'die Erstautorin der Studie, Biologin Fabienne Studer, an',
      { type: 'name', name: 'Fabienne Studer' },
    ],
    [
      'ein Sprecher der Kantonspolizei Seewil auf Anfrage',
      { type: 'role', role: 'Sprecher der Kantonspolizei Seewil' },
    ],
    ['eine Anwohnerin, die gegenüber wohnt', { type: 'role', role: 'Anwohnerin' }],
    ['ein Pendler aus Moosbach', { type: 'role', role: 'Pendler aus Moosbach' }],
    ['ein Pfarrer in Moosbach', { type: 'role', role: 'Pfarrer in Moosbach' }],
    // Where to, not where from.
    ['ein Landwirt in den Saal', { type: 'role', role: 'Landwirt' }],
    ['die 14-jährige Jana', { type: 'name', name: 'Jana' }],
    [
      'seine Nachfolgerin im Amt, Gemeindepräsidentin Theres Bühlmann.',
      { type: 'name', name: 'Theres Bühlmann' },
    ],
    ['die elfjährige Lea Roth', { type: 'name', name: 'Lea Roth' }],
    ['der Experte', { type: 'reference', noun: 'Experte', gender: 'm' }],
    ['die 46-Jährige', { type: 'reference', noun: '46-Jährige', gender: 'f' }],
    ['die Zürcherin', { type: 'reference', noun: 'Zürcherin', gender: 'f' }],
    ['er am Telefon', { type: 'pronoun', gender: 'm' }],
    ['sie', { type: 'pronoun', gender: 'f' }],
    ['man', { type: 'nobody' }],
    ['Obstbauer Hans Ryser aus Moosbach', { type: 'name', name: 'Hans Ryser' }],
    ['Gisler zu Seeblick', { type: 'name', name: 'Gisler' }],
    ['van Dam der Presse-Agentur', { type: 'name', name: 'van Dam' }],
    [
      'Vorstandschefin Henrike van der Laan in Lindholm',
      { type: 'name', name: 'Henrike van der Laan' },
    ],
    ['Meteorologe Fabian Imhof von Meteo Lindenfeld', { type: 'name', name: 'Fabian Imhof' }],
    [
      'der CEO der Brändli-Gruppe in Gräbligen, Stefan Brändli, am Mittwoch',
      { type: 'name', name: 'Stefan Brändli' },
    ],
    ['ihr Vater', { type: 'reference', noun: 'Vater', gender: 'm', owned: true, ownerGender: 'f' }],
    ['die Beschuldigte', { type: 'reference', noun: 'Beschuldigte', gender: 'f' }],
    ['gegenüber Nyffeler', { type: 'nobody' }],
    ['ein Bauer aus dem Weiler Hohfuren', { type: 'role', role: 'Bauer aus dem Weiler Hohfuren' }],
    ['am Mittwoch Stadtrat Beat Muster', { type: 'name', name: 'Beat Muster' }],
    ['Von Känel gratulierte', { type: 'name', name: 'von Känel' }],
    ['ein Freund von Eggimann', { type: 'role', role: 'Freund von Eggimann' }],
    [
      'Die Jurypräsidentin, die Literaturkritikerin Verena Stucki,',
      { type: 'name', name: 'Verena Stucki' },
    ],
    [
      'eine Sprecherin des Bundesamts für Wandern (BAW) am Montag',
      { type: 'role', role: 'Sprecherin des Bundesamts für Wandern' },
    ],
    [
      'die Leiterin des Projekts, die Vulkanologin Ida Beispiel, vor den Medien',
      { type: 'name', name: 'Ida Beispiel' },
    ],
    ['Hufschmied Peter Beispiel', { type: 'name', name: 'Peter Beispiel' }],
    [
      'Beispiels Anwältin am Montag',
      { type: 'reference', noun: 'Anwältin', gender: 'f', owned: true, owner: 'Beispiel' },
    ],
    ['Andreas Sprecher am Telefon', { type: 'name', name: 'Andreas Sprecher' }],
    ['Lukas Fahrer aus Seewil', { type: 'name', name: 'Lukas Fahrer' }],
    ['die «Seewiler Rundschau» am Montag', { type: 'nobody' }],
    [
      'die Sprecherin der Polizei, der Täter Peter Muster sei gefasst',
      { type: 'reference', noun: 'Sprecherin der Polizei', gender: 'f' },
    ],
    [
      'die Nachbarin, der Bauer Hans Muster habe nichts gehört',
      { type: 'reference', noun: 'Nachbarin', gender: 'f' },
    ],
    ['Andrea Maria Meier von der IG Velo', { type: 'name', name: 'Andrea Maria Meier' }],
    ['Schafhalterin Kim Laura Huber', { type: 'name', name: 'Kim Laura Huber' }],
    [
      'eine Sprecherin des «Seewiler Boten»',
      { type: 'role', role: 'Sprecherin des «Seewiler Boten»' },
    ],
    // A name with its particle ends its clause or goes on with a verb; "von" and a noun before a
    // preposition are the object of a verb.
    ['von Känel.', { type: 'name', name: 'von Känel' }],
    ['von Gunten sagte', { type: 'name', name: 'von Gunten' }],
    ['von Wintermorgen im Container.', undefined],
    ['die Vorsitzende Richterin Katrin Oldenburg', { type: 'name', name: 'Katrin Oldenburg' }],
    ['der 23-jährige Aydın', { type: 'reference', noun: 'Aydın', gender: 'm' }],
    [
      'die in Lausanne lebende Portugiesin',
      { type: 'reference', noun: 'Portugiesin', gender: 'f' },
    ],
  ])('%s', (text, subject) => {
    expect(readSubject(words(text))?.subject).toEqual(subject);
  });

  it.each([
    ['die Regierung'],
    ['der Verband in einer Mitteilung'],
    ['entsprechende Anfragen'],
    ['Ans Aufhören dachte er nie'],
    ['Beim Training blieb sie ruhig'],
    ['Brändlis Verteidiger, der Anwalt, plädierte'],
    ['Der Entscheid des Gerichts, Anna Meier und Beat Gmür'],
    ['Deren Kinder spielen'],
  ])('no subject in "%s"', (text) => {
    expect(readSubject(words(text))).toBeNull();
  });
});

describe('attributionAfter', () => {
  it.each([
    [', sagte Anna Muster.', { type: 'name', name: 'Anna Muster' }],
    ['», so Fehr.', { type: 'name', name: 'Fehr' }],
    // What somebody will say: the future with an infinitive of saying.
    [', wird er nach dem Spiel sagen.', { type: 'pronoun', gender: 'm' }],
    [', wird Jan Imhof später erzählen.', { type: 'name', name: 'Jan Imhof' }],
    [', wird Gmür nachgesagt.', { type: 'nobody' }],
    // Whose saying a possessive before a noun for it says.
    [', lautete seine berühmte Anweisung.', { type: 'pronoun', gender: 'm' }],
    [', so ihr Fazit.', { type: 'pronoun', gender: 'f' }],
    [', staunt der Experte.', { type: 'reference', noun: 'Experte', gender: 'm' }],
    [
      ', sagt Doktorand Jonas Aebi, der die Messstationen betreut.',
      { type: 'name', name: 'Jonas Aebi' },
    ],
    // A participle of saying with a separable prefix before "ge".
    [', habe Roland K. den Grenzwächtern zugeflüstert.', { type: 'name', name: 'Roland K.' }],
    [', hat sie nachgefragt.', { type: 'pronoun', gender: 'f' }],
    // In the passive, whom it was called to or said of.
    [', wurde Anna Keller vom Publikum zugerufen.', { type: 'nobody' }],
    [', wird Peter Graf nachgesagt.', { type: 'nobody' }],
    // Two roles joined by "und" before the name of the one person who holds both.
    [
      ', sagte der Gemeindepräsident von Gufelried und Präsident der Projektgruppe, Beat Zurbriggen, vor den Medien.',
      { type: 'name', name: 'Beat Zurbriggen' },
    ],
    [
      ', sagte der Geschäftsführer und Mitinhaber der Firma, Daniel Stucki, vor den Medien.',
      { type: 'name', name: 'Daniel Stucki' },
    ],
    // Not a second person with a clause of their own, nor a role of the other gender.
    [
      ', sagte der Präsident und Kassier Hans Meier stimmte zu.',
      { type: 'reference', noun: 'Präsident', gender: 'm' },
    ],
    [
      ', sagt der Präsident und Vizepräsidentin Anna Keller nickt.',
      { type: 'reference', noun: 'Präsident', gender: 'm' },
    ],
    [
      ', sagte der Präsident und die Sekretärin.',
      { type: 'reference', noun: 'Präsident', gender: 'm' },
    ],
    [', will Lina wissen.', { type: 'name', name: 'Lina' }],
    [', stammelte Ruckstuhl.', { type: 'name', name: 'Ruckstuhl' }],
    // A quoted name in the role's complement is one, a dash in it too; the apposition follows.
    [
      ', sagt der Co-Präsident des Komitees «Tram Nein – Bus Ja», Roger Kälin.',
      { type: 'name', name: 'Roger Kälin' },
    ],
    [', donnert er in der ersten Szene.', { type: 'pronoun', gender: 'm' }],
    // The text the words stand in is no part of who said them.
    [
      ', wird die Frau in der Mitteilung zitiert.',
      { type: 'reference', noun: 'Frau', gender: 'f' },
    ],
    // Whom it was said to, a pronoun in the dative, before the subject.
    [', schreibt uns eine Leserin.', { type: 'role', role: 'Leserin' }],
    [', erzählt mir Anna Muster.', { type: 'name', name: 'Anna Muster' }],
    [', brummt der Grossvater.', { type: 'reference', noun: 'Grossvater', gender: 'm' }],
    [', habe er gesagt.', { type: 'pronoun', gender: 'm' }],
    ['», pflegte Tschudin zu sagen.', { type: 'name', name: 'Tschudin' }],
    [', wie er gegenüber der Zeitung sagte.', { type: 'pronoun', gender: 'm' }],
    [', heisst es in der Mitteilung.', { type: 'nobody' }],
    [', sagten sie.', { type: 'nobody' }],
    [
      ', sagte Rettungschef J. P. Candrian von der Rettung.',
      { type: 'name', name: 'J. P. Candrian' },
    ],
    [
      ', sagte Rechtsanwalt Dr. Martin Oberholzer.',
      { type: 'name', name: 'Dr. Martin Oberholzer' },
    ],
    [', rechnet Wüthrich vor.', { type: 'name', name: 'Wüthrich' }],
    // Who quotes, who remembers somebody's words and who is asked did not say it.
    [', zitierte Beat Gmür seinen Vorgänger.', { type: 'nobody' }],
    [', zitierte Beat Gmür aus dem Brief.', { type: 'nobody' }],
    [', erinnert sich Beat Gmür an die Worte seines Vaters.', { type: 'nobody' }],
    [', wurde Beat Gmür von einer Journalistin gefragt.', { type: 'nobody' }],
    [', wird Beat Gmür immer wieder gefragt.', { type: 'nobody' }],
  ])('%s', (after, subject) => {
    expect(attributionAfter(after)?.subject).toEqual(subject);
  });

  it.each([
    ['. Dann ging sie.'],
    [' und ging.'],
    [', obwohl es regnete.'],
    // A second verb of the sentence's own subject.
    [', räumte aber zugleich ein, die Pläne nicht blockieren zu können.'],
  ])('no attribution in "%s"', (after) => {
    expect(attributionAfter(after)).toBeNull();
  });
});

describe('attributionSetOff', () => {
  it.each([
    [' – Trainer Urs Frei nach dem Spiel.', true, { type: 'name', name: 'Urs Frei' }],
    [
      ' – Monika Muster über den Brief der Gemeinde.',
      true,
      { type: 'name', name: 'Monika Muster' },
    ],
    [
      ' – so der Gemeindepräsident.',
      true,
      { type: 'reference', noun: 'Gemeindepräsident', gender: 'm' },
    ],
    [
      ': Gemeindepräsident Beat Gmür denkt nicht an Rücktritt.',
      true,
      { type: 'name', name: 'Beat Gmür' },
    ],
    // Not a name with a verb after the dash, not a sentence that opens otherwise, not inside a sentence.
    [' – Anna Meier sah das anders.', true, null],
    [': Mit diesen Worten eröffnete Gmür die Sitzung.', true, null],
    [': Die Gemeinde wehrt sich.', true, null],
    [' – Trainer Urs Frei nach dem Spiel.', false, null],
  ])('%s (opens its sentence: %s)', (after, opens, subject) => {
    expect(attributionSetOff(after, opens)?.subject ?? null).toEqual(subject);
  });
});

describe('attributionInNextSentence', () => {
  it.each([
    [' Das sagte Stadträtin Ida Beispiel am Montag.', { type: 'name', name: 'Ida Beispiel' }],
    // A person named in full whose next sentence opens with a gesture of speaking.
    [
      ' Ruth Kessler-Wimmer lacht, wenn sie das sagt.',
      { type: 'name', name: 'Ruth Kessler-Wimmer' },
    ],
    [
      ' Rentnerin Gerda Dünnwald (78) lacht heute darüber.',
      { type: 'name', name: 'Gerda Dünnwald' },
    ],
    [' Ihr Mann Kurt lacht.', undefined],
    // "So" and a verb of telling, then who told it.
    [
      ' So beschreibt Anwohner Kurt Meier gegenüber blue News den Moment, als der Bach stieg.',
      { type: 'name', name: 'Kurt Meier' },
    ],
    [' So schildert es Rita Gloor.', { type: 'name', name: 'Rita Gloor' }],
    // Who nods and then says words of their own after a colon did not say the words before.
    [' Sein Jasspartner Walter Egli nickt und ergänzt: «Teurer ist es nicht.»', undefined],
    [' Sein Jasspartner Walter Egli nickt.', { type: 'name', name: 'Walter Egli' }],
    [
      ' Ihre Captain Nina Frei erzählte es etwas anders: Die Trainerin sei laut geworden.',
      undefined,
    ],
    [
      ' Mit diesem Satz eröffnete Bürgermeisterin Petra Lindner die Versammlung.',
      { type: 'name', name: 'Petra Lindner' },
    ],
    // A negation in a relative clause says nothing of the words.
    [
      ' Das sagte eine Anwohnerin, die ihren Namen nicht nennen wollte.',
      { type: 'role', role: 'Anwohnerin' },
    ],
    [' Das glaubt Anna Gloor nicht.', undefined],
    [' So erklärt die Gemeinde den Entscheid.', undefined],
    [' So steht es im Bericht.', undefined],
    [' Der Richter lacht.', undefined],
    ['. Dies erklärte ein Sprecher der Bahn.', { type: 'role', role: 'Sprecher der Bahn' }],
    [' Das sagte er nach dem Spiel.', { type: 'pronoun', gender: 'm' }],
    [' Das teilte Gemeindepräsidentin Ida Beispiel mit.', { type: 'name', name: 'Ida Beispiel' }],
    [' Das sagt Lorena Caduff jedem neuen Lernenden.', { type: 'name', name: 'Lorena Caduff' }],
    // An apposition that runs to the end of the sentence; one after "Mit diesen Worten".
    [
      ' Das sagt Marco Beispiel, Präsident der Gewerkschaft.',
      { type: 'name', name: 'Marco Beispiel' },
    ],
    [
      ' Mit diesen Worten reagierte der Gemeindepräsident von Seewil, Tom Beispiel, auf den Fund.',
      { type: 'name', name: 'Tom Beispiel' },
    ],
    // Whoever used "diese Worte".
    [
      ' Mit diesen Worten eröffnete Präsidentin Vreni Zahner die Versammlung.',
      { type: 'name', name: 'Vreni Zahner' },
    ],
    // A name, then "sagt es" or "sagt den Satz".
    [
      ' Erika Fuchs, 84, sagt den Satz so, als hätte sie ihn oft gesagt.',
      { type: 'name', name: 'Erika Fuchs' },
    ],
    [' Seine Frau Corina Inäbnit sagt es ohne Vorwurf.', { type: 'name', name: 'Corina Inäbnit' }],
    [' Das versprach Zimmerli am Rande der Sitzung.', { type: 'name', name: 'Zimmerli' }],
    [
      ' Das bestätigte Gabriel Inäbnit, Chef der Inäbnit Tiefbau GmbH, am Dienstag.',
      { type: 'name', name: 'Gabriel Inäbnit' },
    ],
  ])('%s', (after, subject) => {
    expect(attributionInNextSentence(after)?.subject).toEqual(subject);
  });

  it.each([
    [' Das stand im Bericht.'],
    [' Das erklärt Anna Meiers Erfolg.'],
    [' Das Dorf feierte lange.'],
    [', sagte Ida Beispiel.'],
    [' Dann sagte Ida Beispiel nichts mehr.'],
    [' Das ärgert Bäuerin Anna Muster.'],
    [' Das kritisiert Anwohnerin Anna Muster.'],
    [' Das glaubt Grossrat Peter Huber nicht.'],
    [' Das freut Gemeindepräsidentin Anna Muster besonders.'],
    [' Das lässt Kassier Peter Huber nicht gelten.'],
    [' Das fand auch Captain Lea Muster.'],
    [' Das sagte auch Captain Lea Muster.'],
    [' Das sagte Peter Huber so nie.'],
    [' Das teilte die Gemeinde Seewil am Montag mit.'],
    [' Markus Schuler sagt den Satz seines Vaters oft.'],
    [' Mit diesen Worten wurde die Ausstellung eröffnet.'],
    [' Anna Meier sagt, das stimme nicht.'],
    [' Das sagt Anna Beispiel, Peter Muster widerspricht.'],
  ])('no attribution in "%s"', (after) => {
    expect(attributionInNextSentence(after)).toBeNull();
  });
});

describe('invertedPronoun', () => {
  it.each([
    ['Die Frage nach dem Budget wollte er nicht beantworten.', { type: 'pronoun', gender: 'm' }],
    ['Nach der Pause habe sie lange gezweifelt.', { type: 'pronoun', gender: 'f' }],
    ['Der Trainer lobte sie.', null],
    ['Höhere Steuern schloss er aus.', { type: 'pronoun', gender: 'm' }],
    ['Die Kinder lieben sie.', null],
    ['Das Wetter blieb schön.', null],
    ['Vor dem Haus wartete seine Nachbarin, als er ankam.', null],
    ['Vor dem Haus wartete seine Nachbarin als er ankam.', null],
    ['Als er ankam, wartete die Nachbarin.', null],
    ['Seit einem Jahr plant sie den Anlass.', { type: 'pronoun', gender: 'f' }],
    ['Während der Pause ruft er an.', { type: 'pronoun', gender: 'm' }],
    ['Seit sie hier wohnt, ist es ruhig.', null],
    ['Das Buch, das er schrieb, blieb liegen.', null],
    ['Dann hat sie der Trainer gelobt.', null],
    ['Dann hat sie der Mutter gesagt.', { type: 'pronoun', gender: 'f' }],
  ])('%s', (sentence, subject) => {
    expect(invertedPronoun(words(sentence))).toEqual(subject);
  });
});

describe('writersWords', () => {
  it.each([
    [
      '17.30 Uhr: Gemeindepräsidentin Helen Birrer zieht Bilanz.',
      'Gemeindepräsidentin Helen Birrer zieht Bilanz.',
    ],
    ['18:45: Gmür:', 'Gmür:'],
    ['+++ Beat Gmür: «Ich bin überwältigt» +++', 'Beat Gmür: _'],
    [
      'Regionalsekretärin Nadine Gisler, die seit Jahren mehr Pflegestellen fordert, sagte:',
      'Regionalsekretärin Nadine Gisler sagte:',
    ],
    ['Beat Gmür, von Anna Meier als «Bremser» kritisiert, sagte:', 'Beat Gmür sagte:'],
    [
      'Der Zaun sei ein Sichtschutz, den sie dringend brauche, sagte sie.',
      'Der Zaun sei ein Sichtschutz, sagte sie.',
    ],
    // An apposition with its article is no relative clause: it stays, and so does the verb.
    [
      'Die Tochter, die Cellistin Mira Vidić, sagt, er habe gelesen.',
      'Die Tochter, die Cellistin Mira Vidić, sagt, er habe gelesen.',
    ],
    ['Beat Gmür, von Anna Meier unterstützt, sagte:', 'Beat Gmür sagte:'],
    [
      'Eine Frau aus Grasbach, bei der im Oktober eingebrochen wurde, sagte:',
      'Eine Frau aus Grasbach sagte:',
    ],
    ['Beat Gmür, von Beruf Landwirt, sagte:', 'Beat Gmür, von Beruf Landwirt, sagte:'],
    [
      'Sein Mandant sei kein Betrüger, sondern ein Mann, der den Überblick verloren habe, argumentierte Huber.',
      'Sein Mandant sei kein Betrüger, sondern ein Mann, der den Überblick verloren habe, argumentierte Huber.',
    ],
    ['Gmür sagte, die Stimmung sei gut, und ging.', 'Gmür sagte, die Stimmung sei gut, und ging.'],
  ])('%s', (text, expected) => {
    expect(writersWords(text).join(' ')).toBe(expected);
  });
});

describe('listens', () => {
  it.each([
    ['Anna Meier hörte schweigend zu.', true],
    ['Der Trainer schwieg.', true],
    ['Sie lauschte dem Konzert, dann ging sie.', true],
    ['Er hört zu, wenn andere reden.', true],
    ['Anna Meier hörte Beat Gmür sagen:', false],
    ['Er hörte zu spät davon, sagte er.', false],
    ['Gmür redete eine halbe Stunde.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(listens(words(sentence))).toBe(expected);
  });
});

describe('isWritersAccount', () => {
  it.each([
    ['Der Bauernverband sieht das ganz anders.', true],
    ['Das Urteil fällt am Freitag.', true],
    ['Laut Polizei sei niemand verletzt worden.', true],
    ['Bei Regen dürften die Wege aber nicht zu lang werden.', false],
    ['Sie erinnerte an ein altes Versprechen.', false],
    ['Höhere Steuern schloss er nicht aus.', false],
    ['Seit 2020 gebe es dort mehr Verkehr, schreibt sie.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isWritersAccount(sentence)).toBe(expected);
  });
});

describe('shownRole', () => {
  it.each([
    [['Kritikerin', 'der', '_'], 'Kritikerin'],
    [['Sprecher', 'der', 'Kantonspolizei,'], 'Sprecher der Kantonspolizei'],
    [['Redaktor', '_,'], 'Redaktor'],
  ])('%j → %s', (phrase, role) => {
    expect(shownRole(phrase)).toBe(role);
  });
});

describe('doneByPersons', () => {
  it.each([
    ['Danach lacht sie:', true],
    ['Er nickte:', true],
    ['Danach sagt sie:', false],
    ['Die Studie kommt zum Schluss:', false],
  ])('%s → %s', (clause, expected) => {
    expect(doneByPersons(clause)).toBe(expected);
  });
});

describe('pronounAfterVerb', () => {
  it.each([
    ['Ihre Rückkehr nennt sie _', 2, { type: 'pronoun', gender: 'f' }],
    ['Dass die Gegner gedroht hätten, nannte er _', 5, { type: 'pronoun', gender: 'm' }],
    ['Ihr Chef nennt sie _', 2, null],
    ['Die Kritikerin schrieb, er hinterlasse _', 2, null],
    ['Die Kollegen nennen sie _', 2, null],
    ['Die Frage nannte der Präsident _', 2, null],
    ['Heute sind ihre Kurse voll, der _ nannte sie _', 7, null],
    ['Einwohnerrat Peter Wagner sagte, er werde _', 3, null],
  ])('%s (verb at %i) → %o', (sentence, verb, subject) => {
    expect(pronounAfterVerb(words(sentence), verb)).toEqual(subject);
  });
});

describe('inSubjunctive', () => {
  it.each([
    ['Das sei nicht das erste Mal.', true],
    ['Es handle sich um einen Einzelfall.', true],
    ['Er gehe davon aus, dass es klappt.', true],
    ['Er sagte das schon gestern.', false],
    // A phrase put first, the verb in -e, then its pronoun subject.
    ['An ihren Stammkunden hänge sie, auch an den späten.', true],
    ['Damals lebte sie in Bern.', false],
    ['Es regnet seit Tagen.', false],
    ['Die Wege dürften länger werden.', true],
    ['Die Vorlage führe in eine Sackgasse.', true],
    ['Die Vorlage führte in eine Sackgasse.', false],
    ['Die Kinder ohne Helm fuhren weiter.', false],
    ['Ein Projekt liege beim Kanton.', true],
    ['Aufgeben komme aber nicht in Frage.', true],
    ['Dort fehle das Geld.', true],
    ['Vier grosse Firmen wollen bauen.', false],
    ['Schon lange wartet die Gemeinde.', false],
    ['Ich hoffe das Beste.', false],
    ['Die Entscheidung koste Arbeitsplätze.', true],
    ['Die Entscheidung kostete Arbeitsplätze.', false],
    ['Die Gemeinde musste sparen.', false],
    ['Entscheidend sei, wie schnell die Lösung verdünnt werde.', true],
    ['Wichtig war, wie schnell es ging.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(inSubjunctive(words(sentence))).toBe(expected);
  });
});

describe('signature', () => {
  it.each([
    ['Margrit Hostettler, Obertal', 'Margrit Hostettler'],
    ['Urs Kägi, Landwirt, Seewil', 'Urs Kägi'],
    ['Thomas Wüthrich', 'Thomas Wüthrich'],
    // A heading, a sentence, a place or a firm is no signature.
    ['Stimmen gegen das Projekt', null],
    ['Thomas Wüthrich wohnt in Obertal.', null],
    ['Seewil', null],
    ['Meier Holzbau AG, Seewil', null],
  ])('%s → %s', (paragraph, name) => {
    const read = signature(paragraph);
    expect(read?.subject?.type === 'name' ? read.subject.name : null).toBe(name);
  });
});

describe('reportedQuestion', () => {
  it.each([
    ['Ob er nun an die Nationalmannschaft denke?', { type: 'pronoun', gender: 'm' }],
    ['Wie sie dazu kam?', { type: 'pronoun', gender: 'f' }],
    ['Wie Sandro Keller dazu kam?', { type: 'name', name: 'Sandro Keller' }],
    ['Ob sie bleiben wollen?', { type: 'nobody' }],
    ['Ob er Geldsorgen gehabt habe, fragte Lüthi weiter.', { type: 'pronoun', gender: 'm' }],
    ['Wann sie zurückkomme, wollte die Richterin wissen.', { type: 'pronoun', gender: 'f' }],
    ['Wie Keller betonte, sei das neu.', undefined],
    ['Ob das Buch autobiografisch sei?', null],
    // No question the writer reports.
    ['Er kam spät.', undefined],
    ['Ob «Heidi» ein Kinderbuch sei?', undefined],
    // A question the writer puts with its verb first, about whom the pronoun means.
    ['Ist sie nie müde?', { type: 'pronoun', gender: 'f' }],
    ['Bereut er es?', { type: 'pronoun', gender: 'm' }],
    ['Sind sie zufrieden?', undefined],
  ])('%s → %j', (sentence, expected) => {
    expect(reportedQuestion(sentence)).toEqual(expected);
  });
});

describe('continuesReportedSpeech', () => {
  it.each([
    ['Die Wege dürften nicht länger werden.', true],
    ['Das sei nicht das erste Mal.', true],
    ['Laut Polizei sei der Mann geflohen.', false],
    ['Der Bauernverband sieht das anders.', false],
    ['Sie habe lange gezögert.', false],
    ['Stadtrat Tom Beispiel sagte, das sei falsch.', false],
    ['Die Vorlage sei «überladen».', true],
    ['Seine Gegner werfen ihm vor, er sei «amtsmüde».', false],
    ['Die Kritiker unterstellen ihr, sie habe «gemauschelt».', false],
    ['Der Vorwurf, er sei «amtsmüde», treffe ihn nicht.', false],
    // Several people who speak, and a subjunctive in -te.
    ['Fahrgäste berichten, die Temperatur sei auf «weit über 35 Grad» gestiegen.', false],
    ['Das bedeute nicht zwangsläufig Stellenabbau.', true],
  ])('%s → %s', (sentence, expected) => {
    expect(continuesReportedSpeech(sentence)).toBe(expected);
  });

  // One capitalised word opening the sentence speaks only if it is somebody of the article.
  it.each([
    ['Gleichzeitig werde es immer schwieriger.', [], true],
    ['Aufgeben komme nicht in Frage.', [], true],
    ['Meier sei nicht erreichbar gewesen.', ['Meier'], false],
  ])('%s, people %j → %s', (sentence, people, expected) => {
    expect(continuesReportedSpeech(sentence, (w) => people.includes(w))).toBe(expected);
  });
});

describe('isUnnamedPersonNoun', () => {
  it.each([
    ['Zuhörer', true],
    ['Nutzerin', true],
    ['Doktorandin', true],
    ['Gast', true],
    ['Dame', true],
    ['Angestellte', true],
    ['Abonnent', true],
    ['Stellungnahme', false],
    ['Karte', false],
    ['Mitteilung', false],
    ['Flyer', false],
    ['Kabine', false],
    ['Andrea', false],
  ])('%s → %s', (noun, expected) => {
    expect(isUnnamedPersonNoun(noun)).toBe(expected);
  });
});

describe('isReportersClause', () => {
  it.each([
    ['Er habe «mit kaltem Kalkül» gehandelt.', true],
    ['Die Beschuldigte habe «mit grosser Energie» gehandelt.', true],
    ['Die Entscheidung sei «ein Witz» gewesen.', true],
    ['Laut Anklage habe er «mit kaltem Kalkül» gehandelt.', false],
    ['Die Klägerin wirft ihm vor, er habe «gelogen».', false],
    // A clause a subordinator opens, then the main clause's verb in -e and its pronoun.
    ['Bis die Sparte die Einbussen auffange, dauere es aber «mindestens drei Jahre».', true],
    ['Bis die Sparte wuchs, dauerte es «drei Jahre».', false],
    ['Als der Entscheid fiel, wurde es im Saal «mucksmäuschenstill».', false],
    ['Er sagte, die Lage sei «ernst».', false],
    ['Ich habe «nie» gezögert.', false],
    ['Sie hofft, dass die Gemeinde «bald» entscheide.', false],
    ['Die Vorlage wurde «deutlich» abgelehnt.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isReportersClause(sentence)).toBe(expected);
  });
});

describe('openingSource', () => {
  it.each([
    [
      'Wie Stadträtin Ida Beispiel sagte, sei die Lage ernst.',
      { type: 'name', name: 'Ida Beispiel' },
    ],
    [
      'Laut Polizeisprecherin Ida Beispiel sei der Mann verletzt.',
      { type: 'name', name: 'Ida Beispiel' },
    ],
    [
      'Gemäss einem Sprecher der Bahn fällt der Zug aus.',
      { type: 'role', role: 'Sprecher der Bahn' },
    ],
    ['Laut ihr sei alles in Ordnung.', null],
    // What a source gives is not a speaker; whose it is, is.
    [
      'Angaben von Beat Gmür zufolge sind die Kosten gestiegen.',
      { type: 'name', name: 'Beat Gmür' },
    ],
    ['Ersten Schätzungen zufolge sind die Kosten gestiegen.', null],
    // A role alone in the dative plural is a group, never one speaker.
    ['Laut Experten ist der Zeitplan zu knapp.', null],
    ['Insidern zufolge ist der Deal perfekt.', null],
    ['Gemäss Anwohnern war es laut.', null],
    // "Für" with a role and no article: people of that kind, for whom something is so.
    ['Für Jugendliche sei der Beruf nach wie vor attraktiv.', null],
    [
      'Für Gemeindepräsident Beat Gmür ist die Sache erledigt.',
      { type: 'name', name: 'Beat Gmür' },
    ],
    ['Wie erwartet fiel der Entscheid knapp aus.', null],
    ['Die Lage sei ernst, sagte sie.', null],
  ])('%s', (sentence, subject) => {
    expect(openingSource(words(sentence))).toEqual(subject);
  });
});

/** What readColonClause answers for a clause that names who speaks. */
const saidBy = (name: string) => ({ type: 'subject', subject: { type: 'name', name } });

describe('opensWithSpeaker', () => {
  it.each([
    ['Anna Meier bezeichnete Gemeindepräsident Beat Gmür als ', true],
    ['Sie nannte den Vorschlag von Beat Gmür ', true],
    ['Anna Meier zitierte Beat Gmür mit den Worten ', false],
    ['Beat Gmür sprach von einem «Erfolg», Anna Meier dagegen von einem ', false],
    ['Die Polizei bezeichnete Beat Gmür als ', false],
    ['Nach dem Spiel war Beat Gmür ', false],
    ['Richter Beat Gmür hielt in der Urteilsbegründung fest, der Mann habe ', true],
    ['Richter Beat Gmür hielt fest, das Gericht und der Mann hätten, wie er sagte, ', false],
  ])('%s → %s', (before, expected) => {
    expect(opensWithSpeaker(before)).toBe(expected);
  });
});

describe('viewHolder', () => {
  it.each([
    ['Für Nyffeler ist klar', { type: 'name', name: 'Nyffeler' }],
    ['Für ihn ist klar', { type: 'pronoun', gender: 'm' }],
    // A judgement of "das" for a person; not for a group.
    ['Für Wüthrich-Bolt ist das zu wenig', { type: 'name', name: 'Wüthrich-Bolt' }],
    ['Für ihn war das ein Fehler', { type: 'pronoun', gender: 'm' }],
    ['Für Jugendliche ist das zu teuer', null],
    // An adjective in the comparative put first, then who holds the view.
    [
      'Kritischer äussert sich Kantonsrat Patrick Zurfluhberg, selber Vater von drei Kindern',
      { type: 'name', name: 'Patrick Zurfluhberg' },
    ],
    ['Deutlicher wird Gemeinderätin Eva Muster', { type: 'name', name: 'Eva Muster' }],
    // The name before an apposition.
    [
      'Anders sieht es Marco Caviezel, Vater von zwei Kindern',
      { type: 'name', name: 'Marco Caviezel' },
    ],
    ['Das sieht auch Matthias Zurbuchen so', { type: 'name', name: 'Matthias Zurbuchen' }],
    ['Für Stiftungsrätin Irene Stalder steht fest', { type: 'name', name: 'Irene Stalder' }],
    ['Aus Sicht von Marco Bühler ist klar', { type: 'name', name: 'Marco Bühler' }],
    [
      'Davon ist auch Gewerbeverbandspräsident Marco Bühler überzeugt',
      { type: 'name', name: 'Marco Bühler' },
    ],
    ['So sieht es auch Stadtbaumeisterin Ruth Amsler', { type: 'name', name: 'Ruth Amsler' }],
    ['Ähnlich tönt es bei Gewerbler Kurt Egli', { type: 'name', name: 'Kurt Egli' }],
    ['Bei Konzernchef Patrick Koch klingt das so', { type: 'name', name: 'Patrick Koch' }],
    ['Nach dem Spiel war Captain Fabian Koch enttäuscht', { type: 'name', name: 'Fabian Koch' }],
    ['Anna Meier zeigte sich erleichtert', { type: 'name', name: 'Anna Meier' }],
    [
      'Nach dem Schlusspfiff war Goalie Silvan Ruchti bedient',
      { type: 'name', name: 'Silvan Ruchti' },
    ],
    ['Für Wenger ist damit klar', { type: 'name', name: 'Wenger' }],
    ['Torhüter Linus Beispiel sah es ähnlich', { type: 'name', name: 'Linus Beispiel' }],
    ['Für die Gemeinde ist klar', null],
    ['Die Stimmung war enttäuscht', null],
    ['Anders sieht es die Gewerkschaft', null],
  ])('%s', (clause, holder) => {
    expect(viewHolder(clause)).toEqual(holder);
  });
});

describe('zuInfinitive', () => {
  it.each([
    [['künftige', 'Senkungen', 'umgehend', 'weiterzugeben.'], true],
    [['jahrelang', 'nur', 'Häuser', 'gewidmet', 'zu', 'haben.'], true],
    // A subject of its own, or a finite verb: no infinitive.
    [['sie', 'habe', 'geschlafen.'], false],
    [['die', 'Ausgaben', 'stiegen.'], false],
  ])('%j → %s', (clause, expected) => {
    expect(zuInfinitive(clause)).toBe(expected);
  });
});

describe('placingPhraseEnd', () => {
  it.each([
    ['Nachfolgerin im Amt, Theres Bühlmann', 1, 2],
    ['Lehrerin an der Berufsschule in Tannwil, Martina Eichler', 1, 5],
    // No comma within a few words, or a verb on the way: no phrase before an apposition.
    ['Lehrerin an der Berufsschule in Tannwil seit vielen langen Jahren,', 1, -1],
    ['Lehrerin an der Schule lobt, Martina', 1, -1],
    ['Lehrerin Martina Eichler,', 1, -1],
  ])('%s from word %i → %i', (text, from, expected) => {
    expect(placingPhraseEnd(words(text), from)).toBe(expected);
  });
});

describe('namesAnotherPerson', () => {
  it.each([
    ['Anna Meier teilte einen Beitrag von Beat Gmür', false, true],
    ['Ghisletti lobte den Gegner, dessen Coach Luca Pedrini zurückhaltend blieb', false, true],
    ['Ghisletti lobte den Gegner, dessen Coach Luca Pedrini zurückhaltend blieb', true, true],
    ['Anna Meier teilte einen Beitrag von Beat Gmür', true, false],
    ['Anna Meier, Präsidentin von Pro Seewil, ist überzeugt', false, false],
    ['Die Antwort kam von der Gemeinde', false, false],
  ])('%s (relative clauses only: %s) → %s', (clause, relativeOnly, expected) => {
    expect(namesAnotherPerson(words(clause), relativeOnly)).toBe(expected);
  });
});

describe('inDescribingClause', () => {
  it.each([
    ['Die als ', ' bezeichnete Anna Meier wehrt sich.', true],
    ['Im Gegensatz zu Regula Meili, die ', ' will, sagt Hans Wyrsch: «…»', true],
    ['Anna Meier nannte den Plan ', ', sagte sie.', false],
    ['Die Vorlage, die der Rat beschloss, sei ', ' gewesen, sagt Beat Gmür.', false],
    ['Gmür findet, die Vorlage sei ', ' gewesen, sagt er.', false],
    ['Die als ', ' bekannte Claudia Meister gibt sich selbstkritisch.', true],
    ['«Ich bin kein Held», sagt Sven Gisler, den alle nur den ', ' nennen.', true],
  ])('%s«…»%s → %s', (before, after, expected) => {
    expect(inDescribingClause(before, after)).toBe(expected);
  });
});

describe('reportedSpeakerSubject', () => {
  it.each([
    [
      'Ein Ausbildner habe in der ersten Woche gesagt, Frauen seien ',
      { type: 'role', role: 'Ausbildner' },
    ],
    ['Gemeinderat Urs Gamma habe gesagt, das sei ', { type: 'name', name: 'Urs Gamma' }],
    // Whose father the text may not say; no speech reported; a pronoun.
    ['Ihr Vater habe gesagt, das sei ', null],
    ['Ein Ausbildner sei streng gewesen, das sei ', null],
    ['Er habe gesagt, das sei ', null],
  ])('%s«…» → %j', (before, subject) => {
    expect(reportedSpeakerSubject(words(before))).toEqual(subject);
  });
});

describe('describesNoOne', () => {
  it.each([
    ['Die Stimme ist heiser, der Ärger noch frisch.', true],
    ['Danach wurde es hektisch.', true],
    // A body, a group, somebody by a pronoun or a quantifier, or a verb of opinion.
    ['Der Verband sieht das anders.', false],
    ['Die Anwohner sind empört.', false],
    ['Doch nicht alle sind einverstanden.', false],
    ['Sie lacht.', false],
    ['Das sieht Peter Muster anders.', false],
    ['Und die Kosten?', false],
  ])('%s → %s', (sentence, expected) => {
    expect(describesNoOne(sentence)).toBe(expected);
  });
});

describe('lastNamedPair', () => {
  it.each([
    [
      'Initiiert haben den Brief Sabine Hürlimann und Daniel Oesch, beide im Elternrat.',
      'Sabine Hürlimann und Daniel Oesch',
    ],
    ['In Oberwängi stehen Marta und Kurt Imboden vor ihrem Haus.', 'Marta und Kurt Imboden'],
    // Somebody named after the pair; no pair at all.
    ['Ruth und Walter Gerber kamen. Auch Anna Meier war da.', null],
    ['Die Kinder spielten im Hof.', null],
  ])('%s → %s', (before, pair) => {
    expect(lastNamedPair(words(before))).toBe(pair);
  });
});

describe('namedPair', () => {
  it.each([
    ['Lea und Marco Baumann, die den Laden führen.', 'Lea und Marco Baumann'],
    ['die beiden OK-Präsidenten Corinne und Beat Aregger.', 'Corinne und Beat Aregger'],
    ['die beiden Co-Präsidentinnen Sandra Wyss und Monika Lüthi.', 'Sandra Wyss und Monika Lüthi'],
    ['die Geschwister Anna und Luca Frei, die wandern waren.', 'Anna und Luca Frei'],
    // A group with no names, or names that do not end the clause.
    ['die Bauern.', null],
    ['beide.', null],
    ['Anna und Luca Frei gemeinsam.', null],
  ])('%s → %s', (after, pair) => {
    expect(namedPair(words(after))).toBe(pair);
  });
});

describe('mentionedTerm', () => {
  it.each([
    ['Begriffe wie ', true],
    ['Wörter wie «Anke» oder ', true],
    ['Die Jugendlichen kennen Ausdrücke wie ', true],
    // Sayings are somebody's words, heard or said: not a mere term.
    ['Er sagte Dinge wie ', false],
    ['Sie mag Wörter wie Anke und ', false],
  ])('%s«…» → %s', (before, expected) => {
    expect(mentionedTerm(before)).toBe(expected);
  });
});

describe('describedPerson', () => {
  it.each([
    ['die Initiantin zur Begrüssung.', { type: 'reference', noun: 'Initiantin', gender: 'f' }],
    ['der Quereinsteiger', null],
    ['der Debütant', { type: 'reference', noun: 'Debütant', gender: 'm' }],
    // Not a given name, nor a short word, nor another article.
    ['die Karin', null],
    ['die Kabine', null],
    ['eine Initiantin', null],
  ])('sagte %s → %o', (after, expected) => {
    expect(describedPerson(words(after))).toEqual(expected);
  });
});

describe('speaksOfThirdPerson', () => {
  const man = { type: 'name', name: 'Lukas Imfeld' } as const;
  const woman = { type: 'name', name: 'Anna Meier' } as const;
  it.each([
    ['Er hat es verdient.', man, true],
    ['Mein Nachbar hat ihn gesehen.', man, true],
    // A relative the speaker brings in may be the person named before: his wife speaks of him.
    ['Mein Mann war immer sportlich. Er gibt nicht auf.', man, true],
    ['Meine Tochter war krank. Sie hat gelitten.', woman, true],
    ['Ich habe es gesehen.', woman, false],
  ])('«%s» → %s', (quotation, subject, expected) => {
    expect(speaksOfThirdPerson(quotation, subject)).toBe(expected);
  });
});

describe('proverbNamed', () => {
  it.each([
    ['An die alte Bauernregel ', true],
    ['An den alten Spruch ', true],
    ['Er kennt das Sprichwort ', true],
    // A possessive makes the saying somebody's.
    ['Sein Lieblingsspruch ', false],
    ['Ihre Regel ', false],
  ])('%s«…» → %s', (before, expected) => {
    expect(proverbNamed(before)).toBe(expected);
  });
});

describe('carriedByText', () => {
  it.each([
    ['In einem Chalet fand die Besitzerin einen Zettel mit den Worten ', true],
    ['Vor dem Hof steht ein Schild mit der Aufschrift ', true],
    // Words somebody said, or a text not named right before them.
    ['Die Präsidentin verabschiedete sich mit den Worten ', false],
    ['Auf dem Zettel stand nur ', false],
  ])('%s«…» → %s', (before, expected) => {
    expect(carriedByText(before)).toBe(expected);
  });
});

describe('labelOfOthers', () => {
  it.each([
    ['Die Gegner nannten das Projekt einen ', true],
    ['Im Dorf nannte man ihn nur den ', true],
    ['Man sprach von einem ', true],
    // The speaker's own label, alone or as one of "wir".
    ['Anna Meier nannte das Projekt einen ', false],
    ['Wir nennen das einen ', false],
    // A clause before the label: whose words they are is not said there.
    ['Gmür sagte, die Gegner nannten es einen ', false],
  ])('%s«…» → %s', (before, expected) => {
    expect(labelOfOthers(before)).toBe(expected);
  });
  it.each([
    // A participle after the words, with a plural subject or "man" before them.
    ['Manche Kollegen hätten sie ', ' genannt, erzählt sie.', true],
    ['Im Dorf habe man ihn nur den ', ' genannt, sagt er.', true],
    ['Anna Meier hat das Projekt einen ', ' genannt.', false],
    ['Wir haben es immer den ', ' genannt, sagt sie.', false],
  ])('%s«…»%s → %s', (before, after, expected) => {
    expect(labelOfOthers(before, after)).toBe(expected);
  });
});

describe('subjectAfterFrontedPhrase', () => {
  it.each([
    ['Danach zog Hans Muster sein Fazit', { type: 'name', name: 'Hans Muster' }],
    ['Auf dem Weg nach draussen zog ein Besucher sein Fazit', { type: 'role', role: 'Besucher' }],
    // A name after a preposition is its object; an article opens no fronted phrase; a thing.
    ['Nach dem Auftritt von Lea Muster herrschte Stille', null],
    ['Ein echter Alleskönner, wie ihn die Kuratorin nennt', null],
    ['Im Brief stand der Satz', null],
  ])('%s → %o', (clause, subject) => {
    expect(subjectAfterFrontedPhrase(words(clause))).toEqual(subject);
  });
});

describe('ownClauseSubject', () => {
  it.each([
    // A name or a role with its article right before the verb, after a comma or "und".
    [
      'Im Januar gewann sie, ein Kommentator nannte sie _.',
      6,
      { type: 'role', role: 'Kommentator' },
    ],
    ['Sie gewann, und Lea Muster sagte _.', 5, { type: 'name', name: 'Lea Muster' }],
    // No subject of its own before the verb, or no quotation after it.
    ['Im Januar gewann sie, danach nannte sie _.', 5, null],
    ['Beat Beispiel schüttelte den Kopf, Anna Muster lachte.', 7, null],
  ])('%s (verb at %i) → %o', (sentence, verb, subject) => {
    expect(ownClauseSubject(words(sentence), verb)).toEqual(subject);
  });
});

describe('subjectOfWords', () => {
  it.each([
    // A name, then a role set off by commas, with or without the age before it.
    ['Nicole Baumgartner, Mutter von drei Kindern,', { type: 'name', name: 'Nicole Baumgartner' }],
    // What the person is too, after "selbst", set off by commas.
    [
      'BVP-Nationalrat Lukas Rindlimatt, selbst Liegenschaftsverwalter,',
      { type: 'name', name: 'Lukas Rindlimatt' },
    ],
    ['Jonas Berkemeier, 34, Vater von zwei Kindern,', { type: 'name', name: 'Jonas Berkemeier' }],
    // A role with a genitive complement, then the name set off by commas.
    [
      'Der Verteidiger des 24-Jährigen, Rechtsanwalt Kai Oberdiek,',
      { type: 'name', name: 'Kai Oberdiek' },
    ],
    // A phrase a preposition opens, set off by commas.
    [
      'Bäckermeister Hanspeter Grossenbacher, seit dreissig Jahren im Dorf,',
      { type: 'name', name: 'Hanspeter Grossenbacher' },
    ],
    // Two people set off by commas are no one subject.
    ['Jonas Berkemeier, 34, Anna Meier, 29,', null],
  ])('%s → %j', (before, subject) => {
    expect(subjectOfWords(words(before))).toEqual(subject);
  });
});

describe('heardFromOthers', () => {
  it.each([
    ['Sie habe damals Sätze gehört wie ', true],
    ['Sprüche wie ', false],
    ['Sprüche bekomme er oft zu hören wie ', true],
    // Sentences of one's own, or after a comma a clause that hears nothing.
    ['Verena Schartlehner sagt oft Sätze wie ', false],
    ['Sie habe viel gehört, und sie sage Sätze wie ', false],
    // An example of what she heard, reported after the clause that hears it.
    ['Sprüche habe sie viele gehört, etwa, sie sei ', true],
    ['Solche Sätze habe er oft gelesen, zum Beispiel, er könne ', true],
    // Not where a verb of saying after it gives the words a speaker.
    ['Sprüche habe sie viele gehört, heute sagt sie, sie sei ', false],
    ['Sprüche habe sie viele gehört, und sie lache darüber ', false],
  ])('%s«…» → %s', (before, expected) => {
    expect(heardFromOthers(before)).toBe(expected);
  });
});

describe('groupInLastClause', () => {
  it.each([
    [
      'Unter mir schnarcht Ruth leise, über dem Gang unterhalten sich zwei Stimmen flüsternd.',
      true,
    ],
    ['Dann kommen beide Nachbarinnen aus dem Haus.', true],
    // Not people, not in the last clause, or after a preposition.
    ['Sie habe fast vier Jahre an dem Text gearbeitet.', false],
    ['Zwei Frauen lachten, Ruth schnarchte weiter.', false],
    ['Gmür sprach mit zwei Nachbarinnen.', false],
  ])('%s → %s', (sentence, group) => {
    expect(groupInLastClause(words(sentence))).toBe(group);
  });
});

describe('unownedTalkBeforeComma', () => {
  it.each([
    ['Im Tal erzähle man sich inzwischen, der Ferner sei «schon tot».', true],
    ['Im Ort kursiert zudem das Gerücht, die Gemeinde habe «heimlich zugesagt».', true],
    ['Man sagt, sie habe «goldene Hände».', true],
    // Words that were to be heard, or that one hears, with no owner named.
    ['Im Saal war dennoch immer wieder zu hören, der Gemeinderat habe «nie gefragt».', true],
    ['Im Dorf hört man, die Gemeinde habe «heimlich zugesagt».', true],
    ['Von Kofler war zu hören, der Ferner sei «schon tot».', false],
    // "es heisst" in any clause before the words, a rumour, several people none of them named.
    ['Als der Laden schloss, habe es im Dorf geheissen, das sei «der Anfang vom Ende».', true],
    ['Im Dorf hatte man gemunkelt, dies könne «das Jahr der Frauen» werden.', true],
    ['In der Stadt wird gemunkelt, die Gemeinde wolle «Bauland».', true],
    ['Viele im Publikum fanden dagegen, das sei «endlich Theater».', true],
    ['Als der Laden schloss, habe Gisler gesagt, das sei «der Anfang vom Ende».', false],
    // Somebody's own clause, or "man" with no verb of saying.
    ['Kofler erzählt, der Ferner sei «schon tot».', false],
    ['Im Tal sieht man, der Ferner sei «schon tot».', false],
    ['Der Ferner sei «schon tot».', false],
  ])('%s → %s', (sentence, unowned) => {
    expect(unownedTalkBeforeComma(words(sentence))).toBe(unowned);
  });
});

describe('thatClauseSubject', () => {
  it.each([
    [
      'Kühnel kritisiert zudem, dass Oltmanns anfangs von einem ',
      ' gesprochen habe.',
      { type: 'name', name: 'Oltmanns' },
    ],
    [
      'Sie wundert sich, ob Gemeinderat Urs Pfiffner das wirklich ',
      ' genannt habe.',
      { type: 'name', name: 'Urs Pfiffner' },
    ],
    // A relative the words name, with the subjunctive of the verb of saying.
    [
      'Sie fügt an, dass ihr Enkel das Grüssen als ',
      ' bezeichne.',
      { type: 'reference', noun: 'Enkel', gender: 'm', owned: true, ownerGender: 'f' },
    ],
    // No verb of saying in the clause: the words are the main clause's speaker's.
    ['Kühnel kritisiert, dass Oltmanns ', ' reagiert habe.', undefined],
    // No subject of its own, or no "dass" clause.
    ['Kühnel sagt, dass es ', ' werde.', undefined],
    ['Oltmanns sprach von einem ', '.', undefined],
  ])('%s … %s', (before, after, expected) => {
    expect(thatClauseSubject(before, after)).toEqual(expected);
  });
});

describe('gappedClauseSubject', () => {
  it.each([
    [
      'Er sprach von einem «Budget», Oppositionschefin Sabine Kronberger von einer ',
      { type: 'name', name: 'Sabine Kronberger' },
    ],
    [
      'Beat Gmür sprach von einem «Erfolg», Anna Meier dagegen von einem ',
      { type: 'name', name: 'Anna Meier' },
    ],
    // The verb's subject after the comma is nobody the words name.
    ['Beat Gmür sprach von einem «Erfolg», die Gegner von einem ', null],
    // No clause that leaves out the verb: a verb of its own, or no verb of saying before.
    ['Beat Gmür sprach von einem «Erfolg», Anna Meier sprach von einem ', undefined],
    ['Der Bus fuhr ab, Anna Meier von der ', undefined],
    ['Beat Gmür sprach gestern von einem ', undefined],
  ])('%s«…» → %j', (before, expected) => {
    expect(gappedClauseSubject(before)).toEqual(expected);
  });
});

describe('clauseSays', () => {
  it.each([
    ['der von einem _ sprach', true],
    ['der das Projekt _ fand', true],
    ['der _ verloren habe', true],
    ['der den _ in Kaltenegg seit 1998 führt', false],
    ['die hielt fest, das sei _', true],
  ])('%s → %s', (clause, expected) => {
    expect(clauseSays(clause.split(' '))).toBe(expected);
  });
});

describe('termExplained', () => {
  it.each([
    ['Was ein ', ' genau ist, erklärt Lukas Wüthrich gerne.', true],
    ['Was ', ' bedeutet, zeigt sie an einem Beispiel.', true],
    ['Gründer Lukas Wüthrich spricht von einem Meilenstein. Was ein ', ' ist, sagt er.', true],
    ['Was mit ', ' gemeint ist, sagt er nicht.', true],
    // A question the speaker asks in a sentence of his own, or a clause that goes on.
    ['Was die ', ' noch bringen, weiss niemand.', false],
    ['Was für ein ', ' Gefühl!, rief sie.', false],
    ['Sie erklärt, was ein ', ' ist.', false],
  ])('%s«…»%s → %s', (before, after, expected) => {
    expect(termExplained(before, after)).toBe(expected);
  });
});

describe('inSourceClause', () => {
  it.each([
    ['Darin zitiert er einen Beschluss von 1887, wonach', true],
    ['Sie verweist auf einen Bericht, demzufolge', true],
    ['Er stützt sich auf Zahlen, denen zufolge die Kosten', true],
    ['Sie verweist auf den Bericht, der', false],
    ['Er sagte, die Kosten seien', false],
    ['Er hielt dagegen, das Heu sei laut dem Einsatzprotokoll der Feuerwehr', true],
    ['Die Ausgaben seien gemäss Bericht', true],
    ['Sie sei laut Kellner', false],
  ])('%s «…» → %s', (before, expected) => {
    expect(inSourceClause(words(before))).toBe(expected);
  });
});

describe('withoutUnknownTitle', () => {
  it.each([
    ['Obmann Franz Hiebl', 'Franz Hiebl'],
    ['SPÖ-Klubobmann Herbert Weinzettl', 'Herbert Weinzettl'],
    ['Papa Sandro Pedrazzini', 'Sandro Pedrazzini'],
    ['Kellnerin Selina', 'Selina'],
    // A long compound before a given name and a family name is a rank.
    ['Hauptbrandinspektor Gerald Rabengruber', 'Gerald Rabengruber'],
    // A name whose first word may be a given name the lists do not know stays as written.
    ['María José García López', 'María José García López'],
    ['Anna Maria Meier', 'Anna Maria Meier'],
  ])('%s → %s', (name, speaker) => {
    expect(withoutUnknownTitle(name)).toBe(speaker);
  });
});

describe('leadingSubordinateClause', () => {
  it.each([
    [
      'Als Lindgren von «Klientelpolitik» sprach, kam ein Zwischenruf:',
      'Als Lindgren von «Klientelpolitik» sprach, ',
    ],
    ['Nachdem die Glocke verstummt war, sagte Rita Stalder:', 'Nachdem die Glocke verstummt war, '],
    // A main clause first, or a comma before a name.
    ['Lindgren sprach, und dann kam ein Zwischenruf:', ''],
    ['Als Präsidentin sagte Anna Meier:', ''],
  ])('%s', (sentence, clause) => {
    expect(leadingSubordinateClause(sentence)).toBe(clause);
  });
});

describe('secondClause', () => {
  it.each([
    ['Trainerin Petra Fuchs lobte sie, doch Sara Imfeld winkte ab', 'Sara Imfeld winkte ab'],
    [
      'Grossrat Zurfluh setzte sich, und Grossrätin Petra Imhof trat ans Rednerpult',
      'Grossrätin Petra Imhof trat ans Rednerpult',
    ],
    ['Egli lobte ihn, doch der 29-Jährige winkte ab', 'der 29-Jährige winkte ab'],
    // An adverb of time first, then the verb and a subject of its own.
    ['Ramona Zurbriggen hebt den Taktstock, und dann ruft ein Kind', 'dann ruft ein Kind'],
    ['Zurbriggen nickt, und dann erklingt das Lied', 'dann erklingt das Lied'],
    ['Zurbriggen nickt, und dann sagt sie', 'dann sagt sie'],
    // A second verb that shares the first subject, or one clause only.
    ['Gmür schüttelt den Kopf, lächelt und sagt', null],
    ['Anna Meier lobte das Projekt', null],
    // A noun phrase with no verb after "sondern" is no clause of its own.
    ['Secondhand sei keine Frage des Geldes, sagt sie, sondern eine Haltung', null],
  ])('%s', (clause, second) => {
    expect(secondClause(words(clause))?.join(' ') ?? null).toEqual(second);
  });
});

describe('isPlacingPhrase', () => {
  it.each([
    ['am Marktplatz', true],
    ['neben ihm', true],
    ['hinter ihr', true],
    ['von zwei Primarschülern', true],
    ['aus dem Nachbardorf', true],
    ['im Morishima-Trikot', true],
    ['am Montag', false],
    ['neben', false],
    ['mit dem Velo zum Bahnhof', false],
    ['sagt', false],
  ])('%s → %s', (phrase, expected) => {
    expect(isPlacingPhrase(phrase.split(' '))).toBe(expected);
  });
});

describe('firstPersonSubject', () => {
  it.each([
    ['Ich sage:', true],
    ['Dann sage ich:', true],
    ['Und wenn jemand fragt, ob es WLAN gibt, sage ich:', true],
    ['Meine Frau sagt jeweils, wenn ich heimkomme:', false],
    ['Ich war skeptisch, Reto Hunger sagte aber:', false],
  ])('%s → %s', (clause, expected) => {
    expect(firstPersonSubject(words(clause))).toBe(expected);
  });
});

describe('readColonClause', () => {
  it.each([
    // A saying of whom the clause ends with by full name; a relation alone names nobody.
    [
      'Im Leitbild der Firma steht ein Satz ihres Grossvaters Hans Sutter:',
      { type: 'subject', subject: { type: 'name', name: 'Hans Sutter' } },
    ],
    ['Sie zitiert einen Satz ihres Vaters:', { type: 'nobody' }],
    // Not a compound that only ends like a saying noun, nor in a clause with its own verb of saying.
    ['Chefarzt Peter Imbach erklärt den Einsatz des Kollegen Hans Sutter:', { type: 'nobody' }],
    // Not a clause of manner whose verb says nothing.
    ['Es kam, wie es Urs Meier befürchtet hatte:', { type: 'nobody' }],
    // The "es" of a clause of manner is what was said; who said it follows.
    [
      'Seewil verteidigte mit Mann und Maus, wie es Walpen formulierte:',
      { type: 'subject', subject: { type: 'name', name: 'Walpen' } },
    ],
    // A gesture, then the verb of saying: the subject of both speaks.
    [
      'Ihr Begleiter nickte und ergänzte trocken:',
      {
        type: 'subject',
        subject: {
          type: 'reference',
          noun: 'Begleiter',
          gender: 'm',
          owned: true,
          ownerGender: 'f',
        },
      },
    ],
    // A whole-word role after a hyphen.
    [
      'Ein Seewil-Fan rief beim Verlassen des Stadions:',
      { type: 'subject', subject: { type: 'role', role: 'Seewil-Fan' } },
    ],
    // A main clause of its own after a comma, whose "zu hören" lets the person it names speak.
    [
      'Ein Beifahrer hatte die Fahrt gefilmt, im Hintergrund ist Luca B. zu hören:',
      { type: 'subject', subject: { type: 'name', name: 'Luca B.' } },
    ],
    // A saying the subject gave, told in reported speech: the subject's words.
    [
      'Sein Trainer Köbi Föhn habe ihm vor dem Gang nur einen Satz mit auf den Weg gegeben:',
      { type: 'subject', subject: { type: 'name', name: 'Köbi Föhn' } },
    ],
    ['Ihr Nachbar habe sie jahrelang schikaniert:', { type: 'nobody' }],
    // Who would not say more says this much; "sie" after a singular auxiliary and nothing else.
    [
      'Was er in der Kabine gesagt habe, wollte er nicht verraten, nur so viel:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'm' } },
    ],
    ['Diesmal hat sie nur gesagt:', { type: 'subject', subject: { type: 'pronoun', gender: 'f' } }],
    // Who quotes from a text did not write it; whom somebody quotes said it.
    [
      'Im Programmheft zitiert Inderbitzin aus einem Gemeinderatsprotokoll von damals:',
      { type: 'nobody' },
    ],
    [
      'Anna Meier zitierte ihren Grossvater:',
      {
        type: 'subject',
        subject: {
          type: 'reference',
          noun: 'Grossvater',
          gender: 'm',
          owned: true,
          ownerGender: 'f',
        },
      },
    ],
    // Whose answer or conclusion it is, by the genitive of a family name.
    ['Flurys Antwort:', { type: 'subject', subject: { type: 'name', name: 'Flury' } }],
    ['Gislers Fazit war klar:', { type: 'subject', subject: { type: 'name', name: 'Gisler' } }],
    // "niemand" in what is said, after a comma, is not who speaks.
    [
      'Er betonte, niemand werde enteignet:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'm' } },
    ],
    ['Dann rief jemand aus der letzten Reihe:', { type: 'nobody' }],
    // A saying or a reason of whom the possessive means, with an adjective or a copula.
    ['Sein erster Satz war:', { type: 'subject', subject: { type: 'pronoun', gender: 'm' } }],
    ['Seine Begründung war knapp:', { type: 'subject', subject: { type: 'pronoun', gender: 'm' } }],
    // A saying the possessive gives a man, kept by a woman: his, whom the clause does not name.
    ['Seinen Lieblingssatz habe sie bis heute im Kopf:', { type: 'nobody' }],
    [
      'Ihren Lieblingssatz hat sie sich gemerkt:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'f' } },
    ],
    // A possessive statement noun and how it came: the person the pronoun means.
    [
      'Ihre Antwort kommt mit einem Lachen:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'f' } },
    ],
    // Support received from somebody named after "von": theirs, not the receiver's.
    [
      'Unterstützung erhielt sie von Grossrat Thomas Rüegsegger:',
      { type: 'subject', subject: { type: 'name', name: 'Thomas Rüegsegger' } },
    ],
    ['Sie erhielt eine SMS von ihrer Schwester:', { type: 'nobody' }],
    // A phrase put first, a verb that is no verb of saying, then the subject.
    [
      'Auf dem Weg nach draussen zog ein Besucher sein Fazit:',
      { type: 'subject', subject: { type: 'role', role: 'Besucher' } },
    ],
    // A determiner after a preposition in the subject's complement is no verb.
    [
      'Ein Anwohner aus diesem Gebiet machte seinem Ärger Luft:',
      { type: 'subject', subject: { type: 'role', role: 'Anwohner aus diesem Gebiet' } },
    ],
    // A teller set off by commas is not the clause's subject.
    [
      'Seine Frau Heike Kleinschmidt, erzählt er, habe ihm ein Ultimatum gestellt:',
      { type: 'nobody' },
    ],
    [
      'Beat Gmür, sagte sie, habe nur gerufen:',
      { type: 'subject', subject: { type: 'name', name: 'Beat Gmür' } },
    ],
    [
      'Die gab es nicht – aber Harrer, beim Schlussapplaus sichtlich gerührt, versprach:',
      { type: 'subject', subject: { type: 'name', name: 'Harrer' } },
    ],
    [
      'Ein Schüler, der zehnjährige Mauro, habe sie gefragt:',
      { type: 'subject', subject: { type: 'name', name: 'Mauro' } },
    ],
    [
      'Zuoberst hat er, doppelt unterstrichen, notiert:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'm' } },
    ],
    [
      'Sein damaliger Chef, ein gewisser Otto Zwahlen, habe immer gesagt:',
      { type: 'subject', subject: { type: 'name', name: 'Otto Zwahlen' } },
    ],
    ['Als die Richterin ihr die Unterschrift zeigte, schüttelte sie den Kopf:', { type: 'nobody' }],
    // A subject of the other gender after the pronoun: "ihm" and "er" are the same man.
    [
      'Als ihm die Gerichtspräsidentin das letzte Wort erteilte, sagte er leise:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'm' } },
    ],
    ['Als ihm der Richter das letzte Wort erteilte, sagte er leise:', { type: 'nobody' }],
    // A clause "was" opens, whose subject takes up what the sentence told; not after a verb of feeling.
    [
      'Am 15. März gastiert die Produktion im Kulturhaus, was die Autorin mit Humor nimmt:',
      { type: 'subject', subject: { type: 'reference', noun: 'Autorin', gender: 'f' } },
    ],
    ['Gmür lobte die Arbeit, was die Gegnerin ärgerte:', { type: 'nobody' }],
    // Not a clause whose subject heard, filmed or wrote down somebody else's words.
    ['Die Täter schrien laut, was Nachbar Peter Graf mit dem Handy filmte:', null],
    [
      'Die Demonstranten skandierten Parolen, was die Polizistin Anna Keller notierte:',
      { type: 'nobody' },
    ],
    // With "ich" the subject, the one person of the gender spoken to, by the role given.
    [
      'Als ich dem Besitzer vom Buch erzählte, meinte er bloss:',
      { type: 'subject', subject: { type: 'role', role: 'Besitzer' } },
    ],
    [
      'Als ich dem Besitzer davon erzählte, meinte sie:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'f' } },
    ],
    [
      'Als die Richterin ihr Urteil verlas, schüttelte sie den Kopf:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'f' } },
    ],
    [
      'Als ich ihn stellte, sagte er nur:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'm' } },
    ],
    // A verb of saying that only the last-verb scan knows, with no comma before it: read once,
    // no endless recursion (a blind review article made the parser overflow its stack here).
    [
      'Heute führt sie in Seewil das letzte Kino im Tal – und zeigt jedes Jahr am 1. August denselben Film:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'f' } },
    ],
    // A leading clause says when; its comma opens the main clause, here with several people.
    ['Als die Kranführerin fertig war, riefen sie im Chor:', { type: 'nobody' }],
    // A leading subordinate clause closed by its verb; the verb after it opens the main clause,
    // its subject after a pronoun object.
    [
      'Als ich vor zwanzig Jahren nach Seewil zog, sagte mir meine Nachbarin, Frau Beispiel, gleich am ersten Tag:',
      {
        type: 'subject',
        subject: {
          type: 'reference',
          noun: 'Nachbarin',
          gender: 'f',
          owned: true,
          ownerGender: null,
        },
      },
    ],
    // "And after a pause:": the speaker before goes on.
    ['Und nach einer Pause:', { type: 'continuation' }],
    ['Und mit einem Augenzwinkern:', { type: 'continuation' }],
    // Whose advice, with an adjective between.
    ['Ihr wichtigster Tipp:', { type: 'subject', subject: { type: 'pronoun', gender: 'f' } }],
    // How a role, with where the person stands, sees it.
    [
      'Eine Pendlerin am Bahnhof Ebnetmoos sieht das gelassen:',
      { type: 'subject', subject: { type: 'role', role: 'Pendlerin' } },
    ],
    [
      'Ein Fan am Ausgang der Halle sieht es ähnlich:',
      { type: 'subject', subject: { type: 'role', role: 'Fan' } },
    ],
    // A word that makes "anders" stronger.
    [
      'Ganz anders sieht es Beat Beispiel aus dem Nachbardorf Chälbliwil:',
      { type: 'subject', subject: { type: 'name', name: 'Beat Beispiel' } },
    ],
    // A text after a preposition of time says when the subject speaks, not what it reads.
    [
      'Präsidentin Monika Beispiel zeigte sich nach dem Urteil erleichtert, aber nicht zufrieden:',
      { type: 'subject', subject: { type: 'name', name: 'Monika Beispiel' } },
    ],
    ['Monika Beispiel las das Urteil vor:', { type: 'nobody' }],
    // What the leading clause reports belongs to it; the main clause after it says who answers,
    // and with "sie" as the leading subject, "ihm" is whom "er" means.
    [
      'Als sie ihm mit 16 sagte, sie wolle Bergführerin werden, habe er nur geantwortet:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'm' } },
    ],
    [
      'Als er ihr sagte, er habe keine Zeit, antwortete sie:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'f' } },
    ],
    // "Then, laughing:": no verb and nobody new, so the last speaker goes on.
    ['Und dann, lachend:', { type: 'continuation' }],
    // A colon inside the clause: the part next to the quote, with its own verb, says who speaks.
    [
      'Pfarrerin Fiona Ehrler erinnert sich an die Übergabe: Flury habe auf das Holz geklopft und gesagt:',
      { type: 'subject', subject: { type: 'name', name: 'Flury' } },
    ],
    // A person, the auxiliary, then "sie": subject or object, the words do not say.
    ['Ihre Tochter habe sie gestern gefragt:', { type: 'nobody' }],
    [
      'Ihre Tochter habe er gestern gefragt:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'm' } },
    ],
    // "Als" before a role says in which capacity; it is no name in the genitive ("Al's").
    [
      'Als Zeuge sagte ein Nachbar aus:',
      { type: 'subject', subject: { type: 'role', role: 'Nachbar' } },
    ],
    [
      'Als Zeugin sagte die Nachbarin Erna Graf aus:',
      { type: 'subject', subject: { type: 'name', name: 'Erna Graf' } },
    ],
    ['Dann, mit einem breiten Grinsen:', { type: 'continuation' }],
    ['Später, leiser:', { type: 'continuation' }],
    ['Dann, nach einer längeren Pause:', { type: 'continuation' }],
    // In the perfect, the subject stands before the auxiliary.
    [
      'Mein Vater hat das einmal so gesagt:',
      {
        type: 'subject',
        subject: { type: 'reference', noun: 'Vater', gender: 'm', owned: true, ownerGender: null },
      },
    ],
    ['Am 12. Juli 1996:', { type: 'continuation' }],
    [
      'Dann rief die Trainerin:',
      { type: 'subject', subject: { type: 'reference', noun: 'Trainerin', gender: 'f' } },
    ],
    [
      'Nachdem Anna Meier gegangen war, sagte Beat Gmür:',
      { type: 'subject', subject: { type: 'name', name: 'Beat Gmür' } },
    ],
    // A genitive role after a statement noun: its holder, where the text named one.
    [
      'Die Antwort der Gemeindepräsidentin kam ohne Zögern:',
      {
        type: 'subject',
        subject: { type: 'reference', noun: 'Gemeindepräsidentin', gender: 'f', heldOnly: true },
      },
    ],
    // A second person in a clause without a verb of saying may be whose words follow.
    ['Anna Meier teilte einen Beitrag von Beat Gmür:', { type: 'nobody' }],
    [
      'Torsten Mällmann wird im «Hanseblick» mit den Worten zitiert:',
      { type: 'subject', subject: { type: 'name', name: 'Torsten Mällmann' } },
    ],
    // "dieser" means the person named last but one; the words do not say surely who.
    [
      'Als der Biologe Nico Arnold seinem Doktorvater Peter Hänggi die Resultate zeigte, habe dieser nur gesagt:',
      { type: 'nobody' },
    ],
    // An adverb or "Wie" before the verb is no subject; the name after it is.
    [
      'Da sagte Trainer Mirco Heller nur:',
      { type: 'subject', subject: { type: 'name', name: 'Mirco Heller' } },
    ],
    [
      'Wie Trainer Felix Rohner betonte:',
      { type: 'subject', subject: { type: 'name', name: 'Felix Rohner' } },
    ],
    [
      'Knallhart-Ansage von Präsident Heinz Oberholzer nach dem 0:4:',
      { type: 'subject', subject: { type: 'name', name: 'Heinz Oberholzer' } },
    ],
    [
      'Seewil-Trainer Sandro Ghisletti lobte den Gegner, dessen Coach Luca Pedrini zurückhaltend blieb:',
      { type: 'nobody' },
    ],
    ['Muster sagt im _:', { type: 'subject', subject: { type: 'name', name: 'Muster' } }],
    [
      'Entlassungen soll es gemäss Ruckstuhl keine geben:',
      { type: 'subject', subject: { type: 'name', name: 'Ruckstuhl' } },
    ],
    [
      'Der Finanzdirektor verwies auf den Steuerwettbewerb:',
      {
        type: 'subject',
        subject: { type: 'reference', noun: 'Finanzdirektor', gender: 'm', heldOnly: true },
      },
    ],
    // A clause with a subject of its own after the comma introduces the quotation; the subject
    // of the whole sentence only reports it.
    ['Kurt Brunner sagt, der Arzt habe ihm erklärt:', { type: 'nobody' }],
    // A saying followed by whose it is: somebody else's words.
    ['Nadine Rölli hält sich an das Motto ihres Vaters:', { type: 'nobody' }],
    ['Regula Meili hat einen Lieblingsspruch von Goethe:', { type: 'nobody' }],
    ['Anna Meier erzählt, ihr Chef habe ihr gesagt:', { type: 'nobody' }],
    [
      'Der Gemeinderat hat Kosten gesprochen, wie Gemeindepräsidentin Vreni Lüthi bestätigte:',
      { type: 'subject', subject: { type: 'name', name: 'Vreni Lüthi' } },
    ],
    [
      'Urs Kägi bestätigte die Anfragen, betonte aber:',
      { type: 'subject', subject: { type: 'name', name: 'Urs Kägi' } },
    ],
    ['Sie fügte an:', { type: 'subject', subject: { type: 'pronoun', gender: 'f' } }],
    // An adverb of contrast after the subject; a subject between auxiliary and participle.
    [
      'Frischknecht hingegen twitterte:',
      { type: 'subject', subject: { type: 'name', name: 'Frischknecht' } },
    ],
    // An adverb that opens the clause is no name: the subject follows the verb.
    ['Darin sagt er:', { type: 'subject', subject: { type: 'pronoun', gender: 'm' } }],
    // Whose reaction or comment it is, with an apposition or a noun after a preposition.
    [
      'Die Reaktion von Anna Meier, der Präsidentin der SP, kam prompt:',
      { type: 'subject', subject: { type: 'name', name: 'Anna Meier' } },
    ],
    [
      'Der Kommentar von Beat Gmür zum Entscheid:',
      { type: 'subject', subject: { type: 'name', name: 'Beat Gmür' } },
    ],
    [
      'Obermatts Captain Marco Steiner dagegen war untröstlich:',
      { type: 'subject', subject: { type: 'name', name: 'Marco Steiner' } },
    ],
    [
      'In einem Leserbrief hatte Alt-Gemeindepräsident Fritz Stucki vor der Versammlung gewarnt:',
      { type: 'subject', subject: { type: 'name', name: 'Fritz Stucki' } },
    ],
    // A court's role with no name: the one holder of it.
    [
      'Der Verteidiger plädierte auf Freispruch:',
      { type: 'subject', subject: { type: 'reference', noun: 'Verteidiger', gender: 'm' } },
    ],
    // A plain role is only the person the text named with it ("Gegner Beat Gmür"), if any.
    [
      'Der Gegner plädierte auf Unentschieden:',
      {
        type: 'subject',
        subject: { type: 'reference', noun: 'Gegner', gender: 'm', heldOnly: true },
      },
    ],
    // Two people joined by "und" say it together: nobody in particular.
    [
      'Anna Meier, Präsidentin des Elternrats, und Schulleiter Beat Gmür sind sich einig:',
      { type: 'nobody' },
    ],
    ['Und weiter:', { type: 'continuation' }],
    ['Und fügte mit Blick auf die Schiedsrichter an:', { type: 'continuation' }],
    ['Auf dem Plakat stand:', { type: 'nobody' }],
    ['Im Protokoll heisst es:', { type: 'nobody' }],
    ['An der Tür hing ein Zettel:', { type: 'nobody' }],
    ['Der Kalendereintrag lautet:', { type: 'nobody' }],
    [
      'Gestern schrieb der Minister:',
      { type: 'subject', subject: { type: 'reference', noun: 'Minister', gender: 'm' } },
    ],
    [
      'Der Gemeinderat hat Kosten gesprochen, wie Gemeindepräsidentin Vreni Lüthi am Dienstag bestätigte:',
      { type: 'subject', subject: { type: 'name', name: 'Vreni Lüthi' } },
    ],
    [
      'Präsident Hanspeter Rüegg doppelt nach:',
      { type: 'subject', subject: { type: 'name', name: 'Hanspeter Rüegg' } },
    ],
    ['Nur so viel:', null],
    ['Sie warnen:', null],
    ['Und:', { type: 'continuation' }],
    [
      'Gewerkschaftssprecherin Pfister:',
      { type: 'subject', subject: { type: 'name', name: 'Pfister' } },
    ],
    ['Ihr Kommentar:', { type: 'subject', subject: { type: 'pronoun', gender: 'f' } }],
    ['Sein Fazit:', { type: 'subject', subject: { type: 'pronoun', gender: 'm' } }],
    ['Das Fazit:', null],
    ['Sein Fazit fällt gemischt aus:', null],
    [
      'In ihrem Brief an die Belegschaft schrieb Spitaldirektor Marcel Oggier:',
      saidBy('Marcel Oggier'),
    ],
    ['Gmür sagt in seinem Bericht:', saidBy('Gmür')],
    ['Anna Meier fand eine Notiz an ihrer Tür:', { type: 'nobody' }],
    ['In der Mitteilung heisst es:', { type: 'nobody' }],
    ['Die Antwort von Beat Gmür kam prompt:', saidBy('Beat Gmür')],
    ['Kritik kommt von SVP-Fraktionschef Kurt Brunner:', saidBy('Kurt Brunner')],
    ['Die Antwort von der Gemeinde kam prompt:', null],
    ['Anders sieht es auch Stationsleiterin Claudia Mathys:', saidBy('Claudia Mathys')],
    ['Anders sieht es Kurt Brunner:', saidBy('Kurt Brunner')],
    ['Herr Gmür, Anna Meier sagt:', saidBy('Anna Meier')],
    ['Ähnlich äusserte sich SP-Kantonsrat Elias Burkhalter:', saidBy('Elias Burkhalter')],
    ['Beat Gmür, den Anna Meier scharf kritisiert hatte, sagte:', saidBy('Beat Gmür')],
    ['Beat Gmür, von Anna Meier als _ kritisiert, sagte:', saidBy('Beat Gmür')],
    ['+++ Sabine Hürlimann:', saidBy('Sabine Hürlimann')],
    ['Für Nyffeler ist klar:', saidBy('Nyffeler')],
    ['Für die Gemeinde ist klar:', null],
    ['Ja, sagt die Juristin Eva Beispiel:', saidBy('Eva Beispiel')],
    [
      'Ihre Nachbarin war weniger begeistert:',
      {
        type: 'subject',
        subject: {
          type: 'reference',
          noun: 'Nachbarin',
          gender: 'f',
          owned: true,
          ownerGender: 'f',
        },
      },
    ],
    [
      'Der Gegner bleibt skeptisch:',
      {
        type: 'subject',
        subject: { type: 'reference', noun: 'Gegner', gender: 'm', heldOnly: true },
      },
    ],
    ['Die Anwohner sind wütend:', null],
    ['Ihre Nachbarn reagierten wütend:', null],
    [
      'Ans Aufhören dachte er noch nicht:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'm' } },
    ],
    // The clause of the last verb of saying introduces the quotation.
    [
      '_, sagte Beat Gmür, und Anna Meier antwortete:',
      { type: 'subject', subject: { type: 'name', name: 'Anna Meier' } },
    ],
    [
      'Beat Gmür sagte, er sei bereit, doch Anna Meier entgegnete:',
      { type: 'subject', subject: { type: 'name', name: 'Anna Meier' } },
    ],
    [
      'Sportchef Urs Kägi bestätigte die Anfragen, betonte aber:',
      { type: 'subject', subject: { type: 'name', name: 'Urs Kägi' } },
    ],
    // The passive: the agent, or nobody; a copula is no passive.
    [
      'Beat Gmür wurde von Anna Meier scharf kritisiert:',
      { type: 'subject', subject: { type: 'name', name: 'Anna Meier' } },
    ],
    ['Der Plan wurde am Montag veröffentlicht:', { type: 'nobody' }],
    [
      'Seine Kollegin Sabine Rohner wurde deutlicher:',
      { type: 'subject', subject: { type: 'name', name: 'Sabine Rohner' } },
    ],
    // Who receives, reads or wears a text, or recalls somebody's words, did not write them.
    ['Anna Meier erhielt am Abend eine SMS von Beat Gmür:', { type: 'nobody' }],
    ['Anna Meier fand am Morgen eine Notiz an ihrer Tür:', { type: 'nobody' }],
    ['Beat Gmür trug ein T-Shirt mit dem Spruch:', { type: 'nobody' }],
    // Whom a preposition before the verb names is addressed; the subject follows the verb.
    [
      'An die Verteidigerin Sarah Blum gewandt sagte der Staatsanwalt:',
      { type: 'subject', subject: { type: 'reference', noun: 'Staatsanwalt', gender: 'm' } },
    ],
    // Somebody unnamed before the verb asks whom the words after it name.
    ['Ein Kunde fragt Verkäuferin Rita Stalder:', { type: 'nobody' }],
    ['Ein älterer Kunde fragt Verkäuferin Rita Stalder:', { type: 'nobody' }],
    [
      'Eine Stunde später sagt Verkäuferin Rita Stalder:',
      { type: 'subject', subject: { type: 'name', name: 'Rita Stalder' } },
    ],
    [
      'Ein Zuschauer ruft Trainer Marco Lenz zu:',
      { type: 'subject', subject: { type: 'role', role: 'Zuschauer' } },
    ],
    // Reported speech about somebody with no verb of saying: told by another; a pronoun speaks.
    ['Ihr Nachbar habe sie jahrelang schikaniert:', { type: 'nobody' }],
    ['Trainer Marco Lenz habe die Mannschaft nicht im Griff gehabt:', { type: 'nobody' }],
    ['Kostić habe sich unsportlich verhalten:', { type: 'nobody' }],
    ['Sie sei erleichtert:', { type: 'subject', subject: { type: 'pronoun', gender: 'f' } }],
    // Who finds a text did not write it; who finds words of their own says them.
    ['Lehrerin Anna Brunner fand an der Wandtafel den Satz:', { type: 'nobody' }],
    ['Beat Gmür stiess im Archiv auf die Zeilen:', { type: 'nobody' }],
    [
      'Anna Brunner fand klare Worte:',
      { type: 'subject', subject: { type: 'name', name: 'Anna Brunner' } },
    ],
    ['Beat Gmür erinnerte an die Worte seines Vorgängers:', { type: 'nobody' }],
    [
      'Er eröffnete den Abend mit dem Satz:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'm' } },
    ],
    // Who is quoted is the object of "zitiert".
    [
      'Anna Meier zitierte ihren Grossvater:',
      {
        type: 'subject',
        subject: {
          type: 'reference',
          noun: 'Grossvater',
          gender: 'm',
          owned: true,
          ownerGender: 'f',
        },
      },
    ],
    ['Anna Meier zitierte ihn:', { type: 'nobody' }],
    // An object put first is no subject.
    [
      'Den Gemeindepräsidenten kritisierte Anna Meier scharf:',
      { type: 'subject', subject: { type: 'name', name: 'Anna Meier' } },
    ],
    // Whom a preposition opens the clause with, and an object after the verb, are not who speaks.
    [
      'An seine Schwester schrieb er:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'm' } },
    ],
    [
      'Der Auswanderer fragt seinen Vater:',
      { type: 'subject', subject: { type: 'reference', noun: 'Auswanderer', gender: 'm' } },
    ],
    // A second verb joined by "und" has the clause's opening subject, or none the words say.
    [
      'Ein Kind zeigt auf die Randen und fragt seine Mutter:',
      { type: 'subject', subject: { type: 'role', role: 'Kind' } },
    ],
    ['Anna Meier lacht und fragt ihre Mutter:', saidBy('Anna Meier')],
    // The clause next to the colon says who speaks, or nobody.
    ['Trainerin Petra Fuchs lobte sie, doch Sara Imfeld winkte ab:', saidBy('Sara Imfeld')],
    ['Anna Meier lobte das Projekt, doch die Stimmung blieb gedrückt:', { type: 'nobody' }],
    // Somebody unnamed, placed by a phrase after the noun, with or without a verb of saying.
    [
      'Ein Bäcker am Marktplatz klagt:',
      { type: 'subject', subject: { type: 'role', role: 'Bäcker' } },
    ],
    [
      'Eine junge Mutter neben ihm schüttelt den Kopf:',
      { type: 'subject', subject: { type: 'role', role: 'Mutter' } },
    ],
    [
      'Ein Vater von zwei Primarschülern meldete sich aus dem Saal:',
      { type: 'subject', subject: { type: 'role', role: 'Vater' } },
    ],
    [
      'Ein Mitglied des Gemeinderats, das nicht namentlich genannt werden will, sagt:',
      { type: 'subject', subject: { type: 'role', role: 'Mitglied des Gemeinderats' } },
    ],
    // An adverb opening the sentence is no name; the subject follows the verb.
    [
      'Daneben rief ein älterer Chauffeur:',
      { type: 'subject', subject: { type: 'role', role: 'Chauffeur' } },
    ],
    // Who wrote a text, named after "geschrieben von", not who shows it.
    [
      'Caduff blättert im Hüttenbuch und zeigt auf einen Eintrag, geschrieben von einem gewissen Rolf Imhasly aus Brügglen:',
      saidBy('Rolf Imhasly'),
    ],
    ['Auf der Karte, geschrieben von einem Kind, stand:', { type: 'nobody' }],
    // Where a writer writes a text is no text of somebody else's.
    [
      'Wirt Heiner Brüggemann hatte mit Kreide an die Tafel geschrieben:',
      saidBy('Heiner Brüggemann'),
    ],
    ['Er fand an der Tafel einen Zettel:', { type: 'nobody' }],
    // A second verb joined by "und" shares the pronoun after the first verb, or the subject
    // before an apposition; an adverb after a comma opens a clause with a subject of its own.
    [
      'Dann zieht sie die Spikes aus und sagt:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'f' } },
    ],
    ['Ilse Meier, die Mutter, schaut aus dem Fenster und sagt nur:', saidBy('Ilse Meier')],
    ['Anna Meier lobte das Team, danach sagte Beat Gmür:', saidBy('Beat Gmür')],
    // A second verb after "und" is what the one who hears does next.
    ['Tschanz hört es und nickt:', saidBy('Tschanz')],
    ['Anna Meier hörte im Radio:', { type: 'nobody' }],
    // Reported speech about a thing, with no person in it, goes on with the speaker before.
    ['Das Problem sei ein anderes:', { type: 'continuation' }],
    ['Ihr Nachbar habe sie jahrelang schikaniert:', { type: 'nobody' }],
    // "ich" in a clause that says when is not who speaks; "ich" in the main clause is.
    ['Meine Frau Sandra sagt jeweils, wenn ich zu spät heimkomme:', saidBy('Sandra')],
    ['Ich sagte, als er kam:', null],
    // A saying of the person a possessive means, with a copula and a plain word.
    ['Ihr Rat ist simpel:', { type: 'subject', subject: { type: 'pronoun', gender: 'f' } }],
    // A possessive in -er first is a dative: the subject follows the verb.
    [
      'Seiner Nachfolgerin gab er einen Rat mit auf den Weg:',
      { type: 'subject', subject: { type: 'pronoun', gender: 'm' } },
    ],
    // Who shows a text did not write it; who shows understanding speaks.
    ['Urenkel Noah (15) zeigt eine davon:', { type: 'nobody' }],
    [
      'Eine Pflegekraft zeigte Verständnis:',
      { type: 'subject', subject: { type: 'role', role: 'Pflegekraft' } },
    ],
    // A statement read out by somebody else is not theirs.
    ['Ihr Anwalt verlas eine kurze Erklärung von ihr:', { type: 'nobody' }],
    // What a text says, whoever tells of it in an inserted clause.
    ['Darauf, verriet Hembach, stehe nur ein einziger Satz:', { type: 'nobody' }],
    // A relative clause inside an apposition keeps the apposition's comma.
    [
      'Giuseppe Randazzo, ein Maurer, der seit 41 Jahren auf dem Bau arbeitet, ist aufgestanden und hat gerufen:',
      saidBy('Giuseppe Randazzo'),
    ],
  ])('%s', (clause, read) => {
    expect(readColonClause(clause)).toEqual(read);
  });
});

describe('sentenceSubject and openingSubject', () => {
  it.each([
    // A preposition joined with its article opens a phrase; the subject follows the auxiliary.
    [
      'Im Wahlkampf hatte Sandra Leu den Neubau als «Luxusprojekt» bezeichnet.',
      { type: 'name', name: 'Sandra Leu' },
    ],
    [
      'Im Wahlkampf hatte sie den Neubau als «Luxusprojekt» bezeichnet.',
      { type: 'pronoun', gender: 'f' },
    ],
    // A thing put first before a naming verb: "er" after the verb is the subject.
    [
      'Die kommenden Wochen bezeichnete er als «Charaktertest» für die Garderobe.',
      { type: 'pronoun', gender: 'm' },
    ],
    // A comma after the verb opens the reported clause: its subject is not who speaks.
    ['Sie haben einmal gesagt, ein guter Ermittler müsse «langweilig sein können».', null],
    [
      'Der Direktor des Verbands, Thomas Egli, sprach von einem _.',
      { type: 'name', name: 'Thomas Egli' },
    ],
    ['Kovač selbst bezeichnete die Arbeit als _.', { type: 'name', name: 'Kovač' }],
    // A conjunction before the subject.
    [
      'Und Felders Fraktionskollege Samuel Beispiel meinte, man dürfe beim Verkehr _ .',
      { type: 'name', name: 'Samuel Beispiel' },
    ],
    // A part with no verb of saying ends at a colon; the clause after it names the speaker.
    [
      'Mehr als 240 Einsätze seit dem Mittag: Kreisbrandmeister Jannik Beispiel spricht von einem _.',
      { type: 'name', name: 'Jannik Beispiel' },
    ],
    // Not where the part before the colon has the verb of saying.
    ['Jannik Beispiel sagte: Man spricht von einem _.', { type: 'name', name: 'Jannik Beispiel' }],
    ['Man werde _ auch wieder eingreifen, sagte er.', { type: 'pronoun', gender: 'm' }],
    // A clause in the indicative opened by a name is what that person says of themselves.
    ['Anton Beispiel hört es nicht mehr, sagt er.', { type: 'name', name: 'Anton Beispiel' }],
    ['Beispiel sei zäh wie Leder, sagt er.', { type: 'pronoun', gender: 'm' }],
    ['Früher, erzählt er, habe man _ gebetet.', { type: 'pronoun', gender: 'm' }],
    ['Ein Schüler, der zehnjährige Mauro, habe sie gefragt: _', { type: 'name', name: 'Mauro' }],
    [
      'Das sind 60 Jahre, und er erwähnt gern, dass er _ gemacht habe.',
      { type: 'pronoun', gender: 'm' },
    ],
    ['Meine Lektorin, Ruth Gafner, fand Lina am Anfang _.', { type: 'name', name: 'Ruth Gafner' }],
    ['Gegenüber dem _ sprach Wyss von einer _.', { type: 'name', name: 'Wyss' }],
    ['Die Initiative hätte _, schreibt der Verband in einer Mitteilung.', null],
    [
      'Die Sprecherin der Polizei, Ida Beispiel, sagte, man prüfe _ alle Hinweise.',
      { type: 'name', name: 'Ida Beispiel' },
    ],
    [
      'Der Kritiker Tom Beispiel hat den Film im Radio als _ bezeichnet.',
      { type: 'name', name: 'Tom Beispiel' },
    ],
    ['Eine Jurorin nannte den Entwurf _.', { type: 'role', role: 'Jurorin' }],
    [
      'Im Kantonsrat sagte FDP-Fraktionschef Heinz Aregger, man dürfe das _.',
      { type: 'name', name: 'Heinz Aregger' },
    ],
    [
      'Vor dem Gemeindehaus sagte Wahlbeobachter Pius Arnold, die Stimmung sei _.',
      { type: 'name', name: 'Pius Arnold' },
    ],
    ['Muster habe gefoult, sagte der Gegner.', { type: 'reference', noun: 'Gegner', gender: 'm' }],
    // A phrase of time with a team's name in it, then the verb and its subject.
    [
      'Nach dem 6:4-Sieg gegen Serienmeister Wiler-Matt sprach Captain Lea Zurbrügg von einem _.',
      { type: 'name', name: 'Lea Zurbrügg' },
    ],
    ['Das Wetter bleibt _.', null],
    ['Ihre Rückkehr nennt sie _.', { type: 'pronoun', gender: 'f' }],
    [
      'Konzernchef Daniel Ruckstuhl will Filialen schliessen – und spricht von einem _.',
      { type: 'name', name: 'Daniel Ruckstuhl' },
    ],
    ['Dass die Gegner gedroht hätten, nannte er _.', { type: 'pronoun', gender: 'm' }],
    [
      'Ihr Chef nennt sie _.',
      { type: 'reference', noun: 'Chef', gender: 'm', owned: true, ownerGender: 'f' },
    ],
    [
      'Die Kritikerin der «Seewiler Zeitung» schrieb, er hinterlasse _.',
      { type: 'reference', noun: 'Kritikerin', gender: 'f' },
    ],
    // A second verb after a comma, with "aber" and no subject of its own.
    [
      'Nadja Wüthrich-Bolt ist zuversichtlich, räumt aber ein, dass die letzten Franken _ seien.',
      { type: 'name', name: 'Nadja Wüthrich-Bolt' },
    ],
    ['Die Gemeinde ist zuversichtlich, räumt aber ein, dass es _ werde.', null],
  ])('sentenceSubject: %s', (sentence, subject) => {
    expect(sentenceSubject(sentence)).toEqual(subject);
  });

  it.each([
    ['Inhaberin Silvia Moser ist erschüttert.', { type: 'name', name: 'Silvia Moser' }],
    ['Er rechnet mit einer Umstellung.', { type: 'pronoun', gender: 'm' }],
    ['Die Frage wollte er nicht beantworten.', null],
    ['Der Gemeinderat hat entschieden.', null],
    ['Sie warnen vor dem Wolf.', null],
    ['Die Anwohnerinnen sind wütend.', null],
    ['Beat Gmür und Anna Meier sind sich einig:', null],
    ['Gemeinderat Beat Gmür und Stadträtin Anna Meier fordern:', null],
    ['Gmür sowie Meier sagten am Montag:', null],
    ['Eine Kundin ist Sandra Zurbuchen.', { type: 'name', name: 'Sandra Zurbuchen' }],
    ['Eine Kundin ist eine Stammkundin.', { type: 'role', role: 'Kundin' }],
  ])('openingSubject: %s', (sentence, subject) => {
    expect(openingSubject(sentence)).toEqual(subject);
  });

  it.each([
    ['Ambühl habe vor dem Tor gefoult, sagte der Kroate.', true],
    ['Die Beschäftigten seien verunsichert, so ein Sprecher.', false],
    ['Inhaberin Silvia Moser ist erschüttert.', false],
    ['Er hat nie _ gesagt.', true],
  ])('reportsSpeech: %s → %s', (sentence, expected) => {
    expect(reportsSpeech(sentence)).toBe(expected);
  });

  it.each([
    ['Herr Caduff, Ihr Kollege sagte', 'Ihr Kollege sagte'],
    ['Frau Zaugg, Sie haben', 'Sie haben'],
    ['Herr Muster sagte, er komme', 'Herr Muster sagte, er komme'],
  ])('withoutAddress: %s → %s', (text, rest) => {
    expect(withoutAddress(words(text)).join(' ')).toBe(rest);
  });
});

/** Speakers of whole paragraphs, in order: resolving pronouns, continuations and written texts. */
function speakers(...paragraphs: string[]) {
  return extractQuotes(
    paragraphs.map((text, index) => ({ part: 'body' as const, index, text })),
  ).map((q) => [q.text, q.kind, q.speaker]);
}

describe('the writer of a column', () => {
  it('is not counted among the men a far "er" might mean', () => {
    const quotes = extractQuotes([
      {
        part: 'lead',
        index: 0,
        text: 'Seit einem Jahr wohnt Kolumnist Tobias Imhof wieder bei seinem Vater. Tobias Imhof erzählt.',
      },
      { part: 'body', index: 0, text: 'Mein Vater fährt Auto, seit er achtzehn ist.' },
      { part: 'body', index: 1, text: 'Vor drei Wochen kam der Brief vom Amt.' },
      {
        part: 'body',
        index: 2,
        text: '«Hast du den Termin abgemacht?», frage ich beim Frühstück.',
      },
      { part: 'body', index: 3, text: '«Welchen Termin?», sagt er.' },
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Hast du den Termin abgemacht?', 'Tobias Imhof'],
      ['Welchen Termin?', 'Vater'],
    ]);
  });

  it('is never whom "er" means: the writer speaks as "ich"', () => {
    const quotes = extractQuotes([
      {
        part: 'lead',
        index: 0,
        text: 'Seit einem Jahr wohnt Kolumnist Tobias Imhof wieder bei seinem Vater.',
      },
      {
        part: 'body',
        index: 0,
        text: 'Im Dorf heisst es, der alte Imhof fahre «wie auf Glatteis». Ich habe ihm einen Artikel hingelegt. Er hat ihn gelesen und gesagt: «Interessant. Der Journalist ist sicher jung.»',
      },
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['wie auf Glatteis', null],
      ['Interessant. Der Journalist ist sicher jung.', null],
    ]);
  });
});

describe('names the caption gives', () => {
  it('a name quoted in the hero caption is a name where the body quotes it bare', () => {
    const quotes = extractQuotes(
      [{ part: 'body', index: 0, text: 'Um 7.10 Uhr legt die «Libelle» in Seebrunn ab.' }],
      ['Kapitän Aldo Frei steuert die Fähre «Libelle» zum letzten Mal über den Seebrunner See'],
    );
    expect(quotes.map((q) => [q.text, q.kind])).toEqual([['Libelle', 'name']]);
  });
  it('without the caption the bare word after an article stays a partial quote', () => {
    const quotes = extractQuotes([
      { part: 'body', index: 0, text: 'Um 7.10 Uhr legt die «Libelle» in Seebrunn ab.' },
    ]);
    expect(quotes.map((q) => [q.text, q.kind])).toEqual([['Libelle', 'partial']]);
  });
});

describe('speakers in context', () => {
  it.each([
    [
      'a thing is no person: "Ein Kontingent lehnt sie ab", "dessen alten Camper"',
      [
        'Tourismusdirektorin Mirjam Schnydrig will den Ansturm verteilen. «Wir müssen die Gäste in die Seitentäler bringen», so Schnydrig. Ein Kontingent für die Plattform lehnt sie jedoch ab. Das sei «nicht unsere Philosophie».',
        'Das Geld gehörte Otto Lanzberg (79) aus Farnegg. Er hatte es abgehoben, um einem Nachbarn dessen alten Camper abzukaufen. «Ich habe alle Taschen durchsucht», sagt der Rentner.',
      ],
      [
        ['Wir müssen die Gäste in die Seitentäler bringen', 'speech', 'Schnydrig'],
        ['nicht unsere Philosophie', 'partial', 'Mirjam Schnydrig'],
        ['Ich habe alle Taschen durchsucht', 'speech', null],
      ],
    ],
    [
      '"Die Jubilarin winkt ab. «…»" after her nephew spoke is the woman the article celebrates',
      [
        'Frieda Amstaldenbühl wird heute hundert. «So viel Post hatte ich nie», sagt Frieda Amstaldenbühl.',
        'Wer etwas wissen wollte, fragte bei Frieda. «Sie wusste immer alles», sagt ihr Neffe Hans Rüfenegg. Die Jubilarin winkt ab. «Ich habe nie etwas weitererzählt.»',
      ],
      [
        ['So viel Post hatte ich nie', 'speech', 'Frieda Amstaldenbühl'],
        ['Sie wusste immer alles', 'speech', 'Hans Rüfenegg'],
        ['Ich habe nie etwas weitererzählt.', 'speech', 'Frieda Amstaldenbühl'],
      ],
    ],
    [
      'the man a sentence describes and then names ("heisst X") is whom "sagt er" means',
      [
        'Der Mann mit dem Kühlpack heisst Kurt Gislimatt, ist Landwirt in Unterrüti und wartet seit drei Stunden. «Ich habe mir den Kopf angeschlagen», sagt er und lacht müde.',
      ],
      [['Ich habe mir den Kopf angeschlagen', 'speech', 'Kurt Gislimatt']],
    ],
    [
      'a quoted name in the complement before the apposition ends it: the apposition names her',
      [
        'Die Präsidentin des Sozialverbands «Gemeinsam stark», Ingrid Brettwalder, begrüsste den Beschluss. «Das ist das Mindeste», sagte sie.',
      ],
      [
        ['Gemeinsam stark', 'name', null],
        ['Das ist das Mindeste', 'speech', 'Ingrid Brettwalder'],
      ],
    ],
    [
      'readers thanked in the dative are no one "sagte sie" may mean',
      [
        'Redaktorin Marlies Kunzmann dankte den Leserinnen und Lesern. «Es war eine schöne Zeit», sagte sie knapp, «aber alles hat seine Zeit.»',
      ],
      [
        ['Es war eine schöne Zeit', 'speech', 'Marlies Kunzmann'],
        ['aber alles hat seine Zeit.', 'speech', 'Marlies Kunzmann'],
      ],
    ],
    [
      '"Von Thoma schwärmt sie:" opens with a preposition, not with somebody called "von Thoma"',
      [
        'Samuel Thomann steht vor der Wandtafel. «Ich habe gemerkt, dass ich warte», sagt Thomann.',
        'Schulleiterin Beatrice Marti-Senn hat ihn angestellt. Von Thomann schwärmt sie geradezu: «Er bringt eine Ruhe mit.»',
        'Kilian von Gunten ist Bauer. Von Gunten sagt: «Das Wetter ist gut.»',
      ],
      [
        ['Ich habe gemerkt, dass ich warte', 'speech', 'Thomann'],
        ['Er bringt eine Ruhe mit.', 'speech', null],
        ['Das Wetter ist gut.', 'speech', 'von Gunten'],
      ],
    ],
    [
      'what somebody "rechnet mit" is their expectation, in their words',
      [
        '«Das Telefon steht nicht mehr still», sagte Sprecherin Ladina Tscharner. Sie rechnet mit einer Schadensumme «im tiefen zweistelligen Millionenbereich».',
        'Firmenchef Dominik Hasliberger verkauft. Hasliberger rechnet mit einem Abschluss «im zweiten Quartal».',
      ],
      [
        ['Das Telefon steht nicht mehr still', 'speech', 'Ladina Tscharner'],
        ['im tiefen zweistelligen Millionenbereich', 'partial', 'Ladina Tscharner'],
        ['im zweiten Quartal', 'partial', 'Hasliberger'],
      ],
    ],
    [
      'after "X schweigt lange.", a scene\'s "Dann:" is X breaking the silence',
      [
        'Angeklagt ist der 24-jährige Dennis Grundbacher aus Kesselhalden.',
        'Der Richter fragt nach dem Motiv. Grundbacher schweigt lange. Dann: «Ich wollte dazugehören.»',
        'Der Richter fragt nach dem Motiv. Grundbacher schweigt lange. «Sie müssen antworten.»',
      ],
      [
        ['Ich wollte dazugehören.', 'speech', 'Grundbacher'],
        ['Sie müssen antworten.', 'speech', null],
      ],
    ],
    [
      '"Der Vater" is the father named "Trainer und Vater" after his son of the same family name',
      [
        'Bei den Männern triumphierte Simon Gadmenbühl.',
        'Sein Trainer und Vater, Hansruedi Gadmenbühl, sprach von einem «perfekten Rennen». Der Vater ergänzte: «Simon hat oben Kraft gespart.»',
      ],
      [
        ['perfekten Rennen', 'partial', 'Hansruedi Gadmenbühl'],
        ['Simon hat oben Kraft gespart.', 'speech', 'Hansruedi Gadmenbühl'],
      ],
    ],
    [
      '"der Anwalt" is the defence lawyer the paragraph named, not a witness named since',
      [
        'Auch sein Verteidiger Marco Zwyssig sprach von einem Fehler.',
        'Zwyssig verlangte eine bedingte Strafe. «Ins Gefängnis zu gehen, zerstört alles, was er sich aufgebaut hat», erklärte der Anwalt.',
        'Zwyssig verlangte eine bedingte Strafe. Dann sprach der Zeuge Peter Ambühl. «Das war knapp», sagte der Anwalt.',
      ],
      [
        [
          'Ins Gefängnis zu gehen, zerstört alles, was er sich aufgebaut hat',
          'speech',
          'Marco Zwyssig',
        ],
        ['Das war knapp', 'speech', null],
      ],
    ],
    [
      '"Eine der Geschädigten, die 78-jährige X," is X, whom the pronoun after means',
      [
        'Eine der Geschädigten, die 78-jährige Verena Zollbrück aus Niederfahl, schildert den Herbst. Sie habe ihm vertraut, sagt sie leise, «wie einem eigenen Sohn».',
      ],
      [['wie einem eigenen Sohn', 'partial', 'Verena Zollbrück']],
    ],
    [
      'words that were "zu hören" in a hall are nobody\'s, not those of the mayor just named',
      [
        'Bürgermeister Anselm Kreitweg ermahnte das Publikum zur Ruhe. Im Saal war dennoch immer wieder zu hören, der Gemeinderat habe «die Bürger nie gefragt».',
      ],
      [['die Bürger nie gefragt', 'partial', null]],
    ],
    [
      'the "Stürmer" after the paragraph named "Torschütze X" is X',
      [
        'Torschütze Ilir Brambach (Mitte) lässt sich feiern.',
        'Brambach, seit dem Sommer in Seewil, konnte es kaum fassen. «Als der Ball drin war, habe ich nichts mehr gehört», sagte der Stürmer.',
      ],
      [['Als der Ball drin war, habe ich nichts mehr gehört', 'speech', 'Ilir Brambach']],
    ],
    [
      '"Seine Antwort kam prompt:" after somebody else asked is not the asker\'s',
      [
        'Gemeinderat Urs Krämerli hakte nach, ob das reiche. Seine Antwort kam prompt: «Nein.»',
        'Simone Marbach sagt, sie frage sich oft, was ihr Grossvater sagen würde. Ihre Antwort kommt mit einem Lachen: «Er würde fragen, ob sie auch ein Heuseil können.»',
      ],
      [
        ['Nein.', 'speech', null],
        ['Er würde fragen, ob sie auch ein Heuseil können.', 'speech', 'Simone Marbach'],
      ],
    ],
    [
      'a sign quoted two sentences back is not the text a later colon clause keeps',
      [
        'Auf einem Transparent stand: «Eure Worte schmelzen schneller als das Eis.» Die Organisation «Firnwacht» kritisierte den Entwurf. Deren Sprecher Jonas Wyrsch-Bellhof bezeichnete ihn als «mutlos»: «Die Staaten verhandeln über Kommas.»',
      ],
      [
        ['Eure Worte schmelzen schneller als das Eis.', 'speech', null],
        ['Firnwacht', 'name', null],
        ['mutlos', 'partial', 'Jonas Wyrsch-Bellhof'],
        ['Die Staaten verhandeln über Kommas.', 'speech', 'Jonas Wyrsch-Bellhof'],
      ],
    ],
    [
      'an age opening a paragraph is the one person of the gender the article named, after a group',
      [
        'Livia Strassenbach klatscht in die Hände. «Vergesst alles», ruft sie. Einige lachen nervös.',
        'Die 41-Jährige hat in Bologna gearbeitet. «Alle haben gesagt, es geht nicht», erzählt sie. Der «Gundelwiler Bote» nannte sie «die Pasta-Königin».',
      ],
      [
        ['Vergesst alles', 'speech', 'Livia Strassenbach'],
        ['Alle haben gesagt, es geht nicht', 'speech', 'Livia Strassenbach'],
        ['Gundelwiler Bote', 'name', null],
        ['die Pasta-Königin', 'partial', null],
      ],
    ],
    [
      'only a person tells: a body named since is not whom "erzählt er" means',
      [
        'Seit vierzig Jahren dirigiert Friedhelm Osterwalder den Männerchor.',
        'Osterwalder übernahm den Chor 1985. Damals hatte der Verein nur 14 Mitglieder. «Ich habe mir gesagt: Ein Jahr probiere ich es», erzählt er.',
      ],
      [['Ich habe mir gesagt: Ein Jahr probiere ich es', 'speech', 'Friedhelm Osterwalder']],
    ],
    [
      'reported speech goes on after "hatte … gefordert"',
      [
        'Der Verteidiger des 24-Jährigen, Rechtsanwalt Kai Obersteg, hatte eine Bewährungsstrafe gefordert. Sein Mandant sei «kein Raser im klassischen Sinne».',
      ],
      [['kein Raser im klassischen Sinne', 'partial', 'Kai Obersteg']],
    ],
    [
      'what somebody holds a thing to be, and what a second verb joined by "und" speaks of, are their words',
      [
        'Gemüsebauer Lukas Pfefferli hält das für «gut gemeint, aber weltfremd».',
        'Trainerin Petra Wyssbrod lobte die «Moral der Truppe» und sprach von einem «verdienten Punkt».',
      ],
      [
        ['gut gemeint, aber weltfremd', 'partial', 'Lukas Pfefferli'],
        ['Moral der Truppe', 'partial', 'Petra Wyssbrod'],
        ['verdienten Punkt', 'partial', 'Petra Wyssbrod'],
      ],
    ],
    [
      '"schränkte er ein" is a verb of saying that splits a quotation',
      [
        'Gemeindepräsident Beat Zürcher-Imfeld versprach, mit dem Nachbarort zu reden. «Versprechen kann ich nichts», schränkte er ein, «aber ich setze mich dafür ein.»',
      ],
      [
        ['Versprechen kann ich nichts', 'speech', 'Beat Zürcher-Imfeld'],
        ['aber ich setze mich dafür ein.', 'speech', 'Beat Zürcher-Imfeld'],
      ],
    ],
    [
      'a report between the named holder and the role holds no office',
      [
        'Gemeindepräsident Ulrich Pfändler-Graf musste sich viel Kritik anhören.',
        'Pfändler-Graf eröffnete den Abend mit einem Bericht. «Wir haben viel investiert», sagte der Gemeindepräsident.',
      ],
      [['Wir haben viel investiert', 'speech', 'Ulrich Pfändler-Graf']],
    ],
    [
      "a name right after a quotation that ends on a court's name is a mention of that person",
      [
        'Kläger Ruedi Imboden (71) wohnt seit 1986 in Obertalwil. Der Beklagte, Silvan Gnägi (45), sieht das anders.',
        'Imboden sagt: «Ich ziehe das weiter ans Obergericht.» Gnägi ärgert sich über die Kosten: Er muss zwei Drittel tragen. «Für eine Hecke!», meint er.',
      ],
      [
        ['Ich ziehe das weiter ans Obergericht.', 'speech', 'Imboden'],
        ['Für eine Hecke!', 'speech', 'Silvan Gnägi'],
      ],
    ],
    [
      'a main clause after a comma has its own subject before the naming verb; the pronoun after it is whom it names',
      [
        'Lia ist 15 Jahre alt. Im Januar hat sie den Talpokal gewonnen, ein Kommentator des Portals «Sprungbrett» nannte sie danach «das Versprechen der nächsten Generation».',
        'Lia ist 15 Jahre alt. Sie hat den Talpokal gewonnen, und ein Trainer nannte sie «die Zukunft».',
      ],
      [
        ['Sprungbrett', 'name', null],
        ['das Versprechen der nächsten Generation', 'partial', 'Kommentator des Portals'],
        ['die Zukunft', 'partial', 'Trainer'],
      ],
    ],
    [
      'a pensioner is a role, not a word for the man named last',
      [
        'Die schönste Mail kam von Ueli Vontobel, 81. «Ich bin vierzig Jahre mit diesem Zug gefahren», schreibt er.',
        'Am Morgen sitzt der Pensionär wieder im Zug. Der Pensionär dreht sich um und nickt. «Der Fluss heisst Ob», sagt er.',
      ],
      [
        ['Ich bin vierzig Jahre mit diesem Zug gefahren', 'speech', 'Ueli Vontobel'],
        ['Der Fluss heisst Ob', 'speech', 'Pensionär'],
      ],
    ],
    [
      'a relation and a name no list knows, with an age after it, is a person written once',
      [
        'Soraya Wintsch kam 2015 in die Schweiz. «Wir hatten nichts», sagt sie.',
        'Tochter Nilufar ist 19 und im dritten Lehrjahr. Sie spricht Berndeutsch. «Wenn ich frei habe, fragen die Bewohnerinnen nach mir», erzählt sie.',
      ],
      [
        ['Wir hatten nichts', 'speech', 'Soraya Wintsch'],
        ['Wenn ich frei habe, fragen die Bewohnerinnen nach mir', 'speech', 'Nilufar'],
      ],
    ],
    [
      'in an interview question, "Sie haben … gesagt:" quotes the interviewee',
      [
        'Seit 41 Jahren betreibt Lorenz Wintsch das Kino. Ein Gespräch.',
        'Herr Wintsch, Sie hören auf. Mit welchem Film verabschieden Sie sich?',
        '«Mit einem Heimatfilm von 1958.»',
        'Sie haben in einem Interview mit dem «Brüggener Anzeiger» gesagt: «Das Kino stirbt nicht, es wird nur älter.» Gilt das noch?',
      ],
      [
        ['Mit einem Heimatfilm von 1958.', 'speech', 'Wintsch'],
        ['Brüggener Anzeiger', 'name', null],
        ['Das Kino stirbt nicht, es wird nur älter.', 'speech', 'Wintsch'],
      ],
    ],
    [
      '"so X" set off by commas right before the words says whose they are',
      [
        'Staatsanwalt Urs Wintsch plädierte. Der Beschuldigte habe, so Wintsch, «aus reiner Lust an der Geschwindigkeit» gehandelt.',
      ],
      [['aus reiner Lust an der Geschwindigkeit', 'partial', 'Wintsch']],
    ],
    [
      'a subordinate clause with "es" after the words says why; "kam es" says they came from nobody named',
      [
        'Die Abgeordnete Sandra Wintsch hielt dagegen. Sie nannte das Gesetz ein «Placebo», weil es an Kontrolleuren fehle.',
        'Die Abgeordnete Sandra Wintsch sprach. «Nie wieder!», kam es von der Tribüne.',
      ],
      [
        ['Placebo', 'partial', 'Sandra Wintsch'],
        ['Nie wieder!', 'speech', null],
      ],
    ],
    [
      'a question the speaker asks of herself puts nothing to anybody: "sagt sie" after it is hers',
      [
        'Anna Wintsch backt seit 31 Jahren. Ans Aufhören denkt sie nicht. «Warum sollte ich?», fragt sie zurück. «Solange die Knie mitmachen, backe ich», sagt sie dann.',
      ],
      [
        ['Warum sollte ich?', 'speech', 'Anna Wintsch'],
        ['Solange die Knie mitmachen, backe ich', 'speech', 'Anna Wintsch'],
      ],
    ],
    [
      'a question put to somebody is answered by somebody else, whom "sie" may not mean',
      [
        'Anna Wintsch backt seit 31 Jahren. «Hast du Angst?», fragt sie ihre Tochter. «Nein», sagt sie.',
      ],
      [
        ['Hast du Angst?', 'speech', 'Anna Wintsch'],
        ['Nein', 'speech', null],
      ],
    ],
    [
      'an interview question that names somebody else but is put as "Sie" goes to the interviewee',
      [
        'Am Samstag gewann Pflegefachfrau Lara Wintsch in der Quizshow. Im Interview erzählt sie, wie sich das anfühlt.',
        'Frau Wintsch, haben Sie seither geschlafen?',
        '«Kaum. Ich lag bis vier Uhr wach.»',
        'Moderator Beat Muster nannte Sie «die ruhigste Kandidatin seit Jahren». Waren Sie wirklich so ruhig?',
        '«Von aussen vielleicht. Innen drin war ein Erdbeben.»',
        'Moderator Beat Muster hat Sie gelobt. Was hat er gesagt?',
        '«Dass ich die ruhigste Kandidatin seit Jahren sei.»',
      ],
      [
        ['Kaum. Ich lag bis vier Uhr wach.', 'speech', 'Lara Wintsch'],
        ['die ruhigste Kandidatin seit Jahren', 'partial', 'Beat Muster'],
        ['Von aussen vielleicht. Innen drin war ein Erdbeben.', 'speech', 'Lara Wintsch'],
        ['Dass ich die ruhigste Kandidatin seit Jahren sei.', 'speech', null],
      ],
    ],
    [
      'a question put as "Sie" after a paragraph that paired a question with its answer goes to the same person',
      [
        'Frau Wintsch, ist die Dividende in Gefahr? «Nein. Unsere Bilanz ist solide.»',
        'Wann erwarten Sie die Wende? «Frühestens im zweiten Halbjahr.»',
      ],
      [
        ['Nein. Unsere Bilanz ist solide.', 'speech', 'Wintsch'],
        ['Frühestens im zweiten Halbjahr.', 'speech', 'Wintsch'],
      ],
    ],
    [
      'not a question about somebody else, nor after a paragraph of plain report',
      [
        'Frau Wintsch, ist die Dividende in Gefahr? «Nein. Unsere Bilanz ist solide.»',
        'Was sagt Ihr Finanzchef Beat Muster dazu? «Er sieht das genauso wie ich.»',
      ],
      [
        ['Nein. Unsere Bilanz ist solide.', 'speech', 'Wintsch'],
        ['Er sieht das genauso wie ich.', 'speech', null],
      ],
    ],
    [
      'a parent described by their children is the person just named, not a relative of hers',
      [
        'Nadine Wintsch (34) schläft schlecht. Die Mutter von zwei Kindern wohnt neben der Baustelle. «Um halb drei fängt der Bagger an», sagt sie.',
      ],
      [['Um halb drei fängt der Bagger an', 'speech', 'Nadine Wintsch']],
    ],
    [
      'her mother, a relative, may be whom "sie" means: nobody surely',
      [
        'Nadine Wintsch (34) schläft schlecht. Ihre Mutter wohnt neben der Baustelle. «Um halb drei fängt der Bagger an», sagt sie.',
      ],
      [['Um halb drei fängt der Bagger an', 'speech', null]],
    ],
    [
      'the name a verb of naming gives a role is that person\'s: "er" after it means them',
      [
        'Der Vorsitzende heisst Horst Wintsch, ist 71 Jahre alt und trägt einen Zollstock. «Regeln sind dazu da», sagt er.',
      ],
      [['Regeln sind dazu da', 'speech', 'Horst Wintsch']],
    ],
    [
      'an adverb and a participle opening a sentence are nobody unknown: "sie" after them is hers',
      [
        'Die Stadträtin Anna Wintsch kandidiert.',
        'Wintsch tritt vor die Presse. Sichtlich bewegt dankt sie ihrem Team. «Ich werde für alle da sein», sagt sie.',
      ],
      [['Ich werde für alle da sein', 'speech', 'Anna Wintsch']],
    ],
    [
      'words right after an article are what the verb takes, also a second pair joined by "und"',
      [
        'Die Jury zeigte sich begeistert. Juror Beat Wintsch lobte den «perfekten Boden» und die «mutige Menge Zimt».',
      ],
      [
        ['perfekten Boden', 'partial', 'Beat Wintsch'],
        ['mutige Menge Zimt', 'partial', 'Beat Wintsch'],
      ],
    ],
    [
      'a given name no list knows, written in full twice, takes its gender from "sie" after it',
      [
        'Zorla Wintsch formt jeden Morgen Gipfeli. Seit 31 Jahren steht Zorla Wintsch um drei Uhr auf.',
        'Zorla Wintsch wischt sich das Mehl ab. «Um diese Zeit bin ich wach», sagt sie.',
        '«Ohne sie wäre das Dorf halb so schön», sagt eine Kundin.',
        'Ans Aufhören denkt Wintsch nicht. «Solange die Knie mitmachen, backe ich», sagt sie.',
      ],
      [
        ['Um diese Zeit bin ich wach', 'speech', 'Zorla Wintsch'],
        ['Ohne sie wäre das Dorf halb so schön', 'speech', 'Kundin'],
        ['Solange die Knie mitmachen, backe ich', 'speech', 'Zorla Wintsch'],
      ],
    ],
    [
      '"…, sagt sie, sondern eine Haltung." — the next quotation goes on with her',
      [
        'Lea Brunold, 22, studiert in Seewil. Secondhand sei keine Frage des Geldes, sagt sie, sondern eine Haltung. «Ich will nicht jedes Jahr neu bestellen.»',
      ],
      [['Ich will nicht jedes Jahr neu bestellen.', 'speech', 'Lea Brunold']],
    ],
    [
      'somebody introduced in a clause "als" opens after a comma speaks after it',
      [
        'Gemeindepräsident Urs Fässli verteidigte das Projekt. Schulpfleger Thomas Kalbermatter nickte.',
        'Es wurde hitzig, als ein Vater aus dem Publikum wissen wollte, warum die Gemeinde baue. «Für die Kinder reicht das Geld nicht?», rief er.',
      ],
      [['Für die Kinder reicht das Geld nicht?', 'speech', 'Vater aus dem Publikum']],
    ],
    [
      'who counters a quotation right before it is not who said it',
      [
        'Gemeindepräsident Urs Fässli verteidigte das Projekt.',
        'Es wurde hitzig, als ein Vater aus dem Publikum wissen wollte, warum die Gemeinde baue. Fässli entgegnete: «Das sind zwei verschiedene Budgets.» – «Es ist dasselbe Steuergeld», konterte der Mann.',
      ],
      [
        ['Das sind zwei verschiedene Budgets.', 'speech', 'Fässli'],
        ['Es ist dasselbe Steuergeld', 'speech', null],
      ],
    ],
    [
      'who raves about something in a few quoted words said them',
      [
        'Trainer Jens Morgenrot hatte bereits im Frühling von einem «kreativen Spieler aus der Schweiz» geschwärmt.',
        'Sportchefin Vera Lanz schwärmt von der «besten Saison seit Jahren».',
      ],
      [
        ['kreativen Spieler aus der Schweiz', 'partial', 'Jens Morgenrot'],
        ['besten Saison seit Jahren', 'partial', 'Vera Lanz'],
      ],
    ],
    [
      'a teller set off by commas does not speak the words of whom he tells',
      [
        'Torben Kleinhans sammelt Radios. Seine Frau Heike Kleinhans, erzählt er, habe ihm schon vor Jahren ein Ultimatum gestellt: «Noch eins, und du ziehst zu deinen Radios in den Keller.» Er lacht.',
      ],
      [['Noch eins, und du ziehst zu deinen Radios in den Keller.', 'speech', null]],
    ],
    [
      'a group of voices in the last clause speaks, not whom the sentence named first',
      [
        'Unter mir schnarcht Ruth leise, über dem Gang unterhalten sich zwei Stimmen flüsternd. «Schläfst du?» Dann ist es wieder still.',
      ],
      [['Schläfst du?', 'speech', null]],
    ],
    [
      'a family word used as a name is somebody unnamed, not whom the text named before',
      [
        'Der Grund heisst Lia, ist sieben Monate alt und lebt mit meiner Cousine in Australien.',
        'Nach dem Anruf sass Grossmami lange still da. Dann sagte sie zu mir: «Weisst du, was das Schönste ist?»',
      ],
      [['Weisst du, was das Schönste ist?', 'speech', null]],
    ],
    [
      'a family word the text gives a name means that person',
      [
        'Meine Tante hatte Grosi ein Smartphone geschenkt. Grosi, die eigentlich Rosa Gugelmann heisst, hielt es wie einen toten Fisch. «Was soll ich damit?», fragte sie.',
        'Grosi drückt fest auf den Bildschirm. «Ich bin sanft», sagt sie.',
      ],
      [
        ['Was soll ich damit?', 'speech', 'Rosa Gugelmann'],
        ['Ich bin sanft', 'speech', 'Rosa Gugelmann'],
      ],
    ],
    [
      '"Eine der Betroffenen ist X": the one of the group is the person named',
      [
        'Eine der Betroffenen ist Gerda Leutwyler (74) aus dem Föhrenweg. «Als ich heimkam, lagen alle Schubladen auf dem Boden», erzählt sie.',
      ],
      [['Als ich heimkam, lagen alle Schubladen auf dem Boden', 'speech', 'Gerda Leutwyler']],
    ],
    [
      'a coach is the trainer the paragraph named',
      [
        'Trainer Uwe Stahlmann erinnerte daran, wie knapp es gewesen war. «Wir waren zweimal fast raus», sagte der Coach.',
      ],
      [['Wir waren zweimal fast raus', 'speech', 'Uwe Stahlmann']],
    ],
    [
      'a capitalised word opening the sentence is nobody who hides whom a nationality means',
      [
        'Zufrieden war Trainer Nils Ekdahl dennoch nicht. «Zwei Drittel lang waren wir nicht gut genug», sagte der Schwede.',
      ],
      [['Zwei Drittel lang waren wir nicht gut genug', 'speech', 'Nils Ekdahl']],
    ],
    [
      'a few words in what "man" tells, or a rumour, are nobody\'s',
      [
        'Abends sitzt Hüttenwirt Toni Kasper mit am Tisch. «Jetzt verliert der Berg sein Gedächtnis», sagt Toni Kasper. Im Tal erzähle man sich inzwischen, der Ferner sei «schon tot, nur noch nicht begraben».',
        'Gemeinderat Beat Hägli kritisierte das Schreiben. «Das ist unterste Schublade», sagte Hägli. Im Ort kursiert zudem das Gerücht, die Gemeinde habe bereits «heimlich zugesagt».',
      ],
      [
        ['Jetzt verliert der Berg sein Gedächtnis', 'speech', 'Toni Kasper'],
        ['schon tot, nur noch nicht begraben', 'partial', null],
        ['Das ist unterste Schublade', 'speech', 'Hägli'],
        ['heimlich zugesagt', 'partial', null],
      ],
    ],
    [
      'whom reported speech tells of, after "mit", is not whom the teller\'s "er" means',
      [
        'Eigentlich wollte Nando Gervasi (63) nur seine Ruhe. «Ich habe immer allein gespielt», sagt er.',
        'Gervasi bestreitet das. «Das ist eine Lüge», sagt er. Die Tippgemeinschaft mit Ruedi habe es gegeben, aber nur bis 2019. Belege habe er, versichert er: «Jeder Schein liegt in diesem Ordner.»',
      ],
      [
        ['Ich habe immer allein gespielt', 'speech', 'Nando Gervasi'],
        ['Das ist eine Lüge', 'speech', 'Nando Gervasi'],
        ['Jeder Schein liegt in diesem Ordner.', 'speech', 'Nando Gervasi'],
      ],
    ],
    [
      '"wie sie sagt" after a sentence that reports nothing means the subject it opens with',
      [
        'Die Anwältin der Familie, Corinne Bachmeier, sieht das anders. Es gebe «klare Hinweise», sagte sie.',
        'Im Dorf sagt Wirtin Sabine Gerber: «Wer Millionen hat, hat viele Verwandte.» Die Anwältin will «vorerst keine Klage» einreichen, wie sie sagt.',
      ],
      [
        ['klare Hinweise', 'partial', 'Corinne Bachmeier'],
        ['Wer Millionen hat, hat viele Verwandte.', 'speech', 'Sabine Gerber'],
        ['vorerst keine Klage', 'partial', 'Corinne Bachmeier'],
      ],
    ],
    [
      'a few words in a "dass" clause that says who called them so are that person\'s',
      [
        'Firmenchef Jan Oltmanns bedauert den Fall. Beraterin Dana Kühnel kritisiert, dass Oltmanns anfangs von einem «Einzelfall» gesprochen habe. Das sei «nicht vertrauensbildend», findet sie.',
      ],
      [
        ['Einzelfall', 'partial', 'Oltmanns'],
        ['nicht vertrauensbildend', 'partial', 'Dana Kühnel'],
      ],
    ],
    [
      'a report that goes on in the subjunctive goes on with the people in it',
      [
        'Firmenchef Jan Oltmanns bedauert den Fall. «Wir haben sofort reagiert», sagt er.',
        'Im März stand die Garage der Familie in Flammen. «Wir haben nachts den Rauchmelder gehört», erzählt Silke Rehbein. Ihr Mann Uwe sei sofort hinuntergerannt. Dann habe er nur gerufen: «Ruf die Feuerwehr, die Garage brennt!»',
      ],
      [
        ['Wir haben sofort reagiert', 'speech', 'Jan Oltmanns'],
        ['Wir haben nachts den Rauchmelder gehört', 'speech', 'Silke Rehbein'],
        ['Ruf die Feuerwehr, die Garage brennt!', 'speech', 'Uwe'],
      ],
    ],
    [
      'a demonstrative before a dash is not who speaks after it',
      [
        'Im Foyer sagte Hilde Pfenninger: «So was Ehrliches habe ich lange nicht gesehen.»',
        'Als der Vorhang fiel, rief jemand aus dem Rang: «Zugabe!» Die gab es nicht – aber Regisseur Beno Harrer, sichtlich gerührt, versprach: «Wir spielen das, bis alle es gesehen haben.»',
      ],
      [
        ['So was Ehrliches habe ich lange nicht gesehen.', 'speech', 'Hilde Pfenninger'],
        ['Zugabe!', 'speech', null],
        ['Wir spielen das, bis alle es gesehen haben.', 'speech', 'Beno Harrer'],
      ],
    ],
    [
      'the part an actor plays ("als Wirtin Afra") is nobody who speaks',
      [
        'Getragen wird der Abend von Mira Tschudin als Wirtin Afra.',
        'Ihre Afra ist zäh und witzig. Nach der Premiere wirkte die 34-Jährige erschöpft. «Ich habe nur noch Bairisch geträumt», sagte sie lachend.',
      ],
      [['Ich habe nur noch Bairisch geträumt', 'speech', null]],
    ],
    [
      'a group in a question the writer asks is not who "er" is; the interviewee is',
      [
        'Festivalleiter Hansruedi Indergand stellte sich den Fragen. Ob die Fans ihr Geld zurückbekommen? «Wir arbeiten an einer Lösung», sagt er.',
      ],
      [['Wir arbeiten an einer Lösung', 'speech', 'Hansruedi Indergand']],
    ],
    [
      'words someone "eingeschärft" are theirs, and the bare "Und:" after them too',
      [
        'Den Beruf hat Regula Zwyssig geerbt. Ihre Grossmutter, Anna Wäfler, war die Dorfwehmutter. «Hör auf die Frau, nicht auf die Uhr», habe die Grossmutter ihr eingeschärft, als sie zum ersten Mal mitdurfte. Und: «Ein Kind kommt, wann es will.»',
      ],
      [
        ['Hör auf die Frau, nicht auf die Uhr', 'speech', 'Anna Wäfler'],
        ['Ein Kind kommt, wann es will.', 'speech', 'Anna Wäfler'],
      ],
    ],
    [
      'a name after a dative ("ihrem Sohn Ralf") is not who speaks after the colon; a source after "von ihrer" is',
      [
        'Herrlich die Szene, in der sie ihrem Sohn Ralf erklärt, warum der Hund mehr erben soll: «Der Hund hat mich nie nach Geld gefragt.»',
        'Ihr Leitsatz stammt von ihrer Grossmutter Anna Wäfler: «Ein Kind kommt, wann es will.»',
      ],
      [
        ['Der Hund hat mich nie nach Geld gefragt.', 'speech', null],
        ['Ein Kind kommt, wann es will.', 'speech', 'Anna Wäfler'],
      ],
    ],
    [
      'a changed name marked with an asterisk is a person, and "sie" means her, not somebody before',
      [
        'Als erste Zeugin trat Rosmarie B.* (78) in den Zeugenstand. «Ich habe ihm vertraut», sagte sie.',
        'Danach sprach Nadja Muster* (41). «Ich habe alles verloren», sagte sie.',
      ],
      [
        ['Ich habe ihm vertraut', 'speech', 'Rosmarie B.'],
        ['Ich habe alles verloren', 'speech', 'Nadja Muster'],
      ],
    ],
    [
      'an age between commas after a name is no reporting clause: "sie" after it is the one named',
      [
        'Die Idee stammt von meiner Frau Nathalie.',
        'Es gibt eine Liste. Unsere Tochter Elin, 14, schreibt sie jedes Jahr, und zuoberst hatte sie notiert: «Ferien 2025.»',
      ],
      [['Ferien 2025.', 'speech', 'Elin']],
    ],
    [
      'a role in the genitive with no article ("nach Grossmutters Art") is no title before a name',
      [
        'Mailänderli nach Grossmutters Art sind eine Wissenschaft. «Kommen mir nicht ins Haus», sagt Grossmutter. Dann sagte sie: «Gut.»',
      ],
      [
        ['Kommen mir nicht ins Haus', 'speech', 'Grossmutter'],
        ['Gut.', 'speech', null],
      ],
    ],
    [
      'a relation with a kinship prefix is another relation: "die Grossmutter" is not "meine Mutter Verena"',
      [
        'Dieses Jahr standen wir zu fünft in der Küche: meine Mutter Verena, die Grossmutter und ich.',
        'Meine Mutter verdrehte die Augen. «Mami, sie macht das schon recht», sagte sie. Darauf die Grossmutter: «Recht ist nicht gut.»',
      ],
      [
        ['Mami, sie macht das schon recht', 'speech', 'Verena'],
        ['Recht ist nicht gut.', 'speech', null],
      ],
    ],
    [
      'a relation "heisst" a name: "Meine Grossmutter heisst Frieda" names her',
      [
        'Meine Grossmutter heisst Frieda und ist 91 Jahre alt. «Butter nie direkt aus dem Kühlschrank!», sagt sie.',
      ],
      [['Butter nie direkt aus dem Kühlschrank!', 'speech', 'Frieda']],
    ],
    [
      'who answers the person the writer called is that person, not the woman named last',
      [
        'Meine Mutter Verena rief an. Ich habe die Grossmutter daraufhin angerufen. «Grossmami, wir kommen doch», sagte ich. Dann sagte sie: «Gut. Dann kommt ihr wieder.»',
        'Frieda stand am Herd. Verena rief an. «Frieda, wir kommen doch», sagte ich. Dann sagte sie: «Gut.»',
      ],
      [
        ['Grossmami, wir kommen doch', 'speech', null],
        ['Gut. Dann kommt ihr wieder.', 'speech', null],
        ['Frieda, wir kommen doch', 'speech', null],
        ['Gut.', 'speech', 'Frieda'],
      ],
    ],
    [
      '"eine Frau als Schreinermeisterin" is a kind of person, not somebody a pronoun means',
      [
        'Lina Gubler, 58, führt die Schreinerei seit 1995. Damals ein Novum: eine Frau als Schreinermeisterin in Rabenau. «Man hat mir nichts geschenkt», sagt sie.',
      ],
      [['Man hat mir nichts geschenkt', 'speech', 'Lina Gubler']],
    ],
    [
      'a singer\'s voice before the name is a title: "Bariton Elio Brunner"',
      ['Bariton Elio Brunner, der den Vater singt, lobte die Regie: «Wir durften suchen.»'],
      [['Wir durften suchen.', 'speech', 'Elio Brunner']],
    ],
    [
      'a saying passed on is the words of whom the relative clause says first said them',
      [
        'Seiner Nachfolgerin gibt Roos einen Satz mit, den ihm einst seine Lehrmeisterin, die Tierärztin Ida Kälin, gesagt habe: «Schau zuerst in den Stall, dann ins Buch.»',
      ],
      [['Schau zuerst in den Stall, dann ins Buch.', 'speech', 'Ida Kälin']],
    ],
    [
      'a firm the lists do not know, after "vom" and a noun, is not whom a pronoun means',
      [
        'Analystin Carla Wyss vom Vermögensverwalter Tobel Partner hält den Preis für hoch. Die Lage sei ernst, schrieb sie in einer Notiz: «Wer heute spart, zahlt morgen.»',
      ],
      [['Wer heute spart, zahlt morgen.', 'speech', 'Carla Wyss']],
    ],
    [
      'a place that ends a role\'s complement before the apposition is nobody: "des Elternrats Birkenau, Nora Frei,"',
      [
        'Die Präsidentin des Elternrats Birkenau, Nora Frei, sagte nach der Sitzung, die Eltern fühlten sich «übergangen».',
      ],
      [['übergangen', 'partial', 'Nora Frei']],
    ],
    [
      'a body in what the named person claims holds no role: "die Direktorin" is still her',
      [
        'Werkdirektorin Nina Arnold wies die Forderungen zurück.',
        'Arnold kritisierte zudem den Zeitpunkt. Die Gewerkschaft habe die Gespräche abgebrochen. «Man kann nicht heute reden und morgen streiken», sagte die Direktorin.',
      ],
      [['Man kann nicht heute reden und morgen streiken', 'speech', 'Nina Arnold']],
    ],
    [
      'one person, two relations: her father is his grandfather',
      [
        'Mara Tschopp hat die Mühle 1994 von ihrem Vater Emil Kunz übernommen.',
        'Beim Aufräumen fand ihr Sohn Jon ein Heft seines Grossvaters Emil Kunz. Auf der letzten Seite hat der Grossvater notiert: «Wer mahlt, der bleibt.»',
      ],
      [['Wer mahlt, der bleibt.', 'speech', 'Emil Kunz']],
    ],
    [
      'a colleague named in an apposition is whom a pronoun after it means',
      [
        'Die Biologin Edith Ramseier hat den Weiher vermessen.',
        'Ramseiers Kollege, der Hydrologe Gian Caduff, will das nicht als Entwarnung verstanden wissen. «Selten heisst nicht nie», sagt er.',
      ],
      [['Selten heisst nicht nie', 'speech', 'Gian Caduff']],
    ],
    [
      'a relative clause in reported speech before "sagte sie" does not hide who goes on',
      [
        'Nina Hofstetter-Gut wohnt nebenan.',
        'Hofstetter-Gut sieht das anders. Der Zaun sei ein Sichtschutz, den sie dringend brauche, sagte sie. «Herr Blaser schaut jeden Abend in meinen Garten.»',
      ],
      [['Herr Blaser schaut jeden Abend in meinen Garten.', 'speech', 'Nina Hofstetter-Gut']],
    ],
    [
      'a claim the prosecutor reports is not the words of whom it is about',
      [
        'Staatsanwältin Irene Vogt liess das nicht gelten. Es komme nicht darauf an, wofür das Geld gebraucht worden sei, sagte sie. «Vereinsgeld ist kein Selbstbedienungsladen.» Der Angeklagte habe Quittungen «mit viel Fantasie» ergänzt.',
      ],
      [
        ['Vereinsgeld ist kein Selbstbedienungsladen.', 'speech', 'Irene Vogt'],
        ['mit viel Fantasie', 'partial', null],
      ],
    ],
    [
      'a pronoun after a quotation that introduced somebody may mean them, not a woman named paragraphs ago',
      [
        'Das weiss auch Lea Brunner, die als Ärztin ihre dritte Nacht arbeitet.',
        'Kurt Wenger kam 1991 ans Spital. «Dann hat mich eine Stationsschwester unter ihre Fittiche genommen», erzählt er. Sie habe ihm eingeschärft, er solle «nie vergessen, dass jeder hier Angst hat».',
      ],
      [
        [
          'Dann hat mich eine Stationsschwester unter ihre Fittiche genommen',
          'speech',
          'Kurt Wenger',
        ],
        ['nie vergessen, dass jeder hier Angst hat', 'partial', null],
      ],
    ],
    [
      'what "er" mentions after ", und" is his',
      [
        'Mein Onkel fährt Auto, seit er achtzehn ist. Das sind sechzig Jahre, und er erwähnt gern, dass er «keinen einzigen Kratzer» gemacht habe.',
      ],
      [['keinen einzigen Kratzer', 'partial', 'Onkel']],
    ],
    [
      'words the writer says ("sage ich") are speech, even without a full stop',
      ['«Welchen Termin?», sagt er. «Den beim Zahnarzt. Wegen der Krone», sage ich.'],
      [
        ['Welchen Termin?', 'speech', null],
        ['Den beim Zahnarzt. Wegen der Krone', 'speech', null],
      ],
    ],
    [
      'after a few words of his, a quotation that speaks of "ihm" is not his; "er" may be a thing',
      [
        'Nora Zahner liegt im Spital. Ihr Freund Luca Hänni habe ihr erzählt, er habe die ganze Zeit «Halt durch» gerufen. «Gehört habe ich nichts. Aber ich glaube ihm.»',
        'Einsatzleiter Gian Caflisch mahnte. Die Lage sei «trügerisch», sagte er. «Der Schnee sieht schön aus, aber er verzeiht keine Fehler.»',
      ],
      [
        ['Halt durch', 'partial', 'Luca Hänni'],
        ['Gehört habe ich nichts. Aber ich glaube ihm.', 'speech', null],
        ['trügerisch', 'partial', 'Gian Caflisch'],
        ['Der Schnee sieht schön aus, aber er verzeiht keine Fehler.', 'speech', 'Gian Caflisch'],
      ],
    ],
    [
      'a sentence that opens with a person acting is not the sentence before going on',
      [
        'Staatsanwältin Ida Rohrer forderte 14 Monate. Der Verteidiger plädierte auf eine Geldstrafe; sein Mandant sei «kein Raser».',
      ],
      [['kein Raser', 'partial', null]],
    ],
    [
      'words someone dictates are theirs',
      [
        'Preisrichter Hansueli Murer aus Mülibach begutachtet jede Kuh. «Schönes Euter, gutes Fundament», diktiert er seinem Schreiber.',
      ],
      [['Schönes Euter, gutes Fundament', 'speech', 'Hansueli Murer']],
    ],
    [
      'an age noun means the person given that age, named or not; nobody of another age',
      [
        'Vor Gericht stand ein 45-jähriger Chauffeur. «Ich habe nichts gesehen», sagte der Beschuldigte.',
        'Das Opfer, ein 31-jähriger Informatiker, verfolgte den Prozess.',
        'Im Schlusswort sagte der 45-Jährige: «Es tut mir leid.»',
      ],
      [
        ['Ich habe nichts gesehen', 'speech', 'Beschuldigte'],
        ['Es tut mir leid.', 'speech', 'Chauffeur'],
      ],
    ],
    [
      'a full name with an unknown given name after a title or before "wurde" is somebody',
      [
        'Cheftrainer Beat Tschuor nahm sie in Schutz. «Lara ist am Limit gefahren», sagte Tschuor.',
        "Bei den Männern gewann der Franzose Maxime Roux den Super-G. «C'est magnifique», jubelte er.",
        'Gyrid Halvorsen wurde Zweite. «Auf so einer Piste kannst du nicht alles kontrollieren», meinte sie.',
      ],
      [
        ['Lara ist am Limit gefahren', 'speech', 'Tschuor'],
        ["C'est magnifique", 'speech', null],
        ['Auf so einer Piste kannst du nicht alles kontrollieren', 'speech', null],
      ],
    ],
    [
      'the boss of a person named without a role is somebody else; the boss the text named is the boss',
      [
        'Anna Meier hat ihre Stelle verloren. «Wir mussten sparen», sagt die Chefin.',
        'Firmenchefin Vera Roth baut Stellen ab. «Wir mussten sparen», sagt die Chefin.',
      ],
      [
        ['Wir mussten sparen', 'speech', null],
        ['Wir mussten sparen', 'speech', 'Vera Roth'],
      ],
    ],
    [
      'a person the text names by one name: a pronoun after it means nobody before, or the given name the lists know',
      [
        'Qerim Hoxha wird Betrug vorgeworfen. «Er hat die Buchhaltung gefälscht», sagte Staatsanwalt Rolf Meyerhans. Hoxha bestritt die Vorwürfe. «Ich habe alles korrekt abgerechnet», sagte er.',
        '«Das muss freiwillig bleiben», sagt Rektor Hanspeter Gubler. Efkan riss das Couvert sofort auf. «Eigentlich vermisse ich es nicht», sagt er.',
        '«Der Versuch läuft gut», sagt Lehrerin Anna Keller. Lea, zehn, packt ihren Thek. «Jetzt habe ich frei», sagt sie.',
      ],
      [
        ['Er hat die Buchhaltung gefälscht', 'speech', 'Rolf Meyerhans'],
        ['Ich habe alles korrekt abgerechnet', 'speech', null],
        ['Das muss freiwillig bleiben', 'speech', 'Hanspeter Gubler'],
        ['Eigentlich vermisse ich es nicht', 'speech', null],
        ['Der Versuch läuft gut', 'speech', 'Anna Keller'],
        ['Jetzt habe ich frei', 'speech', 'Lea'],
      ],
    ],
    [
      'a word before a verb with its subject after it is no unknown person',
      [
        'Der Direktor des Verbands, Thomas Egli-Rüfenacht, sprach von einem Signal. Gleichzeitig verlangte er tiefere Preise. «Die Hilfe kommt spät», sagte er.',
      ],
      [['Die Hilfe kommt spät', 'speech', 'Thomas Egli-Rüfenacht']],
    ],
    [
      'a sentence opening with somebody unnamed ("Ein Türsteher"): a pronoun after it means nobody before',
      [
        'In Seewil ist ein 34-jähriger Mann schwer verletzt worden. Ein Türsteher des Clubs hatte die Polizei alarmiert. Gegenüber dem Radio sagte er: «Es ging alles extrem schnell.»',
      ],
      [['Es ging alles extrem schnell.', 'speech', null]],
    ],
    [
      'a person introduced with "ein" and a noun for a person is who a pronoun or age after it means',
      [
        '«Wir bilden gerne aus», sagte Firmenchef Kurt Meier. Ein Lehrling im dritten Jahr hört zu. «Ich will nach der Lehre bleiben», sagt er.',
        '«Das war Notwehr», sagte Verteidiger Kurt Meier. Ein 29-jähriger Student trat als Privatkläger auf. «Ich habe Angst», sagte er.',
        'Ein 38-jähriger Bauunternehmer steht vor Gericht. Als Zeuge sagte ein ehemaliger Vorarbeiter aus. «Wir bekamen Bargeld», sagte der 52-Jährige.',
        'Der Verteidiger plädierte auf Freispruch. Das Opfer, ein 29-jähriger Student, trat als Privatkläger auf. «Ich habe Angst», sagte er.',
      ],
      [
        ['Wir bilden gerne aus', 'speech', 'Kurt Meier'],
        ['Ich will nach der Lehre bleiben', 'speech', 'Lehrling'],
        ['Das war Notwehr', 'speech', 'Kurt Meier'],
        ['Ich habe Angst', 'speech', 'Student'],
        ['Wir bekamen Bargeld', 'speech', 'Vorarbeiter'],
        ['Ich habe Angst', 'speech', 'Opfer'],
      ],
    ],
    [
      'who a sentence in the passive is about is not who a role or pronoun after it means',
      [
        'Beat Gmür wurde am Montag operiert. «Die Operation ist gut verlaufen», sagte der Chirurg.',
        'Beat Gmür wurde am Montag operiert. Der Chirurg zeigte sich zufrieden. «Die Operation ist gut verlaufen», sagte er.',
      ],
      [
        ['Die Operation ist gut verlaufen', 'speech', null],
        ['Die Operation ist gut verlaufen', 'speech', null],
      ],
    ],
    [
      'a pronoun after "sagte," opens the reported clause; the speaker is the subject before',
      [
        'Roland Keller war dagegen.',
        'Einwohnerrat Peter Wagner sagte, er werde «mit einem unguten Gefühl» zustimmen.',
      ],
      [['mit einem unguten Gefühl', 'partial', 'Peter Wagner']],
    ],
    [
      'a role nobody was given, after a sentence whose subject is a pronoun: not the object named there',
      [
        'Anna Brooks feiert ihren 14. Sieg. Sie distanzierte Lea Cadonau um 38 Hundertstel. «Der Schnee war schwierig», sagte die Trainerin.',
      ],
      [['Der Schnee war schwierig', 'speech', null]],
    ],
    [
      'a relation owned by somebody, named with that relation in another paragraph: the relation, not that person',
      [
        'Anna Keller führt den Hof allein. Ihr Mann Kurt ist vor drei Jahren gestorben.',
        'Nachbarin Lea Moser hilft oft aus. Auch ihr Mann packt mit an. «Die Arbeit hört nie auf», sagt er.',
      ],
      [['Die Arbeit hört nie auf', 'speech', 'Mann']],
    ],
    [
      'a group in the plural is nobody a singular pronoun means',
      ['Die Fans jubeln. «Ich kann gar nichts sagen», sagt sie.'],
      [['Ich kann gar nichts sagen', 'speech', null]],
    ],
    [
      'a full name whose given name the lists do not know is somebody: a pronoun after it means nobody named before',
      [
        'Stadtrat Peter Huber ist dagegen. Tjorven Haslach widerspricht. «Das stimmt nicht», sagt er.',
        'Seraina Cadonau wird Zweite. Ylvi Brändle gewinnt. «Der zweite Lauf war perfekt», sagte sie.',
        'Stadtrat Peter Huber ist dagegen. Der Däne Tjorven Haslach widerspricht. «Das stimmt nicht», sagt er.',
      ],
      [
        ['Das stimmt nicht', 'speech', null],
        ['Der zweite Lauf war perfekt', 'speech', null],
        ['Das stimmt nicht', 'speech', null],
      ],
    ],
    [
      'two capitalised words before a plural verb are no unknown person',
      [
        'Bäuerin Anna Meier ist besorgt. Seewiler Bauern protestieren. «Wir verlieren alles», sagt sie.',
      ],
      [['Wir verlieren alles', 'speech', 'Anna Meier']],
    ],
    [
      'a pronoun that may mean the subject or the object of the sentence before: nobody',
      [
        'Marco Frei soll seinen Nachbarn bedroht haben. «Es tut mir leid», sagte er.',
        'Bundesrat Beat Zumbrunnen empfing seinen deutschen Amtskollegen in Bern. «Wir haben gute Gespräche geführt», sagte er.',
      ],
      [
        ['Es tut mir leid', 'speech', null],
        ['Wir haben gute Gespräche geführt', 'speech', null],
      ],
    ],
    [
      '"den" after a given name is an article, not a particle of the name',
      ['Beat Suter zeigte seinem Sohn Tim den Stall. «Schön», sagte der Sohn.'],
      [['Schön', 'speech', 'Tim']],
    ],
    [
      'given names of Swiss, German, French and Italian usage make a full name a person',
      ['In seiner Kolumne schreibt Pirmin Arnold: «Die Stadt verliert ihre Seele.»'],
      [['Die Stadt verliert ihre Seele.', 'speech', 'Pirmin Arnold']],
    ],
    [
      'the address an interview question opens with is not a second person in the sentence',
      [
        'Andri Caduff führt seit 30 Jahren Gäste auf die Gipfel.',
        'Herr Caduff, Ihr Kollege Gian Cathomen sagte kürzlich, viele Gäste seien «masslos selbstüberschätzt». Sehen Sie das auch so?',
      ],
      [['masslos selbstüberschätzt', 'partial', 'Gian Cathomen']],
    ],
    [
      'a pronoun after a role named as the object: the role in the nominative',
      [
        'Die Richterin fragte den Beschuldigten: «Warum haben Sie das getan?» Er antwortete: «Ich weiss es nicht.»',
      ],
      [
        ['Warum haben Sie das getan?', 'speech', 'Richterin'],
        ['Ich weiss es nicht.', 'speech', 'Beschuldigte'],
      ],
    ],
    [
      'a role after a quotation about the person just named: somebody else',
      [
        'Kurt Brunner wurde am Montag befördert. «Er hat es verdient», sagt der Chef.',
        'Anna Meier kaufte am Kiosk ein Los. «Sie kam jeden Freitag», erinnert sich die Verkäuferin.',
      ],
      [
        ['Er hat es verdient', 'speech', null],
        ['Sie kam jeden Freitag', 'speech', null],
      ],
    ],
    [
      'a role after a quotation of the person just named, who had no role: that person',
      [
        'Hanna Rüegg sass bei der Premiere in der dritten Reihe. «Ich habe meine Figuren atmen sehen», sagte die Autorin.',
      ],
      [['Ich habe meine Figuren atmen sehen', 'speech', 'Hanna Rüegg']],
    ],
    [
      'a role opening the sentence after a person named without a role: nobody for the pronoun',
      [
        'Beat Gmür wurde am Montag operiert. Der Arzt zeigte sich zufrieden. «Die Operation ist gut verlaufen», sagte er.',
        'Trainer Urs Frei sah das Spiel von der Tribüne. Der Trainer war zufrieden. «Wir haben gekämpft», sagte er.',
      ],
      [
        ['Die Operation ist gut verlaufen', 'speech', null],
        ['Wir haben gekämpft', 'speech', 'Urs Frei'],
      ],
    ],
    [
      'a quotation the clause before its colon lets somebody say, recounted by another',
      [
        'Der Arzt sagte zu ihr: «Sie haben noch drei Monate», erinnert sich Regula Meili.',
        'Der Trainer Urs Frei sagte zu ihm: «Du spielst», erzählt Peter Huber.',
      ],
      [
        ['Sie haben noch drei Monate', 'speech', null],
        ['Du spielst', 'speech', 'Urs Frei'],
      ],
    ],
    [
      'a demonstrative that speaks: a pronoun after it means nobody, a thing that is: the speaker goes on',
      [
        'Gemeinderat Beat Suter traf den Bundesrat. Dieser versprach Hilfe. «Wir lassen Seewil nicht im Stich», sagte er.',
      ],
      [['Wir lassen Seewil nicht im Stich', 'speech', null]],
    ],
    [
      'two people joined before a colon: several speakers, not the first',
      ['Beat Gmür und Anna Meier sagten am Montag: «Wir ziehen die Initiative zurück.»'],
      [['Wir ziehen die Initiative zurück.', 'speech', null]],
    ],
    [
      'a role, a place and the name: the name, never the place',
      [
        '«Wir bauen für die nächsten fünfzig Jahre», sagte der Gemeindepräsident von Hinterau, Res Gugger, an der Versammlung.',
      ],
      [['Wir bauen für die nächsten fünfzig Jahre', 'speech', 'Res Gugger']],
    ],
    [
      'the speaker before a colon with a quoted newspaper between',
      [
        'Landwirt Ueli Muster kritisierte die Kosten. Muster sagt im «Seewiler Boten»: «Niemand ist gegen die Schule.»',
      ],
      [
        ['Seewiler Boten', 'name', null],
        ['Niemand ist gegen die Schule.', 'speech', 'Muster'],
      ],
    ],
    [
      'a continuation keeps its speaker',
      [
        'Seewil-Trainerin Sandra Keller lobte ihre Mannschaft. «Das war Leidenschaft pur», sagte sie. Und weiter: «So gewinnt man Derbys.»',
      ],
      [
        ['Das war Leidenschaft pur', 'speech', 'Sandra Keller'],
        ['So gewinnt man Derbys.', 'speech', 'Sandra Keller'],
      ],
    ],
    [
      'a quote split around its attribution has one speaker',
      ['«Erstens», sagte Lea Imfeld, «zweitens kommt es anders.»'],
      [
        ['Erstens', 'speech', 'Lea Imfeld'],
        ['zweitens kommt es anders.', 'speech', 'Lea Imfeld'],
      ],
    ],
    [
      'a written text with no writer',
      ['Gemeindepräsidentin Lea Imfeld kam zu spät. Auf dem Plakat stand: «Wir wollen bleiben!»'],
      [['Wir wollen bleiben!', 'speech', null]],
    ],
    [
      'a text "heisst es in der Mitteilung" has no speaker',
      [
        'Polizeisprecher Marco Beispiel bestätigte den Unfall. «Die Strasse bleibt gesperrt», heisst es in der Mitteilung.',
      ],
      [['Die Strasse bleibt gesperrt', 'speech', null]],
    ],
    [
      'a role with no name is the speaker',
      ['«Der Mann war ansprechbar», sagte ein Sprecher der Kantonspolizei Seewil.'],
      [['Der Mann war ansprechbar', 'speech', 'Sprecher der Kantonspolizei Seewil']],
    ],
    [
      'a pronoun skips a person of the other gender named after a preposition',
      [
        'Kommissarin Eva Vahlberg betonte ihre Bereitschaft. Den Vorwurf von Minister Hans Lorenz wies sie zurück: «Unser Vorschlag liegt auf dem Tisch.»',
      ],
      [['Unser Vorschlag liegt auf dem Tisch.', 'speech', 'Eva Vahlberg']],
    ],
    [
      'a speaker named two paragraphs earlier does not speak an unattributed quote',
      [
        'Stadträtin Eva Muster eröffnete die Sitzung.',
        'Die Debatte dauerte lange.',
        '«Das ist ein schwarzer Tag.»',
      ],
      [['Das ist ein schwarzer Tag.', 'speech', null]],
    ],
    [
      "a quote after another person's quote, with that person named between, has no speaker",
      [
        '«Wir sind dafür», sagte Anna Muster. Stadtrat Beat Beispiel schüttelte den Kopf, Anna Muster lachte. «Das kommt nicht in Frage.»',
      ],
      [
        ['Wir sind dafür', 'speech', 'Anna Muster'],
        ['Das kommt nicht in Frage.', 'speech', null],
      ],
    ],
    [
      'a title ending with a question mark after a naming noun is a name with no speaker',
      ['Moderatorin Lena Brunner hat die Sendung «Wer bist du?» verlassen.'],
      [['Wer bist du?', 'name', null]],
    ],
    [
      'a word after "sogenannten" is partial, without a speaker in a sentence of the writer',
      ['Die Regierung plant ein sogenanntes «Entlastungsprogramm».'],
      [['Entlastungsprogramm', 'partial', null]],
    ],
    [
      'a partial quote in a sentence that names its speaker',
      [
        'Der Umweltrechtler Martin Gehrke von der Universität Hollerbach nannte die Regelung «rechtlich heikel».',
      ],
      [['rechtlich heikel', 'partial', 'Martin Gehrke']],
    ],
    [
      'a role reference goes to the person the paragraph named, whatever role it named them by',
      [
        'Agrarminister Henning Muster zeigte sich enttäuscht. «Die Bauern brauchen Planungssicherheit», sagte der FDP-Politiker.',
      ],
      [['Die Bauern brauchen Planungssicherheit', 'speech', 'Henning Muster']],
    ],
    [
      'a role reference of the other gender is the role as written, not the person named',
      [
        'Gemeindepräsident Beat Imfeld eröffnete die Sitzung. «Die Lage ist ernst», sagte die Sprecherin.',
      ],
      [['Die Lage ist ernst', 'speech', 'Sprecherin']],
    ],
    [
      'a role reference goes to the person the paragraph just named without a role',
      [
        'Hanna Rüegg sass in der dritten Reihe. «Ich habe meine Figuren atmen sehen», sagte die Autorin.',
      ],
      [['Ich habe meine Figuren atmen sehen', 'speech', 'Hanna Rüegg']],
    ],
    [
      'a pronoun after two people of its gender gives nobody',
      [
        'Landwirt Peter von Gunten und Gewerbler Marco Hänni wehrten sich. Von Gunten traf sich mit Hänni. Er sagte danach: «Wir schauen genau hin.»',
      ],
      [['Wir schauen genau hin.', 'speech', null]],
    ],
    [
      'two capitalised nouns are no person: the pronoun goes to the person named in the apposition',
      [
        'Zimmerlis Amtskollegin aus Oberwangen, Ruth Meier-Stäubli, war zufrieden. Sie sagt im «Seewiler Boten»: «Mit dem Kopf waren alle dafür.»',
      ],
      [
        ['Seewiler Boten', 'name', null],
        ['Mit dem Kopf waren alle dafür.', 'speech', 'Ruth Meier-Stäubli'],
      ],
    ],
    [
      'a pronoun skips a man whose given name says so',
      [
        'Rechtsanwalt Martin Oberholzer plädierte auf Freispruch. Eine Geschädigte, eine Frau aus Stampfach, weinte. «Ich habe ihm vertraut», sagte sie.',
      ],
      [['Ich habe ihm vertraut', 'speech', 'Geschädigte']],
    ],
    [
      'who a reported sentence opens with is no speaker of the quotation after it',
      [
        'Trainer Miro Dedić haderte. Nico Ambühl habe gefoult, sagte der Kroate. «Das sieht jeder.»',
      ],
      // Not Ambühl, whom the reported sentence opens with: the Croat, the trainer just named.
      [['Das sieht jeder.', 'speech', 'Miro Dedić']],
    ],
    [
      'a role reference goes to the person the paragraph named since the role was first mentioned',
      [
        'Ein Hauswart hat gewonnen.',
        'Für Beat Rüfenacht ist ein Traum wahr geworden. «Ich habe die Zahlen kontrolliert», sagt der Hauswart.',
      ],
      [['Ich habe die Zahlen kontrolliert', 'speech', 'Beat Rüfenacht']],
    ],
    [
      'a possessive role is somebody else than the person named: the role',
      ['Elsbeth Muster lernte bei ihrem Vater. «Geduld ist alles», sagte ihr Vater.'],
      [['Geduld ist alles', 'speech', 'Vater']],
    ],
    [
      'a continuation with a bare "Und:"',
      ['«Wir schauen von Spiel zu Spiel», sagte Trainer Sascha Kern. Und: «Die Mannschaft lebt.»'],
      [
        ['Wir schauen von Spiel zu Spiel', 'speech', 'Sascha Kern'],
        ['Die Mannschaft lebt.', 'speech', 'Sascha Kern'],
      ],
    ],
    [
      'an organisation after a verb of saying is no speaker',
      ['«Das ist ein Meilenstein», schreibt Radio Lindenfeld auf seiner Website.'],
      [['Das ist ein Meilenstein', 'speech', null]],
    ],
    [
      'the person a friend speaks of is not the speaker',
      [
        'Verkehrsdirektor Pascal Eggimann war nicht erreichbar. Ein Freund von Eggimann sagt: «Er hat jahrelang gekämpft.»',
      ],
      [['Er hat jahrelang gekämpft.', 'speech', 'Freund von Eggimann']],
    ],
    [
      'the person told something is not the speaker, nor the one whose lawyer speaks',
      [
        'Stadträtin Gabriela Nyffeler traf Elena Guggisberg. Guggisbergs Anwältin sagte gegenüber Nyffeler: «Wir prüfen die Pläne.»',
      ],
      [['Wir prüfen die Pläne.', 'speech', 'Anwältin']],
    ],
    [
      'whose view a clause states before a colon',
      [
        'Stadträtin Gabriela Nyffeler kämpft seit Jahren für das Tram. Für Nyffeler ist klar: «Ohne das Tram erstickt das Quartier.»',
      ],
      [['Ohne das Tram erstickt das Quartier.', 'speech', 'Nyffeler']],
    ],
    [
      'a title noun before the full name in an apposition is not part of the name',
      [
        'Für die Besitzerin, Kunstschmiedin Anna Beispiel, ist es der dritte Einbruch. «Ich mache trotzdem weiter», sagt sie.',
      ],
      [['Ich mache trotzdem weiter', 'speech', 'Anna Beispiel']],
    ],
    [
      'a pronoun goes to an unnamed reader, not to the person of an earlier entry',
      [
        'Gemeindepräsident Hans Beispiel ruft zur Vorsicht auf.',
        'Ein Leser schickt uns ein Foto vom Bach. «Das Wasser steht schon im Keller!», schreibt er.',
      ],
      [['Das Wasser steht schon im Keller!', 'speech', 'Leser']],
    ],
    [
      'a given name with the initial of a withheld surname is a person',
      [
        'Eine Leserin hat den Fuchs gefilmt.',
        'Am Morgen steht Sandra K.* (41) am Fenster. «Er sass einfach auf dem Zaun», sagt sie.',
      ],
      [['Er sass einfach auf dem Zaun', 'speech', 'Sandra K.']],
    ],
    [
      'an apposition with an article and a title names the person the role pronoun goes to',
      [
        '«Das Eis ist dünner geworden», sagte die Leiterin der Messung, die Vulkanologin Ida Beispiel.',
        'Ein Kollege zweifelt. Beispiel widerspricht. Sie sagt: «Die Daten sind klar.»',
      ],
      [
        ['Das Eis ist dünner geworden', 'speech', 'Ida Beispiel'],
        ['Die Daten sind klar.', 'speech', 'Ida Beispiel'],
      ],
    ],
    [
      'the title of a reviewed book above its details is a name with no speaker',
      ['Kim Beispiel: «Der Sommer im Kanal». Roman. Verlag Seeblick, Seewil 2024. 180 Seiten.'],
      [['Der Sommer im Kanal', 'name', null]],
    ],
    [
      "the writer's own sentence about somebody else ends what the speaker says",
      [
        '«Die Lage ist ernst», sagte Ständerätin Ida Beispiel. Der Bauernverband sieht das anders. «Es braucht mehr Geld.»',
      ],
      [
        ['Die Lage ist ernst', 'speech', 'Ida Beispiel'],
        ['Es braucht mehr Geld.', 'speech', null],
      ],
    ],
    [
      'reported speech between two quotations keeps the speaker',
      [
        '«Die Lage ist ernst», sagte Ständerätin Ida Beispiel. Die Wege dürften nicht länger werden. «Es geht um Minuten.» Laut Polizei sei niemand verletzt. «Zum Glück.»',
      ],
      [
        ['Die Lage ist ernst', 'speech', 'Ida Beispiel'],
        ['Es geht um Minuten.', 'speech', 'Ida Beispiel'],
        ['Zum Glück.', 'speech', null],
      ],
    ],
    [
      'a relative of somebody is not the person the paragraph named',
      [
        'Die Velofahrerin Ida Beispiel wurde schwer verletzt. «Sie hatte grosses Glück», sagte die Schwester des Opfers.',
      ],
      [['Sie hatte grosses Glück', 'speech', 'Schwester des Opfers']],
    ],
    [
      'a genitive name before a role: the role speaks, not the person named',
      ['Landwirt Tom Beispiel wehrt sich. «Wir ziehen das weiter», sagte Beispiels Anwalt.'],
      [['Wir ziehen das weiter', 'speech', 'Anwalt']],
    ],
    [
      'a quoted newspaper after a verb of saying is no speaker',
      [
        'Stadträtin Ida Beispiel besuchte den Markt. «Es wird teurer», schreibt die «Seewiler Rundschau».',
      ],
      [
        ['Es wird teurer', 'speech', null],
        ['Seewiler Rundschau', 'name', null],
      ],
    ],
    [
      'an attribution in the sentence after the quotation',
      [
        'Der Abend gehörte den Siegern. «Wir haben mit Ruhe überzeugt.» Das sagte Parteipräsidentin Ida Beispiel am Rande der Feier.',
      ],
      [['Wir haben mit Ruhe überzeugt.', 'speech', 'Ida Beispiel']],
    ],
    [
      'a quotation after a sentence in which the speaker reports on somebody else',
      [
        'Gemeindepräsident Tom Beispiel sagte, Ida Muster habe das Dorf geprägt. «Wir verlieren eine gute Nachbarin.»',
      ],
      [['Wir verlieren eine gute Nachbarin.', 'speech', 'Tom Beispiel']],
    ],
    [
      'a quotation after a sentence whose pronoun subject follows the verb',
      [
        'Trainer Tom Beispiel war enttäuscht. Die Frage nach dem Abstieg wollte er nicht hören. «Darüber rede ich morgen.»',
      ],
      [['Darüber rede ich morgen.', 'speech', 'Tom Beispiel']],
    ],
    [
      'a role with a possessive before a colon is the role',
      [
        '«Ein schöner Abend», sagte eine Zuschauerin. Ihre Nachbarin war weniger begeistert: «Viel zu laut.»',
      ],
      [
        ['Ein schöner Abend', 'speech', 'Zuschauerin'],
        ['Viel zu laut.', 'speech', 'Nachbarin'],
      ],
    ],
    [
      'several people or an unowned role opening a colon clause are no person named before',
      [
        'Gemeindepräsident Tom Beispiel verteidigt den Bau. Die Anwohner sind wütend: «Niemand hat uns gefragt.» Der Gegner bleibt skeptisch: «Zu teuer.»',
      ],
      [
        ['Niemand hat uns gefragt.', 'speech', null],
        ['Zu teuer.', 'speech', null],
      ],
    ],
    [
      'the role of a person at an organisation, then the name in an apposition',
      ['Ihr Trainer beim Schachklub Seewil, Tom Beispiel, spricht von einem «seltenen Talent».'],
      [['seltenen Talent', 'partial', 'Tom Beispiel']],
    ],
    [
      'an opinion given with "hält … für" after a relative clause',
      ['Der Geologe Tom Beispiel, der nicht beteiligt war, hält die Methode für «noch zu grob».'],
      [['noch zu grob', 'partial', 'Tom Beispiel']],
    ],
    [
      'one word after a verb of saying that the text never names as a person is nobody',
      [
        'Gemeindepräsident Tom Beispiel ist zufrieden. «Wir kommen wieder», kündigte Seewil an. «Das wird teuer», warnt Gesundheitsbund.',
      ],
      [
        ['Wir kommen wieder', 'speech', null],
        ['Das wird teuer', 'speech', null],
      ],
    ],
    [
      'one word after a verb of saying is a person where a given name stands before it elsewhere',
      ['Höhepunkt war der Auftritt von Kim Beispiel.', '«Das war schön», sagte Beispiel.'],
      [['Das war schön', 'speech', 'Beispiel']],
    ],
    [
      'a place before the verb of a colon clause: the subject follows the verb',
      ['Gemeinderätin Ida Muster war auch da. In Seewil sagte Tom Beispiel: «Wir sind bereit.»'],
      [['Wir sind bereit.', 'speech', 'Tom Beispiel']],
    ],
    [
      'one of a group named in the plural: the role in the singular',
      [
        'Staatsanwältin Ida Muster forderte vier Jahre.',
        'Eine der Geschädigten, eine Rentnerin, verlor alles. Vor Gericht sagte sie: «Ich habe ihm vertraut.»',
      ],
      [['Ich habe ihm vertraut.', 'speech', 'Geschädigte']],
    ],
    [
      'a sentence that opens with its source: the source speaks',
      [
        'Wie Stadträtin Ida Beispiel sagte, sei die Lage ernst. «Wir müssen handeln.» Laut Angaben der Polizei sei der Verkehr «völlig blockiert».',
      ],
      [
        ['Wir müssen handeln.', 'speech', 'Ida Beispiel'],
        ['völlig blockiert', 'partial', null],
      ],
    ],
    [
      'the subject after the verb when a comma comes first',
      ['Ist das erlaubt? Ja, sagt die Juristin Eva Beispiel: «Solange es angeschrieben ist.»'],
      [['Solange es angeschrieben ist.', 'speech', 'Eva Beispiel']],
    ],
    [
      'how somebody takes a quotation in the sentence after it does not make them its speaker',
      [
        'Der Gemeinderat will die Schule schliessen. «Die Kosten sind zu hoch.» Das ärgert Bäuerin Anna Muster.',
        'Der Gemeinderat will die Schule schliessen. «Wir müssen die Schule schliessen.» Das kritisiert Anwohnerin Anna Muster.',
        'Der Gemeinderat will die Schule schliessen. «Das Tram kommt 2030.» Das glaubt Grossrat Peter Huber nicht.',
        'Der Gemeinderat will die Schule schliessen. «Hier entsteht ein Hotel mit vierzig Zimmern.» Das freut Gemeindepräsidentin Anna Muster besonders.',
        '«Der Verein ist gerettet.» Das lässt Kassier Peter Huber nicht gelten.',
      ],
      [
        ['Die Kosten sind zu hoch.', 'speech', null],
        ['Wir müssen die Schule schliessen.', 'speech', null],
        ['Das Tram kommt 2030.', 'speech', null],
        ['Hier entsteht ein Hotel mit vierzig Zimmern.', 'speech', null],
        ['Der Verein ist gerettet.', 'speech', null],
      ],
    ],
    [
      'somebody agreeing in the sentence after a quotation does not take it from its speaker',
      [
        'Trainer Peter Huber war zufrieden. «Wir haben gut gespielt.» Das fand auch Captain Lea Muster.',
      ],
      [['Wir haben gut gespielt.', 'speech', 'Peter Huber']],
    ],
    [
      'a given name in -s before a family name that is a role word is one person',
      [
        'Polizeisprecher Marco Keller bestätigte den Unfall.',
        '«Ich habe den Knall gehört», sagt Andreas Sprecher am Telefon.',
        'Der Fahrer Marco Keller blieb unverletzt.',
        '«Ich bin froh, dass niemand verletzt wurde», sagt Lukas Fahrer aus Seewil.',
        '«Es ging sehr schnell», sagt Andreas Förster.',
      ],
      [
        ['Ich habe den Knall gehört', 'speech', 'Andreas Sprecher'],
        ['Ich bin froh, dass niemand verletzt wurde', 'speech', 'Lukas Fahrer'],
        ['Es ging sehr schnell', 'speech', 'Andreas Förster'],
      ],
    ],
    [
      'a genitive name before a role that the article names nowhere else gives the role',
      [
        '«Wir ziehen das weiter», sagte Beispiels Anwalt.',
        '«Ich kann es nicht erklären», sagte Obermatts Captain.',
      ],
      [
        ['Wir ziehen das weiter', 'speech', 'Anwalt'],
        ['Ich kann es nicht erklären', 'speech', 'Captain'],
      ],
    ],
    [
      'a name after the comma of a role that goes on with a verb is what was said, not who said it',
      [
        '«Wir sind erleichtert», sagte die Sprecherin der Polizei, der Täter Peter Muster sei gefasst.',
        '«Es war ein Schock», sagte die Nachbarin, der Bauer Hans Muster habe nichts gehört.',
        '«Wir sind froh», sagte die Mutter, die Tochter Lea Muster sei wohlauf.',
      ],
      [
        // The role with its complement is who speaks, as written; never the name after it.
        ['Wir sind erleichtert', 'speech', 'Sprecherin der Polizei'],
        ['Es war ein Schock', 'speech', null],
        ['Wir sind froh', 'speech', null],
      ],
    ],
    [
      'an apposition after a verb takes its own title, not a role across the verb',
      [
        'Die Präsidentin lobte den Verein, den Kassier Peter Muster, der seit 30 Jahren dabei ist.',
        '«Ohne ihn ginge nichts», sagte sie.',
        'Der Gemeindepräsident dankte allen Helfern, die Turnerin Lea Muster, die Gold gewann, bekam Blumen.',
        '«Ein grosser Tag», sagte der Gemeindepräsident.',
      ],
      [
        ['Ohne ihn ginge nichts', 'speech', 'Präsidentin'],
        ['Ein grosser Tag', 'speech', 'Gemeindepräsident'],
      ],
    ],
    [
      'a first name the lists do not know is part of the name, not a title',
      [
        '«Wir wollen mehr Platz», sagte Andrea Maria Meier von der IG Velo.',
        '«Es geht um Sicherheit», sagte Kim Laura Huber.',
        '«Wir bleiben dran», sagte Mattia Luca Rossi.',
        '«Das Eisen muss heiss sein», sagte Goldschmied Peter Wüst.',
      ],
      [
        ['Wir wollen mehr Platz', 'speech', 'Andrea Maria Meier'],
        ['Es geht um Sicherheit', 'speech', 'Kim Laura Huber'],
        ['Wir bleiben dran', 'speech', 'Mattia Luca Rossi'],
        ['Das Eisen muss heiss sein', 'speech', 'Peter Wüst'],
      ],
    ],
    [
      'a role of a quoted newspaper keeps its complement',
      ['«Das ist falsch», sagte eine Sprecherin des «Seewiler Boten».'],
      [
        ['Das ist falsch', 'speech', 'Sprecherin des «Seewiler Boten»'],
        ['Seewiler Boten', 'name', null],
      ],
    ],
    [
      'the pronoun of a subordinate clause before a quotation is not its speaker',
      [
        'Peter Huber kam spät nach Hause. Vor dem Haus wartete seine Nachbarin, als er ankam. «Ich hatte Angst um dich.»',
      ],
      [['Ich hatte Angst um dich.', 'speech', null]],
    ],
    [
      'speech after a colon is no title, even when a sentence opening with a naming noun follows',
      ['Lea Huber sagt: «Wir spielen weiter». Band, Fans und Crew waren sich einig.'],
      [['Wir spielen weiter', 'speech', 'Lea Huber']],
    ],
    [
      'a role with a genitive complement is not the person named with the bare role',
      [
        'Trainer Beat Muster lobte seine Elf. «Wir haben uns selbst geschlagen», sagte der Trainer des Gegners.',
        'Trainer Beat Muster freute sich. «Das tut weh», sagte der Trainer der anderen Seite.',
        'Trainer Beat Muster freute sich. «Wir waren besser», sagte der Trainer.',
        'Die Rentnerin Rosa Beispiel spielt mit. «Ich habe gelacht», erzählte die Rentnerin aus Ermensee.',
      ],
      [
        ['Wir haben uns selbst geschlagen', 'speech', 'Trainer des Gegners'],
        ['Das tut weh', 'speech', 'Trainer der anderen Seite'],
        // The bare role, and a role that only says where the person is from, are the person.
        ['Wir waren besser', 'speech', 'Beat Muster'],
        ['Ich habe gelacht', 'speech', 'Rosa Beispiel'],
      ],
    ],
    [
      'a role is not a person the text names with it only later',
      [
        '«Das akzeptiere ich», sagte der Stadtpräsident.',
        'Der Präsident der städtischen SP, Ivo Beispiel, gratulierte.',
        'Hans Muster gratulierte. «Das akzeptiere ich», sagte der abgewählte Stadtpräsident der Nachrichtenagentur Keystone-SDA.',
      ],
      [
        // Nobody is named before it: the role as written.
        ['Das akzeptiere ich', 'speech', 'Stadtpräsident'],
        // "der Nachrichtenagentur" is to whom he spoke, not part of his role.
        ['Das akzeptiere ich', 'speech', 'Hans Muster'],
      ],
    ],
    [
      'a pronoun points back to a role with its complement',
      [
        'Als Zeuge trat der Präsident des Turnvereins auf. «Wir mussten das Fest absagen», sagte er.',
        'Die Direktorin der Elektrizitätskommission (Elcom), Miriam Beispiel, begrüsste den Entscheid. «Die Reserve ist eine Versicherung», sagte sie.',
      ],
      [
        ['Wir mussten das Fest absagen', 'speech', 'Präsident des Turnvereins'],
        // The apposition names the person: the role is no second person the pronoun could mean.
        ['Die Reserve ist eine Versicherung', 'speech', 'Miriam Beispiel'],
      ],
    ],
    [
      'a title before an academic title is not part of the name',
      [
        '«Wir haben ein faires Angebot vorgelegt», sagte Personalvorstand Dr. Anja Beispiel-Muster.',
      ],
      [['Wir haben ein faires Angebot vorgelegt', 'speech', 'Anja Beispiel-Muster']],
    ],
    [
      'a pronoun after a body or organisation that opens a sentence means that body: nobody',
      [
        'Anna Meier wohnt an der Strasse. Die Polizei bestätigte den Unfall. «Der Lenker war betrunken», sagte sie.',
        'Landwirt Kurt Brunner verliert Land. Der Bauernverband ist empört. «Das ist ein Angriff», schreibt er in einer Mitteilung.',
        'Stadträtin Anna Meier lancierte das Projekt. Die Stadt Seewil wehrt sich. «Wir haben alles erfüllt», schreibt sie.',
        'Beat Gmür lancierte die Petition. Die SP bedauert den Entscheid. «Wir verlieren einen Brückenbauer», schreibt sie.',
        'Regierungsrätin Lea Muster dankte. Im Frühling will die Regierung ein Paket vorlegen. Sie fügte an: «Es wird wehtun.»',
        'Studienleiterin Petra Vogel ist zufrieden. Die Gruppe ohne Bildschirm schlief länger. «Das summiert sich», sagt sie.',
      ],
      [
        ['Der Lenker war betrunken', 'speech', null],
        ['Das ist ein Angriff', 'speech', null],
        ['Wir haben alles erfüllt', 'speech', null],
        ['Wir verlieren einen Brückenbauer', 'speech', null],
        ['Es wird wehtun.', 'speech', 'Lea Muster'],
        ['Das summiert sich', 'speech', 'Petra Vogel'],
      ],
    ],
    [
      "two capitalised words after a verb of saying are a person only in a name's form or where the text names the person",
      [
        '«Die Lage ist katastrophal», sagt Amnesty International.',
        '«Wir bedauern den Entscheid», schreibt Migros Aare.',
        '«Die Löhne müssen steigen», fordert Travail Suisse.',
        'Der Sprecher der Grünen, Malte Oberndorf, ist empört. «Das ist ein Versagen», so Malte Oberndorf.',
        '«Wir sind bereit», sagte J. P. Muster.',
      ],
      [
        ['Die Lage ist katastrophal', 'speech', null],
        ['Wir bedauern den Entscheid', 'speech', null],
        ['Die Löhne müssen steigen', 'speech', null],
        ['Das ist ein Versagen', 'speech', 'Malte Oberndorf'],
        ['Wir sind bereit', 'speech', 'J. P. Muster'],
      ],
    ],
    [
      'capitalised words after a name are no part of it: another person, a genitive, a title',
      [
        '«Das musst du selber wissen», sagte Beat Gmür Anna Meier.',
        'Beat Gmür und Anna Meier streiten. «Das ist nicht finanzierbar», kommentierte Gmür Meiers Vorschlag.',
        'Anna Meier legt einen Plan vor. Meiers Vorschlag kommentierte Gmür so: «Das geht nicht.»',
        'Beat Gmür ist im Amt. Gmürs Antwort kam prompt: «Ich bleibe.»',
        '«Das war zu erwarten», sagte Gmürs Vorgänger Kurt Brunner.',
        'Lina Meier gewann. «Sie war immer fröhlich», sagt Lina Meiers Mutter.',
        '«Ich hatte Glück», sagte Doppeltorschütze Marco Huber. «Der Ball lag gut», sagte Matchwinner Huber.',
        '«Der Markt ist schwierig», sagt Meier Tobler.',
        '«Ein historischer Tag», sagte Bundespräsident Alexander Van der Bellen.',
        'Giovanni Di Stefano führt das Lokal. Di Stefano sagt: «Wir bleiben offen.»',
        'Kilian von Känel führt. Von Känel sagt: «Wir bleiben.»',
      ],
      [
        ['Das musst du selber wissen', 'speech', 'Beat Gmür'],
        ['Das ist nicht finanzierbar', 'speech', 'Gmür'],
        ['Das geht nicht.', 'speech', null],
        // "Gmürs Antwort": whose answer the genitive says.
        ['Ich bleibe.', 'speech', 'Gmür'],
        ['Das war zu erwarten', 'speech', 'Kurt Brunner'],
        ['Sie war immer fröhlich', 'speech', 'Mutter'],
        ['Ich hatte Glück', 'speech', 'Marco Huber'],
        ['Der Ball lag gut', 'speech', 'Huber'],
        ['Der Markt ist schwierig', 'speech', null],
        ['Ein historischer Tag', 'speech', 'Alexander Van der Bellen'],
        ['Wir bleiben offen.', 'speech', 'Di Stefano'],
        ['Wir bleiben.', 'speech', 'von Känel'],
      ],
    ],
    [
      'a role reference is the holder the text mentioned last, and nobody where two may be meant',
      [
        'Polizeisprecher Marco Huber bestätigte den Unfall. Die Strasse war gesperrt. «Wir waren mit vierzig Leuten im Einsatz», sagte der Sprecher der Feuerwehr.',
        'Gemeindepräsident Beat Gmür eröffnete die Versammlung. Danach meldete sich der Präsident des Gewerbevereins zu Wort. «Wir sind enttäuscht», sagte der Präsident.',
        'Seewil-Trainer Urs Frei und Gästetrainer Reto Sutter gaben sich die Hand. «Es war ein faires Spiel», sagte der Trainer.',
        'Trainer Urs Frei lobte die Elf. «Es war ein faires Spiel», sagte der Trainer.',
      ],
      [
        ['Wir waren mit vierzig Leuten im Einsatz', 'speech', 'Sprecher der Feuerwehr'],
        ['Wir sind enttäuscht', 'speech', 'Präsident des Gewerbevereins'],
        ['Es war ein faires Spiel', 'speech', null],
        ['Es war ein faires Spiel', 'speech', 'Urs Frei'],
      ],
    ],
    [
      'a role, a relation or a demonym with no holder of its own is not simply the person named last',
      [
        'Anna Meier wohnt neben der Baustelle. Die Kantonspolizei bestätigte den Einsatz. «Es gab keine Verletzten», sagte die Sprecherin.',
        'Gemeindesprecherin Anna Meier bestätigte den Brand. Auch die Kantonspolizei äusserte sich. «Es gab keine Verletzten», sagte die Sprecherin.',
        'Anna Meier aus Zürich gewann. Zweite wurde eine Läuferin aus Bern. «Ich bin zufrieden», sagte die Bernerin.',
        'Marco Huber und Kurt Brunner aus Bern standen auf dem Podest. «Es war hart», sagte der Seewiler.',
        'Die zwölfjährige Lina Meier hat gewonnen. «Wir sind so stolz», sagt die Mutter.',
        'Hanna Rüegg sass in der dritten Reihe. «Ich bin gerührt», sagte die Autorin.',
      ],
      [
        ['Es gab keine Verletzten', 'speech', null],
        ['Es gab keine Verletzten', 'speech', 'Sprecherin'],
        ['Ich bin zufrieden', 'speech', null],
        ['Es war hart', 'speech', null],
        ['Wir sind so stolz', 'speech', null],
        ['Ich bin gerührt', 'speech', 'Hanna Rüegg'],
      ],
    ],
    [
      'an owned role is the holder the text named only where that holder was mentioned last',
      [
        'Die Klägerin wird von Anwalt Kurt Brunner vertreten. Der Beklagte Marco Huber erschien nicht. «Mein Mandant ist unschuldig», sagt sein Anwalt.',
        'Marco Huber steht vor Gericht. Sein Anwalt, Kurt Brunner, plädierte auf Freispruch. «Mein Mandant ist unschuldig», sagte sein Anwalt.',
      ],
      [
        ['Mein Mandant ist unschuldig', 'speech', 'Anwalt'],
        ['Mein Mandant ist unschuldig', 'speech', 'Kurt Brunner'],
      ],
    ],
    [
      'a quotation after a sentence about a person is not theirs when the sentence is in the passive or the quotation speaks of them',
      [
        'Kurt Brunner wurde am Montag verhaftet. «Wir hatten ihn seit Wochen im Visier.»',
        'Anna Meier hat den Kulturpreis gewonnen. «Sie hat ihn mehr als verdient.»',
        'Gemeindepräsident Kurt Jenal erinnerte an die Finanzlage. «Wir können uns das leisten.»',
        'Sein Verteidiger, Rechtsanwalt Lukas Muster, plädierte auf Milde. Sein Mandant sei krank. «Er hat alles zurückgezahlt.»',
      ],
      [
        ['Wir hatten ihn seit Wochen im Visier.', 'speech', null],
        ['Sie hat ihn mehr als verdient.', 'speech', null],
        ['Wir können uns das leisten.', 'speech', 'Kurt Jenal'],
        ['Er hat alles zurückgezahlt.', 'speech', 'Lukas Muster'],
      ],
    ],
    [
      'a bare quotation after a question is its answer, by somebody else',
      [
        'Anna Meier fragt ihren Sohn: «Hast du Angst?»',
        '«Nein, gar nicht.»',
        '«Kommst du mit?», fragte Beat Gmür. «Nein, heute nicht.»',
      ],
      [
        ['Hast du Angst?', 'speech', 'Anna Meier'],
        ['Nein, gar nicht.', 'speech', null],
        ['Kommst du mit?', 'speech', 'Beat Gmür'],
        ['Nein, heute nicht.', 'speech', null],
      ],
    ],
    [
      'a rhetorical question does not end what the speaker says',
      ['«Was soll das?», sagt Anna Meier. «Das ist doch absurd.»'],
      [
        ['Was soll das?', 'speech', 'Anna Meier'],
        ['Das ist doch absurd.', 'speech', 'Anna Meier'],
      ],
    ],
    [
      'a person whose given name the lists do not hold is named by a mark only names carry, an age or a party',
      [
        '«Wir fahren nach Hause», sagte Kees van der Berg, Trainer der Gäste.',
        "«Seewil ist wunderschön», sagt der irische Tourist Sean O'Brien.",
        '«Wir haben alles verloren», sagte Aleksandar Petrović.',
        '«Wir haben alles verloren», sagte Arben Krasniqi.',
        '«Wir bleiben», sagte Gzim Berisha (45).',
        '«Die Lage ist katastrophal», sagt Amnesty International.',
      ],
      [
        ['Wir fahren nach Hause', 'speech', 'Kees van der Berg'],
        ['Seewil ist wunderschön', 'speech', "Sean O'Brien"],
        ['Wir haben alles verloren', 'speech', 'Aleksandar Petrović'],
        ['Wir haben alles verloren', 'speech', 'Arben Krasniqi'],
        ['Wir bleiben', 'speech', 'Gzim Berisha'],
        ['Die Lage ist katastrophal', 'speech', null],
      ],
    ],
    [
      'a body named after its verb, or with a company form, may be what a pronoun means; not one that only plans or that a source reports',
      [
        'Anna Meier wohnt an der Strasse. Am Dienstag bestätigte die Polizei den Unfall. «Der Lenker war betrunken», sagte sie.',
        'Anna Meier arbeitete bei der Firma. Die Seewiler Druck AG schliesst. «Die Aufträge sind eingebrochen», schreibt sie.',
        'Lehrerin Anna Meier unterrichtet hier. Die Schule feiert ihr Jubiläum. «Wir sind stolz», schreibt sie.',
        'Regierungsrätin Lea Muster dankte. Im Frühling will die Regierung ein Paket vorlegen. Sie fügte an: «Es wird wehtun.»',
        'Wie ein Sprecher des Amts sagte, prüft der Kanton eine Hilfe. «Wir lassen die Region nicht allein», sagte er.',
      ],
      [
        ['Der Lenker war betrunken', 'speech', null],
        ['Die Aufträge sind eingebrochen', 'speech', null],
        ['Wir sind stolz', 'speech', null],
        ['Es wird wehtun.', 'speech', 'Lea Muster'],
        ['Wir lassen die Region nicht allein', 'speech', 'Sprecher des Amts'],
      ],
    ],
    [
      'an adjective that marks another holder makes the role its own speaker',
      [
        'Trainer Urs Frei war zufrieden. «Das war ein Sieg des Willens», sagte der gegnerische Trainer.',
        'Präsident Beat Gmür tritt zurück. «Ich freue mich auf die Aufgabe», sagte der neue Präsident.',
        'Bundesrätin Elisabeth Brandt traf ihre deutsche Amtskollegin. «Wir arbeiten eng zusammen», sagte die Ministerin.',
        'Sarah Zumbühl ist Hufschmiedin. Sie war die einzige Frau im Jahrgang. Ihr Lehrmeister habe sie «nicht ernst genommen», sagt sie.',
      ],
      [
        ['Das war ein Sieg des Willens', 'speech', 'Trainer'],
        ['Ich freue mich auf die Aufgabe', 'speech', 'Präsident'],
        ['Wir arbeiten eng zusammen', 'speech', null],
        ['nicht ernst genommen', 'partial', 'Sarah Zumbühl'],
      ],
    ],
    [
      'a few quoted words are not given to the one who rejects them; after a comma, the subject of a clause that shares the verb',
      [
        'Beat Gmür wies den Vorwurf zurück, er sei «korrupt».',
        'Beat Gmür sprach von einem «Erfolg», Anna Meier dagegen von einem «Debakel».',
        'Finanzminister Gernot Pfeilhofer präsentierte das Budget. Er sprach von einem «Erfolg», Oppositionschefin Sabine Kronberger von einem «Debakel».',
        'Beat Gmür sprach von einem «Erfolg», die Gegner von einem «Debakel».',
        'Beat Gmür lobte den Entscheid als «mutig».',
      ],
      [
        ['korrupt', 'partial', null],
        ['Erfolg', 'partial', 'Beat Gmür'],
        ['Debakel', 'partial', 'Anna Meier'],
        ['Erfolg', 'partial', 'Gernot Pfeilhofer'],
        ['Debakel', 'partial', 'Sabine Kronberger'],
        ['Erfolg', 'partial', 'Beat Gmür'],
        ['Debakel', 'partial', null],
        ['mutig', 'partial', 'Beat Gmür'],
      ],
    ],
    [
      'more constructions that name the speaker: a genitive before a role and name, a stance, hearsay, a source before zufolge',
      [
        'Seewils Trainer Urs Frei war nach dem Spiel bedient. «Wir haben zu viele Fehler gemacht», sagte er.',
        '«Das Projekt kommt», ist Anna Meier überzeugt.',
        '«Wir sind erleichtert», zeigt sich Anna Meier zufrieden.',
        '«Ich kenne niemanden hier», soll Beat Gmür gesagt haben.',
        'Dem Polizeisprecher Marco Huber zufolge war der Fahrer «deutlich zu schnell».',
        'Trainer Beat Huber hatte vor dem Spiel von einem «Endspiel» gesprochen.',
        'Ein Insider sagt: «Die neue Chefin wollte jüngere Gesichter.»',
      ],
      [
        ['Wir haben zu viele Fehler gemacht', 'speech', 'Urs Frei'],
        ['Das Projekt kommt', 'speech', 'Anna Meier'],
        ['Wir sind erleichtert', 'speech', 'Anna Meier'],
        ['Ich kenne niemanden hier', 'speech', 'Beat Gmür'],
        ['deutlich zu schnell', 'partial', 'Marco Huber'],
        ['Endspiel', 'partial', 'Beat Huber'],
        ['Die neue Chefin wollte jüngere Gesichter.', 'speech', 'Insider'],
      ],
    ],
    [
      'no speaker for an organisation with its own initials, a listener, or a preposition before a name',
      [
        '«Die Löhne müssen steigen», fordert Travail Suisse (TS).',
        'Anna Meier hörte Beat Gmür sagen: «Das war Absicht.»',
        'Beat Gmür musste sich einiges anhören: «Sie sind ein Versager!»',
        'Von Anna Meier kam die Antwort: «Nein danke.»',
      ],
      [
        ['Die Löhne müssen steigen', 'speech', null],
        ['Das war Absicht.', 'speech', null],
        ['Sie sind ein Versager!', 'speech', null],
        ['Nein danke.', 'speech', null],
      ],
    ],
    [
      'a few quoted words in reported speech go on with the person the sentence before let speak',
      [
        '«Wir haben ein faires Angebot vorgelegt», sagte Personalchefin Anja Muster. Die Forderung sei «nicht darstellbar».',
        'Gemeinderat Kurt Brunner stellte den Antrag auf Rückweisung. Die Vorlage sei «überladen».',
        '«Wir sind bereit», sagte Anja Muster. Laut Polizei sei der Lenker «deutlich zu schnell» gewesen.',
        '«Wir sind bereit», sagte Anja Muster. Beat Gmür sei «enttäuscht».',
      ],
      [
        ['Wir haben ein faires Angebot vorgelegt', 'speech', 'Anja Muster'],
        ['nicht darstellbar', 'partial', 'Anja Muster'],
        ['überladen', 'partial', 'Kurt Brunner'],
        ['Wir sind bereit', 'speech', 'Anja Muster'],
        ['deutlich zu schnell', 'partial', null],
        ['Wir sind bereit', 'speech', 'Anja Muster'],
        ['enttäuscht', 'partial', null],
      ],
    ],
    [
      'an age reference is the person of that age where the text gives ages',
      [
        'Kurt Brunner (71) wohnt seit fünfzig Jahren im Quartier. Am Montag kam sein Nachbar Beat Gmür (46) dazu. «So etwas habe ich noch nie erlebt», sagt der 71-Jährige.',
        'Kurt Brunner (71) wohnt im Quartier. Sein Nachbar Beat Gmür (46) kam dazu. «Ich bin erschrocken», sagt der 52-Jährige.',
        'Beat Gmür wohnt im Quartier. «Ich bin erschrocken», sagt der 46-Jährige.',
      ],
      [
        ['So etwas habe ich noch nie erlebt', 'speech', 'Kurt Brunner'],
        ['Ich bin erschrocken', 'speech', null],
        ['Ich bin erschrocken', 'speech', 'Beat Gmür'],
      ],
    ],
    [
      'a family name two people share: the one named so far, or the one not named as a relative',
      [
        'Lorena Caduff führt die Schreinerei. Ihr Vater, Gion Caduff, gründete sie. «Er hat mir nichts geschenkt», sagt die Tochter.',
        'Eine Lernende ist Selina Derungs. Ihre Chefin sei «streng, aber gerecht». Und was sagt Caduff selbst? Sie lacht. «Fragen Sie lieber nicht.»',
        'Vreni Ammann melkt. Ammann setzte sich durch. Ihr Mann, Sepp Ammann, starb. Ihr Rezept fasst Ammann so zusammen: «Gute Milch.»',
      ],
      [
        ['Er hat mir nichts geschenkt', 'speech', null],
        ['streng, aber gerecht', 'partial', 'Selina Derungs'],
        ['Fragen Sie lieber nicht.', 'speech', 'Lorena Caduff'],
        ['Gute Milch.', 'speech', 'Vreni Ammann'],
      ],
    ],
    [
      'a ticker family name alone before a colon is the one person named in full; titles are no part of a name',
      [
        'Gemeindepräsident Beat Gmür hat die Wahl gewonnen.',
        '18.45 Uhr: Gmür: «Ich bin überwältigt.»',
        '«Die Grippewelle kommt früh», sagt Dr. med. Anna Meier.',
        'Der Vorsteher des Vereins, Prof. Dr. Heinrich Albers, nannte das Format «eine Bereicherung».',
      ],
      [
        ['Ich bin überwältigt.', 'speech', 'Beat Gmür'],
        ['Die Grippewelle kommt früh', 'speech', 'Anna Meier'],
        ['eine Bereicherung', 'partial', 'Heinrich Albers'],
      ],
    ],
    [
      'der Mann is somebody a pronoun may mean, not a man named further back',
      [
        'Ihr Vorgänger Jon Item sagte einmal, die Wildhut sei «der einsamste Job im Kanton». Stimmt das?',
        'Ein Hinweis. Der Mann hatte drei Rehe geschossen. Als ich ihn stellte, sagte er nur: «Das waren doch nur Rehe.»',
      ],
      [
        ['der einsamste Job im Kanton', 'partial', 'Jon Item'],
        ['Das waren doch nur Rehe.', 'speech', 'Mann'],
      ],
    ],
    [
      'a court role nobody is named with is the role; a genitive and an apposition give the holder',
      [
        '«Warum haben Sie das getan?», fragte der Richter. «Ich weiss es nicht», antwortete der Angeklagte.',
        'Die Staatsanwältin forderte drei Jahre. «Der Beschuldigte hat skrupellos gehandelt.»',
        'Der Verteidiger plädierte auf Freispruch: «Es gibt keinen Beweis.»',
        'Brändlis Verteidiger, Peter Zaugg, plädierte auf eine bedingte Strafe. Sein Mandant habe alles gestanden. «Er ist kein Monster.»',
        'Der Beschuldigte, Ruedi Brändli, schwieg. Brändlis Verteidiger, Peter Zaugg, plädierte auf Freispruch. Sein Mandant habe gestanden. «Er bereut es.»',
        'Verteidiger Patrick Hauser trat auf. «Mein Mandant ist kein Raser», sagte der Verteidiger.',
        'Der Gegner blieb ruhig. «Wir kommen wieder.»',
      ],
      [
        ['Warum haben Sie das getan?', 'speech', 'Richter'],
        ['Ich weiss es nicht', 'speech', 'Angeklagte'],
        ['Der Beschuldigte hat skrupellos gehandelt.', 'speech', 'Staatsanwältin'],
        ['Es gibt keinen Beweis.', 'speech', 'Verteidiger'],
        ['Er ist kein Monster.', 'speech', 'Peter Zaugg'],
        ['Er bereut es.', 'speech', 'Peter Zaugg'],
        ['Mein Mandant ist kein Raser', 'speech', 'Patrick Hauser'],
        ['Wir kommen wieder.', 'speech', null],
      ],
    ],
    [
      'a pronoun after the quote: not whom the reported clause names, not past an organisation, the holder a role refers to',
      [
        'Nachbar Hansruedi Bühler schaut vorbei. Er bringt Brot. Tschanz sei «zäh wie Leder», sagt er.',
        'Konzernchef Daniel Wyss rechnet mit einer «Stabilisierung», wie er gegenüber der Zeitung sagte.',
        'Amtsleiterin Sabine Caflisch ist zufrieden. Auch Pro Natura kündigte Widerstand an. «Wir prüfen jeden Abschuss», teilte sie mit.',
        'Dann brach das Team ein. «Wir haben aufgehört», sagte Trainer Thomas Hürlimann. Matchwinner war Linus Kälin. Der Trainer nahm es gelassen. «Pfiffe gehören dazu», sagte er.',
      ],
      [
        ['zäh wie Leder', 'partial', 'Hansruedi Bühler'],
        ['Stabilisierung', 'partial', 'Daniel Wyss'],
        ['Wir prüfen jeden Abschuss', 'speech', null],
        ['Wir haben aufgehört', 'speech', 'Thomas Hürlimann'],
        ['Pfiffe gehören dazu', 'speech', 'Thomas Hürlimann'],
      ],
    ],
    [
      'a genitive name, a role and a name: the name; a trade after a role is no name',
      [
        '«Mein Mandant ist unschuldig», sagte Anna Meiers Anwalt Beat Gmür.',
        'Anna Meier wurde 1950 geboren. Ihr Vater war Bauer, ihre Mutter Näherin. «Wir hatten nichts», erinnert sie sich.',
      ],
      [
        ['Mein Mandant ist unschuldig', 'speech', 'Beat Gmür'],
        ['Wir hatten nichts', 'speech', 'Anna Meier'],
      ],
    ],
    [
      'an age reference that opens the sentence before a quote is the person it goes back to',
      [
        'Matchwinner war Linus Kälin mit zwei Toren. Der 22-Jährige spielt erst seit Dezember in Obermatt. «Ich fühle mich hier sehr wohl.»',
      ],
      [['Ich fühle mich hier sehr wohl.', 'speech', 'Linus Kälin']],
    ],
    [
      'two people of one family name are told apart by their full names',
      [
        'Elsbeth Nägeli hebt den Deckel vom Kasten.',
        'Ihre Tochter Regula Nägeli lebt heute in Zürich. «Meine Mutter ist zäh», sagt sie.',
        'Elsbeth Nägeli lacht. Ihr Mann Beat Nägeli lehnt am Zaun. «Sie ist die Chefin hier», sagt er.',
        '«Wir sind zwei Sturköpfe», sagt Nägeli.',
        'Vereinspräsidentin Esther Johanna Bucher ist zufrieden. «Alle helfen mit», sagt sie.',
      ],
      [
        ['Meine Mutter ist zäh', 'speech', 'Regula Nägeli'],
        ['Sie ist die Chefin hier', 'speech', 'Beat Nägeli'],
        // The family name alone is the person the article named first with it, as newsrooms write.
        ['Wir sind zwei Sturköpfe', 'speech', 'Nägeli'],
        ['Alle helfen mit', 'speech', 'Esther Johanna Bucher'],
      ],
    ],
    [
      'a body opening the sentence of a role it seeks or elects is nearer than that role',
      [
        'Trainer Urs Frei wurde entlassen. Der Club sucht einen Nachfolger. «Wir wollen bis Weihnachten entscheiden», teilt er mit.',
        'Die Chefin ist zurückgetreten. Die Firma sucht nun eine neue Chefin. «Wir lassen uns Zeit», sagt sie.',
        'Wie die «NZZ» berichtete, hatte Regula Muster die Vorlage knapp durchgebracht. «Dazu sage ich nichts», sagte sie.',
      ],
      [
        ['Wir wollen bis Weihnachten entscheiden', 'speech', null],
        ['Wir lassen uns Zeit', 'speech', null],
        ['NZZ', 'name', null],
        ['Dazu sage ich nichts', 'speech', 'Regula Muster'],
      ],
    ],
    [
      'a name before a colon with a role set off by commas, or with words that only say when or to whom',
      [
        'Anna Meier, Sekretärin der Gewerkschaft, sagt: «Wir sind bereit.»',
        'Trainer Urs Frei nach dem Spiel: «Wir sind enttäuscht.»',
        'Beat Gmür sagte: «Ja, klar.» Hans Bühler dagegen: «Wir sind es nicht.»',
        'Die Regierung zum Entscheid: «Wir prüfen das.»',
        'Hinterau am Sonntag: «Alles ruhig.»',
      ],
      [
        ['Wir sind bereit.', 'speech', 'Anna Meier'],
        ['Wir sind enttäuscht.', 'speech', 'Urs Frei'],
        ['Ja, klar.', 'speech', 'Beat Gmür'],
        ['Wir sind es nicht.', 'speech', 'Hans Bühler'],
        ['Wir prüfen das.', 'speech', null],
        ['Alles ruhig.', 'speech', null],
      ],
    ],
    [
      'a source the sentence opens with speaks, whoever else it names',
      [
        'Anna Meier zufolge ist Beat Gmür «ein Lügner».',
        'Laut Initiant Sepp Wyrsch ist die Gemeinde «auf dem Holzweg».',
      ],
      [
        ['ein Lügner', 'partial', 'Anna Meier'],
        ['auf dem Holzweg', 'partial', 'Sepp Wyrsch'],
      ],
    ],
    [
      'a view of its own: a person, not an organisation',
      [
        'Anders sieht es die Gewerkschaft: «Es fehlen Leute.»',
        'Anders sieht es auch Stationsleiterin Claudia Mathys: «Es fehlen Leute.»',
      ],
      [
        ['Es fehlen Leute.', 'speech', null],
        ['Es fehlen Leute.', 'speech', 'Claudia Mathys'],
      ],
    ],
    [
      'a name the text says it changed is a person’s',
      [
        'Anna (Name geändert) arbeitet seit zehn Jahren in der Pflege. «Ich kann nicht mehr», sagt sie.',
      ],
      [['Ich kann nicht mehr', 'speech', 'Anna']],
    ],
    [
      'a party member by the party’s tag',
      ['Beat Gmür kandidiert für den Ständerat. «Ich bin bereit», sagte der SVP-Mann.'],
      [['Ich bin bereit', 'speech', 'Beat Gmür']],
    ],
    [
      'a listener before a bare quotation is no speaker',
      [
        'Gmür redete eine halbe Stunde. Anna Meier hörte schweigend zu. «Das war eine Wahlkampfrede.»',
      ],
      [['Das war eine Wahlkampfrede.', 'speech', null]],
    ],
    [
      'a pronoun after a report or a study may mean the document',
      [
        'Beat Gmür hat den Bericht in Auftrag gegeben. Er kommt zum Schluss: «Die Brücke ist marode.»',
        'Anna Meier hat die Studie nicht gelesen. Die Studie der ETH liegt seit Montag vor. «Die Brücke ist marode», hält sie fest.',
        'Beat Gmür hat den Kredit verteidigt. Er sagte: «Wir brauchen die Brücke.»',
      ],
      [
        ['Die Brücke ist marode.', 'speech', null],
        ['Die Brücke ist marode', 'speech', null],
        ['Wir brauchen die Brücke.', 'speech', 'Beat Gmür'],
      ],
    ],
    [
      'a role the text did not give the person names nobody; a party tag still says who',
      [
        'Sängerin Anna Meier gab ein Konzert in Bern. «Kultur braucht Geld», sagte die Politikerin.',
        'Stadtrat Beat Gmür (SP) verteidigte den Kredit. «Das lohnt sich», sagte der SP-Politiker.',
      ],
      [
        ['Kultur braucht Geld', 'speech', null],
        ['Das lohnt sich', 'speech', 'Beat Gmür'],
      ],
    ],
    [
      'a title by form before a known surname: the surname',
      ['Beat Gmür ist wütend. O-Ton Gmür: «Das ist eine Frechheit.»'],
      [['Das ist eine Frechheit.', 'speech', 'Gmür']],
    ],
    [
      'a quotation over several paragraphs, each opened and only the last closed',
      [
        'Vreni Lüthi sagte: «Wir haben alles versucht. Wir haben Briefe geschrieben.',
        '«Jetzt ist der Kanton am Zug.»',
        '«Wir haben 40 Jahre lang jeden Morgen aufgeschlossen.',
        '«Jetzt sollen es andere versuchen», sagt Walter Aeberhard.',
      ],
      [
        ['Wir haben alles versucht. Wir haben Briefe geschrieben.', 'speech', 'Vreni Lüthi'],
        ['Jetzt ist der Kanton am Zug.', 'speech', 'Vreni Lüthi'],
        ['Wir haben 40 Jahre lang jeden Morgen aufgeschlossen.', 'speech', 'Walter Aeberhard'],
        ['Jetzt sollen es andere versuchen', 'speech', 'Walter Aeberhard'],
      ],
    ],
    [
      'a quotation over two paragraphs closed only at its end',
      [
        'Gemeindepräsidentin Vreni Lüthi sagte: «Wir haben alles versucht.',
        'Jetzt ist der Kanton am Zug.»',
      ],
      [['Wir haben alles versucht.', 'speech', 'Vreni Lüthi']],
    ],
    [
      'guillemets pointing inwards, as German print sets them',
      ['»Wir sind bereit«, sagte Anna Meier. Sie sprach von einer »Wende«.'],
      [
        ['Wir sind bereit', 'speech', 'Anna Meier'],
        ['Wende', 'partial', 'Anna Meier'],
      ],
    ],
    [
      'plural speakers give nobody',
      ['«Wir bleiben hier», sagten die Bewohner.'],
      [['Wir bleiben hier', 'speech', null]],
    ],
    [
      '"die Frau", "der Mann" after a person the paragraph gave only a role: that role',
      [
        'Eine Nachbarin rief an. Dann kam Anna Meier. «Das geht nicht», sagte die Frau.',
        'Eine Nachbarin hatte den Rauch bemerkt. «Ich habe sofort die 118 gewählt», erzählte die Frau.',
        'Ein Votant aus Haslen stellte einen Antrag. «Das geht nicht», sagte der Mann.',
      ],
      [
        ['Das geht nicht', 'speech', null],
        ['Ich habe sofort die 118 gewählt', 'speech', 'Nachbarin'],
        ['Das geht nicht', 'speech', 'Votant aus Haslen'],
      ],
    ],
    [
      'a verb only a person does before a colon: a study named since is not what the pronoun means',
      [
        'Anna Meier will die Studie wiederholen. Danach lacht sie: «Meistens nicht.»',
        'Anna Meier will die Studie wiederholen. Danach sagt sie: «Meistens nicht.»',
      ],
      [
        ['Meistens nicht.', 'speech', 'Anna Meier'],
        ['Meistens nicht.', 'speech', null],
      ],
    ],
    [
      'a role before a colon: only the person the text named with it',
      [
        'Finanzdirektor Markus Egli präsentierte das Budget. Der Finanzdirektor verwies auf den Steuerwettbewerb: «Wir können uns keinen Nachteil leisten.»',
        'Das Spiel war hart. Der Trainer verwies auf die Tabelle: «Wir sind Zweite.»',
      ],
      [
        ['Wir können uns keinen Nachteil leisten.', 'speech', 'Markus Egli'],
        ['Wir sind Zweite.', 'speech', null],
      ],
    ],
    [
      "a role in the plural is nobody a pronoun means; a role in the genitive is no apposition's role",
      [
        'Die Richter in Lausanne halten fest, das Amt habe «nicht willkürlich» gehandelt.',
        'Der Anwalt der Frau, Christoph Ammann, zeigte sich enttäuscht. «Meine Mandantin liebt dieses Tier», sagte er.',
        'Christoph Ammann las das Urteil. Die Richter sahen es anders. «Wir ziehen weiter», sagte er.',
      ],
      [
        ['nicht willkürlich', 'partial', null],
        ['Meine Mandantin liebt dieses Tier', 'speech', 'Christoph Ammann'],
        ['Wir ziehen weiter', 'speech', null],
      ],
    ],
    [
      'given names joined by a hyphen, and a given name that says more than a role in -e',
      [
        'Kai-Uwe Stenzel ist Abgeordneter. Stenzel hatte die Abgeordnete Fatma Kaya beleidigt. Danach sagte er: «Das wird man wohl noch sagen dürfen.»',
      ],
      [['Das wird man wohl noch sagen dürfen.', 'speech', 'Kai-Uwe Stenzel']],
    ],
    [
      'a name with an apposition opens the sentence; the pronoun after "sagte," opens the reported clause',
      [
        '«Wir fordern acht Prozent», sagte Gewerkschaftschefin Anke Herzberg.',
        'Petra Nowak, eine Kassiererin, sagte, sie komme «kaum über die Runden».',
        'Die Fraktionschefin Maria Hold, eine frühere Richterin, sagte, sie habe «selten so viele Lücken» erlebt.',
      ],
      [
        ['Wir fordern acht Prozent', 'speech', 'Anke Herzberg'],
        ['kaum über die Runden', 'partial', 'Petra Nowak'],
        ['selten so viele Lücken', 'partial', 'Maria Hold'],
      ],
    ],
    [
      'a pronoun before a person in their sentence is its subject: the pronoun after means whom it means',
      [
        'Für Arben Krasniqi ist das Haus nicht wichtig. Er hält seinen Sohn im Arm. «Meine Familie lebt», sagt er leise.',
        'Ruth Brunner war nur wenige Meter entfernt. Sie hatte sich kurz um ihre Tochter gekümmert. «Es waren zehn Sekunden», sagt sie.',
      ],
      [
        ['Meine Familie lebt', 'speech', 'Arben Krasniqi'],
        ['Es waren zehn Sekunden', 'speech', 'Ruth Brunner'],
      ],
    ],
    [
      'an age noun opening a sentence is the person of that age the text named just before, or somebody it does not name',
      [
        'Oberrichter Kurt Baumann blieb hart. «Wie passt das zusammen?», fragte er den Beschuldigten.',
        'Der 52-Jährige geriet ins Stocken. «Ich bin Maurer, kein Buchhalter», sagte er.',
        '«Ich wollte das Schwere leicht machen», sagt Nadja Wirz beim Rundgang.',
        'Die 57-Jährige lebt im Val Sarina. «Das Tal gibt mir das Material», sagt sie.',
      ],
      [
        ['Wie passt das zusammen?', 'speech', 'Kurt Baumann'],
        ['Ich bin Maurer, kein Buchhalter', 'speech', null],
        ['Ich wollte das Schwere leicht machen', 'speech', 'Nadja Wirz'],
        ['Das Tal gibt mir das Material', 'speech', 'Nadja Wirz'],
      ],
    ],
    [
      'one word after a relation in the dative or accusative is no name; whom reported speech is about does not go on speaking',
      [
        'Eine Anwohnerin schaufelt mit ihrem Sohn Geröll aus dem Keller. Um drei Uhr habe ihr Sohn sie geweckt und gesagt: «Der Bach kommt.»',
        'Die Anklage wirft dem Mann Betrug vor. Die Zeugin Hilde Gansser schilderte den Anruf. Der Mann habe gesagt, ihre Tochter brauche Geld. «Ich hatte Angst um mein Kind.»',
        'Gerd Ullrich schilderte die Nacht. Der Angeklagte habe laut gebrüllt. «Ich habe sofort die Polizei gerufen.»',
      ],
      [
        ['Der Bach kommt.', 'speech', null],
        ['Ich hatte Angst um mein Kind.', 'speech', null],
        ['Ich habe sofort die Polizei gerufen.', 'speech', null],
      ],
    ],
    [
      'one name and an age in brackets is a person; a relation inside a sentence may be its object',
      [
        '«Das Video ging sofort viral», sagt Leserin Jana (24). Heidi (77) war nicht überrascht. «Das macht er immer», sagt sie.',
        '«Ich backe jeden Tag», sagt Bäckerlehrling Timo (18). Timos Mutter, Sandra (47), filmt manchmal mit. «Ich bin die Kamerafrau», sagt sie lachend.',
        'Bäckerin Sonja Gerber steht seit vier Uhr in der Backstube. Ihr Kollege Peter Frei bringt an diesem Morgen seine Tochter mit. «Das ist der wichtigste Schritt», erklärt sie.',
      ],
      [
        ['Das Video ging sofort viral', 'speech', 'Jana'],
        ['Das macht er immer', 'speech', 'Heidi'],
        ['Ich backe jeden Tag', 'speech', 'Timo'],
        ['Ich bin die Kamerafrau', 'speech', 'Sandra'],
        ['Das ist der wichtigste Schritt', 'speech', null],
      ],
    ],
    [
      'somebody the lists do not know opening a sentence, or one of several, is whom a pronoun after it may mean',
      [
        'Ein Mann mit Mütze sagt: «Das Essen war immer gut.» Die Kellnerin, die seit zehn Jahren hier arbeitet, erinnert sich an den Abend. «Er hat zweimal nachbestellt.»',
        'Kellnerin Selina (23) hat ein Trinkgeld bekommen. Der Gast möchte anonym bleiben. «Freundlichkeit soll belohnt werden», liess er ausrichten.',
        'Der Geschädigte Paul Anderegg schilderte den Einbruch. Der ältere der beiden Beschuldigten räumte die Tat ein. «Ich hatte Schulden», liess er ausrichten.',
      ],
      [
        ['Das Essen war immer gut.', 'speech', 'Mann'],
        ['Er hat zweimal nachbestellt.', 'speech', 'Kellnerin'],
        ['Freundlichkeit soll belohnt werden', 'speech', null],
        ['Ich hatte Schulden', 'speech', null],
      ],
    ],
    [
      'a relation whose owner the text says, after a preposition, is whom a pronoun right after may mean',
      [
        'Im Programmheft schreibt Direktorin Franziska Odermatt, man wolle «Neues wagen». «Endlich ein Dirigent, der schwitzt», sagte ein Abonnent zu seiner Frau. Sie antwortete: «Und der nicht redet.»',
        'Bassist Jan Keller spielte das Intro. Das letzte Lied handelt vom verstorbenen Vater der Sängerin Mara Lenz. Sie erzählt, er habe immer gesagt: «Sing so, als hörte niemand zu.»',
        'Jonas Wirz teilt die Leidenschaft für Motorräder mit seinem Bruder. Mit 18 kaufte er seine erste Maschine. «Das war Freiheit pur», sagt er.',
      ],
      [
        ['Neues wagen', 'partial', 'Franziska Odermatt'],
        // Somebody unnamed, by a noun that is a person's by its form: the role as written.
        ['Endlich ein Dirigent, der schwitzt', 'speech', 'Abonnent'],
        ['Und der nicht redet.', 'speech', null],
        ['Sing so, als hörte niemand zu.', 'speech', null],
        ['Das war Freiheit pur', 'speech', 'Jonas Wirz'],
      ],
    ],
    [
      'a given name alone that the article never gives a family name is a person; a number before a quotation ends a sentence',
      [
        '«Der Hof ist mein Leben», sagt Bruno Kägi. Der Sohn, Fabian, ist 20. «Ich will ihn übernehmen», sagt er.',
        '«Das ist der schönste Tag», sagt Rosmarie Frey. Zum Abschied drückt Nora uns ein Bild in die Hand. «Das ist für die Zeitung», sagt sie.',
        '«Ich höre auf», sagt der Landwirt.',
        'Lea Hofer ist 29. «Mit Milch allein geht es nicht», sagt sie.',
      ],
      [
        ['Der Hof ist mein Leben', 'speech', 'Bruno Kägi'],
        ['Ich will ihn übernehmen', 'speech', 'Fabian'],
        ['Das ist der schönste Tag', 'speech', 'Rosmarie Frey'],
        ['Das ist für die Zeitung', 'speech', 'Nora'],
        ['Ich höre auf', 'speech', null],
        ['Mit Milch allein geht es nicht', 'speech', 'Lea Hofer'],
      ],
    ],
    [
      'a family name with a particle opening a sentence; a child the text speaks about; the clause next to a quotation',
      [
        'Bundesrat Reto Brunold empfing den Aussenminister, Karim al-Haddad. Al-Haddad wies die Vorwürfe zurück. «Das sind Gerüchte», sagte er.',
        'Im Zimmer liegt Jasmin Kunz. Die kleine Lina ist vier Stunden alt. «Ich kann es nicht glauben», sagt die 31-Jährige.',
        'Grossrätin Anna Lüscher forderte mehr Geld, doch Bildungsdirektorin Karin Steffen blieb hart. «Das Budget ist ausgeschöpft.»',
      ],
      [
        ['Das sind Gerüchte', 'speech', 'Karim al-Haddad'],
        ['Ich kann es nicht glauben', 'speech', 'Jasmin Kunz'],
        ['Das Budget ist ausgeschöpft.', 'speech', 'Karin Steffen'],
      ],
    ],
    [
      'nobody in "kaum ein", who remembers a father in his own words, the role a relation was given first',
      [
        'Das Dorf liegt auf einer Insel, die kaum ein Reiseführer kennt. Am Hafen flickt Stavros seine Netze. «Früher kamen nur Fischer», sagt der 70-Jährige.',
        'Sein Sohn Jonas Frei, selber Schreiner, erinnert sich an einen Vater, «der mehr in der Werkstatt war als zu Hause».',
        '«Ich höre auf», sagt Kurt Hofer.',
        'Lea Hofer ist Agronomin. Ihre Mutter Vreni Hofer steht daneben. «Ich wusste früh, dass ich bleiben will», sagt die junge Bäuerin.',
      ],
      [
        ['Früher kamen nur Fischer', 'speech', 'Stavros'],
        // Who remembers, set off by "selber Schreiner", describes his father in his own words.
        ['der mehr in der Werkstatt war als zu Hause', 'partial', 'Jonas Frei'],
        ['Ich höre auf', 'speech', 'Kurt Hofer'],
        ['Ich wusste früh, dass ich bleiben will', 'speech', null],
      ],
    ],
    [
      "one word after a role with its article is the verb's object, not a name",
      [
        'Seit 30 Jahren näht der Sattlermeister Taschen, Gürtel und Zaumzeug. «Ich hab nie was anderes gemacht», sagt er.',
      ],
      [['Ich hab nie was anderes gemacht', 'speech', null]],
    ],
    [
      'an age noun after reported speech means nobody the reported clause names',
      [
        'Karl Huber führt das Gasthaus am Markt.',
        'Der Bürgermeister habe «keine Ahnung von Gastronomie», sagt der 61-Jährige.',
      ],
      [['keine Ahnung von Gastronomie', 'partial', 'Karl Huber']],
    ],
    [
      '"Dann:" goes on with the speaker before only where nobody is named since: here the one who was silent',
      [
        'Richterin Hanna Roth fragte: «Warum sind Sie geflüchtet?» Der Angeklagte schwieg lange. Dann: «Ich hatte Angst.»',
      ],
      [
        ['Warum sind Sie geflüchtet?', 'speech', 'Hanna Roth'],
        ['Ich hatte Angst.', 'speech', 'Angeklagte'],
      ],
    ],
    [
      'an object put first, or after another noun, is nobody who speaks',
      [
        'Nach 30 Jahren schliesst Marta Gerber ihren Laden. Einen Nachfolger hat sie nicht gefunden. «Die Jungen wollen das nicht mehr.»',
        'Pflegeexpertin Nora Keller arbeitet auf der Station. Vor einer Woche habe ein Patient eine Pflegerin geschlagen. Die 41-Jährige sagt: «Irgendwann ist Schluss.»',
      ],
      [
        ['Die Jungen wollen das nicht mehr.', 'speech', null],
        ['Irgendwann ist Schluss.', 'speech', null],
      ],
    ],
    [
      'a name set off by commas before the verb is its subject, not the pronoun after it',
      [
        'Erika Sutter unterrichtet seit dreissig Jahren in Wilerfeld. Der Schulleiter, Paul Gisler, lobt sie: «Sie ist die Seele des Schulhauses.»',
      ],
      [['Sie ist die Seele des Schulhauses.', 'speech', 'Paul Gisler']],
    ],
    [
      'a woman by where she is from is somebody a pronoun means',
      [
        'Eine ältere Frau wurde im Frühling bestohlen. Als Zeugin trat eine junge Bündnerin auf. «Ich habe den Mann genau gesehen», sagte sie.',
      ],
      [['Ich habe den Mann genau gesehen', 'speech', 'Bündnerin']],
    ],
    [
      'a second person of a family name introduced with a title, whatever the lists know of the given name',
      [
        'Die beste Matur schrieb Lara Frei. «Ich bin glücklich», sagt sie.',
        'Ihre Mutter Andrea Frei sass in der dritten Reihe. «Wir sind so stolz», sagte sie nach der Feier.',
      ],
      [
        ['Ich bin glücklich', 'speech', 'Lara Frei'],
        ['Wir sind so stolz', 'speech', 'Andrea Frei'],
      ],
    ],
    [
      'a family name first named alone is the person a full name then names; a second full name is another',
      [
        'Die Sägerei Imhasly feiert ihr Jubiläum. Inhaberin Carla Imhasly führt durch den Betrieb. «Holz riecht nach Zukunft», sagt sie. Ihr Onkel Beat Imhasly schaut zu. «Ich habe hier angefangen», sagt er.',
      ],
      [
        ['Holz riecht nach Zukunft', 'speech', 'Carla Imhasly'],
        ['Ich habe hier angefangen', 'speech', 'Beat Imhasly'],
      ],
    ],
    [
      '"von" before a given name and a family name is a preposition',
      ['Pausenstatement von Reto Imfanger im Radio: «Wir müssen schneller spielen.»'],
      [['Wir müssen schneller spielen.', 'speech', 'Reto Imfanger']],
    ],
    [
      '"Ben" inside a name goes on; the body after "von der" is no part of it',
      [
        '«Das darf nicht vergessen gehen», sagte Samira Ben Aziz von der Organisation Offene Türen. «Nein», sagte er.',
      ],
      [
        ['Das darf nicht vergessen gehen', 'speech', 'Samira Ben Aziz'],
        ['Nein', 'speech', null],
      ],
    ],
    [
      'a name that puts the family name first is found by its first word',
      [
        'In Dalian sprachen Konsul Urs Gasser und Vizebürgermeister Wang Lirong. Gasser lobte den Hafen. Wang widersprach in einem Punkt. «Der Hafen ist voll», sagte er.',
      ],
      [['Der Hafen ist voll', 'speech', 'Wang Lirong']],
    ],
    [
      'the dead are not whom an age noun means; a widow is somebody a pronoun means',
      [
        'Marco Tanner führt die Schreinerei in Oberau. Gegründet hat sie sein Grossvater Emil Tanner, der 1990 starb. «Er war streng», erzählt der 47-Jährige.',
        'Anwältin Rita Zumstein plädierte auf Freispruch. «Es war ein Unfall», sagte sie. Die Witwe des Opfers sass im Saal. «Ich will die Wahrheit», sagte sie.',
      ],
      [
        ['Er war streng', 'speech', null],
        ['Es war ein Unfall', 'speech', 'Rita Zumstein'],
        ['Ich will die Wahrheit', 'speech', null],
      ],
    ],
    [
      'a waitress or a buyer is a role of her own, not the person named before',
      [
        'Anwältin Rita Zumstein plädierte auf Freispruch. Die Kellnerin verfolgte die Verhandlung. «Ich habe alles gesehen», sagte sie.',
      ],
      [['Ich habe alles gesehen', 'speech', null]],
    ],
    [
      'a relative clause before a colon with a speaker of its own gives nobody; "worauf" its subject',
      [
        'Drogistin Maja Vonlanthen erinnert sich an einen Kunden, der sie einmal angeschrien habe: «Sie wollen mir nur Pillen verkaufen!»',
        'Gemeinderat Pius Gwerder rief «Frechheit!», worauf Ratspräsidentin Ida Tresch ihn ermahnte: «Sie haben nicht das Wort.»',
        'Das sagt ein Anwohner, der neben der Baustelle wohnt: «Wir hören den Lärm jede Nacht.»',
      ],
      [
        ['Sie wollen mir nur Pillen verkaufen!', 'speech', null],
        ['Frechheit!', 'partial', 'Pius Gwerder'],
        ['Sie haben nicht das Wort.', 'speech', 'Ida Tresch'],
        ['Wir hören den Lärm jede Nacht.', 'speech', 'Anwohner'],
      ],
    ],
    [
      'quoted words in a relative clause with a speaker of its own, on an inscription, or after "heisse es" are nobody\'s',
      [
        'Kantonsrat Erich Zumbühl zitierte aus dem Revisionsbericht, in dem von «erheblichen Lücken» die Rede ist.',
        'Die Abgeordnete Lena Frick zitierte den Rechnungshof, der vor einer «gefährlichen Verschuldung» gewarnt hatte.',
        'Nationalrätin Olga Bissig zitierte ein Gutachten. Dort heisse es, die Vorlage sei «kaum umsetzbar».',
        'Die Anwältin Nora Gisler sagte, auf dem Umschlag stehe der Vermerk «nicht öffnen».',
        'Der Verteidiger kündigte an, das Urteil «genau zu prüfen».',
      ],
      [
        ['erheblichen Lücken', 'partial', null],
        ['gefährlichen Verschuldung', 'partial', null],
        ['kaum umsetzbar', 'partial', null],
        ['nicht öffnen', 'partial', null],
        ['genau zu prüfen', 'partial', 'Verteidiger'],
      ],
    ],
    [
      'words in the clause after "Vorwurf von X," or "Aussagen von X," are X\'s',
      [
        'Den Vorwurf von Gewerbepräsident Alois Kündig, der Rat handle «völlig planlos», weist Stadtpräsidentin Irma Rohrer zurück.',
        'Zu den Aussagen von Parteichef Bruno Felber, man werde «sicher nicht» nachgeben, meint Nationalrätin Eva Lustenberger: «Das kennen wir.»',
      ],
      [
        ['völlig planlos', 'partial', 'Alois Kündig'],
        ['sicher nicht', 'partial', 'Bruno Felber'],
        ['Das kennen wir.', 'speech', 'Eva Lustenberger'],
      ],
    ],
    [
      '"Auf die Kritik von X angesprochen:" is not X speaking; "sich … erklärt" says nothing',
      [
        'Auf die Kritik von Trainer Silvan Imgrüth am Rasen angesprochen: «Der Rasen ist für beide gleich.»',
        'Gemeindepräsident Kurt Inderbitzin wehrt sich. Stadträtin Jana Odermatt sagte: «Wir wollen alle Akten.» Inderbitzin habe sich «viel zu spät» für befangen erklärt.',
      ],
      [
        ['Der Rasen ist für beide gleich.', 'speech', null],
        ['Wir wollen alle Akten.', 'speech', 'Jana Odermatt'],
        ['viel zu spät', 'partial', null],
      ],
    ],
    [
      'a pronoun goes to a chamber named since, not to the woman named before it',
      [
        '«Die Reform kommt», sagte Ministerin Ursula Gwerder. Die Ärztekammer begrüsste das Vorhaben. In einer Stellungnahme spricht sie von einem «wichtigen Signal».',
      ],
      [
        ['Die Reform kommt', 'speech', 'Ursula Gwerder'],
        ['wichtigen Signal', 'partial', null],
      ],
    ],
    [
      'a role of the other gender is not the unnamed person of that role',
      [
        'Ein Abgeordneter der FDP rief «Unsinn!» in den Saal. «Auf dem Land fehlen die Busse», so die Grünen-Abgeordnete.',
      ],
      [
        ['Unsinn!', 'partial', 'Abgeordneter der FDP'],
        ['Auf dem Land fehlen die Busse', 'speech', 'Grünen-Abgeordnete'],
      ],
    ],
    [
      '"Dieser Kollege" is somebody new; reported speech about a pronoun goes back to who reports it',
      [
        '«Er hat mich zuerst gestossen», sagte der Beschuldigte. Dieser Kollege bestätigte das nur teilweise. «Gestossen ist zu viel gesagt», sagte er.',
      ],
      [
        ['Er hat mich zuerst gestossen', 'speech', 'Beschuldigte'],
        ['Gestossen ist zu viel gesagt', 'speech', 'Kollege'],
      ],
    ],
    [
      'reported speech about a pronoun goes back to who reports it',
      [
        'Verteidigerin Lisa Gwerder verwies auf das Geständnis ihres Mandanten. Er sei «nur ein Kurier» gewesen. Die Auftraggeber seien «bis heute auf freiem Fuss».',
      ],
      [
        ['nur ein Kurier', 'partial', null],
        ['bis heute auf freiem Fuss', 'partial', 'Lisa Gwerder'],
      ],
    ],
    [
      'a quotation after what somebody else reportedly said is not theirs; a pronoun sentence between ends who goes on',
      [
        'Der Bäcker Anton Imfeld ist 70. Seine Frau habe ihm einmal gesagt, er liebe den Ofen mehr als sie. «Ganz falsch war das nicht.»',
        'Martha Zurfluh heiratete 1956 den Schmied Alois Zurfluh. Er habe ihr beim Tanz gesagt: «Dich nehme ich.» Sie lacht, wenn sie davon erzählt. «Und ich wollte.»',
      ],
      [
        ['Ganz falsch war das nicht.', 'speech', null],
        ['Dich nehme ich.', 'speech', 'Alois Zurfluh'],
        ['Und ich wollte.', 'speech', 'Martha Zurfluh'],
      ],
    ],
    [
      'who receives from somebody a pronoun means may not be who speaks; the answer is not by who asked',
      [
        'Hauswart Urs Gisler befreite Rosa Kälin aus dem Lift. Gisler bekommt von ihr einen Kuchen. «Den backe ich nur für besondere Menschen.»',
        'Betriebsrat Jens Oswald fragte nach den Werken. «Wir planen nichts», sagte Konzernchef Paul Imhof. Oswald hakte nach. Seine Antwort: «Wir schliessen auch nichts aus.»',
      ],
      [
        ['Den backe ich nur für besondere Menschen.', 'speech', null],
        ['Wir planen nichts', 'speech', 'Paul Imhof'],
        ['Wir schliessen auch nichts aus.', 'speech', null],
      ],
    ],
    [
      'her answer to a quip is hers',
      [
        'Hufschmiedin Lara Gwerder hört oft Sprüche. Der häufigste: «Wo ist der Chef?» Ihre Antwort: «Der steht vor Ihnen.»',
      ],
      [
        ['Wo ist der Chef?', 'speech', null],
        ['Der steht vor Ihnen.', 'speech', 'Lara Gwerder'],
      ],
    ],
    [
      'words quoted as a name once are a name where they are sung or said too',
      [
        'Mira Gwerder sang ihren Hit «Lauf, Nora, lauf!» zum Schluss.',
        'Zusammen sangen sie «Lauf, Nora, lauf!», das Publikum sang mit.',
      ],
      [
        ['Lauf, Nora, lauf!', 'name', null],
        ['Lauf, Nora, lauf!', 'name', null],
      ],
    ],
    [
      'a name no list knows inside a sentence is somebody: a pronoun or an age after it is not the one named before',
      [
        '«Die Strasse ist zu gefährlich», sagte Gemeinderat Martin Kunz. Unter den Zuhörern war auch Zerihun Gebremedhin. «Ich fahre hier jeden Tag», sagte der 31-Jährige.',
        '«Es gab keine Probleme», sagte Gemeinderätin Sonja Meier. Auch Oyelaran Kovalenko kam zu Wort. «Ich fühle mich hier zu Hause», sagte sie.',
        '«Wir investieren in Europa», sagte Khalid bin Salem, Chef des Staatsfonds.',
      ],
      [
        ['Die Strasse ist zu gefährlich', 'speech', 'Martin Kunz'],
        ['Ich fahre hier jeden Tag', 'speech', null],
        ['Es gab keine Probleme', 'speech', 'Sonja Meier'],
        ['Ich fühle mich hier zu Hause', 'speech', null],
        ['Wir investieren in Europa', 'speech', 'Khalid bin Salem'],
      ],
    ],
    [
      'given names of many origins are people of their gender',
      [
        '«Die Strasse ist zu gefährlich», sagte Gemeinderätin Sonja Kunz. Auch Olena Bondar kam zu Wort. «Ich fühle mich hier zu Hause», sagte sie.',
      ],
      [
        ['Die Strasse ist zu gefährlich', 'speech', 'Sonja Kunz'],
        ['Ich fühle mich hier zu Hause', 'speech', 'Olena Bondar'],
      ],
    ],
    [
      'a name before a colon and a pronoun after the quotation: the one the colon names',
      [
        'Der Landesrat sagte dazu im Radio: «Das ist nicht unsere Sache.»',
        'Landessprecherin Erika Gstrein: «Hier wird Geld in Asphalt gegossen», kritisierte sie.',
      ],
      [
        ['Das ist nicht unsere Sache.', 'speech', 'Landesrat'],
        ['Hier wird Geld in Asphalt gegossen', 'speech', 'Erika Gstrein'],
      ],
    ],
    [
      "somebody else's message shown, read out or played is not the words of who shows it",
      [
        'Petra Gamper zeigt auf ihrem Handy die letzte Nachricht ihres Sohnes: «Bin oben, melde mich.»',
        'Die Staatsanwältin Ines Walch verlas die Nachricht, die der Angeklagte geschickt hatte: «Ich weiss, wo du wohnst.»',
        'Ein Fan postete ein Foto seines Tattoos mit dem Schriftzug «Für immer kalt».',
      ],
      [
        ['Bin oben, melde mich.', 'speech', null],
        ['Ich weiss, wo du wohnst.', 'speech', null],
        ['Für immer kalt', 'partial', null],
      ],
    ],
    [
      "an age the text gives in a sentence of its own is that person's",
      [
        '«Ich habe mit zwölf Kühen angefangen», sagt Beat Imboden. Der 33-Jährige führt den Hof seit drei Jahren. Auch Nachbar Karl Moser kam vorbei. «Früher war alles anders», erzählt er. «Jeder darf einmal rühren», verspricht der 33-Jährige.',
      ],
      [
        ['Ich habe mit zwölf Kühen angefangen', 'speech', 'Beat Imboden'],
        ['Früher war alles anders', 'speech', 'Karl Moser'],
        ['Jeder darf einmal rühren', 'speech', 'Beat Imboden'],
      ],
    ],
    [
      'somebody unnamed after "von einer", a text that begins with quoted words, a council as object',
      [
        '«Wir haben mit weniger gerechnet», sagt Präsidentin Hanna Gisler. Die grösste Spende kam von einer Frau aus dem Dorf. In ihrem Brief schrieb sie: «Ich habe hier geheiratet.»',
        '«Die Kinder sind ehrlicher», sagt Peter Gwerder. Er erzählt von einem Buben, der ihm ein Versli aufgesagt habe, das mit «Lieber Samichlaus, du bisch zu dick» begann.',
        '«Das Lager findet statt», sagt Schulleiter Urs Bissig. Man habe den Elternrat informiert. «Die Kosten sind gedeckt», sagt er.',
      ],
      [
        ['Wir haben mit weniger gerechnet', 'speech', 'Hanna Gisler'],
        ['Ich habe hier geheiratet.', 'speech', null],
        ['Die Kinder sind ehrlicher', 'speech', 'Peter Gwerder'],
        ['Lieber Samichlaus, du bisch zu dick', 'partial', null],
        ['Das Lager findet statt', 'speech', 'Urs Bissig'],
        ['Die Kosten sind gedeckt', 'speech', null],
      ],
    ],
    [
      'the answer is not by who asked; plural things are no names; a genitive before an adjective and a role',
      [
        '«Ich schreibe gegen das Vergessen», sagte Omar Haddad. Moderatorin Eva Kälin fragte ihn nach dem Titel. «Meine Mutter hatte einen Garten.»',
        '«Er hat mich beschimpft», sagte Lea Vögeli. Vögelis frühere Mitspielerin Nina Frei stellte sich hinter sie: «Ich war dabei.»',
      ],
      [
        ['Ich schreibe gegen das Vergessen', 'speech', 'Omar Haddad'],
        ['Meine Mutter hatte einen Garten.', 'speech', null],
        ['Er hat mich beschimpft', 'speech', 'Lea Vögeli'],
        ['Ich war dabei.', 'speech', 'Nina Frei'],
      ],
    ],
    [
      'an age noun means the subject, not the object after a preposition; plural things are no names',
      [
        'Bei der Siegerehrung schwenkten Dutzende Fans Transparente mit der Aufschrift «Tomaž leti». «Sie hat mich zur Schanze gebracht», sagte er.',
        'Cavelti wurde Zweite hinter der Norwegerin Ingrid Solberg. «Ich habe nur an meine Grossmutter gedacht», sagte die 23-Jährige.',
      ],
      [
        ['Tomaž leti', 'partial', null],
        ['Sie hat mich zur Schanze gebracht', 'speech', null],
        ['Ich habe nur an meine Grossmutter gedacht', 'speech', null],
      ],
    ],
    [
      "a family name in a company's name is no mention; a given name alone is the one person of that name",
      [
        'Baran Özdemir hat bei der Garage Hutter AG die beste Prüfung abgelegt. «Ich habe es erst nicht geglaubt», sagt der 19-Jährige. Sein Lehrmeister Roland Hutter lacht: «Ich schon.»',
        'Baran kam mit neun Jahren in die Schweiz. «Ich konnte kein Wort Deutsch», sagt er.',
      ],
      [
        ['Ich habe es erst nicht geglaubt', 'speech', 'Baran Özdemir'],
        ['Ich schon.', 'speech', 'Roland Hutter'],
        ['Ich konnte kein Wort Deutsch', 'speech', 'Baran Özdemir'],
      ],
    ],
    [
      'a name with a particle in lower case is mentioned; a role two people named may hold is left open',
      [
        'Der Aussenminister von Qasarien, Karim al-Haddad, traf Bundesrat Reto Brunold. «Die Schweiz ist ein Partner», sagte al-Haddad. Brunold bot die Guten Dienste an. «Wir stehen bereit», sagte der Aussenminister.',
      ],
      [
        ['Die Schweiz ist ein Partner', 'speech', 'al-Haddad'],
        ['Wir stehen bereit', 'speech', null],
      ],
    ],
    [
      'whom reported speech names before ", sagte er" is not whom that pronoun or the next means',
      [
        '«Das war nicht mein bester Moment», sagte Trainer Ralf Odenwald. Präsident Hans-Peter Gröning war skeptisch. Odenwald habe ihn überredet, sagte er. Heute sei er froh: «Die Leute sehen das Herzblut.»',
        'Fraktionschef Onno Harms sagte, er wünsche Boysen «gute Besserung». Er fügte hinzu: «Die Fragen bleiben.»',
      ],
      [
        ['Das war nicht mein bester Moment', 'speech', 'Ralf Odenwald'],
        ['Die Leute sehen das Herzblut.', 'speech', 'Hans-Peter Gröning'],
        ['gute Besserung', 'partial', 'Onno Harms'],
        ['Die Fragen bleiben.', 'speech', 'Onno Harms'],
      ],
    ],
    [
      "a statement read out, somebody else's saying passed on, a nickname others use: not the teller's",
      [
        'Gemeindeschreiberin Lea Gwerder verlas die Antwort des Gemeinderats: «Das Gesuch wird abgelehnt.»',
        'Ihre Mutter habe immer gesagt, erzählt Sandra Imlig: «Gib nie auf.»',
        'Ihr Mann habe nach dem Unfall nur einen Satz gesagt, erzählte sie. «Jetzt ist unser Haus leer.»',
        'Sie erinnert sich an die Worte ihres Vorgängers Peter Lutz, erzählt Bettina Gasser: «Das Amt frisst dich auf.»',
        'Trainer Ivo Lanz, von den Fans «der Professor» genannt, gibt sich gelassen: «Wir haben nichts zu verlieren.»',
        'Sein letzter Satz, erzählt sein Sohn Georg Pichlmayr, sei gewesen: «Vergesst die Kühe nicht.»',
      ],
      [
        ['Das Gesuch wird abgelehnt.', 'speech', null],
        ['Gib nie auf.', 'speech', null],
        ['Jetzt ist unser Haus leer.', 'speech', null],
        ['Das Amt frisst dich auf.', 'speech', null],
        ['der Professor', 'partial', null],
        ['Wir haben nichts zu verlieren.', 'speech', 'Ivo Lanz'],
        ['Vergesst die Kühe nicht.', 'speech', null],
      ],
    ],
    [
      'the teller who speaks of the one she reports keeps her words',
      [
        'Ihr Verleger habe sie damals gewarnt, erzählt Johanna Gisler: «Er sagte: ‹Das verkauft sich nicht.› Ich habe es trotzdem geschrieben.»',
      ],
      [
        [
          'Er sagte: ‹Das verkauft sich nicht.› Ich habe es trotzdem geschrieben.',
          'speech',
          'Johanna Gisler',
        ],
      ],
    ],
    [
      'who keeps or finds a text did not write it',
      [
        'Ihr früherer Lehrer Paul Gisler schickte Karin Imfeld nach der Wahl eine SMS. Sie hat sie bis heute gespeichert: «Stolz auf dich.»',
        'Anwohner Kurt Brügger fand am Montag im Briefkasten einen Zettel: «Wir wissen, wo du wohnst».',
        'Am Montag fand Gemeinderätin Simone Kälin einen Drohbrief: «Hör auf, oder es passiert etwas.»',
      ],
      [
        ['Stolz auf dich.', 'speech', null],
        ['Wir wissen, wo du wohnst', 'speech', null],
        ['Hör auf, oder es passiert etwas.', 'speech', null],
      ],
    ],
    [
      'an Arabic name opening a sentence; the arrested is somebody a pronoun means, not the lawyer',
      [
        'Ahmed al-Sharif hat einen Preis gewonnen. Kurt Vogel gratulierte. Al-Sharif freut sich. «Das ist für meine Familie», sagt er.',
        'Anwalt Peter Gasser sagte: «Wir sind zufrieden.» Der Festgenommene schwieg lange. Dann sagte er: «Es tut mir leid.»',
        'Polizeisprecher Renzo Galli sagte, der Verhaftete sei der Polizei «bereits bekannt».',
      ],
      [
        ['Das ist für meine Familie', 'speech', 'Ahmed al-Sharif'],
        ['Wir sind zufrieden.', 'speech', 'Peter Gasser'],
        ['Es tut mir leid.', 'speech', null],
        ['bereits bekannt', 'partial', 'Renzo Galli'],
      ],
    ],
    [
      'two given names before a family name another person shares, and a withheld name in an apposition',
      [
        'Älpler Gion Andri Caduff fand die Tiere. «So etwas vergisst man nicht», sagte der 27-Jährige. Sein Vater, Landwirt Reto Caduff, fordert den Abschuss.',
        'Der Bruder des Opfers, Thomas K., spricht mit Journalisten. «Heute bekommt Michael Gerechtigkeit», sagt er.',
      ],
      [
        ['So etwas vergisst man nicht', 'speech', 'Gion Andri Caduff'],
        ['Heute bekommt Michael Gerechtigkeit', 'speech', 'Thomas K.'],
      ],
    ],
    [
      'a label others gave and a sentence somebody found are not the words of who reports them',
      [
        'Die Gegner nannten das Projekt einen «Schildbürgerstreich», sagte Gemeindepräsident Reto Wyss.',
        'Lehrerin Anna Brunner fand an der Wandtafel den Satz: «Wir kommen nicht mehr.»',
      ],
      [
        ['Schildbürgerstreich', 'partial', null],
        ['Wir kommen nicht mehr.', 'speech', null],
      ],
    ],
    [
      'reported speech about somebody before a colon: not the words of whom it is about',
      [
        'Sandra Zehnder ist wütend. Ihr Nachbar habe sie jahrelang schikaniert: «Ich konnte nicht mehr schlafen.»',
        '«Das war eine Frechheit», sagte Leila Gerber. Kostić habe sich unsportlich verhalten: «Er hat mich gestossen.»',
        'Sandra Zehnder hat den Prozess gewonnen. Sie sei erleichtert: «Endlich ist es vorbei.»',
      ],
      [
        ['Ich konnte nicht mehr schlafen.', 'speech', null],
        ['Das war eine Frechheit', 'speech', 'Leila Gerber'],
        ['Er hat mich gestossen.', 'speech', null],
        ['Endlich ist es vorbei.', 'speech', 'Sandra Zehnder'],
      ],
    ],
    [
      'a possessive before a plural role names a group: no woman an age or a pronoun means, so the age means the woman named',
      [
        'Lara Steiner gewann das Rennen. Ihre Fans feierten sie im Ziel. «Das ist unglaublich», sagte die 29-Jährige.',
        'Coach Dragan Petrović steht in den Katakomben. Seine Spieler haben ihm Wasser über den Kopf gekippt. «Das ist der schönste Sieg!», ruft der Serbe.',
      ],
      [
        ['Das ist unglaublich', 'speech', 'Lara Steiner'],
        ['Das ist der schönste Sieg!', 'speech', 'Dragan Petrović'],
      ],
    ],
    [
      'an age or a ranking after a second person: not the relation or the runner-up named last; the winner is who won',
      [
        'Mirjam Rohner gewann die Abfahrt. Ihre Mutter Erika Hofstetter weinte im Ziel. «Ich habe alles riskiert», sagte die 24-Jährige.',
        'Mirjam Rohner gewann die Abfahrt. Die Zweitplatzierte Sara Imhof verlor eine halbe Sekunde. «Es war ein perfekter Tag», sagte die Siegerin.',
        'Oberwangen führte nach einem Kopfball von Jan Vukovic. Dann traf Nico Ambühl. «Ich habe einfach abgedrückt», sagte der 19-Jährige.',
      ],
      [
        ['Ich habe alles riskiert', 'speech', null],
        ['Es war ein perfekter Tag', 'speech', 'Mirjam Rohner'],
        ['Ich habe einfach abgedrückt', 'speech', 'Nico Ambühl'],
      ],
    ],
    [
      'a council in the genitive is no man a pronoun means',
      [
        'Bauvorsteher Paul Wenger verteidigte den Plan des Gemeinderats. «Wir haben keine Wahl», sagte er.',
      ],
      [['Wir haben keine Wahl', 'speech', 'Paul Wenger']],
    ],
    [
      'a council in the genitive is never a speaker as inflected',
      [
        'Die Sitzung des Stadtrats dauerte bis Mitternacht. Danach trat er vor die Presse: «Wir sind uns einig.»',
      ],
      [['Wir sind uns einig.', 'speech', null]],
    ],
    [
      'an answer to a question put to somebody is not the asker\'s; a retort "kam es" is nobody\'s',
      [
        '«Haben Sie getrunken?», fragte Polizist Marco Zihlmann. «Nur ein Glas», sagte der Mann.',
        '«Und danach?», fragte Polizist Marco Zihlmann. «Nichts mehr», sagte er.',
        '«Das ist Heuchelei», rief Claudio Merz in den Saal. «Heuchelei ist, was Sie machen!», kam es postwendend von der anderen Seite.',
        '«Haben Sie getrunken?», fragte Richter Urs Kern. «Nur ein Glas», sagte Beat Frei.',
      ],
      [
        ['Haben Sie getrunken?', 'speech', 'Marco Zihlmann'],
        ['Nur ein Glas', 'speech', null],
        ['Und danach?', 'speech', 'Marco Zihlmann'],
        ['Nichts mehr', 'speech', null],
        ['Das ist Heuchelei', 'speech', 'Claudio Merz'],
        ['Heuchelei ist, was Sie machen!', 'speech', null],
        ['Haben Sie getrunken?', 'speech', 'Urs Kern'],
        ['Nur ein Glas', 'speech', 'Beat Frei'],
      ],
    ],
    [
      'a quotation that calls the person before by the given name, or follows a passive, is not theirs; nor a genitive the name',
      [
        '«Wir verlieren einen Freund», sagte Ramon Kälin. Sein Teamkollege Dario Lüthi hat den Rücktritt erklärt. «Ohne Dario wird es anders.»',
        'Sein Vorgänger Peter Hofer wurde am Montag entlassen. «Er hat hier Grosses geleistet.»',
        'Gianni Rossis neues Lied stürmt die Charts. «Ich habe es für Alessia geschrieben», sagt der Sänger.',
      ],
      [
        ['Wir verlieren einen Freund', 'speech', 'Ramon Kälin'],
        ['Ohne Dario wird es anders.', 'speech', null],
        ['Er hat hier Grosses geleistet.', 'speech', null],
        ['Ich habe es für Alessia geschrieben', 'speech', 'Gianni Rossi'],
      ],
    ],
    [
      'a role in the plural before two names is neither one\'s alone: "Ihre Schwester" is the other',
      [
        'Die Schwestern Ursula Meier und Karin Gisler führen die Bäckerei. «Wir streiten jeden Tag», sagt Ursula Meier. Ihre Schwester nickt: «Aber nie länger als bis zum Mittag.»',
      ],
      [
        ['Wir streiten jeden Tag', 'speech', 'Ursula Meier'],
        ['Aber nie länger als bis zum Mittag.', 'speech', 'Schwester'],
      ],
    ],
    [
      'a trainer or a doctor named nowhere is not the player or the patient just named',
      [
        'Nico Baumann traf doppelt. «Wir haben heute sehr gut gespielt», sagte der Trainer.',
        'Lea Vogt liegt seit drei Wochen im Spital. «Wir sind zuversichtlich», sagt die Ärztin.',
        'Trainer Ruedi Kern war zufrieden. Nico Baumann traf doppelt. «Wir haben heute gut gespielt», sagte der Trainer.',
      ],
      [
        ['Wir haben heute sehr gut gespielt', 'speech', null],
        ['Wir sind zuversichtlich', 'speech', null],
        ['Wir haben heute gut gespielt', 'speech', 'Ruedi Kern'],
      ],
    ],
    [
      'a relative whose words the teller passes on in reported speech is not whom "sagt sie" means',
      [
        'Selina Ambühl führt die Bäckerei am Dorfplatz von Tannwil. Ihre Mutter habe damals immer gesagt, man müsse früh aufstehen. «Daran habe ich mich gehalten», sagt sie.',
        'Hedwig Brändli wohnt allein am Waldrand von Lurnach. Eine Kollegin habe ihr einmal geraten, ins Altersheim zu ziehen. «Das kam nie in Frage», sagt die 91-Jährige.',
        'Jonas Frei ist Pfleger. Sein Bruder habe ihm abgeraten. «Ich bin froh, dass ich nicht auf ihn gehört habe», sagt er.',
        // Not what the relative says in the indicative; a client who speaks is somebody, too.
        'Mattia Rüegg ist Landwirt. Sein Vater sagt: «Der Hof bleibt in der Familie.»',
        'Nora Kälin ist Anwältin. Ihre Mandantin sagte, sie sei unschuldig. «Ich war nie dort», sagte sie.',
      ],
      [
        ['Daran habe ich mich gehalten', 'speech', 'Selina Ambühl'],
        ['Das kam nie in Frage', 'speech', 'Hedwig Brändli'],
        ['Ich bin froh, dass ich nicht auf ihn gehört habe', 'speech', 'Jonas Frei'],
        ['Der Hof bleibt in der Familie.', 'speech', 'Vater'],
        ['Ich war nie dort', 'speech', 'Mandantin'],
      ],
    ],
    [
      'reported speech that names nobody between two quotations goes on with the one speaker',
      [
        '«Der Bedarf wächst jedes Jahr», so Claudia Roos. Gleichzeitig werde es schwieriger, Personal zu finden. «Wir suchen seit Monaten.»',
        'Gemeinderat Urs Widmer meint dazu: «Wir haben das Problem erkannt.» Ein Projekt liege beim Kanton. «Aber die Mühlen mahlen langsam.»',
        'Für Inhaber Thomas Bieri ist es ein Schock. «Ich stand nur da», sagt er. Aufgeben komme nicht in Frage. «Meine Leute zählen auf mich.»',
        // Not when the sentence between is about somebody else of the article.
        'Kurt Meier fehlte. «Wir sind bereit», sagte Claudia Roos. Meier sei verreist. «Das ist typisch.»',
      ],
      [
        ['Der Bedarf wächst jedes Jahr', 'speech', 'Claudia Roos'],
        ['Wir suchen seit Monaten.', 'speech', 'Claudia Roos'],
        ['Wir haben das Problem erkannt.', 'speech', 'Urs Widmer'],
        ['Aber die Mühlen mahlen langsam.', 'speech', 'Urs Widmer'],
        ['Ich stand nur da', 'speech', 'Thomas Bieri'],
        ['Meine Leute zählen auf mich.', 'speech', 'Thomas Bieri'],
        ['Wir sind bereit', 'speech', 'Claudia Roos'],
        ['Das ist typisch.', 'speech', null],
      ],
    ],
    [
      'a question the writer reports is answered by whom it is put to',
      [
        'Matchwinner war Nando Gisler. «Es ging einfach», sagte Gisler. Ob er nun an die Nati denke? «Darüber mache ich mir keine Gedanken.»',
        'Seit Frühling führt Sandro Keller die Bäckerei. Wie er dazu kam? «Der alte Beck hat mich gefragt.»',
        'Die Autorin Corinne Wyrsch las vor. «Ich schreibe über Orte, die ich kenne», sagte sie. Ob das Buch autobiografisch sei? «Nur so weit, wie jedes Buch.»',
        // Not a pronoun that may mean the one beaten, when the winner's words went to nobody.
        'Ueli Gfeller bodigte den Eidgenossen Sämi Hofstetter. «Sämi ist zäh», sagte der strahlende Sieger. Ob er nun Favorit sei? «Das sollen andere beurteilen.»',
      ],
      [
        ['Es ging einfach', 'speech', 'Gisler'],
        ['Darüber mache ich mir keine Gedanken.', 'speech', 'Nando Gisler'],
        ['Der alte Beck hat mich gefragt.', 'speech', 'Sandro Keller'],
        ['Ich schreibe über Orte, die ich kenne', 'speech', 'Corinne Wyrsch'],
        ['Nur so weit, wie jedes Buch.', 'speech', 'Corinne Wyrsch'],
        ['Sämi ist zäh', 'speech', null],
        ['Das sollen andere beurteilen.', 'speech', null],
      ],
    ],
    [
      'a wife named after her husband does not hide him from his age; a novel is nobody',
      [
        'Fritz Schwander wanderte mit seiner Frau Margrit nach Kanada aus. «Wir wollten heim», sagt der 79-Jährige. Dort führten sie eine Farm. «Da drüben ist alles grösser», meint er.',
        'Corinne Wyrsch stellte ihren zweiten Roman vor. «Ich schreibe über Orte, die ich kenne», sagte sie.',
      ],
      [
        ['Wir wollten heim', 'speech', 'Fritz Schwander'],
        ['Da drüben ist alles grösser', 'speech', 'Fritz Schwander'],
        ['Ich schreibe über Orte, die ich kenne', 'speech', 'Corinne Wyrsch'],
      ],
    ],
    [
      'the content of "warnte vor" and of "hielt … fest," is the subject\'s words',
      [
        'Direktor Armin Frischknecht warnte vor einem «Abbau von Parkplätzen durch die Hintertür».',
        'Richter Thomas Brunnerli hielt in der Begründung fest, der Mann habe «ein Lügengebäude» errichtet.',
        '«Das ist ein schwarzer Tag», sagte Jürgen Obermeyerling. Die Entscheidung koste «Hunderte Arbeitsplätze».',
        // Not what a verb that only sometimes says takes: "führte von 1958 an die «…»".
        'Gottfried Marti starb. Er führte von 1958 bis 1995 die Bäckerei «Marti-Beck» an der Kirchgasse.',
      ],
      [
        ['Abbau von Parkplätzen durch die Hintertür', 'partial', 'Armin Frischknecht'],
        ['ein Lügengebäude', 'partial', 'Thomas Brunnerli'],
        ['Das ist ein schwarzer Tag', 'speech', 'Jürgen Obermeyerling'],
        ['Hunderte Arbeitsplätze', 'partial', 'Jürgen Obermeyerling'],
        ['Marti-Beck', 'name', null],
      ],
    ],
    [
      'a long attribution inside one utterance, a speaker the next sentence names, a paragraph that is one quotation',
      [
        '«Wir wussten, dass es hart wird», sagte Corinne Blatter, die Captain der Frauen des FC Rotmatt, «aber nicht so hart.»',
        '«Ich habe noch nie so ein Chaos erlebt.» Das sagt Andrin Kessler, seit 19 Jahren Zeugwart beim HC Rotmatt.',
        'Sportchef Thomas Gasser wurde deutlich. Die Mannschaft habe zu wenig investiert, sagte er am Dienstag vor den Medien.',
        '«Ich erwarte von jedem Einzelnen eine Reaktion.»',
      ],
      [
        ['Wir wussten, dass es hart wird', 'speech', 'Corinne Blatter'],
        ['aber nicht so hart.', 'speech', 'Corinne Blatter'],
        ['Ich habe noch nie so ein Chaos erlebt.', 'speech', 'Andrin Kessler'],
        ['Ich erwarte von jedem Einzelnen eine Reaktion.', 'speech', 'Thomas Gasser'],
      ],
    ],
    [
      'a question after an answer, a fronted object, reported speech about the one quoted, ages and relatives',
      [
        'Staatsanwältin Nadja Berchtold befragte die Zeugin Monika Strebel. «Hat sie gedroht?», fragte Berchtold. «Mehrmals», antwortete Strebel. «Und Sie haben nichts unternommen?» «Doch, ich rief die Polizei.»',
        'Kommissar Bernd Hollweg leitete die Ermittlungen. Den Verdächtigen, den Schreiner Ulrich Pfaff, habe er früh im Visier gehabt. «Seine Geschichte hatte Lücken», sagte er. Pfaff habe jedes Mal etwas anderes erzählt. «Einmal war er im Kino.»',
        'In Hinterfeld führen Elsbeth Rüegg (78) und ihre Enkelin Lea Rüegg (24) das Café. «Ich verstehe ihr Telefon nicht», sagt die 78-Jährige.',
        '«Die Eltern dürfen sie behalten», sagt Stationsleiterin Claudia Berger. Gebracht werden sie von Schwabs Enkelin Jasmin. «Ich bin nur der Pöstler», sagt sie.',
        'Influencerin Jasmin Hürlimann hat sich verlobt. Auch ihre Mutter Ruth Hürlimann ist begeistert. «Sven ist wie ein Sohn», sagte sie. «Mami hat es als Erste erfahren», verrät die Influencerin.',
      ],
      [
        ['Hat sie gedroht?', 'speech', 'Berchtold'],
        ['Mehrmals', 'speech', 'Strebel'],
        ['Und Sie haben nichts unternommen?', 'speech', 'Berchtold'],
        // The answer to the asker's second question is not the asker's.
        ['Doch, ich rief die Polizei.', 'speech', null],
        ['Seine Geschichte hatte Lücken', 'speech', 'Bernd Hollweg'],
        ['Einmal war er im Kino.', 'speech', null],
        ['Ich verstehe ihr Telefon nicht', 'speech', 'Elsbeth Rüegg'],
        ['Die Eltern dürfen sie behalten', 'speech', 'Claudia Berger'],
        ['Ich bin nur der Pöstler', 'speech', 'Jasmin'],
        ['Sven ist wie ein Sohn', 'speech', 'Ruth Hürlimann'],
        ['Mami hat es als Erste erfahren', 'speech', 'Jasmin Hürlimann'],
      ],
    ],
    [
      'an initial for one person before the family name of another ends a sentence the words cannot split',
      [
        'Es war eine Sommernacht, als Dario M. mit seinem Sportwagen durch Gossenried fuhr. Der Anklage zufolge hatte M. die Fahrt gefilmt.',
        'Gerichtspräsident Hans Gubelmann wollte wissen, warum. «Ich wollte zeigen, was das Auto kann», antwortete M. Gubelmann hakte nach: «Sie haben es gefilmt.»',
      ],
      [
        ['Ich wollte zeigen, was das Auto kann', 'speech', null],
        ['Sie haben es gefilmt.', 'speech', null],
      ],
    ],
    [
      'who answers a reported question is not its asker; a few words in what "er" reportedly said; a family is none of its members',
      [
        'Richter Claus Amberger befragte den Angeklagten. Amberger fragte nach, wo er sich in der Brandnacht aufgehalten habe. "Im Haus, im Bett", antwortete der Mann.',
        'Polizeisprecher Kurt Vollrath schildert die Kontrolle. Der Raser soll wenig einsichtig gewesen sein. Er habe gesagt, er sei „doch nur kurz“ schneller gefahren, berichtet Vollrath.',
        'Es war im Februar 1999, als Regula Zwyssig nachts nach Weidlingsrüti hinauffuhr. Auf dem Hof der Familie Zumbrunn hatten die Wehen früher eingesetzt. «Die Strasse war zu», erzählt sie.',
        'Die Mutter von damals, Brigitte Zumbrunn, weiss es noch genau.',
      ],
      [
        ['Im Haus, im Bett', 'speech', null],
        ['doch nur kurz', 'partial', null],
        ['Die Strasse war zu', 'speech', 'Regula Zwyssig'],
      ],
    ],
    [
      '"der Arzt" is a man, whom "die 36-Jährige" does not mean',
      [
        '«Wir sind überwältigt», sagt seine Mutter Nadine Roth.',
        'Als die Diagnose kam, habe der Arzt gesagt: «Es gibt Therapien.» «Da wussten wir nicht, was teuer heisst», sagt die 36-Jährige.',
      ],
      [
        ['Wir sind überwältigt', 'speech', 'Nadine Roth'],
        ['Es gibt Therapien.', 'speech', null],
        ['Da wussten wir nicht, was teuer heisst', 'speech', 'Nadine Roth'],
      ],
    ],
    [
      '"Seine Frau", "Ihr Mann": the relative the text named with the family name, if one fits',
      [
        'Greti Bolliger führt das Restaurant mit ihrem Mann Anton. «Das Geld geht an die Bergrettung», gesteht Anton Bolliger. Seine Frau korrigiert: «Mehr als die Hälfte.»',
        'Hedwig und Josef Bucher feiern diamantene Hochzeit. «Er konnte nicht tanzen», erzählt Hedwig Bucher. Ihr Mann: «Zweieinhalb.»',
        // Nobody of the family name fits: the relation as written.
        'Anna Meier und Eva Roth führen den Laden. «Wir sind zufrieden», sagt Anna Meier. Seine Frau lacht: «Immer.»',
      ],
      [
        ['Das Geld geht an die Bergrettung', 'speech', 'Anton Bolliger'],
        ['Mehr als die Hälfte.', 'speech', 'Greti Bolliger'],
        ['Er konnte nicht tanzen', 'speech', 'Hedwig Bucher'],
        ['Zweieinhalb.', 'speech', 'Josef Bucher'],
        ['Wir sind zufrieden', 'speech', 'Anna Meier'],
        ['Immer.', 'speech', 'Frau'],
      ],
    ],
    [
      'words in a leading "Während" clause are its subject\'s, words after it the main clause\'s',
      [
        'Während Finanzdirektor Ueli Marti von einem «soliden Abschluss» sprach, warnte Fraktionschef Adrian Pfister vor «trügerischer Sicherheit».',
      ],
      [
        ['soliden Abschluss', 'partial', 'Ueli Marti'],
        ['trügerischer Sicherheit', 'partial', 'Adrian Pfister'],
      ],
    ],
    [
      'a sentence heard, a label a newspaper gave, and a woman the sentence before is about',
      [
        'Kommandant Roger Felder sucht Leute. An der Werbeaktion habe er immer denselben Satz gehört: «Ich würde ja, aber ich habe keine Zeit.»',
        'Regula Furrenbach übernahm die Sesselbahn. Die «Gämsbacher Post» nannte sie damals «die mutigste Frau im Tal».',
        'Das Kunsthaus zeigt das Werk der Videokünstlerin Ilse Bodmer. «Ilse probiert Neues», sagt Kuratorin Petra Jenzer. Die 86-jährige Künstlerin selbst war nicht da. In einer Videobotschaft sagte sie: «Ich bin zu alt für Apéros.»',
      ],
      [
        ['Ich würde ja, aber ich habe keine Zeit.', 'speech', null],
        ['Gämsbacher Post', 'name', null],
        ['die mutigste Frau im Tal', 'partial', null],
        ['Ilse probiert Neues', 'speech', 'Petra Jenzer'],
        ['Ich bin zu alt für Apéros.', 'speech', 'Ilse Bodmer'],
      ],
    ],
    [
      'a pronoun after "musste die Jubilarin" or after ", sagte Carmen Imhof" never goes to another woman',
      [
        'Frieda Rüegg wurde 100. Gemeindepräsidentin Karin Stalder gratulierte. Nach dem Geheimnis gefragt, musste die Jubilarin nicht überlegen. «Jeden Tag ein Glas Rotwein», sagte sie.',
        'Die Bewohnerin habe angegeben, sie habe die Pfanne nur kurz allein gelassen, sagte Carmen Imhof, Sprecherin der Polizei. «Solche Brände entstehen innert Sekunden», mahnte sie.',
      ],
      [
        ['Jeden Tag ein Glas Rotwein', 'speech', null],
        ['Solche Brände entstehen innert Sekunden', 'speech', null],
      ],
    ],
    [
      'an umpire is not the player, an old woman or a boy is somebody, a colon opens a clause',
      [
        'Fabio Leuenberger kassierte eine Verwarnung. Der Stuhlschiedsrichter verkündete: «Code violation, warning.»',
        'Hedwig Aellig wohnt mit ihrer Tochter Kathrin auf dem Hof. «Ohne die Mutter ginge es nicht», sagt Kathrin Aellig. Die alte Frau winkt ab. «Ich helfe nur», sagt sie.',
        'Otto Kiener kam mit seinem Urenkel Elias. Der Bub trug das Trikot von Stürmer Nico Rüegsegger. «Das ist mein Lieblingsspieler», sagte er.',
        'Rita Bärtschi verlangte mehr Geld. Ihre Mutter sei 91, erzählte sie. Unterstützung erhielt sie von unerwarteter Seite: Lisa Moser stimmte zu. «Es geht um Grundversorgung», sagte die 38-Jährige.',
      ],
      [
        ['Code violation, warning.', 'speech', null],
        ['Ohne die Mutter ginge es nicht', 'speech', 'Kathrin Aellig'],
        ['Ich helfe nur', 'speech', null],
        ['Das ist mein Lieblingsspieler', 'speech', null],
        ['Es geht um Grundversorgung', 'speech', 'Lisa Moser'],
      ],
    ],
    [
      "the answer to a question a sentence reports is not the asker's; a child named by age and given name",
      [
        'Der Zeuge belastete den Beschuldigten. Staatsanwalt Oliver Rast fragte nach, ob er sich sicher sei. «Ganz sicher, ich stand daneben.»',
        'Kinder halfen in der Bäckerei Schwarz. Der neunjährige Elias formte Zöpfe. «Das ist schwieriger, als es aussieht», sagte er. Bäckermeister Christian Schwarz war zufrieden: «Die würde ich verkaufen.»',
      ],
      [
        ['Ganz sicher, ich stand daneben.', 'speech', null],
        ['Das ist schwieriger, als es aussieht', 'speech', 'Elias'],
        ['Die würde ich verkaufen.', 'speech', 'Christian Schwarz'],
      ],
    ],
    [
      'reported speech after a quotation\'s closing mark; "Die alte Frau" is not the carer before',
      [
        'Trainerin Carla Montinari war zufrieden. Captain Sabrina Leutholdi sagte: «Wir sind im Final.» Ihre Trainerin habe ihr gesagt, sie solle schiessen. «Also habe ich geschossen», so die 26-Jährige.',
      ],
      [
        ['Wir sind im Final.', 'speech', 'Sabrina Leutholdi'],
        ['Also habe ich geschossen', 'speech', 'Sabrina Leutholdi'],
      ],
    ],
    [
      '"Die alte Frau lacht." before a quotation is somebody, not the carer who spoke',
      [
        'Pflegefachfrau Nicole Brand besucht die 94-jährige Lina Wüthrich. «Sie ist die Fröhlichste», sagt die Pflegefachfrau. Die alte Frau lacht. «Was soll ich auch jammern.»',
      ],
      [
        ['Sie ist die Fröhlichste', 'speech', 'Nicole Brand'],
        ['Was soll ich auch jammern.', 'speech', null],
      ],
    ],
    [
      'a pronoun after a colon clause means whom the clause before the colon names; a source text and a term have no speaker',
      [
        'Finanzchef Reto Kälin wollte die Prognose nicht senken. Analyst Thomas Wyrsch von der Bank Frutiger & Cie. ist skeptischer: Die Zielvorgabe sei «sportlich», schreibt er.',
        'Lehrer Michael Bühlmann zitiert einen Beschluss von 1887, wonach «fremde Hausierer nur am Markttage zu dulden» seien.',
        'Gründer Lukas Wüthrich spricht von einem Meilenstein. Was ein «Inselnetz» genau ist, erklärt Wüthrich gerne.',
      ],
      [
        ['sportlich', 'partial', 'Thomas Wyrsch'],
        ['fremde Hausierer nur am Markttage zu dulden', 'partial', null],
        ['Inselnetz', 'partial', null],
      ],
    ],
    [
      "a work after its author's name in the genitive is a title, whoever speaks in the sentence",
      [
        'Pianistin Anna Meier spielt in Tannwil. Das sei Schuberts «Forelle», sagt sie. «Ich liebe dieses Stück.»',
      ],
      [
        ['Forelle', 'name', null],
        ['Ich liebe dieses Stück.', 'speech', 'Anna Meier'],
      ],
    ],
    [
      'a given name after a possessive and a noun is somebody; a person in the genitive is not what "er" surely means',
      [
        'Lehrer Dominik Frutiger gärtnert mit der Klasse. «Am liebsten giesse ich», sagt die elfjährige Lara. Ihr Klassenkamerad Noah findet die Schnecken spannend. «Die fressen alles», sagt er.',
        'Der Gemeinderat Hinterbüel hat die Kündigung des Hauswarts bestätigt. In einer Mitteilung schreibt er, das Vertrauen sei «nachhaltig gestört».',
      ],
      [
        ['Am liebsten giesse ich', 'speech', 'Lara'],
        ['Die fressen alles', 'speech', 'Noah'],
        ['nachhaltig gestört', 'partial', null],
      ],
    ],
    [
      'an age after an unnamed mother is not surely the mother; "Grossvater Ernst" is not "sein Vater"',
      [
        'Seniorchefin Elisabeth Hodler-Rast übergab die Leitung an ihre Tochter Nina Hodler. «Ich habe keine Sekunde gezögert», sagte die Mutter.',
        'Die 34-Jährige will auf technische Textilien setzen. «Mit Modestoffen allein überlebt man nicht.»',
        'Grossvater Ernst Wüthrich, 86, hat den Hof übernommen, sein Sohn Daniel führt ihn heute, und Enkel Noah, 19, macht die Lehre. «Ich will auf Bio umstellen», sagt Noah. «Da werden wir noch diskutieren», brummt sein Vater.',
      ],
      [
        ['Ich habe keine Sekunde gezögert', 'speech', null],
        ['Mit Modestoffen allein überlebt man nicht.', 'speech', null],
        ['Ich will auf Bio umstellen', 'speech', 'Noah'],
        ['Da werden wir noch diskutieren', 'speech', 'Vater'],
      ],
    ],
    [
      'a question "will X wissen"; a nickname inside the name; "war der Mann des Abends" is nobody new',
      [
        'Hans Bigler steht am Herd, seine Enkelin Lina sitzt auf der Bank. «Zuerst die Butter», erklärt er. «Und wann kommt der Käse?», will Lina wissen.',
        'Stürmer Dario «Dädi» Lüthi war der Mann des Abends. «Manchmal geht einfach alles auf», sagte er.',
      ],
      [
        ['Zuerst die Butter', 'speech', 'Hans Bigler'],
        ['Und wann kommt der Käse?', 'speech', 'Lina'],
        ['Dädi', 'name', null],
        ['Manchmal geht einfach alles auf', 'speech', 'Dario Lüthi'],
      ],
    ],
    [
      'an age between commas after a name; a quotation alone in its paragraph named by "Das sagt X" after it',
      [
        'Hans Büeler, 61, trainiert in einer Reha-Gruppe. Geleitet wird sie vom Physiotherapeuten Sandro Keller. «Am Anfang hatte ich Angst», meint der 61-Jährige.',
        '«Ich habe immer gewusst, dass ich zurückkomme.»',
        'Das sagt Regula Tschopp, die vierzig Jahre in Afrika gearbeitet hat.',
      ],
      [
        ['Am Anfang hatte ich Angst', 'speech', 'Hans Büeler'],
        ['Ich habe immer gewusst, dass ich zurückkomme.', 'speech', 'Regula Tschopp'],
      ],
    ],
    [
      'whom reported speech after somebody who spoke is about is not who "sagte er" means; a medium after "im Gespräch mit dem"; a work made',
      [
        'Staatsanwalt Rolf Schnyderli sprach von einer «regelrechten Hinrichtung».',
        'Verteidiger Michael Ammeter widersprach. Schnyderli konstruiere ein Motiv, das es nicht gebe. «Das war eine Tat im Affekt», sagte er.',
        'Torsten Mällmann sprach im Gespräch mit dem «Hanseblick» von einem «Kabinett der Eitelkeiten».',
        'Choreografin Milena Radovan hat ein neues Stück geschaffen: «Die Hände der Grossmütter».',
      ],
      [
        ['regelrechten Hinrichtung', 'partial', 'Rolf Schnyderli'],
        ['Das war eine Tat im Affekt', 'speech', 'Michael Ammeter'],
        ['Hanseblick', 'name', null],
        ['Kabinett der Eitelkeiten', 'partial', 'Torsten Mällmann'],
        ['Die Hände der Grossmütter', 'name', null],
      ],
    ],
    [
      'who won is "die Siegerin"; a relative who nods hands the turn on; an age after a relative and another woman is open',
      [
        'Seraina Caduff hat die Abfahrt gewonnen, vor ihrer Teamkollegin Lea Rüegsegger. «Ich wusste, dass es schnell war», sagte die Siegerin.',
        'Hedwig und Ernst Wyrsch sind seit 65 Jahren verheiratet. «Sie hat immer gelacht», erzählt Ernst Wyrsch, heute 91. Seine Frau nickt. «Um halb elf war ich daheim.»',
        'Beatrice Stettler organisiert den Basar. Ihre Schwiegertochter Tanja Stettler übernimmt.',
        '«Ich kann das mit gutem Gewissen abgeben», sagt die 72-Jährige.',
      ],
      [
        ['Ich wusste, dass es schnell war', 'speech', 'Seraina Caduff'],
        ['Sie hat immer gelacht', 'speech', 'Ernst Wyrsch'],
        ['Um halb elf war ich daheim.', 'speech', null],
        ['Ich kann das mit gutem Gewissen abgeben', 'speech', null],
      ],
    ],
    [
      'a medium after "sagte … zu"; a platform "X." ends its sentence; "führt den Service" says nothing',
      [
        'Sängerin Lara Brändli spricht Klartext. «Ich fühle mich frei», sagte die Tannwilerin zu «Sonntagsecho».',
        'Moderatorin Sandra Kälin stellt sich hinter ihre Kollegin Petra Vogt. «Wer ohne Fehler ist, werfe den ersten Stein», schreibt Kälin auf X. Vogt selbst nimmt es mit Humor: «Immerhin habe ich jetzt ein Meme.»',
        'Sandra Gasser führt den Service im «Hirschen» und ist mit Küchenchef Reto Gasser verheiratet.',
      ],
      [
        ['Ich fühle mich frei', 'speech', 'Lara Brändli'],
        ['Sonntagsecho', 'name', null],
        ['Wer ohne Fehler ist, werfe den ersten Stein', 'speech', 'Kälin'],
        ['Immerhin habe ich jetzt ein Meme.', 'speech', 'Vogt'],
        ['Hirschen', 'name', null],
      ],
    ],
    [
      "an interview's answer paragraph is by whom the question before addresses; with one person interviewed, so is the answer to a plain question after it",
      [
        'Annina Tscharner, 34, ist Bergführerin in Vallsura. Mit ihr sprach Martin Egli.',
        'Frau Tscharner, Ihre Gäste nennen Sie «die Unermüdliche». Stimmt das?',
        '«Nein. Müdigkeit gehört zum Beruf.»',
        'Sehen Sie das auch so?',
        '«Ja und nein.»',
      ],
      [
        ['die Unermüdliche', 'partial', null],
        ['Nein. Müdigkeit gehört zum Beruf.', 'speech', 'Tscharner'],
        ['Ja und nein.', 'speech', 'Tscharner'],
      ],
    ],
    [
      'an adjective before a known family name; a question put as "Sie" or quoted after "Auf die Frage" is not the answerer\'s',
      [
        'Im Halbfinal traf Nina Rüegsegger auf ihre Doppelpartnerin Selina Hofstetter. «Es ist nie einfach», sagte Rüegsegger. «Sie kennt mein Spiel», meinte die unterlegene Hofstetter.',
        'Mirjam Aebersold verpasste das Podest. «Sind Sie enttäuscht?», wollte die SRF-Reporterin wissen.',
        'Selina Hofstetter steht im Viertelfinal. Auf die Frage eines Journalisten, «Glauben Sie an den Titel?», antwortete die 21-Jährige: «Warum nicht?»',
      ],
      [
        ['Es ist nie einfach', 'speech', 'Rüegsegger'],
        ['Sie kennt mein Spiel', 'speech', 'Hofstetter'],
        ['Sind Sie enttäuscht?', 'speech', null],
        ['Glauben Sie an den Titel?', 'speech', null],
        ['Warum nicht?', 'speech', 'Selina Hofstetter'],
      ],
    ],
    [
      'a saying "von ihr" hung up; a council the sentence opens with is whom "schreibt er" means; a theatre\'s name in the genitive',
      [
        'Käthi Berchtold starb 2015. Einen Satz von ihr hat ihr Sohn Daniel über der Werkbank aufgehängt: «Gut Ding will Weile haben.»',
        'Präsident Andreas Kunzli sagte: «Wir rechnen mit einem knappen Resultat.» Der Regierungsrat empfiehlt ein Nein; sie sei «nicht umsetzbar», schreibt er.',
        '«Für uns ist das existenzbedrohend», sagt Marc Egloff, Leiter des Kellertheaters «Rampe».',
      ],
      [
        ['Gut Ding will Weile haben.', 'speech', null],
        ['Wir rechnen mit einem knappen Resultat.', 'speech', 'Andreas Kunzli'],
        ['nicht umsetzbar', 'partial', null],
        ['Für uns ist das existenzbedrohend', 'speech', 'Marc Egloff'],
        ['Rampe', 'name', null],
      ],
    ],
    [
      'a dead father\'s saying passed on past a relative clause; a word "wie ihn die Autoren feiern"; a title after "In"',
      [
        'Ernst Bürgi steht jeden Morgen im Rebberg. Sein Vater Gottfried Bürgi, der 1987 am Steilhang verunfallte, habe immer gesagt: «Der Wein wird draussen gemacht.»',
        'Der 71-Jährige hält sich daran. «Im Keller kann man nur verderben», sagt er.',
        'Der Epidemiologe Thomas Hürlimann kritisiert die Studie. Von einem «Durchbruch», wie ihn die Autoren feiern, könne keine Rede sein.',
        'Die Historikerin Elisabeth Marti hat ein Buch geschrieben. In «Als der Fluss kam» schildert sie die Katastrophe.',
      ],
      [
        ['Der Wein wird draussen gemacht.', 'speech', 'Gottfried Bürgi'],
        ['Im Keller kann man nur verderben', 'speech', null],
        ['Durchbruch', 'partial', null],
        ['Als der Fluss kam', 'name', null],
      ],
    ],
    [
      'a reported question before "fragte X" is answered by whom it asks; a report as source after "laut"',
      [
        'Richterin Marta Zgraggen befragte den Angeklagten Beat Hösli. Ob er Schulden gehabt habe, fragte Zgraggen weiter. «Die hat doch jeder.»',
        'Staatsanwalt Pius Arnold hielt dagegen, die Scheune sei laut dem Einsatzbericht der Feuerwehr «gut gelüftet» gewesen.',
      ],
      [
        ['Die hat doch jeder.', 'speech', null],
        ['gut gelüftet', 'partial', null],
      ],
    ],
    [
      'a pronoun after a colon inside the sentence is not the person of the paragraph before',
      [
        '«Er ist zäh», sagte Tierärztin Sabine Gubler.',
        'Lina Oberholzer hat dem Nachbarn eine Zeichnung gebracht: Ein Hund mit Krone, darunter hat sie mit Filzstift geschrieben: «Danke, du bist ein Held.»',
      ],
      [
        ['Er ist zäh', 'speech', 'Sabine Gubler'],
        ['Danke, du bist ein Held.', 'speech', 'Lina Oberholzer'],
      ],
    ],
    [
      'a leading "Als …," clause before the colon; a genitive role after a statement noun',
      [
        'Kranführerin Eva Kappeler hob das Boot an. Als die Kranführerin fertig war, riefen sie im Chor: «Zugabe!»',
        'Gemeindepräsidentin Ruth Ambühl stellte das Projekt vor. Landwirt Kurt Blaser wollte es genauer wissen: «Was kostet das?» Die Antwort der Gemeindepräsidentin kam ohne Zögern: «Zwölf Millionen.»',
      ],
      [
        ['Zugabe!', 'speech', null],
        ['Was kostet das?', 'speech', 'Kurt Blaser'],
        ['Zwölf Millionen.', 'speech', 'Ruth Ambühl'],
      ],
    ],
    [
      'an age the text gave nobody after an unnamed role; after a question put "von X", not the other woman',
      [
        'Seit 30 Jahren führt Erika Imboden die Schreinerei.',
        'Die Reporterin steht in der Werkstatt. Ihre erste Frage stellt sie im Mantel: «Frau Imboden, hören Sie das Hämmern noch?» Die 58-Jährige lacht. «Jeden Tag.»',
        'Stadträtin Doris Lanz verteidigte den Entscheid.',
        'Ob sie ihn bereue, wollte Moderator Ivo Kern von Sandra Wyler wissen. Die 41-Jährige schüttelt den Kopf. «Nein, keinen Tag.»',
      ],
      [
        ['Frau Imboden, hören Sie das Hämmern noch?', 'speech', 'Reporterin'],
        ['Jeden Tag.', 'speech', null],
        ['Nein, keinen Tag.', 'speech', 'Sandra Wyler'],
      ],
    ],
    [
      'an interview goes on with plain questions; another voice between; a letter signed below',
      [
        'Förster Kurt Blaser empfängt uns im Werkhof.',
        'Herr Blaser, wie geht es dem Wald?',
        '«Schlechter, als es aussieht.»',
        'Ist die Fichte am Ende?',
        '«In tiefen Lagen schon.»',
        '«Wir haben zu lange gewartet», räumt Vereinspräsident Nico Imfeld ein.',
        'Was wünschen Sie sich von den Spaziergängern?',
        '«Dass sie auf den Wegen bleiben.»',
        'Ist das realistisch?',
        '«Wir hoffen es», sagt Gemeinderätin Doris Lanz.',
        '«Seit dreissig Jahren wandere ich dort hinauf.»',
        'Margrit Hostettler, Obertal',
      ],
      [
        ['Schlechter, als es aussieht.', 'speech', 'Kurt Blaser'],
        ['In tiefen Lagen schon.', 'speech', 'Kurt Blaser'],
        ['Wir haben zu lange gewartet', 'speech', 'Nico Imfeld'],
        ['Dass sie auf den Wegen bleiben.', 'speech', 'Kurt Blaser'],
        ['Wir hoffen es', 'speech', 'Doris Lanz'],
        ['Seit dreissig Jahren wandere ich dort hinauf.', 'speech', 'Margrit Hostettler'],
      ],
    ],
    [
      "a question opening with a person's name and a comma addresses them; a word that is nobody's name does not",
      [
        'Die Pflegefachfrau Hanna Iseli hat die Show gewonnen. Wir haben sie getroffen.',
        'Hanna Iseli, wie fühlt sich der Sieg an?',
        '«Noch gar nicht echt.»',
        'Was machen Sie mit dem Geld?',
        '«Ich fahre ans Meer.»',
        'Angenommen, die Show wird abgesetzt. Was dann?',
        '«Dann gehe ich wieder arbeiten.»',
      ],
      [
        ['Noch gar nicht echt.', 'speech', 'Hanna Iseli'],
        ['Ich fahre ans Meer.', 'speech', 'Hanna Iseli'],
        ['Dann gehe ich wieder arbeiten.', 'speech', 'Hanna Iseli'],
      ],
    ],
    [
      'a plain question in a double interview may be put to either',
      [
        'Anna Keller und Urs Moser führen das Hotel seit zwanzig Jahren.',
        'Frau Keller, wie fing es an?',
        '«Mit einem Zufall.»',
        'Herr Moser, und bei Ihnen?',
        '«Mit einer Wette.»',
        'Würden Sie es wieder tun?',
        '«Sofort.»',
      ],
      [
        ['Mit einem Zufall.', 'speech', 'Keller'],
        ['Mit einer Wette.', 'speech', 'Moser'],
        ['Sofort.', 'partial', null],
      ],
    ],
    [
      'an answer to a reported question that speaks of whom it asks is not theirs; a term after "Begriff"; a union\'s name',
      [
        'Lehrerin Doris Amstutz hat ihren letzten Schultag. Ob sie wirklich aufhören kann? «Sie sagt das seit zehn Jahren.» Ihr Mann Kurt lacht.',
        'Zudem kritisiert Psychologe Urs Brunner, dass die Autoren mit dem Begriff der «Handysucht» arbeiten.',
        'Das sagt Marco Bernasconi, Präsident der Gewerkschaft «Werk und Arbeit».',
      ],
      [
        ['Sie sagt das seit zehn Jahren.', 'speech', null],
        ['Handysucht', 'partial', null],
        ['Werk und Arbeit', 'name', null],
      ],
    ],
    [
      'a plural role in the genitive is nobody "er" means; a comma inside the quotation before "sagt X." does not hide the speaker',
      [
        'Captain Dario Beispiel (29) stellt sich den Fragen der Reporter. „Wir Spieler sind schuld“, sagt er leise.',
        'Präsident Hanspeter Muster (66) ruft an. „Ich habe ihm gesagt, dass es nicht geht“, sagt Muster. „Wir spielen gegen den Abstieg.“',
      ],
      [
        ['Wir Spieler sind schuld', 'speech', 'Dario Beispiel'],
        ['Ich habe ihm gesagt, dass es nicht geht', 'speech', 'Muster'],
        ['Wir spielen gegen den Abstieg.', 'speech', 'Muster'],
      ],
    ],
    [
      'a few words in reported speech about somebody else are whose the paragraph let speak last',
      [
        'Staatsanwältin Mira Beispiel fand deutliche Worte. «Er wusste, was er tat», sagte sie. Er habe «mit kaltem Kalkül» gehandelt.',
        'Anklägerin Rita Muster zeichnete ein anderes Bild. Der Beschuldigte habe die Kundinnen «gezielt getäuscht».',
        'Verteidigerin Lisa Gwerder verwies auf die Aussage ihres Mandanten. Er sei «nur ein Bote» gewesen.',
        '«Wir sind bereit», sagte Anja Muster. Beat Gmür sei «enttäuscht».',
      ],
      [
        ['Er wusste, was er tat', 'speech', 'Mira Beispiel'],
        ['mit kaltem Kalkül', 'partial', 'Mira Beispiel'],
        ['gezielt getäuscht', 'partial', 'Rita Muster'],
        ['nur ein Bote', 'partial', null],
        ['Wir sind bereit', 'speech', 'Anja Muster'],
        ['enttäuscht', 'partial', null],
      ],
    ],
    [
      'a colon clause that mentions one person by name, as its subject, introduces that person',
      [
        'Der Technische Leiter des Turnvereins Seewil, Kurt Beispiel, hat trotzdem an sie geglaubt: «Sie hat den Kopf einer Schachspielerin.»',
        'Elf Uhr: In Seewil stimmen nur 19 Prozent für Tempo 30. Gemeindepräsident Ruedi Muster hat dafür eine einfache Erklärung: «Bei uns fährt niemand schnell.»',
        'Die Gäste führten lange. Im Gespräch mit Anna Meier sah man die Freude: «Endlich wieder ein Sieg.»',
      ],
      [
        ['Sie hat den Kopf einer Schachspielerin.', 'speech', 'Kurt Beispiel'],
        ['Bei uns fährt niemand schnell.', 'speech', 'Ruedi Muster'],
        ['Endlich wieder ein Sieg.', 'speech', null],
      ],
    ],
    [
      'somebody unnamed in a relative clause, or unnamed and mentioned long before an age, is not whom a pronoun or the age means',
      [
        'Friedensrichterin Vreni Beispiel hört nach zwanzig Jahren auf. Und was macht sie künftig? Endlich das Buch lesen, das ihr vor Jahren eine Kundin geschenkt hat. «Ich kam nie über Seite 40 hinaus», gesteht sie.',
        'Der dritte Akt wirkt wie ein Fiebertraum, wie eine Zuschauerin in der Pause bemerkte.',
        'Nach der Premiere zeigte sich Zofia Wirbicka, die eigens angereist war, gerührt. Das Publikum applaudierte lange. «Ich habe mein Buch nicht wiedererkannt», sagte die 58-Jährige.',
      ],
      [
        ['Ich kam nie über Seite 40 hinaus', 'speech', 'Vreni Beispiel'],
        // The paragraph names her, whose given name the lists know.
        ['Ich habe mein Buch nicht wiedererkannt', 'speech', 'Zofia Wirbicka'],
      ],
    ],
    [
      'somebody unnamed by a noun for a person; an age and a noun; one person named as the subject before a quotation',
      [
        'Im Gang des Gerichts sagte ein Zuhörer nur: «Das Geld sehen wir nie wieder.»',
        'Auf Instagram schreibt eine Nutzerin: «Unsere Strasse ist ein Fluss.» Der Post erhielt viele Likes.',
        'Laut Psychologin Miriam Beispiel bringe ein Handyverbot wenig, sagt die 44-jährige Forscherin. «Entscheidend ist, was zu Hause passiert.»',
        'Auf der Gegenseite haderte Trainer Stefan Muster mit dem Schiedsrichter. «Der Penalty war nie einer.»',
        'In der Facebook-Gruppe «Du bisch vo Seewil, wenn…» schrieb ein Nutzer: «Heute hat das Dorf verloren.»',
      ],
      [
        ['Das Geld sehen wir nie wieder.', 'speech', 'Zuhörer'],
        ['Unsere Strasse ist ein Fluss.', 'speech', 'Nutzerin'],
        ['Entscheidend ist, was zu Hause passiert.', 'speech', 'Miriam Beispiel'],
        ['Der Penalty war nie einer.', 'speech', 'Stefan Muster'],
        ['Du bisch vo Seewil, wenn…', 'name', null],
        ['Heute hat das Dorf verloren.', 'speech', 'Nutzer'],
      ],
    ],
    [
      'a name with an age and "!", a nationality before a role, a reported clause after a main clause, a relative named later',
      [
        'Tränen bei Lou Beispiel (29)! Die Sängerin verkündet eine Pause. Viele weinen. «Das ist ein Abschied», sagt eine Besucherin. Ihr Freund nickt.',
        'Noch in der Nacht meldete sich Beispiel auf Instagram. Dort schrieb sie: «Ich komme wieder.»',
        'Delegationsleiter Urs Gerber gab sich zuversichtlich. Der saudische Delegationsleiter hatte zuvor erklärt, man werde «keiner Beschränkung» zustimmen.',
        'Goalie Pekka Lindroos hält stark. Die Schiedsrichter schicken Aebersold auf die Strafbank. Lindroos schüttelt den Kopf, der Entscheid sei «ein Witz», schimpft er.',
        'Noch in der Nacht fuhren Sandra Muster (39) und ihr Mann Res Muster (42) hoch. «Luna hat uns gesehen», erzählt Res Muster. Sein Sohn grinst: «Sie hat mich abgeschleckt.»',
        'Grossvater Fritz Muster (79) hat Luna eine Wurst spendiert.',
      ],
      [
        ['Das ist ein Abschied', 'speech', 'Besucherin'],
        ['Ich komme wieder.', 'speech', 'Lou Beispiel'],
        ['keiner Beschränkung', 'partial', 'Delegationsleiter'],
        ['ein Witz', 'partial', 'Pekka Lindroos'],
        ['Luna hat uns gesehen', 'speech', 'Res Muster'],
        ['Sie hat mich abgeschleckt.', 'speech', 'Sohn'],
      ],
    ],
    [
      'an age opening a paragraph after a pronoun; "Gemeinsam mit" opens no name; a family is no person',
      [
        'Selina Beispiel zieht die Stutzen hoch. Dann sagt sie: «Heute machen wir keine Fehler.»',
        'Die 34-Jährige unterrichtet an der Primarschule. «Ich bin nicht Schiedsrichterin geworden», sagt sie.',
        'Bäuerin Ruth Muster (47) erinnert sich: «Er hat gehämmert.» Gemeinsam mit ihrem Mann öffnete sie die Stalltüren. «Die Tiere wollten nicht raus», sagt sie.',
        'Hans Muster (50) ist müde. Um zwei Uhr erwachte Thomas Beispiel. Der 52-Jährige wohnt gegenüber dem Hof der Familie Muster. «Zuerst dachte ich, es sei ein Gewitter», erzählt er.',
      ],
      [
        ['Heute machen wir keine Fehler.', 'speech', 'Selina Beispiel'],
        ['Ich bin nicht Schiedsrichterin geworden', 'speech', 'Selina Beispiel'],
        ['Er hat gehämmert.', 'speech', 'Ruth Muster'],
        ['Die Tiere wollten nicht raus', 'speech', 'Ruth Muster'],
        ['Zuerst dachte ich, es sei ein Gewitter', 'speech', 'Thomas Beispiel'],
      ],
    ],
    [
      'a nationality noun in -e or -in means the person the paragraph just named, as one in -er does',
      [
        'Gurnigelried-Trainer Pekka Lindroos kämpft mit den Tränen. «Diese Fans haben gewartet», sagt der Finne.',
      ],
      [['Diese Fans haben gewartet', 'speech', 'Pekka Lindroos']],
    ],
    [
      'an initial for a withheld family name is the person the text introduced with it',
      [
        'Ihr Nachbar Kurt B. (71) stand mit der Motorsäge im Garten. «Bereuen», sagte B., «tue ich nichts.»',
      ],
      [
        ['Bereuen', 'speech', 'Kurt B.'],
        ['tue ich nichts.', 'speech', 'Kurt B.'],
      ],
    ],
    [
      "an initial alone is a mention of the person introduced with it; words somebody else reportedly said are not the teller's",
      [
        'Der Angeklagte Simon K. wird hereingeführt. Gerichtspräsident Thomas Muster will wissen, ob er an die Tiere gedacht habe. K. schweigt lange. «Nein», sagt er dann.',
        'Physikerin Mai Beispiel schreibt Kinderbücher. Ein älterer Kollege habe ihr einmal gesagt, Kinderbücher seien «nichts für eine Wissenschaftlerin», erzählt Beispiel.',
      ],
      [
        ['Nein', 'speech', 'Simon K.'],
        ['nichts für eine Wissenschaftlerin', 'partial', null],
      ],
    ],
    [
      "a science's people in -iker are a title before a name; her mother, named later with the family name, is not who the bare name means",
      [
        'Ein Besuch bei der Quantenphysikerin Mai-Linh Beispiel.',
        '«Das sieht chaotisch aus», sagt Beispiel und lacht.',
        'Die ersten Monate seien hart gewesen, erinnert sich ihre Mutter Hoa Beispiel. «Sie hat kein Wort Deutsch gesprochen.»',
        'Beispiel studierte Physik in Zürich. Zurück in der Schweiz begann sie zu schreiben. In ihrem Blog schrieb sie damals: «Wenn ein Kind versteht, ist es Physik.»',
      ],
      [
        ['Das sieht chaotisch aus', 'speech', 'Mai-Linh Beispiel'],
        ['Sie hat kein Wort Deutsch gesprochen.', 'speech', 'Hoa Beispiel'],
        ['Wenn ein Kind versteht, ist es Physik.', 'speech', 'Mai-Linh Beispiel'],
      ],
    ],
    [
      'after a question put to "ihn", "sagt er" may be either man; what "es habe geheissen" reports is nobody\'s',
      [
        'Der 24-jährige Lehrling Dario Beispiel wirkt nervös, als Gerichtspräsident Felix Muster ihn fragt, was geschehen sei. «Ich wollte nur schnell fahren», sagt er leise.',
        'Betriebsratschef Urs Beispiel warf der Leitung vor, die Belegschaft hingehalten zu haben. Noch im Herbst habe es geheißen, das Werk sei «zukunftsfest aufgestellt».',
      ],
      [
        ['Ich wollte nur schnell fahren', 'speech', null],
        ['zukunftsfest aufgestellt', 'partial', null],
      ],
    ],
    [
      'in an interview with one person, "ich" in an answer and "Sie" in a question are the interviewee',
      [
        'Hebamme Vreni Beispiel-Muster geht nach vierzig Jahren in Pension.',
        'Frau Beispiel, hatten Sie nie Angst?',
        'Doch. Vor jeder schwierigen Geburt habe ich mir gesagt: «Du kannst das.» Meine Lehrmeisterin Anna Muster sagte: «Angst macht wach.»',
        'In einer Sitzung 2011 riefen Sie dem Gemeinderat zu: «Seewil ist keine Insel!» Bereuen Sie das?',
        'Nein.',
      ],
      [
        // The family name as the questions address her.
        ['Du kannst das.', 'speech', 'Beispiel'],
        ['Angst macht wach.', 'speech', 'Anna Muster'],
        ['Seewil ist keine Insel!', 'speech', 'Beispiel'],
      ],
    ],
    [
      'a relative the text names only at its end is not whom "ihr Mann" means; a witness with an age is somebody',
      [
        'Die Frau lag in den Wehen, und ihr Mann stand bleich in der Küche. Er fragte mich nur: «Sind Sie nicht zu jung?»',
        'Im Sommer fahre ich mit meinem Mann Fritz nach Norwegen.',
        'Gerichtspräsidentin Karin Beispiel eröffnete die Verhandlung.',
        'Als Zeugin sagte eine 81-jährige Witwe aus. Ihr fehlen 180 000 Franken. «Ich habe ihm vertraut», sagte sie.',
      ],
      [
        ['Sind Sie nicht zu jung?', 'speech', null],
        ['Ich habe ihm vertraut', 'speech', 'Witwe'],
      ],
    ],
    [
      'somebody unnamed with an adjective of age is whom a pronoun after it means',
      [
        'Joost van Dam lacht: «Auf der Karte ist alles flach.»',
        'Am Ofen trocknet ein junger Zimmermann seine Jacke. Er sei allein unterwegs, sagt er, und die Hütte sei «der einzige Ort ohne Netz».',
        'Daneben sitzt ein älterer Schreiner. «Ich komme seit vierzig Jahren», sagt er.',
      ],
      [
        ['Auf der Karte ist alles flach.', 'speech', 'Joost van Dam'],
        ['der einzige Ort ohne Netz', 'partial', 'Zimmermann'],
        ['Ich komme seit vierzig Jahren', 'speech', 'Schreiner'],
      ],
    ],
    [
      '"Nur so viel:" gives the words of whom the sentence before is about',
      [
        'Bäcker Friedrich Wallmeier hört auf. Das Rezept will Wallmeier nicht verraten. Nur so viel: «Der Sauerteig ist älter als ich.»',
        'Die Sprecherin Eva Roth bestätigte den Vorfall. Zu den Vorwürfen wollte sie sich nicht äussern. Nur so viel: «Wir prüfen alles.»',
      ],
      [
        ['Der Sauerteig ist älter als ich.', 'speech', 'Friedrich Wallmeier'],
        ['Wir prüfen alles.', 'speech', 'Eva Roth'],
      ],
    ],
    [
      'a few words somebody describes or honours something with are theirs; a "wie" clause is no verb',
      [
        'Gründer Luca Ferretti beschreibt die App als «eine Art Bibliothek für alles».',
        'Gemeindepräsident Hanspeter Gisler würdigte den Verstorbenen als «einen der ganz Grossen».',
        'Der Käfer kann tauchen und fliegen. Ein echter Alleskönner, wie ihn die Kuratorin Simone Egli nennt: «Der Zehnkämpfer unter den Käfern.»',
      ],
      [
        ['eine Art Bibliothek für alles', 'partial', 'Luca Ferretti'],
        ['einen der ganz Grossen', 'partial', 'Hanspeter Gisler'],
        ['Der Zehnkämpfer unter den Käfern.', 'speech', 'Simone Egli'],
      ],
    ],
    [
      'reported speech after a bare quotation goes on with its speaker; a number is no name; who names themselves',
      [
        'Rüdiger K. bestritt die Tat nicht. „Ich habe zehn Jahre lang gebeten“, sagte er. „Zehn Jahre!“ Seine Tomaten seien „nicht mehr rot geworden“.',
        'Es regnet, als Lara Nydegger ihre Hürden aufstellt. Zehn Stück, sie misst nicht nach. «Das hab ich im Gefühl», sagt sie.',
        'Heidi Aebersold löffelt ihre Suppe. «Hier oben bin ich nicht die Frau von früher», sagt sie. «Hier bin ich einfach die Heidi mit den roten Gamaschen.»',
      ],
      [
        ['Ich habe zehn Jahre lang gebeten', 'speech', 'Rüdiger K.'],
        ['Zehn Jahre!', 'speech', 'Rüdiger K.'],
        ['nicht mehr rot geworden', 'partial', 'Rüdiger K.'],
        ['Das hab ich im Gefühl', 'speech', 'Lara Nydegger'],
        ['Hier oben bin ich nicht die Frau von früher', 'speech', 'Heidi Aebersold'],
        ['Hier bin ich einfach die Heidi mit den roten Gamaschen.', 'speech', 'Heidi Aebersold'],
      ],
    ],
    [
      'a pronoun in a leading clause is not the main clause subject; a pronoun in the last clause means whom the sentence names',
      [
        'Finanzvorsteherin Gabriela Imfeld verteidigte die Abgabe. Als Bernasconi der Finanzvorsteherin vorwarf, sie habe «nie selber bezahlt», griff Ratspräsidentin Miriam Hess ein. «Ich bitte um Mässigung», mahnte sie.',
        'Ein Angestellter des Gestüts sagt: «Die Pferde sind sein Leben.» Auf Instagram postete Rodrigo Almendares ein Foto, darunter schrieb er: «Nichts trennt mich von euch.»',
        'Der Beschuldigte, Ruedi Brändli, schwieg. Auf die Frage des Richters, warum er es getan habe, antwortete er leise: «Ich sah keinen Ausweg.»',
      ],
      [
        ['nie selber bezahlt', 'partial', null],
        ['Ich bitte um Mässigung', 'speech', null],
        ['Die Pferde sind sein Leben.', 'speech', 'Angestellter des Gestüts'],
        ['Nichts trennt mich von euch.', 'speech', 'Rodrigo Almendares'],
        ['Ich sah keinen Ausweg.', 'speech', 'Ruedi Brändli'],
      ],
    ],
    [
      "a few words in what somebody else reportedly said or reproached are not the teller's",
      [
        'Trainer Dario Franchetti lacht. Ein Vater habe ihm einmal vorgeworfen, er sei «zu weich für den Leistungssport», erzählt Franchetti.',
        'Benedikt Kranz ist Entwickler. Noch im Februar habe Tessendorf von «einem guten Jahr» gesprochen, erzählt Kranz.',
        'Anna Meier ist stolz. Sie habe von einem «Erfolg» gesprochen, sagt sie.',
      ],
      [
        ['zu weich für den Leistungssport', 'partial', null],
        ['einem guten Jahr', 'partial', null],
        ['Erfolg', 'partial', 'Anna Meier'],
      ],
    ],
    [
      'somebody with a name no list knows, after a year or named again alone, is whom a pronoun may mean',
      [
        'Wirtin Eleni Kourti lacht. «Kommt alle!», ruft sie.',
        'Im Dorf lebt seit 2009 Morwenna Holloway. «Wir kamen für zwei Wochen», sagt sie.',
        'Der Pick-up gehört Kosmas Pappadakis. Pappadakis, 63, führt die Taverne. «Wenn das kommt, ist es vorbei», sagt ein Wirt im Dorf.',
        'Am Abend sitzt Pappadakis vor seiner Tür. Er zuckt mit den Schultern. «Die Fähre kommt zu spät.»',
      ],
      [
        ['Kommt alle!', 'speech', 'Eleni Kourti'],
        ['Wir kamen für zwei Wochen', 'speech', null],
        ['Wenn das kommt, ist es vorbei', 'speech', 'Wirt'],
        ['Die Fähre kommt zu spät.', 'speech', null],
      ],
    ],
    [
      'whose relation a sentence names is whom the pronoun means; an attribution set off by commas before a few words',
      [
        'Gerhard Heydecker hat das Gut von seinem Vater übernommen. Nun soll es an seine Kinder gehen. «Ich habe lange gezögert», sagt er.',
        'Der Bäckermeister heizt den Ofen ein.',
        'Reto Aebischer ist 52 und hat, wie er sagt, «seit dreissig Jahren keinen Sonnenaufgang verpasst».',
        'Ardit Krasniqi wohnt drei Kilometer entfernt. «Ich dachte zuerst, das ist ein Marder», sagt der 38-Jährige.',
      ],
      [
        ['Ich habe lange gezögert', 'speech', 'Gerhard Heydecker'],
        ['seit dreissig Jahren keinen Sonnenaufgang verpasst', 'partial', 'Reto Aebischer'],
        ['Ich dachte zuerst, das ist ein Marder', 'speech', 'Ardit Krasniqi'],
      ],
    ],
    [
      'a role in -e takes the gender of its article; a word after "sogenannt" is nobody\'s',
      [
        'Als Erste sprach Professorin Ingrid Tamm-Oswald. „Der Entwurf geht in die richtige Richtung“, sagte sie.',
        'In der Fragerunde wollte die Abgeordnete Sevim Aktaş wissen, ob das auch für Strassen gelte. „Ist das nicht ein trojanisches Pferd?“, fragte sie.',
        'Ein Herr gratulierte Erika S. zu einem Gewinn. Um das Geld zu erhalten, müsse sie eine sogenannte «Bearbeitungsgebühr» begleichen.',
      ],
      [
        ['Der Entwurf geht in die richtige Richtung', 'speech', 'Ingrid Tamm-Oswald'],
        ['Ist das nicht ein trojanisches Pferd?', 'speech', 'Sevim Aktaş'],
        ['Bearbeitungsgebühr', 'partial', null],
      ],
    ],
    [
      'a nationality noun, a role after "Nur so viel:" and somebody of a named person open sentences of their own',
      [
        'Tim Lessenich gewinnt. Der Brite Oliver Pembury legt Protest ein.',
        'Weniger Grund zur Freude hatte Pembury. Der Brite warf Lessenich vor, ihn abgedrängt zu haben. «He pushed me into the wall», schimpfte er.',
        'Der Zimmermann, Ruedi Gasser, hat geweint. Er sagte zu mir: «Dreissig Jahre habe ich Dachstühle gemacht.»',
        'Mehr darf ich nicht verraten. Nur so viel: Der Bauherr wollte die Käserei abreissen. Inzwischen sagt er: «Wir bauen um.»',
        'Carlo Bernasconi heiratet. Die Mutter der Braut, Vreni Sturzenegger, weinte. «Jetzt hat sie ihn gefunden», sagte sie. Auch Bernasconis Nonna, die eigens angereist war, strahlte. Ihr Enkel habe «una brava ragazza» gefunden, liess sie übersetzen.',
      ],
      [
        ['He pushed me into the wall', 'speech', null],
        ['Dreissig Jahre habe ich Dachstühle gemacht.', 'speech', 'Ruedi Gasser'],
        ['Wir bauen um.', 'speech', 'Bauherr'],
        ['Jetzt hat sie ihn gefunden', 'speech', 'Vreni Sturzenegger'],
        ['una brava ragazza', 'partial', null],
      ],
    ],
    [
      'somebody unnamed of the other gender is not whom a nationality noun means',
      [
        'Teamchefin Giulia Ferrante fiel ihrem Fahrer in der Boxengasse um den Hals. «Das ist ein Meilenstein», erklärte die Italienerin.',
      ],
      [['Das ist ein Meilenstein', 'speech', 'Giulia Ferrante']],
    ],
    [
      'a describing verb after a medium and its relative clause: the pronoun is its object',
      [
        'Analystin Mara Lindholm lobt den Preis. «Das ist eine Kampfansage», sagt Lindholm.',
        'Das Portal «Drahtwerk», das die Uhr testen konnte, beschreibt sie als «solide, aber langweilig».',
      ],
      [
        ['Das ist eine Kampfansage', 'speech', 'Lindholm'],
        ['Drahtwerk', 'name', null],
        ['solide, aber langweilig', 'partial', null],
      ],
    ],
    [
      'an age noun never means a person of the other gender given that age',
      [
        'Ihre Nachfolgerin ist Derya Aksoy, 34, die bei ihr gelernt hat. «Sie hat mir alles beigebracht», sagt Aksoy.',
        'Der Vater, ein Landwirt aus Nordhusen, stand die ganze Nacht neben seiner Frau. «Sie hat uns getragen», sagte der 34-Jährige später.',
      ],
      [
        ['Sie hat mir alles beigebracht', 'speech', 'Aksoy'],
        ['Sie hat uns getragen', 'speech', null],
      ],
    ],
    [
      "a forum's name is a name, and whoever writes in it speaks",
      ['Im Fanforum «Blau-Weiss-Treff» schrieb ein Anhänger: «Der Vorstand muss gehen!»'],
      [
        ['Blau-Weiss-Treff', 'name', null],
        ['Der Vorstand muss gehen!', 'speech', 'Anhänger'],
      ],
    ],
    [
      'a couple named with one family name: her husband is the other one',
      [
        'Im Quartier wohnen Nico und Sara Beffa mit zwei Kindern. «Wir wollen schlafen», sagt Sara Beffa. Ihr Mann ergänzt: «Um drei Uhr braucht niemand die Glocke.»',
      ],
      [
        ['Wir wollen schlafen', 'speech', 'Sara Beffa'],
        ['Um drei Uhr braucht niemand die Glocke.', 'speech', 'Nico Beffa'],
      ],
    ],
    [
      'two titles before a name, a compound completed after "und", a place\'s adjective in an apposition',
      [
        '«Das Vertrauen wurde ausgenutzt», sagte die Vorsitzende Richterin Helga Brandstett.',
        'Ein Sprecher des Bau- und Verkehrsdepartements verwies auf die Untersuchung: «Wir prüfen das.»',
        'Die zweite Co-Präsidentin, die Urner Landrätin Nora Gisler, sprach von einem «Graben zwischen Tal und Stadt».',
      ],
      [
        ['Das Vertrauen wurde ausgenutzt', 'speech', 'Helga Brandstett'],
        ['Wir prüfen das.', 'speech', 'Sprecher des Bau- und Verkehrsdepartements'],
        ['Graben zwischen Tal und Stadt', 'partial', 'Nora Gisler'],
      ],
    ],
    [
      'an age before a family name the text knows; nobody for one it does not',
      [
        'Kerim Yalçın traf in der Verlängerung.',
        '«Ich habe nur abgezogen», sagte der 23-jährige Yalçın am Mikrofon.',
        '«Ich auch», sagte der 25-jährige Brunner.',
      ],
      [
        ['Ich habe nur abgezogen', 'speech', 'Yalçın'],
        ['Ich auch', 'speech', null],
      ],
    ],
    [
      'a role in the apposition after a name: the role later means that person',
      [
        '«Viele halten es für Schnupfen», sagt Ilka Sommerfeld, Oberärztin an der Klinik Lindenau.',
        'Honig helfe nicht. «Dafür gibt es keinen Beleg», sagt die Oberärztin.',
      ],
      [
        ['Viele halten es für Schnupfen', 'speech', 'Ilka Sommerfeld'],
        ['Dafür gibt es keinen Beleg', 'speech', 'Ilka Sommerfeld'],
      ],
    ],
    [
      'a relative the text names with a role is a person of their own, whatever the given name',
      [
        'Geschäftsführer Corsin Tuor spricht über den Winter.',
        'Mein Vater, Gieri Tuor, hat die Bahn gebaut. Er sagt heute noch: «Das war meine Bahn.»',
      ],
      [['Das war meine Bahn.', 'speech', 'Gieri Tuor']],
    ],
    [
      "reported speech after a colon is the colon clause's subject's, not the speaker before",
      [
        '«Er hat die Schule geweckt», sagt ein Vater. Auch ein ehemaliger Lehrer, der lange unter ihm unterrichtet hat, nimmt ihn in Schutz: Der Rektor sei «streng, aber fair» gewesen.',
      ],
      [
        ['Er hat die Schule geweckt', 'speech', 'Vater'],
        ['streng, aber fair', 'partial', 'Lehrer'],
      ],
    ],
    [
      'separable "wirft … ein" says something only with its particle',
      [
        'Sandra Pereira lacht. «Und die Nachtschicht», wirft Pereira ein.',
        'Er wirft den Ball ins «Tor».',
      ],
      [
        ['Und die Nachtschicht', 'speech', 'Pereira'],
        ['Tor', 'partial', null],
      ],
    ],
    [
      '"spekuliert" is a verb of saying',
      ['«Vielleicht er?», spekuliert Selin Aydın (41), die Frau des Wirts.'],
      [['Vielleicht er?', 'speech', 'Selin Aydın']],
    ],
    [
      'a phrase and its participle between the article and the noun: "die in Genf lebende Portugiesin"',
      [
        'Zu ihren Weggefährten gehörte die Sängerin Maria Costa. «Er hat mir alles beigebracht», sagte die in Genf lebende Portugiesin am Montag.',
      ],
      [['Er hat mir alles beigebracht', 'speech', 'Maria Costa']],
    ],
    [
      '"hat mir ein älterer Herr gesagt": whom it was said to comes first, then the speaker',
      ['Im Stüberl hat mir ein älterer Herr gesagt: «Alkoholfrei? Dann trink ich Wasser.»'],
      [['Alkoholfrei? Dann trink ich Wasser.', 'speech', 'älterer Herr']],
    ],
    [
      '"Unser dienstältester Mitarbeiter, der Chauffeur X,": an adjective after "unser", then the apposition',
      [
        'Unser dienstältester Mitarbeiter, der Chauffeur Kurt Pfister, hat an meinem ersten Tag gesagt: «Hauptsache, die Fässer gehen raus.»',
      ],
      [['Hauptsache, die Fässer gehen raus.', 'speech', 'Kurt Pfister']],
    ],
    [
      'a role\'s complement "im Landrat" before the apposition, and reported speech opened by "der Bericht komme"',
      [
        'Die Sprecherin der Grünen im Landrat, Petra Imhof, kritisierte, der Bericht komme «zwei Jahre zu spät».',
      ],
      [['zwei Jahre zu spät', 'partial', 'Petra Imhof']],
    ],
    [
      '"nach eigenen Worten" and "sieht … «…»" give the subject\'s words; not "sah sich mit" nor a bare noun after "sieht"',
      [
        'Lea Brunner will nach eigenen Worten «einfach so weiterfahren».',
        'Finanzchef Marc Perret sieht die Margen «auf gutem Weg».',
        'Kurt Meier sah sich mit «massiven Vorwürfen» konfrontiert.',
        'Der Verband sieht Handlungsbedarf bei den «Altlasten».',
      ],
      [
        ['einfach so weiterfahren', 'partial', 'Lea Brunner'],
        ['auf gutem Weg', 'partial', 'Marc Perret'],
        ['massiven Vorwürfen', 'partial', null],
        ['Altlasten', 'partial', null],
      ],
    ],
    [
      'a role the lists know by its stem (Lastwagenchauffeur) is no part of the name',
      [
        'Auf dem Rastplatz macht Lastwagenchauffeur Goran Petrović Pause. «Für uns ist Ostern schlimm», sagt der 52-Jährige.',
      ],
      [['Für uns ist Ostern schlimm', 'speech', 'Goran Petrović']],
    ],
    [
      'one word put first before the verb that is an adverb or a thing ("Einmal sagt er", "Entwarnung gibt X") is no subject',
      [
        'Entwarnung gibt Meteorologe Lukas Haldimann aber noch nicht: «Die Böen bleiben gefährlich.»',
        'Der Vater, Kemal Aydın, will kämpfen. Einmal sagt er zu seiner Tochter: «Wer schweigt, hat verloren.»',
      ],
      [
        ['Die Böen bleiben gefährlich.', 'speech', 'Lukas Haldimann'],
        ['Wer schweigt, hat verloren.', 'speech', 'Kemal Aydın'],
      ],
    ],
    [
      '"mit einem Satz, der gut gemeint war:": an adjectival participle is no verb of saying and opens no clause of its own',
      [
        'Die Gemeinderätin von Wildbach, Nora Imhasly, eröffnete den Abend mit einem Satz, der gut gemeint war: «Wir geben den Platz den Menschen zurück.»',
      ],
      [['Wir geben den Platz den Menschen zurück.', 'speech', 'Nora Imhasly']],
    ],
    [
      '"Der dänische Torhüter" after the paragraph named somebody else: not the holder of that role named in another paragraph',
      [
        'Gäste-Torhüter Reto Gisler sah die Scheibe nicht.',
        'Dass es so weit kam, verdankten die Falken vor allem Michael Lund. Der dänische Torhüter parierte 41 Schüsse. Nach seinem Geheimnis gefragt, blieb er einsilbig: «Ich halte den Puck.»',
      ],
      [['Ich halte den Puck.', 'speech', 'Michael Lund']],
    ],
    [
      'a role with an adjective, its holder named only in another paragraph, a name no list knows in this one: nobody',
      [
        'Gäste-Torhüter Reto Gisler sah die Scheibe nicht.',
        'Dass es so weit kam, hatten die Falken vor allem Olvar Strand zu verdanken. Der schwedische Torhüter parierte 41 Schüsse. Nach seinem Geheimnis gefragt, blieb er einsilbig: «Ich halte den Puck.»',
      ],
      [['Ich halte den Puck.', 'speech', null]],
    ],
    [
      '"Die bisherige Chefin der X, Name," is mentioned by the name; "wird seine Stellvertreterin" is no one new',
      [
        'Zollinger wird Chef der neuen Bank. Die bisherige Chefin der Regionalbank Thurwald, Sandrine Oberli, übernimmt die Leitung und wird seine Stellvertreterin. Sie sprach von einem «logischen Schritt».',
      ],
      [['logischen Schritt', 'partial', 'Sandrine Oberli']],
    ],
    [
      '"Für ihn ist …" gives his view',
      [
        '«Sie schützt uns», sagt Paulo Matos. Für ihn ist die Hecke «unser grüner Vorhang».',
        'Für den Verband ist das «ein Skandal».',
      ],
      [
        ['Sie schützt uns', 'speech', 'Paulo Matos'],
        ['unser grüner Vorhang', 'partial', 'Paulo Matos'],
        ['ein Skandal', 'partial', null],
      ],
    ],
    [
      'a complement "für Schule und Bildung", and reported speech after "bestätigte, dass"',
      [
        'Ein Sprecher des Landesamts für Schule und Bildung bestätigte, dass zwei Stellen unbesetzt seien. Für Gemeinschaftsschulen gebe es «keine zusätzlichen Stellen», sondern Geld.',
      ],
      [['keine zusätzlichen Stellen', 'partial', 'Sprecher des Landesamts für Schule und Bildung']],
    ],
    [
      'a compound in -kraft is a noun for a person',
      [
        'Eine Pflegekraft auf dem Weg ins Spital zeigte Verständnis: «Ich finde es richtig, dass die streiken.»',
      ],
      [['Ich finde es richtig, dass die streiken.', 'speech', 'Pflegekraft']],
    ],
    [
      '"hatte er geschrieben:" is no plural verb; "Und sie hat noch einen Plan:"',
      [
        'Metzgermeister Emre Kaya unterstützte den Protest. Auf ein Schild in seinem Schaufenster hatte er geschrieben: «Heute solidarisch!»',
        'Erste Aufgabe sei die Sanierung, kündigte Selma Hadžić an. Und sie hat noch einen Plan: «Ich lade Franz Huber zum Kaffee ein.»',
      ],
      [
        ['Heute solidarisch!', 'speech', 'Emre Kaya'],
        ['Ich lade Franz Huber zum Kaffee ein.', 'speech', 'Selma Hadžić'],
      ],
    ],
    [
      'a phrase put first, then the verb and a given name alone, for the one person of that name',
      [
        'Gianni und Nadine Castelli waren das Vorzeigepaar. In einem Interview nannte Gianni seine Frau noch 2019 seinen «Fels in der Brandung».',
      ],
      [['Fels in der Brandung', 'partial', 'Gianni Castelli']],
    ],
    [
      'two titles joined by "und"; an apposition with where the person is from',
      [
        '«Wir holen Lithium zurück», sagt Mitgründerin und Vorstandschefin Jana Petersen.',
        'Ihr Sprecher, Kantonsrat Hansjörg Näf aus Tobelried, kritisierte, die Regierung habe «viel zu lange zugeschaut». Er sagte: «Das ist Schönwetterpolitik.»',
      ],
      [
        ['Wir holen Lithium zurück', 'speech', 'Jana Petersen'],
        ['viel zu lange zugeschaut', 'partial', 'Hansjörg Näf'],
        ['Das ist Schönwetterpolitik.', 'speech', 'Hansjörg Näf'],
      ],
    ],
    [
      'an age before a colon means the person; an apposition between dashes is nobody new',
      [
        'Katrin Vollmer hat ihre Rede beendet. Die 51-Jährige setzte vor allem auf Erfahrung: «Ich habe dieses Land vertreten.»',
        'Captain Marko Ilić – der Mann mit dem letzten Wurf – ist den Tränen nahe. «Ich hatte ihn», sagt er leise.',
      ],
      [
        ['Ich habe dieses Land vertreten.', 'speech', 'Katrin Vollmer'],
        ['Ich hatte ihn', 'speech', 'Marko Ilić'],
      ],
    ],
    [
      'an apposition with a role after a name and a comma is nobody new, its genitive neither',
      [
        'Luca Ferrandi gewann die Etappe.',
        'Im Zielraum wartete Marco Ferrandi, der Vater des Siegers, der selbst Rennen gefahren war. «Ich habe geweint wie ein Kind», sagte er.',
      ],
      [['Ich habe geweint wie ein Kind', 'speech', 'Marco Ferrandi']],
    ],
    [
      '"rief jemand aus der letzten Reihe:": somebody the text does not name, not the subject of the clause before',
      [
        'Als Jonas Pichler im März mit 58 Prozent der Stimmen zum Bürgermeister von Oberau gewählt wurde, rief bei der Angelobung jemand aus der letzten Reihe: «Bub, pass auf dich auf!» Pichler erzählt die Geschichte gern.',
      ],
      [['Bub, pass auf dich auf!', 'speech', null]],
    ],
    [
      'a dative put first is whom it was said to: "Unserem Reporter sagt er nur:"',
      [
        '18.03 Uhr: Das Penaltyschiessen läuft. Auf der Tribüne sitzt Seewalds Ehrenpräsident Hansruedi Kälin, der 1994 als Spieler den letzten Cupsieg feierte. Unserem Reporter sagt er nur: «Ich kann nicht hinschauen.»',
      ],
      [['Ich kann nicht hinschauen.', 'speech', 'Hansruedi Kälin']],
    ],
    [
      'reported speech after a quotation that speaks of the person its attribution names goes on with nobody',
      [
        'Nico Ammann gewinnt gegen Tomé Figueira.',
        'An der Medienkonferenz wollte Figueira keine Ausrede gelten lassen. «Nico hat heute einfach besser gespielt», sagte der 27-Jährige aus Porto. Der Oberschenkel sei «kein Thema» gewesen.',
      ],
      [
        ['Nico hat heute einfach besser gespielt', 'speech', null],
        ['kein Thema', 'partial', null],
      ],
    ],
    [
      'a name right after the noun phrase a sentence opens with; a term glossed in brackets',
      [
        'Die neue Liftsteuerung «Vertex» sei «sehr gut angelaufen», so die Konzernchefin Sandrine Favre.',
        'Lawinenwartin Seraina Valär warnt. Sie rechnet damit, dass die Stufe auf 3 («erheblich») sinkt.',
      ],
      [
        ['Vertex', 'name', null],
        ['sehr gut angelaufen', 'partial', 'Sandrine Favre'],
        ['erheblich', 'partial', null],
      ],
    ],
    [
      '"antwortete dieser": a demonstrative means somebody the text does not make sure, and a pronoun after it nobody',
      [
        'Staatsanwalt Adrian Kälin forderte 30 Monate.',
        '«Warum haben Sie geschwiegen?», wollte Gerichtspräsidentin Monika Zurbriggen vom Beschuldigten wissen. «Ich habe mich geschämt», antwortete dieser. Danach sagte er: «Ich zahle jeden Monat ab.»',
      ],
      [
        ['Warum haben Sie geschwiegen?', 'speech', 'Monika Zurbriggen'],
        ['Ich habe mich geschämt', 'speech', null],
        ['Ich zahle jeden Monat ab.', 'speech', null],
      ],
    ],
    [
      '"spricht von einem «…»" is the speaker\'s phrase however it is capitalised; "von der «…»" after a verb names a medium',
      [
        'Der Glaziologe Federico Brambilla, der an der Studie mitgearbeitet hat, spricht von einem «Gletscher im Endstadium».',
        'Er sprach von der «Neuen Zürcher Zeitung».',
      ],
      [
        ['Gletscher im Endstadium', 'partial', 'Federico Brambilla'],
        ['Neuen Zürcher Zeitung', 'name', null],
      ],
    ],
    [
      'a subject with a relative clause before a describing verb: a role gives its view',
      [
        'Ein Rekrut der gleichen Kompanie, der anonym bleiben wollte, beschrieb die Stimmung als «gedrückt und still».',
        'Eine Frau aus Utrecht, die mit ihrem Mann in der Hütte übernachtet hatte, beschreibt die Nacht als «die längste meines Lebens».',
      ],
      [
        ['gedrückt und still', 'partial', 'Rekrut der gleichen Kompanie'],
        ['die längste meines Lebens', 'partial', 'Frau aus Utrecht'],
      ],
    ],
    [
      '"Ihr Rat an alle Katzenhalter:"; "die junge Frau" after the one woman the paragraph named',
      [
        '«Katzen verstecken sich», sagt Tierheimleiterin Carola Benz. Ihr Rat an alle Katzenhalter: «Bei den Nachbarn klingeln.»',
        'Aufgeflogen ist der Schwindel spät. Schalterangestellte Ivana Kovač (34) wurde hellhörig. «Sie war so aufgeregt», erinnert sich die junge Frau.',
      ],
      [
        ['Katzen verstecken sich', 'speech', 'Carola Benz'],
        ['Bei den Nachbarn klingeln.', 'speech', 'Carola Benz'],
        ['Sie war so aufgeregt', 'speech', 'Ivana Kovač'],
      ],
    ],
    [
      'the perfect with the subject after the auxiliary; a phrase after "vor einem" is no name',
      [
        'Der Präsident des Gewerbevereins, Beat Zimmermann, hatte im Abstimmungskampf noch vor einem «Milliardengrab im Kleinformat» gewarnt.',
        'Trainer Gunnar Lindholm gibt sich selbstbewusst. Unter der Woche hatte Lindholm den Gegner als «gefährlichsten Underdog der Saison» bezeichnet.',
      ],
      [
        ['Milliardengrab im Kleinformat', 'partial', 'Beat Zimmermann'],
        ['gefährlichsten Underdog der Saison', 'partial', 'Lindholm'],
      ],
    ],
    [
      'an infinitive put first, a modal and "er" before a colon; not "Berühmt wurde er mit einer Aufnahme:"',
      [
        'Samuel Wyssbrod entschied sich für den Muni. Behalten will er das Tier aber nicht: «Wir haben daheim schon genug Vieh.»',
        'Arne Solvik begann als Laborant. Berühmt wurde er mit einer einzigen Aufnahme: «Die Schwimmerin» von 1974 zeigt eine Arbeiterin.',
      ],
      [
        ['Wir haben daheim schon genug Vieh.', 'speech', 'Samuel Wyssbrod'],
        ['Die Schwimmerin', 'speech', null],
      ],
    ],
    [
      'an apposition with "ein" after a name and a comma is nobody new',
      [
        'Dragan Marković, heute selbst ein gefragter Fotograf, war drei Jahre lang Assistent im Atelier. «Er hat mir nur einen Satz gesagt», erinnert sich der 61-Jährige.',
      ],
      [['Er hat mir nur einen Satz gesagt', 'speech', 'Dragan Marković']],
    ],
    [
      'a compound of Mann or Frau after "ein" is somebody unnamed',
      [
        'Milena verteilt Kaffee. «Gut geschlafen?», fragt sie. «Ehrlich gesagt, nein», sagt ein Geschäftsmann aus Basel, «aber ich habe gearbeitet.»',
      ],
      [
        ['Gut geschlafen?', 'speech', 'Milena'],
        ['Ehrlich gesagt, nein', 'speech', 'Geschäftsmann aus Basel'],
        ['aber ich habe gearbeitet.', 'speech', 'Geschäftsmann aus Basel'],
      ],
    ],
    [
      'a role with an adjective that the text gave somebody unnamed, after a person of another role named in another paragraph: nobody',
      [
        'Der Anlagechef weist die Vorwürfe zurück. Sein Anwalt Filipe Carvalho sagte, sein Mandant habe «stets korrekt» gehandelt.',
        'Der frühere Anlagechef selbst hatte sich im Februar in einer E-Mail an die Mitarbeitenden gewandt. Darin schrieb er: «Ich habe nichts zu verbergen.»',
      ],
      [
        ['stets korrekt', 'partial', 'Filipe Carvalho'],
        ['Ich habe nichts zu verbergen.', 'speech', null],
      ],
    ],
    [
      'a role in -in says a woman, whatever a given name used for men elsewhere says',
      [
        '«Finalmente!», rief eine ältere Frau am Strassenrand.',
        '«Der Berg hat uns überrascht», sagte Projektleiterin Kari Haugland. Sie fügte an: «Wir haben nur einen Meter pro Tag geschafft.»',
      ],
      [
        ['Finalmente!', 'speech', 'ältere Frau'],
        ['Der Berg hat uns überrascht', 'speech', 'Kari Haugland'],
        ['Wir haben nur einen Meter pro Tag geschafft.', 'speech', 'Kari Haugland'],
      ],
    ],
    [
      'a genitive owner before a relation is no second subject of the sentence',
      [
        'Lara Cavelti singt in der Band.',
        'Laras Mutter Claudia Cavelti war in Zürich im Publikum. «Ich habe mehr geweint als bei ihrer Geburt!», sagt sie lachend.',
      ],
      [['Ich habe mehr geweint als bei ihrer Geburt!', 'speech', 'Claudia Cavelti']],
    ],
    [
      'an apposition with a possessive after a name and a comma is nobody new',
      [
        'Mirjam Zbinden springt.',
        'Angefangen hat alles hinter dem Elternhaus. Ueli Zbinden, ihr Vater, schaufelte im Winter einen Hügel aus Schnee zusammen. «Eigentlich war das für ihren Bruder gedacht», erzählt er und lacht.',
      ],
      [['Eigentlich war das für ihren Bruder gedacht', 'speech', 'Ueli Zbinden']],
    ],
    [
      'a name and a role set off by commas before the verb; "erzählte von Wintermorgen" names nobody',
      [
        'Dann meldeten sich die Eltern. Nicole Baumgartner, Mutter von drei Kindern, erzählte von Wintermorgen im Container. «Meine Tochter sitzt im Januar mit der Jacke im Unterricht.»',
      ],
      [
        [
          'Meine Tochter sitzt im Januar mit der Jacke im Unterricht.',
          'speech',
          'Nicole Baumgartner',
        ],
      ],
    ],
    [
      '"formulierte es so:" after a subject with its relative clause; "nannte sie" after a subject set off by its apposition',
      [
        'Eine Mutter aus dem Stadtteil Au, die ihre zwei Töchter mitgebracht hatte, formulierte es drastischer: «Ihr spart bei den Kindern.»',
        'Wenig Begeisterung löste die Erhöhung aus. Der Obmann der Kaufmannschaft, Luca Ferrari, nannte sie im Gespräch mit «Radio Rauchenau» «ein falsches Signal».',
      ],
      [
        ['Ihr spart bei den Kindern.', 'speech', 'Mutter aus dem Stadtteil Au'],
        ['Radio Rauchenau', 'name', null],
        ['ein falsches Signal', 'partial', 'Luca Ferrari'],
      ],
    ],
    [
      '"Ein 82-Jähriger" introduces somebody unnamed, whom a pronoun after it means',
      [
        'Gemeindepräsident Stefan Kälin informierte.',
        'Ein 82-Jähriger, der mit dem Leiterwagen gekommen ist, winkt ab. Früher habe man das Wasser «sowieso aus dem Dorfbrunnen» geholt, sagt er. «Wir haben das auch überlebt.»',
      ],
      [
        ['sowieso aus dem Dorfbrunnen', 'partial', '82-Jähriger'],
        ['Wir haben das auch überlebt.', 'speech', '82-Jähriger'],
      ],
    ],
    [
      "a word in -er between a known given name and the verb's object is a place's adjective, not a second family name",
      [
        'Züchterin Margrit Aeschbacher aus Tannwil freut sich über den Pokal.',
        'Seit 30 Jahren züchtet Margrit Berner Sennenhunde. «Einmal im Leben wollte ich das erleben», sagt sie.',
        'Im Nachbardorf verkauft Eva Müller Rosen. «Die Leute kaufen wieder mehr Blumen», sagt sie.',
      ],
      [
        ['Einmal im Leben wollte ich das erleben', 'speech', 'Margrit Aeschbacher'],
        ['Die Leute kaufen wieder mehr Blumen', 'speech', 'Eva Müller'],
      ],
    ],
    [
      'an age noun after a sentence about a person the text named in full is that person',
      [
        'Nico Ammann gewinnt gegen Duarte Figueira.',
        'An der Medienkonferenz wollte Figueira keine Ausrede gelten lassen. «Nico hat heute einfach besser gespielt», sagte der 27-Jährige aus Porto. Der Oberschenkel sei «kein Thema» gewesen.',
      ],
      [
        ['Nico hat heute einfach besser gespielt', 'speech', 'Duarte Figueira'],
        ['kein Thema', 'partial', 'Duarte Figueira'],
      ],
    ],
    [
      'in the perfect, the subject before the auxiliary says the reported speech after the participle',
      [
        'Staatsanwältin Sabine Kälin hatte in ihrem Plädoyer am Dienstag gesagt, der Mann habe ein «System der Täuschung» aufgebaut.',
      ],
      [['System der Täuschung', 'partial', 'Sabine Kälin']],
    ],
    [
      'a relation of whoever speaks as «ich», after a preposition, is whom «er» means',
      [
        'Der kantonale Bieneninspektor, Marko Vidić, spricht von einem «angespannten Jahr». Wie kamen Sie zur Imkerei?',
        'Über meinen Vater. Er hatte in Caslano zehn Völker hinter dem Haus. Er sagte immer: «Wer Angst hat, wird gestochen.» Das stimmt nicht ganz.',
      ],
      [
        ['angespannten Jahr', 'partial', 'Marko Vidić'],
        ['Wer Angst hat, wird gestochen.', 'speech', null],
      ],
    ],
    [
      'a role with a phrase of place before the apposition that names her',
      [
        'Lea Brunner hat die Lehre abgeschlossen.',
        'Ihre frühere Klassenvorständin an der Berufsschule in Tannwil, Martina Eichler, beschreibt sie als «stur im besten Sinn».',
      ],
      [['stur im besten Sinn', 'partial', 'Martina Eichler']],
    ],
    [
      'a supervisory body named by a compound is whom «sie» means; a duty is not',
      [
        'Die Grünen-Gemeinderätin Hanna Moser nannte das Vorgehen «respektlos».',
        'Das letzte Wort hat nun die Gemeindeaufsicht des Landes. Sie hatte die Stadt im Oktober gewarnt, die Verschuldung nähere sich einer «kritischen Grenze».',
        'Schwimmmeisterin Bianca Leone hat die Aufsicht am Sprungturm. Sie spricht von einem «Ausnahmezustand mit Ansage».',
      ],
      [
        ['respektlos', 'partial', 'Hanna Moser'],
        ['kritischen Grenze', 'partial', null],
        ['Ausnahmezustand mit Ansage', 'partial', 'Bianca Leone'],
      ],
    ],
    [
      "a saint's name before a church is nobody; a family in the plural is none of its members",
      [
        'Wenn Xaver Gruber morgens den Schlüssel dreht, ist der Ort noch dunkel. Der 71-Jährige ist seit 38 Jahren Mesner von St. Leonhard. Läuten muss er nicht mehr selbst. «Aber ich schau halt gern, ob alles passt», sagt er.',
        'Jens Holmberg, 49, und Katja Holmberg, 44, haben geklagt.',
        'Landwirt Emre Aksoy, der den Hof am Ortsrand bewirtschaftet, kann die Holmbergs verstehen. «Um sechs bin ich eh im Stall», sagt der 52-Jährige.',
      ],
      [
        ['Aber ich schau halt gern, ob alles passt', 'speech', 'Xaver Gruber'],
        ['Um sechs bin ich eh im Stall', 'speech', 'Emre Aksoy'],
      ],
    ],
    [
      'an abbreviation that names a role opens no body: «Die CEO …, Name,» is the person',
      [
        'Die CEO der Klinik Seeblick, Annika Holmgren, stellte sich der Kritik. Sie begründete den Entscheid. «Wir finden schlicht keine Ärzte mehr», sagte sie.',
        'Die SVP kritisierte den Entscheid. «Das ist ein Fehler», teilte sie mit.',
      ],
      [
        ['Wir finden schlicht keine Ärzte mehr', 'speech', 'Annika Holmgren'],
        ['Das ist ein Fehler', 'speech', null],
      ],
    ],
    [
      'a colon after «then» and a manner, with no verb, goes on with the last speaker',
      [
        'Trainer Urs Rüegsegger war kaum zu beruhigen. «Dejan hat Nerven aus Stahl», sagte der 58-Jährige. Dann, mit einem breiten Grinsen: «Im Training hält er nie einen Penalty.»',
        'Unter den Gästen war auch Theres Summerer. Die neue Gondel sei ihr «fast zu bequem». Und dann, lachend: «Aber meinen Knien gefällt es.»',
      ],
      [
        ['Dejan hat Nerven aus Stahl', 'speech', 'Urs Rüegsegger'],
        ['Im Training hält er nie einen Penalty.', 'speech', 'Urs Rüegsegger'],
        ['fast zu bequem', 'partial', 'Theres Summerer'],
        ['Aber meinen Knien gefällt es.', 'speech', 'Theres Summerer'],
      ],
    ],
    [
      'several people in a clause a subordinator opens are background to «erzählte sie»',
      [
        'Unter den Gästen war auch Theres Summerer. Die 81-Jährige erinnert sich an die Zeit, als die Skifahrer zu Fuss gingen. «Wir sind als Kinder hinaufgestapft», erzählte sie.',
      ],
      [['Wir sind als Kinder hinaufgestapft', 'speech', 'Theres Summerer']],
    ],
    [
      'a person in the genitive after the subject a sentence names: the pronoun means the subject',
      [
        'Verteidiger Luca Zanetto trifft in der Verlängerung.',
        'Auf der Gegenseite muss sich Captain Fabio Zanetto zuerst fassen. Der 27-Jährige ist der ältere Bruder des Siegtorschützen. «Es tut brutal weh», sagt er.',
        'Der Gemeinderat hat die Kündigung des Hauswarts bestätigt. «Wir bedauern es», schreibt er.',
      ],
      [
        ['Es tut brutal weh', 'speech', 'Fabio Zanetto'],
        ['Wir bedauern es', 'speech', null],
      ],
    ],
    [
      'a participle of a separable verb of saying, in the perfect',
      [
        'Trainer Pekka Rautanen ist zufrieden.',
        'Rautanen hatte am Vortag angekündigt, sein Team wolle «den Sack zu Hause zumachen».',
      ],
      [['den Sack zu Hause zumachen', 'partial', 'Rautanen']],
    ],
    [
      "«diese» before a noun in -e inside a sentence is no new person by the noun's form alone",
      ['Marc Favrat liest diese Hefte. «Alois war ein Glücksfall», sagt er.'],
      [['Alois war ein Glücksfall', 'speech', 'Marc Favrat']],
    ],
    [
      'a relation in a relative clause after the named subject is background; an age another person has is not theirs',
      [
        'Seit vierzig Jahren notiert Alois Imboden das Wetter. Der 79-Jährige schaut jeden Morgen zum Himmel.',
        'Unter der Woche wohnte Imboden oben, am Wochenende löste ihn Margrit Imboden ab. Ihr Sohn, Beat Imboden, heute Bergführer, erinnert sich an Winter, in denen der Vater tagelang nicht ins Tal kam. «Für uns Kinder war er der Mann, der das Wetter macht», sagt der 52-Jährige.',
        'Vor Gericht wurde ein Brief verlesen, den der Mann im Herbst geschickt hatte. Darin schrieb er: «Es tut mir leid.»',
      ],
      [
        ['Für uns Kinder war er der Mann, der das Wetter macht', 'speech', 'Beat Imboden'],
        ['Es tut mir leid.', 'speech', 'Mann'],
      ],
    ],
    [
      'a country after «in» is no body a pronoun may mean',
      [
        'Mariana Costinha, 38, kam vor zehn Jahren aus Viseu in die Schweiz. «Hier habe ich mehr Leute kennengelernt», sagt sie.',
      ],
      [['Hier habe ich mehr Leute kennengelernt', 'speech', 'Mariana Costinha']],
    ],
    [
      'an apposition with its own article after a relation is no relative clause; the quotation after her reported speech is hers',
      [
        'Die gemeinsame Tochter, die Cellistin Mira Vidić, sagt, ihr Vater habe bis zuletzt Partituren gelesen. «Im Spital lag die Passion auf seinem Nachttisch.»',
      ],
      [['Im Spital lag die Passion auf seinem Nachttisch.', 'speech', 'Mira Vidić']],
    ],
    [
      '«nach einer Pause», a dated entry and «gerufen» go on with or name the speaker',
      [
        'Die Werte gab er durch. «Ich war nie krank, nicht einen einzigen Tag», sagt Alois Imhof. Dann, nach einer Pause: «Doch, einmal. 1987, Blinddarm.»',
        'Neben den Zahlen hat Imhof festgehalten, was in kein Formular passte. Am 3. Februar 1984 schrieb er: «Schneesturm, Sicht 20 m.» Am 12. Juli 1996: «Gewitter, Blitz in den Mast.» Er blättert.',
        'Ein Tenor erinnert sich an eine Probe. Branko Vidić habe den Chor in Mänteln weitersingen lassen und gerufen: «Kalte Hände, warme Stimmen!»',
      ],
      [
        ['Ich war nie krank, nicht einen einzigen Tag', 'speech', 'Alois Imhof'],
        ['Doch, einmal. 1987, Blinddarm.', 'speech', 'Alois Imhof'],
        ['Schneesturm, Sicht 20 m.', 'speech', 'Alois Imhof'],
        ['Gewitter, Blitz in den Mast.', 'speech', 'Alois Imhof'],
        ['Kalte Hände, warme Stimmen!', 'speech', 'Branko Vidić'],
      ],
    ],
    [
      "in an interview's answers, «mein Vater» and «mein Mann» are the relatives the introduction named",
      [
        'Carla Bernardi imkert seit dreissig Jahren, gelernt hat sie es von ihrem Vater, Aurelio Bernardi. Ihr Mann, Hansruedi Gisi, hilft beim Schleudern.',
        'Wie gehen Sie mit Verlusten um?',
        'Man muss verlieren können. Mein Vater hat das einmal so gesagt: «Die Bienen schulden uns nichts.» Daran denke ich oft.',
        'Reden Sie mit den Bienen?',
        'Ja. Mein Mann findet das seltsam. Er sagt jeweils: «Die verstehen dich nicht.»',
      ],
      [
        ['Die Bienen schulden uns nichts.', 'speech', 'Aurelio Bernardi'],
        ['Die verstehen dich nicht.', 'speech', 'Hansruedi Gisi'],
      ],
    ],
    [
      'a person after a preposition with a subject of the gender in the sentence before is either',
      [
        'Es war kurz nach 22 Uhr, als Elia Rüfli auf den Rücken fiel. 6:7, 6:4, 7:6 gegen den Norweger Henrik Solbak, die Nummer 14 der Welt. «Ich habe keine Ahnung, wie ich das geschafft habe», sagte er ins Platzmikrofon.',
      ],
      [['Ich habe keine Ahnung, wie ich das geschafft habe', 'speech', null]],
    ],
    [
      'an ordinal in a title, «zeigte sich», an infinitive with «zu» after a demand or a reproach, and «Eine 46-Jährige»',
      [
        'Die Gewerkschaft reagierte empört. «Das ist Kahlschlag», sagte der Erste Bevollmächtigte der Gewerkschaft Tannwil, Jörg Pfannberg.',
        'Bürgermeisterin Sabine Hollenstein zeigte sich «fassungslos».',
        'Ein Sprecher des Mieterverbands forderte die Vermieter auf, künftige Senkungen «umgehend und ohne Tricks» weiterzugeben.',
        'Fraktionschef Peter Vonlanden warf der Regierung vor, die Ausgaben «laufen zu lassen».',
        'Elf Fahrer wurden mit dem Handy angetroffen. Eine 46-Jährige gab an, sie habe «nur kurz auf die Navigation geschaut».',
      ],
      [
        ['Das ist Kahlschlag', 'speech', 'Jörg Pfannberg'],
        ['fassungslos', 'partial', 'Sabine Hollenstein'],
        ['umgehend und ohne Tricks', 'partial', 'Sprecher des Mieterverbands'],
        ['laufen zu lassen', 'partial', 'Peter Vonlanden'],
        ['nur kurz auf die Navigation geschaut', 'partial', '46-Jährige'],
      ],
    ],
    [
      'a given name of women and men alike is a name; the pronoun says the gender',
      [
        'Mit im Wagen sitzt Deniz Yılmazer, 19, im zweiten Lehrjahr. Er hat vorher Informatik studiert. «Meine Eltern dachten erst, ich mache Witze», sagt er.',
        'Andrea Meierhans ist Lernende im zweiten Jahr. «Das ist schön», sagt Andrea Meierhans.',
      ],
      [
        ['Meine Eltern dachten erst, ich mache Witze', 'speech', 'Deniz Yılmazer'],
        ['Das ist schön', 'speech', 'Andrea Meierhans'],
      ],
    ],
    [
      'somebody introduced by age and no name, then named with that age, is the person named',
      [
        'Sechzig Jugendliche reisen nach Skandinavien. Im Gepäck: ein Stück, das eine 19-jährige Baslerin eigens für die Reise geschrieben hat.',
        'Das neue Stück heisst «Rheinlicht» und stammt von Selin Akbaş. Die 19-Jährige spielte fünf Jahre lang Bratsche im Orchester. «Ich wollte etwas schreiben, das nach Basel klingt», sagt sie.',
        'Ein 52-jähriger Autohändler ist verurteilt worden. Er hatte Autos verkauft, die ihm nicht gehörten.',
        'Der 52-Jährige zeigte sich geständig. «Ich habe den Überblick verloren», sagte er.',
      ],
      [
        ['Rheinlicht', 'name', null],
        ['Ich wollte etwas schreiben, das nach Basel klingt', 'speech', 'Selin Akbaş'],
        ['Ich habe den Überblick verloren', 'speech', 'Autohändler'],
      ],
    ],
    [
      'somebody unnamed as an object after the subject of the gender is not whom the pronoun means',
      [
        'Am schnellsten war Freya Lindholm. Die 29-jährige Schwedin, die seit vier Jahren in Seeholz wohnt, stieg nach 41 Minuten aus dem Wasser – fast zwei Minuten vor der Zweitplatzierten. «Das war fast wie in der Badewanne», sagte sie lachend.',
        'Ein Anwohner sah den Mann davonrennen. «Er ist an meinem Küchenfenster vorbeigerannt», sagt er.',
      ],
      [
        ['Das war fast wie in der Badewanne', 'speech', 'Freya Lindholm'],
        ['Er ist an meinem Küchenfenster vorbeigerannt', 'speech', 'Anwohner'],
      ],
    ],
    [
      '«findet sie» takes the few words after it as her view, with the object first or after the verb',
      [
        'Auch Elfriede Riegger ist wieder da. Die 88-Jährige schwimmt jeden Morgen. Das neue Becken findet sie «ein bissle zu schick». Und dann, mit einem Blick Richtung Sprungturm: «Aber Hauptsach, es ist wieder offen.»',
        'Selin Akbaş studiert Komposition. «Ich wollte etwas schreiben», sagt sie. Dass ihr Orchester das Werk spielt, findet sie «ein bisschen verrückt».',
        'Beat Gmünder findet das Becken «schick».',
      ],
      [
        ['ein bissle zu schick', 'partial', 'Elfriede Riegger'],
        ['Aber Hauptsach, es ist wieder offen.', 'speech', 'Elfriede Riegger'],
        ['Ich wollte etwas schreiben', 'speech', 'Selin Akbaş'],
        ['ein bisschen verrückt', 'partial', 'Selin Akbaş'],
        ['schick', 'partial', 'Beat Gmünder'],
      ],
    ],
    [
      'a participle put first before its auxiliary is no unknown name; a demonym then means the person named',
      [
        'Geplant hat den Umbau Pierre-Yves Dumas vom Büro Dumas + Kächeli aus Tannwil. «Das alte Becken hat Wasser verloren», sagte der gebürtige Elsässer.',
        'Bestätigt wurde die Sichtung von Luigi Obwalder, dem Wirt der Schartenhütte. Er hatte schon ein Bellen gehört. «Ich hab mir gedacht, jetzt wirst narrisch», gibt der Südtiroler zu.',
      ],
      [
        ['Das alte Becken hat Wasser verloren', 'speech', 'Pierre-Yves Dumas'],
        ['Ich hab mir gedacht, jetzt wirst narrisch', 'speech', 'Luigi Obwalder'],
      ],
    ],
    [
      'a pronoun in a «wie»-clause after a fronted object is no subject after the object',
      [
        'Gemeindepräsident Urs Käppler begrüsste.',
        'Gemeinderätin Fabienne Zurbrügg stellte das Projekt vor.',
        'Den Rückweisungsantrag stellte ausgerechnet ein Zurbrügg: Hansruedi Zurbrügg, Landwirt aus Grod und mit der Gemeinderätin, wie er selbst betonte, «nur entfernt verwandt». «Ich bin nicht gegen ein neues Schulhaus», sagte er.',
      ],
      [
        ['nur entfernt verwandt', 'partial', 'Hansruedi Zurbrügg'],
        ['Ich bin nicht gegen ein neues Schulhaus', 'speech', 'Hansruedi Zurbrügg'],
      ],
    ],
    [
      'a mayor is an office: «der Rathauschef» after «Bürgermeister X» is X',
      [
        'Bürgermeister Hartmut Schäufel erinnerte in seiner Ansprache an die Anfänge. «Heute stehen wir hier in einer Schule, um die uns die Region beneidet», sagte der Rathauschef.',
      ],
      [
        [
          'Heute stehen wir hier in einer Schule, um die uns die Region beneidet',
          'speech',
          'Hartmut Schäufel',
        ],
      ],
    ],
    [
      'a role with an adjective and an apposition with «eine» opening a paragraph is somebody new',
      [
        'Gerichtspräsidentin Annemarie Zbinder hakte nach: «Haben die Revisoren die Auszüge gesehen?»',
        'Die zweite Zeugin, eine Mitarbeiterin der Regionalbank, schilderte die Überweisungen. «Es waren immer runde Beträge», sagte die 38-Jährige.',
      ],
      [
        ['Haben die Revisoren die Auszüge gesehen?', 'speech', 'Annemarie Zbinder'],
        ['Es waren immer runde Beträge', 'speech', null],
      ],
    ],
    [
      'a relative nobody names, right after the person named of the gender, leaves «sie» open; «meinen Grossvater» is whom «er» means',
      [
        'Chorleiterin Joana Carvalhinho dirigiert.',
        'Carvalhinho kam vor drei Jahren ins Haus Sülzblick. Ihre Großmutter lebte damals hier. «Ich habe im Aufenthaltsraum Klavier gespielt», erinnert sie sich.',
        'Bergführer Nils Halvorsen begleitet die Forscherin. Wann zweifeln Sie?',
        'An manchen Abenden. Dann denke ich an meinen Grossvater. Er hätte gesagt: «Jammern wärmt nicht. Pack den Rucksack.»',
      ],
      [
        ['Ich habe im Aufenthaltsraum Klavier gespielt', 'speech', null],
        ['Jammern wärmt nicht. Pack den Rucksack.', 'speech', null],
      ],
    ],
    [
      'a participle in -iert put first is no name; a stage of life after somebody unnamed is that person',
      [
        'Organisiert hat den Streik die 17-jährige Lina Kellerhals aus Gossental. Die Kantischülerin steht mit einem Megafon auf dem Brunnen. «Wir haben Petitionen geschrieben», sagt sie.',
        'Weniger Verständnis zeigt eine Anwohnerin, die mit ihrem Einkaufswägeli vorbei will. «Ich finde es ja gut», sagt die Rentnerin.',
      ],
      [
        ['Wir haben Petitionen geschrieben', 'speech', 'Lina Kellerhals'],
        ['Ich finde es ja gut', 'speech', 'Anwohnerin'],
      ],
    ],
    [
      '«Herr B.» with an age is a person a pronoun may mean; «Herr» alone never means him, «Herr Müllener» means Müllener',
      [
        'Letzte Woche war es Herr B., 82, Landwirt vom Oberberg. Er setzte sich und sagte: «Ich komme nur, weil meine Frau mich schickt.» Dann erzählte er von einem Druck auf der Brust. «Aber nur kurz», fügte er an.',
        'Herr Müllener sagte: «Es geht.»',
      ],
      [
        ['Ich komme nur, weil meine Frau mich schickt.', 'speech', 'Herr B.'],
        ['Aber nur kurz', 'speech', 'Herr B.'],
        ['Es geht.', 'speech', 'Müllener'],
      ],
    ],
    [
      'a relative as an object in the genitive after the named subject leaves «er» to the subject',
      [
        'Der Bergführer Anton Rüegsegger ist mit 91 Jahren gestorben.',
        'Das erste Seil kaufte sich Rüegsegger als Bub, mit dem Geld aus dem Erbe des Grossvaters. In seinem Tagebuch schreibt er: «Der Berg war grösser als mein Mut.»',
      ],
      [['Der Berg war grösser als mein Mut.', 'speech', 'Anton Rüegsegger']],
    ],
    [
      'a body in a relative clause whose subject is the person named leaves «sie» to that person',
      [
        '«Er stand noch letzten Winter am Hang», sagt seine Enkelin Mirjam Tobler, die heute die Skischule Wiesenegg leitet. Lachend fügt sie an: «Die Kinder haben sich nie beschwert.»',
      ],
      [
        ['Er stand noch letzten Winter am Hang', 'speech', 'Mirjam Tobler'],
        ['Die Kinder haben sich nie beschwert.', 'speech', 'Mirjam Tobler'],
      ],
    ],
    [
      'the one named after «von» in a passive sentence acts; a pronoun before is what is done',
      [
        'Dieser Zettel sei «klar ungültig», sagt Gemeindeschreiberin Nadja Rüfli.',
        'Die Nachzählung beginnt um neun. Geleitet wird sie von Oberamtfrau Regula Brändli-Moser, die aus Wiesental angereist ist. Sie erklärt den Anwesenden das Vorgehen: «Wir zählen jeden Zettel zweimal.»',
      ],
      [
        ['klar ungültig', 'partial', 'Nadja Rüfli'],
        ['Wir zählen jeden Zettel zweimal.', 'speech', 'Regula Brändli-Moser'],
      ],
    ],
    [
      'a second main clause with an adverb first has its own subject, or none that speaks',
      [
        'Dirigentin Ramona Zurbriggen hebt den Taktstock, und dann ruft ein Kind: «Los gehts!»',
        'Zurbriggen nickt, und dann erklingt das Lied, das eigens für den Abend komponiert wurde: «Zwölf Saiten, ein Tal».',
      ],
      [
        ['Los gehts!', 'speech', 'Kind'],
        ['Zwölf Saiten, ein Tal', 'name', null],
      ],
    ],
    [
      '«den» and a role after a verb is an object; the named subject is whom «er» means',
      [
        'Trainer Dragan Vuković war zufrieden.',
        'Vuković mochte den Goalie nicht allein verantwortlich machen. «Wir verteidigen zu neunt», sagte er.',
      ],
      [['Wir verteidigen zu neunt', 'speech', 'Dragan Vuković']],
    ],
    [
      'somebody introduced by a role as the subject is whom «er» means, not the person named before',
      [
        'Kapitän Alois Zgraggen fährt seit 30 Jahren über den Tannersee.',
        'Im Oktober hatte ein Segler die Sturmwarnung ignoriert, und wir mussten ihn aus dem Wasser ziehen. Er stand dann tropfnass an Deck und sagte: «Ich dachte, die Lampen blinken für die Touristen.»',
      ],
      [['Ich dachte, die Lampen blinken für die Touristen.', 'speech', 'Segler']],
    ],
    [
      'a role with an age opening the article, with nobody named before, is whom «er» means',
      ['Der 67-jährige Besitzer nahm es mit Humor. «Immerhin haben sie Manieren», sagte er.'],
      [['Immerhin haben sie Manieren', 'speech', 'Besitzer']],
    ],
    [
      'a comparative opening the sentence is no name; a given name after the verb opens the subject',
      [
        'Skeptischer äusserte sich Ingrid Solheim von Nordvik Securities. «Ohne eine Erholung wird es schwer», sagte die Analystin.',
      ],
      [['Ohne eine Erholung wird es schwer', 'speech', 'Ingrid Solheim']],
    ],
    [
      '«Jeden Abend» is no name; «als eine der …» says what the subject is',
      [
        'Am meisten gelitten hat Tochter Lena Haslauer (12). Jeden Abend liess die Schülerin das Licht im Flur brennen. «Damit Bruno heimfindet», sagt sie leise.',
        'Hildegard Bömer-Wessel will als eine der ersten Kundinnen an der Kasse stehen. «Ein Pfund Kaffee», sagt sie.',
      ],
      [
        ['Damit Bruno heimfindet', 'speech', 'Lena Haslauer'],
        ['Ein Pfund Kaffee', 'speech', 'Hildegard Bömer-Wessel'],
      ],
    ],
    [
      '«die Ingenieure» are several people, not whom «sie» means',
      [
        'Projektleiterin Ingrid Halvorsen erklärte, was die Ingenieure vorgefunden haben. «Wir hätten diese Schäden gerne früher gesehen», sagte sie.',
      ],
      [['Wir hätten diese Schäden gerne früher gesehen', 'speech', 'Ingrid Halvorsen']],
    ],
    [
      "a saying after the quotation with «seine» or «ihre» and a noun for what one says is the pronoun's person",
      [
        'Wer in Rebwil geheiratet hat, stand einmal vor Ernst Gubelmann im Atelier. «Bitte nicht lächeln, nur freundlich schauen», lautete seine berühmte Anweisung.',
      ],
      [['Bitte nicht lächeln, nur freundlich schauen', 'speech', 'Ernst Gubelmann']],
    ],
    [
      "a view described «als …» in the perfect with «beschrieben» is the subject's",
      [
        'Die Autorin Sunniva Lindgaard hat das Stück für eine Kleinbühne geschrieben.',
        'Lindgaard selbst hat es einmal als «eine Komödie, die vergessen hat, dass sie lustig ist» beschrieben.',
      ],
      [['eine Komödie, die vergessen hat, dass sie lustig ist', 'partial', 'Lindgaard']],
    ],
    [
      'somebody introduced as «ein Betrunkener» is whom «er» means, not the carer named before',
      [
        'Pfleger Marco Huber hat Nachtdienst.',
        '2.40 Uhr. Ein Betrunkener wird von zwei Polizisten hereingeführt. Er schreit. «Ihr seid alle Idioten!», brüllt er durch den Gang.',
      ],
      [['Ihr seid alle Idioten!', 'speech', 'Betrunkener']],
    ],
    [
      '«Dann:» after a sentence with no quotation: whom that sentence is about speaks',
      [
        '«Das war knapp», sagt Res Amstutz. Sein Vater Ueli Amstutz sagt lange nichts. Dann: «Sie war die Beste vom Jahrgang.»',
      ],
      [
        ['Das war knapp', 'speech', 'Res Amstutz'],
        ['Sie war die Beste vom Jahrgang.', 'speech', 'Ueli Amstutz'],
      ],
    ],
    [
      '«Und weiter:» after a question the speaker asks goes on with that speaker',
      [
        'Betroffen ist Gemüsehändler Ahmet Yıldırım. «Soll ich im Februar nur noch Kartoffeln verkaufen?», fragt Yıldırım. Und weiter: «Meine Kundschaft kommt seit Jahren zu mir.»',
      ],
      [
        ['Soll ich im Februar nur noch Kartoffeln verkaufen?', 'speech', 'Yıldırım'],
        ['Meine Kundschaft kommt seit Jahren zu mir.', 'speech', 'Yıldırım'],
      ],
    ],
    [
      'a view holder before a colon with an apposition after the name',
      [
        'Anders sieht es Marco Caviezel, Vater von zwei Kindern und selbst Jäger: «Die Kinder lernen in der Schule, wie man sich verhält.»',
      ],
      [['Die Kinder lernen in der Schule, wie man sich verhält.', 'speech', 'Marco Caviezel']],
    ],
    [
      'a given name alone for the one person named in full with it is that person, not a second one',
      [
        'Heinz Gysin steht in seinem Garten und zeigt nach oben. «Da! Schauen Sie sich das an!», ruft er.',
        'Seine Tomaten? «Alle kaputt», sagt Heinz.',
      ],
      [
        ['Da! Schauen Sie sich das an!', 'speech', 'Heinz Gysin'],
        ['Alle kaputt', 'speech', 'Heinz Gysin'],
      ],
    ],
    [
      'a word no list knows before a given name the text gave in full, before a colon',
      [
        'Als das Telefon von Claudia Haslauer (44) klingelt, sitzt die Familie beim Abendessen.',
        'Mama Claudia: «Sie hat jeden Tag gefragt, ob es etwas Neues gibt.»',
      ],
      [['Sie hat jeden Tag gefragt, ob es etwas Neues gibt.', 'speech', 'Claudia Haslauer']],
    ],
    [
      'reported speech that names a body as its teller is not the words of whom the sentence before let speak',
      [
        '«Wir haben eine Temporeduktion beantragt», sagt Gemeindepräsident Andreas Stöckli. Das kantonale Tiefbauamt habe geantwortet, die Stelle sei «kein Unfallschwerpunkt».',
      ],
      [
        ['Wir haben eine Temporeduktion beantragt', 'speech', 'Andreas Stöckli'],
        ['kein Unfallschwerpunkt', 'partial', null],
      ],
    ],
    [
      "a heckle after a clause that opens the sentence with a person: not that person's",
      [
        'Sofia Lindgren (SP) kritisierte den Antrag. Als Lindgren später von «Klientelpolitik» sprach, kam aus den Reihen der Bürgerlichen ein Zwischenruf: «Das sagt die Richtige!»',
      ],
      [
        ['Klientelpolitik', 'partial', 'Lindgren'],
        ['Das sagt die Richtige!', 'speech', null],
      ],
    ],
    [
      'somebody introduced as «ein Kunde» is whom «er» means, not the boat builder named before',
      [
        'Bootsbauer Tiago Ferreira zeigt die Werft.',
        'Ein Kunde aus Zug, der seit zwei Jahren auf sein Boot wartet, ist an diesem Nachmittag vorbeigekommen. «Ich hätte auch fünf Jahre gewartet», sagt er.',
      ],
      [['Ich hätte auch fünf Jahre gewartet', 'speech', 'Kunde']],
    ],
    [
      'a comma after the verb of saying opens the reported clause, whose subject is not who speaks; "Sie" in the question is',
      [
        'Kommissar Dragan Petrović ging im Frühling in Pension.',
        'Herr Petrović, Sie haben einmal gesagt, ein guter Ermittler müsse «langweilig sein können». Was meinen Sie damit?',
      ],
      [['langweilig sein können', 'partial', 'Dragan Petrović']],
    ],
    [
      '«ein Kind», «ein Mädchen»: a neuter noun for a person introduces who speaks',
      [
        'Ein Kind hat einmal ins Hüttenbuch geschrieben: «Hier oben ist der Himmel näher als zu Hause.»',
        'Dieses Jahr fragte ein Mädchen mit Zahnspange: «Haben die Kühe auch Namen?»',
      ],
      [
        ['Hier oben ist der Himmel näher als zu Hause.', 'speech', 'Kind'],
        ['Haben die Kühe auch Namen?', 'speech', 'Mädchen'],
      ],
    ],
    [
      'a police officer introduced with «ein Polizeibeamter» is whom «der 41-jährige Beamte» means, not a defendant',
      [
        'Sein Mitangeklagter Emil V. schwieg zu den Vorwürfen.',
        'Wie die Männer aufflogen, schilderte ein Polizeibeamter im Zeugenstand. Der 41-jährige Beamte ergänzte: «Die hatten die Säge noch in der Hand.»',
      ],
      [['Die hatten die Säge noch in der Hand.', 'speech', 'Polizeibeamter']],
    ],
    [
      'a joined given name alone is the one person named in full with it',
      [
        'Landwirt Heinz-Josef Pützler (63) will die Kühe zum Melken holen.',
        '«Ich hab erst gedacht, die steht im Gebüsch», sagt Heinz-Josef zu BLITZ.',
      ],
      [['Ich hab erst gedacht, die steht im Gebüsch', 'speech', 'Heinz-Josef Pützler']],
    ],
    [
      'a person who «steht daneben» before a colon speaks; «steht» is no inscription there',
      [
        '«Äpfel gehen immer», sagt Landwirt Heinz Pützler. Ehefrau Gaby Pützler (61) steht daneben und verdreht die Augen: «Das schreiben Sie jetzt aber nicht!»',
      ],
      [
        ['Äpfel gehen immer', 'speech', 'Heinz Pützler'],
        ['Das schreiben Sie jetzt aber nicht!', 'speech', 'Gaby Pützler'],
      ],
    ],
    [
      'a family name in -emir is no title; «Emir» is a given name',
      [
        'Unterstützung erhielt er von Gewerbevertreter Mehmet Demir und von Einwohnerrat Bruno Wanner. «Die Nachbargemeinden haben tiefere Steuern», sagte Demir, der in Rheinwiesen eine Garage führt.',
        'Wir haben mit Tramfahrer Emir Hasanović gesprochen. «Ich streike nicht gern», sagt er.',
      ],
      [
        ['Die Nachbargemeinden haben tiefere Steuern', 'speech', 'Demir'],
        ['Ich streike nicht gern', 'speech', 'Emir Hasanović'],
      ],
    ],
    [
      '«der 24-jährige Sieger» is who won, told in the lead, and accented given names are names',
      [
        'Der Portugiese Rúben Carvalheira hat die 5. Etappe der Arvenne-Rundfahrt gewonnen.',
        'Carvalheira setzte sich im Sprint gegen den Franzosen Théo Marchal durch.',
        '«Ich habe 200 Meter vor dem Ziel angezogen», sagte der 24-jährige Sieger der Nachrichtenagentur Keystone-SDA.',
      ],
      [['Ich habe 200 Meter vor dem Ziel angezogen', 'speech', 'Rúben Carvalheira']],
    ],
    [
      "a role with where the person works («von der Hochschule X») after a person named without a role is that person; another club's coach stays the role",
      [
        'Genau darauf weist auch Tobias Reinhold hin. «Die Studie ist sauber gemacht», sagte der Ernährungswissenschaftler von der Hochschule Bergmarkt, der nicht an der Untersuchung beteiligt war.',
        'Trainer Urs Frehner war zufrieden. «Wir waren besser», sagte der Trainer von Obermatt.',
      ],
      [
        ['Die Studie ist sauber gemacht', 'speech', 'Tobias Reinhold'],
        ['Wir waren besser', 'speech', 'Trainer von Obermatt'],
      ],
    ],
    [
      'a text on a sign named by a compound in -schild has no writer, whoever the sentence names',
      [
        'Hans-Ulrich Marbach kam 1936 in Wolfenried zur Welt.',
        '1968 übernahm er die Praxis des alten Dorfarztes Armin Kehl, samt Wartezimmer und einem Emailschild an der Haustür, das bis zuletzt dort hing: «Bei Notfällen bitte läuten – auch nachts.»',
      ],
      [['Bei Notfällen bitte läuten – auch nachts.', 'speech', null]],
    ],
    [
      'an age in years after the one person a sentence names in full is theirs; «der 56-Jährige» is not that person',
      [
        'Die Konditorin Aylin heiratete 1997 Thomas Kesselring.',
        'Dort sitzt Walter Kesselring auf einem Hocker, weisse Schürze über der Strickjacke, 84 Jahre alt. «Zu fest», brummt er.',
        'Die Enkelin will das Sortiment verkleinern. «Ich habe dreissig Jahre lang das Gegenteil gemacht», gibt der 56-Jährige zu.',
      ],
      [
        ['Zu fest', 'speech', 'Walter Kesselring'],
        ['Ich habe dreissig Jahre lang das Gegenteil gemacht', 'speech', null],
      ],
    ],
    [
      "a compound for a notice after a given name is the verb's object, no family name",
      [
        'Besitzerin Svenja Brodersen vermisst ihren Papagei.',
        'Noch in der Nacht schrieb Svenja Suchzettel und hängte sie an jede Laterne: «Graupapagei entflogen! Hört auf Jacko.»',
      ],
      [['Graupapagei entflogen! Hört auf Jacko.', 'speech', null]],
    ],
    [
      '«wie er erzählt» after the name a sentence opens with: that person, not one named before',
      [
        'Die Kirchenverwaltung will nicht kommentieren. Ein Sprecher der Kirchenverwaltung verwies auf die Autonomie der Gemeinden.',
        'Erwin Gysler wiederum hat am Sonntagabend mit seiner Tochter angestossen, wie er erzählt. «Sie hat verloren, ich habe gewonnen, aber wir sind immer noch eine Familie.»',
      ],
      [
        [
          'Sie hat verloren, ich habe gewonnen, aber wir sind immer noch eine Familie.',
          'speech',
          'Erwin Gysler',
        ],
      ],
    ],
    [
      "a given name after a noun for an animal is the animal's; «sie» means the woman",
      [
        'Margrit Stuckert bindet der Leitkuh Fiona den Kopfschmuck zwischen die Hörner, so wie sie es seit 31 Jahren tut.',
        'Um halb acht setzt sich der Zug in Bewegung. Vorne Fiona mit der grössten Treichle, dahinter die Kühe.',
        'Margrit Stuckert geht neben Fiona, die Hand am Halfter.',
        'Margrit Stuckert nimmt Fiona den Kopfschmuck ab. Nächstes Jahr wird sie nicht mehr vorne gehen. «Nächstes Jahr stehe ich am Strassenrand», sagt sie.',
      ],
      [['Nächstes Jahr stehe ich am Strassenrand', 'speech', 'Margrit Stuckert']],
    ],
    [
      "a company's capitalised words up to «Securities» are no person; «Sofie» is a given name",
      [
        "Deutlicher wird Patrick O'Donnell vom Londoner Broker Cardell Securities. «Das Management muss jetzt erklären», sagte er.",
        'Die Zahlen lägen «leicht unter den Erwartungen», schreibt Sofie Lindgaard von der Bank Rotach in einem Kommentar.',
      ],
      [
        ['Das Management muss jetzt erklären', 'speech', "Patrick O'Donnell"],
        ['leicht unter den Erwartungen', 'partial', 'Sofie Lindgaard'],
      ],
    ],
    [
      "an age after a comma ends the sentence: «Seine Frau» after it is the man's wife",
      [
        'Im Abteil nebenan packen Horst und Hildegard Vollenweider ihre Brote aus. «Wir sind 1974 in die Flitterwochen gefahren», sagt Horst Vollenweider, 78. Seine Frau schüttelt den Kopf: «1975. Du warst schon damals schlecht mit Zahlen.»',
      ],
      [
        ['Wir sind 1974 in die Flitterwochen gefahren', 'speech', 'Horst Vollenweider'],
        ['1975. Du warst schon damals schlecht mit Zahlen.', 'speech', 'Hildegard Vollenweider'],
      ],
    ],
    [
      'loudspeakers are no speaker; a name with a particle after a verb is whole',
      [
        'Gleis 7, 21.42 Uhr. Aus den Lautsprechern kommt eine Durchsage: «Bitte einsteigen, die Türen schliessen selbsttätig.»',
        'Dann kam Peter von Gunten an den Bahnsteig. «Ich fahre seit vierzig Jahren mit diesem Zug», sagt er.',
      ],
      [
        ['Bitte einsteigen, die Türen schliessen selbsttätig.', 'speech', null],
        ['Ich fahre seit vierzig Jahren mit diesem Zug', 'speech', 'Peter von Gunten'],
      ],
    ],
    [
      'a nationality noun that opens a colon clause with no verb of saying means whom the paragraph named',
      [
        'Zweiter wurde Matej Kovačič aus Lindenau mit 412 Kilogramm. Der gebürtige Slowene nahm es sportlich: «Gegen diese Zeit war nichts zu machen.»',
      ],
      [['Gegen diese Zeit war nichts zu machen.', 'speech', 'Matej Kovačič']],
    ],
    [
      'a nationality noun in a colon clause means the person of its gender, not another',
      [
        'Petra Wyss und Jonas Hovland kamen gemeinsam ins Ziel. Der Norweger nahm es gelassen: «Am Ende zählt die Zeit.»',
      ],
      [['Am Ende zählt die Zeit.', 'speech', 'Jonas Hovland']],
    ],
    [
      'reported speech whose verb carries a comma goes on with the speaker before',
      [
        'Die Biologin Anna Caflisch warnte vor voreiligen Schlüssen. «Die Larven leiden zuerst», sagte sie. Entscheidend sei, wie schnell sich das Wasser erneuere. «Mit Glück geht es in zwei Jahren.»',
      ],
      [
        ['Die Larven leiden zuerst', 'speech', 'Anna Caflisch'],
        ['Mit Glück geht es in zwei Jahren.', 'speech', 'Anna Caflisch'],
      ],
    ],
    [
      'somebody introduced with "einen" is the verb\'s object, not whom the pronoun after means',
      [
        'Uhrmacher Linus Ferrat suchte lange einen Nachfolger. Zwei Interessenten hätten sich gemeldet, sagt er. «Aber nach einem Blick in die Bücher waren sie weg.»',
      ],
      [['Aber nach einem Blick in die Bücher waren sie weg.', 'speech', 'Linus Ferrat']],
    ],
    [
      'an age nobody was given, after a pronoun and the relative named with it, may mean either',
      [
        'Schreinermeister Urs Talmon ist zum dritten Mal dabei. Dieses Jahr zeigt er gemeinsam mit seinem Sohn Nico Talmon einen Tisch aus Eschenholz. «Mein Vater hat mir alles beigebracht», sagt der 31-Jährige.',
      ],
      [['Mein Vater hat mir alles beigebracht', 'speech', null]],
    ],
    [
      'a question somebody else asked, in reported speech, is not the words of whom the sentence before let speak',
      [
        'Ganz ohne Ärger ging es nicht, räumt Apothekerin Lina Barakat ein. Einmal sei ein Kunde hereingekommen und habe gefragt, ob «hier nur noch Fremde» arbeiteten.',
      ],
      [['hier nur noch Fremde', 'partial', null]],
    ],
    [
      'a form of address is no role: "die Frau" later means not Frau Imhasly but the woman just introduced',
      [
        'Eine Stammkundin, Frau Imhasly aus Tellbach, fährt seit Jahren jeden Tag mit.',
        'Eine Bäuerin aus Ried wollte einmal ihr Pferd mitnehmen. Die Frau hat mich angeschaut und gesagt: «Ein Verbot sehe ich hier nicht.»',
      ],
      [['Ein Verbot sehe ich hier nicht.', 'speech', 'Bäuerin aus Ried']],
    ],
    [
      '"ein Bub" introduces somebody a pronoun after may mean',
      [
        'Buschauffeurin Vera Lanz erzählt von ihrer Linie.',
        'Ein Bub hat mich einmal gefragt, ob ich den Bus mit nach Hause nehme. Als ich nein sagte, meinte er: «Das ist aber ein trauriger Beruf.»',
      ],
      [['Das ist aber ein trauriger Beruf.', 'speech', 'Bub']],
    ],
    [
      'a label a document gives in the passive, in a relative clause, is not the words of whom quotes it',
      [
        'Am deutlichsten dagegen sprach Ruth Imboden, Präsidentin des Vereins Alpschutz. Sie zitierte aus einem Gutachten der Naturschutzkommission, in dem die Alp als «Landschaft von regionaler Bedeutung» bezeichnet wird.',
      ],
      [['Landschaft von regionaler Bedeutung', 'partial', null]],
    ],
    [
      'a family name two share, after a preposition, is not whom an age after the named subject means',
      [
        'Verleger Walter Imbach gründete die Zeitung. Seine Frau Greti Imbach führte die Buchhaltung.',
        'Nora Kessler, heute Chefredaktorin, hat bei Imbach als Volontärin angefangen. «Er hat mir das Handwerk beigebracht», sagt die 44-Jährige.',
      ],
      [['Er hat mir das Handwerk beigebracht', 'speech', 'Nora Kessler']],
    ],
    [
      'one word after a relation, never written again, is no person whom "der Vater" means',
      [
        'Steinmetz Rui Almeida lernte sein Handwerk als Bub in Portugal, wo sein Vater Granitplatten für Hofeinfahrten schlug.',
        'Sein Sohn Nuno Almeida arbeitet heute an der zweiten Werkbank. Der Vater nennt ihn halb im Scherz «den Chef von morgen».',
      ],
      [['den Chef von morgen', 'partial', null]],
    ],
    [
      'a pronoun whose last named person of the gender is three texts back, with another more often named, means nobody sure',
      [
        'Hebamme Rosa Imfeld hat 2000 Kinder entbunden. Rosa Imfeld ist heute 95.',
        'Ganz anders sieht es die Pflegerin Mara Keller. «Sie spürte alles mit den Händen», sagt sie.',
        'Im Herbst hat das Fernsehen einen Film über sie gedreht.',
        'Seither kommen Briefe aus Kanada.',
        'Am Sonntag wird gefeiert. «Fünfundneunzig ist kein Alter», sagt sie.',
      ],
      [
        ['Sie spürte alles mit den Händen', 'speech', 'Mara Keller'],
        ['Fünfundneunzig ist kein Alter', 'speech', null],
      ],
    ],
    [
      "a magazine that labels somebody in the perfect is the label's source, the person named the object",
      [
        'Nora Graf gewann das Turnier.',
        'Das Tennismagazin «Volley» hatte Nora schon im Frühling als «nächste grosse Schweizerin» bezeichnet.',
      ],
      [
        ['Volley', 'name', null],
        ['nächste grosse Schweizerin', 'partial', null],
      ],
    ],
    [
      'a name in an apposition after a role may come with a place of two words',
      [
        'Mein erster Lehrmeister, der alte Anton Zurbriggen aus Sankt Niklausen, sagte jeweils: «Der Berg läuft dir nicht davon.»',
      ],
      [['Der Berg läuft dir nicht davon.', 'speech', 'Anton Zurbriggen']],
    ],
    [
      "after the writer's account of the speaker, whom only a pronoun means there, the speaker goes on",
      [
        'Mitinitiant Ueli Brandenberger war enttäuscht. «Wir haben knapp verloren», sagt er. Was ihn stört, ist etwas anderes. «In zehn Jahren fragt niemand mehr nach uns.»',
      ],
      [
        ['Wir haben knapp verloren', 'speech', 'Ueli Brandenberger'],
        ['In zehn Jahren fragt niemand mehr nach uns.', 'speech', 'Ueli Brandenberger'],
      ],
    ],
    [
      "a pronoun opening the clause put first, where no person is the main clause's subject",
      [
        'Alphornbläser Beat Zürcher stellte die Tasche ins Auto. «Abgeschlossen habe ich nicht», sagt Zürcher. Als er zurückkam, war die Tasche weg. «Zuerst dachte ich an einen Streich.»',
      ],
      [
        ['Abgeschlossen habe ich nicht', 'speech', 'Zürcher'],
        ['Zuerst dachte ich an einen Streich.', 'speech', 'Beat Zürcher'],
      ],
    ],
    [
      'a given name put first, with a pronoun after the verb, is no name: "Ernst meint er es nicht"',
      [
        'Gemeinderat Kurt Aemisegger nimmt den Rekord mit Humor. «Wir sollten ein Schild aufstellen», sagt er. Ernst meint er es nicht. «Mir wäre ein normaler Sommer lieber.»',
      ],
      [
        ['Wir sollten ein Schild aufstellen', 'speech', 'Kurt Aemisegger'],
        ['Mir wäre ein normaler Sommer lieber.', 'speech', 'Kurt Aemisegger'],
      ],
    ],
    [
      'a family name in -s before a relative clause keeps its s',
      [
        'Winzerin Klara Horvaths, deren Heuriger am oberen Ende der Gasse liegt, spürt den Streit. „Die Radler kommen nicht mehr vorbei“, sagt sie.',
      ],
      [['Die Radler kommen nicht mehr vorbei', 'speech', 'Klara Horvaths']],
    ],
    [
      'the title of a record announced by a colon is a name',
      [
        'Giulia Ferrante hatte die Musik ausgesucht. Zu später Stunde lief die alte Schallplatte, die ihre Grossmutter mitgebracht hatte: «Sole di Puglia». Alle sangen mit.',
      ],
      [['Sole di Puglia', 'name', null]],
    ],
    [
      '"X senior:" where two share the family name says not which one',
      [
        'Firmenchef Hanspeter Gisler und seine Tochter Claudia Gisler traten vor die Belegschaft.',
        'Gisler senior: «Niemand bedauert diesen Tag mehr als ich»',
      ],
      [['Niemand bedauert diesen Tag mehr als ich', 'speech', null]],
    ],
    [
      'a name the lists do not know, with an apposition of nationality after it, is a person a pronoun may mean',
      [
        'Hüttenwart Sepp Gruber hat die Hütte im Frühling übernommen.',
        'Dazu kommt der Anders Holmqvist, ein Schwede, der eigentlich nur eine Nacht bleiben wollte. Er sagt, er habe «noch nie so gut geschlafen».',
      ],
      [['noch nie so gut geschlafen', 'partial', 'Anders Holmqvist']],
    ],
    [
      'a given name the lists now know makes the person an age after means',
      [
        'Margret Wullschleger war mit ihrem Dackel im Park unterwegs, als ihr der Schwan auffiel. «Er lag ganz komisch am Ufer», erzählt die 71-Jährige.',
      ],
      [['Er lag ganz komisch am Ufer', 'speech', 'Margret Wullschleger']],
    ],
    [
      'a written text whose writer a relative clause or the sentence before names is theirs',
      [
        'Über der Kasse hängt ein Schild, das Bäckerin Rosa Imhof 1994 mit Plakatfarbe gemalt hat: «Bitte Geld ins Kässeli.»',
        'Am Montag hatte Karl Imfeld dem Nachbarn einen Zettel geschrieben. Darauf stand: «Die Hecke kommt weg.»',
        'Am Eingang hängt ein zweites Schild. Darauf steht: «Hunde an die Leine.»',
      ],
      [
        ['Bitte Geld ins Kässeli.', 'speech', 'Rosa Imhof'],
        ['Die Hecke kommt weg.', 'speech', 'Karl Imfeld'],
        ['Hunde an die Leine.', 'speech', null],
      ],
    ],
    [
      'a grandfather named with his role is not whom "sein Vater" means',
      [
        'Hinter der Theke steht Metzger Anton Brühwiler. Sein Grossvater Ferdinand hatte die Metzgerei gegründet, sein Vater sie erweitert. Der heute 68-Jährige übernahm 1989. «Ich habe es mir lang überlegt», sagt er.',
      ],
      [['Ich habe es mir lang überlegt', 'speech', null]],
    ],
    [
      'a book\'s title after "ein Buch geschrieben:" or "in einem Buch gesammelt:" is a name',
      [
        'Jetzt hat die Pflegerin Hanna Rüegg ein Buch über ihren Beruf geschrieben: «Die Nacht hat keine Glocke». Ein Gespräch über ihren Dienst.',
        '2019 hat sie ihre Ideen in einem Buch gesammelt: «Was summt da? Forschen mit den Kleinsten».',
      ],
      [
        ['Die Nacht hat keine Glocke', 'name', null],
        ['Was summt da? Forschen mit den Kleinsten', 'name', null],
      ],
    ],
    [
      'a long title with its publisher and pages after it is a name',
      [
        'Hanna Rüegg: «Die Nacht hat keine Glocke – Erinnerungen einer Pflegerin». Seetal Verlag, 212 Seiten, 28 Franken.',
      ],
      [['Die Nacht hat keine Glocke – Erinnerungen einer Pflegerin', 'name', null]],
    ],
    [
      '"Ich habe Lina gesagt:" in an interview is the interviewee speaking to Lina',
      [
        'Hanna Rüegg war 40 Jahre Pflegerin.',
        'Frau Rüegg, was raten Sie den Jungen?',
        'Ich habe Lina gesagt: «Lass dir nichts gefallen.» Sie hat gelacht.',
      ],
      [['Lass dir nichts gefallen.', 'speech', 'Rüegg']],
    ],
    [
      "a few words in a question somebody else asked, in reported speech, are the asker's, not the speaker's before",
      [
        'Ihr Vater Dirk Wenger ist gehörlos. «Wir wollten das nie», sagt er. Ein Funktionär habe damals gefragt, wer die Haftung übernehme, «wenn sie den Pfiff nicht hört».',
      ],
      [
        ['Wir wollten das nie', 'speech', 'Dirk Wenger'],
        ['wenn sie den Pfiff nicht hört', 'partial', 'Funktionär'],
      ],
    ],
    [
      "what a choir sings is a song's name",
      [
        'Hedwig Amrein erinnert sich an den Winter 1963, als der Chor auf dem Weiher «Stille Nacht» sang.',
      ],
      [['Stille Nacht', 'name', null]],
    ],
    [
      "a word glossed by its translation is nobody's",
      [
        'Auf die erste Seite jeder Partitur schreibt Dirigentin Sigrun Moe dasselbe Wort: «Pust», norwegisch für «atme».',
      ],
      [
        ['Pust', 'partial', 'Sigrun Moe'],
        ['atme', 'partial', null],
      ],
    ],
    [
      'an abstract noun after a role is no family name',
      [
        'Senait Kidane lernte Deutsch mit Kinderbüchern. Dann folgte die Lehre als Fachfrau Gesundheit. «Ich bin Pflegefachfrau. Punkt», sagt sie.',
      ],
      [['Ich bin Pflegefachfrau. Punkt', 'speech', 'Senait Kidane']],
    ],
    [
      'a banner is no person an age may mean',
      [
        'Als Trainer Colin Fairbairn kam, standen sie schon da. Über dem Tor hing ein Transparent: «Thank you, Coach!». «Das war der Moment», gab der 68-Jährige später zu.',
      ],
      [
        ['Thank you, Coach!', 'speech', null],
        ['Das war der Moment', 'speech', 'Colin Fairbairn'],
      ],
    ],
    [
      '"sie" before a subject with a role and a name may be the object: who speaks after is not sure',
      [
        'Spitaldirektorin Karin Zbinden freut sich. Die Petition sammelte 9000 Unterschriften. Lanciert hatte sie die Hausärztin Brigitte Zaugg. «Ich habe Patienten gesehen, die zu spät kamen», sagt sie.',
      ],
      [['Ich habe Patienten gesehen, die zu spät kamen', 'speech', null]],
    ],
    [
      'an age the text gave somebody unnamed is theirs, not that of a person named in a paragraph before',
      [
        'Ein 34-jähriger Alpinist aus Deutschland ist am Sonntag aus der Nordwand geborgen worden.',
        'Pilot Frédéric Aubry sprach von einem «Einsatz an der Grenze». «Wir hatten zwanzig Minuten», sagte er. Der Verletzte wurde ins Spital geflogen. Er sei ausser Lebensgefahr, hiess es am Montag.',
        'Der 34-Jährige meldete sich am Montag aus dem Spital. «Ich habe sehr viel Glück gehabt», sagte er.',
      ],
      [
        ['Einsatz an der Grenze', 'partial', 'Frédéric Aubry'],
        ['Wir hatten zwanzig Minuten', 'speech', 'Frédéric Aubry'],
        ['Ich habe sehr viel Glück gehabt', 'speech', 'Alpinist'],
      ],
    ],
    [
      "a few words of advice another person gave, in reported speech, are not the teller's",
      [
        'Skilehrer Johann Rainer ist 90. Sein Hausarzt habe ihm im Herbst geraten, «auf die blauen Pisten umzusteigen», erzählt Rainer und grinst.',
      ],
      [['auf die blauen Pisten umzusteigen', 'partial', null]],
    ],
    [
      'after a clause set off by commas, the verb and then the pronoun that is the subject',
      [
        'Stadtrat Dragan Petrić fordert ein Verbot. Sicherheitsvorsteherin Nadia Fontana verwies auf die Patrouillen. «Wir nehmen das ernst», sagte sie. Ein Alkoholverbot am Seeufer, wie es Petrić ins Spiel brachte, lehnte sie aber ab. «Verbote verschieben das Problem nur.»',
      ],
      [
        ['Wir nehmen das ernst', 'speech', 'Nadia Fontana'],
        ['Verbote verschieben das Problem nur.', 'speech', 'Nadia Fontana'],
      ],
    ],
    [
      'a role the text gives nobody it names is the role as written',
      [
        'Kurz nach Mitternacht klingelte in Valdorin das Telefon. Der Förster rief an und sagte nur: «Komm schnell, der Hang rutscht.»',
      ],
      [['Komm schnell, der Hang rutscht.', 'speech', 'Förster']],
    ],
    [
      "a few words in what another person reportedly asked are not the teller's",
      [
        'Lorena Tschudin arbeitet als Dachdeckerin in Brunnwil. Ein Kunde habe sie einmal gefragt, ob sie «die Leiter oder den Kaffee» bringe, erzählt Tschudin.',
      ],
      [['die Leiter oder den Kaffee', 'partial', null]],
    ],
    [
      'a dish that ends like a council is no person',
      [
        'Seine Frau Edith Zumbrunn kocht seit 30 Jahren in Selwang, ihr Kalbsbraten ist im ganzen Tal bekannt. «Die Gäste denken, eine Beiz ist Romantik», sagt sie.',
      ],
      [['Die Gäste denken, eine Beiz ist Romantik', 'speech', 'Edith Zumbrunn']],
    ],
    [
      'a relation the text named somebody with does not keep another role from meaning them',
      [
        'Sein Vater Armin Fässler glaubte ihm zuerst nicht. «Hier oben hat nie jemand einen Bären gesehen», sagt der Landwirt aus Ober-Trüebbach.',
      ],
      [['Hier oben hat nie jemand einen Bären gesehen', 'speech', 'Armin Fässler']],
    ],
    [
      'a relation is no other relation of the same person',
      [
        'Grossmutter Rosina Vettiger, 86, sieht es gelassen: «Jetzt braucht sie nur noch einen guten Wein.» Die Enkelin lachte nur: «Nani, bitte.»',
      ],
      [
        ['Jetzt braucht sie nur noch einen guten Wein.', 'speech', 'Rosina Vettiger'],
        ['Nani, bitte.', 'speech', null],
      ],
    ],
    [
      'a stage of life means the one person of the gender the article named',
      [
        'Edwin Gubler (79) wartet jeden Morgen am Postauto-Halt in Fernwil.',
        'Die Tasche lag auf der Bank. «Zuerst dachte ich, die hat einer vergessen», sagt der Rentner.',
      ],
      [['Zuerst dachte ich, die hat einer vergessen', 'speech', 'Edwin Gubler']],
    ],
    [
      'a time adverb put first is no name: the pronoun or the name after the verb speaks',
      [
        'Ich spiele mit meinem Enkel Ruben jeden Sonntag. Er ist neun. Neulich hat er gesagt: «Nonna, du denkst zu lange nach.»',
        'Letzte Woche stand Elin aus der dritten Klasse vor mir und sagte: «Ich will Buschauffeurin werden.»',
      ],
      [
        ['Nonna, du denkst zu lange nach.', 'speech', 'Ruben'],
        ['Ich will Buschauffeurin werden.', 'speech', 'Elin'],
      ],
    ],
    [
      "a word after a relation's given name that ends the clause and never comes again is what they do",
      [
        'Am Abend spielt sie mit ihrem Enkel Mattia Schach. Er ist zwölf und gewinnt meistens. Gestern hat er gesagt: «Nonna, du bist zu gründlich.»',
      ],
      [['Nonna, du bist zu gründlich.', 'speech', 'Mattia']],
    ],
    [
      '"Der" right before a verb is whom the text named last, not the name after the verb',
      [
        'Den alten Rekord hielt ein Norweger, Lars Haugen. Der hat Beat Gasser schon per SMS gratuliert: «Gut gemacht, du verrückter Schweizer!»',
      ],
      [['Gut gemacht, du verrückter Schweizer!', 'speech', 'Lars Haugen']],
    ],
    [
      "a word somebody unnamed wrote in reported speech is not the teller's",
      [
        '«Ich habe hier Dinge erlebt, die ich nie erwartet hätte», sagt Gemeindepräsident Urs Flückiger. Nachts habe jemand «Lügner» an seine Haustür gesprayt, im Briefkasten hätten Zettel gelegen.',
      ],
      [
        ['Ich habe hier Dinge erlebt, die ich nie erwartet hätte', 'speech', 'Urs Flückiger'],
        ['Lügner', 'partial', null],
      ],
    ],
    [
      '"Der Alois" opening a sentence is the person named with that given name',
      [
        'Vreni Gisler wohnt mit ihrem Mann Alois Gisler am Dorfrand.',
        'Ein Brief kam von Pfarrer Hans Zberg. Er hat geschrieben: «Ohne dich wäre das Dorf ärmer.»',
        'Der Alois war ein Heiliger. Er hat gekocht und gewaschen. Er sagt heute noch: «Bei uns läutete das Telefon öfter als die Kirchenglocke.»',
      ],
      [
        ['Ohne dich wäre das Dorf ärmer.', 'speech', 'Hans Zberg'],
        ['Bei uns läutete das Telefon öfter als die Kirchenglocke.', 'speech', 'Alois Gisler'],
      ],
    ],
    [
      'a time after a demonstrative is nobody a pronoun means',
      [
        'Jeden Dienstag fahre ich Hedwig Amrein zum Friedhof. Diese Woche sagte sie beim Aussteigen: «Junger Mann, Sie fahren gut.» Ich bin 52. «Das ist ein Kompliment», sagte sie.',
      ],
      [
        ['Junger Mann, Sie fahren gut.', 'speech', 'Hedwig Amrein'],
        ['Das ist ein Kompliment', 'speech', 'Hedwig Amrein'],
      ],
    ],
    [
      "a ticker's time stamp and a conjunction before an article open no colon clause",
      [
        '19.42 Uhr – Eine Anwohnerin aus dem Weiler Moos meldet sich zu Wort: «Ich zahle seit vierzig Jahren Steuern hier.»',
        'Und ein zweiter Nachbar meint nur: «Da hat sich einer verrechnet.»',
      ],
      [
        ['Ich zahle seit vierzig Jahren Steuern hier.', 'speech', 'Anwohnerin aus dem Weiler Moos'],
        ['Da hat sich einer verrechnet.', 'speech', 'Nachbar'],
      ],
    ],
    [
      'after a verb of saying, "ein" and a noun that is a person\'s by its form is somebody a pronoun may mean',
      [
        '«Die Strasse ist ein Segen», sagt Gemeindepräsident Reto Gisler.',
        '«Der Luchs ist das grosse Thema», sagt ein Züchter aus dem hinteren Tal. Er hat im Sommer sechs Tiere verloren. «Ich frage mich jeden Herbst, ob ich noch Schafe habe.»',
      ],
      [
        ['Die Strasse ist ein Segen', 'speech', 'Reto Gisler'],
        ['Der Luchs ist das grosse Thema', 'speech', 'Züchter aus dem hinteren Tal'],
        ['Ich frage mich jeden Herbst, ob ich noch Schafe habe.', 'speech', 'Züchter'],
      ],
    ],
    [
      'a title before the given names after a preposition makes an object',
      [
        'Kurt Amrein sagte während der Verhandlung kaum etwas. Auf die Frage von Gerichtspräsident Peter Wyss, ob er sich entschuldigen wolle, antwortete er knapp: «Wenn es sein muss.»',
      ],
      [['Wenn es sein muss.', 'speech', 'Kurt Amrein']],
    ],
    [
      '"sie" before her own possessive is the subject, the man the sentence opens with the object',
      [
        'Vor jedem Rennen trifft Nadja Imhof ihren Bruder Jonas. Jonas nennt sie ihren «kleinen Glücksbringer».',
      ],
      [['kleinen Glücksbringer', 'partial', 'Nadja Imhof']],
    ],
    [
      'a person named two texts back, across a subheading, is not whom a pronoun means where another of the gender is named more often',
      [
        'Seit 70 Jahren sitzt Rosa Ambühl am Webstuhl. Rosa Ambühl ist 88.',
        'Gelernt hat sie das Weben bei ihrer Mutter. «Was du webst, das trägt dich» hat die Mutter, Berta Kälin, 1950 gestickt.',
        'Socken für den Ehemann',
        '1958 heiratete die junge Weberin den Schreiner Anton Ambühl. «Der Anton hat immer geschimpft wegen der Wolle», erzählt sie.',
      ],
      [
        ['Was du webst, das trägt dich', 'partial', null],
        ['Der Anton hat immer geschimpft wegen der Wolle', 'speech', null],
      ],
    ],
    [
      "a body in a clause the person's sentence subordinates is what they speak of, not whom a pronoun means",
      [
        'Präsident Urs Amstad erinnerte daran, dass sich der Verein immer wieder neu erfinden musste. «Heute sind wir so viele wie nie», sagte er.',
      ],
      [['Heute sind wir so viele wie nie', 'speech', 'Urs Amstad']],
    ],
    [
      "a deputy's office is not the holder's",
      [
        'Gemeindepräsident Roland Imhof will bis im Herbst ein neues Konzept vorlegen. Der Vizepräsident stellte sich hinter ihn: «Lieber ein kleines Bad als gar keines.»',
        '«Wir halten die Linie», sagt Feuerwehrkommandant Rico Tenchio. Laut Tenchio brennen 40 Hektaren. «Der Boden ist knochentrocken», sagt der Kommandant.',
      ],
      [
        ['Lieber ein kleines Bad als gar keines.', 'speech', null],
        ['Wir halten die Linie', 'speech', 'Rico Tenchio'],
        ['Der Boden ist knochentrocken', 'speech', 'Rico Tenchio'],
      ],
    ],
    [
      'a pronoun after the clause the sentence opens with may mean whom that clause names',
      [
        'Trainer Olli Virtanen war zufrieden.',
        'Ein Zuschauer ruft: «Das darf nicht wahr sein!»',
        'Was Virtanen seinem Team in der Pause gesagt hat, verrät er nur andeutungsweise: Es sei eine «klare Ansage» gewesen.',
      ],
      [
        ['Das darf nicht wahr sein!', 'speech', 'Zuschauer'],
        ['klare Ansage', 'partial', 'Olli Virtanen'],
      ],
    ],
    [
      '"liess sie sich nicht verdrängen" says nothing; a press that names somebody is the source',
      [
        'Lara Tenchio gewann. Im zweiten Lauf auf der weichen Piste «Muntatsch» liess sie sich nicht mehr verdrängen.',
        'Dreimal wurde sie Vierte, die Boulevardpresse nannte sie bereits «die ewige Vierte».',
      ],
      [
        ['Muntatsch', 'name', null],
        ['die ewige Vierte', 'partial', null],
      ],
    ],
    [
      "a relative clause whose pronoun subject names what is quoted: the pronoun's person",
      [
        'Seit 40 Jahren hält Anton Rüegg Bienen. Heuer hat er einen Rekord geerntet, den er «einen Zufall mit Fleiss» nennt.',
      ],
      [['einen Zufall mit Fleiss', 'partial', 'Anton Rüegg']],
    ],
    [
      'the source named right before the words is whose words they are',
      [
        'Alois Gruber gründete den Skiclub. Bei jeder Versammlung hält er eine Rede, die nach Auskunft von Aktuarin Heidi Moser «nie unter zwanzig Minuten» dauert.',
      ],
      [['nie unter zwanzig Minuten', 'partial', 'Heidi Moser']],
    ],
    [
      'a medium in the dative before the verb of saying is a name',
      [
        'Fünfzig Jahre lang blies Ruedi Arnold vom Kirchturm. «Die Leute sollen wissen, dass Ostern ist», hat er einmal der «Talpost» gesagt.',
      ],
      [
        ['Die Leute sollen wissen, dass Ostern ist', 'speech', 'Ruedi Arnold'],
        ['Talpost', 'name', null],
      ],
    ],
    [
      "a form the text quotes is nobody's, though the person who posted it is named",
      [
        'Gemeindepräsident Markus Suter hat den Entscheid online gestellt. Der Fragebogen des Kantons, den Suter ebenfalls veröffentlicht hat, formuliert es nüchtern: «Ihnen wird vorgeworfen, zu schnell gefahren zu sein.»',
      ],
      [['Ihnen wird vorgeworfen, zu schnell gefahren zu sein.', 'speech', null]],
    ],
    [
      "a body the sentence names before the pronoun's clause may be whom it means",
      [
        'Ein Kind weinte, die Mutter auch. Auf Facebook postete die Feuerwehr ein Foto vom Einsatz, dazu schrieb sie: «Heute kein Feuer, sondern ein nasses Reh.»',
      ],
      [['Heute kein Feuer, sondern ein nasses Reh.', 'speech', null]],
    ],
    [
      '"ein" and a noun in -ler introduces somebody whom "er" then means',
      [
        'Bruno Imfeld ist Hauswart im Schulhaus Rebhalde.',
        'Dieses Jahr kam ein Erstklässler zu mir in die Werkstatt. Er schaute lange auf die Werkzeugwand und fragte dann: «Wohnst du hier?»',
      ],
      [['Wohnst du hier?', 'speech', 'Erstklässler']],
    ],
    [
      "a club's abbreviation makes an organisation, no person a demonym may mean",
      [
        'Im Final setzte sich Kirchlitz gegen Titelverteidiger SG Sankt Ambros durch. Gästetrainer Henrik Solberg gratuliert fair. Sankt Ambros habe im Tie-Break «zwei, drei Bälle zu viel verschenkt», sagt der Norweger.',
      ],
      [['zwei, drei Bälle zu viel verschenkt', 'partial', 'Henrik Solberg']],
    ],
    [
      'a widow named with the family name two others share is a third person, and a woman',
      [
        'Die Schmiede von Korbinian Haslinger war der Mittelpunkt des Dorfes.',
        'Sein Sohn Michael Haslinger wohnt in Passau.',
        '«Er ist um fünf aufgestanden», erzählt seine Witwe Walburga Haslinger. Kennengelernt hatten sie sich beim Maitanz, wo er ihr, wie sie sagt, «zu laut und zu russig» vorkam.',
      ],
      [
        ['Er ist um fünf aufgestanden', 'speech', 'Walburga Haslinger'],
        ['zu laut und zu russig', 'partial', 'Walburga Haslinger'],
      ],
    ],
    [
      '"ein Badegast" introduces somebody whom "er" then means',
      [
        'Bademeister Goran Lukić war zufrieden.',
        'Ein Badegast filmte die Szene und stellte das Video ins Netz. Darunter schrieb er: «Heute war Bahn 3 für Hunde reserviert.»',
      ],
      [['Heute war Bahn 3 für Hunde reserviert.', 'speech', 'Badegast']],
    ],
    [
      'a channel\'s name after "angelegt:" is a name',
      [
        'Enkel Jannik Sauter hat einen Youtube-Kanal angelegt: «Opa gegen den Ozean». Dort gibt es jeden Tag ein Video.',
      ],
      [['Opa gegen den Ozean', 'name', null]],
    ],
    [
      'a woman named after "der" and a woman\'s noun is in the dative, not whom an age means',
      [
        'Im Florett holte Jana Keller ihren dritten Titel. Im Final liess die Bernerin der Zürcherin Sophie Frey keine Chance. «Nach der Verletzung», sagte die 28-Jährige, «habe ich nicht mehr daran geglaubt.»',
      ],
      [
        ['Nach der Verletzung', 'speech', null],
        ['habe ich nicht mehr daran geglaubt.', 'speech', null],
      ],
    ],
    [
      "a text on a sticker or posted with a caption is nobody's whom the clause names",
      [
        'Auf dem Heck des Bobs klebt seither ein Sticker: «Gebaut im Dorf. Gefahren von Malin.»',
        'Auf der Facebook-Seite des Tierheims erscheint Bruno am Morgen mit dem Text: «Wer kennt diesen Herrn?»',
      ],
      [
        ['Gebaut im Dorf. Gefahren von Malin.', 'speech', null],
        ['Wer kennt diesen Herrn?', 'speech', null],
      ],
    ],
    [
      'capitalised words right after a noun for a thing, or after "dessen", name it',
      [
        'Gut angelaufen sei das neue Sauerteigbrot «Bergkruste», das in allen Filialen erhältlich ist, so Beat Amsler weiter.',
        '«Das ist doch Kindergarten», sagt Gastwirt Dariusz Nowak, in dessen «Dorfkrug» der Streit Thema ist.',
        'Sie spricht vom Begriff «Heimat» und lacht.',
      ],
      [
        ['Bergkruste', 'name', null],
        ['Das ist doch Kindergarten', 'speech', 'Dariusz Nowak'],
        ['Dorfkrug', 'name', null],
        ['Heimat', 'partial', null],
      ],
    ],
    [
      'a pronoun in a clause of "während" is not who speaks next; the main clause\'s subject is',
      [
        'Ein Mann ist beim Joggen gestürzt. Disponent Beat Gantner, 29, tippt mit, während er spricht. «Wo genau sind Sie?»',
      ],
      [['Wo genau sind Sie?', 'speech', 'Beat Gantner']],
    ],
    [
      'a capitalised adjective before a role is no name; a name after a fronted verb and a modal speaks',
      [
        'Technischer Leiter Kurt Rohner: «Wir gehen kein Risiko ein.»',
        'Die Werkstatt von Goran Petrić brannte aus. Aufgeben will Petrić nicht: «Wir arbeiten ab Montag weiter.»',
      ],
      [
        ['Wir gehen kein Risiko ein.', 'speech', 'Kurt Rohner'],
        ['Wir arbeiten ab Montag weiter.', 'speech', 'Petrić'],
      ],
    ],
    [
      '"Und doch:" goes on with who spoke',
      [
        '«Ich habe als Kind gesehen, was das kostet», sagt Jan Lindholm. Und doch: «Von ihm habe ich gelernt, zuerst die Hand zu geben.»',
      ],
      [
        ['Ich habe als Kind gesehen, was das kostet', 'speech', 'Jan Lindholm'],
        ['Von ihm habe ich gelernt, zuerst die Hand zu geben.', 'speech', 'Jan Lindholm'],
      ],
    ],
    [
      'an unnamed relation after a person the lists do not know is not surely whom "er" means',
      [
        'Der Kreidestrich sitzt. Bahram Nazari beugt sich über einen Stoff. «Ein Anzug verzeiht keine Eile», sagt er.',
        'Nazari wuchs am Kaspischen Meer auf. Sein Grossvater hatte dort eine Schneiderei. 1988 verliess er das Land. Im Lager habe er als Erstes eine Jacke geflickt, erzählt er. «Der Mann hat mich angeschaut.»',
      ],
      [
        ['Ein Anzug verzeiht keine Eile', 'speech', null],
        ['Der Mann hat mich angeschaut.', 'speech', null],
      ],
    ],
    [
      '"Für X sei das «…», sagt sie": the one the verb of saying names holds the view',
      [
        'Zu den Kunden gehört Gemeindepräsidentin Franziska Amrein. Für Nazari sei das «Ehrensache» gewesen, sagt sie.',
      ],
      [['Ehrensache', 'partial', 'Franziska Amrein']],
    ],
    [
      "a given name an apposition calls an animal is no person; a certificate's text is nobody's",
      [
        'Seine grösste Hoffnung heisst Fiona, eine sechsjährige Braunviehkuh. Geführt wird sie von Tochter Jasmin Imboden. «Fiona ist eitel», sagt die 19-Jährige.',
        'Bürgermeisterin Andrea Fux überreichte eine Ehrenurkunde, auf der zu lesen ist: «In Dankbarkeit für 38 Jahre Dienst.»',
      ],
      [
        ['Fiona ist eitel', 'speech', 'Jasmin Imboden'],
        ['In Dankbarkeit für 38 Jahre Dienst.', 'speech', null],
      ],
    ],
    [
      'a quotation set off by a dash alone is the other side of the dialogue, or whom the question called',
      [
        'Nach der Vorführung stellte sich Lia Montalbetti den Fragen von Festivaldirektor Gian-Reto Pedrini. «Warum eine Fährfrau?», wollte er wissen. «Weil mich Menschen interessieren», antwortete Montalbetti. «Und die Brücke?» – «Die Brücke ist der Fortschritt.»',
        'Gemeindepräsident Urs Zürcher-Imfeld antwortete: «Die Gemeinde.» – «Und wenn der Vertrag gekündigt wird?» – «Dann fahre ich halt selber», sagte Zürcher-Imfeld.',
        'Erst spät verkürzte Captain Dario Sigrist. Danach stellte ihm eine Reporterin zwei Fragen. «Dario, was geht in dir vor?» – «Ich weiss es nicht.»',
      ],
      [
        ['Warum eine Fährfrau?', 'speech', 'Gian-Reto Pedrini'],
        ['Weil mich Menschen interessieren', 'speech', 'Montalbetti'],
        ['Und die Brücke?', 'speech', 'Gian-Reto Pedrini'],
        ['Die Brücke ist der Fortschritt.', 'speech', 'Montalbetti'],
        ['Die Gemeinde.', 'speech', 'Urs Zürcher-Imfeld'],
        ['Und wenn der Vertrag gekündigt wird?', 'speech', null],
        ['Dann fahre ich halt selber', 'speech', 'Zürcher-Imfeld'],
        ['Dario, was geht in dir vor?', 'speech', 'Reporterin'],
        ['Ich weiss es nicht.', 'speech', 'Dario Sigrist'],
      ],
    ],
    [
      'a form of address names a person; a family name in a company name is no mention of one',
      [
        'Walter Zgraggen war lange Präsident.',
        'Am Dienstag stand der alte Herr Zwygart neben mir. Er erzählte, dass er mit Ruth rede. «Sie weiss alles», sagte er.',
        'Es war ein Mittwochabend, als Gerhard K. (63) die Lottoziehung verfolgte.',
        'Seinen Nebenjob beim Busunternehmen Pürstinger will er nicht aufgeben. «Die Kinder sind mein Leben», sagt der 63-Jährige. Sein Chef Herbert Pürstinger freut sich.',
      ],
      [
        ['Sie weiss alles', 'speech', 'Zwygart'],
        ['Die Kinder sind mein Leben', 'speech', 'Gerhard K.'],
      ],
    ],
    [
      'a role in the dative is no subject a stage of life may mean; a fellow candidate is not the candidate',
      [
        'Holger M. trägt einen grauen Anzug. Der Angeklagte soll Geld veruntreut haben.',
        'Als erste Zeugin sagte die 87-jährige Gertrud Hallmeier aus. Sie hatte dem Angeklagten eine Vollmacht erteilt. Der Vorsitzende Richter Matthias Kühnrich fragte sie, ob sie je Verdacht geschöpft habe. «Nie», sagte die Rentnerin.',
        'Es kam zum Eklat mit Mitkandidatin Vanessa Dröge. Die Kandidatin darf keine Interviews geben. Darin schreibt sie: «Ich gehe da rein, wie ich bin.»',
      ],
      [
        ['Nie', 'speech', 'Gertrud Hallmeier'],
        ['Ich gehe da rein, wie ich bin.', 'speech', null],
      ],
    ],
    [
      'a name inside the clause of a sentence whose pronouns mean somebody else is not whom the next pronoun means',
      [
        '«Jetzt oder nie», sagte Nuria Castelmur im Ziel. Als sie sah, dass auch Magdalena Striegl ihre Zeit nicht unterbieten konnte, sank sie in den Schnee.',
        'An der Siegerehrung hatte sie sich wieder gefasst. «Heute habe ich es verstanden», erzählte sie.',
      ],
      [
        ['Jetzt oder nie', 'speech', 'Nuria Castelmur'],
        ['Heute habe ich es verstanden', 'speech', 'Nuria Castelmur'],
      ],
    ],
    [
      'what others said to somebody, what critics call something, a thing explained: nobody the sentence names',
      [
        'Sie habe damals Sätze gehört wie «Frauen gehören auf die Hütte», erinnert sich Verena Schartlehner.',
        'Landrätin Sabine Treutlein-Maier erklärt, was sie Kritikern entgegnet, die von einem «Kahlschlag» sprechen.',
        'Wirt Herbert Hölzl hat ein neues Getränk auf der Karte: den «Glockenspritzer», einen weissen Spritzer mit Holunder.',
        'Hölzl sprach von einem «Skandal», einem Versagen der Behörden.',
      ],
      [
        ['Frauen gehören auf die Hütte', 'partial', null],
        ['Kahlschlag', 'partial', null],
        ['Glockenspritzer', 'partial', null],
        ['Skandal', 'partial', 'Hölzl'],
      ],
    ],
    [
      'a rank before a name, a role before a family name and a relation named in commas are the person',
      [
        '«Der Dachstuhl war durchgebrannt», berichtet Kommandant Hauptbrandinspektor Gerald Rabengruber.',
        'Die ersten Zecken wurden gemeldet, berichtet der Virologe Florian Zehetgruber.',
        'Virologe Zehetgruber rechnet mit einer intensiven Saison. «Das wird ein Rekordjahr», sagte er.',
        'Mein Mann, der Sepp, sagt bis heute: «Du riechst nach Keller.»',
      ],
      [
        ['Der Dachstuhl war durchgebrannt', 'speech', 'Gerald Rabengruber'],
        ['Das wird ein Rekordjahr', 'speech', 'Florian Zehetgruber'],
        ['Du riechst nach Keller.', 'speech', 'Sepp'],
      ],
    ],
    [
      'the interviewee of an interview its lead names; a statement put to them prompts an answer',
      [
        'Seit 31 Jahren führt Seraina Caduff-Lenz Gäste über den Gletscher.',
        'Frau Caduff-Lenz, wie geht es dem Gletscher?',
        '«Schlecht. Ich bin eher wütend.»',
        'Der Tourismusverein Val Furnasch wirbt mit der Kampagne «Letzte Chance Eis». Einige Ihrer Kollegen finden das zynisch. Sie auch?',
        '«Der Titel ist unglücklich.»',
        'Sie haben ein Buch geschrieben: «Weiss wie die Stille».',
        '«Eher ein Notizheft.»',
      ],
      [
        ['Schlecht. Ich bin eher wütend.', 'speech', 'Caduff-Lenz'],
        ['Letzte Chance Eis', 'name', null],
        ['Der Titel ist unglücklich.', 'speech', 'Caduff-Lenz'],
        ['Weiss wie die Stille', 'name', null],
        ['Eher ein Notizheft.', 'speech', 'Caduff-Lenz'],
      ],
    ],
    [
      'a role opening a sentence with "einen" is a man; a nested quotation may call the speaker by name',
      [
        'Die Küferin Seraina Ambüehl arbeitet in Rebwil.',
        'Seit letztem Sommer bildet Ambüehl auch einen Lehrling aus. Sie zuckt mit den Schultern. «Solange es Leute gibt, braucht es uns», sagt sie.',
        'Wenn Margrit Hügli (82) davon erzählt, muss sie lachen. «Er sagte: ‹Margrit, ich muss dir etwas beichten›», erzählt sie.',
        '«Ich brauch kein Schloss», sagt Gerhard K. «Die Kinder kriegen was.»',
      ],
      [
        ['Solange es Leute gibt, braucht es uns', 'speech', 'Seraina Ambüehl'],
        ['Er sagte: ‹Margrit, ich muss dir etwas beichten›', 'speech', 'Margrit Hügli'],
        ['Ich brauch kein Schloss', 'speech', 'Gerhard K.'],
        ['Die Kinder kriegen was.', 'speech', 'Gerhard K.'],
      ],
    ],
    [
      'a few words right after a verb of saying, or after "schreibt von", "droht mit", are what it says',
      [
        'Der abgewählte Stadtpräsident Daniel Kübelbach gratuliert «ohne Groll».',
        'Auf X meldet sich die Abgeordnete Ilka Brenneke-Suhr zu Wort. Sie schreibt von einem «Weckruf».',
        'Die Aussenministerin Eva Lund droht mit «Konsequenzen».',
        'Die Ökonomin Theresa Aigner vom Forschungsinstitut «Ökonomie Austria» hält die Zahlen für «ambitioniert».',
        'Kommandant Markus Reisinger dankte den Familien, ohne deren Geduld das Haus «nie fertig geworden» wäre.',
      ],
      [
        ['ohne Groll', 'partial', 'Daniel Kübelbach'],
        ['Weckruf', 'partial', 'Ilka Brenneke-Suhr'],
        ['Konsequenzen', 'partial', 'Eva Lund'],
        ['Ökonomie Austria', 'name', null],
        ['ambitioniert', 'partial', 'Theresa Aigner'],
        ['nie fertig geworden', 'partial', 'Markus Reisinger'],
      ],
    ],
    [
      'two name words before a role in apposition are a person; an initial shared with the dead means the living one',
      [
        'Gundula Holzleitner, Sprecherin der Bürgerinitiative, hielt Freisinger entgegen: «Wir sind nicht gegen Windkraft.»',
        'Der Angeklagte Alois P., der den «Kogelwirt» in Kaltenegg führt, bestreitet alles. Seine verstorbene Mutter Theresia P. hatte ihm den Hof vermacht.',
        '«Nein», antwortete P. «Fragen Sie sie», sagte der Wirt.',
      ],
      [
        ['Wir sind nicht gegen Windkraft.', 'speech', 'Gundula Holzleitner'],
        ['Kogelwirt', 'partial', null],
        ['Nein', 'speech', 'Alois P.'],
        ['Fragen Sie sie', 'speech', null],
      ],
    ],
    [
      'whom an article celebrates: the person it names most',
      [
        'Frieda Gschwend wird 100. Frieda Gschwend lebt im Heim Sonnmatt.',
        'Ihre Tochter, Elisabeth Rüegg-Gschwend, ist selbst 72. «Sie hat immer gesungen», sagt sie. «‹Am Bächli›, was denn sonst», ruft die Jubilarin dazwischen.',
      ],
      [
        ['Sie hat immer gesungen', 'speech', 'Elisabeth Rüegg-Gschwend'],
        ['‹Am Bächli›, was denn sonst', 'speech', 'Frieda Gschwend'],
      ],
    ],
    [
      'somebody unnamed in reported speech after a teller is not whom the pronoun after the words means; a corporation is a body',
      [
        'Beschimpft worden sei er «jeden Sonntag», sagt Fritz Kornberger. Einmal habe ihm ein Zuschauer einen Regenschirm nachgeworfen. «Der wollte mir Geld geben», erzählt er lachend.',
        'Seraina Zumstein führt die Alp. Die Korporation Obermattwil ist froh. In der Ausschreibung hatte sie noch gewarnt: «Die Bewirtschaftung erfordert Einsatz.»',
      ],
      [
        ['jeden Sonntag', 'partial', 'Fritz Kornberger'],
        ['Der wollte mir Geld geben', 'speech', 'Fritz Kornberger'],
        ['Die Bewirtschaftung erfordert Einsatz.', 'speech', null],
      ],
    ],
    [
      'a given name after a verb in -te that follows a noun is the person, no adjective before a noun',
      [
        'Margrit Zysset lebt in Hinterfeld. Dass sie Ernst wiederfand, ist ihrer Enkelin Lena zu verdanken. Lena postete das Foto.',
        'Den ersten Anruf machte Margrit dann selbst. «Ich habe dreimal aufgelegt», gesteht sie.',
      ],
      [['Ich habe dreimal aufgelegt', 'speech', 'Margrit Zysset']],
    ],
    [
      'reported speech goes on past a subjunctive in -te and a group of people; an office set off by commas; a clause of its own after a comma',
      [
        '«Synergien stehen im Vordergrund», sagt Branchenanalystin Petra Kallweit. Das bedeute nicht zwangsläufig Stellenabbau, wohl aber eine «Neuordnung der Produktion».',
        'Gemeinderat Thomas Hürlimann, zuständig für Kultur, spricht von einem «guten Kompromiss». Die Nachbarn hätten ein Recht auf Ruhe, «aber ein bisschen Sommer gehört dazu».',
        'Landeshauptmann Josef Kranebitter sprach von einem «Kraftakt», Oppositionschefin Theresa Lindpointner ortet dagegen ein «Wahlzuckerl».',
      ],
      [
        ['Synergien stehen im Vordergrund', 'speech', 'Petra Kallweit'],
        ['Neuordnung der Produktion', 'partial', 'Petra Kallweit'],
        ['guten Kompromiss', 'partial', 'Thomas Hürlimann'],
        ['aber ein bisschen Sommer gehört dazu', 'partial', 'Thomas Hürlimann'],
        ['Kraftakt', 'partial', 'Josef Kranebitter'],
        ['Wahlzuckerl', 'partial', 'Theresa Lindpointner'],
      ],
    ],
    [
      'an age and a nationality opening a paragraph are somebody the pronoun after them means, not the last person named',
      [
        'Sportchef Roman Gisler sprach lange. «Wir haben entschieden», sagte Gisler.',
        'Der 47-jährige Finne war im Sommer angetreten. «Ich bleibe», sagte er.',
      ],
      [
        ['Wir haben entschieden', 'speech', 'Gisler'],
        ['Ich bleibe', 'speech', 'Finne'],
      ],
    ],
    [
      'a question put to "Sie" is not by whom the sentence before names; a genitive after an adjective is no subject; a stage of life means somebody unnamed the paragraph introduced, not past them',
      [
        'Wir haben die Autorin Miriam Sedlacek am Tag nach der Bekanntgabe erreicht. «Haben Sie damit gerechnet?»',
        'Präsident Dragan Veselin gewann. Die Boulevardzeitung «Ekspres» druckte ein Foto des jubelnden Veselin und dazu nur ein Wort: «Endlich!»',
        'Verteidiger Karl Strohmaier sprach von einem «Indizienbrei».',
        'Als Zeuge sagte am Nachmittag ein Nachbar des Angeklagten aus. Er habe «einen lauten Knall» gehört, gab der Pensionist zu Protokoll.',
      ],
      [
        ['Haben Sie damit gerechnet?', 'speech', null],
        ['Ekspres', 'name', null],
        ['Endlich!', 'speech', null],
        ['Indizienbrei', 'partial', 'Karl Strohmaier'],
        ['einen lauten Knall', 'partial', 'Nachbar des Angeklagten'],
      ],
    ],
    [
      'reported speech about a pronoun after the verb goes back to the teller',
      [
        'Die 24-Jährige sei mit dem E-Scooter gestürzt, sagte ein Polizeisprecher. Einen Helm habe sie nicht getragen. Fremdverschulden schliesse man «nach derzeitigem Stand» aus.',
      ],
      [['nach derzeitigem Stand', 'partial', 'Polizeisprecher']],
    ],
    [
      'what several people report is theirs, not the words of whom the sentence before let speak',
      [
        'Ein Sprecher der Bundespolizei sagte: «Wir versorgen die Menschen mit Wasser.» Fahrgäste berichten, die Temperatur in den Wagen sei auf «weit über 35 Grad» gestiegen.',
      ],
      [
        ['Wir versorgen die Menschen mit Wasser.', 'speech', 'Sprecher der Bundespolizei'],
        ['weit über 35 Grad', 'partial', null],
      ],
    ],
    [
      'a relation in a relative clause with "dessen" is not whom the pronoun after the main clause means',
      [
        'Firmenchef Konrad Brenning, dessen Grossvater das Unternehmen 1952 gegründet hatte, stand fassungslos vor der Ruine. «Drei Generationen haben das aufgebaut», sagte er.',
      ],
      [['Drei Generationen haben das aufgebaut', 'speech', 'Konrad Brenning']],
    ],
    [
      "a portrait's own questions; a possessive in the dative opening a sentence; a question asked again; whom a question is about",
      [
        'Priska Aebersold arbeitet seit 2003 nachts.',
        'Ist sie nie müde? «Doch, natürlich. Um vier Uhr ist jeder müde.» Was hilft? «Ein Kaffee um drei.»',
        'Herbert K. war früh aufgebrochen. Seiner Frau hatte er mitgeteilt, er sei «spätestens um fünf» zurück.',
        '«Thomas, wie fühlt sich das an?», fragte Streckensprecher Harald Tischler. «Sehr gut», antwortete Sieger Thomas Brunner. «Und die Hitze?», hakte der Sprecher nach. «Nicht so schlimm wie in Addis.»',
        'Jasmin Kellerhoff hat geheiratet. Eine Sprecherin des Senders gratulierte. Auf die Frage, ob Kellerhoff eine Pause plane, antwortete sie nur: «Kein Kommentar.»',
      ],
      [
        ['Doch, natürlich. Um vier Uhr ist jeder müde.', 'speech', 'Priska Aebersold'],
        ['Ein Kaffee um drei.', 'speech', 'Priska Aebersold'],
        ['spätestens um fünf', 'partial', 'Herbert K.'],
        ['Thomas, wie fühlt sich das an?', 'speech', 'Harald Tischler'],
        ['Sehr gut', 'speech', 'Thomas Brunner'],
        ['Und die Hitze?', 'speech', 'Harald Tischler'],
        ['Nicht so schlimm wie in Addis.', 'speech', null],
        ['Kein Kommentar.', 'speech', 'Sprecherin des Senders'],
      ],
    ],
    [
      'a pronoun in the main clause after a clause put first means whom that clause names',
      [
        'Die Kandidatin Svenja Kündig kochte Fisch.',
        'Was Jolanda Steiner-Brülisauer im Finale auf den Teller bringt, verrät sie nicht. Nur so viel: «Es wird etwas mit Käse.»',
      ],
      [['Es wird etwas mit Käse.', 'speech', 'Jolanda Steiner-Brülisauer']],
    ],
    [
      'a pronoun opening a paragraph, over a quotation given to nobody named (or a role), means nobody surely',
      [
        'Im Final stand Reto Gisiger gegen Urs Bärfuss. «Ich habe gewartet», sagt Gisiger. Bärfuss gratulierte fair: «Er war heute besser.» Auf der Tribüne sass auch der technische Leiter des Schwingklubs Tannau, der später meinte: «So einen Kurz habe ich lange nicht gesehen.»',
        'Der Sieg brachte ihm einen Muni ein. Was er mit ihm macht, weiss er noch nicht. «Wahrscheinlich kommt er auf den Hof», sagt er.',
      ],
      [
        ['Ich habe gewartet', 'speech', 'Gisiger'],
        ['Er war heute besser.', 'speech', 'Bärfuss'],
        ['So einen Kurz habe ich lange nicht gesehen.', 'speech', 'Leiter des Schwingklubs Tannau'],
        ['Wahrscheinlich kommt er auf den Hof', 'speech', null],
      ],
    ],
    [
      'a relative clause with a verb of saying before the colon: whom it is about speaks',
      [
        'Am Rand stand Beat Gmür, der nur sagte: «Das war knapp.» Auch der Leiter des Schwingklubs Tannau, der später meinte: «So einen Kurz sieht man selten.»',
      ],
      [
        ['Das war knapp.', 'speech', 'Beat Gmür'],
        ['So einen Kurz sieht man selten.', 'speech', 'Leiter des Schwingklubs Tannau'],
      ],
    ],
    [
      'an age with a relative ("der 41-jährige Vater") is a family member, not the man named before',
      [
        'Kommandant Reto Amsler war mit 40 Leuten vor Ort. «Das Dach brannte schon», sagte Amsler.',
        'Die Familie konnte sich retten. «Wir sind nur gerannt», sagte der 41-jährige Vater.',
      ],
      [
        ['Das Dach brannte schon', 'speech', 'Amsler'],
        ['Wir sind nur gerannt', 'speech', null],
      ],
    ],
    [
      'a firm in an apposition ("der Veranstalter, die Firma X,") is no person',
      [
        'Der Veranstalter, die Firma Seeklang Events, bestätigte: «Das Fest findet statt.»',
        'Die Firma Seeklang Events teilte mit: «Wir sind bereit.»',
      ],
      [
        ['Das Fest findet statt.', 'speech', null],
        ['Wir sind bereit.', 'speech', null],
      ],
    ],
    [
      'an age nobody was given, after two men and a pronoun for the first one, says not which',
      [
        'Im Tor steht Fabio Gerber. Präsident Martin Zaugg lobt ihn. Heute sitzt der 37-Jährige auf der Tribüne. «Ich habe nie an Aufhören gedacht», sagt er.',
        'Den Siegtreffer erzielte Nico Tanner. Trainer Jonas Moser war zufrieden. «Das war verdient», sagte der 31-Jährige.',
      ],
      [
        ['Ich habe nie an Aufhören gedacht', 'speech', null],
        ['Das war verdient', 'speech', 'Jonas Moser'],
      ],
    ],
    [
      "a label others gave, with the participle after it, is not the teller's; nor a term mentioned as an example",
      [
        'Anna Kessler war die einzige Frau im Kurs. Manche Kollegen hätten sie «das Fräulein Kapitän» genannt, erzählt sie.',
        '«Wir haben gerechnet», sagt Studienleiterin Beatrice Zgraggen. Begriffe wie «Chuchichäschtli» würden die Jugendlichen noch kennen.',
      ],
      [
        ['das Fräulein Kapitän', 'partial', null],
        ['Wir haben gerechnet', 'speech', 'Beatrice Zgraggen'],
        ['Chuchichäschtli', 'partial', null],
      ],
    ],
    [
      'two people named together after a plural verb of saying speak together',
      [
        'Der Laden ist mehr als ein Geschäft. «Hier trifft man sich», sagen Lea und Marco Baumann, die ihn führen.',
        '«Wir haben einen Knall gehört», sagen die Geschwister Anna und Luca Frei. «So viele Lose haben wir nie verkauft», sagen die Organisatoren.',
      ],
      [
        ['Hier trifft man sich', 'speech', 'Lea und Marco Baumann'],
        ['Wir haben einen Knall gehört', 'speech', 'Anna und Luca Frei'],
        ['So viele Lose haben wir nie verkauft', 'speech', null],
      ],
    ],
    [
      'a group right after the verb of a named subject is its object, not who "sie" may mean',
      [
        'Heimleiterin Sabine Schuler lobte die Bewohnerinnen und Bewohner. «Alle waren ruhig», sagt sie.',
        'Die Richter in Lausanne halten fest, dass alles gilt. «Das ist klar», sagt sie.',
      ],
      [
        ['Alle waren ruhig', 'speech', 'Sabine Schuler'],
        ['Das ist klar', 'speech', null],
      ],
    ],
    [
      'an ordinal after an article ("in der 70. Minute") ends no sentence, so the noun after it is nobody',
      [
        'Der 18-jährige Elia Gasser, in der 70. Minute eingewechselt, traf zum Ausgleich. «Ich habe einfach abgezogen», sagte er.',
        'Nico Brunner traf spät. «Ich war nur da», sagte der Gymnasiast.',
      ],
      [
        ['Ich habe einfach abgezogen', 'speech', 'Elia Gasser'],
        ['Ich war nur da', 'speech', 'Nico Brunner'],
      ],
    ],
    [
      'a few words in a sentence with a phrase put first: the subject after the verb',
      [
        'Für die Räumung rechnet Strasseninspektor Peter Kälin mit «mindestens zwei Tagen». Das Dorf ist abgeschnitten.',
        'Nach dem Auftritt von Lea Muster rechnet man mit «mehr Publikum».',
      ],
      [
        ['mindestens zwei Tagen', 'partial', 'Peter Kälin'],
        ['mehr Publikum', 'partial', null],
      ],
    ],
    [
      'reported speech about a group ("Viele der Betroffenen seien …") goes on with the speaker before, unless the quotation speaks as "wir"',
      [
        '«Das ist ein Kahlschlag», sagte Regionalsekretärin Jasmin Odermatt. Viele der Betroffenen seien über 50 Jahre alt. «Wer mit 57 aus der Weberei kommt, findet keine Stelle mehr.»',
        '«Das ist ein Kahlschlag», sagte Gewerkschafter Urs Gamma. Die Anwohner seien empört. «Wir lassen uns das nicht gefallen.»',
      ],
      [
        ['Das ist ein Kahlschlag', 'speech', 'Jasmin Odermatt'],
        [
          'Wer mit 57 aus der Weberei kommt, findet keine Stelle mehr.',
          'speech',
          'Jasmin Odermatt',
        ],
        ['Das ist ein Kahlschlag', 'speech', 'Urs Gamma'],
        ['Wir lassen uns das nicht gefallen.', 'speech', null],
      ],
    ],
    [
      'a description that brings in nobody, between two quotations, keeps the speaker; a body does not',
      [
        '«Ich verstehe es nicht», sagt Jan Wyssbrod am Telefon. Die Stimme ist heiser, der Ärger noch frisch. «Die Jury wollte ein Finale ohne Mundart.»',
        '«Wir bauen», sagt Gemeindepräsident Urs Gamma. Der Verband sieht das anders. «Das ist zu teuer.»',
      ],
      [
        ['Ich verstehe es nicht', 'speech', 'Jan Wyssbrod'],
        ['Die Jury wollte ein Finale ohne Mundart.', 'speech', 'Jan Wyssbrod'],
        ['Wir bauen', 'speech', 'Urs Gamma'],
        ['Das ist zu teuer.', 'speech', null],
      ],
    ],
    [
      'a few words in what somebody named by role or name reportedly said are theirs',
      [
        'Seraina Caduff lernte früh. Ein Ausbildner habe in der ersten Woche gesagt, Frauen seien «zu vorsichtig für diesen Beruf».',
      ],
      [['zu vorsichtig für diesen Beruf', 'partial', 'Ausbildner']],
    ],
    [
      'a place named twice after "beim" ("beim Bahnhof Wängibrugg") is nobody "er" may mean',
      [
        '«Wir hatten Glück», sagt Polizeisprecher Marco Zehnder. Ein Auto steckte beim Bahnhof Wängibrugg fest. Er fügte an: «Bitte meiden Sie Unterführungen.»',
        'Wängibrugg ist abgeschnitten. Auf der Tafel beim Bahnhof Wängibrugg steht: «Strasse gesperrt».',
      ],
      [
        ['Wir hatten Glück', 'speech', 'Marco Zehnder'],
        ['Bitte meiden Sie Unterführungen.', 'speech', 'Marco Zehnder'],
        ['Strasse gesperrt', 'speech', null],
      ],
    ],
    [
      '"sagen die beiden" after a pair the paragraph named together: the pair',
      [
        'In Oberwängi stehen Marta und Kurt Imboden vor ihrem Haus. «Alles ist hin», sagen die beiden.',
        'Ruth Gerber kam mit Anna Meier. «Wir sind froh», sagen die beiden.',
      ],
      [
        ['Alles ist hin', 'speech', 'Marta und Kurt Imboden'],
        ['Wir sind froh', 'speech', null],
      ],
    ],
    [
      'a study a relative clause mentions is background; a study the sentence is about may be "sie"',
      [
        'Anna Caviezel, die nicht an der Studie beteiligt war, ist skeptisch. Gegenüber dieser Zeitung sagt sie: «Die Arten verschwinden.»',
        'Forscherin Lea Gisler hat eine Studie veröffentlicht. Die Studie ist umfangreich. Sie kommt zum Schluss: «Die Arten verschwinden.»',
      ],
      [
        ['Die Arten verschwinden.', 'speech', 'Anna Caviezel'],
        ['Die Arten verschwinden.', 'speech', null],
      ],
    ],
    [
      'a thing right after a pronoun subject ("Als sie die Schmiede übernahm") is the object, not whom "sagt sie" means',
      [
        'Corinne Ammann ist Hufschmiedin. Als sie die Schmiede 2013 übernahm, blieben Kunden weg. «Die Bauern haben den Kopf geschüttelt», sagt sie.',
      ],
      [['Die Bauern haben den Kopf geschüttelt', 'speech', 'Corinne Ammann']],
    ],
    [
      'a conjunction that is also a given name ("Solange er da sei") opening a sentence is nobody',
      [
        'Die Glaziologin Nora Imfeld-Berger misst den Gletscher seit zwanzig Jahren. Solange er da sei, werde gemessen, sagt sie. «Ein Gletscher ist ein Archiv.»',
      ],
      [['Ein Gletscher ist ein Archiv.', 'speech', 'Nora Imfeld-Berger']],
    ],
    [
      '"…, erinnert sich X": X is who recalls, so "Er lacht." after it means X, not the father whose words he recalled',
      [
        'Sein Vater war wenig begeistert. «Mit Geigen verdienst du kein Brot», habe er gesagt, erinnert sich Urs Fankwiler. Er lacht. «Er hatte fast recht. Die ersten Jahre waren hart.»',
      ],
      [
        ['Mit Geigen verdienst du kein Brot', 'speech', 'Vater'],
        ['Er hatte fast recht. Die ersten Jahre waren hart.', 'speech', 'Urs Fankwiler'],
      ],
    ],
    [
      'reported speech about a thing before a colon goes on with whom the sentence before let speak; not when it names a person',
      [
        'Der Inhaber der Bäckerei, Walter Imboden, zeigte sich fassungslos. «Wir sind ein kleiner Betrieb», sagte er. Die Bäckerei bleibe trotzdem geöffnet: «Die Gipfeli backen sich nicht von allein.»',
        'Der Inhaber der Bäckerei, Walter Imboden, zeigte sich fassungslos. «Wir sind ein kleiner Betrieb», sagte er. Seine Frau sei dagegen gewesen: «Die Gipfeli backen sich nicht von allein.»',
      ],
      [
        ['Wir sind ein kleiner Betrieb', 'speech', 'Walter Imboden'],
        ['Die Gipfeli backen sich nicht von allein.', 'speech', 'Walter Imboden'],
        ['Wir sind ein kleiner Betrieb', 'speech', 'Walter Imboden'],
        ['Die Gipfeli backen sich nicht von allein.', 'speech', null],
      ],
    ],
    [
      '"Auch der Pfarrer" after a named man brings in one more person, whom "Er sagt:" then means; without "Auch" it may be either',
      [
        'Dario Imgrüth (32) lacht. Auch der Pfarrer hielt Abstand. Er sagt: «Im Unterricht kommen Ochs und Esel vor.»',
        'Dario Imgrüth (32) lacht. Der Pfarrer hielt Abstand. Er sagt: «Im Unterricht kommen Ochs und Esel vor.»',
      ],
      [
        ['Im Unterricht kommen Ochs und Esel vor.', 'speech', 'Pfarrer'],
        ['Im Unterricht kommen Ochs und Esel vor.', 'speech', null],
      ],
    ],
    [
      'in an interview, "Dann sage ich:" and a piece of advice "ich" gave are the answerer\'s',
      [
        'Frau Tscharner, was sagen Sie Gästen, die WLAN wollen?',
        'Dann sage ich: «Wir haben etwas Besseres.»',
        'Und Ihrer Nachfolgerin?',
        'Meiner Nachfolgerin habe ich nur einen Rat gegeben: «Die Hütte gehört nicht dir.»',
      ],
      [
        ['Wir haben etwas Besseres.', 'speech', 'Tscharner'],
        ['Die Hütte gehört nicht dir.', 'speech', 'Tscharner'],
      ],
    ],
    [
      "after a colon, a phrase put first, the auxiliary and a role: the role's few quoted words",
      [
        'Ganz unumstritten war das nicht: An der Versammlung hatte ein Votant gewarnt, die Gemeinde dürfe «nicht Ladenbesitzerin spielen».',
      ],
      [['nicht Ladenbesitzerin spielen', 'partial', 'Votant']],
    ],
    [
      'a role after "von einer" in the passive is whom "sagte sie" means; a plain "Frau" stays open',
      [
        'Entdeckt wurde der Einbruch am Morgen von einer Angestellten. «Der Wind zog durch die Backstube», sagte sie.',
        'Die grösste Spende kam von einer Frau aus dem Dorf. «Ich helfe gern», sagt sie.',
      ],
      [
        ['Der Wind zog durch die Backstube', 'speech', 'Angestellte'],
        ['Ich helfe gern', 'speech', null],
      ],
    ],
    [
      'a body in what a named person reports is no one "sagte sie" may mean; a body in the writer\'s own words still is',
      [
        'Finanzvorsteherin Regula Imboden rechnete vor, dass der Steuerfuss nicht zu halten sei. Die Gemeinde werde ab 2027 mehr verlangen. «Das ist ein Nachtessen pro Jahr», sagte sie.',
        'Finanzvorsteherin Regula Imboden war dabei. Die Gemeinde verlangt ab 2027 mehr. «Das ist ein Nachtessen pro Jahr», sagte sie.',
      ],
      [
        ['Das ist ein Nachtessen pro Jahr', 'speech', 'Regula Imboden'],
        ['Das ist ein Nachtessen pro Jahr', 'speech', null],
      ],
    ],
    [
      'after reported speech about his wife, a quotation that speaks of "sie" goes on with him; one that does not stays open',
      [
        'Ruedi Imbach wollte die Hühner füttern. «Der lag da wie frisch aus dem Ofen», erzählt er. Seine Frau Elsbeth habe zuerst gelacht. «Sie sagte: ‹Jetzt spinnst du›.»',
        'Ruedi Imbach wollte die Hühner füttern. «Der lag da wie frisch aus dem Ofen», erzählt er. Seine Frau Elsbeth habe zuerst gelacht. «Jetzt spinnst du.»',
      ],
      [
        ['Der lag da wie frisch aus dem Ofen', 'speech', 'Ruedi Imbach'],
        ['Sie sagte: ‹Jetzt spinnst du›.', 'speech', 'Ruedi Imbach'],
        ['Der lag da wie frisch aus dem Ofen', 'speech', 'Ruedi Imbach'],
        ['Jetzt spinnst du.', 'speech', null],
      ],
    ],
    [
      'in an interview\'s question, a few words "Sie" said are the interviewee\'s; words somebody else said of "Sie" are not',
      [
        'Frau Tscharner, Sie haben einmal gesagt, die Hütte sei «kein Hotel mit Aussicht». Stimmt das noch?',
        'Ja.',
        'Ihr Nachfolger sagte, Sie seien «eine Legende». Sind Sie das?',
      ],
      [
        ['kein Hotel mit Aussicht', 'partial', 'Tscharner'],
        ['eine Legende', 'partial', null],
      ],
    ],
    [
      '"der Anführer" of a group the text brings in is not the man it named; "der Zürcher" after him is',
      [
        'Alois Imbach hat die Hütte erlebt. Einmal kam eine Gruppe in Turnschuhen an. Der Anführer meinte nur: «Wir sind fit, das reicht.»',
        'Alois Imbach hat die Hütte erlebt. Der Zürcher meinte nur: «Wir sind fit, das reicht.»',
      ],
      [
        ['Wir sind fit, das reicht.', 'speech', null],
        ['Wir sind fit, das reicht.', 'speech', 'Alois Imbach'],
      ],
    ],
    [
      "a clause of its own after the last comma whose subject is several people: their words, not the named subject's",
      [
        'Stadtrat Peter Imbach hatte die Vorlage als «Jahrhundertprojekt» bezeichnet, die Gegner sprachen von einem «Luxustram für ein paar Quartiere».',
      ],
      [
        ['Jahrhundertprojekt', 'partial', 'Peter Imbach'],
        ['Luxustram für ein paar Quartiere', 'partial', null],
      ],
    ],
    [
      'what others say of "Sie" in an interview question is not the interviewee\'s; a plural group before a colon does not go on with the speaker before',
      [
        'Frau Tscharner, Ihre Kritiker sagen, Sie seien «zu stur». Was entgegnen Sie?',
        '«Wir hören auf», sagte Peter Imbach. Die Kunden seien traurig: «Wo sollen wir jetzt einkaufen?»',
      ],
      [
        ['zu stur', 'partial', null],
        ['Wir hören auf', 'speech', 'Peter Imbach'],
        ['Wo sollen wir jetzt einkaufen?', 'speech', null],
      ],
    ],
    [
      '"die Rentnerin" after the one woman the paragraph named with another role, of an age that fits; not a woman of 34, nor with another woman named beside her, nor a lawyer of no age given',
      [
        'Kundin Margrit Hauswirth (71) stand gerade an der Kasse. «Das war verrückt», sagt die Rentnerin.',
        'Lehrerin Paula Hauswirth (34) stand gerade an der Kasse. «Das war verrückt», sagt die Rentnerin.',
        'Kundin Margrit Hauswirth stand neben Verkäuferin Anna Hug. «Das war verrückt», sagt die Rentnerin.',
        'Anwalt Peter Rothacher vertritt die Familie. «Wir wurden betrogen», sagt der Rentner.',
      ],
      [
        ['Das war verrückt', 'speech', 'Margrit Hauswirth'],
        ['Das war verrückt', 'speech', null],
        ['Das war verrückt', 'speech', null],
        ['Wir wurden betrogen', 'speech', null],
      ],
    ],
    [
      'a sign shown in the paragraph before is nobody a pronoun may mean; a quotation of somebody unnamed still is',
      [
        'Rosmarie Tannacher führt den Laden. «Wer Milch will, soll Milch haben», sagt Rosmarie Tannacher.',
        'Über der Tür hängt ein altes Holzschild: «Gut Ding will Weile haben.»',
        'Dass sie den Laden übernehmen würde, war nicht geplant. «Mein Vater wollte einen Sohn», erzählt sie.',
        'Eine Kundin sagt: «Ohne den Laden wäre hier nichts.»',
        'Am Abend schliesst sie ab. «Morgen wieder», sagt sie.',
      ],
      [
        ['Wer Milch will, soll Milch haben', 'speech', 'Rosmarie Tannacher'],
        ['Gut Ding will Weile haben.', 'speech', null],
        ['Mein Vater wollte einen Sohn', 'speech', 'Rosmarie Tannacher'],
        ['Ohne den Laden wäre hier nichts.', 'speech', 'Kundin'],
        ['Morgen wieder', 'speech', null],
      ],
    ],
    [
      'a given name the text writes as a noun after a possessive is no person where it stands alone',
      [
        'Ferdinand Wälchli stellte am Freitag seinen ersten Roman vor.',
        'Ist der Roman autobiografisch? «Nur zum Teil», sagt er.',
      ],
      [['Nur zum Teil', 'speech', 'Ferdinand Wälchli']],
    ],
    [
      'the words of a note somebody found are not theirs',
      [
        'In einem Chalet fand die Besitzerin nach ihrer Rückkehr einen Zettel mit den Worten «Danke und schöne Ferien» auf dem Küchentisch.',
      ],
      [['Danke und schöne Ferien', 'partial', null]],
    ],
    [
      "a number opening reported speech is no person who would end the speaker's turn",
      [
        '«Das ist eine Enttäuschung», sagte der Gemeindepräsident und Präsident der Projektgruppe, Beat Zurbriggen, vor den Medien. Vier Jahre Arbeit seien nun «in einer Schublade verschwunden».',
      ],
      [
        ['Das ist eine Enttäuschung', 'speech', 'Beat Zurbriggen'],
        ['in einer Schublade verschwunden', 'partial', 'Beat Zurbriggen'],
      ],
    ],
    [
      'a role with an age and an apposition with «ein» is whom a pronoun after it means, by that role',
      [
        'Richterin Fabienne Ritz eröffnete die Verhandlung.',
        'Der 52-jährige Beschuldigte, ein Familienvater aus Gufelried, gab die Vorwürfe zu. «Ich schäme mich jeden Tag dafür», sagte er mit leiser Stimme.',
      ],
      [['Ich schäme mich jeden Tag dafür', 'speech', 'Beschuldigte']],
    ],
    [
      'reported speech about a man after a woman spoke goes on with her; «seiner Vereinskollegen» after «das Vertrauen» is nobody a pronoun may mean',
      [
        'Staatsanwältin Nadia Grünenfelder sah das anders. Der Mann habe alles «systematisch» missbraucht, sagte sie. Er habe gefälschte Rechnungen erstellt. «Wer so vorgeht, handelt mit Plan.»',
        'Die Verteidigerin sah das anders. Der Mann habe das Vertrauen seiner Vereinskollegen nie «bewusst» missbraucht, sagte sie. Verteidigerin Lea Tanner forderte einen Freispruch.',
      ],
      [
        ['systematisch', 'partial', 'Nadia Grünenfelder'],
        ['Wer so vorgeht, handelt mit Plan.', 'speech', 'Nadia Grünenfelder'],
        ['bewusst', 'partial', 'Lea Tanner'],
      ],
    ],
    [
      "a subheading of a noun for a substance is nobody; an apposition with its own title after a long complement names the role's holder",
      [
        '«Eine solche Differenz hätten wir nicht erwartet», sagt die Leiterin der Limnologischen Station, die Gewässerforscherin Seraina Caduff-Nauer.',
        'Sauerstoff wird knapp',
        'Das Problem liege in der Tiefe, erklärt sie. Man messe Werte, die für Felchen «kritisch» seien.',
      ],
      [
        ['Eine solche Differenz hätten wir nicht erwartet', 'speech', 'Seraina Caduff-Nauer'],
        ['kritisch', 'partial', 'Seraina Caduff-Nauer'],
      ],
    ],
    [
      "an adverb opening a sentence («Hinzu kam …») is nobody who would take the speaker's turn",
      [
        '«Wir haben gerechnet», sagte Glaziologe Matthias Imboden.',
        'Schuld sei eine ungünstige Kombination, erklärte er. Hinzu kam Saharastaub, der im März fiel. Er spricht von einem «Teufelskreis».',
      ],
      [
        ['Wir haben gerechnet', 'speech', 'Matthias Imboden'],
        ['Teufelskreis', 'partial', 'Matthias Imboden'],
      ],
    ],
    [
      "«ein» before a man's noun after the object is the subject put last; «eine» there is still the object",
      [
        'Entdeckt hatte das Feuer ein Nachbar. «Ich habe nur noch Orange gesehen», sagte der 46-Jährige.',
        'Im Heim habe ein Patient eine Pflegerin geschlagen. «Ich war schockiert», sagte die 46-Jährige.',
      ],
      [
        ['Ich habe nur noch Orange gesehen', 'speech', 'Nachbar'],
        ['Ich war schockiert', 'speech', null],
      ],
    ],
    [
      'a noun for a person by its form the lists do not know means whom the text gave it as a title; nobody the text did not',
      [
        'Als Lea Imhof das Mikrofon nahm, standen die Leute bis in den Gang. «So viele Menschen habe ich nie gesehen», sagte die Initiantin.',
        'Mia Keller (8) hat sich das Bein gebrochen. «Die Operation verlief gut», sagt die Assistentin.',
        'Initiantin Yvonne Ackermann-Durrer nahm das Mikrofon. Die Leute standen bis in den Gang. «So viele Menschen habe ich nie gesehen», sagte die Initiantin.',
      ],
      [
        ['So viele Menschen habe ich nie gesehen', 'speech', null],
        ['Die Operation verlief gut', 'speech', null],
        ['So viele Menschen habe ich nie gesehen', 'speech', 'Yvonne Ackermann-Durrer'],
      ],
    ],
    [
      'a body in the reported speech of a person who showed a stance is no one "sagte sie" may mean',
      [
        'Enttäuscht zeigte sich die Gemeindepräsidentin von Wilerau, Margrit Aeberhard-Kälin. Die Gemeinde habe Geld gesprochen. Das sei «kurzsichtig», sagte sie.',
      ],
      [['kurzsichtig', 'partial', 'Margrit Aeberhard-Kälin']],
    ],
    [
      'after a verb of saying and a comma, «die» and an adjective open what was said, not a relative clause',
      ['Ökonom Reto Zimmerli sagt, die ganze Zulieferindustrie stehe unter «enormem Druck».'],
      [['enormem Druck', 'partial', 'Reto Zimmerli']],
    ],
    [
      'with «ich», «habe» is the indicative: the man the sentence names is whom «er» after it means',
      [
        'Frau Baumgartner, wie kamen Sie zu den Bienen?',
        'Ich habe mit zwanzig bei Alois Rickenbacher angefangen. Er sagte immer: «Wer bei den Bienen pressiert, wird gestochen.»',
      ],
      [['Wer bei den Bienen pressiert, wird gestochen.', 'speech', 'Alois Rickenbacher']],
    ],
    [
      '«Einer der Kläger, ein Informatiker, …» is somebody new whom «er» after it means, not the man named before',
      [
        '«Ohne Glocke finde ich meine Kühe nicht», schimpft Sepp Gisiger.',
        'Einer der Kläger, ein Informatiker Mitte vierzig, will anonym bleiben. Er sagt: «Wir haben nichts gegen Bauern.»',
      ],
      [
        ['Ohne Glocke finde ich meine Kühe nicht', 'speech', 'Sepp Gisiger'],
        ['Wir haben nichts gegen Bauern.', 'speech', 'Kläger'],
      ],
    ],
    [
      "a few words after a dash are the sentence's speaker's, as inside it",
      [
        '«Ein Gewinn für uns», sagte Oberbürgermeister Till Hagenmüller. Er betonte, viele Stellen dürften von Grenzgängern besetzt werden – «in umgekehrter Richtung, sozusagen».',
      ],
      [
        ['Ein Gewinn für uns', 'speech', 'Till Hagenmüller'],
        ['in umgekehrter Richtung, sozusagen', 'partial', 'Till Hagenmüller'],
      ],
    ],
    [
      'an adjective put first before «war es» is no person who would take the pronoun',
      [
        'Wer Verena Hauenstein treffen will, muss früh aufstehen. «Ich habe immer um sechs angefangen», sagt sie.',
        'Leicht war es nicht. Über die Sprüche der Kollegen kann sie heute lachen. «Man musste doppelt so gut sein», sagt sie.',
      ],
      [
        ['Ich habe immer um sechs angefangen', 'speech', 'Verena Hauenstein'],
        ['Man musste doppelt so gut sein', 'speech', 'Verena Hauenstein'],
      ],
    ],
    [
      "a saying named with an article is nobody's, and the speaker named before goes on after it",
      [
        '«Im ersten Moment freut man sich», sagt Landwirt Rupert Hallwyler. An die alte Bauernregel «Ist der Oktober warm und fein, kommt ein scharfer Winter drein» glaubt er nicht mehr. «Die Winter waren alles, nur nicht scharf.»',
      ],
      [
        ['Im ersten Moment freut man sich', 'speech', 'Rupert Hallwyler'],
        ['Ist der Oktober warm und fein, kommt ein scharfer Winter drein', 'partial', null],
        ['Die Winter waren alles, nur nicht scharf.', 'speech', 'Rupert Hallwyler'],
      ],
    ],
    [
      'a thing in -er that opens a sentence is nobody a pronoun means',
      [
        'Ihr Mann Severin, 52, steht schon in der Garage. Ein Bagger vor dem Haus dröhnt, wie jeden Morgen. «Ohne Werkzeug geht hier nichts», sagt er.',
      ],
      [['Ohne Werkzeug geht hier nichts', 'speech', 'Severin']],
    ],
    [
      'one capitalised word after "ein" and a role is the verb\'s object, not a name',
      [
        'Severin Imfeld flickt einen Zaun.',
        'Hinter der Scheune stapelt ein Landwirt Holzscheite in den Anhänger. «Der Winter kommt früh», meint er.',
      ],
      [['Der Winter kommt früh', 'speech', 'Landwirt']],
    ],
    [
      '"die Frau" means the woman the paragraph introduced since, not the wife named before',
      [
        'Wirt Anton Gschwind (58) zapft Bier. Seine Frau Lotti lacht: «Das macht er jeden Abend.» Eine Wanderin aus Chur setzt sich dazu. «Hier oben ist es am schönsten», sagt die Frau.',
      ],
      [
        ['Das macht er jeden Abend.', 'speech', 'Lotti'],
        ['Hier oben ist es am schönsten', 'speech', 'Wanderin'],
      ],
    ],
    [
      "a song somebody found, after a relative clause about it, is not the finder's words",
      [
        'Dirigent Kilian Brändli hebt den Taktstock. Die Musikgesellschaft spielt einen alten Marsch, den Brändli auf dem Estrich entdeckt hat: «Hoch die Fahnen, hoch die Herzen.»',
      ],
      [['Hoch die Fahnen, hoch die Herzen.', 'speech', null]],
    ],
    [
      "a pull quote that repeats words quoted later is nobody's turn",
      [
        'Der Kiosk am Bahnhof schliesst, sagt Pächterin Erna Tobler.',
        '«Wo kaufen wir jetzt die Zeitung?»',
        'Ein Pensionär mit Hut wartet am Schalter. «Wo kaufen wir jetzt die Zeitung? Ich lese sie seit 50 Jahren», sagt der Mann.',
      ],
      [
        ['Wo kaufen wir jetzt die Zeitung?', 'speech', null],
        ['Wo kaufen wir jetzt die Zeitung? Ich lese sie seit 50 Jahren', 'speech', 'Pensionär'],
      ],
    ],
    [
      'a given name with a role is the one person named in full with it',
      [
        'Lotti Gschwind (60) führt das Gasthaus Bärenhöhe seit dreissig Jahren.',
        'Am Stammtisch wird gejasst. Wirtin Lotti sagt: «Die Karten sind älter als ich.»',
      ],
      [['Die Karten sind älter als ich.', 'speech', 'Lotti Gschwind']],
    ],
    [
      '"X nennt sich das" names no person',
      [
        'Ernst Wyssbrod näht Riemen am Werktisch.',
        'Jede Naht zieht er doppelt. Kreuzstich nennt sich das. «So reisst nichts», sagt er.',
      ],
      [['So reisst nichts', 'speech', 'Ernst Wyssbrod']],
    ],
    [
      'an instrument in -meter is a thing, not the "er" who speaks',
      [
        'Ernst Wyssbrod sitzt im Stübli.',
        'Ein Barometer hängt an der Wand, aber er schaut selten hin. «Ich spüre das Wetter im Knie», sagt er.',
      ],
      [['Ich spüre das Wetter im Knie', 'speech', 'Ernst Wyssbrod']],
    ],
    [
      'answers below "Drei Fragen an X", each after its question, are that person\'s',
      [
        'Kurt Brunner führt das Kino Lichtspiel seit 1983.',
        'Drei Fragen an Heidi Brunner',
        'Welcher Film hat Sie am meisten berührt? «‹Die Reise nach Sizilien›, 1989. Da haben Leute geweint.»',
        'Was werden Sie vermissen? «Das Geräusch, wenn das Licht ausgeht.»',
        'Die letzte Vorstellung ist am 31. Dezember. «Danke», steht auf dem Plakat.',
      ],
      [
        ['‹Die Reise nach Sizilien›, 1989. Da haben Leute geweint.', 'speech', 'Heidi Brunner'],
        ['Das Geräusch, wenn das Licht ausgeht.', 'speech', 'Heidi Brunner'],
        ['Danke', 'speech', null],
      ],
    ],
    [
      '"seit" as a preposition opens a sentence about the speaker before, who goes on',
      [
        '«So etwas hat das Dorf noch nie gesehen», schwärmt OK-Präsidentin Selma Gubler. Seit einem Jahr plant sie das Fest. «Ohne die Freiwilligen wäre das nie gegangen.»',
      ],
      [
        ['So etwas hat das Dorf noch nie gesehen', 'speech', 'Selma Gubler'],
        ['Ohne die Freiwilligen wäre das nie gegangen.', 'speech', 'Selma Gubler'],
      ],
    ],
    [
      '"Eine Kundin ist X": the role is what X is, nobody else; "Aber:" goes on with the speaker',
      [
        'Ernst Wyssbrod näht Riemen.',
        'Eine Kundin ist Sandra Oberholzer, die aus dem Unterland anreist. Sie hat einen Gurt abgeholt. «Ich kenne niemanden, der so genau arbeitet», sagt sie.',
        '«Entscheidend ist, was ortsüblich ist», erklärt Daniela Brünisholz, Anwältin in Seewil. Auf dem Land müsse man mit Geräuschen leben. Aber: «Ein Hahn, der jede Nacht kräht, kann zu viel sein.»',
      ],
      [
        ['Ich kenne niemanden, der so genau arbeitet', 'speech', 'Sandra Oberholzer'],
        ['Entscheidend ist, was ortsüblich ist', 'speech', 'Daniela Brünisholz'],
        ['Ein Hahn, der jede Nacht kräht, kann zu viel sein.', 'speech', 'Daniela Brünisholz'],
      ],
    ],
    [
      'a plain noun for a man or a woman keeps what the text says of them, as after "ein"',
      ['«Das ist zu teuer», sagte ein junger Mann. «Viel zu teuer», meinte eine alte Dame.'],
      [
        ['Das ist zu teuer', 'speech', 'junger Mann'],
        ['Viel zu teuer', 'speech', 'alte Dame'],
      ],
    ],
    [
      'a pronoun for a plain noun with an adjective shows the adjective, too',
      [
        'Letzte Woche hat mich eine ältere Frau vor dem Dorfladen angesprochen. Sie sagte: «Ich habe dich immer gewählt.»',
      ],
      [['Ich habe dich immer gewählt.', 'speech', 'ältere Frau']],
    ],
    [
      'a ticker entry: the time stamp is no clause before the quotation',
      [
        '20.50 Uhr: «Das Wasser kam wie eine Wand.» So beschreibt Anwohner Kurt Reinhard den Moment.',
        '21.10 Uhr: Jan Imhof trifft ins Lattenkreuz. «Ich habe einfach abgezogen», wird er nach dem Spiel sagen.',
      ],
      [
        ['Das Wasser kam wie eine Wand.', 'speech', 'Kurt Reinhard'],
        ['Ich habe einfach abgezogen', 'speech', 'Jan Imhof'],
      ],
    ],
    [
      'a medium named before its verb is a name; whom it quoted "mit den Worten" speaks',
      [
        'Die «Rundschau» zitierte Gemeindepräsidentin Anna Gloor mit den Worten: «Wir sind bereit.»',
        'Der «Seekreis-Kurier» zitierte einen Mitarbeiter der Fährgesellschaft mit den Worten, man habe «seit Wochen damit gerechnet».',
      ],
      [
        ['Rundschau', 'name', null],
        ['Wir sind bereit.', 'speech', 'Anna Gloor'],
        ['Seekreis-Kurier', 'name', null],
        ['seit Wochen damit gerechnet', 'partial', 'Mitarbeiter der Fährgesellschaft'],
      ],
    ],
    [
      'whom somebody speaks to after "zu seiner" is whom "Sie antwortet" means',
      [
        'Köchin Lea Brunner kocht seit zehn Jahren im Sternen.',
        'Am Nebentisch ist man anderer Meinung. «So gut haben wir hier noch nie gegessen», sagt ein älterer Herr zu seiner Begleiterin. Sie antwortet: «Früher gab es halt nur Cordon bleu.»',
        'Rita Gloor steht am Zaun. «Das ist mein Garten», sagt sie zu ihrer Tochter. «Und das bleibt so.»',
      ],
      [
        ['So gut haben wir hier noch nie gegessen', 'speech', 'älterer Herr'],
        ['Früher gab es halt nur Cordon bleu.', 'speech', 'Begleiterin'],
        ['Das ist mein Garten', 'speech', 'Rita Gloor'],
        ['Und das bleibt so.', 'speech', 'Rita Gloor'],
      ],
    ],
    [
      '"Mit diesem Satz eröffnete X …", reported speech, then a quotation that goes on with X',
      [
        '«Wir haben die Brücke nicht aus Jux gesperrt.» Mit diesem Satz eröffnete Bürgermeisterin Petra Lindholm die Versammlung. Sie verstehe den Ärger, aber die Sicherheit gehe vor. «Hätte ich die Brücke offen gelassen, säße ich vor einem Richter.»',
        '«Es geht nicht um Schikane.» Das sagt Co-Präsidentin Helen Aebersold. Zweimal sei ihr Sohn beinahe angefahren worden. «Ich will nicht warten.»',
      ],
      [
        ['Wir haben die Brücke nicht aus Jux gesperrt.', 'speech', 'Petra Lindholm'],
        [
          'Hätte ich die Brücke offen gelassen, säße ich vor einem Richter.',
          'speech',
          'Petra Lindholm',
        ],
        ['Es geht nicht um Schikane.', 'speech', 'Helen Aebersold'],
        // The son the reported speech speaks of may be who speaks next.
        ['Ich will nicht warten.', 'speech', null],
      ],
    ],
    [
      'a woman in -entin is a person; a stance in a relative clause is no stance on the words',
      [
        '«So etwas habe ich hier nie gesehen», sagte eine Abonnentin am Ausgang.',
        '«Meine Mutter ist 84.» Das sagte eine Anwohnerin aus Unterau, die ihren Namen nicht nennen wollte.',
      ],
      [
        ['So etwas habe ich hier nie gesehen', 'speech', 'Abonnentin'],
        ['Meine Mutter ist 84.', 'speech', 'Anwohnerin aus Unterau'],
      ],
    ],
    [
      'a ferryman named with his trade is whom "der Fährmann" means, past an unnamed man',
      [
        'Fährmann Toni Ambühl steht am Steuer. Ein älterer Herr mit Hund will wissen, ob am Abend noch Föhn komme. «Ab vier Uhr, dann wird es ruppig», antwortet der Fährmann.',
      ],
      [['Ab vier Uhr, dann wird es ruppig', 'speech', 'Toni Ambühl']],
    ],
    [
      'a paragraph opening with "Zudem" and reported speech goes on with the speaker before',
      [
        'Für Patrick Vögtli, Uhrenanalyst, kommt der Abbau nicht überraschend. «Montavey hat zu lange gewartet», sagt er.',
        'Zudem habe er den Trend zu Sportuhren lange «komplett unterschätzt». Er verweist auf die Konkurrenz.',
        'Die Aktie verlor 6 Prozent. Sie habe «keinen Boden», heisst es im Handel.',
      ],
      [
        ['Montavey hat zu lange gewartet', 'speech', 'Patrick Vögtli'],
        ['komplett unterschätzt', 'partial', 'Patrick Vögtli'],
        ['keinen Boden', 'partial', null],
      ],
    ],
    [
      'an animal with a given name is male or female like the name, not whom "sie" means',
      [
        'Besitzerin Rita Gwerlin (67) ist fassungslos.',
        'Hahn Gustav kräht in Gütschwil jeden Morgen um halb fünf.',
        'Für Rita Gwerlin ist klar: Gustav bleibt. «Der Hahn war zuerst da», sagt sie.',
      ],
      [['Der Hahn war zuerst da', 'speech', 'Rita Gwerlin']],
    ],
    [
      '"ein Gast" is somebody, whom "er" after it means, not the cook named before',
      [
        'Koch Manuel Brüggli steht in der Küche.',
        'Am Nebentisch will ein Gast von der Wirtin wissen, was da drin sei. «Kürbis? Roh?», fragt er ungläubig.',
      ],
      [['Kürbis? Roh?', 'speech', 'Gast']],
    ],
    [
      'a review of the new rules: where their trigger stands but somebody else speaks',
      [
        '«Wir wollen Transparenz.» Mit diesem Satz eröffnete Präsidentin Petra Lindmann die Versammlung. Dann habe ein Anwohner das Wort ergriffen. «Wir wurden nie gefragt.»',
        '«Ich bin unschuldig.» Das sagte der Angeklagte Marco Freiburghaus am ersten Prozesstag. Die Staatsanwältin sehe das anders. «Die Beweise sind erdrückend.»',
        '«Wir haben alles im Griff.» Mit diesem Satz konfrontierte Moderatorin Eva Lützel den Gesundheitsdirektor Urs Kohlbrenner.',
        'Kurt Hirzel ist kein Mann grosser Worte. «Ich bin stolz auf dich», würde er seinem Sohn nie sagen.',
        'Vreni Hausammann hat den Krebs besiegt. «Sie ist eine Kämpferin.» So beschreibt sie ihr Mann.',
        '«Wir haben alles richtig gemacht», sagt Verteidiger Marco Ruchti.',
        'Zudem habe das Gericht die Beweise als «nicht stichhaltig» beurteilt.',
        'Im Wahlkampf hatte die Zeitung Kurt Leuenberger als «Sesselkleber» bezeichnet.',
        '«Wir sind zufrieden», sagt Gemeindepräsident Kurt Lanzrein. Die SP kritisiert das Budget. Allerdings: «Wir tragen es mit.»',
      ],
      [
        ['Wir wollen Transparenz.', 'speech', 'Petra Lindmann'],
        ['Wir wurden nie gefragt.', 'speech', null],
        ['Ich bin unschuldig.', 'speech', 'Marco Freiburghaus'],
        ['Die Beweise sind erdrückend.', 'speech', null],
        ['Wir haben alles im Griff.', 'speech', null],
        ['Ich bin stolz auf dich', 'partial', null],
        ['Sie ist eine Kämpferin.', 'speech', null],
        ['Wir haben alles richtig gemacht', 'speech', 'Marco Ruchti'],
        ['nicht stichhaltig', 'partial', null],
        ['Sesselkleber', 'partial', null],
        ['Wir sind zufrieden', 'speech', 'Kurt Lanzrein'],
        ['Wir tragen es mit.', 'speech', null],
      ],
    ],
    [
      'a review of the new rules: people of one given name, surveyors, the woman behind the counter',
      [
        'Marco Binzegger (52) ist Schreiner.',
        'Sein Sohn Marco (19) will nicht in die Werkstatt. «Ich studiere lieber Informatik», sagt Sohn Marco.',
        '«Wir verlieren Land», sagt Bauer Kurt Hirzel. Ein Vermesser steht am Feldrand. «Die Grenze verläuft hier», sagt er.',
        'Hans Kellenberger führt den Laden mit seiner Frau Vreni. Eine Kundin verlangt Brot. «Das haben wir nicht mehr», sagt die Frau hinter der Theke.',
        'Fritz Bühlmann wohnt mit seiner Frau Elsa im Stöckli. Eine Pflegerin kommt zweimal täglich. «Ohne sie ginge es nicht», sagt die Frau.',
        '«Er ist mein Halt», sagt Rosa Freiburger über ihren Sohn. Seit dem Umzug besucht sie ihr Sohn jeden Tag. «Ich mache das gern.»',
      ],
      [
        ['Ich studiere lieber Informatik', 'speech', 'Marco'],
        ['Wir verlieren Land', 'speech', 'Kurt Hirzel'],
        ['Die Grenze verläuft hier', 'speech', null],
        ['Das haben wir nicht mehr', 'speech', 'Vreni'],
        ['Ohne sie ginge es nicht', 'speech', null],
        ['Er ist mein Halt', 'speech', 'Rosa Freiburger'],
        ['Ich mache das gern.', 'speech', null],
      ],
    ],
    [
      'a person introduced by a role and named after "namens"',
      [
        'Die Gemeinde Talwil testet das Gerät. Ihr Förster, ein wortkarger Mann namens Gian Tuor, bleibt skeptisch: «Erst wenn es schneit, wissen wir mehr.»',
        'Ein Bäcker namens Ruedi Amsler sagte: «Das Mehl wird teurer.»',
        'Eine Frau namens Vreni Zaugg schaut zu. «Das ist schön», sagt sie.',
      ],
      [
        ['Erst wenn es schneit, wissen wir mehr.', 'speech', 'Gian Tuor'],
        ['Das Mehl wird teurer.', 'speech', 'Ruedi Amsler'],
        ['Das ist schön', 'speech', 'Vreni Zaugg'],
      ],
    ],
    [
      'the name "Es ist X" gives whom a role introduced, not the answer to a question who',
      [
        'Eine Frau in der ersten Reihe ruft: «Und was ist mit uns Alten?» Es ist Erika Wyss, 81, seit vierzig Jahren im Dorf.',
        'Ein Mann ruft: «Wer war das?» Es war Luca Brun.',
      ],
      [
        ['Und was ist mit uns Alten?', 'speech', 'Erika Wyss'],
        ['Wer war das?', 'speech', 'Mann'],
      ],
    ],
    [
      '"Ihre Kollegin" is the other of two people named together, and nobody of three',
      [
        'Die Praxis führen die Tierärztinnen Petra Lüthi und Nadja Roos. «Wir sind ein gutes Team», sagt Lüthi. Ihre Kollegin ergänzt: «Und wir ergänzen uns.»',
        'Anna Blatter, Lea Frei und Nina Wyss leiten den Chor. «Wir singen», sagt Blatter. Ihre Kollegin ergänzt: «Jeden Tag.»',
        'Patientin Heidi Graf lobt die Ärztin Sonja Keller. «Sie nimmt sich Zeit», sagt Graf. Ihre Kollegin ergänzt: «Das stimmt.»',
      ],
      [
        ['Wir sind ein gutes Team', 'speech', 'Lüthi'],
        ['Und wir ergänzen uns.', 'speech', 'Nadja Roos'],
        ['Wir singen', 'speech', 'Blatter'],
        ['Jeden Tag.', 'speech', 'Kollegin'],
        ['Sie nimmt sich Zeit', 'speech', 'Graf'],
        ['Das stimmt.', 'speech', 'Kollegin'],
      ],
    ],
    [
      'an unnamed "Kadermann" is whom "er" means; a describing subheading introduces nobody',
      [
        'Direktor Paul Imhof verteidigt den Entscheid.',
        'Ein ehemaliger Kadermann der Bank, der nicht genannt werden will, widerspricht. «Das war absehbar», sagt er.',
        'Lorenz Gisler ist tot.',
        'Ein unbequemer Mann',
        'In den Achtzigern kämpfte er gegen die Autobahn. An einer Demo rief er: «Nicht durch unser Tal!»',
      ],
      [
        ['Das war absehbar', 'speech', 'Kadermann'],
        ['Nicht durch unser Tal!', 'speech', 'Lorenz Gisler'],
      ],
    ],
    [
      'a letter written in a clause of its own, a pronoun after a colon, a teller set off in an aside',
      [
        'Lea Rohner ist Malerin. Sie hatte schon aufgegeben, als ihr Onkel Beat Kuster einen Brief schrieb. Darin stand nur: «Komm nach Hause.»',
        'Die Kellnerin nickte: «Viel los heute.»',
        'Die Soziologin Marta Egli hat dafür ein Wort: Sie spricht von «Dorfstille».',
        'Sara Kunz wuchs in Thun auf. Ihre Mutter, erzählt sie, habe immer gesagt, Musik sei «brotlose Kunst».',
      ],
      [
        ['Komm nach Hause.', 'speech', 'Beat Kuster'],
        ['Viel los heute.', 'speech', null],
        ['Dorfstille', 'partial', 'Marta Egli'],
        ['brotlose Kunst', 'partial', 'Mutter'],
      ],
    ],
    [
      'a review of the round-104 rules: whom "Es ist X" and "Ihre Kollegin" do not mean',
      [
        'Ein Kind ruft: «Mami, da ist der Samichlaus!» Es ist Franz Gwerder, seit 30 Jahren im roten Mantel.',
        'Die Lehrerin hält ein Foto hoch: «Kennt ihr diese Frau?» Es ist Iris Amrein, eine Pionierin.',
        'Die Kandidaten Urs Frei und Beat Graf kämpfen um das Präsidium. «Ich habe die Erfahrung», sagt Frei. Sein Kollege widerspricht: «Graf ist der bessere Kandidat.»',
        'Die Ärztinnen Katrin Vogt und Ulrike Sommer führen die Praxis. «Wir finden keine Nachfolger», sagt Vogt. Ihre Kollegin aus dem Spital Luzern widerspricht: «Es gibt genug.»',
        'Im Final standen sich Lara Graf und Mia Roth gegenüber. «Ich war nervös», sagte Graf. Ihre Teamkollegin meinte: «Lara hat das verdient.»',
      ],
      [
        ['Mami, da ist der Samichlaus!', 'speech', 'Kind'],
        ['Kennt ihr diese Frau?', 'speech', 'Lehrerin'],
        ['Ich habe die Erfahrung', 'speech', 'Frei'],
        ['Graf ist der bessere Kandidat.', 'speech', 'Kollege'],
        ['Wir finden keine Nachfolger', 'speech', 'Vogt'],
        ['Es gibt genug.', 'speech', 'Kollegin aus dem Spital Luzern'],
        ['Ich war nervös', 'speech', 'Graf'],
        ['Lara hat das verdient.', 'speech', 'Teamkollegin'],
      ],
    ],
    [
      'a review of the round-104 rules: a dative before the aside, a reply after it, figures of snow',
      [
        'Marco Frei leitet die Schreinerei. Der Kundin, erzählt er, habe er gesagt, das Holz sei «zu nass».',
        'Ruth Meier ist Bäuerin. Ihr Vater, erzählt sie, habe gesagt, sie sei zu jung, worauf sie entgegnete, sie sei «alt genug».',
        'Kurt Zaugg war Lehrer. Ein Schüler, erzählt er, habe ihm einmal gesagt, er sei «der strengste Lehrer der Welt».',
        'Konditor Peter Baumann steht im Laden. Ein riesiger Lebkuchenmann lacht vom Regal. «Den backen wir jedes Jahr», sagt er.',
        'Gemeindepräsident Urs Frei eröffnet die Ausstellung. Ein bekannter Geschäftsmann aus Zug hat sie finanziert. «Ohne ihn gäbe es das nicht», sagt er.',
      ],
      [
        ['zu nass', 'partial', 'Marco Frei'],
        ['alt genug', 'partial', 'Ruth Meier'],
        ['der strengste Lehrer der Welt', 'partial', 'Schüler'],
        ['Den backen wir jedes Jahr', 'speech', 'Peter Baumann'],
        ['Ohne ihn gäbe es das nicht', 'speech', 'Urs Frei'],
      ],
    ],
    [
      'a review of the round-104 rules: a subheading with a role, a pronoun in the letter clause, "namens" of a body',
      [
        'Schulleiterin Anna Frei begrüsst die Gäste.',
        'Eine engagierte Lehrerin',
        'Seit 30 Jahren unterrichtet sie im Dorf. «Die Kinder sind mein Leben», sagt sie.',
        'Kurt Zaugg war schon krank, als er seiner Tochter einen Brief schrieb. Darin stand: «Verzeih mir.»',
        'Lisa Graf ist enttäuscht. Die Antwort von Gemeinderätin Nina Roth hat sie nicht überzeugt: Sie spricht von «Ausreden».',
        'Ein Vertreter namens der Erbengemeinschaft erklärte: «Wir verkaufen nicht.»',
        'Vor Gericht steht ein Mann namens M. K. aus Olten. «Ich bin unschuldig», sagte er.',
      ],
      [
        ['Die Kinder sind mein Leben', 'speech', 'Lehrerin'],
        ['Verzeih mir.', 'speech', 'Kurt Zaugg'],
        ['Ausreden', 'partial', 'Lisa Graf'],
        ['Wir verkaufen nicht.', 'speech', 'Vertreter'],
        ['Ich bin unschuldig', 'speech', 'Mann'],
      ],
    ],
    [
      'the one asked answers, a sentence fronted, a body as object, "selber", a signature, "Mehr sagte X nicht"',
      [
        'Moderator Peter Anliker fragt Sandra Hürzeler zuerst, warum sie antritt. «Weil ich die Gemeinde kenne», antwortet sie.',
        '«Das ist kein Konzern, das sind Ihre Nachbarn.» Diesen Satz sagt Tobias Gerber bei jedem Infoabend.',
        'Hansruedi Zbinden und Therese Gerber waren auf dem Platz. Er hat hier die Rekrutenschule gemacht. «Ich habe hier Soldaten verköstigt», sagte sie.',
        'Dirigent Samuel Achermann hat einen Marsch komponiert. Achermann selber gibt sich bescheiden. «Ich habe nur aufgeschrieben, was mir einfiel.»',
        'Auch eine Mutter, deren Tochter das Jugendhaus besucht, hat sich gemeldet. Sie schrieb: «Meine Tochter hat dort gelernt, Nein zu sagen.»',
        'In einem Brief an alle Eltern heisst es: «Wir bitten Sie, mit Ihren Kindern zu sprechen.» Unterschrieben ist das Schreiben von Schulleiter Adrian Hügli.',
        'Der Richter fragte den Angeklagten Reto Imhof: «Haben Sie gewarnt?» «Ja.» Mehr sagte der Angeklagte dazu nicht.',
        'Am Tor hängt ein Zettel: «Heute geschlossen.» Unterschrieben hat ihn niemand.',
      ],
      [
        ['Weil ich die Gemeinde kenne', 'speech', 'Sandra Hürzeler'],
        ['Das ist kein Konzern, das sind Ihre Nachbarn.', 'speech', 'Tobias Gerber'],
        ['Ich habe hier Soldaten verköstigt', 'speech', 'Therese Gerber'],
        ['Ich habe nur aufgeschrieben, was mir einfiel.', 'speech', 'Achermann'],
        ['Meine Tochter hat dort gelernt, Nein zu sagen.', 'speech', 'Mutter'],
        ['Wir bitten Sie, mit Ihren Kindern zu sprechen.', 'speech', 'Adrian Hügli'],
        ['Haben Sie gewarnt?', 'speech', 'Richter'],
        ['Ja.', 'speech', 'Angeklagte'],
        ['Heute geschlossen.', 'speech', null],
      ],
    ],
    [
      'a review of the second round-104 rules: a sentence denied or shared, a word shown, a contract, a body that speaks',
      [
        '«Wir schaffen das.» Diesen Satz sagt Tobias Gerber nie.',
        'Die Trainerin Lea Roth hat einen Leitspruch. «Wer kämpft, gewinnt.» Diesen Satz sagt Tobias Gerber, ihr Assistent, ebenfalls oft.',
        '«Geld regiert.» Den Satz schreibt Tobias Gerber seinem Grossvater zu.',
        '«Wir haben alles versucht», sagt Wirt Kurt Zbinden. «Konkurs.» Das Wort steht seit Montag im Handelsregister.',
        'Die Verteidigerin Sandra Hürzeler plädierte auf Freispruch. «Unschuldig.» Mehr sagte ihr Mandant nicht.',
        'Im Communiqué des Gemeinderats heisst es: «Wir haben eine gute Lösung gefunden.» Unterzeichnet hat den Vertrag Gemeindepräsidentin Anna Frei.',
        'Der Gemeinderat schreibt in seiner Antwort: «Das Gesuch wird abgelehnt.» Unterschrieben ist das Schreiben von Gemeindeschreiber Peter Kunz.',
        'Anwohnerin Anna Frei hörte in der Nacht Schreie. Sie alarmierte sofort die Polizei. «Wir waren nach sieben Minuten vor Ort», teilte sie später mit.',
        'Vermieterin Anna Frei ist skeptisch. Hans Moser, dessen Tochter in Zürich studiert, sieht das anders. Sie hat ihm beim Inserat geholfen. «Ich kenne mich mit den Portalen aus», sagt sie.',
      ],
      [
        ['Wir schaffen das.', 'speech', null],
        ['Wer kämpft, gewinnt.', 'speech', 'Lea Roth'],
        ['Geld regiert.', 'partial', null],
        ['Wir haben alles versucht', 'speech', 'Kurt Zbinden'],
        ['Konkurs.', 'partial', null],
        ['Unschuldig.', 'partial', null],
        ['Wir haben eine gute Lösung gefunden.', 'speech', null],
        ['Das Gesuch wird abgelehnt.', 'speech', null],
        ['Wir waren nach sieben Minuten vor Ort', 'speech', null],
        ['Ich kenne mich mit den Portalen aus', 'speech', null],
      ],
    ],
    [
      'round 105: whom the speaker turns to, where a sentence comes from, a clause with "Ob", a regular',
      [
        'Gemeindepräsident Andreas Ryser rät zur Gelassenheit. «In zwei Jahren haben wir eine neue Strasse», sagt er. Und an die Adresse des Gewerbes: «Wir lassen niemanden im Regen stehen.»',
        'Richterin Ursula Brenner eröffnete das Urteil. «Das Gericht hat keine Zweifel», sagt Richterin Brenner. Und an die Adresse des Angeklagten: «Ein Auto ist keine Spielkonsole.»',
        'Hansruedi Gfeller ist Gemeindepräsident. «Wir können die Leute nicht zwingen.» Der Satz kommt von Gfeller, einem grossen Mann.',
        'Therese Zbinden hat den Laden geräumt. Dann sagt sie noch den Satz, den man im Dorf oft hört: «Mir sy no da.»',
        'Lehrerin Sandra Kohler und ihr Kollege Martin Aeschlimann unterrichten seit Jahren zusammen. Ob die Schule die nächste Reform übersteht, weiss niemand. «Jedes Jahr zählen wir die Geburten», sagt sie.',
        'Bauer Ernst Hofstetter verstärkt den Zaun. Ganz ungestraft kommt der Bauer aber nicht davon. «Meine Frau hatte recht», sagt er.',
        'Bergführer Florian Gstrein und seine Kollegin, die Sanitäterin Miriam Netzer, versorgten den Verletzten. «Er war unterkühlt», sagt sie.',
        'Die Gäste halten zu ihrem Pizzaiolo. «Die beste Pizza im ganzen Kanton», sagt Stammgast Gennaro Russo (71).',
      ],
      [
        ['In zwei Jahren haben wir eine neue Strasse', 'speech', 'Andreas Ryser'],
        ['Wir lassen niemanden im Regen stehen.', 'speech', 'Andreas Ryser'],
        ['Das Gericht hat keine Zweifel', 'speech', 'Brenner'],
        ['Ein Auto ist keine Spielkonsole.', 'speech', 'Brenner'],
        ['Wir können die Leute nicht zwingen.', 'speech', 'Hansruedi Gfeller'],
        ['Mir sy no da.', 'speech', 'Therese Zbinden'],
        ['Jedes Jahr zählen wir die Geburten', 'speech', 'Sandra Kohler'],
        ['Meine Frau hatte recht', 'speech', 'Ernst Hofstetter'],
        ['Er war unterkühlt', 'speech', 'Miriam Netzer'],
        ['Die beste Pizza im ganzen Kanton', 'speech', 'Gennaro Russo'],
      ],
    ],
    [
      'round 105: an interview of two whose answers open with the name',
      [
        'Festivalleiterin Lea Waser und Bookerin Aylin Demir im Gespräch.',
        'Was wünschen Sie sich für dieses Jahr?',
        'Waser: Drei Tage ohne Regen.',
        'Demir: Und dass Toni Rickenbach vorbeikommt. Er hat uns geschrieben, er sei zu alt. Ich habe ihm geantwortet: «Dann komm als VIP.»',
      ],
      [['Dann komm als VIP.', 'speech', 'Demir']],
    ],
    [
      'a review of the round-105 rules: a clause with its own verb, a sentence told of, a body that answers, an object who speaks',
      [
        'Grossrätin Sandra Hofer sitzt in der Kommission. «Wir sparen nicht bei der Bildung», sagt Finanzvorsteher Bruno Keller. An die Adresse der SVP sagte Hofer: «Eure Initiative kostet Millionen.»',
        'Josef Aregger erinnert sich an die Beerdigung. Er erzählt vom Satz, den Pfarrer Anton Gisler damals sagte: «Der Tod ist nicht das Ende.»',
        'Anna Frei wartet auf eine Antwort. Ob die Gemeinde ihr Gesuch bewilligt, entscheidet sie im Mai. «Wir brauchen Zeit», sagt sie.',
        'Polizist Reto Gerber befragte den Zeugen am Tatort. «Ich habe einen Knall gehört», sagte er.',
      ],
      [
        ['Wir sparen nicht bei der Bildung', 'speech', 'Bruno Keller'],
        ['Eure Initiative kostet Millionen.', 'speech', 'Hofer'],
        ['Der Tod ist nicht das Ende.', 'speech', null],
        ['Wir brauchen Zeit', 'speech', null],
        ['Ich habe einen Knall gehört', 'speech', null],
      ],
    ],
    [
      'a review of the round-105 rules: a paragraph that opens with a name outside an interview, and two Hubers',
      [
        'Mein Nachbar heisst Peter Huber.',
        'Huber: Klingt wie ein Versprechen. Ich frage ihn: «Wie geht es der Katze?»',
        'Hans Huber und Rosa Huber im Gespräch.',
        'Wer kocht?',
        'Huber: Ich. Ich sage immer: «Die Küche gehört mir.»',
      ],
      [
        ['Wie geht es der Katze?', 'speech', null],
        ['Die Küche gehört mir.', 'speech', null],
      ],
    ],
    [
      'round 106 and its review: a relative of a named person opening the sentence, not a plural role, nor a sentence that speaks of the owner',
      [
        'Richterin Claudia Sigrist fällte das Urteil. Rentner Walter Lüscher muss die Hecke schneiden.',
        'Auch Lüschers Tochter ist enttäuscht. «Mein Vater hat diese Hecke gepflanzt», sagt sie.',
        'Lüschers Sohn hat ihn überredet. «Es ging nicht anders», sagt er.',
        'Lüschers Trainer beim Turnverein Rüti und Umgebung, Peter Zaugg, verriet den Plan. «Wir wollten warten», sagte er.',
        'Der Betrieb gehört Hans Zürcher. Zürchers Mitarbeiter schätzen ihn. «Ich bin kein einfacher Chef», sagt er.',
        'Rosa Gurtner ist 81, ihre Enkelin Anna Gurtner 32.',
        'Als Anna vorschlug, die Gaststube zu schliessen, protestierte Rosa. «Am Montag kommen die Bauern», sagte sie.',
        'Wie Anna berichtet, lag Rosa damals drei Wochen im Spital. «Wir hatten grosse Angst», sagt sie.',
      ],
      [
        ['Mein Vater hat diese Hecke gepflanzt', 'speech', 'Tochter'],
        ['Es ging nicht anders', 'speech', 'Walter Lüscher'],
        ['Wir wollten warten', 'speech', 'Peter Zaugg'],
        ['Ich bin kein einfacher Chef', 'speech', 'Hans Zürcher'],
        ['Am Montag kommen die Bauern', 'speech', null],
        ['Wir hatten grosse Angst', 'speech', null],
      ],
    ],
    [
      'the question the writer puts names whose words follow; an account after a colon is not theirs',
      [
        'Zur Pause lag Seewil zurück. Was Trainerin Petra Gisler in der Garderobe gesagt hat? «Nicht viel. Nur, dass wir kämpfen.» Ihre Captain Nina Frei erzählte es etwas anders: Die Trainerin sei «so laut geworden wie noch nie».',
      ],
      [
        ['Nicht viel. Nur, dass wir kämpfen.', 'speech', 'Petra Gisler'],
        ['so laut geworden wie noch nie', 'partial', 'Nina Frei'],
      ],
    ],
    [
      'a body in reported speech is what the person reports, not whom "sie" means; a body in the writer\'s account may be',
      [
        'Gemeindepräsidentin Claudia Rigert sprach von einem «bitteren Tag». Die Gemeinde sei auf das Wasser angewiesen. «Im August mussten wir Wasser heranführen», sagte sie.',
        'Stadträtin Vera Rigert ist enttäuscht. Zudem sei die Stadt auf die Quelle angewiesen. «Wir brauchen sie», sagte sie.',
        'Gemeindepräsidentin Ida Rigert ist enttäuscht. Die Gemeinde ist auf die Quelle angewiesen. «Wir brauchen sie», sagte sie.',
      ],
      [
        ['bitteren Tag', 'partial', 'Claudia Rigert'],
        ['Im August mussten wir Wasser heranführen', 'speech', 'Claudia Rigert'],
        ['Wir brauchen sie', 'speech', 'Vera Rigert'],
        ['Wir brauchen sie', 'speech', null],
      ],
    ],
    [
      'after words quoted in a clause of their own, "sie" and a verb open the next clause and its words',
      [
        'Parteipräsident Mario Gisler und Fraktionschefin Ursula Brem haben unterschiedliche Signale ausgesendet. Er spricht von «schmerzhaften Schritten», sie will das Spital «mindestens bis 2030» erhalten.',
        'Gemeinderätin Anna Bolt und Gemeinderat Kurt Ruf streiten. Sie spricht von «Verrat», er will die Schule «um jeden Preis» erhalten.',
      ],
      [
        ['schmerzhaften Schritten', 'partial', 'Mario Gisler'],
        ['mindestens bis 2030', 'partial', 'Ursula Brem'],
        ['Verrat', 'partial', 'Anna Bolt'],
        ['um jeden Preis', 'partial', 'Kurt Ruf'],
      ],
    ],
    [
      'a Lokführer is a role; an animal named after its noun is nobody "er" may mean',
      [
        'Bruno Kälin hat seit Sonntag kaum geschlafen. «Ich höre überall pfeifen», sagt der pensionierte Lokführer.',
        'Walter Imfeld hat kaum geschlafen. Hund Bello ist seit Sonntag weg. «Dann kam ein Windstoss», erzählt er.',
        'Toni Gasser sucht seit Tagen. Graupapagei Coco sass wie immer auf der Stuhllehne. «Dann ging das Fenster auf», erzählt er.',
      ],
      [
        ['Ich höre überall pfeifen', 'speech', 'Bruno Kälin'],
        ['Dann kam ein Windstoss', 'speech', 'Walter Imfeld'],
        ['Dann ging das Fenster auf', 'speech', 'Toni Gasser'],
      ],
    ],
    [
      'a body somebody without its office reports on may answer; a score is no colon; a pronoun after a quoted clause owns only words of saying',
      [
        'Laut Anwohnerin Rosa Imbach sei die Gemeinde untätig geblieben. Sie weist den Vorwurf zurück: «Wir haben alles Nötige getan.»',
        'Die Stadt habe die Bewilligung zu spät erteilt, kritisiert Festivalchefin Nora Egli. Sie wehrt sich: «Das Gesuch war unvollständig», sagt sie.',
        '«Wir waren nicht bereit», sagte Captain Lea Fretz. «Die Mannschaft hat trotzdem gekämpft.» Trainer Reto Kälbli lacht nach dem 4:2 in Seewil.',
        'Stadträtin Vera Lanz ist dafür. Laut Marco Steinauer ist die Lage «ernst», sie wird sich «noch verschärfen».',
        'Finanzvorsteherin Karin Sutz hat die Vorlage ausgearbeitet. Der Gewerbeverband nennt die Steuer «ungerecht», sie trifft «vor allem den Mittelstand».',
        '«Ich habe sofort angerufen», sagte der Vermieter der Kantonspolizei, Peter Abegg.',
      ],
      [
        ['Wir haben alles Nötige getan.', 'speech', null],
        ['Das Gesuch war unvollständig', 'speech', null],
        ['Wir waren nicht bereit', 'speech', 'Lea Fretz'],
        ['Die Mannschaft hat trotzdem gekämpft.', 'speech', 'Reto Kälbli'],
        ['ernst', 'partial', 'Marco Steinauer'],
        ['noch verschärfen', 'partial', 'Marco Steinauer'],
        ['ungerecht', 'partial', null],
        ['vor allem den Mittelstand', 'partial', null],
        ['Ich habe sofort angerufen', 'speech', 'Peter Abegg'],
      ],
    ],
    [
      "an expert is whom the text named by a profession; a possessive after a body in the words is the body's",
      [
        'Tierärztin Marta Rohrer macht Hoffnung. «Papageien können lange überleben», sagt die Expertin.',
        'Ministerin Anna Rohrer war auch da. «Das ist gefährlich», sagt die Expertin.',
        'Politologin Karin Stüssi ordnet ein: Die GLP habe auf die Agglomeration gesetzt. «Das zahlt sich aus. Die Partei hat ihre Wähler unterschätzt.»',
        'Politologin Karin Stüssi ordnet ein: Die GLP habe auf die Agglomeration gesetzt. «Das zahlt sich aus. Die Präsidentin hat ihre Wähler unterschätzt.»',
      ],
      [
        ['Papageien können lange überleben', 'speech', 'Marta Rohrer'],
        ['Das ist gefährlich', 'speech', null],
        ['Das zahlt sich aus. Die Partei hat ihre Wähler unterschätzt.', 'speech', 'Karin Stüssi'],
        ['Das zahlt sich aus. Die Präsidentin hat ihre Wähler unterschätzt.', 'speech', null],
      ],
    ],
    [
      'the pronoun after the verb of a sentence that opens with "Zusammen mit X" is somebody else than X',
      [
        'Initiantin der Petition ist Sandra Gwerder, die seit 2015 an der Mühlegasse wohnt. Zusammen mit Lisa Oderbolz und weiteren Nachbarinnen hat sie die Unterschriften gesammelt. «Wir sind keine Querulanten», sagt sie.',
        'Initiantin der Petition ist Sandra Gwerder. Lisa Oderbolz hat mit ihr die Unterschriften gesammelt. «Wir sind keine Querulanten», sagt sie.',
      ],
      [
        ['Wir sind keine Querulanten', 'speech', 'Sandra Gwerder'],
        ['Wir sind keine Querulanten', 'speech', 'Lisa Oderbolz'],
      ],
    ],
    [
      'a Sternekoch is a role (Koch alone a family name); "Nur" before the subject is skipped',
      [
        'Res Imbach stand in der Küche. Nur Sternekoch Didier Bauwald aus Genf, mit dem Imbach einst eine Fehde ausgetragen hatte, meinte spitz: «Wer nur für die Kamera kocht, hat keine Zeit.»',
        'Gemeinderätin Anna Koch spricht. «Wir sparen», sagte Koch.',
      ],
      [
        ['Wer nur für die Kamera kocht, hat keine Zeit.', 'speech', 'Didier Bauwald'],
        ['Wir sparen', 'speech', 'Koch'],
      ],
    ],
    [
      'customers in the dative plural are nobody "sie" means; a copula after a fronted group introduces somebody; the text names her by that role again',
      [
        'Er versprach seinen Kundinnen und Kunden hohe Renditen.',
        'Unter den Geschädigten ist eine 79-jährige Witwe, die viel Geld verloren hat. Sie war als Zeugin geladen. «Ich habe ihm vertraut», sagte sie.',
        'Richterin Claudia Hürzeler sprach das Urteil. «Sie haben Existenzen zerstört», sagte sie.',
        'Die 79-jährige Witwe verliess den Saal. Vor dem Gericht sagte sie nur einen Satz: «Das Geld sehe ich nie wieder.»',
      ],
      [
        ['Ich habe ihm vertraut', 'speech', 'Witwe'],
        ['Sie haben Existenzen zerstört', 'speech', 'Claudia Hürzeler'],
        ['Das Geld sehe ich nie wieder.', 'speech', 'Witwe'],
      ],
    ],
    [
      '"Alles" opening a sentence is nobody; a radio station named after "Radio" is no speech',
      [
        'Bäuerin Margrit Wüthrich stapelt Kartoffeln. Alles stammt von ihrem eigenen Hof, darauf legt sie Wert. «Bei mir weiss jeder, woher das Gemüse kommt», sagt sie.',
        'OK-Präsident Heinz Rüfli sagte vor dem Start gegenüber Radio «Seewelle», man rechne mit schnellen Zeiten. «Die Bedingungen sind ideal.»',
      ],
      [
        ['Bei mir weiss jeder, woher das Gemüse kommt', 'speech', 'Margrit Wüthrich'],
        ['Seewelle', 'name', null],
        ['Die Bedingungen sind ideal.', 'speech', 'Heinz Rüfli'],
      ],
    ],
    [
      'an expert is somebody of a profession of knowledge named right before; a body\'s possessive agrees with it; "Dank X" and "In ihrer Klasse" introduce nobody',
      [
        'Die Angeklagte Sonja Wyssbrod schwieg. «Die Beweise sind dünn», sagt die Expertin.',
        'Der Architekt Reto Hessler hat das Haus geplant. Die Versicherung zog einen Gutachter bei. «Der Beton ist zu schwach», sagt der Experte.',
        'Nationalrat Reto Hessler ist enttäuscht vom Resultat. «Die Partei hat seine Warnungen ignoriert.»',
        'Gründer Paul Gerster starb 2015. Der Verein stand danach vor dem Aus.',
        'Dank Beat Imbach hat er überlebt. «Ich konnte nicht einfach zusehen», sagt er.',
        'Petra Blumer wuchs in Sarnen auf. In ihrer Klasse war eine Mitschülerin aus Syrien. «Sie wurde meine beste Freundin», sagt sie.',
      ],
      [
        ['Die Beweise sind dünn', 'speech', null],
        ['Der Beton ist zu schwach', 'speech', null],
        ['Die Partei hat seine Warnungen ignoriert.', 'speech', null],
        ['Ich konnte nicht einfach zusehen', 'speech', 'Beat Imbach'],
        ['Sie wurde meine beste Freundin', 'speech', 'Petra Blumer'],
      ],
    ],
    [
      '"Dank X hat sie überlebt": "sie" is the person before, or the firm before (then X speaks as "ich"); a relative clause after the one introduced is about them',
      [
        'Marlies Buchli stürzte in eine Gletscherspalte. Dank Lisa Oderbolz hat sie überlebt. «Ich hatte Glück», sagt sie.',
        'Gründerin Marta Imbach zog sich 2015 zurück. Die Firma steckte danach in der Krise. Dank Lisa Oderbolz hat sie überlebt. «Ich habe an die Leute geglaubt», sagt sie.',
        'Die Firma steckte in der Krise. Dank Lisa Oderbolz hat sie überlebt. «Wir sind dankbar», sagt sie.',
        'Otto Zemmer hört zu. Unter den Zuhörern war ein Bauer, dem sein Hof abgebrannt ist. «Ich habe alles verloren», sagte er.',
      ],
      [
        ['Ich hatte Glück', 'speech', 'Marlies Buchli'],
        ['Ich habe an die Leute geglaubt', 'speech', 'Lisa Oderbolz'],
        ['Wir sind dankbar', 'speech', null],
        ['Ich habe alles verloren', 'speech', 'Bauer'],
      ],
    ],
    [
      "an adverb between a verb of saying and its preposition keeps the words the subject's",
      [
        'Peter Holzmann ist skeptisch. Er warnt aber vor einer «Mehrwegpflicht durch die Hintertür».',
      ],
      [['Mehrwegpflicht durch die Hintertür', 'partial', 'Peter Holzmann']],
    ],
    [
      'a medium named at the opening writes the words after it; "die Frau" may be the one introduced as "eine Frau" or her neighbour',
      [
        'Giulia Ravaldi strahlte. Die «Gazzetta dello Sport» hatte sie abgeschrieben und vom «traurigen Ende» geschrieben.',
        'In der Turnhalle versucht eine Frau, ihren Kater zu beruhigen. Ihre Nachbarin hat ihm eine Wolldecke gebracht. «Er hat mehr Angst als ich», sagt die Frau.',
      ],
      [
        ['Gazzetta dello Sport', 'name', null],
        ['traurigen Ende', 'partial', null],
        ['Er hat mehr Angst als ich', 'speech', null],
      ],
    ],
    [
      'after "Dank X" the pronoun is the person the sentence before opens with, or nobody; a body as an object is not it',
      [
        'Anna Freimann leitet die Klinik. Mit Lisa Oderbolz hat sie ein neues Konzept erarbeitet. «Ich bin stolz darauf», sagt sie.',
        'Die Bäckerei von Ruth Gislinger war in Not. Dank Stammkundin Lea Sutermeister hat sie die Pandemie überstanden. «Ich habe Werbung gemacht», sagt sie.',
        'Das «Geheimtreffen» hatte die «Weltwoche» enthüllt.',
        'Peter Gisiger sprach im TV «Kassensturz» über die Firma.',
      ],
      [
        ['Ich bin stolz darauf', 'speech', 'Anna Freimann'],
        ['Ich habe Werbung gemacht', 'speech', null],
        ['Geheimtreffen', 'partial', null],
        ['Weltwoche', 'partial', null],
        ['Kassensturz', 'name', null],
      ],
    ],
    [
      '"Nach Angaben von X" names the source; a term is no medium; a show on TV is a name; a medium\'s label is its own',
      [
        'Ein Mann wurde verhaftet. Nach Angaben von Polizeisprecher Beat Zürrer hat er gestanden. «Er war kooperativ», sagt er.',
        'Die Firma gehörte bis 2015 Ruth Gislinger. Dank Investorin Lisa Oderbolz hat sie überlebt. «Ich habe an sie geglaubt», sagt sie.',
        'Anna Freimann sprach im TV «Echo der Zeit» über die Firma.',
        'Ruth Gislinger sprach im Radio. Der «Blick» hatte sie als «Kuscheljustiz» bezeichnet.',
      ],
      [
        ['Er war kooperativ', 'speech', 'Beat Zürrer'],
        ['Ich habe an sie geglaubt', 'speech', null],
        ['Echo der Zeit', 'name', null],
        ['Blick', 'name', null],
        ['Kuscheljustiz', 'partial', null],
      ],
    ],
    [
      '"Nach dem Treffen mit X hat sie" is the person before; "Nach Angaben von X" is X; an adverb after the verb keeps its object; a show after a verb of saying is words on the air',
      [
        'Lisa Mosimann ist Gemeindepräsidentin. Nach dem Treffen mit Anna Freimann hat sie entschieden. «Wir bauen», sagt sie.',
        'Die Lenkerin aus Sarnen war unverletzt. Nach Angaben von Polizeisprecherin Carla Bachmeier hat sie den Unfall selbst gemeldet. «Sie stand unter Schock», sagt sie.',
        'Stadträtin Ruth Gislinger kritisierte zudem die Regierung als «planlos».',
        'Regierungsrat Beat Zürrer meinte am Radio «Natürlich bin ich enttäuscht».',
      ],
      [
        ['Wir bauen', 'speech', 'Lisa Mosimann'],
        ['Sie stand unter Schock', 'speech', 'Carla Bachmeier'],
        ['planlos', 'partial', 'Ruth Gislinger'],
        ['Natürlich bin ich enttäuscht', 'partial', null],
      ],
    ],
    [
      '"zu Protokoll geben" states before a colon; a tie with its complement is the role as written',
      [
        'Zeugin Ines Warmbrodt gab bei der Polizei zu Protokoll: «Er hat weiter zugeschlagen.»',
        'Richter Urs Kläfiger las vor. Die Kollegin des Opfers hatte zu Protokoll gegeben: «Ich rief sofort die Ambulanz.»',
        'Im Protokoll steht: «Die Sitzung wurde um 22 Uhr geschlossen.»',
      ],
      [
        ['Er hat weiter zugeschlagen.', 'speech', 'Ines Warmbrodt'],
        ['Ich rief sofort die Ambulanz.', 'speech', 'Kollegin des Opfers'],
        ['Die Sitzung wurde um 22 Uhr geschlossen.', 'speech', null],
      ],
    ],
    [
      '"Einer von ihnen, ein Student, sagte:" is the role of the apposition; "Einer von ihnen sagte:" is nobody',
      [
        'Ich traf zwei junge Männer in Turnschuhen. Einer von ihnen, ein Student aus Brelingen, sagte: «Laut der App sind es nur noch 40 Minuten.»',
        'Drei Frauen warteten am Schalter. Eine der Frauen, eine Lehrerin, meinte: «Das dauert wieder ewig.»',
        'Zwei Burschen standen am Zaun. Einer von ihnen sagte: «Wir gehen jetzt.»',
      ],
      [
        ['Laut der App sind es nur noch 40 Minuten.', 'speech', 'Student aus Brelingen'],
        ['Das dauert wieder ewig.', 'speech', 'Lehrerin'],
        ['Wir gehen jetzt.', 'speech', null],
      ],
    ],
    [
      "a text whose relative clause names its writer is theirs; not where the text is somebody else's",
      [
        'Den Finderlohn möchte Selina Rufener loswerden. Im Dorfladen hat sie einen Zettel aufgehängt, auf dem sie schreibt: «Lieber Nachbar, bitte melde dich!»',
        'Im Schaufenster hängt ein Zettel, auf dem steht: «Heute geschlossen.»',
        'Gemeinderat Peter Amrheinli las aus dem Tagebuch seines Vaters vor, in dem er schrieb: «Heute ist der Krieg zu Ende.»',
      ],
      [
        ['Lieber Nachbar, bitte melde dich!', 'speech', 'Selina Rufener'],
        ['Heute geschlossen.', 'speech', null],
        ['Heute ist der Krieg zu Ende.', 'speech', null],
      ],
    ],
    [
      'who writes a statement down, who cites it, an idiom and a passive are not a witness stating it',
      [
        'Polizist Ruedi Kammerlander nahm die Aussage zu Protokoll: «Ich habe nur noch Scheinwerfer gesehen.»',
        'Verteidiger Tim Graffenried verwies auf das, was sein Mandant zu Protokoll gegeben hatte: «Ich war nicht dort.»',
        'Der Mann der Stunde war Goalie Kevin Amreinli: «Ich habe einfach meinen Job gemacht.»',
        'Der Anwalt des Opfers wurde vom Richter unterbrochen: «Kommen Sie zur Sache.»',
      ],
      [
        ['Ich habe nur noch Scheinwerfer gesehen.', 'speech', null],
        ['Ich war nicht dort.', 'speech', null],
        ['Ich habe einfach meinen Job gemacht.', 'speech', null],
        ['Kommen Sie zur Sache.', 'speech', null],
      ],
    ],
    [
      'a job after a neighbour is somebody else',
      [
        'Nachbar Pius Vogelsang ärgert sich über das Lokal. «Ich habe eine Anzeige erhalten», sagt der Wirt.',
      ],
      [['Ich habe eine Anzeige erhalten', 'speech', null]],
    ],
    [
      '"Seine Antwort sei gewesen:" is his, not the teller\'s; who impressed her is not who speaks, unless a verb of saying or "sie" as the subject says so',
      [
        'Der Angeklagte Roland Gwerder schwieg. Treuhänderin Sandra Imbach sagte aus. Sie habe ihn mehrmals gewarnt. Seine Antwort sei jeweils gewesen: «Das verstehst du nicht.»',
        'In der Zeitung lobt Kritikerin Helene Schärli die Premiere. Vor allem Schauspielerin Lea Brüggli hat es ihr angetan: «Selten so menschlich gesehen.»',
        'Vor allem die Ruhe auf der Alp hat es ihm angetan, erzählt der Pensionär Walter Imhofer: «Hier oben höre ich nur die Kuhglocken.»',
        'Die Sängerin Zoe Brunnhofer tritt auf. Vor allem begeistert hat sie mit ihrer neuen Single: «Das Lied ist für meine Grossmutter.»',
      ],
      [
        ['Das verstehst du nicht.', 'speech', 'Roland Gwerder'],
        ['Selten so menschlich gesehen.', 'speech', null],
        ['Hier oben höre ich nur die Kuhglocken.', 'speech', 'Walter Imhofer'],
        ['Das Lied ist für meine Grossmutter.', 'speech', 'Zoe Brunnhofer'],
      ],
    ],
    [
      'somebody unnamed placed by a noun and its place name before a colon is that role',
      [
        'Ein Stimmenzähler im Wahlbüro Lindmatt sagt: «Bei uns war die briefliche Stimmabgabe stark.»',
        'Eine Anwohnerin im Quartier Seefeldli meint: «Hier ist es viel zu laut.»',
      ],
      [
        ['Bei uns war die briefliche Stimmabgabe stark.', 'speech', 'Stimmenzähler'],
        ['Hier ist es viel zu laut.', 'speech', 'Anwohnerin'],
      ],
    ],
    [
      'somebody unnamed put first in the dative, before another subject or in a passive is whom the words were said to',
      [
        'Eine Anwohnerin am Marktplatz fragte der Reporter: «Haben Sie etwas gehört?»',
        'Einer Passantin im Quartier Seefeldli sagte der Polizist: «Bleiben Sie im Haus.»',
        'Ein Zuschauer im Stadion Lindmatt wurde von Ordnern angewiesen: «Setzen Sie sich.»',
        'Eine Verkäuferin am Schalter hat der Räuber angeschrien: «Geld her!»',
      ],
      [
        ['Haben Sie etwas gehört?', 'speech', 'Reporter'],
        ['Bleiben Sie im Haus.', 'speech', 'Polizist'],
        ['Setzen Sie sich.', 'speech', null],
        ['Geld her!', 'speech', null],
      ],
    ],
    [
      'an inscription shown before a paragraph does not hide whom its "er" means; a saint names a church; the newsroom\'s reporter speaks',
      [
        'Nun restauriert Alois Rechsteinerli eine Orgel. Auf einer Pfeife fand er eine Inschrift: «Gott allein die Ehr, 1764».',
        '«Ich mache jeden Tag ein bisschen», sagt er.',
        'Die Orgel steht in der Kapelle Sankt Agatha oberhalb des Dorfes.',
        'Ob er fertig wird, weiss er nicht. «Den Rest macht dann der Lehrling», sagt er.',
        '38. Minute: Ausgleich! Unser Reporter im Stadion: «So laut war es hier seit Jahren nicht mehr.»',
      ],
      [
        ['Gott allein die Ehr, 1764', 'speech', null],
        ['Ich mache jeden Tag ein bisschen', 'speech', 'Alois Rechsteinerli'],
        ['Den Rest macht dann der Lehrling', 'speech', 'Alois Rechsteinerli'],
        ['So laut war es hier seit Jahren nicht mehr.', 'speech', 'Reporter'],
      ],
    ],
    [
      'an unknown verb and a name after the words is an attribution of its own; the answer of those asked; a saying somebody has',
      [
        'Pöstler Ueli Gassmann fiel auf den Papagei herein. «Ich stehe vor der Tür», erzählt er.',
        'Das hat er von Beat gelernt. «Hallo Schatz!», krächzt Jacky inzwischen auch.',
        'Auch Yvonne Kellerhals spürt den Rückgang. Sie habe ihre Stammkundinnen gefragt, warum sie seltener kämen, erzählt sie. Die Antwort sei immer dieselbe gewesen: «Wo soll ich denn parkieren?»',
        'Mein Vater hatte einen Spruch, den er bei jeder Gelegenheit anbrachte: «Der Berg läuft nicht davon.»',
      ],
      [
        ['Ich stehe vor der Tür', 'speech', 'Ueli Gassmann'],
        ['Hallo Schatz!', 'speech', null],
        ['Wo soll ich denn parkieren?', 'speech', null],
        ['Der Berg läuft nicht davon.', 'speech', 'Vater'],
      ],
    ],
    [
      'who speaks about an inscription keeps the name; a man named Santo is no place, so "er" does not skip to another man; "Unser Trainer" is the coach named; nobody after words about an inscription',
      [
        'Über die Inschrift am Brunnen sagt Stadtarchivar Marcel Furrerli: «Sie stammt vermutlich aus dem 17. Jahrhundert».',
        'Peter Aebischer betreibt den Kiosk am Bahnhof.',
        'Ein Tourist aus Texas stand lange vor dem Denkmal und rätselte über die Inschrift: «Who is this guy?»',
        '«Ich habe ihm von der Bahn erzählt», sagt er.',
        'Urs Bachmannli ist Präsident des Verbands. Santo Morabitto führt seit 1989 die Pizzeria Vesuvio. Santo Morabitto kam als junger Mann aus Kalabrien.',
        '«Damals gab es hier keine richtige Pizza», sagt er.',
        'Der FC Seewil hat verloren. Trainer Marco Zauggli war bedient.',
        'Unser Trainer an der Pressekonferenz: «Wir waren heute einfach zu schwach.»',
      ],
      [
        ['Sie stammt vermutlich aus dem 17. Jahrhundert', 'speech', 'Marcel Furrerli'],
        ['Who is this guy?', 'speech', null],
        ['Ich habe ihm von der Bahn erzählt', 'speech', null],
        ['Damals gab es hier keine richtige Pizza', 'speech', null],
        ['Wir waren heute einfach zu schwach.', 'speech', 'Marco Zauggli'],
      ],
    ],
    [
      'an unknown verb before a name the text knows gives that person; a verb of saying of its own keeps "Die Antwort sei …" its speaker; a saying that is somebody else\'s; a passive with its agent',
      [
        'Stadtrat Heinz Wyrschli verteidigt die Pläne. «Ohne Neubau geht es nicht», sagt er. «Das ist Unsinn!», protestiert Anwohnerin Petra Gislerli.',
        'Die Sängerin Anna Huberli tritt auf. Die Antwort sei einfach, erklärt Anna Huberli: «Ich singe, was ich fühle.»',
        'Lea Brunnerli hat einen Satz, den er ihr immer sagte: «Kopf hoch!»',
        'Der Verteidiger hatte ein Zitat, das er aus dem Urteil vorlas: «Im Zweifel für den Angeklagten.»',
        '18.44 Uhr – Jasmin Gubelmannli wird von ihren Anhängern mit Sprechchören empfangen: «Jas-min! Jas-min!»',
        'Sigrist Paul Walkerli zeigt auf die Inschrift über der Tür: «Soli Deo Gloria.»',
        'Unser Sportreporter im Stadion: «Die Stimmung kocht.»',
      ],
      [
        ['Ohne Neubau geht es nicht', 'speech', 'Heinz Wyrschli'],
        ['Das ist Unsinn!', 'speech', 'Petra Gislerli'],
        ['Ich singe, was ich fühle.', 'speech', 'Anna Huberli'],
        ['Kopf hoch!', 'speech', null],
        ['Im Zweifel für den Angeklagten.', 'speech', null],
        ['Jas-min! Jas-min!', 'speech', null],
        ['Soli Deo Gloria.', 'speech', null],
        ['Die Stimmung kocht.', 'speech', 'Sportreporter'],
      ],
    ],
    [
      'after an unknown verb, the first of two names is the subject; an adverb gives nobody; a passive with its agent; answers that repeat',
      [
        "Gemeinderat Thomas Meierhans tritt zurück. «Es war eine schöne Zeit», sagt er. Gemeindepräsident Karl Huberli dankt ihm. «Mach's gut, Thomas!», umarmt Huberli Meierhans.",
        'Der kleine Beat Zbindenli liegt im Spital. «Es tut so weh», sagt Beat. «Alles wird gut, mein Schatz!», tröstet Mutter Rosmarie Beat.',
        'Die Fans feiern im Dorf Egg. «So etwas habe ich noch nie erlebt», sagt Präsident Walter Kunzli. «Hopp Egg, hopp Egg!», feiert Egg die ganze Nacht.',
        'Die Ministerin Elena Berthoudi trat vor das Parlament. Berthoudi wurde von der Opposition ausgebuht: «Rücktritt! Rücktritt!»',
        'Ein Reporter sprach Lisa Kellerhans an. Sie wurde von einem Reporter angesprochen: «Ja, ich bin überglücklich.»',
        'Die Wirtin Yvonne Kellerli spürt den Rückgang. Die Antwort sei immer dieselbe gewesen, sagt Kellerli: «Wo soll ich denn parkieren?»',
      ],
      [
        ['Es war eine schöne Zeit', 'speech', 'Thomas Meierhans'],
        ["Mach's gut, Thomas!", 'speech', 'Karl Huberli'],
        ['Es tut so weh', 'speech', 'Beat'],
        ['Alles wird gut, mein Schatz!', 'speech', null],
        ['So etwas habe ich noch nie erlebt', 'speech', 'Walter Kunzli'],
        ['Hopp Egg, hopp Egg!', 'speech', null],
        ['Rücktritt! Rücktritt!', 'speech', null],
        ['Ja, ich bin überglücklich.', 'speech', null],
        ['Wo soll ich denn parkieren?', 'speech', null],
      ],
    ],
    [
      "after an unknown verb: a person named before, never one made of two people's names, nor who heard the words",
      [
        'Hans Martinelli führt die Bäckerei, Anna Kellerhals verkauft im Laden. «Wir stehen um drei Uhr auf», sagt Martinelli. «Danke für alles, Anna!», umarmt Martinelli Kellerhals.',
        'Mutter Rosmarie und ihr Sohn Beat Zbindenli warten im Spital. «Es tut so weh!», sagt Beat. «Alles wird gut!», tröstet Rosmarie Beat.',
        'Die Pensionärin Klara Imhofer erinnert sich an ihre Kindheit. «Wir hatten nichts», sagt Imhofer. «Iss deinen Teller leer!», hörte Klara Imhofer jeden Tag von ihrer Mutter.',
      ],
      [
        ['Wir stehen um drei Uhr auf', 'speech', 'Martinelli'],
        ['Danke für alles, Anna!', 'speech', 'Hans Martinelli'],
        ['Es tut so weh!', 'speech', 'Beat'],
        ['Alles wird gut!', 'speech', 'Rosmarie'],
        ['Wir hatten nichts', 'speech', 'Imhofer'],
        ['Iss deinen Teller leer!', 'speech', null],
      ],
    ],
    [
      "reported speech after a plural verb of saying is the group's words, not those of whom it is about",
      [
        'Ruedi Kesslinger ist seit 1987 bei der Seerettung Horbenau. «Das Wasser ist nie gleich», sagt Kesslinger.',
        'Kesslinger ist 66 Jahre alt. Im Dorf sagen sie, er sei «wie en Lüchtturm»: immer da.',
        'Kesslinger fährt jede Woche hinaus. Die Nachbarn erzählen, er sei «nie müde».',
        'Landrat Heiko Brandtnerli zeigte sich verärgert. Die Bahn müsse nun «schnell und ehrlich» sagen, wie lange die Sperrung dauere.',
      ],
      [
        ['Das Wasser ist nie gleich', 'speech', 'Kesslinger'],
        ['wie en Lüchtturm', 'partial', null],
        ['nie müde', 'partial', null],
        ['schnell und ehrlich', 'partial', 'Heiko Brandtnerli'],
      ],
    ],
    [
      'after an unknown verb: not a person whose family name is the given name there, nor a relative called by the family name, nor a noun taken for a family name',
      [
        'Trainer Beat Ulrich hat den EHC Wolfenau in die Playoffs geführt. «Wir haben Charakter gezeigt», sagt Ulrich. «Er hat uns nie aufgegeben!», nickt Captain Ulrich Bärtschinger.',
        'Der Schwinger Tim Gublerli hat seinen ersten Kranz gewonnen. «Ich kann es nicht glauben», sagt Gublerli. «Er hat so hart trainiert!», schluchzt Mutter Gublerli.',
        'Am Jugendlauf in Sumiswil starteten 300 Kinder. «Die Stimmung ist grossartig», sagt OK-Präsident Peter Flückli. «Mami, ich bin Dritter!», winkt Jonas Richtung Tribüne. «Ich hab es geschafft!», japst Luca Sekunden nach dem Ziel.',
        'Die Seniorin Hedi Lüschinger lebt seit 60 Jahren im Quartier. «Früher kannte jeder jeden», sagt sie. «Schade ist das!», zieht Lüschinger Bilanz. «Wir sind stolz auf dich!», umarmt Lehrer Beat Rysli Lüschinger.',
      ],
      [
        ['Wir haben Charakter gezeigt', 'speech', 'Ulrich'],
        ['Er hat uns nie aufgegeben!', 'speech', null],
        ['Ich kann es nicht glauben', 'speech', 'Gublerli'],
        ['Er hat so hart trainiert!', 'speech', null],
        ['Die Stimmung ist grossartig', 'speech', 'Peter Flückli'],
        ['Mami, ich bin Dritter!', 'speech', null],
        ['Ich hab es geschafft!', 'speech', null],
        ['Früher kannte jeder jeden', 'speech', 'Hedi Lüschinger'],
        ['Schade ist das!', 'speech', 'Hedi Lüschinger'],
        ['Wir sind stolz auf dich!', 'speech', 'Beat Rysli'],
      ],
    ],
    [
      'answers that were the same each time are of those asked, also after a verb of saying; not "nicht immer einfach"',
      [
        'Die Ladenbesitzerin Ruth Stuckli hat ihre Kundinnen gefragt, warum sie im Dorfladen einkaufen. Die Antwort sei jeweils klar gewesen, erzählt Stuckli: «Hier kennt man uns noch.»',
        'Wirt Ruedi Gasserli hat den Bären in Wasenau wiedereröffnet. Die Reaktionen der Gäste seien immer dieselben, sagt Gasserli: «Wie bei Grossmutter!»',
        'Die Gemeinde hat die Bevölkerung befragt. Die Reaktionen seien nicht immer freundlich gewesen, erklärt Gemeinderätin Petra Gislerin: «Wir haben sogar Drohbriefe erhalten.»',
      ],
      [
        ['Hier kennt man uns noch.', 'speech', null],
        ['Wie bei Grossmutter!', 'speech', null],
        ['Wir haben sogar Drohbriefe erhalten.', 'speech', 'Petra Gislerin'],
      ],
    ],
    [
      'words of their own owned by the sentence after them: "Das prophezeit X"',
      [
        'Jolanda Bühlerin ist Kaminfegerin in Trubental. «Ich liebe die Dächer», sagt sie. Dafür kontrolliert Bühlerin heute Pelletöfen. «In zwanzig Jahren gibt es halb so viele Kamine.» Das prophezeit Markus Hedinger, ihr Chef. Bühlerin widerspricht: «Kamine vielleicht.»',
      ],
      [
        ['Ich liebe die Dächer', 'speech', 'Jolanda Bühlerin'],
        ['In zwanzig Jahren gibt es halb so viele Kamine.', 'speech', 'Markus Hedinger'],
        ['Kamine vielleicht.', 'speech', 'Bühlerin'],
      ],
    ],
    [
      "a saying the teller took over is the holder's; one the teller said to the holder is nobody's",
      [
        'Frau Tschudler, wie viel von Ihnen steckt im Roman? Das wollen unsere Leserinnen wissen.',
        'Mehr, als mir lieb ist. Meine Grossmutter hatte einen Satz, den ich wörtlich übernommen habe: «Wer nicht rudert, treibt ab.» Meine Mutter hatte einen Satz, den ich ihr oft sagte: «Morgenstund hat Gold im Mund.»',
      ],
      [
        ['Wer nicht rudert, treibt ab.', 'speech', 'Grossmutter'],
        ['Morgenstund hat Gold im Mund.', 'speech', null],
      ],
    ],
    [
      '"er" after a sentence that names a man beside the one it calls "ihm", or after "sein Ururgrossvater", may mean either',
      [
        'Gerührt war der Chauffeur des ersten Kurses, Enrico Leonardi. Er fährt seit 25 Jahren Bus. Neben ihm stand Bruno Schallinger und verteilte Zopf. «Die Leute haben applaudiert, als wäre ich ein Pilot», sagte er lachend.',
        'Matthias Sturzeneggli führt die Giesserei in fünfter Generation. Sein Ururgrossvater gründete sie 1868. Heute gibt es noch drei solche Betriebe. «Wir sind eine aussterbende Art», sagt er trocken.',
        'Luca Pfisterli ist gelernter Bäcker. Er hat in Lyon gearbeitet. Walter Aebischli beobachtet ihn, während er Zöpfe flicht. «Er hat gute Hände», sagt er.',
        'Als wir ihn besuchen, steht Kurt Aebersoldi zwischen seinen Kästen. «Die kennen mich», sagt er.',
      ],
      [
        ['Die Leute haben applaudiert, als wäre ich ein Pilot', 'speech', null],
        ['Wir sind eine aussterbende Art', 'speech', null],
        ['Er hat gute Hände', 'speech', 'Walter Aebischli'],
        ['Die kennen mich', 'speech', 'Kurt Aebersoldi'],
      ],
    ],
    [
      'round 118 and the review of d394066 and b511a7c: who speaks after an unknown verb, a quoter, a choir, an unnamed role',
      [
        'Schwester Bernadette, 84, lebt seit sechzig Jahren im Kloster Fahrwil. «Ich habe es nie bereut», sagt sie. «Aber Kaffee brauche ich!», zwinkert Schwester Bernadette.',
        'Karin Franketti ist die beste Läuferin des LV Thunau. «Ich bin ans Limit gegangen», sagt Franketti. «Zweite, mega!», keucht Franketti Sekunden nach dem Zieleinlauf.',
        'Lindbach-Verteidiger Samuel Rohrli trifft zum 3:3. «Das darf doch nicht wahr sein!», schreit ein Rüttenau-Fan hinter der Pressetribüne.',
        'Der eingewechselte Yannick Böschli trifft per Kopf. Der Platzspeaker ruft ins Mikrofon: «Tor für Hinterfalkenau!»',
        'Chorleiterin Judith Amreinli hebt die Hand, 34 Stimmen setzen ein: «Dört obe, wo d Tanne stönd.» «Wenn das so klingt, bin ich glücklich», sagt sie danach.',
        'Rosmarie Stuckli ist 81. Sie zuckt mit den Schultern und zitiert ihren verstorbenen Mann: «Er hat immer gesagt: ‹Wer tanzt, wird nicht alt.› Ich glaube, er hatte recht.»',
      ],
      [
        ['Ich habe es nie bereut', 'speech', 'Bernadette'],
        ['Aber Kaffee brauche ich!', 'speech', 'Bernadette'],
        ['Ich bin ans Limit gegangen', 'speech', 'Franketti'],
        ['Zweite, mega!', 'speech', 'Karin Franketti'],
        ['Das darf doch nicht wahr sein!', 'speech', 'Rüttenau-Fan'],
        ['Tor für Hinterfalkenau!', 'speech', null],
        ['Dört obe, wo d Tanne stönd.', 'speech', null],
        ['Wenn das so klingt, bin ich glücklich', 'speech', 'Judith Amreinli'],
        [
          'Er hat immer gesagt: ‹Wer tanzt, wird nicht alt.› Ich glaube, er hatte recht.',
          'speech',
          'Rosmarie Stuckli',
        ],
      ],
    ],
    [
      "a saying the teller was given is the giver's; a plural role before a noun names nobody; a clause that opens with its own subject keeps the teller",
      [
        'Was raten Sie jungen Winzerinnen? Das fragen uns viele Leserinnen.',
        'Machen! Meine Lehrmeisterin in Wädenswyl hat mir einen Satz mitgegeben, den ich nie vergessen habe: «Der Rebstock merkt nicht, wer die Schere hält.»',
        'Marktchef Ernst Zwahlini hält die Regel für vertretbar, auch wenn sie seine Standbetreiber Umsatz kostet. Er sagte, er habe anfangs gezögert. «Aber die Stimmung war gehässig.»',
        'Pfarrer Thomas Wyssling predigt seit zwanzig Jahren in Signach. «Die Kirche ist nicht tot», sagt er. Wenn die Leute sagen, die Landeskirche sei am Ende, sei das «masslos übertrieben».',
        'Urs Meisterli ist Sprecher der Kantonspolizei. Die Reaktionen seien oft heftig, sagt Meisterli: «Wir werden beschimpft.»',
      ],
      [
        ['Der Rebstock merkt nicht, wer die Schere hält.', 'speech', 'Lehrmeisterin'],
        ['Aber die Stimmung war gehässig.', 'speech', 'Ernst Zwahlini'],
        ['Die Kirche ist nicht tot', 'speech', 'Thomas Wyssling'],
        ['masslos übertrieben', 'partial', 'Thomas Wyssling'],
        ['Wir werden beschimpft.', 'speech', 'Meisterli'],
      ],
    ],
    [
      '"er" after "ihm" ahead of a name: only with another man named before, not a thing, not the man who just spoke',
      [
        'Die Bäckerei Kunzli hat einen Holzofen. Der Ofen ist 120 Jahre alt. Vor ihm steht Bäcker Ueli Kunzli jeden Morgen. «Er hat seine Launen», sagt er.',
        'Beat Rysli unterrichtet seit 38 Jahren in Oberwilen. Ihn hat Schulleiter Urs Gerberli damals eingestellt. «Ich war 24 und hatte keine Ahnung», sagt er.',
        'Ernst Bühlerli führt die Sägerei in Trubachen. Geholfen hat ihm dabei immer seine Frau Ruth Bühlerli. «Sie macht die Buchhaltung, ich das Holz», sagt er.',
      ],
      [
        ['Er hat seine Launen', 'speech', 'Ueli Kunzli'],
        ['Ich war 24 und hatte keine Ahnung', 'speech', null],
        ['Sie macht die Buchhaltung, ich das Holz', 'speech', 'Ernst Bühlerli'],
      ],
    ],
    [
      'a role with its article before a first verb and "und" a verb of saying is the subject',
      [
        'Gärtner Hans Mosli arbeitet seit 1961 auf dem Hof ob Altwilen. Tierarzt Peter Freili war bei einem Notfall. Der Gärtner stand die ganze Zeit in der Küchentür und fragte alle fünf Minuten: «Isch es bald?»',
      ],
      [['Isch es bald?', 'speech', 'Hans Mosli']],
    ],
    [
      "officials judge the one just named; the cited person's words only after a verb of saying; a group only when it joins in",
      [
        'Nico Gublerli liegt nach dem fünften Gang in Führung. Der Kampfrichter verkündet: «Gublerli steht im Schlussgang.»',
        'Ernst Bühlerli hat den Wettbewerb für die schönste Kuh gewonnen. Der Juror begründet: «Das Euter ist perfekt.»',
        'Ruedi Gasserli führt den «Ochsen» in Wattenwyl seit 1998. Der Wirt lacht: «Ich habe hier schon drei Generationen bedient.»',
        'Rosmarie Stuckli führt seit 1970 den Dorfladen in Trubach. Sie zitiert ihre Mutter: «Im ‹Ochsen› gab es früher die beste Rösti im ganzen Tal.»',
        'Die Präsidentin des Frauenvereins, Ruth Gasserli, steht auf, alle Gespräche verstummen: «Liebe Mitglieder, heute ist mein letzter Abend.»',
      ],
      [
        ['Gublerli steht im Schlussgang.', 'speech', null],
        ['Das Euter ist perfekt.', 'speech', null],
        ['Ochsen', 'name', null],
        ['Ich habe hier schon drei Generationen bedient.', 'speech', 'Ruedi Gasserli'],
        ['Im ‹Ochsen› gab es früher die beste Rösti im ganzen Tal.', 'speech', 'Mutter'],
        ['Liebe Mitglieder, heute ist mein letzter Abend.', 'speech', 'Ruth Gasserli'],
      ],
    ],
    [
      'after an unknown verb: a relative of somebody else is nobody; a fresh name before a preposition only after a role',
      [
        'Der Vater der Braut, Hans Ernstli, hält eine Rede. «Ich bin stolz auf dich», sagt Ernstli. «Und ich auf meinen Sohn!», frotzelt der Vater des Bräutigams.',
        'Läuferin Lara Gehrigli überquert die Ziellinie. «Ich bin leer», sagt Gehrigli. «Das war brutal!», keucht Lara Augenblicke nach dem Ziel.',
        'An der Versammlung in Oberwilen ging es hoch zu und her. «Die Schule wird zusammengelegt», sagt Gemeindepräsident Urs Kläyli. «Wir wurden nie gefragt!», protestiert Anwohnerin Petra Gislerli in der Fragerunde.',
      ],
      [
        ['Ich bin stolz auf dich', 'speech', 'Ernstli'],
        ['Und ich auf meinen Sohn!', 'speech', null],
        ['Ich bin leer', 'speech', 'Gehrigli'],
        ['Das war brutal!', 'speech', null],
        ['Die Schule wird zusammengelegt', 'speech', 'Urs Kläyli'],
        ['Wir wurden nie gefragt!', 'speech', 'Petra Gislerli'],
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });

  it("learns who is a person from the hero caption, whose quotations are not the article's", () => {
    const paragraphs = ['Rüegsegger lächelte nur. «Gute Musik ist gute Musik», sagte sie.'];
    const parts = paragraphs.map((text, index) => ({ part: 'body' as const, index, text }));
    const caption = 'Dirigentin Alma Rüegsegger vor «Bergsommer».';
    expect(extractQuotes(parts).map((q) => q.speaker)).toEqual([null]);
    expect(extractQuotes(parts, [caption]).map((q) => [q.text, q.speaker])).toEqual([
      ['Gute Musik ist gute Musik', 'Alma Rüegsegger'],
    ]);
  });

  it('gives a column\'s "ich" before a colon to its writer, whom the caption names', () => {
    const paragraphs = [
      'Eine Frau steigt ein und schimpft über die Verspätung. Ich sage: «Schönen Abend trotzdem.»',
      'Dann habe ich gesagt: «Morgen fahre ich pünktlich.»',
      'Ich las auf dem Schild: «Bitte nicht mit dem Fahrer sprechen.»',
    ];
    const parts = paragraphs.map((text, index) => ({ part: 'body' as const, index, text }));
    const caption = 'Kolumnist Marek Holzer am Steuer seines Trams.';
    expect(extractQuotes(parts).map((q) => q.speaker)).toEqual([null, null, null]);
    expect(extractQuotes(parts, [caption]).map((q) => [q.text, q.speaker])).toEqual([
      ['Schönen Abend trotzdem.', 'Marek Holzer'],
      ['Morgen fahre ich pünktlich.', 'Marek Holzer'],
      ['Bitte nicht mit dem Fahrer sprechen.', null],
    ]);
  });

  it('gives a column\'s "Und ich sage:" to its writer, whom the closing line names', () => {
    const parts = [
      {
        part: 'lead' as const,
        index: 0,
        text: 'Warum die Fahrgäste um sechs die ehrlichsten sind.',
      },
      {
        part: 'body' as const,
        index: 0,
        text: 'Die Disponentin funkt dann: «Wo bisch?» Und ich sage: «Im Schnee. Wie alle.»',
      },
      {
        part: 'body' as const,
        index: 1,
        text: 'Nina Gasser (44) fährt Postauto. In der Kolumne «Nächster Halt» schreibt sie über den Alltag.',
      },
    ];
    expect(extractQuotes(parts).map((q) => [q.text, q.speaker])).toEqual([
      ['Wo bisch?', null],
      ['Im Schnee. Wie alle.', 'Nina Gasser'],
      ['Nächster Halt', null],
    ]);
  });

  it('gives the words of "er" to him, not to the column\'s writer, though "ich" tells in the sentence', () => {
    const parts = [
      {
        part: 'lead' as const,
        index: 0,
        text: 'Eine Nacht in Seeburg, erzählt von Kolumnist Nuno Keller.',
      },
      {
        part: 'body' as const,
        index: 0,
        text: 'Mein Vater, Armando Keller, fuhr Taxi. Einen Satz hat er mir mitgegeben, als ich ihm erzählte, dass ich auch Taxi fahre: «Ein Taxi ist ein Beichtstuhl.» Ich sage: «Stimmt.»',
      },
    ];
    expect(extractQuotes(parts).map((q) => [q.text, q.speaker])).toEqual([
      ['Ein Taxi ist ein Beichtstuhl.', 'Armando Keller'],
      ['Stimmt.', 'Nuno Keller'],
    ]);
  });

  it('gives words somebody gave "mir" to them, not to the column\'s writer, though "ich" is in a relative clause', () => {
    const parts = [
      {
        part: 'lead' as const,
        index: 0,
        text: 'Eine Nacht am Berg, erzählt von Kolumnistin Lea Brügger.',
      },
      {
        part: 'body' as const,
        index: 0,
        text: 'Meine Psychologin hat mir damals einen Satz mitgegeben, den ich mir auf einen Zettel geschrieben habe: «Du bist verantwortlich für deinen Flug.» Ich sage: «Stimmt.»',
      },
    ];
    expect(extractQuotes(parts).map((q) => [q.text, q.speaker])).toEqual([
      ['Du bist verantwortlich für deinen Flug.', 'Psychologin'],
      ['Stimmt.', 'Lea Brügger'],
    ]);
  });

  it('gives the column\'s writer what "ich" answers in the last clause, though somebody asked "mich" first', () => {
    const parts = [
      {
        part: 'lead' as const,
        index: 0,
        text: 'Eine Nacht am Berg, erzählt von Kolumnistin Lea Brügger.',
      },
      {
        part: 'body' as const,
        index: 0,
        text: 'Mein Chef fragte mich am Funk, wo ich sei, und ich antwortete: «Auf dem Grat.»',
      },
    ];
    expect(extractQuotes(parts).map((q) => [q.text, q.speaker])).toEqual([
      ['Auf dem Grat.', 'Lea Brügger'],
    ]);
  });

  it('gives a column\'s "sagte ich" to its writer; the bare quotation after it may be the other\'s answer', () => {
    const lead =
      'Lea Fankhauser fährt seit 20 Jahren Postauto. In ihrer Kolumne «Endstation» erzählt sie von ihren Fahrgästen.';
    const body =
      'Ein Bub wollte nach Oberried. «Der nächste Kurs fährt erst um sechs», sagte ich. «Dann laufe ich eben.»';
    const parts = [
      { part: 'lead' as const, index: 0, text: lead },
      { part: 'body' as const, index: 0, text: body },
    ];
    expect(extractQuotes(parts).map((q) => [q.text, q.speaker])).toEqual([
      ['Endstation', null],
      ['Der nächste Kurs fährt erst um sechs', 'Lea Fankhauser'],
      ['Dann laufe ich eben.', null],
    ]);
  });
});
