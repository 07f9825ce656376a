import { describe, expect, it } from 'vitest';
import { isSubheading } from '../../src/content/subheading';

const paragraph = 'Ein ganzer Absatz folgt hier. Er hat mehrere Sätze.';

describe('isSubheading', () => {
  it.each([
    ['short line without mark', 'Bericht spekuliert über Gebietsabtretungen', paragraph, true],
    [
      'closing quotation mark',
      'Trump sieht Einigung in «meisten wichtigen Punkten»',
      paragraph,
      true,
    ],
    ['question followed by a paragraph', 'Wie geht es weiter?', paragraph, true],
    ['question followed by a heading', 'Wie geht es weiter?', 'Ein Titel ohne Punkt', false],
    ['question at the end of the file', 'Wie geht es weiter?', undefined, false],
    ['ends with a full stop', 'Das ist ein Satz.', paragraph, false],
    ['ends with an exclamation mark', 'Das ist ein Ausruf!', paragraph, false],
    ['ends with a colon', 'Er sagte Folgendes:', paragraph, false],
    ['quote ending with a full stop inside', '«Wir bleiben hier.»', paragraph, false],
    ['two sentences', 'Ein Satz. Noch ein Satz ohne Punkt', paragraph, false],
    // Two sentences whose first ends in a short word or one with an umlaut: no abbreviation.
    [
      'two-sentence question, short last word',
      'Sie hören auf. Mit welchem Film?',
      paragraph,
      false,
    ],
    [
      'two-sentence question, umlaut',
      'Apropos Väter. Wie viele sind umgefallen?',
      paragraph,
      false,
    ],
    // An abbreviation's full stop ends no sentence.
    ['abbreviated title', 'Was plant Dr. Muster im Winter?', paragraph, true],
    ['abbreviated place', 'Ein Fest in St. Gallen', paragraph, true],
    ['lower-case abbreviation', 'Neue Regeln bzw. alte Regeln', paragraph, true],
    ['long block', 'Wort '.repeat(25).trim(), paragraph, false],
    ['last block of the article', 'Schlusswort ohne Punkt', undefined, false],
    ['lower-case credit line', '(dpa/sda)', paragraph, false],
  ])('%s', (_name, text, next, expected) => {
    expect(isSubheading(text, next)).toBe(expected);
  });
});
