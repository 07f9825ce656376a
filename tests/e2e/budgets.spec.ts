import { request as httpRequest } from 'node:http';
import { e2ePort } from '../../playwright.config';
import { expect, expectNoLayoutShift, referencePath, test } from './fixtures';

/** Budgets checked in CI: sizes and counts, never times (timings belong to `npm run bench`). */
const budgets = {
  /** One network round trip (TCP's initial window): the article paints from the first response. */
  articleHtmlWithCss: 14 * 1024,
  /** All JavaScript the article route loads, compressed. */
  articleJs: 110 * 1024,
};

/** The bytes nginx sends for a path, compressed as a browser would ask for it. */
function compressedSize(
  path: string,
): Promise<{ bytes: number; encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: e2ePort, path, headers: { 'Accept-Encoding': 'br, gzip' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ bytes: body.length, encoding: res.headers['content-encoding'], body });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

test.describe('budgets', () => {
  test.skip(({ isMobile }) => !isMobile, 'sizes do not depend on the viewport; checked once');

  test('the article HTML, with the CSS it needs to paint, fits in 14 KB compressed', async () => {
    const { bytes, encoding } = await compressedSize(referencePath);
    expect(encoding).toMatch(/^(br|gzip)$/);
    // The figure the README quotes.
    console.log(`article HTML with its CSS: ${bytes} bytes (${encoding})`);
    expect(bytes, `article HTML is ${bytes} bytes compressed`).toBeLessThanOrEqual(
      budgets.articleHtmlWithCss,
    );
  });

  test('nothing blocks rendering: no stylesheet link and no classic script with src in the head', async ({
    page,
  }) => {
    await page.goto(referencePath);
    const blocking = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter(
          (e) =>
            (e as PerformanceResourceTiming & { renderBlockingStatus?: string })
              .renderBlockingStatus === 'blocking',
        )
        .map((e) => e.name),
    );
    expect(blocking).toEqual([]);
    const head = await page.evaluate(() => ({
      stylesheets: document.head.querySelectorAll('link[rel="stylesheet"]').length,
      syncScripts: Array.from(document.head.querySelectorAll('script[src]')).filter(
        (s) =>
          s.getAttribute('type') !== 'module' &&
          !s.hasAttribute('defer') &&
          !s.hasAttribute('async'),
      ).length,
    }));
    expect(head).toEqual({ stylesheets: 0, syncScripts: 0 });
  });

  test('the article paints from its own HTML while the whole stylesheet is still on its way', async ({
    page,
  }) => {
    // The page carries the CSS its HTML needs; the whole stylesheet, linked at the end of the
    // body, is held back here until the article has painted.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/*.css', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(referencePath, { waitUntil: 'commit' });
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    await expect
      .poll(() =>
        page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length),
      )
      .toBe(1);
    const before = await heading.evaluate((h) => {
      const style = getComputedStyle(h);
      return [style.fontFamily, style.fontSize, h.getBoundingClientRect().top];
    });
    expect(before[0]).toMatch(/serif/);
    release();
    // The app runs only after the stylesheet has arrived, and what the page showed stays put.
    await page.waitForLoadState('networkidle');
    const after = await heading.evaluate((h) => {
      const style = getComputedStyle(h);
      return [style.fontFamily, style.fontSize, h.getBoundingClientRect().top];
    });
    expect(after).toEqual(before);
    await expectNoLayoutShift(page);
    // A panel the page did not show before is styled too (its rules came with the stylesheet).
    const menu = page.getByRole('button', { name: 'Darstellung' });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: 'Dunkel' })).toBeVisible();
  });

  test('the article route loads at most 110 KB of JavaScript, compressed', async ({ page }) => {
    await page.goto(referencePath);
    await page.waitForLoadState('networkidle');
    const scripts = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.initiatorType === 'script' || /\.m?js(\?|$)/.test(e.name))
        .map((e) => new URL(e.name).pathname),
    );
    expect(scripts.length).toBeGreaterThan(0);
    let total = 0;
    for (const path of new Set(scripts)) total += (await compressedSize(path)).bytes;
    console.log(`article route JavaScript: ${total} bytes compressed, as nginx sends it`);
    expect(
      total,
      `article route JS is ${total} bytes compressed (${scripts.join(', ')})`,
    ).toBeLessThanOrEqual(budgets.articleJs);
  });

  test('a prerendered article needs no data request; an article navigation makes one at most', async ({
    page,
  }) => {
    const dataRequests: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.includes('/data/')) dataRequests.push(r.url());
    });
    await page.goto(referencePath);
    await page.waitForLoadState('networkidle');
    expect(dataRequests).toEqual([]);

    await page.goto('/');
    await page.waitForLoadState('networkidle');
    dataRequests.length = 0;
    await page.getByRole('link', { name: /US-Präsident Trump zusammen mit Selenskyj/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'US-Präsident Trump zusammen mit Selenskyj beim Treffen in Rom',
    );
    await page.waitForLoadState('networkidle');
    expect(dataRequests.length).toBeLessThanOrEqual(1);
  });
});
