/**
 * Search, archive and briefing on a collection of a few hundred generated articles plus a few
 * fixtures (tests/fixtures/search), built and served by this file once, in the phone project:
 * typing from the home page, German stemming, marks, filters and sort in the URL, nothing found,
 * keyboard only, the highlight on the article, a search offline, axe in both themes, screenshots.
 */
import AxeBuilder from '@axe-core/playwright';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { generateArticles } from '../../scripts/generateArticles';
import { expect as baseExpect, offlineTest as test, screenshotPath } from './fixtures';
import { signed } from '../support/cbor';
import getPort from 'get-port';
import { serveSwappable, type SwappableServer as Server } from '../../scripts/support/nginx';
import { projectRoot } from '../../scripts/support/project';
import { buildSite } from '../../scripts/support/sites';
import { controlledByServiceWorker } from './pwaSupport';

const tram = {
  slug: 'die-neue-tramlinie-erreicht-das-quartier-tannegg',
  title: 'Die neue Tramlinie erreicht das Quartier Tannegg',
};
const glacier = { title: 'Der Gletscher oberhalb von Tannegg verliert weiter an Eis' };

// A search loads Pagefind, its WebAssembly and index on a busy machine: wait longer for it.
const expect = baseExpect.configure({ timeout: 20_000 });

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.skip(({ isMobile }) => !isMobile, 'builds and serves its own site once, in the phone project');

let server: Server;
let origin = '';

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name !== 'phone') return;
  test.setTimeout(300_000);
  const work = path.join(projectRoot, 'test-results/search', `worker-${testInfo.workerIndex}`);
  const seeds = path.join(work, 'seeds');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  for (const { name, text } of generateArticles(300)) writeFileSync(path.join(seeds, name), text);
  for (const name of ['tramlinie.txt', 'gletscher.txt'])
    copyFileSync(path.join(projectRoot, 'tests/fixtures/search', name), path.join(seeds, name));
  copyFileSync(path.join(projectRoot, 'tests/fixtures/markup.txt'), path.join(seeds, 'markup.txt'));
  await buildSite(path.join(work, 'dist'), { SEEDS_DIR: seeds, SHARE_IMAGES: 'off' });
  const port = process.env.PWA_E2E_PORT
    ? Number(process.env.PWA_E2E_PORT) + 1
    : await getPort({ host: '127.0.0.1' });
  server = await serveSwappable(path.join(work, 'site'), port, path.join(work, 'dist'));
  origin = server.url;
});
test.afterAll(async () => {
  await server?.stop();
});

const at = (p: string) => `${origin}${p}`;
const searchField = (page: Page) => page.getByRole('searchbox', { name: 'Suchbegriff' });
const results = (page: Page) => page.getByRole('main').getByRole('article');
const status = (page: Page) => page.getByRole('main').getByRole('status');
/** The results' dates (`datetime`), in the order shown. */
const dates = (page: Page) =>
  results(page)
    .locator('time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));

test('typing from the home page: Enter opens the results, German stemming finds the singular, the words are marked', async ({
  page,
}) => {
  await page.goto(at('/'));
  const header = page.getByRole('banner').getByRole('searchbox', { name: 'Artikel durchsuchen' });
  await header.fill('Tramlinien');
  await header.press('Enter');
  await expect(page).toHaveURL(at('/suche?q=Tramlinien'));
  await expect(status(page)).toHaveText('1 Treffer für «Tramlinien»');
  const hit = results(page).first();
  await expect(hit.getByRole('link')).toHaveText(tram.title);
  await expect(hit.locator('mark').first()).toHaveText('Tramlinie');

  // Typing on goes on replacing the entry Enter made; the results follow.
  const entries = await page.evaluate(() => history.length);
  await searchField(page).fill('Gletschers');
  await expect(page).toHaveURL(at('/suche?q=Gletschers'));
  await expect(status(page)).toHaveText('1 Treffer für «Gletschers»');
  await expect(results(page).first().getByRole('link')).toHaveText(glacier.title);
  // The excerpt marks every form of the word it shows: Gletscher and Gletschers alike.
  const marks = await results(page).first().locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(1);
  expect(marks.every((m) => /^Gletschers?$/.test(m))).toBe(true);
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);
  await searchField(page).fill('Tramlinie');
  await expect(page).toHaveURL(at('/suche?q=Tramlinie'));
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);
  await page.goBack();
  await expect(page).toHaveURL(at('/suche?q=Tramlinien'));
  await expect(searchField(page)).toHaveValue('Tramlinien');
});

