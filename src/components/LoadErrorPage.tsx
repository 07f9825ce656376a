import styles from './StatusPage.module.css';

type LoadErrorPageProps = {
  /** What went wrong, in plain words. */
  message: string;
  onRetry: () => void;
  retrying?: boolean;
};

/** A page that could not be loaded, with a way to try again. */
export function LoadErrorPage({ message, onRetry, retrying = false }: LoadErrorPageProps) {
  return (
    <div className={styles.page}>
      <h1 className={styles.title} tabIndex={-1}>
        Das hat nicht geklappt
      </h1>
      <p className={styles.text}>{message}</p>
      <p>
        <button type="button" className={styles.action} onClick={onRetry} aria-disabled={retrying}>
          {retrying ? 'Wird geladen …' : 'Erneut versuchen'}
        </button>
      </p>
    </div>
  );
}
