/**
 * The search in the browser: Pagefind's own script (`pagefind/pagefind.js`, written by the build
 * next to its index) loaded from the site at run time, only when the reader is about to search.
 * Its answers are checked here, at the boundary, and become plain data for the components.
 */
import {
  markedWords,
  parseExcerpt,
  withoutLeadingTitle,
  type ExcerptPart,
} from '../content/searchExcerpt';
import { searchFilters } from '../content/searchRecord';
import { searchEntryPath, searchPageListPath, under, type SearchState } from '../site/paths';
import { searchPageIds } from '../site/searchPageList';
import { fetchJson } from './articleQueries';

/** The base URL the app is served under (`/` or a sub-path such as `/lesezeit/`). */
const base = import.meta.env.BASE_URL;

/** Words around a match in an excerpt. */
const excerptLength = 24;

export type SearchHit = {
  slug: string;
  title: string;
  source: string | null;
  date: string;
  excerpt: ExcerptPart[];
  /** The matched words, for the link that highlights them in the article. */
  words: string[];
};

export type SearchResults = {
  /** How many articles match. */
  total: number;
  /** The first `count` of them that could be loaded, in order. */
  hits: SearchHit[];
  /** Matches whose text is not on the device while offline. */
  unavailable: number;
  /** Asked for newest first, but the date order could not be loaded or does not know a match. */
  unsorted: boolean;
};

type PagefindResult = { id: string; data: () => Promise<unknown> };
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<unknown>;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isFunction = (value: unknown): value is (...args: never[]) => unknown =>
  typeof value === 'function';

function asPagefind(module: unknown): Pagefind {
  if (
    !isRecord(module) ||
    !isFunction(module.options) ||
    !isFunction(module.init) ||
    !isFunction(module.search)
  ) {
    throw new Error('Die Suche konnte nicht geladen werden.');
  }
  return module as unknown as Pagefind;
}

let loading: Promise<Pagefind> | null = null;

/** Loads Pagefind once; a failed load (offline, say) is tried again on the next search. */
export function loadSearch(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)
    .then(async (module: unknown) => {
      const pagefind = asPagefind(module);
      // On the page's own thread: its worker script would add 11 KB to the first search, and a
      // search takes Pagefind a few milliseconds (docs/decisions/search-with-pagefind.md).
      await pagefind.options({ excerptLength, noWorker: true });
      await pagefind.init();
      return pagefind;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** The words to search for, without surrounding or repeated space; empty for none. */
export function searchTerm(state: SearchState): string {
  return state.query?.trim().replace(/\s+/g, ' ') ?? '';
}

/** Whether a search has anything to look for: words, or a filter to list by. */
export function hasSearch(state: SearchState): boolean {
  return searchTerm(state) !== '' || state.source !== undefined || state.year !== undefined;
}

function optionsOf(query: SearchState): Record<string, unknown> {
  const filters: Record<string, string> = {};
  if (query.source !== undefined) filters[searchFilters.source] = query.source;
  if (query.year !== undefined) filters[searchFilters.year] = String(query.year);
  return { filters };
}

/** Without words there is no relevance: a list by filter is newest first. */
function byDate(query: SearchState): boolean {
  return query.sort === 'datum' || searchTerm(query) === '';
}

/** The hash of the index's page list, from Pagefind's entry (`{"languages":{"de":{"hash":…}}}`). */
function pageListHash(entry: unknown): string {
  const languages = isRecord(entry) && isRecord(entry.languages) ? entry.languages : {};
  const index = languages.de ?? Object.values(languages)[0];
  if (!isRecord(index) || typeof index.hash !== 'string' || !/^[\w-]+$/.test(index.hash))
    throw new Error('Unerwartete Antwort der Suche.');
  return index.hash;
}

let dateOrderLoading: Promise<Map<string, number>> | null = null;

/**
 * The index's pages newest first, once: Pagefind's page list, which the build fills newest first
 * (src/sitegen/searchIndex.ts). Pagefind has loaded that list already, so it comes from the
 * browser's cache (or the service worker's) and costs only the small entry.
 */
export function loadDateOrder(): Promise<Map<string, number>> {
  dateOrderLoading ??= fetchJson(under(base, searchEntryPath))
    .then(async (entry) => {
      const response = await fetch(under(base, searchPageListPath(pageListHash(entry))));
      if (!response.ok) throw new Error('Die Sortierung nach Datum konnte nicht geladen werden.');
      const ids = searchPageIds(new Uint8Array(await response.arrayBuffer()));
      return new Map(ids.map((id, rank) => [id, rank]));
    })
    .catch((error: unknown) => {
      dateOrderLoading = null;
      throw error;
    });
  return dateOrderLoading;
}

/** Results newest first by the date order; a page it does not know goes last. */
export function newestFirst<T extends { id: string }>(
  results: readonly T[],
  rankOf: ReadonlyMap<string, number>,
): T[] {
  const rank = (r: T) => rankOf.get(r.id) ?? Number.MAX_SAFE_INTEGER;
  return [...results].sort((a, b) => rank(a) - rank(b));
}

function hitOf(data: unknown): SearchHit | null {
  if (!isRecord(data) || !isRecord(data.meta) || typeof data.excerpt !== 'string') return null;
  const { title, slug, date, source } = data.meta;
  if (typeof title !== 'string' || typeof slug !== 'string' || typeof date !== 'string')
    return null;
  const excerpt = withoutLeadingTitle(parseExcerpt(data.excerpt), title);
  return {
    slug,
    title,
    date,
    source: typeof source === 'string' && source !== '' ? source : null,
    excerpt,
    words: markedWords(excerpt),
  };
}

function resultsOf(value: unknown): PagefindResult[] {
  if (!isRecord(value) || !Array.isArray(value.results))
    throw new Error('Unerwartete Antwort der Suche.');
  return value.results.filter(
    (r): r is PagefindResult => isRecord(r) && typeof r.id === 'string' && isFunction(r.data),
  );
}

/**
 * The first `count` matches of a search, newest first or by relevance as the query says. Once
 * `signal` is aborted, it loads no more of the results.
 */
export async function runSearch(
  query: SearchState,
  count: number,
  signal?: AbortSignal,
): Promise<SearchResults> {
  const pagefind = await loadSearch();
  const term = searchTerm(query);
  const [found, dateRanks] = await Promise.all([
    pagefind.search(term === '' ? null : term, optionsOf(query)),
    // Without the date order the matches still show, unsorted.
    byDate(query) ? loadDateOrder().catch(() => null) : null,
  ]);
  signal?.throwIfAborted();
  const matches = resultsOf(found);
  // A page the list does not know (a tab left open while a new version of the site went out)
  // has no place in it: the matches then show in Pagefind's order, with a notice.
  const sortable = dateRanks !== null && matches.every((r) => dateRanks.has(r.id));
  const results = sortable ? newestFirst(matches, dateRanks) : matches;
  const loaded = await Promise.all(
    results.slice(0, count).map((r) =>
      r.data().then(
        (data) => hitOf(data),
        () => null,
      ),
    ),
  );
  const hits = loaded.filter((h): h is SearchHit => h !== null);
  return {
    total: results.length,
    hits,
    unavailable: loaded.length - hits.length,
    unsorted: byDate(query) && !sortable,
  };
}
