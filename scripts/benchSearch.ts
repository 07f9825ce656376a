/**
 * The search's part of `npm run bench:scale` (and on its own, for any built site):
 *   tsx scripts/benchSearch.ts --dist dist-scale-10000 [--words Budget,Gletscher]
 *
 * - the index: its size on disk (its build time is the search index phase of the build's report);
 * - what a first search transfers on a phone that comes from the home page (the search page's
 *   code, Pagefind's script, WebAssembly, index entry and chunks, the result fragments), and what
 *   a further search with other words adds, in bytes as nginx sends them (service worker off);
 * - how long after the last keystroke the results appear, with the CPU slowed 4× (median of six
 *   further searches, measured in the page from the key's event to the frame that shows the
 *   count). Figures only: this never fails because of a time.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from './support/chromium';
import { serveOnFreePort } from './support/nginx';
import { stopAll } from './support/processes';
import { kb, median, runMain } from './support/report';

/** Compressed bodies and, apart, the headers of the responses. */
type Transfer = { bytes: number; headerBytes: number; requests: number };

export type SearchFigures = {
  indexFiles: number;
  indexBytes: number;
  firstSearch: Transfer & { words: string };
  /** The same words opened as a link sorted by date, from the home page (not the page's HTML). */
  firstByDate: Transfer;
  furtherSearch: Transfer & { words: string };
  /** Last keystroke to results on screen, CPU slowed 4×, per further search. */
  resultsMs: number[];
};

const phone = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true };

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesBelow(full) : [full];
  });
}

/**
 * Bytes received while `action` runs: compressed bodies, and apart from them the HTTP/1.1
 * headers (which HTTP/2 and 3 compress across requests). Chromium reports no body size for a
 * worker's script; its `Content-Length` (nginx sends one with a precompressed file) stands in.
 */
async function transferDuring(
  page: Page,
  action: () => Promise<void>,
  { withPage = true }: { withPage?: boolean } = {},
) {
  const sizes: Promise<{ body: number; headers: number }>[] = [];
  const listener = (request: import('@playwright/test').Request) =>
    (withPage || request.resourceType() !== 'document') &&
    sizes.push(
      request.sizes().then(
        async (s) => {
          let body = Math.max(0, s.responseBodySize);
          // A body of exactly 0 with headers received is the worker's script; an answer from
          // the browser's cache reports a negative body and counts nothing.
          const response = await request.response();
          if (s.responseBodySize === 0 && s.responseHeadersSize > 0 && response?.status() === 200) {
            const length = Number(response.headers()['content-length'] ?? 0);
            if (Number.isFinite(length)) body = length;
          }
          return { body, headers: Math.max(0, s.responseHeadersSize) };
        },
        () => ({ body: 0, headers: 0 }),
      ),
    );
  page.context().on('requestfinished', listener);
  await action();
  await page.waitForLoadState('networkidle');
  page.context().off('requestfinished', listener);
  const all = await Promise.all(sizes);
  return {
    bytes: all.reduce((a, b) => a + b.body, 0),
    headerBytes: all.reduce((a, b) => a + b.headers, 0),
    requests: all.length,
  };
}

/**
 * Types words into the search page's field and returns the time from the last keystroke (its
 * event's time stamp) to the first frame that shows the count of results for them. Measured in
 * the page, so the test tool's own polling (slowed 4× with the page) is not part of it.
 */
async function searchFor(page: Page, words: string): Promise<number> {
  const field = page.getByRole('searchbox', { name: 'Suchbegriff' });
  await field.fill(words.slice(0, -1));
  // A string, not a function: tsx would wrap the function's named parts in a helper the page
  // does not have. The statement is `void`, or the evaluation would wait for the promise.
  await page.evaluate(`void (window.searchShown = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(${JSON.stringify(`no results for «${words}» within 30 s`)})), 30000);
    let keyAt = 0;
    addEventListener('keydown', (e) => { keyAt = e.timeStamp; }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const statuses = [...document.querySelectorAll('[role="status"]')];
      if (keyAt === 0 || !statuses.some((s) => s.textContent.includes(${JSON.stringify(`«${words}»`)}))) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - keyAt));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }))`);
  await field.press(words.slice(-1));
  return page.evaluate<number>('window.searchShown');
}

