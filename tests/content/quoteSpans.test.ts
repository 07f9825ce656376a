import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/content/quoteSpans';

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
