import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False on the server and while hydrating prerendered HTML, true afterwards (and at once in a
 * page rendered on the client). For what only the browser knows, such as the URL's #hash, which
 * never reaches the server: render it after hydration so both renders match.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
