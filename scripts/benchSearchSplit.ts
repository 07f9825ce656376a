/**
 * `npm run bench:search-split`: what the search index costs the build at scale, and what splitting
 * it would cost every search. For `--articles` generated articles (newest first, as the build adds
 * them) it makes the index as the build does (src/sitegen/searchIndex.ts) and reports its time and
 * the peak memory of Pagefind's own process; then it makes two indexes, the newest month and the
 * rest, as an incremental build would keep them so that an edit of a recent article re-indexes
 * only the small one, and reports their times. Last, it searches each variant with Pagefind's own
 * script (merging the second index with `mergeIndex`, as the page would) and counts the bytes a
 * first search fetches: Brotli for the files the build compresses, as written for the chunks and
 * fragments Pagefind gzips (as nginx sends them). Reports figures; never fails on them.
 *   tsx scripts/benchSearchSplit.ts [--articles 10000]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import { buildCollection } from '../src/content/collection';
import type { Article } from '../src/content/model';
import { buildSearchIndex } from '../src/sitegen/searchIndex';
import { generateArticles } from './generateArticles';
import { kb, loadWarning, machineLoad, mb, runMain, seconds, table } from './support/report';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' } } });
const count = Number(values.articles);
const queries = ['Gemeindeversammlung', 'Hochwasserschutz'];

/** The largest resident memory of Pagefind's process while `work` runs, sampled with `ps`. */
async function withPagefindPeak<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = 0;
  const sample = () => {
    try {
      const out = execFileSync('ps', ['-o', 'rss=,comm=', '--ppid', String(process.pid)], {
        encoding: 'utf8',
      });
      for (const line of out.split('\n'))
        if (/pagefind/.test(line))
          peak = Math.max(peak, Number(line.trim().split(/\s+/)[0]) * 1024);
    } catch {
      // No child at this moment.
    }
  };
  const timer = setInterval(sample, 250);
  try {
    return { result: await work(), peak };
  } finally {
    clearInterval(timer);
  }
}

async function writeIndex(articles: readonly Article[], dir: string) {
  const started = performance.now();
  const { result, peak } = await withPagefindPeak(() => buildSearchIndex(articles));
  const ms = performance.now() - started;
  for (const file of result.files) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.bytes);
  }
  return { ms, peak, articles: articles.length };
}

/** Serves `root`, counting the bytes of each response as the site's server would send them. */
async function countingServer(root: string) {
  const sent: number[] = [];
  const server = http.createServer((request, response) => {
    const file = path.join(root, new URL(request.url ?? '/', 'http://x').pathname);
    try {
      const body = readFileSync(file);
      const brotli = /\.(pf_meta|pagefind|js|json)$/.test(file);
      sent.push(
        brotli
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
          : body.length,
      );
      response.writeHead(200, {
        'content-type': file.endsWith('.pagefind')
          ? 'application/wasm'
          : 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, sent, close: () => server.close() };
}

type PagefindScript = {
  options: (o: object) => Promise<void>;
  mergeIndex: (url: string) => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
  destroy: () => Promise<void>;
};

/** Bytes a first search for `query` fetches with these indexes, the first one primary. */
async function firstSearch(root: string, folders: string[], query: string): Promise<number> {
  const server = await countingServer(root);
  try {
    const [primary = '', ...merged] = folders;
    // A fresh copy of Pagefind's script per search: its state (loaded chunks) is per module.
    const script = `${pathToFileURL(path.join(root, primary, 'pagefind.js')).href}?${query}${folders.length}`;
    const pagefind = (await import(script)) as PagefindScript;
    await pagefind.options({ basePath: `${server.origin}/${primary}/`, noWorker: true });
    for (const folder of merged) await pagefind.mergeIndex(`${server.origin}/${folder}/`);
    const { results } = await pagefind.search(query);
    await Promise.all(results.slice(0, 5).map((r) => r.data()));
    await pagefind.destroy();
    return server.sent.reduce((sum, n) => sum + n, 0);
  } finally {
    server.close();
  }
}

async function main(): Promise<number> {
  const loads = [machineLoad()];
  const { articles } = buildCollection(
    generateArticles(count).map(({ name, text }) => ({ name, bytes: Buffer.from(text) })),
  );
  const month = articles[0]?.date.slice(0, 7) ?? '';
  const recent = articles.filter((a) => a.date.startsWith(month));
  const older = articles.filter((a) => !a.date.startsWith(month));
  const root = mkdtempSync(path.join(tmpdir(), 'lesezeit-search-split-'));
  try {
    const whole = await writeIndex(articles, path.join(root, 'whole'));
    loads.push(machineLoad());
    const newest = await writeIndex(recent, path.join(root, 'recent'));
    const rest = await writeIndex(older, path.join(root, 'older'));
    loads.push(machineLoad());

    console.log(`\nThe search index of ${count.toLocaleString('en')} articles\n`);
    console.log(
      table(
        ['index', 'articles', 'time', 'Pagefind peak memory'],
        [
          ['one index (as built)', whole, 'whole'],
          [`the newest month (${month})`, newest, 'recent'],
          ['the older articles', rest, 'older'],
        ].map(([label, f]) => {
          const figures = f as typeof whole;
          return [
            label as string,
            figures.articles.toLocaleString('en'),
            seconds(figures.ms),
            figures.peak > 0 ? mb(figures.peak) : 'n/a',
          ];
        }),
      ),
    );

    const rows: string[][] = [];
    for (const query of queries) {
      const one = await firstSearch(root, ['whole'], query);
      const split = await firstSearch(root, ['recent', 'older'], query);
      rows.push([query, kb(one), kb(split), `+${kb(split - one)}`]);
    }
    console.log(
      '\nA first search (Pagefind and its index only; the page and its script not counted)\n',
    );
    console.log(table(['query', 'one index', 'split in two', 'difference'], rows));
    const warning = loadWarning(loads);
    if (warning) console.log(`\n${warning}`);
    return 0;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await runMain(main);
