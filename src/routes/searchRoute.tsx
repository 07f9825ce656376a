import type { QueryClient } from '@tanstack/react-query';
import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link, useLocation, useNavigate } from 'react-router';
import { SearchResult } from '../components/SearchResult';
import { useHydrated } from '../components/useHydrated';
import { useOnline } from '../components/useOnline';
import { browseQueries, type SearchInfo } from '../data/browseQueries';
import { hasSearch, searchTerm } from '../data/searchClient';
import { searchQueries } from '../data/searchQueries';
import { linkTo, pagePaths, parseSearchQuery, searchSorts, type SearchState } from '../site/paths';
import { documentTitles } from '../site/titles';
import { useDocumentTitle } from './documentTitle';
import { orNotFound } from './notFound';
import styles from './searchRoute.module.css';

/**
 * Results shown at first, and how many more each "Weitere Treffer" adds. Each result's excerpt is
 * a file of its own (one to three KB): five, as in Pagefind's own interface, fill a phone's screen
 * and arrive sooner than ten; who asks for more gets ten at a time.
 */
const firstPage = 5;
const morePage = 10;
/** The pause in typing after which the address follows the field (the results do not wait). */
const typingPause = 250;

export function searchLoader(queryClient: QueryClient) {
  return async () => {
    await orNotFound(queryClient.ensureQueryData(browseQueries.searchInfo()));
    return null;
  };
}

/** Typing only changes the search's words: no need to ask the loader again. */
export const searchShouldRevalidate = () => false;

const sortLabels: Record<(typeof searchSorts)[number], string> = {
  relevanz: 'Relevanz',
  datum: 'Neueste zuerst',
};

/** "12 Treffer für «Tramlinie» · Talpost · 2024". */
function statusText(state: SearchState, total: number): string {
  const count = total === 1 ? '1 Treffer' : `${total.toLocaleString('de-CH')} Treffer`;
  const term = searchTerm(state);
  const filters = [state.source, state.year].filter((f) => f !== undefined).join(', ');
  return [count, term && `für «${term}»`, filters && `(${filters})`].filter(Boolean).join(' ');
}

type NothingFoundProps = { state: SearchState; info: SearchInfo };

/** No match: says so plainly and offers a way on. */
function NothingFound({ state, info }: NothingFoundProps) {
  const filtered = state.source !== undefined || state.year !== undefined;
  const term = searchTerm(state);
  return (
    <div className={styles.nothing}>
      <h2 className={styles.nothingTitle}>Nichts gefunden</h2>
      <p>
        {term ? `Zu «${term}» gibt es keinen Artikel` : 'Hier gibt es keinen Artikel'}
        {filtered ? ' mit diesen Filtern.' : '.'} Versuch es mit einem anderen oder kürzeren Wort.
      </p>
      <ul className={styles.ways}>
        {filtered && term && (
          <li>
            <Link to={linkTo(pagePaths.search({ query: term }))}>Ohne Filter suchen</Link>
          </li>
        )}
        <li>
          <Link to={linkTo(pagePaths.home)}>Die neuesten Artikel</Link>
        </li>
        <li>
          <Link to={linkTo(pagePaths.briefing)}>Keine Zeit? Das Neueste in Kürze</Link>
        </li>
        {info.years[0] !== undefined && (
          <li>
            <Link to={linkTo(pagePaths.archiveYear(info.years[0]))}>Im Archiv stöbern</Link>
          </li>
        )}
      </ul>
    </div>
  );
}

/**
 * `/suche`: full-text search over every article. The search lives in the URL (`?q=`, `quelle`,
 * `jahr`, `sort`): typing replaces the history entry once the reader pauses, Enter and the
 * filters add one. The page is prerendered empty; the URL is read once hydrated.
 */
