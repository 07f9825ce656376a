/**
 * What the two benchmarks share: building, serving a folder with the shipped nginx configuration
 * on a loopback port, Lighthouse runs in Debian's Chromium, the bytes a page view transfers, the
 * service worker's precache, and plain-text tables. Every process started here runs in its own
 * process group and is stopped when the benchmark ends, also on an error or Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result as LighthouseResult } from 'lighthouse';
import { chromiumLaunch } from '../playwright.config';
import { parseDataPath, parsePageFile } from '../src/site/paths';

export const root = path.resolve(import.meta.dirname, '..');
export const resultsDir = path.join(root, 'bench-results');
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

// ---------------------------------------------------------------------------------------------
// Processes

const running = new Set<ChildProcess>();

function stopGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops every server this process started: SIGTERM, then SIGKILL for whatever is left. */
export async function stopAll(): Promise<void> {
  const children = [...running];
  for (const child of children) stopGroup(child, 'SIGTERM');
  const deadline = Date.now() + 5000;
  while (
    children.some((c) => c.exitCode === null && c.signalCode === null) &&
    Date.now() < deadline
  )
    await sleep(100);
  for (const child of children) stopGroup(child, 'SIGKILL');
  running.clear();
}

process.on('exit', () => {
  for (const child of running) stopGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The resident memory of every process in a process group right now (Linux), so a command's
 * workers and child processes count too.
 */
function groupRss(pgid: number | undefined): number {
  if (pgid === undefined) return 0;
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name: state, ppid, pgrp, …
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      total += match ? Number(match[1]) * 1024 : 0;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

/** Runs a command to its end, its output into a log file; resolves with the exit code and time. */
export function runLogged(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; log: string },
): Promise<{ code: number; ms: number; output: string; peakRss: number }> {
  mkdirSync(path.dirname(options.log), { recursive: true });
  const log = createWriteStream(options.log);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(child);
    // The peak resident memory of the command and its children, sampled until it ends.
    let peakRss = 0;
    const sample = setInterval(() => {
      peakRss = Math.max(peakRss, groupRss(child.pid));
    }, 250);
    let output = '';
    const collect = (chunk: Buffer) => {
      log.write(chunk);
      output += chunk.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const done = (code: number) => {
      clearInterval(sample);
      running.delete(child);
      log.end();
      resolve({ code, ms: performance.now() - started, output, peakRss });
    };
    child.on('error', (error) => {
      output += String(error);
      done(127);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

/** The environment for a build: the caller's, minus the switches a benchmark sets itself. */
export function buildEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.SEEDS_DIR;
  delete env.PRERENDER;
  delete env.SHARE_IMAGES;
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  return env;
}

/** A phase of the site build as its report gives it (build/buildProgress.ts). */
export type BuildPhase = { name: string; ms: number; count: number; reused: number; unit: string };

export type BuildResult = {
  ok: boolean;
  /** Peak resident memory of the build, all its processes together, in bytes (0 where unknown). */
  peakRss: number;
  ms: number;
  phases: BuildPhase[];
  summary: string;
  log: string;
};

/**
 * What `npm run build:app` does (`tsx src/sitegen/siteBuild.ts`), into `outDir` so that the benchmark
 * never touches `dist/`, with its own cache folder when given (an empty one for a cold build).
 */
export async function buildApp(
  outDir: string,
  env: NodeJS.ProcessEnv,
  logName: string,
  options: { cacheDir?: string } = {},
): Promise<BuildResult> {
  const log = path.join(resultsDir, 'logs', `${logName}.log`);
  const report = path.join(resultsDir, 'logs', `${logName}.json`);
  rmSync(report, { force: true });
  const built = await runLogged(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/sitegen/siteBuild.ts',
      '--no-typecheck',
      '--out',
      outDir,
      '--report',
      report,
      ...(options.cacheDir ? ['--cache-dir', options.cacheDir] : []),
    ],
    { env, log },
  );
  const figures = existsSync(report)
    ? (JSON.parse(readFileSync(report, 'utf8')) as { phases: BuildPhase[]; summary: string })
    : { phases: [], summary: '' };
  return { ok: built.code === 0, peakRss: built.peakRss, ms: built.ms, ...figures, log };
}

/** The time of one phase of a build, or null when it did not run. */
export function phaseMs(build: BuildResult, name: string): number | null {
  return build.phases.find((p) => p.name === name)?.ms ?? null;
}

// ---------------------------------------------------------------------------------------------
// Servers

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server for ${url} exited with code ${child.exitCode}`);
    try {
      await httpGet(url, null);
      return;
    } catch {
      await sleep(150);
    }
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

export type Server = { origin: string; dist: string };

function startProcess(
  command: string,
  args: string[],
  origin: string,
  dist: string,
  logName: string,
): Promise<Server> {
  mkdirSync(path.join(resultsDir, 'logs'), { recursive: true });
  const log = createWriteStream(path.join(resultsDir, 'logs', `${logName}.log`));
  const child = spawn(command, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.on('exit', () => running.delete(child));
  return waitForHttp(`${origin}/`, child).then(() => ({ origin, dist }));
}

/** Serves a folder with deploy/nginx.conf, through the browser tests' own launcher. */
export async function serveWithShippedConfig(dist: string, logName: string): Promise<Server> {
  const port = await freePort();
  return startProcess(
    bin('tsx'),
    ['tests/e2e/nginxServer.ts', '--port', String(port), '--dist', dist],
    `http://127.0.0.1:${port}`,
    dist,
    logName,
  );
}

/**
 * Serves a client-only build as a plain single-page app: deploy/nginx.conf, except that every
 * unknown path gets the app's empty page (shell.html, else index.html) instead of a 404.
 */
export async function serveAsSinglePageApp(dist: string, logName: string): Promise<Server> {
  const port = await freePort();
  const prefix = mkdtempSync(path.join(tmpdir(), 'lesezeit-bench-nginx-'));
  const shell = existsSync(path.join(dist, 'shell.html')) ? '/shell.html' : '/index.html';
  const template = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');
  // Paths with a file extension (robots.txt, a missing chunk) still get a 404, as on most hosts.
  const fallback = template.replace(
    /location \/ \{\s*try_files \$uri \$uri\.html \$uri\/index\.html =404;\s*\}/,
    `location / {\n            try_files $uri $uri/index.html ${shell};\n        }\n        location ~ \\.[A-Za-z0-9]+$ {\n            try_files $uri =404;\n        }`,
  );
  if (fallback === template)
    throw new Error(
      'deploy/nginx.conf has no `location / { try_files … =404; }` to turn into an SPA fallback',
    );
  const config = fallback
    .replaceAll('__ROOT__', dist)
    .replaceAll('__PORT__', String(port))
    .replaceAll('__PREFIX__', prefix)
    .replaceAll('__BASE__', '/');
  const configFile = path.join(prefix, 'nginx.conf');
  writeFileSync(configFile, config);
  return startProcess(
    'nginx',
    ['-p', prefix, '-c', configFile, '-e', 'stderr', '-g', 'daemon off;'],
    `http://127.0.0.1:${port}`,
    dist,
    logName,
  );
}

// ---------------------------------------------------------------------------------------------
// HTTP

export type Fetched = {
  status: number;
  encoding: string | null;
  wire: number;
  body: Buffer;
  contentType: string;
};

/** What Chromium asks for over plain HTTP to a loopback address. */
export const browserEncodings = 'gzip, deflate, br';

function decode(wire: Buffer, encoding: string | null): Buffer {
  if (encoding === 'gzip') return gunzipSync(wire);
  if (encoding === 'br') return brotliDecompressSync(wire);
  if (encoding === 'deflate') return inflateSync(wire);
  return wire;
}

/**
 * GET over loopback with the given Accept-Encoding (a browser's by default); `wire` counts the
 * body bytes as sent, `body` is the decoded content.
 */
export function httpGet(
  url: string,
  acceptEncoding: string | null = browserEncodings,
): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}, timeout: 15_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const wire = Buffer.concat(chunks);
          const encoding = response.headers['content-encoding'] ?? null;
          try {
            resolve({
              status: response.statusCode ?? 0,
              encoding,
              wire: wire.length,
              body: decode(wire, encoding),
              contentType: response.headers['content-type'] ?? '',
            });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`timeout for ${url}`)));
    request.on('error', reject);
  });
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

