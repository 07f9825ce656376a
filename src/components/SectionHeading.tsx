import type { Quote as QuoteModel } from '../content/model';
import styles from './ArticleBody.module.css';
import { CopyFeedback } from './CopyFeedback';
import { CopyLinkButton } from './CopyLinkButton';
import { QuotedText } from './QuotedText';
import { useFeedback } from './useFeedback';

type SectionHeadingProps = {
  id: string;
  text: string;
  quotes: readonly QuoteModel[];
  /** The body block this heading is. */
  index: number;
};

/**
 * A subheading with its "Link kopieren" control. What the copy controls of the heading and of
 * any quote in it say is announced beside the heading, never inside it.
 */
export function SectionHeading({ id, text, quotes, index }: SectionHeadingProps) {
  const [feedback, setFeedback] = useFeedback();
  return (
    <div className={styles.headingRow} data-part={`body-${index}`}>
      <h2 id={id} className={styles.heading}>
        <QuotedText text={text} quotes={quotes} part="body" index={index} onCopied={setFeedback} />
      </h2>
      <CopyLinkButton
        targetId={id}
        label="Link zu diesem Abschnitt kopieren"
        onCopied={setFeedback}
      />
      <CopyFeedback message={feedback} />
    </div>
  );
}
