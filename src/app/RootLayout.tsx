import { useEffect, useRef } from 'react';
import type { Location } from 'react-router';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { linkTo, pagePaths } from '../site/paths';
import '../styles/tokens.css';
import '../styles/base.css';
import { AppTools } from './AppTools';
import { HeaderSearch } from './HeaderSearch';
import { ReaderPreferencesContainer } from './ReaderPreferencesContainer';
import styles from './RootLayout.module.css';
import { UpdatePrompt } from './UpdatePrompt';

/**
 * The key under which ScrollRestoration saves and restores a position. Entries the router made
 * have their own key. Entries the browser made itself (the first page of a visit, a plain `#zitat-3`
 * link) all share the key "default": keyed by their address instead, so a link to a quote never
 * gets the scroll position of some other page, and the hash keeps its scroll.
 */
function scrollKey(location: Location): string {
  return location.key === 'default'
    ? `${location.pathname}${location.search}${location.hash}`
    : location.key;
}

/** After a client-side navigation, focus the new page's h1 so screen readers announce it. */
function useFocusOnNavigation(main: React.RefObject<HTMLElement | null>) {
  // A new query on the same page (the search as the reader types) keeps the focus where it is.
  const { pathname: page } = useLocation();
  const shown = useRef(page);
  useEffect(() => {
    // The first page of a visit keeps the browser's focus; so does a jump to a hash on the same page.
    if (shown.current === page) return;
    shown.current = page;
    const target = main.current?.querySelector<HTMLElement>('h1') ?? main.current;
    target?.focus({ preventScroll: true });
  }, [page, main]);
}

/** The frame of every page: skip link, header with the reader's settings, main, footer. */
export function RootLayout() {
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigation(mainRef);

  return (
    <>
      <a href="#inhalt" className={styles.skipLink}>
        Zum Inhalt springen
      </a>
      <header className={styles.header}>
        <div className={styles.bar}>
          <Link to={linkTo(pagePaths.home)} className={styles.brand}>
            Lesezeit
          </Link>
          <nav aria-label="Rubriken" className={styles.nav}>
            <NavLink to={linkTo(pagePaths.briefing)} className={styles.navLink}>
              Keine Zeit?
            </NavLink>
          </nav>
          <div className={styles.search}>
            <HeaderSearch />
          </div>
          <div className={styles.preferences}>
            <ReaderPreferencesContainer />
          </div>
        </div>
      </header>
      <main id="inhalt" tabIndex={-1} ref={mainRef} className={styles.main}>
        <Outlet />
      </main>
      <footer className={styles.footer}>
        <div className={styles.footerInner}>
          <p>
            <strong>Lesezeit</strong> – Nachrichten in Ruhe lesen.
          </p>
          <p>Die Artikel stammen von den jeweils genannten Quellen.</p>
          <AppTools />
        </div>
      </footer>
      <UpdatePrompt />
      <ScrollRestoration getKey={scrollKey} />
    </>
  );
}
