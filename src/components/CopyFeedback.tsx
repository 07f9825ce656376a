import styles from './CopyFeedback.module.css';

type CopyFeedbackProps = { message: string };

/**
 * What a copy control says ("Link kopiert"), announced politely and shown briefly above the place
 * it sits in (its parent is positioned). Never inside a heading: a status there is invalid HTML.
 */
export function CopyFeedback({ message }: CopyFeedbackProps) {
  return (
    <span role="status" className={message ? styles.feedback : styles.silent}>
      {message}
    </span>
  );
}
