import { describe, expect, it } from 'vitest';
import { selectBriefing } from '../../src/content/briefing';
import type { ArticleListItem } from '../../src/content/model';

const item = (id: string, date: string, summary: string[] | null = null): ArticleListItem => ({
  id,
  slug: id,
  title: `Titel ${id}`,
  date,
  lead: `Lead ${id}`,
  source: 'Talpost',
  readingMinutes: 2,
  summary: summary && { label: 'Darum gehts', items: summary },
});

describe('selectBriefing', () => {
  it('takes the last seven dates that have articles, newest first', () => {
    const days = [
      '2025-04-20',
      '2025-04-18',
      '2025-04-17',
      '2025-04-10',
      '2025-04-09',
      '2025-04-02',
      '2025-03-30',
      '2025-03-29',
    ];
    const articles = days.flatMap((d) => [item(`${d}-a`, d), item(`${d}-b`, d)]).reverse();
    const briefing = selectBriefing(articles);
    expect(briefing.days).toEqual(days.slice(0, 7));
    expect(briefing.items).toHaveLength(14);
    expect(briefing.items[0]?.slug).toBe('2025-04-20-a');
    expect(briefing.items.some((i) => i.date === '2025-03-29')).toBe(false);
  });

  it('stops at 20 articles, however many days that is', () => {
    const articles = Array.from({ length: 30 }, (_, i) =>
      item(`a${String(i).padStart(2, '0')}`, '2025-04-20'),
    );
    const briefing = selectBriefing(articles);
    expect(briefing.items).toHaveLength(20);
    expect(briefing.days).toEqual(['2025-04-20']);
  });

  it.each([
    [
      'summary items where there is a summary box',
      item('s', '2025-04-01', ['Eins.', 'Zwei.']),
      { points: ['Eins.', 'Zwei.'], lead: null },
    ],
    ['the lead where there is none', item('l', '2025-04-01'), { points: [], lead: 'Lead l' }],
  ])('%s', (_name, article, expected) => {
    expect(selectBriefing([article]).items[0]).toMatchObject(expected);
  });

  it('counts a month-only date as a date of its own, after the days of its month', () => {
    const briefing = selectBriefing(
      [item('m', '2025-04'), item('d', '2025-04-02'), item('o', '2025-03-31')],
      2,
    );
    expect(briefing.items.map((i) => i.slug)).toEqual(['d', 'm']);
    expect(briefing.days).toEqual(['2025-04-02', '2025-04']);
  });

  it('is empty for an empty collection', () => {
    expect(selectBriefing([])).toEqual({ items: [], days: [] });
  });
});
