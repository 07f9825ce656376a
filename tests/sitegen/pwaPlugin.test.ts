import { describe, expect, it } from 'vitest';
import { limitPrecache } from '../../src/sitegen/pwaPlugin';

const site = (articles: number) => [
  { url: 'index.html' },
  { url: 'shell.html' },
  { url: 'assets/index-abc.js' },
  { url: 'data/index/1.json' },
  { url: 'data/index/2.json' },
  { url: 'seite/2.html' },
  { url: 'pagefind/pagefind.js' },
  { url: 'pagefind/wasm.de.pagefind' },
  ...Array.from({ length: articles }, (_, i) => [
    { url: `artikel/a${i}.html` },
    { url: `data/artikel/a${i}.json` },
  ]).flat(),
];

describe('limitPrecache', () => {
  it.each([
    [0, 3, 8],
    [3, 3, 14],
    [4, 3, 4],
    [150, 100, 4],
  ])('%i articles with a limit of %i: %i entries', (articles, limit, expected) => {
    expect(limitPrecache(site(articles), limit)).toHaveLength(expected);
  });

  it('keeps the app shell and the home page, not the search index, when the collection is too large', () => {
    expect(limitPrecache(site(5), 1).map((e) => e.url)).toEqual([
      'index.html',
      'shell.html',
      'assets/index-abc.js',
      'data/index/1.json',
    ]);
  });
});
