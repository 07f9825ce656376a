import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Article } from '../content/model';
import { readAloudScript } from '../content/readAloudScript';
import { partSelector, type ArticlePart } from './articleParts';
import styles from './ReadAloudPlayer.module.css';
import { clearMark, keepInView, mark, reveal, textRange } from './speakingMark';
import { createSpeechPlayer, type PlayerState, type SpeechPlayer } from './speechPlayer';
import { speechRateLabel, speechRates, useSpeechRate } from './speechRatePreference';

export type ReadAloudPlayerProps = {
  article: Article;
  voice: SpeechSynthesisVoice;
  onClose: () => void;
};

/** How long after the reader scrolled the player leaves the page where the reader put it. */
const readerScrollPause = 5000;

/** What the status line tells a screen reader: what the player does, not every sentence. */
function announcement(state: PlayerState, paragraphs: number): string {
  switch (state.status) {
    case 'playing':
      return `Liest vor, Absatz ${state.paragraph + 1} von ${paragraphs}`;
    case 'paused':
      return 'Angehalten';
    case 'finished':
      return 'Fertig vorgelesen';
    case 'failed':
      return 'Vorlesen hat nicht geklappt';
  }
}

/**
 * The player for "Vorlesen": a bar at the bottom of the screen with pause and resume, a paragraph
 * back and forward, the speed and stop. It starts reading as it opens; it stops when closed and
 * when the page goes (another article, another page, the tab closed).
 */
export function ReadAloudPlayer({ article, voice, onClose }: ReadAloudPlayerProps) {
  const script = useMemo(() => readAloudScript(article), [article]);
  const [rate, setRate] = useSpeechRate();
  const [state, setState] = useState<PlayerState>({
    status: 'playing',
    paragraph: 0,
    utterance: 0,
  });
  const [announcing, setAnnouncing] = useState(false);
  const playerRef = useRef<SpeechPlayer | null>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const mainButtonRef = useRef<HTMLButtonElement>(null);
  const readerScrolledAt = useRef(0);

  // Start reading as the player opens; stop when it goes, and when the page does.
  useEffect(() => {
    const player = createSpeechPlayer({
      script,
      synth: window.speechSynthesis,
      makeUtterance: (text) => new SpeechSynthesisUtterance(text),
      voice,
      rate: Number(rate),
      onChange: setState,
    });
    playerRef.current = player;
    player.play();
    const stop = () => player.stop();
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      player.stop();
      clearMark();
      playerRef.current = null;
    };
    // The rate changes through setRate below, without starting over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [script, voice]);

  useEffect(() => playerRef.current?.setRate(Number(rate)), [rate]);

  useEffect(() => {
    mainButtonRef.current?.focus();
  }, []);

  // The reader scrolling means to look elsewhere: the player does not scroll back for a while.
  useEffect(() => {
    const scrolled = () => {
      readerScrolledAt.current = Date.now();
    };
    const onKey = (event: KeyboardEvent) => {
      if (/^(Page(Up|Down)|Arrow(Up|Down)|Home|End| )$/.test(event.key)) scrolled();
    };
    window.addEventListener('wheel', scrolled, { passive: true });
    window.addEventListener('touchmove', scrolled, { passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('wheel', scrolled);
      window.removeEventListener('touchmove', scrolled);
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  // Mark the sentence being read, and keep it on screen.
  const paragraph = script[state.paragraph];
  const sentence = paragraph?.utterances[state.utterance];
  useEffect(() => {
    if (!paragraph || !sentence || state.status === 'finished') {
      clearMark();
      return;
    }
    const element = document.querySelector(partSelector(paragraph.part as ArticlePart));
    if (!element) return;
    // A summary item behind "Mehr anzeigen": the box opens, so the mark can be seen.
    const opened = reveal(element);
    const range = textRange(element, paragraph.text, sentence.start, sentence.end);
    mark(element, range);
    if (Date.now() - readerScrolledAt.current <= readerScrollPause) return;
    const inView = () => keepInView(range, barRef.current?.offsetHeight ?? 0);
    if (!opened) {
      inView();
      return;
    }
    // Once the opened part is laid out.
    const frame = requestAnimationFrame(inView);
    return () => cancelAnimationFrame(frame);
  }, [paragraph, sentence, state.status]);

  // The status line starts empty, so that what it says next is announced.
  useEffect(() => {
    const frame = requestAnimationFrame(() => setAnnouncing(true));
    return () => cancelAnimationFrame(frame);
  }, []);

  const playing = state.status === 'playing';
  const player = () => playerRef.current;
  const nextRate = speechRates[(speechRates.indexOf(rate) + 1) % speechRates.length]!;

  return (
    <div className={styles.region} data-reading-aloud>
      <div
        ref={barRef}
        className={styles.bar}
        role="region"
        aria-label="Vorlesen"
        style={{ '--progress': (state.paragraph + 1) / script.length } as CSSProperties}
      >
        <div className={styles.progress} aria-hidden="true" />
        <div className={styles.top}>
          <p className={styles.where}>
            {state.status === 'finished'
              ? 'Fertig vorgelesen'
              : `Absatz ${state.paragraph + 1} von ${script.length}`}
          </p>
          <button
            type="button"
            className={styles.rate}
            aria-label={`Tempo ${speechRateLabel(rate)}, ändern auf ${speechRateLabel(nextRate)}`}
            onClick={() => setRate(nextRate)}
          >
            {speechRateLabel(rate)}
          </button>
          <button
            type="button"
            className={styles.close}
            aria-label="Vorlesen beenden"
            onClick={onClose}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M6 6l12 12M18 6 6 18" />
            </svg>
          </button>
        </div>
        <div className={styles.controls}>
          <button
            type="button"
            className={styles.skip}
            aria-label="Vorheriger Absatz"
            disabled={state.paragraph === 0}
            onClick={() => player()?.skip(-1)}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M6 5v14M18 6l-9 6 9 6V6Z" />
            </svg>
          </button>
          <button
            ref={mainButtonRef}
            type="button"
            className={styles.main}
            aria-label={
              playing
                ? 'Anhalten'
                : state.status === 'finished'
                  ? 'Nochmals vorlesen'
                  : 'Fortsetzen'
            }
            onClick={() => (playing ? player()?.pause() : player()?.play())}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              {playing ? <path d="M8 5v14M16 5v14" /> : <path d="M7 4.5v15l12-7.5-12-7.5Z" />}
            </svg>
          </button>
          <button
            type="button"
            className={styles.skip}
            aria-label="Nächster Absatz"
            disabled={state.paragraph >= script.length - 1}
            onClick={() => player()?.skip(1)}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M18 5v14M6 6l9 6-9 6V6Z" />
            </svg>
          </button>
        </div>
        <p role="status" className="visually-hidden">
          {announcing && announcement(state, script.length)}
        </p>
      </div>
    </div>
  );
}
