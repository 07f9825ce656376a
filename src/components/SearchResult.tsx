import { Fragment } from 'react';
import { Link } from 'react-router';
import { formatArticleDate } from '../content/articleDate';
import { textFragment } from '../content/searchExcerpt';
import type { SearchHit } from '../data/searchClient';
import { linkTo, pagePaths } from '../site/paths';
import styles from './SearchResult.module.css';

type SearchResultProps = { hit: SearchHit };

/**
 * One match: the title as the link, source and date, and the excerpt with the matched words
 * marked. The link opens the article as a page of its own with a text fragment, so the browser
 * marks the words there too; the article's own address (what "Teilen" shares) stays as it is.
 */
export function SearchResult({ hit }: SearchResultProps) {
  return (
    <article className={styles.result}>
      <h2 className={styles.title}>
        <Link
          to={`${linkTo(pagePaths.article(hit.slug))}${textFragment(hit.words)}`}
          reloadDocument
          className={styles.link}
        >
          {hit.title}
        </Link>
      </h2>
      <p className={styles.meta}>
        {hit.source && <span className={styles.source}>{hit.source}</span>}
        <time dateTime={hit.date}>{formatArticleDate(hit.date)}</time>
      </p>
      {hit.excerpt.length > 0 && (
        <p className={styles.excerpt}>
          {hit.excerpt.map((part, i) =>
            part.marked ? (
              <mark key={i} className={styles.mark}>
                {part.text}
              </mark>
            ) : (
              <Fragment key={i}>{part.text}</Fragment>
            ),
          )}
        </p>
      )}
    </article>
  );
}
