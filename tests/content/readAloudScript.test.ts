import { describe, expect, it } from 'vitest';
import { readAloudScript, splitLongSentence } from '../../src/content/readAloudScript';

const sentence = (text: string, start = 0) => ({ start, end: start + text.length, text });

describe('splitLongSentence', () => {
  it.each<[string, string, number, string[]]>([
    ['short enough: as it is', 'Ein kurzer Satz.', 40, ['Ein kurzer Satz.']],
    [
      'at the last comma before the limit',
      'Der Rat tagte lange, die Gemeinde wartete, am Ende kam ein Entscheid.',
      45,
      ['Der Rat tagte lange, die Gemeinde wartete,', 'am Ende kam ein Entscheid.'],
    ],
    [
      'a semicolon before a comma',
      'Der Rat tagte lange; die Gemeinde wartete, am Ende kam ein Entscheid.',
      50,
      ['Der Rat tagte lange;', 'die Gemeinde wartete, am Ende kam ein Entscheid.'],
    ],
    [
      'at a space where there is no punctuation',
      'Ein Satz ohne jedes Komma der trotzdem viel zu lang für das Limit ist.',
      30,
      ['Ein Satz ohne jedes Komma der', 'trotzdem viel zu lang für das', 'Limit ist.'],
    ],
  ])('%s', (_name, text, limit, expected) => {
    const pieces = splitLongSentence(sentence(text, 7), limit);
    expect(pieces.map((p) => p.text)).toEqual(expected);
    // Each piece points back into the source at the right place.
    const source = `${' '.repeat(7)}${text}`;
    for (const p of pieces) expect(source.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('readAloudScript', () => {
  it('reads title, lead, summary items, then the body with its subheadings, in sentences', () => {
    const script = readAloudScript({
      title: 'Neue Brücke in Seewil',
      lead: 'Die Brücke kostet 2,5 Mio. Franken. Sie öffnet im Mai.',
      summary: { label: 'Keine Zeit?', items: ['Die Brücke ist fertig.', 'Sie öffnet bald.'] },
      body: [
        { type: 'paragraph', text: '«Wir sind stolz. Es hat gedauert», sagte Dr. Frei.' },
        { type: 'heading', id: 'wie-weiter', text: 'Wie es weitergeht' },
        { type: 'paragraph', text: 'Am 3. Mai ist Eröffnung.' },
      ],
    });
    expect(script.map((p) => [p.part, p.utterances.map((u) => u.text)])).toEqual([
      ['title', ['Neue Brücke in Seewil']],
      ['lead', ['Die Brücke kostet 2,5 Mio. Franken.', 'Sie öffnet im Mai.']],
      ['summary-0', ['Die Brücke ist fertig.']],
      ['summary-1', ['Sie öffnet bald.']],
      ['body-0', ['«Wir sind stolz. Es hat gedauert», sagte Dr. Frei.']],
      ['body-1', ['Wie es weitergeht']],
      ['body-2', ['Am 3. Mai ist Eröffnung.']],
    ]);
  });

  it('has no summary part without a summary box', () => {
    const script = readAloudScript({ title: 'T', lead: 'L.', summary: null, body: [] });
    expect(script.map((p) => p.part)).toEqual(['title', 'lead']);
  });
});
