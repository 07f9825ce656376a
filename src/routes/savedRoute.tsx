import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { OfflineArticleList } from '../components/OfflineArticleList';
import { ReadingHistory } from '../components/ReadingHistory';
import { offlineQueries, removeArticle, type OfflineArticle } from '../data/offlineLibrary';
import { documentTitles } from '../site/titles';
import { useDocumentTitle } from './documentTitle';
import styles from './savedRoute.module.css';

/** 1.2 MB, 850 kB: the size in the reader's own notation. */
export function formatBytes(bytes: number): string {
  const mega = bytes >= 1e6;
  return new Intl.NumberFormat('de-CH', {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes / (mega ? 1e6 : 1e3));
}

/**
 * `/gespeichert`: the articles the reader saved, with a way to remove each, what else can be read
 * offline, and how much the site stores on the device. Everything here lives in the browser, so
 * the page is rendered there (the server sends the app shell).
 */
export function SavedRoute() {
  const queryClient = useQueryClient();
  const { data: articles } = useQuery(offlineQueries.readable());
  const { data: usage } = useQuery(offlineQueries.storage());
  const [message, setMessage] = useState('');
  const savedHeading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(documentTitles.saved);

  const saved = articles?.filter((a) => a.saved) ?? [];
  const others = articles?.filter((a) => !a.saved) ?? [];
  const remove = async (article: OfflineArticle) => {
    await removeArticle(article.slug);
    await queryClient.invalidateQueries({ queryKey: offlineQueries.all() });
    setMessage(`«${article.title}» entfernt.`);
    // The button is gone; keep the reader's place in the list.
    savedHeading.current?.focus();
  };

  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <h1 className={styles.title} tabIndex={-1}>
          Gespeicherte Artikel
        </h1>
        <p className={styles.intro}>Diese Artikel kannst du auch ohne Internetverbindung lesen.</p>
      </div>
      <section className={styles.section} aria-labelledby="von-dir-gespeichert">
        <h2 id="von-dir-gespeichert" className={styles.subtitle} ref={savedHeading} tabIndex={-1}>
          Von dir gespeichert
        </h2>
        <p role="status" className={`${styles.intro} ${styles.status}`}>
          {message}
        </p>
        {saved.length > 0 ? (
          <OfflineArticleList articles={saved} onRemove={remove} />
        ) : (
          articles && (
            <p className={styles.text}>
              Noch nichts gespeichert. In jedem Artikel findest du «Offline speichern».
            </p>
          )
        )}
      </section>
      {others.length > 0 && (
        <section className={styles.section} aria-labelledby="ausserdem-offline">
          <h2 id="ausserdem-offline" className={styles.subtitle}>
            Ausserdem auf diesem Gerät
          </h2>
          <OfflineArticleList articles={others} />
        </section>
      )}
      <ReadingHistory />
      {typeof usage === 'number' && (
        <p className={styles.intro}>
          Lesezeit belegt auf diesem Gerät {formatBytes(usage)} Speicher.
        </p>
      )}
    </div>
  );
}
