import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/model';
import { parseArticle } from '../../src/content/parseArticle';
import { readBytes, referencePath } from './fixtureFiles';

/** Every word the model holds, in reading order. */
function modelWords(a: Article): string[] {
  const texts = [a.date, a.hero.caption, a.hero.credit ?? '', a.lead, a.summary?.label ?? '', ...(a.summary?.items ?? []), ...a.body.map((b) => b.text)];
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
const heading = fc.array(fc.stringMatching(/^[A-ZÄÖÜ][a-zäöü]{1,9}$/), { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
const date = fc.tuple(fc.integer({ min: 1990, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 28 }))).map(([y, m, d]) =>
  `${y}-${String(m).padStart(2, '0')}${d === null ? '' : `-${String(d).padStart(2, '0')}`}`,
);

/** Articles in the source format: header, lead, an optional summary, body blocks and headings. */
const articleSource = fc
  .record({
    date,
    caption: sentence,
    credit: fc.option(fc.constantFrom('AFP', 'Keystone/Lia Muster', 'Bild: zVg')),
    lead: block,
    summary: fc.option(fc.record({ source: fc.constantFrom('blue News', 'Talbote'), items: fc.array(sentence, { minLength: 1, maxLength: 4 }) })),
    body: fc.array(fc.oneof(block, heading), { maxLength: 8 }),
    newline: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ date, caption, credit, lead, summary, body, newline }) => {
    const blocks = [`date ${date} ${caption}${credit ? ` ${credit}` : ''}`, lead];
    if (summary) {
      const items = summary.items.map((item, i) => (i === 0 ? `Keine Zeit? ${summary.source} fasst für dich zusammen ${item}` : item));
      items[items.length - 1] += ' Mehr anzeigen';
      blocks.push(...items);
    }
    blocks.push(...body, 'Schluss.');
    return blocks.join(newline + newline);
  });

describe('parser properties', () => {
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
          const text = part === 'lead' ? a.lead : part === 'summary' ? a.summary?.items[index] : a.body[index]?.text;
          expect(text?.slice(start, end)).toBe(`${q.marks[0]}${q.text}${q.marks[1]}`);
          expect(q.id).toBe(`zitat-${i + 1}`);
        });
      }),
      { numRuns: 200 },
    );
  });
});
