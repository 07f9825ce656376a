import { formatArticleDate } from '../content/articleDate';
import styles from './ArticleMeta.module.css';

type ArticleMetaProps = {
  source: string | null;
  date: string;
  readingMinutes: number;
};

/** "blue News · April 2025 · 3 Min. Lesezeit". */
export function ArticleMeta({ source, date, readingMinutes }: ArticleMetaProps) {
  return (
    <p className={styles.meta}>
      {source && <span className={styles.source}>{source}</span>}
      <time dateTime={date}>{formatArticleDate(date)}</time>
      <span>{readingMinutes} Min. Lesezeit</span>
    </p>
  );
}
