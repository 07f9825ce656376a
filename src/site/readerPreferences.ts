/**
 * The reader's preferences as the page and the service worker share them: the values, where the
 * page keeps them (localStorage), the attributes they set on <html>, and the copy in Cache Storage
 * the service worker reads to put them into every page it serves
 * (docs/decisions/0006-reader-preferences-from-the-service-worker.md).
 */
export const themes = ['light', 'dark', 'system'] as const;
export const textSizes = ['small', 'normal', 'large'] as const;
export type Theme = (typeof themes)[number];
export type TextSize = (typeof textSizes)[number];

export type ReaderPreferences = { theme?: Theme; textSize?: TextSize };
export type PreferenceName = keyof ReaderPreferences;

/** What a page shows while nothing is saved. */
export const preferenceDefaults = {
  theme: 'system',
  textSize: 'normal',
} as const satisfies Required<ReaderPreferences>;

/** The localStorage key of each preference. */
export const preferenceStorageKeys = {
  theme: 'lesezeit-theme',
  textSize: 'lesezeit-text-size',
} as const satisfies Record<PreferenceName, string>;

/** The attribute each preference sets on <html> (`dataset.theme` is `data-theme`). */
export const preferenceAttributes = {
  theme: 'data-theme',
  textSize: 'data-text-size',
} as const satisfies Record<PreferenceName, string>;

/**
 * How fast "Vorlesen" reads. Kept in localStorage beside the others, but nothing on the page
 * depends on it before "Vorlesen" is pressed: no attribute on <html>, no copy for the service worker.
 */
export const speechRates = ['0.8', '1', '1.25', '1.5'] as const;
export type SpeechRate = (typeof speechRates)[number];
export const speechRateDefault: SpeechRate = '1';
export const speechRateStorageKey = 'lesezeit-vorlesetempo';

/** Where "Weiterlesen" keeps how far the reader got in each article (src/data/readingPositions.ts). */
export const readingPositionsStorageKey = 'lesezeit-weiterlesen';

/** The entry of the service worker's copy, a path below the base (in the cache `preferencesCache`). */
export const preferencesEntry = 'einstellungen.json';

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((v) => v === value);
}

/** The preferences in a stored value; anything unknown or malformed is left out. */
export function parsePreferences(value: unknown): ReaderPreferences {
  if (typeof value !== 'object' || value === null) return {};
  const { theme, textSize } = value as Record<string, unknown>;
  const prefs: ReaderPreferences = {};
  const t = oneOf(themes, theme);
  const s = oneOf(textSizes, textSize);
  if (t) prefs.theme = t;
  if (s) prefs.textSize = s;
  return prefs;
}
