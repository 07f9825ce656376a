import { useState } from 'react';
import styles from './ReadingHistory.module.css';
import { readingPositions, useReadingPositions } from './readingPositionStore';

/** "Weiterlesen" on the saved-articles page: how many started articles this device remembers, and a way to forget them. */
export function ReadingHistory() {
  const count = useReadingPositions().length;
  const [message, setMessage] = useState('');
  const clear = () => {
    readingPositions().clear();
    setMessage('Verlauf gelöscht.');
  };
  return (
    <section className={styles.section} aria-labelledby="weiterlesen-verlauf">
      <h2 id="weiterlesen-verlauf" className={styles.subtitle}>
        Weiterlesen
      </h2>
      <p className={styles.text}>
        {count === 0
          ? 'Lesezeit merkt sich hier, wo du in einem Artikel stehen geblieben bist – nur auf diesem Gerät.'
          : `Lesezeit merkt sich, wo du in ${count === 1 ? 'einem Artikel' : `${count} Artikeln`} stehen geblieben bist – nur auf diesem Gerät.`}
      </p>
      {count > 0 && (
        <button type="button" className={styles.clear} onClick={clear}>
          Verlauf löschen
        </button>
      )}
      <p role="status" className={styles.status}>
        {message}
      </p>
    </section>
  );
}
