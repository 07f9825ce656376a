import type { Block } from '../content/model';
import { countWords, wordsPerMinute } from '../content/readingTime';
import { readingPositionsStorageKey } from '../site/readerPreferences';

/**
 * "Weiterlesen": per article, how far the reader got (the body block at the top of the screen, so
 * it survives another text size or screen) and when. It stays on the device, in one storage
 * entry, newest first and bounded; whatever in it is not a position written by this app (a
 * corrupt value, an older or foreign format) is dropped when read, never trusted.
 */
export type ReadingPosition = {
  slug: string;
  title: string;
  /** Index of the body block at the top of the screen. */
  block: number;
  /** Whole minutes of reading left from that block, at least 1. */
  minutesLeft: number;
  /** When the reader was there, in milliseconds since 1970. */
  at: number;
};

/** The storage key, and how many articles it remembers at most. */
export const readingPositionsKey = readingPositionsStorageKey;
export const maxReadingPositions = 200;
/** How many the home page lists. */
export const continueReadingCount = 5;

const formatVersion = 1;

function positionFrom(value: unknown): ReadingPosition | null {
  if (typeof value !== 'object' || value === null) return null;
  const { slug, title, block, minutesLeft, at } = value as Record<string, unknown>;
  if (typeof slug !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 200)
    return null;
  if (typeof title !== 'string' || title.trim() === '' || title.length > 500) return null;
  if (typeof block !== 'number' || !Number.isInteger(block) || block < 0) return null;
  if (typeof minutesLeft !== 'number' || !Number.isInteger(minutesLeft) || minutesLeft < 1)
    return null;
  if (typeof at !== 'number' || !Number.isFinite(at) || at <= 0) return null;
  return { slug, title, block, minutesLeft, at };
}

/** The positions in a stored value: valid entries only, one per article, newest first, bounded. */
export function parseReadingPositions(stored: string | null): ReadingPosition[] {
  if (!stored) return [];
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return [];
  }
  if (typeof value !== 'object' || value === null) return [];
  const { version, positions } = value as Record<string, unknown>;
  if (version !== formatVersion || !Array.isArray(positions)) return [];
  const bySlug = new Map<string, ReadingPosition>();
  for (const entry of positions) {
    const position = positionFrom(entry);
    if (!position) continue;
    const known = bySlug.get(position.slug);
    if (!known || known.at < position.at) bySlug.set(position.slug, position);
  }
  return [...bySlug.values()].sort((a, b) => b.at - a.at).slice(0, maxReadingPositions);
}

export function serializeReadingPositions(positions: readonly ReadingPosition[]): string {
  return JSON.stringify({ version: formatVersion, positions });
}

/** The list with `position` as the newest entry (replacing the article's earlier one), bounded. */
export function withReadingPosition(
  positions: readonly ReadingPosition[],
  position: ReadingPosition,
): ReadingPosition[] {
  return [position, ...positions.filter((p) => p.slug !== position.slug)].slice(
    0,
    maxReadingPositions,
  );
}

export function withoutReadingPosition(
  positions: readonly ReadingPosition[],
  slug: string,
): ReadingPosition[] {
  return positions.filter((p) => p.slug !== slug);
}

/**
 * Minutes left to read from body block `block` to the end, by the same measure as the article's
 * reading time: at least 1.
 */
export function minutesLeftFrom(body: readonly Block[], block: number): number {
  const words = body.slice(block).reduce((sum, b) => sum + countWords(b.text), 0);
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** Where the positions are kept: a text under one key. */
export type TextStorage = { read(): string | null; write(value: string | null): void };

/** localStorage, or nothing when the browser refuses it (private mode, policy, full). */
export function localTextStorage(key: string): TextStorage {
  return {
    read() {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    write(value) {
      try {
        if (value === null) localStorage.removeItem(key);
        else localStorage.setItem(key, value);
      } catch {
        // Full or denied: the position is lost for this visit, the article still reads.
      }
    },
  };
}

/** The positions over a storage: read once, kept in sync with other tabs, written on change. */
export type ReadingPositionStore = {
  list(): readonly ReadingPosition[];
  record(position: ReadingPosition): void;
  remove(slug: string): void;
  clear(): void;
  subscribe(listener: () => void): () => void;
  /** Another tab wrote the storage: read it again. */
  reload(): void;
};

export function createReadingPositionStore(storage: TextStorage): ReadingPositionStore {
  let positions: readonly ReadingPosition[] | null = null;
  const listeners = new Set<() => void>();
  const current = () => (positions ??= parseReadingPositions(storage.read()));
  const replace = (next: readonly ReadingPosition[]) => {
    positions = next;
    storage.write(next.length > 0 ? serializeReadingPositions(next) : null);
    for (const listener of listeners) listener();
  };
  return {
    list: current,
    record: (position) => replace(withReadingPosition(current(), position)),
    remove(slug) {
      if (current().some((p) => p.slug === slug)) replace(withoutReadingPosition(current(), slug));
    },
    clear: () => replace([]),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reload() {
      positions = null;
      for (const listener of listeners) listener();
    },
  };
}
