import { useRef, useState, type ComponentType } from 'react';
import type { Article } from '../content/model';
import styles from './ReadAloud.module.css';
import type { ReadAloudPlayerProps } from './ReadAloudPlayer';
import { useGermanVoice } from './useGermanVoice';

type ReadAloudProps = { article: Article };

/**
 * "Vorlesen" among the article's actions. The button holds its place from the first paint but
 * shows only where the device can read German aloud; the player's code loads when it is pressed.
 */
export function ReadAloud({ article }: ReadAloudProps) {
  const voice = useGermanVoice();
  const [Player, setPlayer] = useState<ComponentType<ReadAloudPlayerProps> | null>(null);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const toggle = async () => {
    if (open) {
      setOpen(false);
      return;
    }
    try {
      const { ReadAloudPlayer } = await import('./ReadAloudPlayer');
      setPlayer(() => ReadAloudPlayer);
      setFailed(false);
      setOpen(true);
    } catch {
      setFailed(true); // Offline with a build whose player is not on the device.
    }
  };
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <span className={styles.wrap} data-needs-js>
      <button
        ref={buttonRef}
        type="button"
        className={voice ? styles.button : `${styles.button} ${styles.unavailable}`}
        aria-pressed={open}
        disabled={!voice}
        onClick={toggle}
      >
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 9.5v5h3.5L12 19V5L7.5 9.5H4ZM15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13" />
        </svg>
        Vorlesen
      </button>
      {failed && (
        <span role="status" className={styles.feedback}>
          Vorlesen ist gerade nicht verfügbar.
        </span>
      )}
      {open && Player && voice && <Player article={article} voice={voice} onClose={close} />}
    </span>
  );
}
