import { useSyncExternalStore } from 'react';
import { appState, promptInstall } from './serviceWorker';
import styles from './AppTools.module.css';

const never = () => () => {};

/** Safari on iPhone and iPad offers no install prompt: there, installing goes through the share sheet. */
function iosWithoutApp(): boolean {
  const ios =
    /iPad|iPhone|iPod/.test(navigator.userAgent) ||
    (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
  const installed =
    window.matchMedia?.('(display-mode: standalone)').matches ||
    (navigator as { standalone?: boolean }).standalone === true;
  return ios && !installed;
}

/**
 * "App installieren" where the browser offers installation (`beforeinstallprompt`), gone once the
 * app is installed; on iOS a short how-to instead. Nothing on the server and the first render.
 */
export function InstallButton() {
  const install = useSyncExternalStore(
    appState.subscribe,
    () => appState.get().install,
    () => null,
  );
  const ios = useSyncExternalStore(never, iosWithoutApp, () => false);
  if (install) {
    return (
      <button type="button" className={styles.button} onClick={() => void promptInstall(install)}>
        App installieren
      </button>
    );
  }
  return ios ? (
    <span>Als App installieren: in Safari «Teilen» und dann «Zum Home-Bildschirm» wählen.</span>
  ) : null;
}
