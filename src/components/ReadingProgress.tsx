import { useEffect, useRef } from 'react';
import styles from './ReadingProgress.module.css';

/**
 * A thin bar at the top showing how far down the page the reader is. Purely visual (screen
 * readers have their own sense of position), so it is hidden from them. One passive scroll
 * listener, at most one update per frame, no React re-render.
 */
export function ReadingProgress() {
  const barRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const root = document.documentElement;
      const scrollable = root.scrollHeight - window.innerHeight;
      const progress = scrollable > 0 ? Math.min(1, Math.max(0, window.scrollY / scrollable)) : 0;
      barRef.current?.style.setProperty('--progress', String(progress));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, []);

  return <div ref={barRef} className={styles.bar} aria-hidden="true" />;
}
