/**
 * `npm run bench:scale`: how the build and a page view grow with the collection.
 *
 * For 100, 1,000 and 10,000 generated articles (scripts/generateArticles.ts): builds the app
 * (as `npm run build:app` does, into dist-scale-<n>/), and prints build time, time per article,
 * output size, what the home page and an article page transfer (Lighthouse's requests in
 * Debian's Chromium, bytes as nginx sends them) and the service worker's precache. Checks that
 * the home page loads one page of the index, an article page only its own data, and that the
 * precache does not grow with the collection. Reports figures; never fails because of timings.
 *   tsx scripts/benchScale.ts [--sizes 100,1000,10000] [--share-images auto|on|off] [--keep]
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runLighthouse } from './support/lighthouse';
import { serveOnFreePort } from './support/nginx';
import { buildApp, buildEnv, requireTools, stopAll } from './support/processes';
import { projectRoot as root } from './support/project';
import {
  kb,
  loadWarning,
  logDir,
  logFile,
  machineLoad,
  mb,
  runMain,
  seconds,
  table,
  writeResults,
} from './support/report';
import {
  precacheOf,
  transferOf,
  treeSize,
  type Precache,
  type Transfer,
  type Tree,
} from './support/transfer';
import { measureSearch, searchReport, type SearchFigures } from './benchSearch';
import { generateArticles } from './generateArticles';
import { dataPaths, pagePaths, parseDataPath, pathBelow, under } from '../src/site/paths';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    'share-images': { type: 'string', default: 'auto' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = (values.sizes ?? '')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const shareImagesOption = values['share-images'] ?? 'auto';
/** Above this projected time, `auto` builds without share images (and says so). */
const shareImageLimitMs = 6 * 60 * 1000;
/** …and above this projected peak memory of the build. */
const memoryLimit = totalmem() * 0.6;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;

type PageView = { path: string; transfer: Transfer; dataRequests: string[] };

type SizeResult = {
  articles: number;
  shareImages: boolean;
  shareImagesNote: string | null;
  buildMs: number;
  peakRss: number;
  ssrMs: number;
  clientMs: number;
  prerenderMs: number | null;
  output: Tree;
  home: PageView | { error: string };
  article: PageView | { error: string };
  precache: Precache | null;
  search: SearchFigures | { error: string };
  checks: Array<{ check: string; ok: boolean; detail: string }>;
};

async function pageView(origin: string, pagePath: string): Promise<PageView> {
  const url = origin + pagePath;
  const lhr = await runLighthouse(url, 'network-only');
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const transfer = await transferOf(lhr, url);
  return {
    path: pagePath,
    transfer,
    dataRequests: transfer.requests
      .filter((r) => r.type === 'data' && !r.byWorker)
      .map((r) => r.url),
  };
}

function firstArticleSlug(dist: string): string {
  const first = dataPaths.indexPage(1);
  const page = JSON.parse(readFileSync(path.join(dist, first), 'utf8')) as {
    items?: Array<{ slug?: unknown }>;
  };
  const slug = page.items?.[0]?.slug;
  if (typeof slug !== 'string') throw new Error(`${first} lists no article`);
  return slug;
}

function checksFor(
  n: number,
  home: SizeResult['home'],
  article: SizeResult['article'],
  slug: string,
  precache: Precache | null,
): SizeResult['checks'] {
  const checks: SizeResult['checks'] = [];
  if ('transfer' in home) {
    const isIndex = (u: string) => parseDataPath(pathBelow('/', u) ?? '')?.kind === 'index';
    const index = home.dataRequests.filter(isIndex);
    const other = home.dataRequests.filter((u) => !isIndex(u));
    checks.push({
      check: 'home page loads at most one page of the index',
      ok: index.length <= 1 && other.length === 0,
      detail: home.dataRequests.length
        ? home.dataRequests.join(', ')
        : 'no data requests (data in the HTML)',
    });
  }
  if ('transfer' in article) {
    const foreign = article.dataRequests.filter((u) => u !== under('/', dataPaths.article(slug)));
    checks.push({
      check: 'article page loads its own data only',
      ok: foreign.length === 0,
      detail: article.dataRequests.length
        ? article.dataRequests.join(', ')
        : 'no data requests (data in the HTML)',
    });
  }
  if (precache) {
    const articles = Math.max(precache.articlePages, precache.articleData);
    checks.push({
      check: 'service worker does not precache the collection',
      ok: n < 1000 || articles < n / 2,
      detail: `${precache.entries} entries, ${precache.articlePages} article pages, ${precache.articleData} article data files`,
    });
  }
  return checks;
}

