import { describe, expect, it } from 'vitest';
import { offlineCaches, preferencesCache, isSiteCache } from '../../src/site/caches';
import {
  preferenceAttributes,
  preferenceDefaults,
  preferenceStorageKeys,
  readingPositionsStorageKey,
  speechRateDefault,
  speechRates,
  speechRateStorageKey,
  preferencesEntry,
} from '../../src/site/readerPreferences';
import { documentTitles, siteName } from '../../src/site/titles';

describe('document titles, literally', () => {
  it.each([
    ['home', documentTitles.home, 'Lesezeit – Nachrichten in Ruhe lesen'],
    ['index page 1', documentTitles.indexPage(1), 'Lesezeit – Nachrichten in Ruhe lesen'],
    ['index page 2', documentTitles.indexPage(2), 'Seite 2 – Lesezeit'],
    ['article', documentTitles.article('Wahl in Bern'), 'Wahl in Bern – Lesezeit'],
    ['saved', documentTitles.saved, 'Gespeicherte Artikel – Lesezeit'],
    ['offline', documentTitles.offline, 'Offline – Lesezeit'],
    ['search', documentTitles.search(), 'Suche – Lesezeit'],
    [
      'search with a query',
      documentTitles.search({ query: 'Gletscher' }),
      '«Gletscher» – Suche – Lesezeit',
    ],
    ['archive year', documentTitles.archiveYear(2025), 'Archiv 2025 – Lesezeit'],
    ['archive month', documentTitles.archiveMonth(2025, 3), 'März 2025 – Archiv – Lesezeit'],
    ['briefing', documentTitles.briefing, 'Keine Zeit? Das Neueste in Kürze – Lesezeit'],
    ['not found', documentTitles.notFound, 'Seite nicht gefunden – Lesezeit'],
    ['error', documentTitles.error, 'Fehler beim Laden – Lesezeit'],
    ['site name', siteName, 'Lesezeit'],
  ])('%s: %s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('caches and the reader-preference format, literally', () => {
  it('names every cache', () => {
    expect(offlineCaches).toEqual({
      saved: 'lesezeit-gespeichert',
      pages: 'lesezeit-seiten',
      data: 'lesezeit-daten',
      search: 'lesezeit-suche',
    });
    expect(preferencesCache).toBe('lesezeit-einstellungen');
  });

  it.each([
    ['lesezeit-gespeichert', true],
    ['workbox-precache-v2-https://x/', true],
    ['andere-app', false],
  ])('cache %s is the site’s own: %s', (name, own) => {
    expect(isSiteCache(name)).toBe(own);
  });

  it('spells the stored preferences', () => {
    expect(preferenceStorageKeys).toEqual({
      theme: 'lesezeit-theme',
      textSize: 'lesezeit-text-size',
    });
    expect(preferenceAttributes).toEqual({ theme: 'data-theme', textSize: 'data-text-size' });
    expect(preferenceDefaults).toEqual({ theme: 'system', textSize: 'normal' });
    expect(preferencesEntry).toBe('einstellungen.json');
    expect(speechRateStorageKey).toBe('lesezeit-vorlesetempo');
    expect(speechRates).toEqual(['0.8', '1', '1.25', '1.5']);
    expect(speechRateDefault).toBe('1');
    expect(readingPositionsStorageKey).toBe('lesezeit-weiterlesen');
  });
});
