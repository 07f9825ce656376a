/**
 * The reader's theme and text size as the page and the service worker share them. They live as
 * attributes on <html> (`data-theme`, `data-text-size`). The page keeps them in localStorage and
 * leaves a copy in Cache Storage, where the service worker reads it: it writes the attributes into
 * every page it serves, so a saved preference holds from the first paint with no script in the
 * page (docs/decisions/0006-reader-preferences-from-the-service-worker.md).
 */
export const themes = ['light', 'dark', 'system'] as const;
export const textSizes = ['small', 'normal', 'large'] as const;
export type Theme = (typeof themes)[number];
export type TextSize = (typeof textSizes)[number];

export type ReaderPreferences = { theme?: Theme; textSize?: TextSize };

/** The cache that holds the copy for the service worker, and the entry's path below the base. */
export const preferencesCache = 'lesezeit-einstellungen';
export const preferencesEntry = 'einstellungen.json';

const attributes = { theme: 'data-theme', textSize: 'data-text-size' } as const;

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

/**
 * The start of an HTML page with the preferences set on its <html> tag (replacing any it had).
 * `null` while the text does not yet hold the whole tag; unchanged if the page has none.
 */
export function withPreferences(pageStart: string, prefs: ReaderPreferences): string | null {
  const tag = /<html\b[^>]*>/i.exec(pageStart);
  if (!tag) return /<html\b/i.test(pageStart) || pageStart.length < 1024 ? null : pageStart;
  let open = tag[0].replace(/\s+data-(theme|text-size)="[^"]*"/gi, '');
  for (const key of ['theme', 'textSize'] as const) {
    const value = prefs[key];
    if (value) open = open.replace(/\s*>$/, ` ${attributes[key]}="${value}">`);
  }
  return pageStart.slice(0, tag.index) + open + pageStart.slice(tag.index + tag[0].length);
}

/**
 * The same page with the preferences on its <html> tag, streamed: only the first bytes, up to the
 * end of that tag, are held back. Status and headers stay (less the length, which changes).
 */
export function pageWithPreferences(page: Response, prefs: ReaderPreferences): Response {
  if (!page.body || (!prefs.theme && !prefs.textSize)) return page;
  // Service workers of older browsers lack the text streams: their pages go out as they are.
  if (typeof TextDecoderStream !== 'function' || typeof TextEncoderStream !== 'function')
    return page;
  let head: string | null = '';
  const rewrite = new TransformStream<string, string>({
    transform(chunk, controller) {
      if (head === null) return controller.enqueue(chunk);
      const done = withPreferences(head + chunk, prefs);
      if (done === null) head += chunk;
      else {
        head = null;
        controller.enqueue(done);
      }
    },
    flush(controller) {
      if (head) controller.enqueue(head);
    },
  });
  const headers = new Headers(page.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(
    page.body
      .pipeThrough(new TextDecoderStream())
      .pipeThrough(rewrite)
      .pipeThrough(new TextEncoderStream()),
    { status: page.status, statusText: page.statusText, headers },
  );
}
