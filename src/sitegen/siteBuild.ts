/**
 * `npm run build`: the whole site in one command, incremental and parallel.
 *
 *   parse → typecheck (beside the rest) → client bundle → data → prerender → share images
 *   (the search index beside these two) → service worker → compression → swap into place
 *
 * Every phase reuses what the previous build made from the same inputs (src/sitegen/buildCache.ts):
 * parsed articles by the bytes of their file and the parser's code, the client and server bundles
 * by the app's sources, config and lock file, pages by the bundle, their head and the data files
 * they read, share images by their card, compressed files by their bytes. The site is built in a
 * folder beside the output and swapped in at the end, so a failed build leaves the last good one.
 *   tsx src/sitegen/siteBuild.ts [--out dist] [--no-typecheck]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Tinypool from 'tinypool';
import { injectManifest } from 'workbox-build';
import {
  buildCollection,
  indexPages,
  parseSourceFile,
  type Collection,
  type ParsedFile,
  type SourceFile,
} from '../content/collection';
import type { Article } from '../content/model';
import {
  BuildCache,
  cacheFormat,
  defaultCacheDir,
  filesBelow,
  hashTree,
  isObjectRecord,
  lockCache,
  removeTree,
  sha256,
  type StoredObject,
} from './buildCache';
import { BuildProgress, formatMs, summaryLine, type PhaseRecord } from './buildProgress';
import { listenForLoadedWorkers, stopPool } from './poolShutdown';
import { collectionErrors, contentFiles, ContentError } from './contentPlugin';
import {
  dataPaths,
  notFoundProbePath,
  pageFile,
  pagePaths,
  searchIndexFolder,
  shareImagePath,
  siteFiles,
} from '../site/paths';
import { browsePages } from './browsePages';
import { articleHead, browseHead, homeHead, notFoundHead } from './pageHead';
import type { CompressResult, PageResult, PagesTask, PageTask } from './pageWorker';
import {
  entryScriptLast,
  inlineStylesheets,
  linkedStylesheets,
  routeStyles,
  stylesheetsLast,
} from './prerender';
import { limitPrecache, precacheLimit as precacheLimitOf, type PrecacheOptions } from './pwaPlugin';
import { ContentSetupError, readSeedFiles } from './readSeeds';
import { buildSearchIndex } from './searchIndex';
import { shareCardSvg } from './shareImage';
import { absoluteUrl, siteConfigFromEnv, type SiteConfig } from './siteConfig';

const here = path.dirname(fileURLToPath(import.meta.url));
/**
 * A pool's options for a worker module of this folder (workerEntry.mjs loads it). The workers run
 * the production bundle with React's production build: its development build renders the same
 * HTML at about twice the CPU per page (stack frames and prop checks on every element).
 */
function workerOptions(module: string) {
  return {
    filename: pathToFileURL(path.join(here, 'workerEntry.mjs')).href,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LESEZEIT_WORKER_MODULE: pathToFileURL(path.join(here, module)).href,
    },
  };
}

export type SiteBuildOptions = {
  root: string;
  outDir: string;
  env?: NodeJS.ProcessEnv;
  cacheDir?: string;
  typecheck?: boolean;
  progress?: BuildProgress;
};

export type SiteBuildResult = {
  articles: number;
  pages: number;
  ms: number;
  phases: PhaseRecord[];
  summary: string;
};

/** A problem that the build reports in a few plain lines, without a stack trace. */
export class SiteBuildError extends Error {
  override name = 'SiteBuildError';
}

// ---------------------------------------------------------------------------------------------
// Settings that decide what the compression phase writes (docs/decisions/0007-…).

/** Vite's folder of hashed assets, cached for good; the home page's file is the bundle's entry. */
const viteAssetsFolder = 'assets/';
const homePageFile = pageFile(pagePaths.home);

const compressible = /\.(html|js|mjs|css|json|svg|xml|txt|webmanifest)$/;
/**
 * The search's files that every first search fetches whole: Pagefind's two scripts, its
 * WebAssembly and its page list (`*.pf_meta`). The index writes the last two uncompressed
 * (searchIndex.ts), so Brotli 11 can do better than Pagefind's own gzip. The index chunks and
 * fragments keep Pagefind's gzip: each search fetches one or two of hundreds, and Brotli 11 on
 * every changed chunk would cost seconds per edit for a tenth of their size.
 */
const searchEntryFile = new RegExp(
  `^${searchIndexFolder}/(pagefind[\\w.-]*\\.js|[\\w.-]+\\.pf_meta|wasm\\.[\\w-]+\\.pagefind)$`,
);
const minimumCompressed = 256;

