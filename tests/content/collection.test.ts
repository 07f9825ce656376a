import { describe, expect, it } from 'vitest';
import { buildCollection, indexPages, type SourceFile } from '../../src/content/collection';

const encode = (text: string) => new TextEncoder().encode(text);
const file = (name: string, date: string, caption: string): SourceFile => ({
  name,
  bytes: encode(`date ${date} ${caption} AFP\n\nDer Lead von ${name}.\n\nEin Absatz.`),
});

describe('buildCollection', () => {
  const files = [
    file('b.txt', '2025-04', 'Wahl in Altdorf.'),
    file('a.txt', '2025-04-02', 'Wahl in Altdorf.'),
    file('c.txt', '2024-11-03', 'Ein Fest am See.'),
    { name: 'bad.txt', bytes: encode('kein Artikel') },
  ];

  it('orders newest first; a month date counts as the start of its month', () => {
    const { articles } = buildCollection(files);
    expect(articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });

  it('makes slugs unique: the later one in the order gets a number', () => {
    const { articles } = buildCollection(files);
    expect(articles.map((a) => a.slug)).toEqual([
      'wahl-in-altdorf',
      'wahl-in-altdorf-2',
      'ein-fest-am-see',
    ]);
  });

  it('reports the bad file and keeps the good ones', () => {
    const { reports } = buildCollection(files);
    expect(reports.filter((r) => r.errors.length > 0).map((r) => r.file)).toEqual(['bad.txt']);
  });

  it('gives the same result whatever order the files come in', () => {
    expect(buildCollection([...files].reverse())).toEqual(buildCollection(files));
  });
});

describe('indexPages', () => {
  it('splits the collection into pages of list items', () => {
    const many = Array.from({ length: 45 }, (_, i) =>
      file(`${String(i).padStart(3, '0')}.txt`, '2025-01', `Artikel ${i}.`),
    );
    const pages = indexPages(buildCollection(many).articles, 20);
    expect(pages.map((p) => [p.page, p.pageCount, p.total, p.items.length])).toEqual([
      [1, 3, 45, 20],
      [2, 3, 45, 20],
      [3, 3, 45, 5],
    ]);
    expect(Object.keys(pages[0]?.items[0] ?? {}).sort()).toEqual([
      'date',
      'id',
      'lead',
      'readingMinutes',
      'slug',
      'source',
      'summary',
      'title',
    ]);
  });

  it('has one empty page for an empty collection', () => {
    expect(indexPages([])).toEqual([{ page: 1, pageCount: 1, total: 0, items: [] }]);
  });
});
