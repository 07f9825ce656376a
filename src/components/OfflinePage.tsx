import type { OfflineArticle } from '../data/offlineLibrary';
import { OfflineArticleList } from './OfflineArticleList';
import offline from './OfflinePage.module.css';
import styles from './StatusPage.module.css';

type OfflinePageProps = {
  /** An article was asked for (rather than some other page). */
  article: boolean;
  /** What can be read offline; undefined while the caches are being read. */
  articles: OfflineArticle[] | undefined;
  onRetry: () => void;
  retrying?: boolean;
};

/** Offline, for a page that is not on the device: says so, and lists what can be read. */
export function OfflinePage({ article, articles, onRetry, retrying = false }: OfflinePageProps) {
  return (
    <div className={styles.page}>
      <p className={styles.code}>Offline</p>
      <h1 className={styles.title} tabIndex={-1}>
        {article
          ? 'Dieser Artikel ist nicht offline gespeichert'
          : 'Diese Seite ist offline nicht verfügbar'}
      </h1>
      <p className={styles.text}>
        Ohne Internetverbindung kannst du lesen, was auf diesem Gerät gespeichert ist. Sobald du
        wieder online bist, lädt die Seite von selbst.
      </p>
      <p>
        <button type="button" className={styles.action} onClick={onRetry} aria-disabled={retrying}>
          {retrying ? 'Wird geladen …' : 'Erneut versuchen'}
        </button>
      </p>
      {articles && (
        <section aria-labelledby="offline-lesbar" className={offline.section}>
          <h2 id="offline-lesbar" className={offline.subtitle}>
            Offline lesbar
          </h2>
          {articles.length > 0 ? (
            <OfflineArticleList articles={articles} />
          ) : (
            <p className={styles.text}>Noch keine Artikel auf diesem Gerät.</p>
          )}
        </section>
      )}
    </div>
  );
}
