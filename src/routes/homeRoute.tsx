import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { Link, useParams } from 'react-router';
import { ArticleTeaser } from '../components/ArticleTeaser';
import { ContinueReading } from '../components/ContinueReading';
import { articleQueries } from '../data/articleQueries';
import { linkTo, pagePaths, parsePageNumber, routeParams } from '../site/paths';
import { documentTitles } from '../site/titles';
import { useDocumentTitle } from './documentTitle';
import styles from './homeRoute.module.css';
import { notFound, orNotFound } from './notFound';

/**
 * The page of the collection a path selects (`/seite/2`; each page is a path of its own, so every
 * one is prerendered and cached as a file): page 1 without the parameter, null for a value that is
 * not a page number.
 */
function pageFrom(pathValue: string | undefined): number | null {
  return pathValue === undefined ? 1 : parsePageNumber(pathValue);
}

const pageHref = (page: number) => linkTo(pagePaths.indexPage(page));

export function homeLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const page = pageFrom(params[routeParams.page]) ?? notFound();
    await orNotFound(queryClient.ensureQueryData(articleQueries.list(page)));
    return null;
  };
}

/**
 * 10’000: thousands grouped with the Swiss apostrophe. Not Intl: Node's and the browser's ICU
 * disagree on the character for de-CH, and the server's page must match the browser's render.
 */
function swissCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, '’');
}

/** The line under the home page's title: how many articles, which page, in what order. */
export function collectionIntro(total: number, page: number, pageCount: number): string | null {
  if (total === 0) return null;
  const count = `${swissCount(total)} Artikel`;
  const order = total > 1 ? `${count}, die neuesten zuerst` : count;
  return pageCount > 1 ? `Seite ${page} von ${pageCount} · ${order}` : order;
}

export function HomeRoute() {
  const params = useParams();
  const page = pageFrom(params[routeParams.page]) ?? 1;
  const { data } = useSuspenseQuery(articleQueries.list(page));
  useDocumentTitle(documentTitles.indexPage(page));
  const intro = collectionIntro(data.total, data.page, data.pageCount);

  return (
    <div className={page === 1 ? `${styles.page} ${styles.firstPage}` : styles.page}>
      <div className={styles.header}>
        <h1 className={styles.title} tabIndex={-1}>
          {page === 1 ? 'Neueste Artikel' : 'Ältere Artikel'}
        </h1>
        {intro && <p className={styles.intro}>{intro}</p>}
      </div>
      {data.items.length > 0 ? (
        <div className={styles.list}>
          {data.items.map((item) => (
            <ArticleTeaser key={item.slug} item={item} />
          ))}
        </div>
      ) : (
        <p className={styles.empty}>Noch keine Artikel.</p>
      )}
      {data.pageCount > 1 && (
        <nav className={styles.pagination} aria-label="Seiten">
          {data.page > 1 && (
            <Link to={pageHref(data.page - 1)} className={styles.pageLink} rel="prev">
              <span aria-hidden="true">← </span>Neuere Artikel
            </Link>
          )}
          {data.page < data.pageCount && (
            <Link
              to={pageHref(data.page + 1)}
              className={`${styles.pageLink} ${styles.older}`}
              rel="next"
            >
              Ältere Artikel<span aria-hidden="true"> →</span>
            </Link>
          )}
        </nav>
      )}
      {/* Below the list, on a page at least a screen tall (styles.firstPage): it appears after the
          page has started and moves nothing on screen. */}
      {page === 1 && <ContinueReading />}
    </div>
  );
}