/**
 * Brotli quality and whether a gzip copy is written, per file of the site (measured with
 * `npm run bench:choices`, docs/decisions/0007-an-incremental-parallel-site-build.md): the few
 * long-lived assets and the service worker get Brotli's best quality and a gzip copy; the many
 * pages and data files quality 5, which compresses within a few percent of 11 at a fortieth of the
 * time, and no gzip copy (nginx compresses on the fly for the rare client without Brotli).
 */
export function compressionOf(file: string): { brotliQuality: number; gzip: boolean } {
  if (
    file.startsWith(viteAssetsFolder) ||
    file === siteFiles.serviceWorker ||
    searchEntryFile.test(file)
  )
    return { brotliQuality: 11, gzip: true };
  return { brotliQuality: 5, gzip: false };
}

/**
 * Outputs precompressed by the build. Of the search index only its entry files: the chunks and
 * fragments arrive gzipped from Pagefind.
 */
export function needsCompression(file: string, size: number): boolean {
  if (size < minimumCompressed) return false;
  if (file.startsWith(`${searchIndexFolder}/`)) return searchEntryFile.test(file);
  return compressible.test(file);
}

// ---------------------------------------------------------------------------------------------
// Indexes of the cache

type Generation = { used: number };
type ParseIndex = { parserKey: string; entries: Record<string, StoredObject & Generation> };
type PageEntry = { head: string; deps: Record<string, string>; object: StoredObject };
type PagesIndex = { rendererKey: string; entries: Record<string, PageEntry> };
type BundleRecord = {
  files: Record<string, StoredObject>;
  precache: PrecacheOptions;
};
type MetaIndex = { generation: number; typecheckKey: string | null; bundles: string[] };
type CompressedIndex = Record<string, { br: StoredObject; gz: StoredObject | null } & Generation>;
type ImagesIndex = Record<string, StoredObject & Generation>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isParseIndex = (v: unknown): v is ParseIndex =>
  isRecord(v) && typeof v.parserKey === 'string' && isObjectRecord(v.entries);
const isPagesIndex = (v: unknown): v is PagesIndex =>
  isRecord(v) && typeof v.rendererKey === 'string' && isRecord(v.entries);
const isMeta = (v: unknown): v is MetaIndex =>
  isRecord(v) && typeof v.generation === 'number' && Array.isArray(v.bundles);
const isCompressedIndex = (v: unknown): v is CompressedIndex =>
  isRecord(v) && Object.values(v).every((e) => isRecord(e) && isRecord(e.br));
const isBundleRecord = (v: unknown): v is BundleRecord =>
  isRecord(v) && isObjectRecord(v.files) && isRecord(v.precache);

/** Entries unused for this many builds leave the indexes (and their objects the cache). */
const keepGenerations = 20;

function prune<T extends Generation>(index: Record<string, T>, generation: number): void {
  for (const [key, entry] of Object.entries(index))
    if (generation - entry.used > keepGenerations) delete index[key];
}

// ---------------------------------------------------------------------------------------------
// Inputs

/** What the app bundle is built from: its sources, config, build code and the lock file. */
const bundleInputs = [
  'src',
  'index.html',
  'vite.config.ts',
  'public',
  'pwa-assets.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];
const bundleSitegenInputs = [
  'src/sitegen/cssNames.ts',
  'src/sitegen/pwaPlugin.ts',
  'src/sitegen/siteConfig.ts',
  'src/sitegen/contentPlugin.ts',
];
/** What the type check reads. */
const typecheckInputs = [
  'src',
  'tests',
  'build',
  'scripts',
  'vite.config.ts',
  'vitest.config.ts',
  'playwright.config.ts',
  'eslint.config.js',
  'tsconfig.json',
  'package-lock.json',
];

function packageVersion(root: string, name: string): string {
  try {
    const pkg = JSON.parse(
      readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'),
    ) as {
      version?: string;
    };
    return pkg.version ?? '?';
  } catch {
    return '?';
  }
}

type ChildRun = { code: number; output: string };

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ code: 127, output: output + String(error) }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

// ---------------------------------------------------------------------------------------------
// The build

export async function buildSite(options: SiteBuildOptions): Promise<SiteBuildResult> {
  const started = performance.now();
  const progress = options.progress ?? new BuildProgress();
  const cacheDir = options.cacheDir ?? defaultCacheDir(options.root);
  const unlock = await lockCache(cacheDir, () =>
    progress.note('Waiting for another build that uses the same cache …'),
  );
  try {
    return await buildWithCache(options, started, progress, cacheDir);
  } finally {
    unlock();
  }
}

