import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { OfflineSaveButton } from '../components/OfflineSaveButton';
import { offlineQueries, removeArticle, saveArticle } from '../data/offlineLibrary';

type OfflineSaveContainerProps = { slug: string };

/**
 * "Offline speichern": keeps this article (page, data, share image) in the reader's caches;
 * pressed again, removes it. Server and first render show the unpressed button; the caches are
 * asked after that.
 */
export function OfflineSaveContainer({ slug }: OfflineSaveContainerProps) {
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
    <OfflineSaveButton
      saved={isSaved}
      busy={busy}
      message={message}
      onToggle={() => void toggle()}
    />
  );
}
