import { describe, expect, it } from 'vitest';
import { classifyQuote } from '../../src/content/quotes';

describe('classifyQuote', () => {
  it.each([
    // names: publications, organisations, products, works
    ['multi-word capitalised', 'So werde in dem Plan, der der ', 'New York Times', ' vorliegt', 'name'],
    ['after a naming noun', 'Flugabwehrsysteme des Typs ', 'Patriot', ' aus US-Produktion.', 'name'],
    ['newspaper after "der Zeitung"', 'Das meldet die Zeitung ', 'Abendpost', '.', 'name'],
    ['acronym', 'Das sagte er der ', 'NZZ', '.', 'name'],
    ['title after "heisst"', 'Das Stück heisst ', 'Der Mond über Felsach', ' und dauert.', 'name'],
    ['initiative', 'Die Initiative ', 'Ja zu fairen Mieten', ' kommt an die Urne.', 'name'],
    // partial quotes: a few words inside the writer's sentence
    ['few words mid-sentence', 'Das Weisse Haus bezeichnete das Treffen als ', 'sehr produktiv', ', weitere', 'partial'],
    ['single noun after an article', 'An der ', 'Infrastruktur', ' werde gearbeitet.', 'partial'],
    ['words in a heading', 'Trump sieht Einigung in ', 'meisten wichtigen Punkten', '', 'partial'],
    ['phrase after a verb', 'Der Veranstalter nannte den Abend ', 'einen Glücksfall', ' für die Region.', 'partial'],
    // speech: a sentence of its own
    ['after a colon', 'Trump hatte gesagt: ', 'Die Krim wird bei Russland bleiben', '. Selenskyj will nicht.', 'speech'],
    ['ends with its own full stop', 'Er gestand zwar ein: ', 'Die Ukraine hat nicht genügend Waffen.', ' Doch', 'speech'],
    ['followed by ", erklärte"', '', 'Wir wollen unbedingt, dass sie stark sind', ', erklärte der Staatschef.', 'speech'],
    ['followed by ", so X"', '', 'Das ist ein guter Tag für alle', ', so Muster.', 'speech'],
    ['short answer attributed', '', 'Nein', ', sagte sie.', 'speech'],
    ['question as speech', 'Sie fragte: ', 'Warum erst jetzt?', '', 'speech'],
  ])('%s → %s', (_name, before, inner, after, kind) => {
    expect(classifyQuote({ before, inner, after })).toBe(kind);
  });
});
