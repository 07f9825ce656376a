import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  checkNewestFirst,
  uncompressedEntry,
} from '../../src/sitegen/searchIndex';
import { searchPageIds } from '../../src/site/searchPageList';
import { compressionOf, needsCompression } from '../../src/sitegen/siteBuild';
import { buildCollection } from '../../src/content/collection';

const encode = (text: string) => new TextEncoder().encode(text);

describe('buildSearchIndex', () => {
  it('makes a German Pagefind index with one record per article, without its ready-made interfaces or worker', async () => {
    const { articles } = buildCollection([
      {
        name: 'a.txt',
        bytes: encode('date 2024-11-03 Neue Tramlinien in Seewilen. AFP\n\nDer Lead mit <b>.'),
      },
      { name: 'b.txt', bytes: encode('date 2025-04 Der Gletscher schmilzt.\n\nEin Lead.') },
    ]);
    const index = await buildSearchIndex(articles);
    const file = (name: string) => index.files.find((f) => f.path === name)?.bytes;
    expect(index.records).toBe(2);
    const entry = JSON.parse(file('pagefind-entry.json')?.toString('utf8') ?? '{}');
    expect(Object.keys(entry.languages)).toEqual(['de']);
    expect(entry.languages.de.page_count).toBe(2);
    const names = index.files.map((f) => f.path);
    expect(names).toEqual(expect.arrayContaining(['pagefind.js', 'wasm.de.pagefind']));
    expect(names.filter((n) => /ui|highlight|unknown|worker/.test(n))).toEqual([]);
    expect(names).toEqual([...names].sort());
    const fragments = index.files
      .filter((f) => f.path.startsWith('fragment/'))
      .map((f) => gunzipSync(f.bytes).toString('utf8'));
    expect(fragments).toHaveLength(2);
    // The text as written: Pagefind's script escapes `<` and `>` when it makes an excerpt.
    expect(fragments.join('\n')).toContain('Der Lead mit <b>.');
    // The page list and the WebAssembly are returned as Pagefind's script reads them without
    // gunzipping, for the build's Brotli; the chunks stay gzipped.
    const meta = names.find((n) => n.endsWith('.pf_meta')) ?? '';
    for (const name of [meta, 'wasm.de.pagefind'])
      expect(file(name)?.subarray(0, 12).toString('latin1')).toBe('pagefind_dcd');
    const chunk = index.files.find((f) => f.path.startsWith('index/'));
    expect(chunk?.bytes.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(index.bytes).toBe(index.files.reduce((sum, f) => sum + f.bytes.length, 0));
  });

  it("keeps Pagefind's page list newest first, the order the search sorts by date with", async () => {
    const { articles } = buildCollection([
      { name: 'alt.txt', bytes: encode('date 2023-02-01 Der alte Steg.\n\nEin Lead.') },
      { name: 'neu.txt', bytes: encode('date 2025-06-30 Der neue Steg.\n\nEin Lead.') },
      { name: 'monat.txt', bytes: encode('date 2025-06 Ein Monat ohne Tag.\n\nEin Lead.') },
    ]);
    const index = await buildSearchIndex(articles);
    const meta = index.files.find((f) => f.path.endsWith('.pf_meta'));
    const urlOf = (id: string) => {
      const fragment = index.files.find((f) => f.path === `fragment/${id}.pf_fragment`);
      const text = gunzipSync(fragment!.bytes).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))).url;
    };
    expect(searchPageIds(meta!.bytes).map(urlOf)).toEqual([
      'artikel/der-neue-steg',
      'artikel/ein-monat-ohne-tag',
      'artikel/der-alte-steg',
    ]);
    expect(index.files.map((f) => f.path)).not.toContain('date-order.json');
  });

  it('fails the build, saying where, when the page list is not in the order the articles were added', async () => {
    const { articles } = buildCollection([
      { name: 'a.txt', bytes: encode('date 2025-06-30 Der neue Steg.\n\nEin Lead.') },
      { name: 'b.txt', bytes: encode('date 2023-02-01 Der alte Steg.\n\nEin Lead.') },
    ]);
    const { files } = await buildSearchIndex(articles);
    const urls = articles.map((a) => `artikel/${a.slug}`);
    expect(() => checkNewestFirst(files, urls)).not.toThrow();
    expect(() => checkNewestFirst(files, [...urls].reverse())).toThrow(
      /not in the order the articles were added \(newest first\): place 1 holds artikel\/der-neue-steg where artikel\/der-alte-steg was expected/,
    );
    expect(() => checkNewestFirst(files, [...urls, 'artikel/fehlt'])).toThrow(
      /place 3 holds nothing where artikel\/fehlt was expected/,
    );
    expect(() =>
      checkNewestFirst(
        files.filter((f) => !f.path.endsWith('.pf_meta')),
        urls,
      ),
    ).toThrow(/no page list/);
  });

  it('makes an index with no records for an empty collection', async () => {
    const index = await buildSearchIndex([]);
    expect(index.files.map((f) => f.path)).toContain('pagefind-entry.json');
    expect(index.files.filter((f) => f.path.startsWith('fragment/'))).toEqual([]);
  });
});

describe('uncompressedEntry', () => {
  it("refuses a file that is not one of Pagefind's", () => {
    expect(() => uncompressedEntry(gzipSync('not pagefind'), 'pagefind/x.pf_meta')).toThrow(
      /x\.pf_meta does not start with Pagefind's signature/,
    );
  });
});

describe('the build compresses of the search index only what every first search fetches', () => {
  it.each([
    ['pagefind/pagefind.js', true, 11],
    ['pagefind/pagefind.de_c8a43345a1.pf_meta', true, 11],
    ['pagefind/wasm.de.pagefind', true, 11],
    ['pagefind/index/de_d7f5ed8.pf_index', false, null],
    ['pagefind/fragment/de_c72eb06.pf_fragment', false, null],
    ['pagefind/pagefind-entry.json', false, null],
    ['artikel/a.html', true, 5],
  ])('%s: compressed %s, Brotli %s', (file, compressed, quality) => {
    expect(needsCompression(file, 4096)).toBe(compressed);
    if (quality !== null) expect(compressionOf(file).brotliQuality).toBe(quality);
  });
});
