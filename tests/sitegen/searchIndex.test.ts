import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/sitegen/searchIndex';
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
    expect(stats.files).toBeGreaterThan(5);
    expect(stats.bytes).toBeGreaterThan(0);
  });

  it('replaces an index written before', async () => {
    await writeSearchIndex([], out);
    expect(existsSync(path.join(out, 'pagefind/pagefind-entry.json'))).toBe(true);
    expect(existsSync(path.join(out, 'pagefind/fragment'))).toBe(false);
  });
});
