import { Fragment } from 'react';
import type { Quote as QuoteModel, QuoteLocation } from '../content/model';
import { segmentText } from '../content/segments';
import { Quote } from './Quote';

type QuotedTextProps = {
  text: string;
  quotes: readonly QuoteModel[];
  part: QuoteLocation['part'];
  /** The summary item or body block this text is. */
  index: number;
  /** Inside a heading: where the quotes' copy controls say what they did. */
  onCopied?: (message: string) => void;
};

/** A text of the article with its quotations marked up; everything else stays plain text. */
export function QuotedText({ text, quotes, part, index, onCopied }: QuotedTextProps) {
  return segmentText(text, quotes, part, index).map((segment, i) =>
    segment.type === 'quote' ? (
      <Quote key={segment.quote.id} quote={segment.quote} text={segment.text} onCopied={onCopied} />
    ) : (
      <Fragment key={i}>{segment.text}</Fragment>
    ),
  );
}
