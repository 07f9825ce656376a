import { describe, expect, it } from 'vitest';
import { collectionIntro } from '../../src/routes/homeRoute';

describe('collectionIntro', () => {
  it.each<[number, number, number, string | null]>([
    [0, 1, 1, null],
    [1, 1, 1, '1 Artikel'],
    [7, 1, 1, '7 Artikel, die neuesten zuerst'],
    [45, 2, 3, 'Seite 2 von 3 · 45 Artikel, die neuesten zuerst'],
    [999, 1, 50, 'Seite 1 von 50 · 999 Artikel, die neuesten zuerst'],
    [1234567, 1, 9, 'Seite 1 von 9 · 1’234’567 Artikel, die neuesten zuerst'],
    // Swiss thousands separator, as a reader in Zürich writes it.
    [10000, 1, 500, 'Seite 1 von 500 · 10’000 Artikel, die neuesten zuerst'],
  ])('%i articles, page %i of %i', (total, page, pageCount, expected) => {
    expect(collectionIntro(total, page, pageCount)).toBe(expected);
  });
});
