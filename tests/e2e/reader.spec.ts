import { expect, referencePath, screenshotPath, test } from './fixtures';

test.describe('the reader', () => {
  test('home → article → summary toggle → back', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const link = page.getByRole('link', { name: /US-Präsident Trump zusammen mit Selenskyj/ });
    await link.click();
    await expect(page).toHaveURL(referencePath);
    const title = page.getByRole('heading', {
      level: 1,
      name: 'US-Präsident Trump zusammen mit Selenskyj beim Treffen in Rom',
    });
    await expect(title).toBeVisible();
    await expect(title).toBeFocused();
    await expect(page).toHaveTitle(/US-Präsident Trump zusammen mit Selenskyj beim Treffen in Rom/);

    const summary = page.getByRole('region', {
      name: /Keine Zeit\? blue News fasst für dich zusammen/,
    });
    await expect(summary.getByText('Ein Bild zeigt die Staatsmänner')).toBeHidden();
    await summary.getByRole('button', { name: 'Mehr anzeigen' }).click();
    await expect(summary.getByText('Ein Bild zeigt die Staatsmänner')).toBeVisible();
    await summary.getByRole('button', { name: 'Weniger anzeigen' }).click();
    await expect(summary.getByText('Ein Bild zeigt die Staatsmänner')).toBeHidden();

    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(
      page.getByRole('link', { name: /US-Präsident Trump zusammen mit Selenskyj/ }),
    ).toBeVisible();
  });

  test('back restores the scroll position of the previous page', async ({ page }) => {
    await page.goto(referencePath);
    await page.getByRole('link', { name: 'Lesezeit' }).first().click();
    await expect(page).toHaveURL('/');
    await page.getByRole('link', { name: /US-Präsident Trump zusammen mit Selenskyj/ }).click();
    await expect(page).toHaveURL(referencePath);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Scroll to a set depth; on a busy machine a scroll that came before the page had settled
    // may be undone by the navigation's scroll to the top, so scroll again. (Wheel turns that
    // added up to a depth the lazily laid-out body had not reached yet made this flaky.)
    await expect(async () => {
      await page.evaluate(() => window.scrollTo(0, 1500));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1400);
    }).toPass();
    const scrolled = await page.evaluate(() => window.scrollY);
    // Follow the link where the reader is, without scrolling up to it first as click() would.
    await page.getByRole('link', { name: 'Lesezeit' }).first().dispatchEvent('click');
    await expect(page).toHaveURL('/');
    await page.goBack();
    await expect(page).toHaveURL(referencePath);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 50);
  });

  test('the article shows date, caption with credit, lead, body and highlighted quotes', async ({
    page,
  }) => {
    await page.goto(referencePath);
    const article = page.getByRole('article');
    await expect(article.locator('time')).toHaveText('April 2025');
    await expect(article.locator('time')).toHaveAttribute('datetime', '2025-04');
    await expect(article.getByText('3 Min. Lesezeit')).toBeVisible();
    await expect(article.locator('figcaption')).toContainText(
      'US-Präsident Trump zusammen mit Selenskyj beim Treffen in Rom.',
    );
    await expect(article.locator('figcaption')).toContainText('Bild: AFP');
    await expect(
      article.getByText(/^Das Treffen von US-Präsident Trump mit dem ukrainischen/),
    ).toBeVisible();
    await expect(
      article.getByRole('heading', {
        level: 2,
        name: 'Bericht spekuliert über Gebietsabtretungen',
      }),
    ).toHaveAttribute('id', 'bericht-spekuliert-ueber-gebietsabtretungen');
    const speech = article.locator('mark#zitat-5');
    await expect(speech).toContainText('«Die Krim wird bei Russland bleiben»');
    await expect(article.locator('#zitat-3')).toHaveText('«New York Times»');
    await expect(article.locator('mark#zitat-3')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Zitate' })).toBeVisible();
  });

  test('a reload on an article URL shows the article', async ({ page }) => {
    await page.goto(referencePath);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'US-Präsident Trump zusammen mit Selenskyj beim Treffen in Rom',
    );
  });

  test('an unknown URL gives the 404 page with status 404 and a way home', async ({ page }) => {
    const response = await page.goto('/gibt-es-nicht');
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Zur Startseite' }).click();
    await expect(page).toHaveURL('/');
  });

  test('an unknown article slug gives the 404 page', async ({ page }) => {
    const response = await page.goto('/artikel/gibt-es-nicht');
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }),
    ).toBeVisible();
  });

  test('the summary toggle works with the keyboard alone', async ({ page }) => {
    await page.goto(referencePath);
    const toggle = page.getByRole('button', { name: 'Mehr anzeigen' });
    for (
      let i = 0;
      i < 40 && !(await toggle.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    const expanded = page.getByRole('button', { name: 'Weniger anzeigen' });
    await expect(expanded).toHaveAttribute('aria-expanded', 'true');
    await expect(expanded).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Mehr anzeigen' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  test('the first link of the page skips to the content', async ({ page }) => {
    await page.goto(referencePath);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`screenshots of home and article, ${theme}`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.screenshot({
        path: screenshotPath(`home-${theme}`, testInfo.project.name),
        fullPage: true,
      });
      await page.goto(referencePath);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.screenshot({ path: screenshotPath(`article-${theme}`, testInfo.project.name) });
      // Sections off screen are skipped until the reader scrolls near them (content-visibility);
      // a capture of the whole page has to draw them all at once.
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      await page.screenshot({
        path: screenshotPath(`article-full-${theme}`, testInfo.project.name),
        fullPage: true,
      });
    });
  }
});
