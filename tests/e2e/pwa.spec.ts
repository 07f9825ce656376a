/**
 * The installable, offline-reading app, against the production build as nginx serves it: the
 * service worker, offline pages, saving articles, updates to a new deployment, installability and
 * the web manifest.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import getPort from 'get-port';
import { chromiumLaunch } from '../../scripts/support/chromium';
import { serveSwappable, type SwappableServer as Server } from '../../scripts/support/nginx';
import { projectRoot } from '../../scripts/support/project';
import { buildSite, seedsWith } from '../../scripts/support/sites';
import {
  expect,
  offlineTest as test,
  referencePath,
  referenceSlug,
  screenshotPath,
} from './fixtures';
import { controlledByServiceWorker, pngSize } from './pwaSupport';

const referenceTitle = 'US-Präsident Trump zusammen mit Selenskyj beim Treffen in Rom';
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  });

/** The page as the browser received it, from the service worker or the network. */
const served = async (response: Awaited<ReturnType<Page['reload']>>) =>
  (await response?.text()) ?? '';

test.describe('reader preferences', () => {
  test('a saved theme and text size come with every page from the service worker, from its first paint, online and offline', async ({
    page,
    context,
    goOffline,
  }) => {
    await page.goto(referencePath);
    await controlledByServiceWorker(page);
    await page.getByRole('button', { name: 'Darstellung' }).click();
    await page.getByRole('button', { name: 'Dunkel' }).click();
    await page.getByRole('button', { name: 'Gross' }).click();
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const entry = await (
            await caches.open('lesezeit-einstellungen')
          ).match('/einstellungen.json');
          return entry?.json();
        }),
      )
      .toEqual({ theme: 'dark', textSize: 'large' });

    const withBoth = '<html lang="de-CH" data-theme="dark" data-text-size="large">';
    expect(await served(await page.reload())).toContain(withBoth);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    // A link opened in a new tab, as from a messenger, and the home page offline.
    const shared = await context.newPage();
    expect(await served(await shared.goto(`${referencePath}#zusammenfassung`))).toContain(withBoth);
    await goOffline(context);
    expect(await served(await shared.goto('/'))).toContain(withBoth);
    await expect(h1(shared)).toHaveText('Neueste Artikel');

    // Back to the defaults, which the next page carries as chosen.
    await shared.getByRole('button', { name: 'Darstellung' }).click();
    await shared.getByRole('button', { name: 'System' }).click();
    await shared.getByRole('button', { name: 'Normal' }).click();
    await expect
      .poll(async () => served(await shared.reload()))
      .toContain('<html lang="de-CH" data-theme="system" data-text-size="normal">');
  });

  test.describe('without a service worker', () => {
    test('a saved theme applies as soon as the app starts', async ({ page }) => {
      // As in a browser that has none (Firefox in a private window, for one).
      await page.addInitScript(() => {
        delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
      });
      await page.goto(referencePath);
      expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
      await page.getByRole('button', { name: 'Darstellung' }).click();
      await page.getByRole('button', { name: 'Dunkel' }).click();
      const response = await page.reload();
      expect(await served(response)).toContain('<html lang="de-CH">');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await page.getByRole('button', { name: 'Darstellung' }).click();
      await expect(page.getByRole('button', { name: 'Dunkel' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    });
  });
});

test.describe('offline reading', () => {
  test('after the first visit the service worker controls the page, and home, article and a deep link to a quote open offline', async ({
    page,
    context,
    goOffline,
  }) => {
    await page.goto('/');
    await controlledByServiceWorker(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
      /\/sw\.js$/,
    );

    await goOffline(context);
    await page.goto('/');
    await expect(h1(page)).toHaveText('Neueste Artikel');
    await page.getByRole('link', { name: referenceTitle }).click();
    await expect(h1(page)).toHaveText(referenceTitle);

    await page.goto(referencePath);
    await expect(h1(page)).toHaveText(referenceTitle);
    await expect(page.getByRole('button', { name: 'Offline speichern' })).toBeVisible();

    await page.goto(`${referencePath}#zitat-5`);
    await expect(page.locator('mark#zitat-5')).toContainText(
      '«Die Krim wird bei Russland bleiben»',
    );
    await expect.poll(() => inViewport(page, '#zitat-5')).toBe(true);
  });

  test('a collection precached whole is searched offline in full, with no search made before', async ({
    page,
    context,
    goOffline,
  }) => {
    await page.goto('/');
    await controlledByServiceWorker(page);

    await goOffline(context);
    await page.goto('/suche?q=Selenskyj');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(
      '1 Treffer für «Selenskyj»',
      { timeout: 20_000 },
    );
    await expect(
      page.getByRole('main').getByRole('article').getByRole('link', { name: referenceTitle }),
    ).toBeVisible();
    // Nothing is missing: no word that the results may be incomplete.
    await expect(page.getByText(/Du bist offline\. Die Suche findet nur/)).toHaveCount(0);
  });

  test('offline, an article that is not on the device shows the offline page with what can be read', async ({
    page,
    context,
    goOffline,
  }, testInfo) => {
    await page.goto('/');
    await controlledByServiceWorker(page);
    await goOffline(context);

    const response = await page.goto('/artikel/nicht-auf-diesem-geraet');
    expect(response?.status()).toBe(200);
    await expect(h1(page)).toHaveText('Dieser Artikel ist nicht offline gespeichert');
    await expect(page).toHaveTitle('Offline – Lesezeit');
    const readable = page.getByRole('region', { name: 'Offline lesbar' });
    await expect(readable.getByRole('link', { name: referenceTitle })).toBeVisible();
    if (testInfo.project.name === 'phone')
      await page.screenshot({ path: screenshotPath('pwa-offline-page', 'phone') });

    await expect(page.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
    await readable.getByRole('link', { name: referenceTitle }).click();
    await expect(h1(page)).toHaveText(referenceTitle);
    await expect(page).toHaveURL(referencePath);
  });

  test('"Offline speichern" keeps an article; the saved page lists it with the storage used and removes it', async ({
    page,
  }, testInfo) => {
    await page.goto(referencePath);
    await controlledByServiceWorker(page);
    const save = page.getByRole('button', { name: 'Offline speichern' });
    await save.click();
    const saved = page.getByRole('button', { name: 'Offline gespeichert' });
    await expect(saved).toHaveAttribute('aria-pressed', 'true');
    await expect(
      page.getByRole('status').filter({ hasText: 'Jetzt auch ohne Internet lesbar.' }),
    ).toBeVisible();
    expect(
      await page.evaluate(async () => {
        const cache = await caches.open('lesezeit-gespeichert');
        return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
      }),
    ).toEqual([
      `/artikel/${referenceSlug}`,
      `/data/artikel/${referenceSlug}.json`,
      `/og/${referenceSlug}.png`,
    ]);
    if (testInfo.project.name === 'phone')
      await page.screenshot({ path: screenshotPath('pwa-article-saved', 'phone') });

    await page.getByRole('link', { name: 'Gespeicherte Artikel' }).click();
    await expect(h1(page)).toHaveText('Gespeicherte Artikel');
    const mine = page.getByRole('region', { name: 'Von dir gespeichert' });
    await expect(mine.getByRole('link', { name: referenceTitle })).toBeVisible();
    await expect(
      page.getByText(/^Lesezeit belegt auf diesem Gerät \d+(\.\d)? (kB|MB) Speicher\.$/),
    ).toBeVisible();
    if (testInfo.project.name === 'phone')
      await page.screenshot({ path: screenshotPath('pwa-saved-page', 'phone') });

    await mine.getByRole('button', { name: `${referenceTitle} entfernen` }).click();
    await expect(mine.getByRole('status')).toHaveText(`«${referenceTitle}» entfernt.`);
    await expect(mine.getByRole('link', { name: referenceTitle })).toHaveCount(0);
    await expect(mine.getByText('Noch nichts gespeichert.', { exact: false })).toBeVisible();
    // Still readable offline: the small collection is precached as a whole.
    await expect(
      page
        .getByRole('region', { name: 'Ausserdem auf diesem Gerät' })
        .getByRole('link', { name: referenceTitle }),
    ).toBeVisible();

    // A reload of /gespeichert gets the app shell from nginx, not the 404 page.
    const response = await page.reload();
    expect(response?.status()).toBe(200);
    await expect(h1(page)).toHaveText('Gespeicherte Artikel');
  });
});

/**
 * Two deployments of a collection larger than the precache limit (PRECACHE_LIMIT=1, three and then
 * four articles), served one after the other from the same origin by an nginx of these tests.
 */
test.describe('a larger collection, and a new deployment', () => {
  test.describe.configure({ mode: 'serial', timeout: 90_000 });
  test.skip(
    ({ isMobile }) => !isMobile,
    'builds and serves its own site once, in the phone project',
  );

  let work = path.join(projectRoot, 'test-results/pwa');
  const fixtures = {
    read: { slug: referenceSlug, title: referenceTitle },
    saved: {
      slug: 'der-neue-faehrsteg-von-seewilen-im-morgennebel',
      title: 'Der neue Fährsteg von Seewilen im Morgennebel',
    },
    neither: {
      slug: 'die-saengerin-mira-velten-auf-der-buehne-im-kursaal-brunnegg',
      title: 'Die Sängerin Mira Velten auf der Bühne im Kursaal Brunnegg',
    },
    added: {
      slug: 'die-renovierte-bibliothek-von-tannwil',
      title: 'Die renovierte Bibliothek von Tannwil',
    },
  };
  let server: Server;

  // eslint-disable-next-line no-empty-pattern
  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name !== 'phone') return;
    test.setTimeout(180_000);
    work = path.join(work, `worker-${testInfo.workerIndex}`);
    const v1 = ['no-summary.txt', 'german-quotes.txt'];
    const builds = [
      { dir: 'v1', seeds: v1 },
      { dir: 'v2', seeds: [...v1, 'question-heading.txt'] },
    ];
    for (const { dir, seeds } of builds) {
      await buildSite(path.join(work, dir), {
        SEEDS_DIR: seedsWith(path.join(work, `seeds-${dir}`), seeds),
        PRECACHE_LIMIT: '1',
      });
    }
    const port = process.env.PWA_E2E_PORT
      ? Number(process.env.PWA_E2E_PORT)
      : await getPort({ host: '127.0.0.1' });
    server = await serveSwappable(path.join(work, 'site'), port, path.join(work, 'v1'));
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  test.beforeEach(() => server?.deploy(path.join(work, 'v1')));

  test('only the shell and home are precached; articles read or saved open offline, any other shows the offline page', async ({
    page,
    context,
    goOffline,
  }) => {
    await page.goto(`${server.url}/`);
    await controlledByServiceWorker(page);
    const precached = await page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => n.startsWith('workbox-precache'));
      return name
        ? (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)
        : [];
    });
    expect(precached).toEqual(
      expect.arrayContaining(['/index.html', '/shell.html', '/data/index/1.json']),
    );
    expect(precached.filter((p) => p.includes('artikel/'))).toEqual([]);

    // Read one article (a whole page load, as from a link shared to a messenger)…
    await page.goto(`${server.url}/artikel/${fixtures.read.slug}`);
    await expect(h1(page)).toHaveText(fixtures.read.title);
    // …and save another, then lose everything cached on the way (as after an update or eviction).
    await page.goto(`${server.url}/artikel/${fixtures.saved.slug}`);
    await page.getByRole('button', { name: 'Offline speichern' }).click();
    await expect(page.getByRole('button', { name: 'Offline gespeichert' })).toBeVisible();
    await expect
      .poll(() =>
        page.evaluate(async () => (await (await caches.open('lesezeit-daten')).keys()).length),
      )
      .toBeGreaterThanOrEqual(2);
    await page.evaluate(async (slug) => {
      const pages = await caches.open('lesezeit-seiten');
      const data = await caches.open('lesezeit-daten');
      await pages.delete(`/artikel/${slug}`);
      await data.delete(`/data/artikel/${slug}.json`);
    }, fixtures.saved.slug);

    await goOffline(context);
    await page.goto(`${server.url}/artikel/${fixtures.read.slug}#zitat-5`);
    await expect(h1(page)).toHaveText(fixtures.read.title);
    await expect.poll(() => inViewport(page, '#zitat-5')).toBe(true);
    await page.goto(`${server.url}/artikel/${fixtures.saved.slug}`);
    await expect(h1(page)).toHaveText(fixtures.saved.title);

    // The home page, and from it a read article by a link in the app.
    await page.goto(`${server.url}/`);
    await expect(page.getByRole('link', { name: fixtures.neither.title })).toBeVisible();
    // Exactly the title: the "Weiterlesen" card links the article too, with its minutes left,
    // once the reading position of the visit above was stored.
    await page.getByRole('link', { name: fixtures.read.title, exact: true }).click();
    await expect(h1(page)).toHaveText(fixtures.read.title);

    // One never read nor saved: the offline page lists what can be read, newest first.
    await page.goto(`${server.url}/artikel/${fixtures.neither.slug}`);
    await expect(h1(page)).toHaveText('Dieser Artikel ist nicht offline gespeichert');
    const readable = page.getByRole('region', { name: 'Offline lesbar' });
    await expect(readable.getByRole('link')).toHaveText([
      fixtures.saved.title,
      fixtures.read.title,
    ]);
    // Back online, it loads by itself.
    await context.setOffline(false);
    await expect(h1(page)).toHaveText(fixtures.neither.title);
  });

  test('a new deployment shows "Neue Version verfügbar"; "Neu laden" switches to it, and an old tab keeps working', async ({
    page,
    context,
    pageProblems,
  }) => {
    await page.goto(`${server.url}/`);
    await controlledByServiceWorker(page);
    await expect(page.getByRole('link', { name: fixtures.added.title })).toHaveCount(0);
    const oldTab = await context.newPage();
    oldTab.on('console', (m) => m.type() === 'error' && pageProblems.push(`old tab: ${m.text()}`));
    oldTab.on('pageerror', (e) => pageProblems.push(`old tab: ${e.message}`));
    await oldTab.goto(`${server.url}/artikel/${fixtures.read.slug}`);
    await expect(h1(oldTab)).toHaveText(fixtures.read.title);
    const oldScripts = await oldTab.evaluate(() =>
      Array.from(document.scripts, (s) => s.src).filter(Boolean),
    );

    server.deploy(path.join(work, 'v2'));
    // A visit checks for a new version: it installs and waits.
    await page.reload();
    const prompt = page.getByRole('status').filter({ hasText: 'Neue Version verfügbar' });
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    await expect(h1(page)).toHaveText('Neueste Artikel');
    await expect(page.getByRole('link', { name: fixtures.added.title })).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('pwa-update-prompt', 'phone') });

    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: 'Neu laden' }).click(),
    ]);
    await expect(page.getByRole('link', { name: fixtures.added.title })).toBeVisible();
    await expect(page.getByText('Neue Version verfügbar')).toHaveCount(0);

    // The old tab runs on: its scripts still load, and it reads on with the new version's data.
    for (const src of oldScripts) expect((await oldTab.request.get(src)).ok()).toBe(true);
    await oldTab.getByRole('link', { name: 'Lesezeit', exact: true }).click();
    await expect(h1(oldTab)).toHaveText('Neueste Artikel');
    await oldTab.getByRole('link', { name: fixtures.added.title }).click();
    await expect(h1(oldTab)).toHaveText(fixtures.added.title);
    // Its own prompt now only reloads.
    await Promise.all([
      oldTab.waitForEvent('load'),
      oldTab.getByRole('button', { name: 'Neu laden' }).click(),
    ]);
    await expect(h1(oldTab)).toHaveText(fixtures.added.title);
  });
});

