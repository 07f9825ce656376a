/**
 * Puts the reader's theme and text size (format: src/site/readerPreferences.ts) on the <html> tag
 * of the pages the service worker serves, so a saved preference holds from the first paint with
 * no script in the page.
 */
import { preferenceAttributes, type ReaderPreferences } from '../site/readerPreferences';

const preferenceAttribute = new RegExp(
  `\\s+(${Object.values(preferenceAttributes).join('|')})="[^"]*"`,
  'gi',
);

/**
 * The start of an HTML page with the preferences set on its <html> tag (replacing any it had).
 * `null` while the text does not yet hold the whole tag; unchanged if the page has none.
 */
export function withPreferences(pageStart: string, prefs: ReaderPreferences): string | null {
  const tag = /<html\b[^>]*>/i.exec(pageStart);
  if (!tag) return /<html\b/i.test(pageStart) || pageStart.length < 1024 ? null : pageStart;
  let open = tag[0].replace(preferenceAttribute, '');
  for (const key of ['theme', 'textSize'] as const) {
    const value = prefs[key];
    if (value) open = open.replace(/\s*>$/, ` ${preferenceAttributes[key]}="${value}">`);
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
