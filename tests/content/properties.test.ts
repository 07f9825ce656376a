import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/model';
import { parseArticle } from '../../src/content/parseArticle';
import { readBytes, referencePath } from './fixtureFiles';

/** Every word the model holds, in reading order. */
function modelWords(a: Article): string[] {
  const texts = [
    a.date,
    a.hero.caption,
    a.hero.credit ?? '',
    a.lead,
    a.summary?.label ?? '',
    ...(a.summary?.items ?? []),
    ...a.body.map((b) => b.text),
  ];
  return texts.join(' ').split(/\s+/).filter(Boolean);
}

/** Every word of the source except the `date` keyword and the `Mehr anzeigen` toggle. */
function sourceWords(source: string): string[] {
  return source
    .replace(/^\uFEFF/, '')
    .replace(/^\s*date\b/, '')
    .replace(/\s*Mehr anzeigen(?=\s*(\n\s*\n|$))/g, '')
    .split(/\s+/)
    .filter(Boolean);
}

const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüéß0-9«»„“"‹›&<>/:;,.!?🎉-]{1,12}$/u);
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => `${ws.join(' ')}.`);
const block = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
const heading = fc
  .array(fc.stringMatching(/^[A-ZÄÖÜ][a-zäöü]{1,9}$/), { minLength: 1, maxLength: 6 })
  .map((ws) => ws.join(' '));
const date = fc
  .tuple(
    fc.integer({ min: 1990, max: 2035 }),
    fc.integer({ min: 1, max: 12 }),
    fc.option(fc.integer({ min: 1, max: 28 })),
  )
  .map(
    ([y, m, d]) =>
      `${y}-${String(m).padStart(2, '0')}${d === null ? '' : `-${String(d).padStart(2, '0')}`}`,
  );

const labels = [
  'Keine Zeit? blue News fasst für dich zusammen',
  'Keine Zeit? Talbote fasst für dich zusammen',
  'Darum gehts',
  "Darum geht's",
  'Das Wichtigste in Kürze',
  'Das Wichtigste in Kürze:',
  'Das Wichtigste im Überblick',
  'In Kürze',
  'Zusammengefasst',
];

/** A summary box: any label, the first item in the label's block or not, with or without the toggle. */
const summaryBox = fc
  .record({
    label: fc.constantFrom(...labels),
    // An item starts like a sentence; after a label, lower case starts a paragraph instead.
    items: fc.array(
      fc.tuple(fc.stringMatching(/^[A-ZÄÖÜ][a-zäöü]{0,9}$/), sentence).map(([w, s]) => `${w} ${s}`),
      { minLength: 0, maxLength: 4 },
    ),
    labelAlone: fc.boolean(),
    toggle: fc.boolean(),
  })
  .map(({ label, items, labelAlone, toggle }) => {
    const blocks =
      labelAlone || items.length === 0
        ? [label, ...items]
        : [`${label} ${items[0]}`, ...items.slice(1)];
    if (toggle && items.length > 0) blocks[blocks.length - 1] += ' Mehr anzeigen';
    return blocks;
  });

/** Articles in the source format: header, lead, an optional summary, body blocks and headings; some are lead only. */
const articleSource = fc
  .record({
    date,
    caption: fc
      .tuple(sentence, fc.constantFrom('.', '?', '!', ''))
      .map(([s, mark]) => s.replace(/\.$/, mark)),
    credit: fc.option(fc.constantFrom('AFP', 'Keystone/Lia Muster', 'Bild: zVg')),
    lead: block,
    summary: fc.option(summaryBox),
    body: fc.array(fc.oneof(block, heading), { maxLength: 8 }),
    newline: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ date, caption, credit, lead, summary, body, newline }) =>
    [
      `date ${date} ${caption}${credit ? ` ${credit}` : ''}`,
      lead,
      ...(summary ?? []),
      ...body,
    ].join(newline + newline),
  );

// Hundreds of generated articles per property: on a busy machine that takes longer than the default limit.
describe('parser properties', { timeout: 60_000 }, () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = parseArticle(text, 'beliebig.txt');
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on text that looks almost like an article', () => {
    fc.assert(
      fc.property(articleSource, fc.string({ maxLength: 30 }), fc.nat(), (source, noise, at) => {
        const i = at % (source.length + 1);
        parseArticle(source.slice(0, i) + noise + source.slice(i), 'fast.txt');
      }),
      { numRuns: 300 },
    );
  });

  it('loses nothing: every word of a generated article is in the model, in order', () => {
    fc.assert(
      fc.property(articleSource, (source) => {
        const result = parseArticle(source, 'generiert.txt');
        expect(result.ok).toBe(true);
        if (result.ok) expect(modelWords(result.article)).toEqual(sourceWords(source));
      }),
      { numRuns: 300 },
    );
  });

  it('loses nothing of the reference article', () => {
    const source = new TextDecoder().decode(readBytes(referencePath));
    const result = parseArticle(source, referencePath);
    expect(result.ok).toBe(true);
    if (result.ok) expect(modelWords(result.article)).toEqual(sourceWords(source));
  });

  it('locates every quote exactly in its text', () => {
    fc.assert(
      fc.property(articleSource, (source) => {
        const result = parseArticle(source, 'generiert.txt');
        if (!result.ok) return;
        const a = result.article;
        result.article.quotes.forEach((q, i) => {
          const { part, index, start, end } = q.location;
          const text =
            part === 'lead'
              ? a.lead
              : part === 'summary'
                ? a.summary?.items[index]
                : a.body[index]?.text;
          expect(text?.slice(start, end)).toBe(`${q.marks[0]}${q.text}${q.marks[1]}`);
          expect(q.id).toBe(`zitat-${i + 1}`);
        });
      }),
      { numRuns: 200 },
    );
  });
});
