import AxeBuilder from '@axe-core/playwright';
import { expect, referencePath, test } from './fixtures';

const pages = [
  ['home', '/'],
  ['article', referencePath],
  ['article with the summary open', `${referencePath}#zusammenfassung`],
  ['404', '/gibt-es-nicht'],
] as const;

for (const theme of ['light', 'dark'] as const) {
  for (const [name, url] of pages) {
    test(`axe finds no violations: ${name}, ${theme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
}
