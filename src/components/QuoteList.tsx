import type { Quote } from '../content/model';
import { closingMark } from '../content/quoteSpans';
import { InPageLink } from './InPageLink';
import styles from './QuoteList.module.css';
import { ShareButton } from './ShareButton';

type QuoteListProps = {
  quotes: readonly Quote[];
  /** The article's title, for sharing a quote. */
  title: string;
};

/** The spoken quotes of the article, each once, in reading order. */
function speechQuotes(quotes: readonly Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    if (q.kind !== 'speech' || seen.has(q.text)) return false;
    seen.add(q.text);
    return true;
  });
}

/** "Zitate": who said what, each linking to its place in the text. Nothing when nobody speaks. */
export function QuoteList({ quotes, title }: QuoteListProps) {
  const spoken = speechQuotes(quotes);
  if (spoken.length === 0) return null;
  return (
    <section id="zitate" className={styles.section} aria-labelledby="zitate-titel">
      <h2 id="zitate-titel" className={styles.title}>
        Zitate
      </h2>
      <ul className={styles.list}>
        {spoken.map((quote) => {
          // A quotation that runs on into the next paragraph is closed where it stands alone.
          const quoted = `${quote.marks[0]}${quote.text}${quote.marks[1] || closingMark(quote.marks[0])}`;
          return (
            <li key={quote.id} className={styles.item}>
              <InPageLink targetId={quote.id} className={styles.quote}>
                {quoted}
              </InPageLink>
              {quote.speaker && <span className={styles.speaker}>{quote.speaker}</span>}
              <div className={styles.share}>
                <ShareButton
                  title={title}
                  text={`${quoted}${quote.speaker ? ` – ${quote.speaker}` : ''}`}
                  hash={quote.id}
                  label={quote.speaker ? `Zitat von ${quote.speaker} teilen` : 'Zitat teilen'}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
