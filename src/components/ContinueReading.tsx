import { Link } from 'react-router';
import { continueReadingCount } from '../data/readingPositions';
import { linkTo, pagePaths } from '../site/paths';
import styles from './ContinueReading.module.css';
import { useReadingPositions } from './readingPositionStore';

/**
 * "Weiterlesen" on the home page: the articles the reader started and has not finished, newest
 * first, each with the reading time left. Only this browser knows them, so the list appears after
 * the page has started, where it moves nothing that is already on screen.
 */
export function ContinueReading() {
  const positions = useReadingPositions().slice(0, continueReadingCount);
  if (positions.length === 0) return null;
  return (
    <section className={styles.box} aria-labelledby="weiterlesen">
      <h2 id="weiterlesen" className={styles.label}>
        Weiterlesen
      </h2>
      <ul className={styles.list}>
        {positions.map((position) => (
          <li key={position.slug} className={styles.item}>
            <Link to={linkTo(pagePaths.article(position.slug))} className={styles.link}>
              <span className={styles.title}>{position.title}</span>
              <span className={styles.left}>noch {position.minutesLeft} Min.</span>
              <svg
                className={styles.chevron}
                viewBox="0 0 24 24"
                aria-hidden="true"
                focusable="false"
              >
                <path d="m9 5 7 7-7 7" />
              </svg>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
