import { describe, expect, it } from 'vitest';
import { formatArticleDate, parseArticleDate } from '../../src/content/articleDate';

describe('parseArticleDate', () => {
  it.each([
    ['2025-04', { year: 2025, month: 4, day: null }],
    ['2024-11-03', { year: 2024, month: 11, day: 3 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2025-12-31', { year: 2025, month: 12, day: 31 }],
  ])('accepts %s', (value, date) => {
    expect(parseArticleDate(value)).toEqual({ ok: true, date });
  });

  it.each([
    ['2025-13', /no month 13/],
    ['2025-00', /no month 00/],
    ['2025-02-29', /Februar 2025 has 28 days/],
    ['2025-04-31', /April 2025 has 30 days/],
    ['2025-04-00', /does not exist/],
    ['2025-4', /YYYY-MM or YYYY-MM-DD/],
    ['April 2025', /YYYY-MM or YYYY-MM-DD/],
    ['2025-04-03T10:00', /YYYY-MM or YYYY-MM-DD/],
  ])('rejects %s', (value, message) => {
    const result = parseArticleDate(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('formatArticleDate (de-CH)', () => {
  it.each([
    ['2025-04', 'April 2025'],
    ['2024-11-03', '3. November 2024'],
    ['2025-03-01', '1. März 2025'],
    ['2026-12-24', '24. Dezember 2026'],
  ])('%s → %s', (value, expected) => {
    expect(formatArticleDate(value)).toBe(expected);
  });
});