export function SearchRoute() {
  const { data: info } = useSuspenseQuery(browseQueries.searchInfo());
  const hydrated = useHydrated();
  const online = useOnline();
  const location = useLocation();
  const navigate = useNavigate();
  const state = hydrated ? parseSearchQuery(location.search) : {};
  const id = useId();
  useDocumentTitle(documentTitles.search(state));

  // The field shows what the reader types; a new address from elsewhere (back, a link) replaces it.
  const urlQuery = state.query ?? '';
  const [text, setText] = useState(urlQuery);
  const [shown, setShown] = useState({ key: location.key, query: urlQuery });
  /**
   * A committed search (Enter, a filter, or arriving with one) keeps its history entry: the next
   * words start a new one, which further typing then replaces.
   */
  const [committed, setCommitted] = useState(urlQuery !== '');
  /**
   * The addresses the field itself went to that have not landed yet. One lands a moment after
   * the pause in typing, and the reader may have typed on meanwhile: then it must not put the
   * older words back. Once landed it is forgotten, so going forward to it later is like any
   * other address.
   */
  const [pending, setPending] = useState<readonly string[]>([]);
  const address = `${location.pathname}${location.search}`;
  if (location.key !== shown.key || urlQuery !== shown.query) {
    setShown({ key: location.key, query: urlQuery });
    const own = pending.indexOf(address);
    if (own >= 0) setPending(pending.slice(own + 1));
    else if (urlQuery !== text.trim()) {
      setText(urlQuery);
      setCommitted(true);
    }
  }

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const go = (next: SearchState, push: boolean) => {
    clearTimeout(timer.current);
    const to = linkTo(pagePaths.search(next));
    if (to === address && !push) return;
    // Known before the router can land it, or the landing could render before this update and
    // the address would stay pending, to be mistaken for the field's own on Back or Forward.
    flushSync(() => setPending((addresses) => [...addresses, to]));
    void navigate(to, { replace: !push, preventScrollReset: true });
  };

  const onType = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setCommitted(false);
      go({ ...state, query: value }, committed);
    }, typingPause);
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const next = { ...state, query: text };
    const same = linkTo(pagePaths.search(next)) === `${location.pathname}${location.search}`;
    if (!same) go(next, true);
    else clearTimeout(timer.current);
    setCommitted(true);
  };

  const filter = (change: Partial<SearchState>) => {
    go({ ...state, query: text, ...change }, true);
    setCommitted(true);
  };

  // The results follow the field at once; only the address waits for a pause in typing.
  const searched: SearchState = { ...state, query: text };
  const active = hydrated && hasSearch(searched);
  const key = pagePaths.search(searched);
  const [more, setMore] = useState({ key, count: firstPage });
  const count = more.key === key ? more.count : firstPage;
  const results = useQuery({
    ...searchQueries.results(searched, count),
    enabled: active,
    placeholderData: keepPreviousData,
  });
  const data = active ? results.data : undefined;
  const incompleteOffline = !online && !info.offlineComplete;

  let status = '';
  if (active && results.isError) status = 'Die Suche ist gerade nicht verfügbar.';
  else if (data && !results.isPlaceholderData) status = statusText(searched, data.total);

  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <h1 className={styles.title} tabIndex={-1}>
          Suche
        </h1>
        <p className={styles.intro}>
          In {info.total.toLocaleString('de-CH')} Artikeln: Titel, Lead, Zusammenfassung, Text und
          Zitate.
        </p>
      </div>

      <form
        role="search"
        className={styles.form}
        onSubmit={onSubmit}
        action={linkTo(pagePaths.search())}
      >
        <label htmlFor={`${id}-q`} className={styles.label}>
          Suchbegriff
        </label>
        <div className={styles.field}>
          <input
            id={`${id}-q`}
            name="q"
            type="search"
            className={styles.input}
            value={text}
            onChange={(e) => onType(e.target.value)}
            placeholder="z. B. Tramlinie, Gletscher, Budget"
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="submit" className={styles.submit}>
            Suchen
          </button>
        </div>
        <div className={styles.filters}>
          <label className={styles.filter}>
            <span className={styles.filterLabel}>Quelle</span>
            <select
              name="quelle"
              className={styles.select}
              value={state.source ?? ''}
              onChange={(e) => filter({ source: e.target.value || undefined })}
            >
              <option value="">Alle Quellen</option>
              {info.sources.map((source) => (
                <option key={source} value={source}>
                  {source}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.filter}>
            <span className={styles.filterLabel}>Jahr</span>
            <select
              name="jahr"
              className={styles.select}
              value={state.year === undefined ? '' : String(state.year)}
              onChange={(e) =>
                filter({ year: e.target.value ? Number(e.target.value) : undefined })
              }
            >
              <option value="">Alle Jahre</option>
              {info.years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.filter}>
            <span className={styles.filterLabel}>Sortierung</span>
            <select
              name="sort"
              className={styles.select}
              value={state.sort ?? 'relevanz'}
              onChange={(e) =>
                filter({ sort: searchSorts.find((s) => s === e.target.value) ?? 'relevanz' })
              }
            >
              {searchSorts.map((sort) => (
                <option key={sort} value={sort}>
                  {sortLabels[sort]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </form>

      {incompleteOffline && (
        <p className={styles.notice}>
          Du bist offline. Die Suche findet nur Artikel, die auf diesem Gerät gespeichert sind; es
          können Treffer fehlen.
        </p>
      )}

      <p role="status" className={styles.status}>
        {status}
      </p>

      {active && results.isError && (
        <p className={styles.notice}>
          {online
            ? 'Die Suche konnte nicht geladen werden. Versuch es gleich noch einmal.'
            : 'Offline ist die Suche nur für das verfügbar, was auf diesem Gerät gespeichert ist – für diese Suche fehlt etwas. Mit Verbindung geht es wieder.'}
        </p>
      )}

      {data && data.total === 0 && !results.isPlaceholderData && (
        <NothingFound state={searched} info={info} />
      )}

      {data && data.hits.length > 0 && (
        <div className={styles.results} aria-busy={results.isPlaceholderData}>
          {data.hits.map((hit) => (
            <SearchResult key={hit.slug} hit={hit} />
          ))}
        </div>
      )}

      {data && data.unsorted && data.hits.length > 0 && (
        <p className={styles.notice}>
          {online
            ? 'Die Sortierung nach Datum konnte nicht geladen werden: Die Treffer stehen nicht nach Datum geordnet.'
            : 'Offline ist die Sortierung nach Datum nicht auf diesem Gerät: Die Treffer stehen nicht nach Datum geordnet.'}
        </p>
      )}

      {data && data.unavailable > 0 && (
        <p className={styles.notice}>
          {data.unavailable === 1
            ? '1 Treffer ist offline nicht auf diesem Gerät und fehlt hier.'
            : `${data.unavailable} Treffer sind offline nicht auf diesem Gerät und fehlen hier.`}
        </p>
      )}

      {data && data.total > count && (
        <p className={styles.moreRow}>
          <button
            type="button"
            className={styles.more}
            onClick={() => setMore({ key, count: count + morePage })}
            aria-disabled={results.isFetching}
          >
            Weitere Treffer anzeigen
          </button>
        </p>
      )}
    </div>
  );
}
