import { e2ePort } from '../../playwright.config';
import { expect, referencePath, test } from './fixtures';

/** The origin the browser tests load the site from (E2E_PORT, 4174 by default). */
const origin = `http://127.0.0.1:${e2ePort}`;

const inViewport = (selector: string) => (page: import('@playwright/test').Page) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });

test.describe('deep links', () => {
  test('#zusammenfassung opens the article with the summary expanded', async ({ page }) => {
    await page.goto(`${referencePath}#zusammenfassung`);
    const summary = page.getByRole('region', { name: /Keine Zeit\?/ });
    await expect(summary.getByRole('button', { name: 'Weniger anzeigen' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(summary.getByText('Ein Bild zeigt die Staatsmänner')).toBeVisible();
    await expect.poll(() => inViewport('#zusammenfassung')(page)).toBe(true);
  });

  test('a link to a quote scrolls to it, marks it, and the router leaves the scroll alone', async ({
    page,
  }) => {
    await page.goto(`${referencePath}#zitat-7`);
    const quote = page.locator('#zitat-7');
    await expect(quote).toContainText('Wir wollen unbedingt');
    await expect.poll(() => inViewport('#zitat-7')(page)).toBe(true);
    // Still there once the app has hydrated and settled.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(await inViewport('#zitat-7')(page)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    expect(await quote.evaluate((el) => el.matches(':target'))).toBe(true);
    const background = await quote.evaluate((el) => getComputedStyle(el).animationName);
    expect(background).not.toBe('none');
  });

  test('a link to a subheading lands on it', async ({ page }) => {
    await page.goto(`${referencePath}#bericht-spekuliert-ueber-gebietsabtretungen`);
    await page.waitForLoadState('networkidle');
    await expect
      .poll(() => inViewport('#bericht-spekuliert-ueber-gebietsabtretungen')(page))
      .toBe(true);
  });

  test('a text fragment link keeps working', async ({ page }) => {
    await page.goto(`${referencePath}#:~:text=Flugabwehrsysteme%20des%20Typs`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const visible = await page
      .getByText(/Zudem drängte er auf die Lieferung weiterer Flugabwehrsysteme/)
      .evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const r = Array.from(range.getClientRects()).find((rect) => rect.height > 0);
        return !!r && r.top < window.innerHeight && r.bottom > 0;
      });
    expect(visible).toBe(true);
  });

  test('the Zitate list links to the quote in the text', async ({ page }) => {
    await page.goto(referencePath);
    await page
      .getByRole('region', { name: 'Zitate' })
      .getByRole('link', { name: /Die Krim wird bei Russland bleiben/ })
      .click();
    await expect(page).toHaveURL(`${referencePath}#zitat-5`);
    await expect.poll(() => inViewport('#zitat-5')(page)).toBe(true);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the article is readable, summary items included', async ({ page }) => {
    await page.goto(referencePath);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'US-Präsident Trump zusammen mit Selenskyj beim Treffen in Rom',
    );
    await expect(
      page.getByText('Selbst dort, wo es europäische Truppen gibt').first(),
    ).toBeVisible();
    // Every summary item is shown, and controls that need JavaScript are not.
    await expect(page.getByText('Ein Bild zeigt die Staatsmänner')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mehr anzeigen' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Teilen', exact: true })).toBeHidden();
    await expect(page.locator('#zitat-10')).toBeVisible();
    await expect(
      page.getByRole('heading', {
        level: 2,
        name: 'Selenskyj drängt weiter auf Sicherheitsgarantien der USA',
      }),
    ).toBeVisible();
  });

  test('home lists the articles and links work', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /US-Präsident Trump zusammen mit Selenskyj/ }).click();
    await expect(page).toHaveURL(referencePath);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('sharing', () => {
  test('"Teilen" uses the Web Share API where the browser has it', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shared: unknown[] };
      w.shared = [];
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: unknown) => void w.shared.push(data),
      });
      Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => true });
    });
    await page.goto(referencePath);
    await page.getByRole('article').getByRole('button', { name: 'Teilen', exact: true }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared);
    expect(shared).toEqual([
      {
        title: 'US-Präsident Trump zusammen mit Selenskyj beim Treffen in Rom',
        text: expect.stringMatching(/^Das Treffen von US-Präsident Trump/),
        url: `${origin}${referencePath}`,
      },
    ]);
    await expect(page.getByText('Link kopiert')).toHaveCount(0);

    await page.getByRole('button', { name: 'Zitat von Trump teilen' }).click();
    const quote = await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared[1]);
    expect(quote).toEqual({
      title: 'US-Präsident Trump zusammen mit Selenskyj beim Treffen in Rom',
      text: '«Die Krim wird bei Russland bleiben» – Trump',
      url: `${origin}${referencePath}#zitat-5`,
    });
  });

  test('without Web Share, "Teilen" copies the link and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    });
    await page.goto(referencePath);
    await page.getByRole('article').getByRole('button', { name: 'Teilen', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link kopiert' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${origin}${referencePath}`,
    );
  });

  test('"Link kopieren" on a subheading and a quote copies its deep link', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(referencePath);
    await page.getByRole('button', { name: 'Link zu diesem Abschnitt kopieren' }).nth(1).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${origin}${referencePath}#bericht-spekuliert-ueber-gebietsabtretungen`,
    );
    await page
      .getByRole('button', { name: 'Link zum Zitat von Selenskyj kopieren' })
      .first()
      .click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${origin}${referencePath}#zitat-6`,
    );
    await expect(
      page.getByRole('status').filter({ hasText: 'Link kopiert' }).first(),
    ).toBeVisible();
  });
});
