import { describe, expect, it } from 'vitest';
import { isOneSentence, matchSummaryLabel, readSummaryBox } from '../../src/content/summaryBox';
import { splitBlocks } from '../../src/content/splitBlocks';
import { parseFixture } from './fixtureFiles';

describe('matchSummaryLabel', () => {
  it.each([
    [
      'Keine Zeit? blue News fasst für dich zusammen Eins.',
      'Keine Zeit? blue News fasst für dich zusammen',
      'blue News',
      'Eins.',
    ],
    [
      'Keine Zeit? watson fasst für dich zusammen',
      'Keine Zeit? watson fasst für dich zusammen',
      'watson',
      '',
    ],
    ['Darum gehts', 'Darum gehts', null, ''],
    ["Darum geht's Der Rat tagt.", "Darum geht's", null, 'Der Rat tagt.'],
    ['Darum geht’s', 'Darum geht’s', null, ''],
    ['Das Wichtigste in Kürze', 'Das Wichtigste in Kürze', null, ''],
    [
      'Das Wichtigste in Kürze: Die Fähre fährt.',
      'Das Wichtigste in Kürze:',
      null,
      'Die Fähre fährt.',
    ],
    ['Das Wichtigste im Überblick', 'Das Wichtigste im Überblick', null, ''],
    ['In Kürze', 'In Kürze', null, ''],
    [
      'Zusammengefasst «Wir bauen» sagt der Rat.',
      'Zusammengefasst',
      null,
      '«Wir bauen» sagt der Rat.',
    ],
  ])('%s', (text, label, source, firstItem) => {
    expect(matchSummaryLabel(text)).toEqual({ label, source, firstItem });
  });

  it.each([
    ['a paragraph that opens with the words', 'In Kürze wird der Gemeinderat entscheiden.'],
    ['lower case after the label', 'Zusammengefasst lässt sich sagen, dass es regnet.'],
    ['the label inside a word', 'Darum gehtsch nöd.'],
    ['the label not at the start', 'Das ist, darum gehts, ein Test.'],
    ['a question without the rest of the label', 'Keine Zeit? Dann lesen Sie weiter.'],
  ])('no label: %s', (_name, text) => {
    expect(matchSummaryLabel(text)).toBeNull();
  });
});

describe('isOneSentence', () => {
  it.each([
    ['one sentence', 'Die Fähre fährt wieder.', true],
    ['no closing mark', 'Ein Neubau soll zwölf Millionen kosten', true],
    ['abbreviation and ordinal', 'Der Rat tagt am 3. Mai in St. Gallen.', true],
    ['sentences inside a quotation', 'Er sagte: «Nein. Nie.»', true],
    ['two sentences', 'Eins. Zwei.', false],
    ['a question and an answer', 'Wer zahlt? Die Gemeinde.', false],
  ])('%s', (_name, text, expected) => {
    expect(isOneSentence(text)).toBe(expected);
  });
});

/** Reads the box after a header and a lead, from blocks given one per line. */
function box(...blocks: string[]) {
  return readSummaryBox(splitBlocks(['date 2026-01 Bild.', 'Lead.', ...blocks].join('\n\n')), 2);
}

