/**
 * Takes the web manifest's screenshots (public/screenshots/narrow.png, 390×844, and wide.png,
 * 1280×800) of the real app in Debian's Chromium: a site built from seeds/ plus a few test
 * fixtures, served by nginx with the shipped configuration. Needs `npm run build:app` first (for
 * the server bundle). Run it again when the look of the app changes:
 *   npx tsx scripts/pwaScreenshots.ts
 */
import { chromium } from '@playwright/test';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { pagePaths, under } from '../src/site/paths';
import { chromiumLaunch } from './support/chromium';
import { serveSwappable } from './support/nginx';
import { projectRoot } from './support/project';
import { buildSite, seedsWith } from './support/sites';

const work = path.join(projectRoot, 'test-results/pwa-screenshots');
const out = path.join(projectRoot, 'public/screenshots');
const shots = [
  {
    name: 'narrow',
    width: 390,
    height: 844,
    path: under(
      '/',
      pagePaths.article('us-praesident-trump-zusammen-mit-selenskyj-beim-treffen-in-rom'),
    ),
  },
  { name: 'wide', width: 1280, height: 800, path: under('/', pagePaths.home) },
];

const seeds = seedsWith(path.join(work, 'seeds'), [
  'no-summary.txt',
  'german-quotes.txt',
  'question-heading.txt',
  'one-item-summary.txt',
]);
await buildSite(path.join(work, 'dist'), { SEEDS_DIR: seeds });
const server = await serveSwappable(
  path.join(work, 'site'),
  Number(process.env.PORT ?? 4176),
  path.join(work, 'dist'),
);
const browser = await chromium.launch(chromiumLaunch);
try {
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
      locale: 'de-CH',
      colorScheme: 'light',
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
    });
    await page.goto(server.url + shot.path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const png = await page.screenshot();
    // A palette of 256 colours: the calm page loses nothing visible and the file a lot.
    const file = path.join(out, `${shot.name}.png`);
    writeFileSync(
      file,
      await sharp(png).png({ palette: true, colours: 256, effort: 10 }).toBuffer(),
    );
    console.log(
      `${path.relative(projectRoot, file)}: ${shot.width}×${shot.height}, ${Math.round(statSync(file).size / 1024)} KB`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
