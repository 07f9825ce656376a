import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../src/data/searchClient';

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
