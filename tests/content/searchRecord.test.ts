import { describe, expect, it } from 'vitest';
import { pagePaths } from '../../src/site/paths';
import { buildCollection } from '../../src/content/collection';
import { parseExcerpt } from '../../src/content/searchExcerpt';
import { searchInfo, searchRecord } from '../../src/content/searchRecord';

const encode = (text: string) => new TextEncoder().encode(text);
const articles = buildCollection([
  {
    name: 'tram.txt',
    bytes: encode(
      [
        'date 2024-11-03 Neue Tramlinien für Seewilen. Bild: Anna Muster',
        'Die Tramlinie 4 fährt ab Dezember bis <Dorfplatz> & weiter.',
        'Keine Zeit? Talpost fasst für dich zusammen Mehr Kurse am Abend. Mehr anzeigen',
        'Wer bezahlt?',
        '«Wir freuen uns», sagte Gemeinderätin Regula Halbeisen.',
      ].join('\n\n'),
    ),
  },
  { name: 'monat.txt', bytes: encode('date 2025-04 Ein Monat ohne Tag.\n\nDer Lead.') },
]).articles;
const article = articles.find((a) => a.id === 'tram');
const monthOnly = articles.find((a) => a.id === 'monat');

describe('searchRecord', () => {
  it('holds every text of the article as written, and the speakers of its quotes', () => {
    const record = searchRecord(article!, pagePaths.article(article!.slug));
    expect(record.url).toBe('artikel/neue-tramlinien-fuer-seewilen');
    expect(record.content.split('\n')).toEqual([
      'Neue Tramlinien für Seewilen.',
      // No `lt`, `gt` or `amp` for a search to find: Pagefind escapes `<` and `>` itself.
      'Die Tramlinie 4 fährt ab Dezember bis <Dorfplatz> & weiter.',
      'Mehr Kurse am Abend.',
      'Wer bezahlt?',
      '«Wir freuen uns», sagte Gemeinderätin Regula Halbeisen.',
      'Zitiert: Regula Halbeisen',
    ]);
    expect(
      parseExcerpt(record.content)
        .map((p) => p.text)
        .join(''),
    ).toContain('<Dorfplatz> & weiter');
  });

  it('carries title, slug, date and source as meta, publisher and year as filters', () => {
    const record = searchRecord(article!, pagePaths.article(article!.slug));
    expect(record.meta).toEqual({
      title: 'Neue Tramlinien für Seewilen',
      slug: 'neue-tramlinien-fuer-seewilen',
      date: '2024-11-03',
      source: 'Talpost',
    });
    expect(record.filters).toEqual({ quelle: ['Talpost'], jahr: ['2024'] });
    // No sort key: Pagefind's page list, filled newest first, is the date order (searchIndex.ts).
    expect(record).not.toHaveProperty('sort');
  });

  it.each([
    ['Wer zahlt die neue Brücke?', 'Wer zahlt die neue Brücke?'],
    ['Seewilen feiert!', 'Seewilen feiert!'],
    ['Die Brücke ist fertig', 'Die Brücke ist fertig.'],
  ])('begins with the title as a sentence: %s', (title, first) => {
    const [titled] = buildCollection([
      { name: 't.txt', bytes: encode(`date 2025-05-01 ${title}\n\nDer Lead.`) },
    ]).articles;
    expect(searchRecord(titled!, 'artikel/t').content.split('\n')[0]).toBe(first);
  });

  it('files a month-only date under its year', () => {
    expect(searchRecord(monthOnly!, pagePaths.article(monthOnly!.slug)).filters).toEqual({
      jahr: ['2025'],
    });
  });
});

describe('searchInfo', () => {
  it('lists the publishers alphabetically and the years newest first', () => {
    const many = buildCollection(
      [
        ['a', '2023-05-01', 'Zeitung Nord'],
        ['b', '2025-04', 'Ärzteblatt'],
        ['c', '2024-01-02', null],
        ['d', '2025-01-01', 'Zeitung Nord'],
      ].map(([name, date, source]) => ({
        name: `${name}.txt`,
        bytes: encode(
          `date ${date} Titel ${name}.\n\nDer Lead.${source ? `\n\nKeine Zeit? ${source} fasst für dich zusammen Eins. Mehr anzeigen` : ''}`,
        ),
      })),
    ).articles;
    expect(searchInfo(many, true)).toEqual({
      total: 4,
      sources: ['Ärzteblatt', 'Zeitung Nord'],
      years: [2025, 2024, 2023],
      offlineComplete: true,
    });
  });
});
