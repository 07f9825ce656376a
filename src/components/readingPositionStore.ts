import { useSyncExternalStore } from 'react';
import {
  createReadingPositionStore,
  localTextStorage,
  readingPositionsKey,
  type ReadingPosition,
  type ReadingPositionStore,
} from '../data/readingPositions';

/**
 * The reader's positions ("Weiterlesen") in this browser, shared by the article, the home page
 * and the saved-articles page, and kept in step with other tabs. Created on first use, in the
 * browser only; the server and the first render see no positions.
 */
let store: ReadingPositionStore | null = null;

export function readingPositions(): ReadingPositionStore {
  if (!store) {
    const created = createReadingPositionStore(localTextStorage(readingPositionsKey));
    window.addEventListener('storage', (event) => {
      if (event.key === readingPositionsKey || event.key === null) created.reload();
    });
    store = created;
  }
  return store;
}

const none: readonly ReadingPosition[] = [];

/** All positions, newest first; none on the server and while hydrating. */
export function useReadingPositions(): readonly ReadingPosition[] {
  return useSyncExternalStore(
    (listener) => readingPositions().subscribe(listener),
    () => readingPositions().list(),
    () => none,
  );
}
