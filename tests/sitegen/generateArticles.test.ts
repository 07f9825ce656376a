import { describe, expect, it } from 'vitest';
import { buildCollection } from '../../src/content/collection';
import { generateArticles } from '../../scripts/generateArticles';

const encode = (text: string) => new TextEncoder().encode(text);

describe('generateArticles', () => {
  const generated = generateArticles(50, 7);
  const collection = buildCollection(
    generated.map(({ name, text }) => ({ name, bytes: encode(text) })),
  );

  it('writes articles that all parse without errors or warnings', () => {
    expect(
      collection.reports.flatMap((r) => r.errors.map((e) => `${r.file}:${e.line}: ${e.message}`)),
    ).toEqual([]);
    expect(
      collection.reports.flatMap((r) => r.warnings.map((w) => `${r.file}:${w.line}: ${w.message}`)),
    ).toEqual([]);
    expect(collection.articles).toHaveLength(50);
  });

  it('gives every article its own title, so no slug needs a number', () => {
    expect(new Set(collection.articles.map((a) => a.title)).size).toBe(50);
    expect(collection.articles.every((a) => !/-\d+$/.test(a.slug))).toBe(true);
  });

  it('varies what the format allows: dates, credits, summaries, headings, lengths and all quote kinds', () => {
    const { articles } = collection;
    expect(articles.some((a) => /^\d{4}-\d{2}$/.test(a.date))).toBe(true);
    expect(articles.some((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.date))).toBe(true);
    expect(articles.some((a) => a.hero.credit === null)).toBe(true);
    expect(articles.some((a) => a.summary === null)).toBe(true);
    expect(articles.some((a) => (a.summary?.items.length ?? 0) > 1)).toBe(true);
    expect(articles.some((a) => a.body.some((b) => b.type === 'heading'))).toBe(true);
    const kinds = new Set(articles.flatMap((a) => a.quotes.map((q) => q.kind)));
    expect([...kinds].sort()).toEqual(['name', 'partial', 'speech']);
    expect(articles.some((a) => a.quotes.some((q) => q.speaker !== null))).toBe(true);
    const blocks = articles.map((a) => a.body.length);
    expect(Math.max(...blocks)).toBeGreaterThan(3 * Math.min(...blocks));
  });

  it('is deterministic for a seed, and a smaller run is a prefix of a larger one', () => {
    expect(generateArticles(50, 7)).toEqual(generated);
    expect(generateArticles(20, 7).map((a) => a.text)).toEqual(
      generated.slice(0, 20).map((a) => a.text),
    );
    expect(generateArticles(50, 8)).not.toEqual(generated);
  });
});