test('markup in an article is text in the excerpt, never markup', async ({ page }) => {
  await page.goto(at('/suche?q=Kleinmatt'));
  const excerpt = results(page).first().locator('p').last();
  await expect(excerpt).toContainText('<b>fett</b> & "Zeichen"');
  await expect(results(page).first().locator('script, b, img')).toHaveCount(0);
  // The signs are indexed as what they are: `amp`, `lt` and `gt` do not find this article because
  // it holds `&`, `<` and `>`. (A word the index does not know is left out of a search, and `amp`
  // begins other words, so it goes with a word of the article: every word must match.)
  for (const query of ['lt', 'gt', 'Kleinmatt amp']) {
    await page.goto(at(`/suche?q=${encodeURIComponent(query)}`));
    await expect(status(page)).toHaveText(`0 Treffer für «${query}»`);
  }
});

test('filters and sort live in the URL and survive a reload', async ({ page }) => {
  await page.goto(at('/suche?q=Gemeinde'));
  await expect(status(page)).toContainText('Treffer für «Gemeinde»');
  await page.getByRole('combobox', { name: 'Quelle' }).selectOption('Talpost');
  await expect(page).toHaveURL(at('/suche?q=Gemeinde&quelle=Talpost'));
  await page.getByRole('combobox', { name: 'Sortierung' }).selectOption('datum');
  await expect(page).toHaveURL(at('/suche?q=Gemeinde&quelle=Talpost&sort=datum'));
  await expect(status(page)).toContainText('(Talpost)');
  const sorted = await dates(page);
  expect(sorted.length).toBeGreaterThan(1);
  expect([...sorted].sort((a, b) => b.localeCompare(a))).toEqual(sorted);
  await expect(results(page).locator('p', { hasText: 'Talpost' }).first()).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Quelle' })).toHaveValue('Talpost');
  await expect(page.getByRole('combobox', { name: 'Sortierung' })).toHaveValue('datum');
  await expect(searchField(page)).toHaveValue('Gemeinde');
  await expect.poll(() => dates(page)).toEqual(sorted);

  // Five results at first (each excerpt is a file of its own); more, ten at a time, on request.
  await expect(results(page)).toHaveCount(5);
  await page.getByRole('button', { name: 'Weitere Treffer anzeigen' }).click();
  await expect(results(page)).toHaveCount(15);
  await expect
    .poll(() => dates(page))
    .toEqual([...(await dates(page))].sort((a, b) => b.localeCompare(a)));

  await page.getByRole('combobox', { name: 'Jahr' }).selectOption('2024');
  await expect(page).toHaveURL(at('/suche?q=Gemeinde&quelle=Talpost&jahr=2024&sort=datum'));
  await expect.poll(() => dates(page)).not.toEqual(sorted);
  // The results render as their excerpts arrive, so the list may still be changing: wait until
  // it shows only 2024, at least one of them.
  await expect
    .poll(async () => {
      const filtered = await dates(page);
      return filtered.length > 0 && filtered.every((d) => d.startsWith('2024'));
    })
    .toBe(true);
});

test.describe('without the page list to sort by', () => {
  // The page's own requests only, which the service worker would otherwise answer.
  test.use({ serviceWorkers: 'block' });

  test('the matches show unsorted and say so', async ({ page }) => {
    // Pagefind asks for its entry with `?ts=…`; the date order asks without, and gets an answer
    // that names no page list.
    await page.route(
      (url) => url.pathname.endsWith('/pagefind-entry.json') && url.search === '',
      (route) => route.fulfill({ contentType: 'application/json', body: '{}' }),
    );
    await page.goto(at('/suche?q=Gemeinde&sort=datum'));
    await expect(results(page)).toHaveCount(5);
    await expect(
      page.getByText('Die Sortierung nach Datum konnte nicht geladen werden'),
    ).toBeVisible();
  });

  test('a page list from a newer version of the site, without these matches: unsorted, and said so', async ({
    page,
  }) => {
    await page.route(
      (url) => url.pathname.endsWith('/pagefind-entry.json') && url.search === '',
      (route) =>
        route.fulfill({ json: { version: '1.6.0', languages: { de: { hash: 'de_neuer' } } } }),
    );
    await page.route('**/pagefind.de_neuer.pf_meta', (route) =>
      route.fulfill({ body: Buffer.from(signed(['1.6.0', [['de_anderes', 9, '']]])) }),
    );
    await page.goto(at('/suche?q=Gemeinde&sort=datum'));
    await expect(results(page)).toHaveCount(5);
    await expect(
      page.getByText('Die Sortierung nach Datum konnte nicht geladen werden'),
    ).toBeVisible();
  });
});

test('nothing found: a plain sentence and a way on', async ({ page }) => {
  await page.goto(at('/suche?q=Xylophonquartett'));
  await expect(status(page)).toHaveText('0 Treffer für «Xylophonquartett»');
  await expect(page.getByRole('heading', { name: 'Nichts gefunden' })).toBeVisible();
  await expect(page.getByText('Zu «Xylophonquartett» gibt es keinen Artikel.')).toBeVisible();
  await page.getByRole('link', { name: 'Die neuesten Artikel' }).click();
  await expect(page).toHaveURL(at('/'));
});