/** The same Chromium flags as the browser tests, headless for Lighthouse. */
const chromeFlags = ['--headless=new', ...chromiumLaunch.args];

export type LighthouseMode = 'devtools' | 'network-only';

/**
 * One Lighthouse run in a fresh Chromium: mobile, devtools throttling, the four categories; or,
 * for `network-only`, just the network requests of a page view without throttling.
 */
export async function runLighthouse(url: string, mode: LighthouseMode): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: 'silent' });
  try {
    const settings =
      mode === 'devtools'
        ? {
            formFactor: 'mobile' as const,
            throttlingMethod: 'devtools' as const,
            disableFullPageScreenshot: true,
          }
        : {
            formFactor: 'mobile' as const,
            throttlingMethod: 'provided' as const,
            onlyAudits: ['network-requests'],
            disableFullPageScreenshot: true,
          };
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error' },
      { extends: 'lighthouse:default', settings },
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

export type PageMetrics = {
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
};

export function metricsOf(lhr: LighthouseResult): PageMetrics {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const score = (id: string) => lhr.categories[id]?.score ?? null;
  return {
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}

type DetailsItem = Record<string, unknown>;

export function auditItems(lhr: LighthouseResult, id: string): DetailsItem[] {
  const details = lhr.audits[id]?.details as { items?: unknown[] } | undefined;
  return (details?.items ?? []).filter(
    (i): i is DetailsItem => typeof i === 'object' && i !== null,
  );
}

/** Audits that cost points (weighted, score below 1), by category: what to look at first. */
export function failingAudits(
  lhr: LighthouseResult,
): Array<{ category: string; id: string; score: number; title: string; value: string }> {
  const out: Array<{ category: string; id: string; score: number; title: string; value: string }> =
    [];
  for (const [category, { auditRefs }] of Object.entries(lhr.categories)) {
    for (const ref of auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      out.push({
        category,
        id: ref.id,
        score: audit.score,
        title: audit.title,
        value: audit.displayValue ?? '',
      });
    }
  }
  return out;
}

/** The URLs Lighthouse flags as render-blocking, from the insight or the classic audit. */
export function renderBlocking(lhr: LighthouseResult): string[] {
  const urls = [
    ...auditItems(lhr, 'render-blocking-insight'),
    ...auditItems(lhr, 'render-blocking-resources'),
  ]
    .map((i) => i.url)
    .filter((u): u is string => typeof u === 'string');
  return [...new Set(urls)];
}

export function lcpElement(lhr: LighthouseResult): string | null {
  for (const table of auditItems(lhr, 'largest-contentful-paint-element')) {
    for (const item of (table.items as DetailsItem[] | undefined) ?? []) {
      const node = item.node as { selector?: string; nodeLabel?: string } | undefined;
      if (node) return `${node.selector ?? '?'} (“${(node.nodeLabel ?? '').slice(0, 50)}”)`;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// What a page view transfers

export type ResourceType = 'HTML' | 'CSS' | 'JS' | 'data' | 'other';

export type Transferred = {
  url: string;
  type: ResourceType;
  status: number;
  /** Body bytes as nginx sends them to a browser (brotli where it has a .br file, else gzip). */
  compressed: number;
  /** Body bytes when the client accepts gzip only. */
  gzip: number;
  raw: number;
  encoding: string | null;
  byWorker: boolean;
};

type Bucket = { count: number; compressed: number; gzip: number; raw: number };

export type Transfer = {
  requests: Transferred[];
  byType: Record<ResourceType, Bucket>;
  total: Bucket;
  /** Lighthouse's transferSize (headers included) of the same requests. */
  lighthouseTransferSize: number;
  /** What the HTML carries inline, uncompressed. */
  inline: { css: number; data: number; modulepreloads: number };
};

export function classify(url: string, contentType: string): ResourceType {
  const pathname = new URL(url).pathname;
  if (/text\/html/.test(contentType) || pathname.endsWith('.html') || pathname.endsWith('/'))
    return 'HTML';
  if (pathname.endsWith('.css')) return 'CSS';
  if (/\.m?js$/.test(pathname)) return 'JS';
  if (/\/data\/.*\.json$/.test(pathname)) return 'data';
  return 'other';
}

/**
 * The requests of a page view (from Lighthouse's network records) on the page's own origin,
 * fetched again from nginx with a browser's Accept-Encoding: bytes as sent (compressed, brotli
 * or gzip as nginx chooses), with gzip only, and as used (raw), by type.
 */
export async function transferOf(lhr: LighthouseResult, pageUrl: string): Promise<Transfer> {
  const origin = new URL(pageUrl).origin;
  const items = auditItems(lhr, 'network-requests').filter(
    (i) => typeof i.url === 'string' && (i.url as string).startsWith(origin),
  );
  const requests: Transferred[] = [];
  let lighthouseTransferSize = 0;
  let inline = { css: 0, data: 0, modulepreloads: 0 };
  const seen = new Set<string>();
  for (const item of items) {
    const url = item.url as string;
    lighthouseTransferSize += typeof item.transferSize === 'number' ? item.transferSize : 0;
    if (seen.has(url)) continue;
    seen.add(url);
    const fetched = await httpGet(url);
    const gzipOnly = fetched.encoding === 'gzip' ? fetched : await httpGet(url, 'gzip');
    const type = classify(url, fetched.contentType);
    requests.push({
      url: url.slice(origin.length),
      type,
      status: fetched.status,
      compressed: fetched.wire,
      gzip: gzipOnly.wire,
      raw: fetched.body.length,
      encoding: fetched.encoding,
      byWorker: item.sessionTargetType !== undefined && item.sessionTargetType !== 'page',
    });
    if (url === pageUrl || (type === 'HTML' && requests.length === 1))
      inline = inlineParts(fetched.body.toString('utf8'));
  }
  const types: ResourceType[] = ['HTML', 'CSS', 'JS', 'data', 'other'];
  const byType = Object.fromEntries(
    types.map((t) => [t, { count: 0, compressed: 0, gzip: 0, raw: 0 }]),
  ) as Transfer['byType'];
  const total: Bucket = { count: 0, compressed: 0, gzip: 0, raw: 0 };
  for (const r of requests) {
    if (r.byWorker) continue;
    for (const bucket of [byType[r.type], total]) {
      bucket.count++;
      bucket.compressed += r.compressed;
      bucket.gzip += r.gzip;
      bucket.raw += r.raw;
    }
  }
  return { requests, byType, total, lighthouseTransferSize, inline };
}

function inlineParts(html: string): Transfer['inline'] {
  const sum = (re: RegExp) =>
    Array.from(html.matchAll(re), (m) => Buffer.byteLength(m[1] ?? '')).reduce((a, b) => a + b, 0);
  return {
    css: sum(/<style[^>]*>([\s\S]*?)<\/style>/g),
    data: sum(/<script[^>]*type="application\/json"[^>]*>([\s\S]*?)<\/script>/g),
    modulepreloads: (html.match(/rel="modulepreload"/g) ?? []).length,
  };
}

// ---------------------------------------------------------------------------------------------
// Files

/**
 * What nginx sends a browser for a file: the precompressed .br (or .gz) next to it when the
 * build wrote one, else gzip level 6 for the types it compresses on the fly.
 */
export function servedSize(file: string): { raw: number; compressed: number } {
  const bytes = readFileSync(file);
  for (const suffix of ['.br', '.gz']) {
    if (existsSync(file + suffix))
      return { raw: bytes.length, compressed: statSync(file + suffix).size };
  }
  const compressible =
    /\.(html|css|js|mjs|json|webmanifest|svg|txt|xml)$/.test(file) && bytes.length >= 256;
  return {
    raw: bytes.length,
    compressed: compressible ? gzipSync(bytes, { level: 6 }).length : bytes.length,
  };
}

export type Precache = {
  entries: number;
  raw: number;
  compressed: number;
  articlePages: number;
  articleData: number;
  missing: string[];
};

/** The service worker's precache list (dist/sw.js), summed over the listed files; null without one. */
export function precacheOf(dist: string): Precache | null {
  const sw = path.join(dist, 'sw.js');
  if (!existsSync(sw)) return null;
  const source = readFileSync(sw, 'utf8');
  const urls = new Set<string>();
  for (const m of source.matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)) urls.add(m[1] ?? '');
  // An injected manifest may also be a plain array of strings: precacheAndRoute(["a.js", …]).
  for (const m of source.matchAll(/precacheAndRoute\(\s*\[([^\]]*)\]/g)) {
    for (const s of (m[1] ?? '').matchAll(/^\s*["']([^"']+)["']/gm)) urls.add(s[1] ?? '');
  }
  let raw = 0;
  let compressed = 0;
  const missing: string[] = [];
  for (const url of urls) {
    const file = path.join(dist, decodeURIComponent(url.replace(/^\//, '').split(/[?#]/)[0] ?? ''));
    if (!existsSync(file) || !statSync(file).isFile()) {
      missing.push(url);
      continue;
    }
    const size = servedSize(file);
    raw += size.raw;
    compressed += size.compressed;
  }
  const list = [...urls].map((u) => u.replace(/^\//, ''));
  return {
    entries: urls.size,
    raw,
    compressed,
    articlePages: list.filter((u) => parsePageFile(u)?.kind === 'article').length,
    articleData: list.filter((u) => parseDataPath(u)?.kind === 'article').length,
    missing,
  };
}

export type Tree = {
  files: number;
  bytes: number;
  byFolder: Record<string, { files: number; bytes: number }>;
};

/** Files and bytes under a folder, with the first path segment as the group (`artikel`, `data`, …). */
export function treeSize(dir: string): Tree {
  const tree: Tree = { files: 0, bytes: 0, byFolder: {} };
  const walk = (folder: string, group: string | null) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(full, group ?? entry.name);
        continue;
      }
      const size = statSync(full).size;
      const key = group ?? (entry.name.endsWith('.html') ? '*.html' : 'other files');
      const bucket = (tree.byFolder[key] ??= { files: 0, bytes: 0 });
      bucket.files++;
      bucket.bytes += size;
      tree.files++;
      tree.bytes += size;
    }
  };
  walk(dir, null);
  return tree;
}

// ---------------------------------------------------------------------------------------------
// Output

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function seconds(ms: number): string {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'n/a';
}

export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A plain-text table; numbers (and anything starting with a digit) right-aligned. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map(
    (_, i) => i > 0 && rows.every((r) => /^[\d.,+−-]|^n\/a|^–$/.test(r[i] ?? '')),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function writeResults(name: string, data: unknown): string {
  mkdirSync(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(resultsDir, `${name}-${stamp}.json`);
  const json = `${JSON.stringify(data, null, 2)}\n`;
  writeFileSync(file, json);
  writeFileSync(path.join(resultsDir, `${name}-latest.json`), json);
  return path.relative(root, file);
}

/** Fails early, with a hint, when a tool the benchmark needs is missing. */
export function requireTools(): string | null {
  if (!existsSync(chromePath))
    return `Chromium not found at ${chromePath} (apt-get install -y chromium, or set CHROME_PATH).`;
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].some((p) =>
    existsSync(p),
  );
  if (!nginx) return 'nginx not found (apt-get install -y nginx-light).';
  return null;
}

/** The 1-minute load average against the core count: other work on the machine skews timings. */
export function machineLoad(): { load: number; cores: number; busy: boolean } {
  const load = loadavg()[0] ?? 0;
  const cores = cpus().length;
  return { load: Math.round(load * 100) / 100, cores, busy: load > cores * 0.75 };
}

export function loadWarning(
  samples: ReadonlyArray<{ load: number; cores: number; busy: boolean }>,
): string | null {
  const busy = samples.filter((s) => s.busy);
  if (busy.length === 0) return null;
  const worst = Math.max(...samples.map((s) => s.load));
  return `Note: the machine was busy with other work (load average up to ${worst} on ${samples[0]?.cores} cores); timings are noisier than usual, run again on a quiet machine to compare.`;
}

/**
 * Runs a benchmark's main function: an error is printed as a plain message, every server and
 * browser it started is stopped, and the process exits with the function's code.
 */
export function runMain(main: () => Promise<number>): Promise<void> {
  return main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      return 1;
    })
    .then(async (code) => {
      await stopAll();
      process.exit(code);
    });
}
