import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigationType, type NavigationType } from 'react-router';
import type { Block } from '../content/model';
import { minutesLeftFrom } from '../data/readingPositions';
import { bodyBlockElements, bodyBlockIndex, partSelector } from './articleParts';
import styles from './ReadingPosition.module.css';
import { readingPositions } from './readingPositionStore';

type ReadingPositionProps = {
  slug: string;
  title: string;
  body: readonly Block[];
};

/** Where the text at the top of the screen sits, clear of the screen's edge. */
const topLine = 48;
/** Space left above a restored paragraph. */
const restoreGap = 16;

/** The first article page of this visit decides by how the browser got here; later ones by the router. */
let firstArticleOfVisit = true;

function opensFresh(navigationType: NavigationType): boolean {
  const first = firstArticleOfVisit;
  firstArticleOfVisit = false;
  if (!first) return navigationType !== 'POP';
  // A reload or back/forward keeps the browser's own scroll position.
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (entry && entry.type !== 'navigate') return false;
  // A text fragment (#:~:text=…) is removed from the address the page sees; not from this entry.
  return !entry?.name.includes(':~:');
}

/**
 * The body block at the top of the screen, or null while the reader has not reached the body.
 * Blocks are stacked in order, so a binary search asks only a few of them where they are.
 */
export function blockAtTop(blocks: readonly HTMLElement[], viewportHeight: number): number | null {
  const first = blocks[0];
  if (!first || first.getBoundingClientRect().top > viewportHeight / 4) return null;
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.getBoundingClientRect().bottom > topLine) high = middle;
    else low = middle + 1;
  }
  return bodyBlockIndex(blocks[low]!);
}

/** Where the note says the reader is: the subheading of the section, or the paragraph's number. */
export function resumePlace(body: readonly Block[], block: number): string {
  for (let i = block; i >= 0; i--) {
    const b = body[i];
    if (b?.type === 'heading') return b.text;
  }
  const paragraphs = body.filter((b) => b.type === 'paragraph').length;
  const number = body.slice(0, block + 1).filter((b) => b.type === 'paragraph').length;
  return `Absatz ${Math.max(1, number)} von ${paragraphs}`;
}

function scrollToBlock(element: Element) {
  const top = element.getBoundingClientRect().top + window.scrollY - restoreGap;
  window.scrollTo({ top, behavior: 'instant' });
}

/**
 * "Weiterlesen" on the article page: remembers which paragraph is at the top of the screen while
 * the reader reads, forgets the article once its end is on screen, and on opening the article
 * again returns there, with a note and a way back to the top. A link to a place in the article
 * (`#zitat-3`, a text fragment) wins over the remembered position.
 */
export function ReadingPosition({ slug, title, body }: ReadingPositionProps) {
  const { hash } = useLocation();
  const navigationType = useNavigationType();
  const [note, setNote] = useState<{ place: string; scrollY: number } | null>(null);
  const decided = useRef(false);

  // Coming back: to the remembered paragraph, once, after the page is drawn.
  useEffect(() => {
    if (decided.current) return;
    decided.current = true;
    const fresh = opensFresh(navigationType);
    if (!fresh || hash !== '') return;
    const saved = readingPositions()
      .list()
      .find((p) => p.slug === slug);
    const target = saved && document.querySelector(partSelector(`body-${saved.block}`));
    if (!saved || !target || window.scrollY > topLine) return;
    scrollToBlock(target);
    // Sections off screen are laid out only now; set the position again once they have been.
    const frame = requestAnimationFrame(() => {
      scrollToBlock(target);
      setNote({ place: resumePlace(body, saved.block), scrollY: window.scrollY });
    });
    return () => cancelAnimationFrame(frame);
  }, [slug, hash, navigationType, body]);

  // Reading: the paragraph at the top of the screen, noted when scrolling pauses.
  useEffect(() => {
    const blocks = bodyBlockElements();
    let finished = false;
    let last: number | null = null;
    let timer = 0;
    const note = () => {
      if (finished) return;
      const end = blocks.at(-1);
      if (end && end.getBoundingClientRect().bottom <= window.innerHeight) {
        finished = true;
        readingPositions().remove(slug);
        return;
      }
      const block = blockAtTop(blocks, window.innerHeight);
      if (block === null || block === last) return;
      last = block;
      readingPositions().record({
        slug,
        title,
        block,
        minutesLeft: minutesLeftFrom(body, block),
        at: Date.now(),
      });
    };
    const onScroll = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(note, 400);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [slug, title, body]);

  // The note goes once the reader has moved on by a screen.
  useEffect(() => {
    if (!note) return;
    const onScroll = () => {
      if (Math.abs(window.scrollY - note.scrollY) > window.innerHeight) setNote(null);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [note]);

  const toTop = () => {
    setNote(null);
    window.scrollTo({ top: 0, behavior: 'instant' });
    document.querySelector<HTMLElement>(partSelector('title'))?.focus({ preventScroll: true });
  };

  // The note is a new element when it appears (no layout shift); the status line says it aloud.
  return (
    <>
      <p role="status" className="visually-hidden">
        {note && `Weitergelesen bei: ${note.place}`}
      </p>
      {note && (
        <div className={styles.region} data-resume-note>
          <div className={styles.note}>
            <p className={styles.label}>
              <span className={styles.lead}>Weitergelesen bei</span>
              <span className={styles.place}>{note.place}</span>
            </p>
            <button type="button" className={styles.button} onClick={toTop}>
              Zum Anfang
            </button>
            <button
              type="button"
              className={styles.close}
              aria-label="Hinweis schliessen"
              onClick={() => setNote(null)}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M6 6l12 12M18 6 6 18" />
              </svg>
            </button>
          </div>
        </div>
      )}
    </>
  );
}
