import type { Article } from '../content/model';
import styles from './HeroFigure.module.css';

type HeroFigureProps = {
  article: Pick<Article, 'slug' | 'title' | 'hero' | 'quotes'>;
};

/** Number of colour tones in HeroFigure.module.css. */
const toneCount = 6;

/** A stable tone per article, the same on server and client. */
function toneOf(slug: string): number {
  let hash = 0;
  for (let i = 0; i < slug.length; i++) hash = (hash * 31 + slug.charCodeAt(i)) >>> 0;
  return hash % toneCount;
}

/** "Bild: AFP"; a credit that already says "Bild:" is kept as written. */
function creditLine(credit: string | null): string | null {
  const trimmed = credit?.trim();
  if (!trimmed) return null;
  return /^bild\s*:/i.test(trimmed) ? trimmed : `Bild: ${trimmed}`;
}

/**
 * The articles come without their photos. In the photo's place stands a calm typographic panel in
 * a colour of the article's own: its most quotable sentence, or the title's first letter. It is
 * decorative (the caption below says what the photo showed), has a fixed aspect ratio so nothing
 * shifts, and makes no request.
 */
export function HeroFigure({ article }: HeroFigureProps) {
  const pullQuote = article.quotes.find((q) => q.kind === 'speech' && q.text.length <= 140) ?? null;
  const credit = creditLine(article.hero.credit);
  return (
    <figure className={styles.figure}>
      <div className={styles.panel} data-tone={toneOf(article.slug)} aria-hidden="true">
        {pullQuote ? (
          <p className={styles.pullQuote}>
            <span className={styles.quoteText}>
              {pullQuote.marks[0]}
              {pullQuote.text}
              {pullQuote.marks[1]}
            </span>
            {pullQuote.speaker && <span className={styles.speaker}>{pullQuote.speaker}</span>}
          </p>
        ) : (
          <p className={styles.initial}>{article.title.trim().charAt(0)}</p>
        )}
      </div>
      <figcaption className={styles.caption}>
        {article.hero.caption}
        {credit && <span className={styles.credit}>{credit}</span>}
      </figcaption>
    </figure>
  );
}
