import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { linkTo, pagePaths } from '../site/paths';
import { offlineQueries, removeArticle, saveArticle } from '../data/offlineLibrary';
import styles from './OfflineSave.module.css';

type OfflineSaveProps = { slug: string };

/**
 * "Offline speichern": keeps this article (page, data, share image) on the device; pressed again,
 * removes it. Server and first render show the unpressed button; the caches are asked after that.
 */
export function OfflineSave({ slug }: OfflineSaveProps) {
  const queryClient = useQueryClient();
  const { data: saved } = useQuery(offlineQueries.saved());
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  // A browser without the Cache API cannot keep anything.
  if (saved === null) return null;
  const isSaved = saved?.includes(slug) ?? false;

  const toggle = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await (isSaved ? removeArticle(slug) : saveArticle(slug));
      setMessage(isSaved ? 'Nicht mehr offline gespeichert.' : 'Jetzt auch ohne Internet lesbar.');
    } catch {
      setMessage('Speichern hat nicht geklappt. Bist du online?');
    }
    await queryClient.invalidateQueries({ queryKey: offlineQueries.all() });
    setBusy(false);
  };

  return (
    <span className={styles.wrap} data-needs-js>
      <button
        type="button"
        className={styles.button}
        aria-pressed={isSaved}
        aria-disabled={busy}
        onClick={toggle}
      >
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={isSaved ? 'M5 12.5l4.5 4.5L19 7.5' : 'M12 4v11M7 10.5l5 5 5-5M5 20h14'} />
        </svg>
        {isSaved ? 'Offline gespeichert' : 'Offline speichern'}
      </button>
      <span role="status" className={styles.feedback}>
        {message}
        {message && isSaved && (
          <>
            {' '}
            <Link to={linkTo(pagePaths.saved)}>Alle gespeicherten</Link>
          </>
        )}
      </span>
    </span>
  );
}
