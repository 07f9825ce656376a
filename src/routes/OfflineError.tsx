import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useParams, useRevalidator } from 'react-router';
import { OfflinePage } from '../components/OfflinePage';
import { offlineQueries } from '../data/offlineLibrary';
import { routeParams } from '../site/paths';
import { documentTitles } from '../site/titles';
import { useDocumentTitle } from './documentTitle';

/**
 * A load that failed for want of a network (fetch rejects with a TypeError, unlike an HTTP error)
 * while offline, or while the service worker had no copy either: then what matters is what is on
 * the device. Without either, the plain "Keine Verbindung" error page says enough.
 */
export function isOfflineError(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    typeof navigator !== 'undefined' &&
    (!navigator.onLine || Boolean(navigator.serviceWorker?.controller))
  );
}

/** The error page offline: what is not on the device, what is, and a retry once the network is back. */
export function OfflineError() {
  const slug = useParams()[routeParams.slug];
  const revalidator = useRevalidator();
  const { data: articles } = useQuery(offlineQueries.readable());
  useDocumentTitle(documentTitles.offline);
  const retrying = revalidator.state === 'loading';
  const retry = () => {
    if (!retrying) void revalidator.revalidate();
  };
  useEffect(() => {
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  });
  return (
    <OfflinePage
      article={slug !== undefined}
      articles={articles}
      onRetry={retry}
      retrying={retrying}
    />
  );
}
