import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatArticleDate } from '../content/articleDate';
import { browseQueries } from '../data/browseQueries';
import { linkTo, pagePaths } from '../site/paths';
import { documentTitles } from '../site/titles';
import styles from './briefingRoute.module.css';
import { useDocumentTitle } from './documentTitle';
import { orNotFound } from './notFound';

export function briefingLoader(queryClient: QueryClient) {
  return async () => {
    await orNotFound(queryClient.ensureQueryData(browseQueries.briefing()));
    return null;
  };
}

/** "vom 14. bis 20. April 2025": the dates the briefing reaches over. */
function span(days: string[]): string {
  const newest = days[0];
  const oldest = days[days.length - 1];
  if (!newest || !oldest) return '';
  return newest === oldest
    ? `vom ${formatArticleDate(newest)}`
    : `vom ${formatArticleDate(oldest)} bis ${formatArticleDate(newest)}`;
}

/**
 * `/kurz`, "Keine Zeit?": the newest articles (the last 7 dates that have some, at most 20), each
 * with its summary items or, without a summary box, its lead; a link to the article and to its
 * summary.
 */
export function BriefingRoute() {
  const { data } = useSuspenseQuery(browseQueries.briefing());
  useDocumentTitle(documentTitles.briefing);
  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <p className={styles.kicker}>Keine Zeit?</p>
        <h1 className={styles.title} tabIndex={-1}>
          Das Neueste in Kürze
        </h1>
        {data.items.length > 0 && (
          <p className={styles.intro}>
            {data.items.length === 1 ? '1 Artikel' : `${data.items.length} Artikel`}{' '}
            {span(data.days)}, jeder in ein paar Punkten.
          </p>
        )}
      </div>
      {data.items.length === 0 ? (
        <p>Noch keine Artikel.</p>
      ) : (
        <ol className={styles.items}>
          {data.items.map((item) => (
            <li key={item.slug} className={styles.item}>
              <article aria-labelledby={`kurz-${item.slug}`}>
                <p className={styles.meta}>
                  {item.source && <span className={styles.source}>{item.source}</span>}
                  <time dateTime={item.date}>{formatArticleDate(item.date)}</time>
                </p>
                <h2 id={`kurz-${item.slug}`} className={styles.itemTitle}>
                  <Link to={linkTo(pagePaths.article(item.slug))} className={styles.titleLink}>
                    {item.title}
                  </Link>
                </h2>
                {item.points.length > 0 ? (
                  <ul className={styles.points}>
                    {item.points.map((point, i) => (
                      <li key={i} className={styles.point}>
                        {point}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className={styles.lead}>{item.lead}</p>
                )}
                <p className={styles.links}>
                  {item.points.length > 0 && (
                    <Link
                      to={`${linkTo(pagePaths.article(item.slug))}#zusammenfassung`}
                      className={styles.link}
                      aria-label={`Zur Zusammenfassung: ${item.title}`}
                    >
                      Zur Zusammenfassung
                    </Link>
                  )}
                  <Link
                    to={linkTo(pagePaths.article(item.slug))}
                    className={styles.link}
                    aria-label={`Ganzer Artikel: ${item.title}`}
                  >
                    Ganzer Artikel<span aria-hidden="true">→</span>
                  </Link>
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
