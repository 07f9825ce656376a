import { data } from 'react-router';
import { HttpError } from '../data/articleQueries';

/** The router's own 404: the error boundary shows "Seite nicht gefunden" and a prerender gets status 404. */
export function notFound(): never {
  throw data('Seite nicht gefunden', { status: 404 });
}

/** Awaits a load; a data file that does not exist (HTTP 404) becomes the router's 404. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) notFound();
    throw error;
  }
}

/** The loader of the catch-all route: any unknown address is a 404. */
export function notFoundLoader(): never {
  notFound();
}
