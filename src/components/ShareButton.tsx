import { feedbackText, useFeedback } from './useFeedback';
import { linkHere, shareOrCopy } from './shareLink';
import styles from './ShareButton.module.css';

type ShareButtonProps = {
  title: string;
  /** What the share sheet shows besides the link: the lead, or a quote and its speaker. */
  text: string;
  /** A place on this page to link to (`zitat-3`), or none for the page itself. */
  hash?: string;
  /** The accessible name when it should say more than "Teilen". */
  label?: string;
};

/**
 * "Teilen": the system share sheet where the browser has one, otherwise the link is copied and
 * "Link kopiert" confirms it.
 */
export function ShareButton({ title, text, hash, label }: ShareButtonProps) {
  const [feedback, setFeedback] = useFeedback();
  const share = async () => {
    const outcome = await shareOrCopy({ title, text, url: linkHere(hash) });
    if (outcome === 'copied' || outcome === 'failed') setFeedback(feedbackText[outcome]);
  };
  return (
    <span className={styles.wrap} data-needs-js>
      <button type="button" className={styles.button} onClick={share} aria-label={label}>
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 3v12M7 8l5-5 5 5M5 13v7h14v-7" />
        </svg>
        <span className={styles.label}>Teilen</span>
      </button>
      <span role="status" className={styles.feedback}>
        {feedback}
      </span>
    </span>
  );
}
