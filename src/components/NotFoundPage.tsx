import { Link } from 'react-router';
import { linkTo, pagePaths } from '../site/paths';
import styles from './StatusPage.module.css';

/** What a reader sees for an address that leads nowhere: a real page with a way back. */
export function NotFoundPage() {
  return (
    <div className={styles.page}>
      <p className={styles.code}>Fehler 404</p>
      <h1 className={styles.title} tabIndex={-1}>
        Seite nicht gefunden
      </h1>
      <p className={styles.text}>
        Diese Seite gibt es nicht (mehr). Vielleicht ist der Link veraltet oder die Adresse hat
        einen Tippfehler.
      </p>
      <p>
        <Link to={linkTo(pagePaths.home)} className={styles.action}>
          Zur Startseite
        </Link>
      </p>
    </div>
  );
}
