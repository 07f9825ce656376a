import { Link } from 'react-router';
import { linkTo, pagePaths } from '../site/paths';
import type { ArticleListItem } from '../content/model';
import { ArticleMeta } from './ArticleMeta';
import styles from './ArticleTeaser.module.css';

type ArticleTeaserProps = {
  item: ArticleListItem;
};

/** One article in the collection: its title as the link, then source, date, reading time and lead. */
export function ArticleTeaser({ item }: ArticleTeaserProps) {
  return (
    <article className={styles.teaser}>
      <h2 className={styles.title}>
        <Link to={linkTo(pagePaths.article(item.slug))} className={styles.link}>
          {item.title}
        </Link>
      </h2>
      <ArticleMeta source={item.source} date={item.date} readingMinutes={item.readingMinutes} />
      <p className={styles.lead}>{item.lead}</p>
    </article>
  );
}