const loads: Array<ReturnType<typeof machineLoad>> = [];

async function measureSize(n: number, previous: SizeResult | undefined): Promise<SizeResult> {
  let shareImages = shareImagesOption !== 'off';
  let shareImagesNote: string | null =
    shareImagesOption === 'off' ? 'share images off (--share-images off)' : null;
  if (shareImagesOption === 'auto' && previous?.shareImages && previous.prerenderMs !== null) {
    // Project this size from the last one: the time to prerender and the build's peak memory.
    const scale = n / previous.articles;
    const time = previous.prerenderMs * scale;
    const memory = previous.peakRss * scale;
    const reasons = [
      time > shareImageLimitMs ? `take about ${seconds(time)}` : null,
      memory > memoryLimit
        ? `need about ${gb(memory)} of memory (this machine has ${gb(totalmem())})`
        : null,
    ].filter(Boolean);
    if (reasons.length > 0) {
      shareImages = false;
      shareImagesNote = `built with SHARE_IMAGES=off: with share images the build would ${reasons.join(' and ')}, projected from ${previous.articles.toLocaleString('en-US')} articles`;
    }
  }

  const seeds = path.join(tmpdir(), `lesezeit-scale-seeds-${n}`);
  rmSync(seeds, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  for (const { name, text } of generateArticles(n)) writeFileSync(path.join(seeds, name), text);
  const dist = path.join(root, `dist-scale-${n}`);

  console.log(
    `\n${n.toLocaleString('en-US')} articles: building${shareImages ? '' : ' (SHARE_IMAGES=off)'} …`,
  );
  if (shareImagesNote) console.log(`  ${shareImagesNote}`);
  loads.push(machineLoad());
  const built = await buildApp(
    dist,
    buildEnv({ SEEDS_DIR: seeds, SHARE_IMAGES: shareImages ? undefined : 'off' }),
    logDir,
    `scale-${n}`,
  );
  rmSync(seeds, { recursive: true, force: true });
  if (!built.ok)
    throw new Error(`The build of ${n} articles failed; see ${path.relative(root, built.log)}`);
  console.log(
    `  built in ${seconds(built.ms)} (prerender ${built.prerenderMs === null ? 'n/a' : seconds(built.prerenderMs)}, peak memory ${mb(built.peakRss)})`,
  );

  const output = treeSize(dist);
  const precache = precacheOf(dist);
  const slug = firstArticleSlug(dist);
  const server = await serveOnFreePort({ dist }, logFile(`scale-nginx-${n}`));
  const view = async (pagePath: string) => {
    try {
      return await pageView(server.origin, pagePath);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
  loads.push(machineLoad());
  const home = await view(under('/', pagePaths.home));
  const article = await view(under('/', pagePaths.article(slug)));
  const search = await measureSearch(server.origin, dist, readFileSync(built.log, 'utf8')).catch(
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  );
  await stopAll();
  if (!values.keep) rmSync(dist, { recursive: true, force: true });

  return {
    articles: n,
    shareImages,
    shareImagesNote,
    buildMs: built.ms,
    peakRss: built.peakRss,
    ssrMs: built.ssrMs,
    clientMs: built.clientMs,
    prerenderMs: built.prerenderMs,
    output,
    home,
    article,
    precache,
    search,
    checks: checksFor(n, home, article, slug, precache),
  };
}

function viewCells(view: SizeResult['home']): string[] {
  if (!('transfer' in view)) return ['failed', '', '', '', '', '', '', ''];
  const t = view.transfer;
  return [
    kb(t.total.compressed),
    kb(t.byType.HTML.compressed),
    kb(t.byType.CSS.compressed),
    kb(t.byType.JS.compressed),
    kb(t.byType.JS.gzip),
    kb(t.byType.data.compressed),
    kb(t.byType.other.compressed),
    String(t.total.count),
  ];
}

async function main(): Promise<number> {
  const missing = requireTools();
  if (missing) {
    console.error(missing);
    return 1;
  }
  if (sizes.length === 0) {
    console.error('No sizes: use e.g. --sizes 100,1000,10000');
    return 2;
  }
  const results: SizeResult[] = [];
  for (const n of sizes) results.push(await measureSize(n, results[results.length - 1]));

  const name = (r: SizeResult) =>
    `${r.articles.toLocaleString('en-US')}${r.shareImages ? '' : ' *'}`;
  console.log('\nBuild (server bundle + client build + prerender)\n');
  console.log(
    table(
      [
        'articles',
        'build',
        'per article',
        'prerender',
        'peak memory',
        'files',
        'output',
        'pages',
        'data',
        'og images',
        'assets',
      ],
      results.map((r) => [
        name(r),
        seconds(r.buildMs),
        `${(r.buildMs / r.articles).toFixed(1)} ms`,
        r.prerenderMs === null ? 'n/a' : seconds(r.prerenderMs),
        r.peakRss ? mb(r.peakRss) : 'n/a',
        r.output.files.toLocaleString('en-US'),
        mb(r.output.bytes),
        mb(
          (r.output.byFolder.artikel?.bytes ?? 0) +
            (r.output.byFolder.seite?.bytes ?? 0) +
            (r.output.byFolder['*.html']?.bytes ?? 0),
        ),
        mb(r.output.byFolder.data?.bytes ?? 0),
        mb(r.output.byFolder.og?.bytes ?? 0),
        mb(r.output.byFolder.assets?.bytes ?? 0),
      ]),
    ),
  );
  for (const r of results)
    if (r.shareImagesNote) console.log(`* ${r.articles}: ${r.shareImagesNote}`);

  for (const [label, key] of [
    ['Home page /', 'home'],
    ['Article page (newest article)', 'article'],
  ] as const) {
    console.log(
      `\n${label}: first visit, bytes as nginx sends them to a browser (brotli where the build wrote .br files, else gzip)\n`,
    );
    console.log(
      table(
        ['articles', 'total', 'HTML', 'CSS', 'JS', 'JS gzip', 'data', 'other', 'requests'],
        results.map((r) => [name(r), ...viewCells(r[key])]),
      ),
    );
    for (const r of results) {
      const view = r[key];
      if ('error' in view) console.log(`  ${r.articles}: Lighthouse failed: ${view.error}`);
    }
  }

  console.log('\nService worker precache (sum of the listed files)\n');
  console.log(
    table(
      ['articles', 'entries', 'size', 'as sent', 'article pages', 'article data'],
      results.map((r) =>
        r.precache
          ? [
              name(r),
              String(r.precache.entries),
              kb(r.precache.raw),
              kb(r.precache.compressed),
              String(r.precache.articlePages),
              String(r.precache.articleData),
            ]
          : [name(r), 'n/a (no service worker yet)', '', '', '', ''],
      ),
    ),
  );
  for (const r of results)
    if (r.precache?.missing.length)
      console.log(
        `  ${r.articles}: listed but not in the build: ${r.precache.missing.slice(0, 5).join(', ')}`,
      );

  console.log('\nSearch (scripts/benchSearch.ts)\n');
  for (const r of results) {
    const lines = 'error' in r.search ? [`failed: ${r.search.error}`] : searchReport(r.search);
    for (const line of lines) console.log(`  ${r.articles.toLocaleString('en-US')}: ${line}`);
  }

  console.log('\nChecks');
  for (const r of results) {
    for (const c of r.checks)
      console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${r.articles}: ${c.check} — ${c.detail}`);
  }
  const warning = loadWarning(loads);
  if (warning) console.log(`\n${warning}`);
  const file = writeResults('bench-scale', {
    date: new Date().toISOString(),
    loadAverages: loads.map((l) => l.load),
    sizes: results,
  });
  console.log(`\nFigures written to ${file}.`);
  return 0;
}

void runMain(main);
