import { useSyncExternalStore } from 'react';
import { activateUpdate, appState } from './serviceWorker';
import styles from './UpdatePrompt.module.css';

/**
 * "Neue Version verfügbar": shown when a new version has installed and waits. The live region is
 * always in the page (empty on the server), so its message is announced when it appears.
 */
export function UpdatePrompt() {
  const waiting = useSyncExternalStore(
    appState.subscribe,
    () => appState.get().waiting,
    () => null,
  );
  return (
    <div role="status" className={styles.region}>
      {waiting && (
        <div className={styles.prompt}>
          <p>Neue Version verfügbar</p>
          <button type="button" className={styles.button} onClick={() => activateUpdate(waiting)}>
            Neu laden
          </button>
        </div>
      )}
    </div>
  );
}
