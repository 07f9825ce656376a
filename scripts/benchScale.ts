/**
 * `npm run bench:scale`: how the build and a page view grow with the collection.
 *
 * For 100, 1,000 and 10,000 generated articles (scripts/generateArticles.ts): builds the site
 * (as `npm run build:app` does, into dist-scale-<n>/) with an empty cache, then again after one
 * article's text changed and after one article was added, and prints the time of each build and
 * each phase, peak memory (all processes of the build), output size and how many files of the
 * site each rebuild changed; then what the home page and an article page transfer (Lighthouse's
 * requests in Debian's Chromium, bytes as nginx sends them) and the service worker's precache.
 * Checks that the home page loads one page of the index, an article page only its own data, and
 * that the precache does not grow with the collection. Reports figures; never fails on timings.
 *   tsx scripts/benchScale.ts [--sizes 100,1000,10000] [--share-images on|off] [--no-views] [--keep]
 */
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runLighthouse } from './support/lighthouse';
import { serveOnFreePort } from './support/nginx';
import { buildApp, buildEnv, requireTools, stopAll, type BuildResult } from './support/processes';
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
    'share-images': { type: 'string', default: 'on' },
    'no-views': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = (values.sizes ?? '')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const shareImages = values['share-images'] !== 'off';

type PageView = { path: string; transfer: Transfer; dataRequests: string[] };

/** One build of a size: its figures and how many files of the site it changed. */
type Rebuild = { build: BuildResult; changed: number; added: number; removed: number };

type SizeResult = {
  articles: number;
  shareImages: boolean;
  cold: BuildResult;
  edited: Rebuild;
  addedArticle: Rebuild;
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

/** The SHA-1 of every file of a built site, by path. */
function hashes(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else
        files.set(
          rel,
          createHash('sha1')
            .update(readFileSync(path.join(dir, rel)))
            .digest('hex'),
        );
    }
  };
  walk('');
  return files;
}

function compare(before: Map<string, string>, after: Map<string, string>) {
  let changed = 0;
  let added = 0;
  for (const [file, hash] of after) {
    const old = before.get(file);
    if (old === undefined) added++;
    else if (old !== hash) changed++;
  }
  const removed = [...before.keys()].filter((f) => !after.has(f)).length;
  return { changed, added, removed };
}

async function measureSize(n: number): Promise<SizeResult> {
  const seeds = path.join(tmpdir(), `lesezeit-scale-seeds-${n}`);
  rmSync(seeds, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  const generated = generateArticles(n + 1);
  const extra = generated.pop();
  if (!extra) throw new Error('no article generated');
  for (const { name, text } of generated) writeFileSync(path.join(seeds, name), text);
  const dist = path.join(root, `dist-scale-${n}`);
  const cacheDir = mkdtempSync(path.join(tmpdir(), `lesezeit-scale-cache-${n}-`));
  const env = buildEnv({ SEEDS_DIR: seeds, SHARE_IMAGES: shareImages ? undefined : 'off' });
  const build = async (label: string) => {
    loads.push(machineLoad());
    const built = await buildApp(dist, env, logDir, `scale-${n}-${label}`, { cacheDir });
    if (!built.ok)
      throw new Error(
        `The ${label} build of ${n} articles failed; see ${path.relative(root, built.log)}`,
      );
    console.log(`  ${label}: ${built.summary}`);
    console.log(`    ${seconds(built.ms)} in all, peak memory ${mb(built.peakRss)}`);
    return built;
  };

  console.log(
    `\n${n.toLocaleString('en-US')} articles${shareImages ? '' : ' (SHARE_IMAGES=off)'}:`,
  );
  rmSync(dist, { recursive: true, force: true });
  const cold = await build('cold');
  const output = treeSize(dist);

  // One article's text changes: a sentence at the end of its body.
  const before = hashes(dist);
  const names = generated.map((g) => g.name).sort();
  const target = path.join(seeds, names[Math.floor(names.length / 2)] ?? '');
  appendFileSync(target, '\n\nDer Gemeinderat will im Frühling noch einmal darüber beraten.\n');
  const editBuild = await build('one article edited');
  const afterEdit = hashes(dist);
  const edited = { build: editBuild, ...compare(before, afterEdit) };
  console.log(
    `    files changed: ${edited.changed}, added ${edited.added}, removed ${edited.removed}`,
  );

  // One article is added.
  writeFileSync(path.join(seeds, extra.name), extra.text);
  const addBuild = await build('one article added');
  const addedArticle = { build: addBuild, ...compare(afterEdit, hashes(dist)) };
  console.log(
    `    files changed: ${addedArticle.changed}, added ${addedArticle.added}, removed ${addedArticle.removed}`,
  );
  rmSync(seeds, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });

  const precache = precacheOf(dist);
  const slug = firstArticleSlug(dist);
  let home: SizeResult['home'] = { error: 'not measured (--no-views)' };
  let article: SizeResult['article'] = { error: 'not measured (--no-views)' };
  let search: SizeResult['search'] = { error: 'not measured (--no-views)' };
  if (!values['no-views']) {
    const server = await serveOnFreePort({ dist }, logFile(`scale-nginx-${n}`));
    const view = async (pagePath: string) => {
      try {
        return await pageView(server.origin, pagePath);
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    };
    loads.push(machineLoad());
    home = await view(under('/', pagePaths.home));
    article = await view(under('/', pagePaths.article(slug)));
    search = await measureSearch(server.origin, dist).catch((error: unknown) => ({
      error: error instanceof Error ? error.message : String(error),
    }));
    await stopAll();
  }
  if (!values.keep) rmSync(dist, { recursive: true, force: true });

  return {
    articles: n,
    shareImages,
    cold,
    edited,
    addedArticle,
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
  for (const n of sizes) results.push(await measureSize(n));

  const name = (r: SizeResult) =>
    `${r.articles.toLocaleString('en-US')}${r.shareImages ? '' : ' *'}`;
  const phaseNames = [...new Set(results.flatMap((r) => r.cold.phases.map((p) => p.name)))];
  const phaseCell = (b: BuildResult, phase: string) => {
    const p = b.phases.find((x) => x.name === phase);
    return p ? seconds(p.ms) : '–';
  };
  console.log(
    "\nBuilds: with an empty cache (cold), after one article's text changed, after one article was added\n",
  );
  console.log(
    table(
      ['articles', 'build', 'time', 'peak memory', 'files changed', ...phaseNames],
      results.flatMap((r) =>
        (
          [
            ['cold', r.cold, null],
            ['one edited', r.edited.build, r.edited],
            ['one added', r.addedArticle.build, r.addedArticle],
          ] as const
        ).map(([label, b, change]) => [
          name(r),
          label,
          seconds(b.ms),
          b.peakRss ? mb(b.peakRss) : 'n/a',
          change ? `${change.changed + change.added + change.removed}` : '',
          ...phaseNames.map((p) => phaseCell(b, p)),
        ]),
      ),
    ),
  );
  console.log('\nOutput of the cold build\n');
  console.log(
    table(
      ['articles', 'files', 'output', 'pages', 'data', 'og images', 'assets'],
      results.map((r) => [
        name(r),
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
    if (!r.shareImages) console.log(`* ${r.articles}: built with SHARE_IMAGES=off`);

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
