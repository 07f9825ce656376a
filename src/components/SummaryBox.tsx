import { useState } from 'react';
import type { Quote, Summary } from '../content/model';
import { QuotedText } from './QuotedText';
import styles from './SummaryBox.module.css';

type SummaryBoxProps = {
  summary: Summary;
  quotes: readonly Quote[];
  /** Open with every item shown, e.g. when the URL points at `#zusammenfassung`. */
  expanded?: boolean;
};

/** The section's id: `#zusammenfassung` links here and opens the box. */
const summaryId = 'zusammenfassung';

/** "Keine Zeit?": the first point of the summary, the rest behind "Mehr anzeigen". */
export function SummaryBox({
  summary,
  quotes,
  expanded: expandedFromOutside = false,
}: SummaryBoxProps) {
  const [expanded, setExpanded] = useState(expandedFromOutside);
  // Follow a later request to open (a link to #zusammenfassung on this page) without an effect.
  const [lastRequest, setLastRequest] = useState(expandedFromOutside);
  if (expandedFromOutside !== lastRequest) {
    setLastRequest(expandedFromOutside);
    if (expandedFromOutside) setExpanded(true);
  }

  const collapsible = summary.items.length > 1;
  const listId = `${summaryId}-punkte`;
  const headingId = `${summaryId}-titel`;

  return (
    <section id={summaryId} className={styles.box} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.label}>
        {summary.label}
      </h2>
      <ul id={listId} className={styles.items}>
        {summary.items.map((item, index) => (
          <li
            key={index}
            className={styles.item}
            hidden={collapsible && !expanded && index > 0}
            data-part={`summary-${index}`}
          >
            <QuotedText text={item} quotes={quotes} part="summary" index={index} />
          </li>
        ))}
      </ul>
      {collapsible && (
        <button
          type="button"
          className={styles.toggle}
          data-needs-js
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? 'Weniger anzeigen' : 'Mehr anzeigen'}
          <span className={styles.chevron} aria-hidden="true" />
        </button>
      )}
    </section>
  );
}
