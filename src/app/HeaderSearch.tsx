import { useId } from 'react';
import { useHref, useLocation, useNavigate } from 'react-router';
import { linkTo, pagePaths } from '../site/paths';
import styles from './HeaderSearch.module.css';

/** Starts loading the search (Pagefind and its index entry) as soon as the reader may search. */
function warmUpSearch(): void {
  void import('../data/searchClient').then((search) => search.loadSearch()).catch(() => {});
}

/**
 * The search field in every page's header. Enter opens `/suche?q=…`; without JavaScript the form
 * does the same. The search code loads only once the field has the focus. On the search page
 * itself the page's own field takes its place.
 */
export function HeaderSearch() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const searchHref = useHref(linkTo(pagePaths.search()));
  const id = useId();
  // The router's pathname is below the base already.
  if (pathname === linkTo(pagePaths.search())) return null;

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = new FormData(event.currentTarget).get('q');
    void navigate(linkTo(pagePaths.search({ query: typeof query === 'string' ? query : '' })));
  };

  return (
    <form role="search" action={searchHref} className={styles.form} onSubmit={onSubmit}>
      <label htmlFor={`${id}-q`} className={styles.label}>
        Artikel durchsuchen
      </label>
      <input
        id={`${id}-q`}
        name="q"
        type="search"
        className={styles.input}
        placeholder="Suchen"
        autoComplete="off"
        enterKeyHint="search"
        onFocus={warmUpSearch}
      />
      <button type="submit" className={styles.submit}>
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="m15.5 15.5 5 5" />
        </svg>
        <span className={styles.label}>Suchen</span>
      </button>
    </form>
  );
}