test('keyboard only: search from the header, open a result; the article marks the words and keeps its address', async ({
  page,
}) => {
  await page.goto(at('/'));
  const header = page.getByRole('banner').getByRole('searchbox', { name: 'Artikel durchsuchen' });
  for (let i = 0; i < 10 && !(await header.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(header).toBeFocused();
  await page.keyboard.type('Tramlinien');
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('1 Treffer für «Tramlinien»');
  const link = results(page).first().getByRole('link');
  for (let i = 0; i < 12 && !(await link.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tram.title);
  // The address the reader shares is the article's own; the highlight rides in the text fragment.
  expect(page.url()).toBe(at(`/artikel/${tram.slug}`));
  const navigated = await page.evaluate(
    () => performance.getEntriesByType('navigation')[0]?.name ?? '',
  );
  expect(navigated).toContain(`/artikel/${tram.slug}#:~:text=Tramlinie`);
});

test('the article date links to its month; the month lists day-dated articles first, month-only after', async ({
  page,
}) => {
  await page.goto(at(`/artikel/${tram.slug}`));
  await page.getByRole('link', { name: '18. Dezember 2025' }).click();
  await expect(page).toHaveURL(at('/archiv/2025/12'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dezember 2025');
  const days = page.getByRole('heading', { level: 2 });
  await expect(days.first()).toHaveText('Donnerstag, 18. Dezember 2025');
  await expect(days.last()).toHaveText('Ohne Tagesdatum');
  await expect(
    page
      .getByRole('region', { name: 'Ohne Tagesdatum' })
      .getByRole('link', { name: glacier.title }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Archiv 2025' }).click();
  await expect(page).toHaveURL(at('/archiv/2025'));
  await expect(page.getByRole('link', { name: /^Dezember/ })).toBeVisible();
});

test('"Keine Zeit?" from the home page: the newest articles with their points, links to article and summary', async ({
  page,
}) => {
  await page.goto(at('/'));
  await page.getByRole('banner').getByRole('link', { name: 'Keine Zeit?' }).click();
  await expect(page).toHaveURL(at('/kurz'));
  const items = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('article') });
  // The address changes before the page has drawn its list (a lazy route on a busy machine).
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeLessThanOrEqual(20);
  const first = items.filter({ has: page.getByRole('heading', { name: tram.title }) });
  await expect(first.getByRole('listitem')).toHaveText([
    'Die Tramlinie 9 fährt neu bis Tannegg.',
    'Im Quartier fallen zwei Buskurse weg.',
  ]);
  await first.getByRole('link', { name: `Zur Zusammenfassung: ${tram.title}` }).click();
  await expect(page).toHaveURL(at(`/artikel/${tram.slug}#zusammenfassung`));
});

const pagesToCheck = [
  ['suche', '/suche?q=Tramlinien'],
  ['archiv-monat', '/archiv/2025/12'],
  ['archiv-jahr', '/archiv/2025'],
  ['kurz', '/kurz'],
] as const;

for (const theme of ['light', 'dark'] as const) {
  for (const [name, url] of pagesToCheck) {
    test(`axe finds no violations: ${url}, ${theme}; screenshots on phone and desktop`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      for (const [device, viewport] of [
        ['desktop', { width: 1280, height: 800 }],
        ['phone', { width: 390, height: 844 }],
      ] as const) {
        await page.setViewportSize(viewport);
        await page.goto(at(url));
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (name === 'suche') await expect(status(page)).toHaveText(/Treffer/);
        await page.screenshot({ path: screenshotPath(`${name}-${theme}`, device) });
      }
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(
        axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    });
  }
}

test('offline, a search works over what the device holds, says results may be missing, and sorts by date with the page list it searched', async ({
  page,
  context,
  goOffline,
}) => {
  await page.goto(at('/suche?q=Tramlinien'));
  await controlledByServiceWorker(page);
  await page.reload();
  await expect(status(page)).toHaveText('1 Treffer für «Tramlinien»');
  await page.goto(at('/suche?q=Gemeinde&sort=datum'));
  await expect(status(page)).toContainText('Treffer für «Gemeinde»');
  await expect(results(page)).toHaveCount(5);
  const newestFirst = await dates(page);
  expect([...newestFirst].sort((a, b) => b.localeCompare(a))).toEqual(newestFirst);
  await goOffline(context);
  try {
    await page.goto(at('/suche?q=Tramlinien'));
    await expect(status(page)).toHaveText('1 Treffer für «Tramlinien»');
    await expect(results(page).first().getByRole('link')).toHaveText(tram.title);
    await expect(
      page.getByText(
        'Du bist offline. Die Suche findet nur Artikel, die auf diesem Gerät gespeichert sind',
      ),
    ).toBeVisible();
    await page.goto(at('/suche?q=Gemeinde&sort=datum'));
    await expect(results(page)).toHaveCount(5);
    expect(await dates(page)).toEqual(newestFirst);
    await expect(page.getByText(/Sortierung nach Datum/)).toHaveCount(0);
  } finally {
    await context.setOffline(false);
  }
});