/**
 * A first search sorted by date, as a shared link opens it after the home page: everything but
 * the search page's own HTML (prerendered, and no part of the search).
 */
async function firstSearchByDate(
  browser: import('@playwright/test').Browser,
  origin: string,
  words: string,
): Promise<Transfer> {
  const context = await browser.newContext({ ...phone, serviceWorkers: 'block', locale: 'de-CH' });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForLoadState('networkidle');
    return await transferDuring(
      page,
      async () => {
        await page.goto(`${origin}/suche?q=${encodeURIComponent(words)}&sort=datum`);
        await page
          .getByRole('status')
          .filter({ hasText: `«${words}»` })
          .waitFor();
      },
      { withPage: false },
    );
  } finally {
    await context.close();
  }
}

/** Measures the search of a built site served at `origin` (files in `dist`). */
export async function measureSearch(
  origin: string,
  dist: string,
  words: readonly string[] = [
    'Gemeindeversammlung',
    'Hochwasserschutz',
    'Bibliothek',
    'Wochenmarkt',
    'Schulhaus',
    'Velo',
    'Gletscher',
  ],
): Promise<SearchFigures> {
  const files = filesBelow(path.join(dist, 'pagefind'));
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const context = await browser.newContext({
      ...phone,
      serviceWorkers: 'block',
      locale: 'de-CH',
    });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForLoadState('networkidle');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const [first, ...further] = words;
    if (!first || further.length === 0) throw new Error('measureSearch needs two words or more');
    const firstSearch = await transferDuring(page, async () => {
      const header = page.getByRole('banner').getByRole('searchbox');
      await header.fill(first);
      await header.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: `«${first}»` })
        .waitFor();
    });
    const firstByDate = await firstSearchByDate(browser, origin, first);
    const resultsMs: number[] = [];
    let furtherSearch: Transfer = { bytes: 0, headerBytes: 0, requests: 0 };
    for (const [i, word] of further.entries()) {
      const measured = await transferDuring(page, async () => {
        resultsMs.push(await searchFor(page, word));
      });
      if (i === 0) furtherSearch = measured;
    }
    return {
      indexFiles: files.length,
      indexBytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
      firstSearch: { ...firstSearch, words: first },
      firstByDate,
      furtherSearch: { ...furtherSearch, words: further[0] ?? '' },
      resultsMs,
    };
  } finally {
    await browser.close();
  }
}

const transferLine = (t: Transfer) =>
  `${kb(t.bytes)} compressed in ${t.requests} requests, plus ${kb(t.headerBytes)} of HTTP/1.1 headers`;

/** The figures as lines for the scale benchmark's report. */
export function searchReport(figures: SearchFigures): string[] {
  return [
    `index: ${figures.indexFiles} files, ${kb(figures.indexBytes)} on disk (chunks and fragments gzipped by Pagefind, the rest raw with Brotli and gzip copies)`,
    `first search from the home page («${figures.firstSearch.words}»): ${transferLine(figures.firstSearch)} (target 150 KB)`,
    `the same first search sorted by date, opened as a link: ${transferLine(figures.firstByDate)} (target 150 KB)`,
    `further search («${figures.furtherSearch.words}»): ${transferLine(figures.furtherSearch)} (target 30 KB)`,
    `results after the last keystroke, CPU 4× slower: median ${Math.round(median(figures.resultsMs))} ms of ${figures.resultsMs.length} (${figures.resultsMs.map((ms) => Math.round(ms)).join(', ')} ms; target 300 ms)`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'dist' }, words: { type: 'string' } },
  });
  void runMain(async () => {
    const dist = path.resolve(values.dist ?? 'dist');
    const server = await serveOnFreePort({ dist });
    try {
      const words = values.words
        ?.split(',')
        .map((w) => w.trim())
        .filter(Boolean);
      const figures = await measureSearch(server.origin, dist, words);
      for (const line of searchReport(figures)) console.log(line);
    } finally {
      await stopAll();
    }
    return 0;
  });
}