async function buildWithCache(
  options: SiteBuildOptions,
  started: number,
  progress: BuildProgress,
  cacheDir: string,
): Promise<SiteBuildResult> {
  const root = options.root;
  const env = options.env ?? process.env;
  const outDir = path.resolve(root, options.outDir);
  const cache = BuildCache.open(cacheDir, (line) => progress.note(line));
  cache.linkPackages(root);
  const site = siteConfigFromEnv(env);
  const seeds = path.resolve(root, env.SEEDS_DIR ?? 'seeds');
  const shareImages = env.SHARE_IMAGES !== 'off';
  /** `PRERENDER=off`: the app rendered in the browser only (the benchmark's comparison). */
  const prerender = env.PRERENDER !== 'off';
  const precacheLimit = precacheLimitOf(env);

  const meta: MetaIndex = cache.readIndex('meta.json', isMeta) ?? {
    generation: 0,
    typecheckKey: null,
    bundles: [],
  };
  const generation = meta.generation + 1;

  const siteDir = `${outDir}-building`;
  removeTree(siteDir);
  mkdirSync(siteDir, { recursive: true });
  /** Every file of the new site by its path, with the object it is. */
  const outputs = new Map<string, StoredObject>();
  const place = (file: string, object: StoredObject) => {
    const target = path.join(siteDir, file);
    if (outputs.has(file)) unlinkSync(target);
    cache.link(object.hash, target);
    outputs.set(file, object);
  };

  const threads = Math.max(1, availableParallelism());
  listenForLoadedWorkers();
  const pool = new Tinypool({
    ...workerOptions('pageWorker.ts'),
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 1000,
  });

  let typecheck: Promise<ChildRun & { reused: boolean; ms: number }> | null = null;
  /** The search index phase, settled: a failed build waits for it, so no Pagefind outlives it. */
  let searchIndexSettled: Promise<unknown> = Promise.resolve();
  try {
    // Type check: beside everything else, and only when what it reads changed.
    if (options.typecheck !== false) {
      const key = sha256(cacheFormat, hashTree(root, typecheckInputs));
      if (meta.typecheckKey === key) {
        typecheck = Promise.resolve({ code: 0, output: '', reused: true, ms: 0 });
      } else {
        const t0 = performance.now();
        typecheck = run(
          process.execPath,
          [
            path.join(root, 'node_modules/typescript/bin/tsc'),
            '--noEmit',
            '--incremental',
            '--tsBuildInfoFile',
            path.join(cache.dir, 'typecheck.tsbuildinfo'),
            '-p',
            path.join(root, 'tsconfig.json'),
          ],
          root,
          env,
        ).then((result) => {
          if (result.code === 0) meta.typecheckKey = key;
          return { ...result, reused: false, ms: performance.now() - t0 };
        });
      }
    }

    const collection = await parsePhase(root, seeds, cache, pool, progress, generation);
    const bundle = await bundlePhase(root, env, site, cache, meta, progress);

    // Data: the JSON the app fetches, and the bundle's own files.
    const data = progress.phase('data', 0, 'files');
    for (const [file, object] of Object.entries(bundle.record.files))
      if (file !== homePageFile && file !== siteFiles.serviceWorker) place(file, object);
    const dataFiles = contentFiles(collection, precacheLimit);
    data.expect(dataFiles.size);
    const dataHashes = new Map<string, string>();
    for (const [file, text] of dataFiles) {
      const object = cache.put(text);
      place(file, object);
      dataHashes.set(file, object.hash);
      data.tick();
    }
    data.end();

    // The search index is Pagefind's own process, one core at most: it runs beside the
    // prerendering and the share images, which use the worker pools.
    const searchIndex = searchIndexPhase(root, collection, cache, progress, dataHashes, place);
    searchIndexSettled = searchIndex.catch(() => undefined);

    const pages = prerender
      ? await prerenderPhase(
          collection,
          bundle,
          site,
          cache,
          pool,
          progress,
          siteDir,
          dataHashes,
          place,
        )
      : clientOnly(bundle, place);

    if (shareImages) await shareImagesPhase(root, collection, cache, progress, generation, place);

    await searchIndex;

    const robots = `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(site, siteFiles.sitemap)}\n`;
    place(siteFiles.robots, cache.put(robots));
    place(siteFiles.sitemap, cache.put(sitemap(site, collection.articles)));

    await serviceWorkerPhase(bundle, collection, precacheLimit, cache, progress, siteDir, outputs);
    await compressionPhase(cache, pool, progress, generation, siteDir, outputs, place);

    if (typecheck) {
      const t = progress.phase('typecheck');
      const result = await typecheck;
      if (result.code !== 0) {
        throw new SiteBuildError(
          `The type check failed; the site was not replaced:\n${result.output.trim()}`,
        );
      }
      if (result.reused) t.reused(1);
      t.end(result.reused ? 'sources unchanged' : 'beside the other phases', 1, result.ms);
    }

    // Swap the new site in; the previous one goes only once the new one is in place.
    const previous = `${outDir}-previous`;
    removeTree(previous);
    if (statSync(outDir, { throwIfNoEntry: false })) renameSync(outDir, previous);
    renameSync(siteDir, outDir);
    removeTree(previous);

    meta.generation = generation;
    cache.writeIndex('meta.json', meta);
    cache.writeIndex(`outputs/${sha256(outDir).slice(0, 16)}.json`, {
      outDir: path.relative(root, outDir),
      files: Object.fromEntries(outputs),
    });
    collectGarbage(cache, root);

    const ms = performance.now() - started;
    const phases = progress.phases;
    const summary = summaryLine(collection.articles.length, pages, ms, phases);
    return { articles: collection.articles.length, pages, ms, phases, summary };
  } catch (error) {
    if (typecheck) await typecheck.catch(() => undefined);
    await searchIndexSettled;
    removeTree(siteDir);
    throw error;
  } finally {
    await stopPool(pool);
  }
}

