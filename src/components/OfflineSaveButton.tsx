import { Link } from 'react-router';
import { linkTo, pagePaths } from '../site/paths';
import styles from './OfflineSaveButton.module.css';

type OfflineSaveButtonProps = {
  saved: boolean;
  /** While a save or removal runs, presses are ignored. */
  busy: boolean;
  /** What the last press did, announced politely; empty before any. */
  message: string;
  onToggle: () => void;
};

/** The "Offline speichern" toggle and what it says after a press. */
export function OfflineSaveButton({ saved, busy, message, onToggle }: OfflineSaveButtonProps) {
  return (
    <span className={styles.wrap} data-needs-js>
      <button
        type="button"
        className={styles.button}
        // The whole name, also where a narrow row shows only "Offline".
        aria-label={saved ? 'Offline gespeichert' : 'Offline speichern'}
        aria-pressed={saved}
        aria-disabled={busy}
        onClick={onToggle}
      >
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={saved ? 'M5 12.5l4.5 4.5L19 7.5' : 'M12 4v11M7 10.5l5 5 5-5M5 20h14'} />
        </svg>
        <span className={styles.label}>
          Offline <span className={styles.more}>{saved ? 'gespeichert' : 'speichern'}</span>
        </span>
      </button>
      <span role="status" className={styles.feedback}>
        {message}
        {message && saved && (
          <>
            {' '}
            <Link to={linkTo(pagePaths.saved)}>Alle gespeicherten</Link>
          </>
        )}
      </span>
    </span>
  );
}