test.describe('installation', () => {
  test.skip(({ isMobile }) => isMobile, 'runs once, in the desktop project');

  async function withProfile<T>(
    run: (context: BrowserContext, page: Page) => Promise<T>,
    options: { serviceWorkers?: 'block' } = {},
  ) {
    const dir = mkdtempSync(path.join(tmpdir(), 'lesezeit-profile-'));
    const context = await chromium.launchPersistentContext(dir, {
      ...chromiumLaunch,
      headless: true,
      locale: 'de-CH',
      ...options,
    });
    try {
      return await run(context, context.pages()[0] ?? (await context.newPage()));
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test('Chromium finds the app installable and "App installieren" offers it', async ({
    baseURL,
  }) => {
    await withProfile(async (context, page) => {
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      await page.goto(`${baseURL}/`);
      await controlledByServiceWorker(page);
      const cdp = await context.newCDPSession(page);
      expect(await cdp.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.errors).toEqual([]);

      const install = page.getByRole('button', { name: 'App installieren' });
      await expect(install).toBeVisible();
      expect(problems).toEqual([]);
    });
  });

  test('a broken manifest makes the same check fail', async ({ baseURL }) => {
    await withProfile(
      async (context, page) => {
        await page.route(/\/manifest\.webmanifest$/, (route) =>
          route.fulfill({
            contentType: 'application/manifest+json',
            body: JSON.stringify({ name: 'Lesezeit', start_url: '/', display: 'browser' }),
          }),
        );
        await page.goto(`${baseURL}/`);
        const cdp = await context.newCDPSession(page);
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
        expect(installabilityErrors.map((e) => e.errorId)).toEqual(
          expect.arrayContaining([
            'manifest-display-not-supported',
            'manifest-missing-suitable-icon',
          ]),
        );
      },
      { serviceWorkers: 'block' },
    );
  });

  test('the web manifest has every field, and every icon and screenshot it names is there at its size', async ({
    request,
  }) => {
    const response = await request.get('/manifest.webmanifest');
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    expect(response.headers()['cache-control']).toBe('no-cache');
    const manifest = await response.json();
    expect(manifest).toMatchObject({
      id: '/',
      name: 'Lesezeit',
      short_name: 'Lesezeit',
      description: expect.stringMatching(/\S/),
      lang: 'de-CH',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#fbfaf7',
      background_color: '#fbfaf7',
    });
    expect(JSON.stringify(manifest)).not.toContain('ß');

    type Image = {
      src: string;
      sizes: string;
      type: string;
      purpose?: string;
      form_factor?: string;
    };
    const checkImage = async (image: Image) => {
      const file = await request.get(new URL(image.src, 'http://host/').pathname);
      expect(file.ok(), image.src).toBe(true);
      expect(file.headers()['content-type']).toBe(image.type);
      const { width, height } = pngSize(await file.body());
      expect(`${width}x${height}`, image.src).toBe(image.sizes);
    };
    const icons = manifest.icons as Image[];
    for (const icon of icons) await checkImage(icon);
    const any = icons
      .filter((i) => (i.purpose ?? 'any').split(' ').includes('any'))
      .map((i) => i.sizes);
    expect(any).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.filter((i) => i.purpose === 'maskable').map((i) => i.sizes)).toContain('512x512');

    const screenshots = manifest.screenshots as Image[];
    expect(screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
    for (const screenshot of screenshots) await checkImage(screenshot);

    expect(manifest.shortcuts.map((s: { url: string }) => s.url)).toEqual(['/', '/gespeichert']);
    for (const shortcut of manifest.shortcuts as Array<{ icons: Image[] }>)
      for (const icon of shortcut.icons) await checkImage(icon);

    // The service worker is always revalidated, so a new version is found at once.
    expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
  });

  test('the pages carry the manifest, the icons and the iOS tags, and no render-blocking script for the service worker', async ({
    request,
  }) => {
    for (const url of ['/', referencePath]) {
      const html = await (await request.get(url)).text();
      expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
      expect(html).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon-180x180.png">');
      expect(html).toContain('<meta name="apple-mobile-web-app-capable" content="yes" />');
      expect(html).toContain('<meta name="apple-mobile-web-app-title" content="Lesezeit" />');
      expect(html).not.toMatch(/registerSW|workbox/);
      const scripts = Array.from(html.matchAll(/<script\b[^>]*\bsrc="[^"]*"[^>]*>/g), (m) => m[0]);
      expect(scripts.every((tag) => /type="module"/.test(tag))).toBe(true);
    }
    const apple = await request.get('/apple-touch-icon-180x180.png');
    expect(pngSize(await apple.body())).toEqual({ width: 180, height: 180 });
  });

  test('"App installieren" appears where the browser offers installation and is gone once used', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Gespeicherte Artikel' })).toBeVisible();
    const install = page.getByRole('button', { name: 'App installieren' });
    await expect(install).toHaveCount(0);
    await page.evaluate(() => {
      const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: async () => {
          (window as { prompted?: boolean }).prompted = true;
        },
      });
      window.dispatchEvent(event);
    });
    await install.click();
    await expect(install).toHaveCount(0);
    expect(await page.evaluate(() => (window as { prompted?: boolean }).prompted)).toBe(true);
  });
});