function clientOnly(bundle: Bundle, place: (file: string, object: StoredObject) => void): number {
  const page = bundle.record.files[homePageFile];
  if (!page) throw new SiteBuildError('The client bundle has no index.html.');
  place(homePageFile, page);
  place(siteFiles.shell, page);
  return 0;
}

function sitemap(site: SiteConfig, articles: readonly Article[]): string {
  const locs = [
    absoluteUrl(site, pagePaths.home),
    ...browsePages(articles)
      .filter((p) => p.index)
      .map((p) => absoluteUrl(site, p.path)),
    ...articles.map((a) => absoluteUrl(site, pagePaths.article(a.slug))),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs
    .map((loc) => `  <url><loc>${loc}</loc></url>`)
    .join('\n')}\n</urlset>\n`;
}

/**
 * Sends `items` through a pool task in batches of `size`, all batches queued at once (the pool
 * runs as many as it has workers), and hands each item its result as its batch comes back.
 */
async function inBatches<T, R>(
  items: readonly T[],
  size: number,
  run: (batch: T[]) => Promise<unknown>,
  each: (item: T, result: R) => void,
  progress: { tick: (n: number) => void },
): Promise<void> {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  await Promise.all(
    batches.map(async (batch) => {
      const results = (await run(batch)) as R[];
      batch.forEach((item, i) => each(item, results[i] as R));
      progress.tick(batch.length);
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Parse

type StoredParse = {
  article: Article | null;
  errors: ParsedFile['report']['errors'];
  warnings: ParsedFile['report']['warnings'];
};

async function parsePhase(
  root: string,
  seeds: string,
  cache: BuildCache,
  pool: Tinypool,
  progress: BuildProgress,
  generation: number,
): Promise<Collection> {
  const phase = progress.phase('parse', 0, 'articles');
  const files = readSeedFiles(seeds);
  phase.expect(files.length);
  const parserKey = sha256(cacheFormat, hashTree(root, ['src/content']));
  const stored = cache.readIndex('parse.json', isParseIndex);
  const index: ParseIndex =
    stored && stored.parserKey === parserKey ? stored : { parserKey, entries: {} };
  const keyOf = (file: SourceFile) => sha256(path.basename(file.name), file.bytes);

  const parsed = new Map<string, ParsedFile>();
  const misses: SourceFile[] = [];
  for (const file of files) {
    const key = keyOf(file);
    const entry = index.entries[key];
    if (entry && cache.has(entry)) {
      try {
        const value = JSON.parse(cache.read(entry.hash).toString('utf8')) as StoredParse;
        parsed.set(file.name, {
          article: value.article,
          report: { file: file.name, errors: value.errors, warnings: value.warnings },
        });
        entry.used = generation;
        phase.reused(1);
        continue;
      } catch {
        // A damaged entry is parsed again.
      }
    }
    misses.push(file);
  }
  // Many new files: parse them in the pool, on every core.
  const store = (file: SourceFile, result: ParsedFile) => {
    const value: StoredParse = {
      article: result.article,
      errors: result.report.errors,
      warnings: result.report.warnings,
    };
    index.entries[keyOf(file)] = { ...cache.put(JSON.stringify(value)), used: generation };
    parsed.set(file.name, result);
  };
  if (misses.length > 50) {
    await inBatches(
      misses,
      25,
      (batch) =>
        pool.run(
          batch.map((f) => f.name),
          { name: 'parseFiles' },
        ),
      store,
      phase,
    );
  } else {
    for (const file of misses) store(file, parseSourceFile(file));
    phase.tick(misses.length);
  }

  const collection = buildCollection(
    files,
    (file) => parsed.get(file.name) ?? parseSourceFile(file),
  );
  prune(index.entries, generation);
  cache.writeIndex('parse.json', index);
  const problems = collectionErrors(collection, root);
  if (problems.length > 0) throw new ContentError(problems);
  phase.end();
  return collection;
}

// ---------------------------------------------------------------------------------------------
// Client and server bundle

type Bundle = { key: string; dir: string; record: BundleRecord };

async function bundlePhase(
  root: string,
  env: NodeJS.ProcessEnv,
  site: SiteConfig,
  cache: BuildCache,
  meta: MetaIndex,
  progress: BuildProgress,
): Promise<Bundle> {
  const phase = progress.phase('client bundle');
  const key = sha256(
    cacheFormat,
    // The site build's own code is not in the bundle, except what vite.config.ts imports.
    hashTree(root, bundleInputs, /^src\/sitegen\//),
    hashTree(root, bundleSitegenInputs),
    site.base,
  ).slice(0, 32);
  const dir = path.join(cache.dir, 'bundles', key);
  meta.bundles = [key, ...meta.bundles.filter((k) => k !== key)];
  for (const old of meta.bundles.splice(3)) removeTree(path.join(cache.dir, 'bundles', old));

  const recorded = cache.readIndex(`bundles/${key}/record.json`, isBundleRecord);
  if (
    recorded &&
    statSync(path.join(dir, 'ssr/entryServer.js'), { throwIfNoEntry: false }) &&
    Object.values(recorded.files).every((o) => cache.has(o))
  ) {
    phase.reused(1);
    phase.end('app sources unchanged', 1);
    return { key, dir, record: recorded };
  }

  removeTree(dir);
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const precacheFile = path.join(dir, 'precache.json');
  // Always a production bundle: the key does not include NODE_ENV, so neither may the bundle.
  const bundleEnv: NodeJS.ProcessEnv = {
    ...env,
    BASE_PATH: site.base,
    LESEZEIT_PRECACHE_OPTIONS: precacheFile,
  };
  delete bundleEnv.NODE_ENV;
  const ssr = await run(
    process.execPath,
    [
      vite,
      'build',
      '--ssr',
      'src/app/entryServer.tsx',
      '--outDir',
      path.join(dir, 'ssr'),
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    root,
    bundleEnv,
  );
  if (ssr.code !== 0) throw new SiteBuildError(`The server bundle failed:\n${ssr.output.trim()}`);
  const client = await run(
    process.execPath,
    [vite, 'build', '--outDir', path.join(dir, 'client'), '--emptyOutDir', '--logLevel', 'warn'],
    root,
    bundleEnv,
  );
  if (client.code !== 0)
    throw new SiteBuildError(`The client bundle failed:\n${client.output.trim()}`);

  const files: Record<string, StoredObject> = {};
  for (const file of filesBelow(path.join(dir, 'client')))
    files[file] = cache.put(readFileSync(path.join(dir, 'client', file)));
  const precache = JSON.parse(readFileSync(precacheFile, 'utf8')) as PrecacheOptions;
  const record: BundleRecord = { files, precache };
  cache.writeIndex(`bundles/${key}/record.json`, record);
  phase.end(null, 1);
  return { key, dir, record };
}

// ---------------------------------------------------------------------------------------------
// Prerender

async function prerenderPhase(
  collection: Collection,
  bundle: Bundle,
  site: SiteConfig,
  cache: BuildCache,
  pool: Tinypool,
  progress: BuildProgress,
  siteDir: string,
  dataHashes: ReadonlyMap<string, string>,
  place: (file: string, object: StoredObject) => void,
): Promise<number> {
  const clientDir = path.join(bundle.dir, 'client');
  const indexHtml = readFileSync(path.join(clientDir, homePageFile), 'utf8');
  // The shell renders any route in the browser: the whole stylesheet inline. A prerendered page
  // has the part its HTML needs inline and the whole stylesheet linked at the end of its body.
  const shell = entryScriptLast(inlineStylesheets(indexHtml, clientDir, site.base));
  const template = entryScriptLast(stylesheetsLast(indexHtml));
  const stylesheet = linkedStylesheets(indexHtml, clientDir, site.base);
  const rendererKey = sha256(
    bundle.key,
    template,
    stylesheet,
    JSON.stringify(site),
    hashTree(here, ['pageHead.ts', 'prerender.ts', 'pageWorker.ts', 'criticalCss.ts']),
  );
  const indexName = `pages-${sha256(site.base, site.origin).slice(0, 12)}.json`;
  const stored = cache.readIndex(indexName, isPagesIndex);
  const index: PagesIndex =
    stored && stored.rendererKey === rendererKey ? stored : { rendererKey, entries: {} };

  type Page = PageTask & { file: string };
  const pages: Page[] = [];
  for (const { page } of indexPages(collection.articles)) {
    const path = pagePaths.indexPage(page);
    pages.push({ path, file: pageFile(path), head: homeHead(site, page), status: 200 });
  }
  for (const page of browsePages(collection.articles)) {
    const head = browseHead(site, page) + routeStyles(clientDir, page.routeModule);
    pages.push({ path: page.path, file: pageFile(page.path), head, status: 200 });
  }
  for (const article of collection.articles) {
    const path = pagePaths.article(article.slug);
    pages.push({ path, file: pageFile(path), head: articleHead(article, site), status: 200 });
  }
  pages.push({
    path: notFoundProbePath,
    file: siteFiles.notFound,
    head: notFoundHead(),
    status: 404,
  });

  const phase = progress.phase('prerender', pages.length + 1, 'pages');
  place(siteFiles.shell, cache.put(shell));
  phase.tick();

  const entries: Record<string, PageEntry> = {};
  const misses: Page[] = [];
  for (const page of pages) {
    const entry = index.entries[page.file];
    const head = sha256(page.head);
    if (
      entry &&
      entry.head === head &&
      Object.entries(entry.deps).every(
        ([file, hash]) => (dataHashes.get(file) ?? 'missing') === hash,
      ) &&
      cache.has(entry.object)
    ) {
      place(page.file, entry.object);
      entries[page.file] = entry;
      phase.reused(1);
    } else misses.push(page);
  }

  await inBatches<Page, PageResult>(
    misses,
    Math.max(1, Math.min(40, Math.ceil(misses.length / 16))),
    (batch) => {
      const task: PagesTask = {
        ssrEntry: path.join(bundle.dir, 'ssr/entryServer.js'),
        template,
        stylesheet,
        siteDir,
        cacheDir: cache.dir,
        origin: site.origin,
        base: site.base,
        pages: batch.map(({ path: p, head, status }) => ({ path: p, head, status })),
      };
      return pool.run(task, { name: 'renderPages' });
    },
    (page, result) => {
      place(page.file, result.object);
      entries[page.file] = {
        head: sha256(page.head),
        deps: Object.fromEntries(result.deps.map((d) => [d, dataHashes.get(d) ?? 'missing'])),
        object: result.object,
      };
    },
    phase,
  );
  cache.writeIndex(indexName, { rendererKey, entries });
  phase.end();
  return pages.length + 1;
}

// ---------------------------------------------------------------------------------------------
// Share images

/** Share cards per worker process; a fresh process for each batch bounds resvg's memory. */
const shareImageBatch = 100;

async function shareImagesPhase(
  root: string,
  collection: Collection,
  cache: BuildCache,
  progress: BuildProgress,
  generation: number,
  place: (file: string, object: StoredObject) => void,
): Promise<void> {
  const phase = progress.phase('share images', collection.articles.length, 'images');
  const rendererKey = sha256(
    cacheFormat,
    hashTree(root, [
      'src/sitegen/shareImage.ts',
      'src/sitegen/palettePng.ts',
      'src/sitegen/shareImageWorker.ts',
    ]),
    packageVersion(root, '@resvg/resvg-js'),
    packageVersion(root, '@expo-google-fonts/source-serif-4'),
  );
  const index: ImagesIndex =
    (cache.readIndex('images.json', isObjectRecord) as ImagesIndex | null) ?? {};
  const misses: Array<{ file: string; key: string; svg: string }> = [];
  for (const article of collection.articles) {
    const svg = shareCardSvg(article);
    const key = sha256(rendererKey, svg);
    const file = shareImagePath(article.slug);
    const entry = index[key];
    if (entry && cache.has(entry)) {
      entry.used = generation;
      place(file, entry);
      phase.reused(1);
    } else misses.push({ file, key, svg });
  }
  if (misses.length > 0) {
    const pool = new Tinypool({
      ...workerOptions('shareImageWorker.ts'),
      runtime: 'child_process',
      isolateWorkers: true,
      minThreads: 0,
      maxThreads: Math.max(1, availableParallelism()),
    });
    try {
      await inBatches<(typeof misses)[number], StoredObject>(
        misses,
        shareImageBatch,
        (batch) =>
          pool.run(
            { cacheDir: cache.dir, svgs: batch.map((m) => m.svg) },
            { name: 'renderShareImages' },
          ),
        (miss, object) => {
          index[miss.key] = { ...object, used: generation };
          place(miss.file, object);
        },
        phase,
      );
    } finally {
      await pool.destroy();
    }
  }
  prune(index, generation);
  cache.writeIndex('images.json', index);
  phase.end();
}

// ---------------------------------------------------------------------------------------------
// Search index

type SearchRecord = { key: string; files: Record<string, StoredObject> };
const isSearchRecord = (v: unknown): v is SearchRecord =>
  isRecord(v) && typeof v.key === 'string' && isObjectRecord(v.files);

/**
 * Pagefind's index of every article (searchIndex.ts). It depends on all the articles at
 * once, so it is made again when any article's data changed and reused otherwise; Pagefind
 * names its files by their content, so a new index still changes only the files that differ.
 */
async function searchIndexPhase(
  root: string,
  collection: Collection,
  cache: BuildCache,
  progress: BuildProgress,
  dataHashes: ReadonlyMap<string, string>,
  place: (file: string, object: StoredObject) => void,
): Promise<void> {
  const phase = progress.phase('search index', collection.articles.length, 'articles');
  const key = sha256(
    cacheFormat,
    hashTree(root, ['src/sitegen/searchIndex.ts', 'src/content', 'src/site']),
    packageVersion(root, 'pagefind'),
    ...collection.articles.map(
      (a) => `${a.slug}:${dataHashes.get(dataPaths.article(a.slug)) ?? ''}`,
    ),
  );
  const stored = cache.readIndex('search.json', isSearchRecord);
  let files: Record<string, StoredObject>;
  if (stored && stored.key === key && Object.values(stored.files).every((o) => cache.has(o))) {
    files = stored.files;
    phase.reused(collection.articles.length);
  } else {
    files = {};
    for (const file of (await buildSearchIndex(collection.articles)).files)
      files[file.path] = cache.put(file.bytes);
    cache.writeIndex('search.json', { key, files });
    phase.tick(collection.articles.length);
  }
  for (const [file, object] of Object.entries(files)) place(`${searchIndexFolder}/${file}`, object);
  phase.end(`${Object.keys(files).length} files, beside the prerendering`);
}

// ---------------------------------------------------------------------------------------------
// Service worker

async function serviceWorkerPhase(
  bundle: Bundle,
  collection: Collection,
  limit: number,
  cache: BuildCache,
  progress: BuildProgress,
  siteDir: string,
  outputs: Map<string, StoredObject>,
): Promise<void> {
  const phase = progress.phase('service worker');
  const options = bundle.record.precache;
  const overLimit = collection.articles.length > limit;
  await injectManifest({
    swSrc: path.join(bundle.dir, 'client/sw.js'),
    swDest: path.join(siteDir, siteFiles.serviceWorker),
    globDirectory: siteDir,
    globPatterns: options.globPatterns,
    // Above the limit no article is precached: do not even read them.
    globIgnores: [
      ...options.globIgnores,
      ...(overLimit
        ? [
            pagePaths.article('x'),
            pagePaths.indexPage(2),
            dataPaths.article('x'),
            `${searchIndexFolder}/x`,
          ].map((p) => `${p.slice(0, p.lastIndexOf('/'))}/**`)
        : []),
    ],
    maximumFileSizeToCacheInBytes: options.maximumFileSizeToCacheInBytes,
    dontCacheBustURLsMatching: new RegExp(options.dontCacheBustURLsMatching),
    additionalManifestEntries: options.additionalManifestEntries,
    manifestTransforms: [(entries) => ({ manifest: limitPrecache(entries, limit), warnings: [] })],
  });
  const swFile = path.join(siteDir, siteFiles.serviceWorker);
  const sw = readFileSync(swFile);
  unlinkSync(swFile);
  const object = cache.put(sw);
  cache.link(object.hash, swFile);
  outputs.set(siteFiles.serviceWorker, object);
  phase.end(null, 1);
}

// ---------------------------------------------------------------------------------------------
// Compression

async function compressionPhase(
  cache: BuildCache,
  pool: Tinypool,
  progress: BuildProgress,
  generation: number,
  siteDir: string,
  outputs: Map<string, StoredObject>,
  place: (file: string, object: StoredObject) => void,
): Promise<void> {
  const index: CompressedIndex = cache.readIndex('compressed.json', isCompressedIndex) ?? {};
  const todo = [...outputs].filter(([file, object]) => needsCompression(file, object.size));
  const phase = progress.phase('compression', todo.length, 'files');
  const misses: Array<{ file: string; key: string; brotliQuality: number; gzip: boolean }> = [];
  const placeCompressed = (file: string, result: CompressResult) => {
    place(`${file}.br`, result.br);
    if (result.gz) place(`${file}.gz`, result.gz);
  };
  for (const [file, object] of todo) {
    const settings = compressionOf(file);
    const key = `${object.hash}:${settings.brotliQuality}:${settings.gzip ? 'gz' : ''}`;
    const entry = index[key];
    if (entry && cache.has(entry.br) && (!entry.gz || cache.has(entry.gz))) {
      entry.used = generation;
      placeCompressed(file, entry);
      phase.reused(1);
    } else misses.push({ file, key, ...settings });
  }
  await inBatches<(typeof misses)[number], CompressResult>(
    misses,
    40,
    (batch) =>
      pool.run(
        {
          cacheDir: cache.dir,
          files: batch.map((m) => ({
            file: path.join(siteDir, m.file),
            brotliQuality: m.brotliQuality,
            gzip: m.gzip,
          })),
        },
        { name: 'compressFiles' },
      ),
    (miss, result) => {
      index[miss.key] = { ...result, used: generation };
      placeCompressed(miss.file, result);
    },
    phase,
  );
  prune(index, generation);
  cache.writeIndex('compressed.json', index);
  phase.end();
}

// ---------------------------------------------------------------------------------------------
// Garbage

/** Objects that no index and no recorded output refers to any more leave the cache. */
function collectGarbage(cache: BuildCache, root: string): void {
  const live = new Set<string>();
  const add = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(add);
    else if (isRecord(value)) {
      if (typeof value.hash === 'string' && typeof value.size === 'number') live.add(value.hash);
      else Object.values(value).forEach(add);
    }
  };
  const read = (file: string) => {
    try {
      add(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      // A damaged index keeps nothing alive.
    }
  };
  for (const name of ['parse.json', 'images.json', 'compressed.json'])
    read(path.join(cache.dir, name));
  for (const dir of [cache.dir, path.join(cache.dir, 'outputs')]) {
    const stat = statSync(dir, { throwIfNoEntry: false });
    if (!stat) continue;
    for (const file of filesBelow(dir).filter(
      (f) => !f.includes('/') && /^pages-.*\.json$|^[0-9a-f]{16}\.json$/.test(f),
    ))
      read(path.join(dir, file));
  }
  for (const file of filesBelow(path.join(cache.dir, 'outputs'))) {
    // Outputs of folders that are gone (a test's temporary build) keep nothing alive.
    try {
      const record = JSON.parse(readFileSync(path.join(cache.dir, 'outputs', file), 'utf8')) as {
        outDir?: string;
      };
      if (!record.outDir || !statSync(path.resolve(root, record.outDir), { throwIfNoEntry: false }))
        unlinkSync(path.join(cache.dir, 'outputs', file));
    } catch {
      unlinkSync(path.join(cache.dir, 'outputs', file));
    }
  }
  const bundles = path.join(cache.dir, 'bundles');
  if (statSync(bundles, { throwIfNoEntry: false }))
    for (const file of filesBelow(bundles).filter((f) => f.endsWith('record.json')))
      read(path.join(bundles, file));
  cache.collectGarbage(live);
}

// ---------------------------------------------------------------------------------------------
// Command line

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'dist' },
      'cache-dir': { type: 'string' },
      /** Writes the figures of the build as JSON (the benchmarks read them). */
      report: { type: 'string' },
      'no-typecheck': { type: 'boolean', default: false },
    },
  });
  const progress = new BuildProgress();
  try {
    const result = await buildSite({
      root: process.cwd(),
      outDir: values.out ?? 'dist',
      ...(values['cache-dir'] ? { cacheDir: path.resolve(values['cache-dir']) } : {}),
      typecheck: !values['no-typecheck'],
      progress,
    });
    console.log(result.summary);
    if (values.report) writeFileSync(values.report, JSON.stringify(result, null, 2));
    return 0;
  } catch (error) {
    if (
      error instanceof ContentError ||
      error instanceof SiteBuildError ||
      error instanceof ContentSetupError
    ) {
      console.error(`\n${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  main().then(
    (code) => {
      if (code !== 0) console.error(`build failed after ${formatMs(performance.now() - t0)}`);
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
