import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/content/model';
import {
  createReadingPositionStore,
  maxReadingPositions,
  minutesLeftFrom,
  parseReadingPositions,
  serializeReadingPositions,
  withReadingPosition,
  withoutReadingPosition,
  type ReadingPosition,
  type TextStorage,
} from '../../src/data/readingPositions';

const position = (slug: string, at: number, block = 3): ReadingPosition => ({
  slug,
  title: `Titel ${slug}`,
  block,
  minutesLeft: 2,
  at,
});

const stored = (positions: unknown[]) => JSON.stringify({ version: 1, positions });

describe('parseReadingPositions', () => {
  it.each<[string, string | null, string[]]>([
    ['nothing stored', null, []],
    ['not JSON', '{"version":1,"positions":[', []],
    ['JSON of another shape', '[1,2,3]', []],
    [
      'another version of the format',
      JSON.stringify({ version: 2, positions: [position('a', 1)] }),
      [],
    ],
    ['positions that are no list', JSON.stringify({ version: 1, positions: 'a' }), []],
    ['a valid entry', stored([position('am-see', 5)]), ['am-see']],
    [
      'newest first',
      stored([position('alt', 1), position('neu', 9), position('mitte', 5)]),
      ['neu', 'mitte', 'alt'],
    ],
    [
      'corrupt and foreign entries are dropped, the rest kept',
      stored([
        position('gut', 4),
        null,
        'text',
        { ...position('ohne-titel', 3), title: '' },
        { ...position('halber-absatz', 3), block: 1.5 },
        { ...position('negativ', 3), block: -1 },
        { ...position('null-minuten', 3), minutesLeft: 0 },
        { ...position('keine-zeit', 3), at: 'gestern' },
        { ...position('x', 3), slug: '../../etwas' },
        { slug: 'nur-slug' },
        position('auch-gut', 2),
      ]),
      ['gut', 'auch-gut'],
    ],
    [
      'one entry per article, the newest',
      stored([position('a', 1, 1), position('a', 7, 9)]),
      ['a'],
    ],
  ])('%s', (_name, value, slugs) => {
    expect(parseReadingPositions(value).map((p) => p.slug)).toEqual(slugs);
  });

  it('keeps the newer of two entries for one article', () => {
    expect(
      parseReadingPositions(stored([position('a', 1, 1), position('a', 7, 9)]))[0]?.block,
    ).toBe(9);
  });

  it('keeps at most the 200 newest of a longer stored list', () => {
    const many = Array.from({ length: 250 }, (_, i) => position(`artikel-${i}`, i + 1));
    const parsed = parseReadingPositions(stored(many));
    expect(parsed).toHaveLength(maxReadingPositions);
    expect(parsed[0]?.slug).toBe('artikel-249');
    expect(parsed.at(-1)?.slug).toBe('artikel-50');
  });

  it('reads back what it wrote', () => {
    const list = [position('b', 2), position('a', 1)];
    expect(parseReadingPositions(serializeReadingPositions(list))).toEqual(list);
  });
});

describe('withReadingPosition', () => {
  it('puts the article first and replaces its older entry', () => {
    const list = withReadingPosition([position('a', 1), position('b', 2)], position('a', 3, 8));
    expect(list.map((p) => [p.slug, p.block])).toEqual([
      ['a', 8],
      ['b', 3],
    ]);
  });

  it('forgets the oldest beyond 200 articles', () => {
    let list: ReadingPosition[] = [];
    for (let i = 0; i < 201; i++) list = withReadingPosition(list, position(`artikel-${i}`, i + 1));
    expect(list).toHaveLength(200);
    expect(list.some((p) => p.slug === 'artikel-0')).toBe(false);
    expect(list[0]?.slug).toBe('artikel-200');
  });

  it('removes one article', () => {
    expect(
      withoutReadingPosition([position('a', 1), position('b', 2)], 'a').map((p) => p.slug),
    ).toEqual(['b']);
  });
});

describe('minutesLeftFrom', () => {
  const words = (n: number): Block => ({
    type: 'paragraph',
    text: Array(n).fill('Wort').join(' '),
  });
  const body = [
    words(400),
    { type: 'heading', id: 'h', text: 'Zwischentitel' } as Block,
    words(200),
    words(100),
  ];
  it.each<[number, number]>([
    [0, 4],
    [1, 2],
    [2, 2],
    [3, 1],
    [4, 1],
  ])('from block %i: %i min', (block, minutes) => {
    expect(minutesLeftFrom(body, block)).toBe(minutes);
  });
});

describe('createReadingPositionStore', () => {
  const memory = (initial: string | null = null) => {
    const box = { value: initial };
    const storage: TextStorage = { read: () => box.value, write: (v) => (box.value = v) };
    return { box, storage };
  };

  it('starts empty on corrupt storage and overwrites it with valid data', () => {
    const { box, storage } = memory('{kaputt');
    const store = createReadingPositionStore(storage);
    expect(store.list()).toEqual([]);
    store.record(position('a', 1));
    expect(parseReadingPositions(box.value).map((p) => p.slug)).toEqual(['a']);
  });

  it('tells its listeners, removes and clears', () => {
    const { box, storage } = memory();
    const store = createReadingPositionStore(storage);
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.record(position('a', 1));
    store.record(position('b', 2));
    store.remove('a');
    store.remove('gibt-es-nicht');
    expect(store.list().map((p) => p.slug)).toEqual(['b']);
    store.clear();
    expect(box.value).toBeNull();
    expect(calls).toBe(4);
    stop();
    store.record(position('c', 3));
    expect(calls).toBe(4);
  });

  it('reads the storage again after another tab wrote it', () => {
    const { box, storage } = memory();
    const store = createReadingPositionStore(storage);
    expect(store.list()).toEqual([]);
    box.value = stored([position('anderer-tab', 5)]);
    store.reload();
    expect(store.list().map((p) => p.slug)).toEqual(['anderer-tab']);
  });
});
