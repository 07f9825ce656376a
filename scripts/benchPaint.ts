/**
 * `npm run bench:paint`: what the article's first paint costs the renderer, against the bare page.
 *
 * Loads the reference article from the last `npm run bench` build (dist-bench/ and
 * dist-bench-bare/, served with the shipped nginx config) in a fresh Chromium each time, with the
 * CPU slowed 4× as Lighthouse's mobile preset does and no network throttling, and reads the
 * browser's trace up to the first contentful paint: time spent on HTML parsing, style, layout and
 * paint, and how many fonts the renderer had to look up. Then lists the faces (family, size,
 * weight, style) on the first screen. Reports figures only; never fails because the machine is
 * slow.
 *   tsx scripts/benchPaint.ts [--runs 9]
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { pagePaths, parsePageFile, under } from '../src/site/paths';
import { chromiumLaunch } from './support/chromium';
import { serveOnFreePort } from './support/nginx';
import { projectRoot as root } from './support/project';
import { loadWarning, logFile, machineLoad, median, runMain, table } from './support/report';

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number };
type Sample = Record<Measure, number>;
type Measure = 'toFcp' | 'parse' | 'style' | 'layout' | 'paint' | 'fontLookups' | 'fontStrikes';

const measures: { key: Measure; label: string; unit: 'ms' | '' }[] = [
  { key: 'toFcp', label: 'parse start → FCP', unit: 'ms' },
  { key: 'parse', label: 'HTML parsing', unit: 'ms' },
  { key: 'style', label: 'style', unit: 'ms' },
  { key: 'layout', label: 'layout', unit: 'ms' },
  { key: 'paint', label: 'paint', unit: 'ms' },
  { key: 'fontLookups', label: 'font lookups', unit: '' },
  { key: 'fontStrikes', label: 'font sizes set up', unit: '' },
];

const phone = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true };

/** A phone-sized page that loads no module script: it is not part of the first paint. */
async function phonePage(browser: Browser) {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  return { context, page };
}

async function sample(browser: Browser, url: string): Promise<Sample> {
  const { context, page } = await phonePage(browser);
  // Let the new renderer settle before the measured navigation.
  await page.goto('about:blank');
  await page.waitForTimeout(300);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'loading', 'fonts'] });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length);
  const events = (
    JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
  ).traceEvents;
  await context.close();
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  if (!fcp) throw new Error(`The trace of ${url} has no first contentful paint.`);
  const before = events.filter((e) => e.pid === fcp.pid && e.ts <= fcp.ts);
  const sum = (name: string) =>
    before.filter((e) => e.name === name && e.ph === 'X').reduce((t, e) => t + (e.dur ?? 0), 0) /
    1000;
  const count = (name: string) => before.filter((e) => e.name === name).length;
  const parseStart = Math.min(...before.filter((e) => e.name === 'ParseHTML').map((e) => e.ts));
  return {
    toFcp: (fcp.ts - parseStart) / 1000,
    parse: sum('ParseHTML'),
    style: sum('UpdateLayoutTree'),
    layout: sum('Layout'),
    paint: sum('Paint'),
    fontLookups: count('FontCache::GetFontPlatformData'),
    fontStrikes: count('WebSandboxSupportLinux::GetWebFontRenderStyleForStrike'),
  };
}

async function facesOnFirstScreen(browser: Browser, url: string): Promise<string[]> {
  const { context, page } = await phonePage(browser);
  await page.goto(url);
  const faces = await page.evaluate(() => {
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      if (!element.checkVisibility({ contentVisibilityAuto: true })) continue;
      if (element.getBoundingClientRect().top > innerHeight) continue;
      const s = getComputedStyle(element);
      const family = s.fontFamily.split(',')[0]!.replace(/"/g, '');
      found.add(
        `${family} ${s.fontSize} ${s.fontWeight}${s.fontStyle === 'italic' ? ' italic' : ''}`,
      );
    }
    return [...found];
  });
  await context.close();
  return faces;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' } } });
  const runs = Math.max(1, Number(values.runs));
  const dirs = { app: path.join(root, 'dist-bench'), bare: path.join(root, 'dist-bench-bare') };
  const article = existsSync(dirs.bare)
    ? readdirSync(dirs.bare, { recursive: true, encoding: 'utf8' })
        .map((file) => parsePageFile(file.split(path.sep).join('/')))
        .find((page) => page?.kind === 'article')
    : undefined;
  if (article?.kind !== 'article') {
    console.error('No benchmark build found: run `npm run bench` first (it builds dist-bench/).');
    return 1;
  }
  const pagePath = under('/', pagePaths.article(article.slug));
  const urls = {
    article: (await serveOnFreePort({ dist: dirs.app }, logFile('paint-app'))).origin + pagePath,
    bare: (await serveOnFreePort({ dist: dirs.bare }, logFile('paint-bare'))).origin + pagePath,
  };
  const results: Record<keyof typeof urls, Sample[]> = { article: [], bare: [] };
  console.log(`${pagePath}: ${runs} cold loads each, CPU 4× slower, interleaved …`);
  // Sampled before the runs: the browsers started below load the machine themselves.
  const load = [machineLoad()];
  for (let run = 0; run < runs; run++) {
    for (const name of run % 2 ? (['bare', 'article'] as const) : (['article', 'bare'] as const)) {
      const browser = await chromium.launch(chromiumLaunch);
      try {
        results[name].push(await sample(browser, urls[name]));
      } finally {
        await browser.close();
      }
    }
  }
  const cell = (name: keyof typeof urls, m: (typeof measures)[number]) =>
    `${Math.round(median(results[name].map((s) => s[m.key])))}${m.unit ? ` ${m.unit}` : ''}`;
  console.log(
    '\n' +
      table(
        ['medians', 'article', 'bare page'],
        measures.map((m) => [m.label, cell('article', m), cell('bare', m)]),
      ),
  );
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const faces = await facesOnFirstScreen(browser, urls.article);
    console.log(`\nFaces on the article's first phone screen (${faces.length}):`);
    for (const face of faces) console.log(`  ${face}`);
  } finally {
    await browser.close();
  }
  const warning = loadWarning(load);
  if (warning) console.log(`\n${warning}`);
  return 0;
}

await runMain(main);
