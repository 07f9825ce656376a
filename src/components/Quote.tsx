import type { Quote as QuoteModel } from '../content/model';
import { CopyLinkButton } from './CopyLinkButton';
import styles from './Quote.module.css';

type QuoteProps = {
  quote: QuoteModel;
  /** The span as written in the text, quotation marks included. */
  text: string;
  /** Inside a heading: where the copy control says what it did (see CopyLinkButton). */
  onCopied?: (message: string) => void;
};

/**
 * One quotation in running text. Speech and partial quotes are highlighted (the marks stay as the
 * author wrote them); a quoted name (a publication, a product) reads as plain text. Every kind
 * carries its id, so `#zitat-3` links land on it.
 */
export function Quote({ quote, text, onCopied }: QuoteProps) {
  if (quote.kind === 'name') {
    return <span id={quote.id}>{text}</span>;
  }
  const speaker = quote.kind === 'speech' && quote.speaker ? quote.speaker : null;
  return (
    <>
      <mark
        id={quote.id}
        className={quote.kind === 'speech' ? styles.speech : styles.partial}
        title={speaker ? `Zitat von ${speaker}` : undefined}
      >
        {text}
      </mark>
      <CopyLinkButton
        targetId={quote.id}
        label={speaker ? `Link zum Zitat von ${speaker} kopieren` : 'Link zu diesem Zitat kopieren'}
        caption={speaker ?? undefined}
        onCopied={onCopied}
      />
    </>
  );
}
