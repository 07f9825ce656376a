import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { uncompressedEntry, writeSearchIndex } from '../../src/sitegen/searchIndex';
import { compressionOf, needsCompression } from '../../src/sitegen/siteBuild';
import { buildCollection } from '../../src/content/collection';

const encode = (text: string) => new TextEncoder().encode(text);
const out = mkdtempSync(path.join(tmpdir(), 'lesezeit-search-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('writeSearchIndex', () => {
  it('writes a German Pagefind index with one record per article, and none of its ready-made interfaces', async () => {
    const { articles } = buildCollection([
      {
        name: 'a.txt',
        bytes: encode('date 2024-11-03 Neue Tramlinien in Seewilen. AFP\n\nDer Lead mit <b>.'),
      },
      { name: 'b.txt', bytes: encode('date 2025-04 Der Gletscher schmilzt.\n\nEin Lead.') },
    ]);
    const stats = await writeSearchIndex(articles, out);
    const dir = path.join(out, 'pagefind');
    expect(stats.records).toBe(2);
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['de']);
    expect(entry.languages.de.page_count).toBe(2);
    const names = readdirSync(dir);
    expect(names).toEqual(
      expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'wasm.de.pagefind']),
    );
    expect(names.filter((n) => /ui|highlight|unknown/.test(n))).toEqual([]);
    const fragments = readdirSync(path.join(dir, 'fragment')).map((f) =>
      gunzipSync(readFileSync(path.join(dir, 'fragment', f))).toString('utf8'),
    );
    expect(fragments.join('\n')).toContain('Der Lead mit &lt;b&gt;.');
    // The page list and the WebAssembly are stored as Pagefind's script reads them without
    // gunzipping, for the build's Brotli; the chunks stay gzipped.
    const meta = names.find((n) => n.endsWith('.pf_meta')) ?? '';
    for (const name of [meta, 'wasm.de.pagefind'])
      expect(readFileSync(path.join(dir, name)).subarray(0, 12).toString('latin1')).toBe(
        'pagefind_dcd',
      );
    const chunk = readdirSync(path.join(dir, 'index'))[0] ?? '';
    expect(readFileSync(path.join(dir, 'index', chunk)).subarray(0, 2)).toEqual(
      Buffer.from([0x1f, 0x8b]),
    );
    expect(stats.files).toBeGreaterThan(5);
    expect(stats.bytes).toBeGreaterThan(0);
  });

  it('replaces an index written before', async () => {
    await writeSearchIndex([], out);
    expect(existsSync(path.join(out, 'pagefind/pagefind-entry.json'))).toBe(true);
    expect(existsSync(path.join(out, 'pagefind/fragment'))).toBe(false);
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
    ['pagefind/pagefind-worker.js', true, 11],
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
