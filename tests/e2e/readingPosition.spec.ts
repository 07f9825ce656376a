import type { Page } from '@playwright/test';
import {
  expect,
  expectNoLayoutShift,
  referencePath,
  referenceSlug,
  screenshotPath,
  test,
} from './fixtures';

const storageKey = 'lesezeit-weiterlesen';
const articleLink = /US-Präsident Trump zusammen mit Selenskyj/;

/** The body block whose box is at the top of the screen, as a reader would point at it. */
function blockAtTop(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const blocks = [...document.querySelectorAll('[data-part^="body-"]')];
    return (
      blocks.find((b) => b.getBoundingClientRect().bottom > 48)?.getAttribute('data-part') ?? null
    );
  });
}

/** Scrolls half way down the article and waits until the position is stored. */
async function readHalfWay(page: Page): Promise<string> {
  await page.goto(referencePath);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() =>
    window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) / 2),
  );
  // The reader scrolls in steps; the position is noted when the scrolling pauses.
  await page.mouse.wheel(0, 40);
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', storageKey))
    .toContain(referenceSlug);
  const block = await blockAtTop(page);
  expect(block).toMatch(/^body-\d+$/);
  return block!;
}

test.describe('Weiterlesen', () => {
  // Each test reads, leaves and comes back: several page loads.
  test.slow();

  test('half way through, home lists the article; opening it returns to the same paragraph', async ({
    page,
  }, testInfo) => {
    const block = await readHalfWay(page);

    await page.getByRole('link', { name: 'Lesezeit' }).first().dispatchEvent('click');
    await expect(page).toHaveURL('/');
    const list = page.getByRole('region', { name: 'Weiterlesen' });
    const entry = list.getByRole('link', { name: articleLink });
    await expect(entry).toBeVisible();
    await expect(entry).toContainText(/noch \d+ Min\./);
    await list.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('weiterlesen-home', testInfo.project.name) });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('weiterlesen-home-dark', testInfo.project.name) });
    await page.emulateMedia({ colorScheme: 'light' });

    await entry.click();
    await expect(page).toHaveURL(referencePath);
    const note = page.getByRole('button', { name: 'Zum Anfang' }).locator('..');
    await expect(note).toBeVisible();
    await expect(note).toContainText(/^Weitergelesen bei/);
    await expect(page.getByRole('status').filter({ hasText: /^Weitergelesen bei/ })).toHaveCount(1);
    await expect.poll(() => blockAtTop(page)).toBe(block);
    await page.screenshot({ path: screenshotPath('weiterlesen-note', testInfo.project.name) });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('weiterlesen-note-dark', testInfo.project.name) });

    await page.getByRole('button', { name: 'Zum Anfang' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(note).toBeHidden();
  });

  test('a fresh visit to the article returns there too, without moving anything', async ({
    page,
  }) => {
    const block = await readHalfWay(page);
    await page.goto('about:blank');
    await page.goto(referencePath);
    await expect(page.getByRole('status').filter({ hasText: /^Weitergelesen bei/ })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Zum Anfang' })).toBeVisible();
    await expect.poll(() => blockAtTop(page)).toBe(block);
    await expectNoLayoutShift(page);
  });

  test('a link to a quote wins over the remembered paragraph', async ({ page }) => {
    await readHalfWay(page);
    await page.goto('about:blank');
    await page.goto(`${referencePath}#zitat-1`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#zitat-1')).toBeInViewport();
    await expect(page.getByText(/Weitergelesen bei/)).toHaveCount(0);
  });

  test('a text fragment wins over the remembered paragraph', async ({ page }) => {
    await readHalfWay(page);
    await page.goto('about:blank');
    await page.goto(`${referencePath}#:~:text=Gebietsabtretungen`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Once the app has started and a frame has passed, a restored position would show its note.
    await page.waitForLoadState('networkidle');
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await expect(page.getByText(/Weitergelesen bei/)).toHaveCount(0);
  });

  test('reaching the end removes the article from the list', async ({ page }) => {
    await readHalfWay(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.mouse.wheel(0, 40);
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', storageKey))
      .not.toContain(referenceSlug);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Weiterlesen' })).toHaveCount(0);
  });

  test('the saved-articles page clears the history', async ({ page }) => {
    await readHalfWay(page);
    await page.goto('/gespeichert');
    const history = page.getByRole('region', { name: 'Weiterlesen' });
    await expect(history).toContainText('in einem Artikel');
    await history.getByRole('button', { name: 'Verlauf löschen' }).click();
    await expect(history.getByRole('status')).toHaveText('Verlauf gelöscht.');
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Weiterlesen' })).toHaveCount(0);
  });

  for (const theme of ['light', 'dark'] as const)
    test(`the home page list moves nothing on screen (${theme}), and corrupt entries are dropped`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.addInitScript(
        ({ key, slug }) => {
          if (sessionStorage.getItem('seeded')) return;
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem(
            key,
            JSON.stringify({
              version: 1,
              positions: [
                {
                  slug,
                  title: 'US-Präsident Trump zusammen mit Selenskyj beim Treffen in Rom',
                  block: 6,
                  minutesLeft: 2,
                  at: Date.now(),
                },
                { slug: '<script>', title: 'Fremd', block: 1, minutesLeft: 1, at: 1 },
                'kaputt',
                null,
              ],
            }),
          );
        },
        { key: storageKey, slug: referenceSlug },
      );
      await page.goto('/');
      const list = page.getByRole('region', { name: 'Weiterlesen' });
      await expect(list.getByRole('listitem')).toHaveCount(1);
      await expect(list).toContainText('noch 2 Min.');
      await expectNoLayoutShift(page);
    });

  test('storage that is not JSON at all is ignored', async ({ page }) => {
    await page.addInitScript(
      (key) => localStorage.setItem(key, '{"version":1,"positions":['),
      storageKey,
    );
    await page.goto(referencePath);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Weiterlesen' })).toHaveCount(0);
    // Without the list, too, the home page moves nothing once the app has started.
    await page.waitForLoadState('networkidle');
    await expectNoLayoutShift(page);
  });
});
