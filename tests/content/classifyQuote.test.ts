import { describe, expect, it } from 'vitest';
import { classifyQuote, isGenreLine } from '../../src/content/quoteKind';

describe('classifyQuote', () => {
  it.each([
    // names: publications, organisations, products, works
    [
      'multi-word capitalised',
      'So werde in dem Plan, der der ',
      'New York Times',
      ' vorliegt',
      'name',
    ],
    [
      'after a naming noun',
      'Flugabwehrsysteme des Typs ',
      'Patriot',
      ' aus US-Produktion.',
      'name',
    ],
    ['newspaper after "der Zeitung"', 'Das meldet die Zeitung ', 'Abendpost', '.', 'name'],
    ['acronym', 'Das sagte er der ', 'NZZ', '.', 'name'],
    ['title after "heisst"', 'Das Stück heisst ', 'Der Mond über Felsach', ' und dauert.', 'name'],
    ['initiative', 'Die Initiative ', 'Ja zu fairen Mieten', ' kommt an die Urne.', 'name'],
    [
      'a naming noun and the verb that names it',
      'Ihr Arbeitstitel laute ',
      'Faire Steuern jetzt',
      ', so Stähli.',
      'name',
    ],
    [
      'an answer that "lautet": no naming noun before the verb',
      'Die Antwort lautet: ',
      'Wir bleiben hier.',
      '',
      'speech',
    ],
    // names of works: a naming noun before them, whatever their last mark
    [
      'a show title with a question mark',
      'Brunner hat die Sendung ',
      'Wer bist du?',
      ' verlassen.',
      'name',
    ],
    ['a nickname between given name and surname', 'den Rapper Kim ', 'Kiki', ' Muster.', 'name'],
    ['a work and its author', 'Im Urlaub las sie ', 'Der Zug fährt', ' von Ida Beispiel.', 'name'],
    [
      'a work and its author after a naming noun in the dative plural',
      'Stunden mit Büchern wie ',
      'Am Rand',
      ' und Videos.',
      'name',
    ],
    ['a name followed by "heissen"', 'Die neue Gemeinde soll ', 'Seetal', ' heissen.', 'name'],
    ['an adverb after "heisst"', 'Ihr Song heisst übrigens ', 'Nie wieder', '.', 'name'],
    ['"heisst es" is no naming', 'Darin heisst es ', 'Wir bleiben dran', '.', 'partial'],
    ['one word naming a medium', 'Muster sagt im ', 'Seeblatt', ':', 'name'],
    ['a compound naming noun in front', 'die Produktlinie ', 'Alpina', ' wird verlegt.', 'name'],
    ['a novella', 'Gotthelfs Novelle ', 'Der Mond im Teich', ' spielt heute.', 'name'],
    [
      'a compound word of the writer',
      'Gegner sprechen von einem ',
      'Prestigeprojekt',
      '.',
      'partial',
    ],
    [
      'one word exclaimed after a colon',
      'Auf der Torte stand nur ein Wort: ',
      'Endlich!',
      '',
      'speech',
    ],
    [
      'a title above the details of a reviewed work',
      'Kim Beispiel: ',
      'Der Sommer im Kanal',
      '. Roman. Verlag Seeblick, 2024.',
      'name',
    ],
    [
      'a title with its genre and year',
      'Kim Beispiel: ',
      'Nachtfahrt',
      '. Album, 2025. 12 Songs.',
      'name',
    ],
    [
      'speech after a colon, then a sentence that opens with a naming noun',
      'Lea Huber sagt: ',
      'Wir spielen weiter',
      '. Band, Fans und Crew waren sich einig.',
      'speech',
    ],
    [
      'a compound naming noun',
      'Brunner verliess die TeleSeewil-Show ',
      'Wer bist du?',
      ' live.',
      'name',
    ],
    [
      '"ihre Sendung"',
      'Im Herbst startet ihre Sendung ',
      'Brunner fragt nach!',
      ', in der sie interviewt.',
      'name',
    ],
    [
      'a song after its naming noun',
      'Die Band wurde mit ihrem Sommerhit ',
      'Ab is Wasser!',
      ' bekannt.',
      'name',
    ],
    [
      'a naming noun and "von"',
      'Sie wurde mit ihrer Inszenierung von ',
      'Wer hat Angst vor dem Föhn?',
      ' gefeiert.',
      'name',
    ],
    [
      'a naming noun and "wie"',
      'Die Kapitel tragen Überschriften wie ',
      'Juni, Frost',
      ' und mehr.',
      'name',
    ],
    ['a motto', 'Unter dem Motto ', 'Mehr Wildnis wagen!', ' startet eine Kampagne.', 'name'],
    ['the film', 'Im Film ', 'Stille am Seeufer', ' spielt sie die Mutter.', 'name'],
    ['the book', 'Das Buch ', 'Der Himmel war ein Deckel', ' erscheint im Mai.', 'name'],
    ['the law', 'Das Gesetz ', 'Zukunft Wald', ' tritt in Kraft.', 'name'],
    ['joined by a hyphen', 'Der ', 'Tatort', '-Star verliess die Show.', 'name'],
    ['a newspaper after "gegenüber dem"', 'Das sagte sie gegenüber dem ', 'Blick', '.', 'name'],
    ['a place adjective and a noun', 'Er sagt im ', 'Seewiler Boten', ': «Nein.»', 'name'],
    // partial quotes: a few words inside the writer's sentence
    [
      'few words mid-sentence',
      'Das Weisse Haus bezeichnete das Treffen als ',
      'sehr produktiv',
      ', weitere',
      'partial',
    ],
    ['single noun after an article', 'An der ', 'Infrastruktur', ' werde gearbeitet.', 'partial'],
    ['words in a heading', 'Trump sieht Einigung in ', 'meisten wichtigen Punkten', '', 'partial'],
    [
      'phrase after a verb',
      'Der Veranstalter nannte den Abend ',
      'einen Glücksfall',
      ' für die Region.',
      'partial',
    ],
    ['after "sogenannten"', 'Die sogenannten ', 'Wutbürger', ' protestierten.', 'partial'],
    [
      'after "sogenanntes", even with a naming tail',
      'Geplant ist ein sogenanntes ',
      'Kompetenzzentrum für Antriebe',
      '.',
      'partial',
    ],
    [
      'an adjective and a noun',
      'Auf der Tafel erschien die Meldung ',
      'Unbestimmte Verspätung',
      ', dann nichts.',
      'partial',
    ],
    [
      'lower case after a naming noun',
      'Er nannte das Gesetz ',
      'unnötig und teuer',
      '.',
      'partial',
    ],
    // speech: a sentence of its own
    [
      'after a colon',
      'Trump hatte gesagt: ',
      'Die Krim wird bei Russland bleiben',
      '. Selenskyj will nicht.',
      'speech',
    ],
    [
      'ends with its own full stop',
      'Er gestand zwar ein: ',
      'Die Ukraine hat nicht genügend Waffen.',
      ' Doch',
      'speech',
    ],
    [
      'followed by ", erklärte"',
      '',
      'Wir wollen unbedingt, dass sie stark sind',
      ', erklärte der Staatschef.',
      'speech',
    ],
    ['followed by ", so X"', '', 'Das ist ein guter Tag für alle', ', so Muster.', 'speech'],
    ['short answer attributed', '', 'Nein', ', sagte sie.', 'speech'],
    ['question as speech', 'Sie fragte: ', 'Warum erst jetzt?', '', 'speech'],
    [
      'a question said after a colon, not a title',
      'Die Moderatorin fragte: ',
      'Wer bist du?',
      '',
      'speech',
    ],
    [
      'attributed after "habe er gesagt"',
      '',
      'Ein Meitli gehört auf den Hof',
      ', habe er gesagt.',
      'speech',
    ],
  ])('%s → %s', (_name, before, inner, after, kind) => {
    expect(classifyQuote({ before, inner, after })).toBe(kind);
  });
});

describe('isGenreLine', () => {
  it.each([
    ['. Roman. Verlag Seeblick, Seewil 2024.', true],
    ['. Album, 2025.', true],
    ['. Roman, Verlag Seeblick.', true],
    ['. Band, Fans und Crew waren sich einig.', false],
    ['. Film, Musik und Tanz gehören dazu.', false],
    ['. Das Buch erschien 2024.', false],
  ])('%s → %s', (after, expected) => {
    expect(isGenreLine(after)).toBe(expected);
  });
});
