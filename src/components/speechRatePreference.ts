import { useCallback, useSyncExternalStore } from 'react';
import {
  speechRateDefault as fallback,
  speechRateStorageKey,
  speechRates,
  type SpeechRate,
} from '../site/readerPreferences';

/**
 * How fast "Vorlesen" reads, chosen in "Darstellung" and kept in localStorage beside the other
 * preferences. Nothing on the page depends on it before the reader presses "Vorlesen", so unlike
 * theme and text size it needs no attribute on <html> and no copy for the service worker.
 */
export { speechRates, type SpeechRate };

/** 1,25×: as a Swiss reader writes it. */
export function speechRateLabel(rate: SpeechRate): string {
  return `${rate.replace('.', ',')}×`;
}

const listeners = new Set<() => void>();
/** The choice of this visit, for a browser that refuses storage. */
let chosen: SpeechRate | undefined;

function read(): SpeechRate {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(speechRateStorageKey);
  } catch {
    // Storage refused (private mode, policy).
  }
  return speechRates.find((r) => r === stored) ?? chosen ?? fallback;
}

function onStorage(event: StorageEvent) {
  if (event.key === speechRateStorageKey || event.key === null) listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

export function useSpeechRate(): [SpeechRate, (rate: SpeechRate) => void] {
  const rate = useSyncExternalStore(subscribe, read, () => fallback);
  const set = useCallback((next: SpeechRate) => {
    chosen = next;
    try {
      localStorage.setItem(speechRateStorageKey, next);
    } catch {
      // Storage refused: the choice holds for this visit.
    }
    listeners.forEach((l) => l());
  }, []);
  return [rate, set];
}
