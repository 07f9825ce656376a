import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { LoadErrorPage } from '../components/LoadErrorPage';
import { NotFoundPage } from '../components/NotFoundPage';
import { HttpError } from '../data/articleQueries';
import { InvalidDataError } from '../data/validate';
import { documentTitles } from '../site/titles';
import { useDocumentTitle } from './documentTitle';
import { isOfflineError, OfflineError } from './OfflineError';

function isNotFound(error: unknown): boolean {
  return (
    (isRouteErrorResponse(error) && error.status === 404) ||
    (error instanceof HttpError && error.status === 404)
  );
}

/** What went wrong, in words a reader understands. */
export function describeLoadError(error: unknown): string {
  if (error instanceof HttpError || isRouteErrorResponse(error)) {
    return error.status >= 500
      ? `Der Server konnte die Seite gerade nicht liefern (Fehler ${error.status}). Meist klappt es nach einem Moment wieder.`
      : `Die Seite konnte nicht geladen werden (Fehler ${error.status}).`;
  }
  if (error instanceof InvalidDataError) {
    return 'Die Daten dieser Seite sind unvollständig oder beschädigt und können nicht angezeigt werden.';
  }
  if (error instanceof TypeError) {
    return 'Keine Verbindung zum Server. Bitte prüfe deine Internetverbindung.';
  }
  return 'Beim Laden dieser Seite ist ein unerwarteter Fehler aufgetreten.';
}

function NotFoundError() {
  useDocumentTitle(documentTitles.notFound);
  return <NotFoundPage />;
}

function LoadError({ error }: { error: unknown }) {
  const revalidator = useRevalidator();
  useDocumentTitle(documentTitles.error);
  const retrying = revalidator.state === 'loading';
  return (
    <LoadErrorPage
      message={describeLoadError(error)}
      retrying={retrying}
      onRetry={() => {
        // The loaders run again; a query that failed has no data, so it is fetched afresh.
        if (!retrying) void revalidator.revalidate();
      }}
    />
  );
}

/** The error boundary of the pages: a missing page or article, or a load that failed. */
export function RouteError() {
  const error = useRouteError();
  if (isNotFound(error)) return <NotFoundError />;
  // Offline, for a page not on the device: say so and list what can be read.
  return isOfflineError(error) ? <OfflineError /> : <LoadError error={error} />;
}
