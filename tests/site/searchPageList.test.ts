import { describe, expect, it } from 'vitest';
import { searchPageIds } from '../../src/site/searchPageList';
import { signed, type Item } from '../support/cbor';

describe('searchPageIds reads the ids of the pages in the order of the list', () => {
  it.each<[string, Item, string[]]>([
    [
      'as Pagefind writes it: id, word count and an empty text per page, then more lists',
      [
        '1.6.0',
        [
          ['de_c113cc2', 510, ''],
          ['de_df7d8ef', 226, ''],
        ],
        [['de_0a1', 3, 9]],
        [],
      ],
      ['de_c113cc2', 'de_df7d8ef'],
    ],
    ['no pages', ['1.6.0', []], []],
    [
      'pages with other fields after the id, of every kind',
      [
        '1.6.0',
        [
          ['de_1', -3, { bytes: [1, 2, 3] }, { map: [['k', [1, 2]]] }, true],
          ['de_2'],
          ['de_3', 70_000],
        ],
      ],
      ['de_1', 'de_2', 'de_3'],
    ],
    ['a version that is not a text', [{ map: [['major', 1]] }, [['de_a', 1, '']]], ['de_a']],
    [
      'three hundred pages (lengths beyond one byte)',
      ['1.6.0', Array.from({ length: 300 }, (_, i) => [`de_${i}`, i, ''])],
      Array.from({ length: 300 }, (_, i) => `de_${i}`),
    ],
  ])('%s', (_name, meta, ids) => {
    expect(searchPageIds(signed(meta))).toEqual(ids);
  });
});

describe('searchPageIds refuses what is not a page list, saying why', () => {
  const list = signed([
    '1.6.0',
    [
      ['de_a', 1, ''],
      ['de_b', 2, ''],
    ],
  ]);
  it.each<[string, Uint8Array, RegExp]>([
    ['no signature (still gzipped)', new Uint8Array([0x1f, 0x8b, 8, 0]), /no signature/],
    ['cut off in the middle', list.subarray(0, list.length - 6), /ends in the middle/],
    ['not an array', signed({ map: [] }), /expected an array/],
    ['only the version', signed(['1.6.0']), /no pages/],
    ['a page without its id', signed(['1.6.0', [[]]]), /page 0 .* has no id/],
    ['an id that is not a text', signed(['1.6.0', [[7, 1]]]), /expected a text/],
    [
      'an indefinite length',
      new Uint8Array([...signed([]).subarray(0, 12), 0x9f]),
      /unsupported CBOR item \(0x9f\)/,
    ],
  ])('%s', (_name, bytes, message) => {
    expect(() => searchPageIds(bytes)).toThrow(message);
  });
});
