import { describe, expect, it } from 'vitest';
import { pageWithPreferences, withPreferences } from '../../src/sw/pageWithPreferences';
import { parsePreferences } from '../../src/site/readerPreferences';

describe('parsePreferences', () => {
  it.each([
    [
      { theme: 'dark', textSize: 'large' },
      { theme: 'dark', textSize: 'large' },
    ],
    [{ theme: 'dark' }, { theme: 'dark' }],
    [{ theme: 'purple', textSize: 'large' }, { textSize: 'large' }],
    [{ theme: 'dark" onload="x', textSize: 3 }, {}],
    [null, {}],
    ['dark', {}],
    [[], {}],
  ])('%j gives %j', (stored, expected) => {
    expect(parsePreferences(stored)).toEqual(expected);
  });
});

describe('withPreferences', () => {
  it.each([
    [
      'the theme and size go on the <html> tag',
      '<!doctype html>\n<html lang="de-CH">\n<head>',
      { theme: 'dark', textSize: 'large' },
      '<!doctype html>\n<html lang="de-CH" data-theme="dark" data-text-size="large">\n<head>',
    ],
    [
      'only what was saved',
      '<!doctype html><html lang="de-CH"><head>',
      { textSize: 'small' },
      '<!doctype html><html lang="de-CH" data-text-size="small"><head>',
    ],
    [
      'values already on the tag are replaced, not doubled',
      '<html lang="de-CH" data-theme="light"><body>',
      { theme: 'dark' },
      '<html lang="de-CH" data-theme="dark"><body>',
    ],
    ['a bare <html> tag', '<html><body>', { theme: 'light' }, '<html data-theme="light"><body>'],
    [
      'an <html> in the text further on is left alone',
      '<html lang="de-CH"><body><p>&lt;html&gt; <code><html></code></p>',
      { theme: 'dark' },
      '<html lang="de-CH" data-theme="dark"><body><p>&lt;html&gt; <code><html></code></p>',
    ],
  ] as const)('%s', (_name, page, prefs, expected) => {
    expect(withPreferences(page, prefs)).toBe(expected);
  });

  it('waits for more text while the tag is incomplete', () => {
    expect(withPreferences('<!doctype html>\n<ht', { theme: 'dark' })).toBeNull();
    expect(withPreferences('<!doctype html>\n<html lang="de', { theme: 'dark' })).toBeNull();
  });

  it('gives up on text that is no page, and leaves it as it is', () => {
    const text = 'x'.repeat(2000);
    expect(withPreferences(text, { theme: 'dark' })).toBe(text);
  });
});

/** A response whose body arrives in the given pieces, as from a slow network. */
function chunked(
  pieces: Array<string | Uint8Array>,
  headers: Record<string, string> = {},
): Response {
  const bytes = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces)
        controller.enqueue(typeof piece === 'string' ? bytes.encode(piece) : piece);
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/html', ...headers } });
}

describe('pageWithPreferences', () => {
  const page =
    '<!doctype html>\n<html lang="de-CH">\n<head><title>Aus Brunnwil</title></head><body><p>«Grüezi»</p></body></html>';

  it.each([
    ['in one piece', [page]],
    [
      'with the tag split across pieces',
      [page.slice(0, 19), page.slice(19, 30), page.slice(30, 45), page.slice(45)],
    ],
    [
      'byte by byte, characters split too',
      Array.from(new TextEncoder().encode(page), (b) => Uint8Array.of(b)),
    ],
  ])('rewrites a page that arrives %s, and keeps every other byte', async (_name, pieces) => {
    const response = pageWithPreferences(chunked(pieces, { 'content-length': '999' }), {
      theme: 'dark',
    });
    expect(await response.text()).toBe(
      page.replace('<html lang="de-CH">', '<html lang="de-CH" data-theme="dark">'),
    );
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(response.headers.get('content-length')).toBeNull();
  });

  it('keeps the status of a page that is a 404', async () => {
    const missing = new Response(page, { status: 404, headers: { 'content-type': 'text/html' } });
    const response = pageWithPreferences(missing, { textSize: 'large' });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<html lang="de-CH" data-text-size="large">');
  });

  it('passes the page through untouched when nothing was saved', () => {
    const original = chunked([page]);
    expect(pageWithPreferences(original, {})).toBe(original);
  });
});
