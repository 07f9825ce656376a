import { CopyFeedback } from './CopyFeedback';
import styles from './CopyLinkButton.module.css';
import { copyText, linkHere } from './shareLink';
import { feedbackText, useFeedback } from './useFeedback';

type CopyLinkButtonProps = {
  /** The id of the place on this page the link points to. */
  targetId: string;
  /** The accessible name: "Link zu diesem Abschnitt kopieren". */
  label: string;
  /**
   * A word shown before the icon, e.g. the speaker of a quote. It is drawn by CSS, so it never
   * becomes part of the article's text (copying a paragraph copies only what the author wrote).
   */
  caption?: string;
  /**
   * Where to say what the copy did, for a control inside a heading: the caller then shows the
   * message outside the heading. Without it, the control says it itself.
   */
  onCopied?: (message: string) => void;
};

/** A small control that copies a deep link to a place in the article (`…#zitat-3`). */
export function CopyLinkButton({ targetId, label, caption, onCopied }: CopyLinkButtonProps) {
  const [feedback, setFeedback] = useFeedback();
  const copy = async () => {
    const message = (await copyText(linkHere(targetId)))
      ? feedbackText.copied
      : feedbackText.failed;
    (onCopied ?? setFeedback)(message);
  };
  return (
    <span className={styles.wrap} data-needs-js>
      <button
        type="button"
        className={styles.button}
        onClick={copy}
        aria-label={label}
        title={label}
        data-caption={caption}
      >
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
        </svg>
      </button>
      {!onCopied && <CopyFeedback message={feedback} />}
    </span>
  );
}
