import { describe, expect, it } from 'vitest';
import {
  closingMark,
  findQuoteSpans,
  runOnQuote,
  swapGuillemets,
  usesInwardGuillemets,
  withoutChangedNameMarks,
} from '../../src/content/quoteSpans';

const inners = (text: string) => findQuoteSpans(text).map((s) => [s.open, s.inner, s.close]);

describe('findQuoteSpans', () => {
  it.each([
    ['Swiss', 'Er sagte «Ja» und ging.', [['«', 'Ja', '»']]],
    ['German', 'Er sagte „Ja“ und ging.', [['„', 'Ja', '“']]],
    [
      'straight',
      'Er sagte "Ja" und "Nein".',
      [
        ['"', 'Ja', '"'],
        ['"', 'Nein', '"'],
      ],
    ],
    ['English curly', 'He said “yes”.', [['“', 'yes', '”']]],
    ['nested ‹…› stays inside', '«Er rief ‹Halt!› laut»', [['«', 'Er rief ‹Halt!› laut', '»']]],
    ['German inside Swiss stays inside', '«Das „Haus“ brennt»', [['«', 'Das „Haus“ brennt', '»']]],
    ['unclosed mark is not a quote', 'Ein «offenes Zitat', []],
    [
      'a mark opened again before it closes starts the quotation anew',
      'Sie sagte: «Wir haben alles versucht. Er sagte: «Das reicht nicht.»',
      [['«', 'Das reicht nicht.', '»']],
    ],
    ['German opened again', 'Sie sagte: „Nein. Er sagte: „Ja.“', [['„', 'Ja.', '“']]],
    ['empty marks are not a quote', 'Leer «» hier', []],
    ['inch mark after a digit is not a quote', 'Ein 27" Bildschirm', []],
    [
      'several in a row',
      '«A» und «B»',
      [
        ['«', 'A', '»'],
        ['«', 'B', '»'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(inners(text)).toEqual(expected);
  });

  it('gives offsets of the marks', () => {
    const [span] = findQuoteSpans('als «sehr produktiv», weitere');
    expect(span).toMatchObject({ start: 4, end: 20 });
  });
});

describe('runOnQuote', () => {
  it.each([
    [
      'the next paragraph opens again',
      'Sie sagte: «Wir haben alles versucht.',
      '«Jetzt ist der Kanton am Zug.»',
      'Wir haben alles versucht.',
    ],
    [
      'the next paragraph closes it',
      'Sie sagte: «Wir haben alles versucht.',
      'Jetzt ist der Kanton am Zug.»',
      'Wir haben alles versucht.',
    ],
    ['German marks', 'Er sagte: „Wir bleiben.', '„Ganz sicher.“', 'Wir bleiben.'],
    ['a stray mark before another quotation', 'Ein «offenes Zitat.', 'Er sagte «Ja».', null],
    ['a stray mark before plain text', 'Ein «offenes Zitat.', 'Die Sitzung ging weiter.', null],
    ['every quotation closed', 'Er sagte: «Ja.»', '«Nein.»', null],
    ['straight quotes are never carried over', 'Er sagte: "Ja.', '"Nein."', null],
  ])('%s', (_name, text, next, inner) => {
    expect(runOnQuote(text, next)?.inner ?? null).toBe(inner);
  });

  it('runs to the end of the paragraph, with no closing mark', () => {
    expect(runOnQuote('Sie sagte: «Ja.', '«Nein.»')).toEqual({
      start: 11,
      end: 15,
      open: '«',
      close: '',
      inner: 'Ja.',
    });
  });
});

describe('guillemets pointing inwards', () => {
  it.each([
    [['»Ja«, sagte sie.', 'Kein Zitat.'], true],
    [['«Ja», sagte sie.', '»Nein«, sagte er.', '«Doch.»'], false],
    [['Er nannte es »gut«.'], true],
    [['Er nannte es «gut».'], false],
    [['Kein Zitat.'], false],
  ])('usesInwardGuillemets(%j) is %s', (texts, expected) => {
    expect(usesInwardGuillemets(texts)).toBe(expected);
  });

  it('swaps the marks and keeps every offset', () => {
    expect(swapGuillemets('»Er rief ›Halt!‹ laut«')).toBe('«Er rief ‹Halt!› laut»');
  });
});

describe('withoutChangedNameMarks', () => {
  it.each([
    ['Rosmarie B.* (78) trat auf.', 'Rosmarie B.  (78) trat auf.'],
    ['Anna Muster*, die dort wohnt,', 'Anna Muster , die dort wohnt,'],
    ['sagt Luca*.', 'sagt Luca .'],
    ['sagt Luca*', 'sagt Luca '],
    ['Die Lehrer*innen streiken.', 'Die Lehrer*innen streiken.'],
    ['* Name der Redaktion bekannt', '* Name der Redaktion bekannt'],
    ['3 * 4 = 12', '3 * 4 = 12'],
  ])('%j becomes %j, with every offset kept', (text, expected) => {
    expect(withoutChangedNameMarks(text)).toBe(expected);
    expect(withoutChangedNameMarks(text)).toHaveLength(text.length);
  });
});

describe('closingMark', () => {
  it.each([
    ['«', '»'],
    ['»', '«'],
    ['‹', '›'],
    ['„', '“'],
    ['“', '”'],
    ['"', '"'],
  ])('%s is closed by %s', (open, close) => {
    expect(closingMark(open)).toBe(close);
  });
});
