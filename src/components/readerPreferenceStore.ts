import { useCallback, useSyncExternalStore } from 'react';

/**
 * The reader's theme and text size live as attributes on <html> (`data-theme`, `data-text-size`)
 * and in localStorage. The inline script in index.html applies the saved values before first
 * paint; this module changes them later. Server and first client render see the defaults.
 */
export const themes = ['light', 'dark', 'system'] as const;
export const textSizes = ['small', 'normal', 'large'] as const;
export type Theme = (typeof themes)[number];
export type TextSize = (typeof textSizes)[number];

type Preference<T extends string> = {
  storageKey: string;
  attribute: 'theme' | 'textSize';
  values: readonly T[];
  fallback: T;
};

/** Keys and values here must match the inline script in index.html. */
export const themePreference: Preference<Theme> = {
  storageKey: 'lesezeit-theme',
  attribute: 'theme',
  values: themes,
  fallback: 'system',
};

export const textSizePreference: Preference<TextSize> = {
  storageKey: 'lesezeit-text-size',
  attribute: 'textSize',
  values: textSizes,
  fallback: 'normal',
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

function write<T extends string>(pref: Preference<T>, value: T) {
  document.documentElement.dataset[pref.attribute] = value;
  try {
    localStorage.setItem(pref.storageKey, value);
  } catch {
    // Storage may be disabled (private mode, policy): the choice still holds for this visit.
  }
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
