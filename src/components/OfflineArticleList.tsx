import { Link } from 'react-router';
import { linkTo, pagePaths } from '../site/paths';
import { formatArticleDate } from '../content/articleDate';
import type { OfflineArticle } from '../data/offlineLibrary';
import styles from './OfflineArticleList.module.css';

type OfflineArticleListProps = {
  articles: OfflineArticle[];
  /** Offers "Entfernen" for each article when given. */
  onRemove?: (article: OfflineArticle) => void;
};

/** Articles that can be read offline: title as the link, the date, and optionally a way to remove each. */
export function OfflineArticleList({ articles, onRemove }: OfflineArticleListProps) {
  return (
    <ul className={styles.list}>
      {articles.map((article) => (
        <li key={article.slug} className={styles.item}>
          <span className={styles.text}>
            <Link to={linkTo(pagePaths.article(article.slug))} className={styles.link}>
              {article.title}
            </Link>
            <span className={styles.date}>{formatArticleDate(article.date)}</span>
          </span>
          {onRemove && (
            <button
              type="button"
              className={styles.remove}
              aria-label={`${article.title} entfernen`}
              onClick={() => onRemove(article)}
            >
              Entfernen
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