describe('readSummaryBox', () => {
  it('with its toggle: every block up to "Mehr anzeigen", short or long', () => {
    const read = box(
      'Keine Zeit? Post fasst für dich zusammen Eins.',
      'Zwischentitel ohne Punkt',
      'Zwei. Und noch ein Satz. Mehr anzeigen',
      'Text.',
    );
    expect(read.summary).toEqual({
      label: 'Keine Zeit? Post fasst für dich zusammen',
      items: ['Eins.', 'Zwischentitel ohne Punkt', 'Zwei. Und noch ein Satz.'],
    });
    expect(read).toMatchObject({ source: 'Post', next: 5, warnings: [] });
  });

  it('without a toggle: the one-sentence blocks, up to the first block of more sentences', () => {
    const read = box(
      'Darum gehts',
      'Eins.',
      'Zwei ohne Punkt',
      'Drei.',
      'Der Text beginnt. Er hat zwei Sätze.',
    );
    expect(read.summary).toEqual({
      label: 'Darum gehts',
      items: ['Eins.', 'Zwei ohne Punkt', 'Drei.'],
    });
    expect(read).toMatchObject({ source: null, next: 6, warnings: [] });
  });

  it('without a toggle: a long one-sentence block is a paragraph', () => {
    const long = `Der Text beginnt mit einem langen Satz, ${'der weiter und weiter geht, '.repeat(10)}bis er endet.`;
    const read = box('In Kürze Eins.', long);
    expect(read.summary?.items).toEqual(['Eins.']);
    expect(read.next).toBe(3);
  });

  it('without a toggle: the box may run to the end of the file', () => {
    expect(box('Zusammengefasst', 'Eins.', 'Zwei.').summary?.items).toEqual(['Eins.', 'Zwei.']);
  });

  it('warns about a "Keine Zeit?" box without its toggle, naming where it was taken to end', () => {
    const read = box(
      'Keine Zeit? Post fasst für dich zusammen Eins.',
      'Zwei.',
      'Text. Mit zwei Sätzen.',
    );
    expect(read.summary?.items).toEqual(['Eins.', 'Zwei.']);
    expect(read.warnings).toEqual([
      { line: 5, message: expect.stringMatching(/no closing "Mehr anzeigen".*before line 9/) },
    ]);
  });

  it.each([
    [
      'a paragraph follows at once',
      ['Darum gehts', 'Ein Absatz. Mit zwei Sätzen.'],
      /"Darum gehts" has nothing after it \(a paragraph follows at line 7\)/,
    ],
    [
      'the file ends',
      ['Das Wichtigste in Kürze:'],
      /"Das Wichtigste in Kürze:" has nothing after it \(the file ends\)/,
    ],
  ])('a label with nothing after it is no box when %s', (_name, blocks, message) => {
    const read = box(...blocks);
    expect(read.summary).toBeNull();
    expect(read.next).toBe(2);
    expect(read.warnings).toEqual([{ line: 5, message: expect.stringMatching(message) }]);
  });

  it('no label, no box', () => {
    expect(box('Ein Absatz.')).toEqual({ summary: null, source: null, next: 2, warnings: [] });
  });
});

describe('summary boxes in fixture articles', () => {
  it('"Darum gehts" on a block of its own, items without toggle, a heading-like item', () => {
    const a = parseFixture('layout/darum-gehts.txt');
    expect(a.summary).toEqual({
      label: 'Darum gehts',
      items: [
        'Die Turnhalle von Seewil ist über sechzig Jahre alt.',
        'Ein Neubau soll zwölf Millionen Franken kosten',
        'Die SVP Seewil will das Volk entscheiden lassen.',
      ],
    });
    expect(a.source).toBeNull();
    expect(a.title).toBe('Wer zahlt für die neue Turnhalle in Seewil?');
    expect(a.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('"Das Wichtigste in Kürze:" with the first item in its block', () => {
    const a = parseFixture('layout/wichtigste-in-kuerze.txt');
    expect(a.summary?.label).toBe('Das Wichtigste in Kürze:');
    expect(a.summary?.items).toHaveLength(3);
    expect(a.title).toBe('Die Fähre über den Hinterauer See fährt wieder!');
    expect(a.body).toHaveLength(1);
  });

  it('"Keine Zeit?" without its toggle names its source', () => {
    const a = parseFixture('layout/keine-zeit-no-toggle.txt');
    expect(a.source).toBe('Talbote');
    expect(a.summary?.items).toEqual([
      'Felsach hat wieder einen Dorfladen.',
      'Vierzig Freiwillige teilen sich die Schichten.',
    ]);
  });

  it.each([
    ['layout/label-nothing-after.txt', ['heading', 'paragraph'], 'Zusammengefasst'],
    ['layout/label-at-end.txt', ['paragraph'], 'In Kürze'],
  ])('%s: the lone label stays in the body', (file, types, label) => {
    const a = parseFixture(file);
    expect(a.summary).toBeNull();
    expect(a.body.map((b) => b.type)).toEqual(types);
    expect(a.body[0]?.text).toBe(label);
  });
});
