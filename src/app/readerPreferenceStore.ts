import { useCallback, useSyncExternalStore } from 'react';
import { preferencesCache } from '../site/caches';
import { under } from '../site/paths';
import {
  parsePreferences,
  preferenceDefaults,
  preferenceStorageKeys,
  preferencesEntry,
  textSizes,
  themes,
  type TextSize,
  type Theme,
} from '../site/readerPreferences';

/**
 * The reader's theme and text size live as attributes on <html> (`data-theme`, `data-text-size`)
 * and in localStorage, with a copy for the service worker, which puts them into the pages it
 * serves (src/site/readerPreferences.ts). This module changes them. Server and first client
 * render see the defaults.
 */

type Preference<T extends string> = {
  storageKey: string;
  attribute: 'theme' | 'textSize';
  values: readonly T[];
  fallback: T;
};

export const themePreference: Preference<Theme> = {
  storageKey: preferenceStorageKeys.theme,
  attribute: 'theme',
  values: themes,
  fallback: preferenceDefaults.theme,
};

export const textSizePreference: Preference<TextSize> = {
  storageKey: preferenceStorageKeys.textSize,
  attribute: 'textSize',
  values: textSizes,
  fallback: preferenceDefaults.textSize,
};

const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

function follow<T extends string>(pref: Preference<T>, event: StorageEvent) {
  if (event.key !== pref.storageKey) return;
  document.documentElement.dataset[pref.attribute] =
    pref.values.find((v) => v === event.newValue) ?? pref.fallback;
}

/** Another tab changed a preference: this one follows. */
function onStorage(event: StorageEvent) {
  follow(themePreference, event);
  follow(textSizePreference, event);
  notify();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

function read<T extends string>(pref: Preference<T>): T {
  const current = document.documentElement.dataset[pref.attribute];
  return pref.values.find((v) => v === current) ?? pref.fallback;
}

function saved<T extends string>(pref: Preference<T>): T | undefined {
  try {
    const value = localStorage.getItem(pref.storageKey);
    return pref.values.find((v) => v === value);
  } catch {
    return undefined; // Storage may be disabled (private mode, policy).
  }
}

/**
 * Leaves the saved preferences where the service worker reads them, or removes the copy when
 * there are none. Without Cache Storage (no secure context) there is nothing to share.
 */
export async function sharePreferencesWithServiceWorker(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const prefs = parsePreferences({
    theme: saved(themePreference),
    textSize: saved(textSizePreference),
  });
  const entry = new URL(under(import.meta.env.BASE_URL, preferencesEntry), window.location.origin)
    .href;
  try {
    const cache = await caches.open(preferencesCache);
    if (prefs.theme || prefs.textSize)
      await cache.put(
        entry,
        new Response(JSON.stringify(prefs), { headers: { 'Content-Type': 'application/json' } }),
      );
    else await cache.delete(entry);
  } catch {
    // Storage full or denied: pages then show the defaults until the app has started.
  }
}

/**
 * Makes <html> show what localStorage holds: a page that did not come through the service worker
 * (a browser without one, or a copy it lacks) gets the saved values, and a value the copy kept
 * after the saved one was cleared goes. Says whether anything changed.
 */
export function applySavedPreferences(): boolean {
  let changed = false;
  const { dataset } = document.documentElement;
  for (const pref of [themePreference, textSizePreference] as const) {
    const value = saved<string>(pref);
    if (dataset[pref.attribute] === value) continue;
    if (value) dataset[pref.attribute] = value;
    else delete dataset[pref.attribute];
    changed = true;
  }
  return changed;
}

function write<T extends string>(pref: Preference<T>, value: T) {
  document.documentElement.dataset[pref.attribute] = value;
  try {
    localStorage.setItem(pref.storageKey, value);
  } catch {
    // Storage may be disabled (private mode, policy): the choice still holds for this visit.
  }
  void sharePreferencesWithServiceWorker();
  notify();
}

/** The current value and a setter; only the components that use it re-render. */
export function usePreference<T extends string>(pref: Preference<T>): [T, (value: T) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => read(pref),
    () => pref.fallback,
  );
  const set = useCallback((next: T) => write(pref, next), [pref]);
  return [value, set];
}
