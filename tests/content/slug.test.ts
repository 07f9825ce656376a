import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlugs } from '../../src/content/slug';

describe('slugify', () => {
  it.each([
    [
      'US-Präsident Trump zusammen mit Selenskyj beim Treffen in Rom',
      'us-praesident-trump-zusammen-mit-selenskyj-beim-treffen-in-rom',
    ],
    ['Grösse, Übermut und Ärger', 'groesse-uebermut-und-aerger'],
    ['Straße', 'strasse'],
    ['Café in Genève à la carte', 'cafe-in-geneve-a-la-carte'],
    ['«Zitat» – mit „Zeichen“!', 'zitat-mit-zeichen'],
    ['  2026: 10 000 Franken  ', '2026-10-000-franken'],
    ['🎉 <script>', 'script'],
    ['🎉', ''],
  ])('%s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts long titles at a word boundary to at most 80 characters', () => {
    const slug = slugify('Ein sehr langer Titel '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^ein-sehr-langer-titel-.*[a-z]$/);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('uniqueSlugs', () => {
  it('numbers repeats in order and avoids reserved ids', () => {
    expect(uniqueSlugs(['Wahl', 'Wahl', 'Zitate', 'Wahl'], (i) => `x-${i}`, ['zitate'])).toEqual([
      'wahl',
      'wahl-2',
      'zitate-2',
      'wahl-3',
    ]);
  });

  it('falls back for a text without letters', () => {
    expect(uniqueSlugs(['???'], (i) => `abschnitt-${i + 1}`)).toEqual(['abschnitt-1']);
  });
});
