import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { Link, useParams } from 'react-router';
import { archiveDays, formatMonth } from '../content/archive';
import { monthNames } from '../content/articleDate';
import { browseQueries } from '../data/browseQueries';
import { linkTo, pagePaths, parseMonth, parseYear, routeParams } from '../site/paths';
import { documentTitles } from '../site/titles';
import styles from './archiveRoute.module.css';
import { useDocumentTitle } from './documentTitle';
import { notFound, orNotFound } from './notFound';

const count = (n: number) => `${n.toLocaleString('de-CH')} Artikel`;

function yearOf(params: Record<string, string | undefined>): number {
  return parseYear(params[routeParams.year]) ?? notFound();
}
function monthOf(params: Record<string, string | undefined>): number {
  return parseMonth(params[routeParams.month]) ?? notFound();
}

export function archiveYearLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    await orNotFound(queryClient.ensureQueryData(browseQueries.archiveYear(yearOf(params))));
    return null;
  };
}

export function archiveMonthLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const year = yearOf(params);
    await orNotFound(
      queryClient.ensureQueryData(browseQueries.archiveMonth(year, monthOf(params))),
    );
    return null;
  };
}

type YearNavProps = { years: number[]; current: number };

/** Every year that has articles; the one shown is marked. */
function YearNav({ years, current }: YearNavProps) {
  return (
    <nav aria-label="Jahre im Archiv" className={styles.years}>
      <ul className={styles.yearList}>
        {years.map((year) => (
          <li key={year}>
            <Link
              to={linkTo(pagePaths.archiveYear(year))}
              className={styles.yearLink}
              aria-current={year === current ? 'page' : undefined}
            >
              {year}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** `/archiv/2025`: the year's months that have articles, with their counts, newest first. */
export function ArchiveYearRoute() {
  const params = useParams();
  const year = parseYear(params[routeParams.year]) ?? 0;
  const { data } = useSuspenseQuery(browseQueries.archiveYear(year));
  useDocumentTitle(documentTitles.archiveYear(year));
  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <p className={styles.kicker}>Archiv</p>
        <h1 className={styles.title} tabIndex={-1}>
          {year}
        </h1>
        <p className={styles.intro}>
          {count(data.count)} in{' '}
          {data.months.length === 1 ? '1 Monat' : `${data.months.length} Monaten`}
        </p>
      </div>
      <ul className={styles.months}>
        {data.months.map((m) => (
          <li key={m.month}>
            <Link to={linkTo(pagePaths.archiveMonth(m.year, m.month))} className={styles.monthLink}>
              <span className={styles.monthName}>{monthNames[m.month - 1]}</span>
              <span className={styles.monthCount}>{count(m.count)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <YearNav years={data.years} current={year} />
    </div>
  );
}

/** `/archiv/2025/04`: the month's articles by day, newest first; month-only dates last. */
export function ArchiveMonthRoute() {
  const params = useParams();
  const year = parseYear(params[routeParams.year]) ?? 0;
  const month = parseMonth(params[routeParams.month]) ?? 0;
  const { data } = useSuspenseQuery(browseQueries.archiveMonth(year, month));
  useDocumentTitle(documentTitles.archiveMonth(year, month));
  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <nav aria-label="Archiv" className={styles.kicker}>
          <Link to={linkTo(pagePaths.archiveYear(year))}>Archiv {year}</Link>
        </nav>
        <h1 className={styles.title} tabIndex={-1}>
          {formatMonth({ year, month })}
        </h1>
        <p className={styles.intro}>
          {data.items.length === 1
            ? '1 Artikel'
            : `${count(data.items.length)}, die neuesten zuerst`}
        </p>
      </div>
      {archiveDays(data.items).map((day) => (
        <section key={day.date} className={styles.day} aria-labelledby={`tag-${day.date}`}>
          <h2 id={`tag-${day.date}`} className={styles.dayTitle}>
            {day.label}
          </h2>
          <ul className={styles.rows}>
            {day.items.map((item) => (
              <li key={item.slug} className={styles.row}>
                <Link to={linkTo(pagePaths.article(item.slug))} className={styles.rowLink}>
                  {item.title}
                </Link>
                <p className={styles.rowMeta}>
                  {item.source && <span className={styles.source}>{item.source}</span>}
                  <span>{item.readingMinutes} Min. Lesezeit</span>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
