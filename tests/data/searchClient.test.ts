import { afterEach, describe, expect, it, vi } from 'vitest';
import { newestFirst } from '../../src/data/searchClient';
import { signed } from '../support/cbor';

describe('newestFirst', () => {
  const ranks = new Map([
    ['de_neu', 0],
    ['de_mitte', 1],
    ['de_alt', 2],
  ]);
  it.each([
    [
      'puts results in the order of the date ranks',
      ['de_alt', 'de_neu', 'de_mitte'],
      ['de_neu', 'de_mitte', 'de_alt'],
    ],
    [
      'keeps a result the ranks do not know, last',
      ['de_fremd', 'de_alt', 'de_neu'],
      ['de_neu', 'de_alt', 'de_fremd'],
    ],
    ['returns nothing for nothing', [], []],
  ])('%s', (_, ids, expected) => {
    const results = ids.map((id) => ({ id, score: 1 }));
    expect(newestFirst(results, ranks).map((r) => r.id)).toEqual(expected);
    expect(results.map((r) => r.id)).toEqual(ids);
  });
});

describe('loadDateOrder', () => {
  const entry = { version: '1.6.0', languages: { de: { hash: 'de_54acfa373a', page_count: 3 } } };
  const list = signed([
    '1.6.0',
    [
      ['de_neu', 5, ''],
      ['de_mitte', 9, ''],
      ['de_alt', 7, ''],
    ],
    [],
  ]);

  /** A fresh module (its loaded order is kept per page) over a site that answers `files`. */
  async function withSite(files: Record<string, () => Response>) {
    vi.resetModules();
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return files[url]?.() ?? new Response('', { status: 404 });
    });
    const { loadDateOrder } = await import('../../src/data/searchClient');
    return { loadDateOrder, asked };
  }

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('ranks the pages in the order of the page list that the entry names, and loads them once', async () => {
    const { loadDateOrder, asked } = await withSite({
      '/pagefind/pagefind-entry.json': () => Response.json(entry),
      '/pagefind/pagefind.de_54acfa373a.pf_meta': () => new Response(list),
    });
    expect([...(await loadDateOrder())]).toEqual([
      ['de_neu', 0],
      ['de_mitte', 1],
      ['de_alt', 2],
    ]);
    await loadDateOrder();
    expect(asked).toEqual([
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.de_54acfa373a.pf_meta',
    ]);
  });

  it.each<[string, Record<string, () => Response>, RegExp]>([
    ['no entry', {}, /404/],
    [
      'an entry that names no page list',
      { '/pagefind/pagefind-entry.json': () => Response.json({ languages: {} }) },
      /Unerwartete Antwort der Suche/,
    ],
    [
      'a hash that is not one',
      {
        '/pagefind/pagefind-entry.json': () =>
          Response.json({ languages: { de: { hash: '../../data/x' } } }),
      },
      /Unerwartete Antwort der Suche/,
    ],
    [
      'the page list missing',
      { '/pagefind/pagefind-entry.json': () => Response.json(entry) },
      /Sortierung nach Datum konnte nicht geladen werden/,
    ],
    [
      'a page list that is not one',
      {
        '/pagefind/pagefind-entry.json': () => Response.json(entry),
        '/pagefind/pagefind.de_54acfa373a.pf_meta': () => new Response('<html>'),
      },
      /no signature/,
    ],
  ])('fails, saying why, for %s, and tries again on the next search', async (_, files, message) => {
    const { loadDateOrder, asked } = await withSite(files);
    await expect(loadDateOrder()).rejects.toThrow(message);
    const first = asked.length;
    await expect(loadDateOrder()).rejects.toThrow(message);
    expect(asked.length).toBe(2 * first);
  });
});
