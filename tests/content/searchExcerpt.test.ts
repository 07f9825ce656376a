import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  escapeSearchText,
  markedWords,
  parseExcerpt,
  textFragment,
  withoutLeadingTitle,
} from '../../src/content/searchExcerpt';

/** A record's text as Pagefind's excerpt holds it: escaped by the build, then `<` and `>` by Pagefind. */
const asPagefindGivesIt = (text: string) =>
  escapeSearchText(text).replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('escapeSearchText', () => {
  it.each([
    ['an ampersand between words', 'Rock & Roll bei Meier&Söhne', 'Rock & Roll bei Meier&Söhne'],
    ['comparison signs', '3 < 4 > 2', '3 < 4 > 2'],
    [
      'a written character reference',
      'Wer &amp; und &#169; schreibt',
      'Wer &amp;amp; und &amp;#169; schreibt',
    ],
    ['a written mark', 'Das <mark>-Element und </MARK>', 'Das &lt;mark>-Element und &lt;/MARK>'],
  ])('%s', (_name, text, escaped) => {
    expect(escapeSearchText(text)).toBe(escaped);
  });
});

describe('parseExcerpt', () => {
  it.each([
    ['no marks', 'Ein Satz ohne Treffer.', [{ text: 'Ein Satz ohne Treffer.', marked: false }]],
    [
      'one mark',
      'Die neuen <mark>Tramlinien</mark> fahren.',
      [
        { text: 'Die neuen ', marked: false },
        { text: 'Tramlinien', marked: true },
        { text: ' fahren.', marked: false },
      ],
    ],
    [
      'marks at both ends',
      '<mark>Gletscher</mark> und <mark>«Gletscher»-Schmelze.</mark>',
      [
        { text: 'Gletscher', marked: true },
        { text: ' und ', marked: false },
        { text: '«Gletscher»-Schmelze.', marked: true },
      ],
    ],
    [
      'markup written in the article comes back as text',
      'Text mit &lt;script&gt;alert(1)&lt;/script&gt; und &lt;mark&gt;falsch&lt;/mark&gt;',
      [{ text: 'Text mit <script>alert(1)</script> und <mark>falsch</mark>', marked: false }],
    ],
    [
      'a marked word that looks like markup',
      '<mark>&lt;mark&gt;falsch&lt;/mark&gt;</mark> &amp; mehr',
      [
        { text: '<mark>falsch</mark>', marked: true },
        { text: ' & mehr', marked: false },
      ],
    ],
    [
      'an escaped entity stays as written',
      'Preis 5&amp;lt;6 und &amp;amp;',
      [{ text: 'Preis 5&lt;6 und &amp;', marked: false }],
    ],
    [
      'numeric references and unknown names',
      '&#171;Zitat&#x00BB; &copy; &#0; &#xD800;',
      [{ text: '«Zitat» &copy; &#0; &#xD800;', marked: false }],
    ],
    ['an unclosed mark stays plain', 'a <mark>b c', [{ text: 'a b c', marked: false }]],
    ['a stray closing mark is text', 'a </mark> b', [{ text: 'a </mark> b', marked: false }]],
    ['empty marks vanish', 'a<mark></mark>b', [{ text: 'ab', marked: false }]],
    [
      'neighbouring marks join',
      '<mark>Tram</mark><mark>linie</mark>',
      [{ text: 'Tramlinie', marked: true }],
    ],
    ['an empty excerpt', '', []],
  ])('%s', (_name, excerpt, parts) => {
    expect(parseExcerpt(excerpt)).toEqual(parts);
  });

  it('gives back any article text exactly, whatever it holds, when nothing is marked', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const parts = parseExcerpt(asPagefindGivesIt(text));
        expect(parts.map((p) => p.text).join('')).toBe(text);
        expect(parts.every((p) => !p.marked)).toBe(true);
      }),
    );
  });

  it('marks exactly the words Pagefind wrapped, whatever the words hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ minLength: 1 }), fc.boolean()), { maxLength: 8 }),
        (runs) => {
          // Pagefind marks whole words, so a mark begins and ends at a space.
          const excerpt = runs
            .map(([text, marked]) =>
              marked ? `<mark>${asPagefindGivesIt(text)}</mark>` : asPagefindGivesIt(text),
            )
            .join(' ');
          const parts = parseExcerpt(excerpt);
          expect(parts.map((p) => p.text).join('')).toBe(runs.map(([t]) => t).join(' '));
          expect(
            parts
              .filter((p) => p.marked)
              .map((p) => p.text)
              .join(''),
          ).toBe(
            runs
              .filter(([, m]) => m)
              .map(([t]) => t)
              .join(''),
          );
        },
      ),
    );
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&apos;&#39;', `&<>"''`],
    ['&nbsp;', '\u00a0'],
    ['&AMP; &bogus; & ;', '&AMP; &bogus; & ;'],
  ])('%s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe('withoutLeadingTitle', () => {
  const title = 'Die Brücke ist fertig';
  it.each([
    [
      'a list by filter: the title, a full stop, the lead',
      [{ text: 'Die Brücke ist fertig. Der Lead beginnt.', marked: false }],
      [{ text: 'Der Lead beginnt.', marked: false }],
    ],
    [
      'a title that ends with a question mark',
      [{ text: 'Wer zahlt? Der Lead.', marked: false }],
      [{ text: 'Der Lead.', marked: false }],
      'Wer zahlt?',
    ],
    [
      'a match in the title: kept as it is',
      [
        { text: 'Die ', marked: false },
        { text: 'Brücke', marked: true },
        { text: ' ist fertig. Der Lead.', marked: false },
      ],
      null,
    ],
    [
      'the same words that run on: not the title',
      [{ text: 'Die Brücke ist fertiggestellt worden.', marked: false }],
      null,
    ],
    [
      'an excerpt that begins inside the title: its tail goes too',
      [
        { text: 'ist fertig. Ab Montag fährt der ', marked: false },
        { text: 'Bus', marked: true },
      ],
      [
        { text: 'Ab Montag fährt der ', marked: false },
        { text: 'Bus', marked: true },
      ],
    ],
    [
      'only the last word of the title',
      [{ text: 'fertig. Der Lead.', marked: false }],
      [{ text: 'Der Lead.', marked: false }],
    ],
    [
      'the end of a word of the title: not the title',
      [{ text: 'tig. Der Lead.', marked: false }],
      null,
    ],
    [
      'the title’s last words running on: not the title',
      [{ text: 'ist fertiggestellt. Der Lead.', marked: false }],
      null,
    ],
    [
      'the title’s last word starting the lead: not the title',
      [{ text: 'fertig geworden ist auch der Steg.', marked: false }],
      null,
    ],
    [
      'a title with a no-break space, which Pagefind gives back as a space',
      [{ text: 'Die Brücke ist fertig. Der Lead.', marked: false }],
      [{ text: 'Der Lead.', marked: false }],
      'Die Brücke\u00a0ist fertig',
    ],
    [
      'only the title and then a match',
      [
        { text: 'Die Brücke ist fertig. ', marked: false },
        { text: 'Seewilen', marked: true },
      ],
      [{ text: 'Seewilen', marked: true }],
    ],
  ])('%s', (_, parts, expected, ownTitle = title) => {
    expect(withoutLeadingTitle(parts, ownTitle)).toEqual(expected ?? parts);
  });
});

describe('markedWords', () => {
  it.each([
    ['Die <mark>Tramlinien</mark> und die <mark>Tramlinien.</mark>', ['Tramlinien']],
    [
      '<mark>«Gletscher»-Schmelze.</mark> <mark>Gletschers</mark>',
      ['Gletscher»-Schmelze', 'Gletschers'],
    ],
    ['<mark>«…»</mark> nichts', []],
    ['keine Treffer', []],
  ])('%s', (excerpt, words) => {
    expect(markedWords(parseExcerpt(excerpt))).toEqual(words);
  });
});

describe('textFragment', () => {
  it.each([
    [[], ''],
    [['Tramlinien'], '#:~:text=Tramlinien'],
    [
      ['Gletscher»-Schmelze', 'Bärenmatt'],
      '#:~:text=Gletscher%C2%BB%2DSchmelze&text=B%C3%A4renmatt',
    ],
    [['a&b,c'], '#:~:text=a%26b%2Cc'],
  ])('%o', (words, fragment) => {
    expect(textFragment(words)).toBe(fragment);
  });
});
