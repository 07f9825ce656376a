import { Link } from 'react-router';
import { formatArticleDate, parseArticleDate } from '../content/articleDate';
import { linkTo, pagePaths } from '../site/paths';
import styles from './ArticleMeta.module.css';

type ArticleMetaProps = {
  source: string | null;
  date: string;
  readingMinutes: number;
  /** The date links to its month in the archive (in the article's own header). */
  dateLinksToArchive?: boolean;
};

/** "blue News · April 2025 · 3 Min. Lesezeit". */
export function ArticleMeta({
  source,
  date,
  readingMinutes,
  dateLinksToArchive = false,
}: ArticleMetaProps) {
  const time = <time dateTime={date}>{formatArticleDate(date)}</time>;
  const parsed = parseArticleDate(date);
  const month = dateLinksToArchive && parsed.ok ? parsed.date : null;
  return (
    <p className={styles.meta}>
      {source && <span className={styles.source}>{source}</span>}
      {month ? (
        // In a span of its own, so the separator before it is neither part of the link nor
        // underlined with it.
        <span>
          <Link
            to={linkTo(pagePaths.archiveMonth(month.year, month.month))}
            className={styles.dateLink}
          >
            {time}
          </Link>
        </span>
      ) : (
        time
      )}
      <span>{readingMinutes} Min. Lesezeit</span>
    </p>
  );
}
