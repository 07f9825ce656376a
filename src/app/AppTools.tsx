import { Link } from 'react-router';
import { InstallButton } from './InstallButton';
import styles from './AppTools.module.css';

/** In the footer: the reader's saved articles, and installing the app where the browser offers it. */
export function AppTools() {
  return (
    <p className={styles.tools}>
      <Link to="/gespeichert">Gespeicherte Artikel</Link>
      <InstallButton />
    </p>
  );
}
