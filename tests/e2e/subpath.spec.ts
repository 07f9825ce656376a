import { expect, referenceSlug, test } from './fixtures';

/**
 * The same site built with BASE_PATH=/lesezeit/ (npm run build:subpath) and served by the shipped
 * nginx configuration under that path, as on a shared host. Paths here are relative to the base.
 */
const article = `artikel/${referenceSlug}`;

test.describe('under a sub-path', () => {
  test('home, article and every request stay under the base path', async ({ page, baseURL }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === new URL(baseURL!).origin && !url.pathname.startsWith('/lesezeit/'))
        outside.push(url.pathname);
    });
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Neueste Artikel' })).toBeVisible();
    await page
      .getByRole('link', { name: /US-Präsident Trump zusammen mit Selenskyj/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/lesezeit/${article}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /Selenskyj beim Treffen in Rom/,
    );
    await page.getByRole('link', { name: 'Lesezeit' }).first().click();
    await expect(page).toHaveURL(/\/lesezeit\/$/);
    expect(outside).toEqual([]);
  });

  test('a deep link to the summary survives a reload', async ({ page }) => {
    await page.goto(`${article}#zusammenfassung`);
    const summary = page.getByRole('region', { name: /Keine Zeit\?/ });
    await expect(summary.getByRole('button', { name: 'Weniger anzeigen' })).toBeVisible();
    await page.reload();
    await expect(summary.getByRole('button', { name: 'Weniger anzeigen' })).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`/lesezeit/${article}$`),
    );
  });

  test("an unknown page answers 404 with the app's own page", async ({ page }) => {
    const response = await page.goto('gibt-es-nicht');
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }),
    ).toBeVisible();
  });

  test('the service worker controls the base path only', async ({ page }) => {
    await page.goto('./');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/lesezeit/');
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
      return (await fetch(href)).json() as Promise<{ start_url: string; scope: string }>;
    });
    expect(manifest.scope).toBe('/lesezeit/');
    expect(manifest.start_url.startsWith('/lesezeit/')).toBe(true);
  });
});
