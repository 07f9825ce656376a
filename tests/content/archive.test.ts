import { describe, expect, it } from 'vitest';
import {
  archiveDays,
  archiveMonths,
  archiveOrder,
  archivePages,
  archiveYears,
  formatDayHeading,
  formatMonth,
  monthKey,
} from '../../src/content/archive';
import { buildCollection } from '../../src/content/collection';

const a = (id: string, date: string) => ({ id, date });

describe('archiveOrder', () => {
  it.each([
    [
      'days newest first, a month-only date after the dated days of its month',
      [a('m', '2025-04'), a('d3', '2025-04-03'), a('d28', '2025-04-28'), a('mar', '2025-03-31')],
      ['d28', 'd3', 'm', 'mar'],
    ],
    [
      'the same date in a fixed order, by id',
      [a('b', '2025-04-03'), a('a', '2025-04-03'), a('c', '2025-04')],
      ['a', 'b', 'c'],
    ],
    [
      'a month-only date of a newer month before the days of an older one',
      [a('apr1', '2025-04-01'), a('may', '2025-05')],
      ['may', 'apr1'],
    ],
  ])('%s', (_name, items, ids) => {
    expect([...items].sort(archiveOrder).map((i) => i.id)).toEqual(ids);
  });
});

describe('archiveMonths and archiveYears', () => {
  const items = [
    a('x', '2024-12-24'),
    a('m', '2025-04'),
    a('d', '2025-04-03'),
    a('j', '2025-01-15'),
    a('y', '2024-12'),
    a('old', '2019-07-01'),
  ];

  it('groups by month, newest month first, each in archive order', () => {
    expect(archiveMonths(items).map((m) => [monthKey(m), m.items.map((i) => i.id)])).toEqual([
      ['2025-04', ['d', 'm']],
      ['2025-01', ['j']],
      ['2024-12', ['x', 'y']],
      ['2019-07', ['old']],
    ]);
  });

  it('lists the years with their months and counts; years without articles are left out', () => {
    expect(archiveYears(items)).toEqual([
      {
        year: 2025,
        count: 3,
        months: [
          { year: 2025, month: 4, count: 2 },
          { year: 2025, month: 1, count: 1 },
        ],
      },
      { year: 2024, count: 2, months: [{ year: 2024, month: 12, count: 2 }] },
      { year: 2019, count: 1, months: [{ year: 2019, month: 7, count: 1 }] },
    ]);
  });

  it('has nothing for an empty collection', () => {
    expect(archiveMonths([])).toEqual([]);
    expect(archiveYears([])).toEqual([]);
  });
});

describe('archivePages', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const file = (name: string, date: string) => ({
    name,
    bytes: encode(`date ${date} Titel ${name}. AFP\n\nDer Lead.\n\nEin Absatz.`),
  });
  const pagesOf = (files: ReturnType<typeof file>[]) =>
    archivePages(buildCollection(files).articles);

  it('has a page per month with the rows it shows, and a page per year', () => {
    const { months, years } = pagesOf([file('a', '2025-04-03'), file('b', '2024-02')]);
    expect(months.map((m) => [m.year, m.month, m.items.map((i) => i.title)])).toEqual([
      [2025, 4, ['Titel a']],
      [2024, 2, ['Titel b']],
    ]);
    expect(Object.keys(months[0]?.items[0] ?? {}).sort()).toEqual([
      'date',
      'readingMinutes',
      'slug',
      'source',
      'title',
    ]);
    expect(years.map((y) => [y.year, y.count, y.years])).toEqual([
      [2025, 1, [2025, 2024]],
      [2024, 1, [2025, 2024]],
    ]);
  });

  it('adding an article in a month changes that month and its year only', () => {
    const before = pagesOf([
      file('a', '2025-04-03'),
      file('b', '2025-02-01'),
      file('c', '2024-02'),
    ]);
    const after = pagesOf([
      file('a', '2025-04-03'),
      file('b', '2025-02-01'),
      file('c', '2024-02'),
      file('d', '2025-02-11'),
    ]);
    const changed = <T>(x: T[], y: T[], key: (t: T) => string) =>
      y
        .filter(
          (page) => JSON.stringify(page) !== JSON.stringify(x.find((p) => key(p) === key(page))),
        )
        .map(key);
    expect(changed(before.months, after.months, monthKey)).toEqual(['2025-02']);
    expect(changed(before.years, after.years, (y) => String(y.year))).toEqual(['2025']);
  });
});

describe('formatMonth', () => {
  it.each([
    [{ year: 2025, month: 3 }, 'März 2025'],
    [{ year: 2024, month: 12 }, 'Dezember 2024'],
  ])('%o', (month, text) => {
    expect(formatMonth(month)).toBe(text);
  });
});

describe('archiveDays', () => {
  it('groups a month by day, newest first, with the month-only articles last', () => {
    const items = [
      a('m', '2025-04'),
      a('x', '2025-04-03'),
      a('y', '2025-04-28'),
      a('z', '2025-04-03'),
    ];
    expect(archiveDays(items).map((d) => [d.label, d.items.map((i) => i.id)])).toEqual([
      ['Montag, 28. April 2025', ['y']],
      ['Donnerstag, 3. April 2025', ['x', 'z']],
      ['Ohne Tagesdatum', ['m']],
    ]);
  });
});

describe('formatDayHeading', () => {
  it.each([
    ['2024-02-29', 'Donnerstag, 29. Februar 2024'],
    ['2025-01-01', 'Mittwoch, 1. Januar 2025'],
    ['2025-04', 'Ohne Tagesdatum'],
  ])('%s', (date, label) => {
    expect(formatDayHeading(date)).toBe(label);
  });
});
