import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/content/sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it.each<[string, string, string[]]>([
    [
      'two plain sentences',
      'Es regnet. Wir bleiben zu Hause.',
      ['Es regnet.', 'Wir bleiben zu Hause.'],
    ],
    ['question and exclamation', 'Kommst du? Ja! Sofort.', ['Kommst du?', 'Ja!', 'Sofort.']],
    [
      'z. B. and Dr. and Nr. inside a sentence',
      'Das ist z. B. ein Test. Dr. Meier kam mit Nr. 5 an.',
      ['Das ist z. B. ein Test.', 'Dr. Meier kam mit Nr. 5 an.'],
    ],
    [
      'd. h. and u. a.',
      'Die Gruppe tagt d. h. monatlich. Sie plant u. a. ein Fest.',
      ['Die Gruppe tagt d. h. monatlich.', 'Sie plant u. a. ein Fest.'],
    ],
    [
      'an amount in millions before its unit',
      'Der Bau kostet 2,5 Mio. Franken. Das ist viel.',
      ['Der Bau kostet 2,5 Mio. Franken.', 'Das ist viel.'],
    ],
    [
      'billions, and ca. before a number',
      'Die Firma setzt 1,2 Mrd. Euro um. Der Gewinn sank um ca. 3 Prozent.',
      ['Die Firma setzt 1,2 Mrd. Euro um.', 'Der Gewinn sank um ca. 3 Prozent.'],
    ],
    [
      'usw. that ends a sentence',
      'Äpfel, Birnen usw. Dann kam er.',
      ['Äpfel, Birnen usw.', 'Dann kam er.'],
    ],
    ['usw. in the middle', 'Äpfel, Birnen usw. sind gesund.', ['Äpfel, Birnen usw. sind gesund.']],
    ['a date with an ordinal', 'Am 3. Mai kam er. Er blieb.', ['Am 3. Mai kam er.', 'Er blieb.']],
    [
      'a time with a point',
      'Es war 14.30 Uhr. Das Spiel begann.',
      ['Es war 14.30 Uhr.', 'Das Spiel begann.'],
    ],
    [
      'a number that ends a sentence',
      'Das Spiel endete 3 zu 1. Dann gingen alle.',
      ['Das Spiel endete 3 zu 1.', 'Dann gingen alle.'],
    ],
    [
      'an initial',
      'Hans P. Meier sprach. Alle hörten zu.',
      ['Hans P. Meier sprach.', 'Alle hörten zu.'],
    ],
    [
      'Plan B. ends a sentence',
      'Es gilt Plan B. Niemand widerspricht.',
      ['Es gilt Plan B.', 'Niemand widerspricht.'],
    ],
    [
      'a page reference',
      'Das Dokument (S. 4) zeigt es. Gut.',
      ['Das Dokument (S. 4) zeigt es.', 'Gut.'],
    ],
    [
      'a quote of two sentences stays with its attribution',
      '«Wir haben alles versucht. Es hat nicht gereicht», sagte sie. Dann ging sie.',
      ['«Wir haben alles versucht. Es hat nicht gereicht», sagte sie.', 'Dann ging sie.'],
    ],
    [
      'German quotation marks across sentences',
      '„Wir kommen wieder. Versprochen“, rief er. Sie lachte.',
      ['„Wir kommen wieder. Versprochen“, rief er.', 'Sie lachte.'],
    ],
    [
      'an exclamation in quotes, then the sentence goes on',
      'Er sagte: «Komm!» und ging. Sie blieb.',
      ['Er sagte: «Komm!» und ging.', 'Sie blieb.'],
    ],
    [
      'a quoted exclamation and its speaker',
      '„Nein!“ rief er. Dann war Ruhe.',
      ['„Nein!“ rief er.', 'Dann war Ruhe.'],
    ],
    [
      'a question in quotes and a comma',
      '«Wohin?», fragte sie. Niemand antwortete.',
      ['«Wohin?», fragte sie.', 'Niemand antwortete.'],
    ],
    [
      'a closed quote ends a sentence',
      '«Das ist gut.» Dann ging er.',
      ['«Das ist gut.»', 'Dann ging er.'],
    ],
    ['no closing mark', 'Kein Punkt am Ende', ['Kein Punkt am Ende']],
    ['only spaces', '   ', []],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('splits a long quotation at its sentences rather than speak it as one', () => {
    const sentence = 'Das ist ein Satz in einem langen Zitat, das nicht enden will. ';
    const quote = `«${sentence.repeat(6).trim()}», sagte er.`;
    const result = texts(quote);
    expect(result.length).toBeGreaterThan(1);
    expect(result.every((s) => s.length <= 240)).toBe(true);
  });

  it('gives ranges that point back into the text, in order, without overlap', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'Er kam.',
            'z. B.',
            'Dr.',
            'Mio.',
            '«Ja.',
            'Nein»,',
            'sagte er.',
            '3.',
            'Mai',
            'Was?',
            '„Gut!“',
            'und',
            '  ',
          ),
          { maxLength: 20 },
        ),
        (words) => {
          const text = words.join(' ');
          const sentences = splitSentences(text);
          let cursor = 0;
          for (const s of sentences) {
            expect(s.start).toBeGreaterThanOrEqual(cursor);
            expect(s.end).toBeGreaterThan(s.start);
            expect(text.slice(s.start, s.end)).toBe(s.text);
            expect(s.text).toBe(s.text.trim());
            cursor = s.end;
          }
          // Nothing but whitespace is left out.
          const covered = sentences.map((s) => s.text).join('');
          expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        },
      ),
    );
  });
});
