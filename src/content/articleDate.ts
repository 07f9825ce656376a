/** A validated article date, month or day precision. */
export type ArticleDate = { year: number; month: number; day: number | null };

export type DateResult = { ok: true; date: ArticleDate } | { ok: false; message: string };

export const monthNames = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Validates `YYYY-MM` or `YYYY-MM-DD`: the month and day must exist. */
export function parseArticleDate(value: string): DateResult {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) {
    return { ok: false, message: `the date "${value}" is not in the form YYYY-MM or YYYY-MM-DD` };
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month < 1 || month > 12) {
    return {
      ok: false,
      message: `the date "${value}" has no month ${match[2]} (months are 01 to 12)`,
    };
  }
  if (day !== null && (day < 1 || day > daysInMonth(year, month))) {
    return {
      ok: false,
      message: `the date "${value}" does not exist: ${monthNames[month - 1]} ${year} has ${daysInMonth(year, month)} days`,
    };
  }
  return { ok: true, date: { year, month, day } };
}

/** "April 2025" for a month date, "3. November 2024" for a day (de-CH). */
export function formatArticleDate(value: string): string {
  const result = parseArticleDate(value);
  if (!result.ok) return value;
  const { year, month, day } = result.date;
  const monthName = monthNames[month - 1] ?? '';
  return day === null ? `${monthName} ${year}` : `${day}. ${monthName} ${year}`;
}

/** Sort key: newest first compares these descending. A month date sorts as its first day. */
export function dateSortKey(value: string): string {
  return value.length === 7 ? `${value}-00` : value;
}
