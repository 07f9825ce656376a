import { Link } from 'react-router';
import { linkTo, pagePaths } from '../site/paths';
import { InstallButton } from './InstallButton';
import styles from './AppTools.module.css';

/** In the footer: the reader's saved articles, and installing the app where the browser offers it. */
export function AppTools() {
  return (
    <p className={styles.tools}>
      <Link to={linkTo(pagePaths.saved)}>Gespeicherte Artikel</Link>
      <InstallButton />
    </p>
  );
}
