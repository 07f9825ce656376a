/**
 * `npm run bench:choices`: what the build's per-file choices cost, measured on a built site, to
 * choose by (docs/decisions/0007-an-incremental-parallel-site-build.md):
 * - Brotli quality (and gzip level) for the many pages and data files and for the few hashed
 *   assets: time and bytes per quality;
 * - the share-image encoder: resvg's PNG, a palette PNG and a JPEG from the same pixels.
 *   tsx scripts/benchBuildChoices.ts [--articles 300] [--images 60]
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { buildCollection } from '../src/content/collection';
import { readSeedFiles } from '../src/sitegen/readSeeds';
import { shareCardSvg, shareCardRenderOptions } from '../src/sitegen/shareImage';
import { buildApp, buildEnv } from './support/processes';
import { projectRoot as root } from './support/project';
import { kb, logDir, mb, runMain, table, writeResults } from './support/report';
import { generateArticles } from './generateArticles';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '300' },
    images: { type: 'string', default: '60' },
  },
});
const articles = Number(values.articles);
const images = Number(values.images);

function filesBelow(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    return e.isDirectory() ? filesBelow(dir, rel) : [rel];
  });
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = fn();
  return { ms: performance.now() - started, value };
}

async function main(): Promise<number> {
  const work = mkdtempSync(path.join(tmpdir(), 'lesezeit-choices-'));
  const seeds = path.join(work, 'seeds');
  const dist = path.join(root, 'dist-choices');
  mkdirSync(seeds, { recursive: true });
  for (const g of generateArticles(articles)) writeFileSync(path.join(seeds, g.name), g.text);

  console.log(`Building ${articles} generated articles into dist-choices/ …`);
  const built = await buildApp(
    dist,
    buildEnv({ SEEDS_DIR: seeds, SHARE_IMAGES: 'off' }),
    logDir,
    'choices',
    {
      cacheDir: path.join(work, 'cache'),
    },
  );
  if (!built.ok) throw new Error(`The build failed; see ${path.relative(root, built.log)}`);

  const groups: Record<string, Buffer[]> = { pages: [], data: [], assets: [] };
  for (const file of filesBelow(dist)) {
    if (/\.(br|gz)$/.test(file) || file.startsWith('pagefind/')) continue;
    const group = file.startsWith('assets/')
      ? 'assets'
      : file.endsWith('.html')
        ? 'pages'
        : file.endsWith('.json')
          ? 'data'
          : null;
    if (group) groups[group]?.push(readFileSync(path.join(dist, file)));
  }

  const rows: string[][] = [];
  const compression: unknown[] = [];
  for (const [group, files] of Object.entries(groups)) {
    const raw = files.reduce((n, f) => n + f.length, 0);
    const methods: Array<[string, (b: Buffer) => Buffer]> = [
      ...[4, 5, 6, 9, 11].map(
        (q) =>
          [
            `brotli ${q}`,
            (b: Buffer) =>
              brotliCompressSync(b, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: q,
                  [constants.BROTLI_PARAM_SIZE_HINT]: b.length,
                },
              }),
          ] as [string, (b: Buffer) => Buffer],
      ),
      ['gzip 6', (b) => gzipSync(b, { level: 6 })],
      ['gzip 9', (b) => gzipSync(b, { level: 9 })],
    ];
    for (const [name, compress] of methods) {
      const { ms, value } = time(() => files.reduce((n, f) => n + compress(f).length, 0));
      rows.push([
        group,
        String(files.length),
        name,
        `${(ms / files.length).toFixed(2)} ms`,
        mb(raw),
        kb(value),
        `${((value / raw) * 100).toFixed(1)} %`,
      ]);
      compression.push({ group, files: files.length, method: name, ms, raw, compressed: value });
    }
  }
  console.log(`\nCompression per file (one core), ${articles} articles\n`);
  console.log(
    table(['files', 'count', 'method', 'time per file', 'raw', 'compressed', 'ratio'], rows),
  );

  const collection = buildCollection(readSeedFiles(seeds));
  const cards = collection.articles.slice(0, images).map(shareCardSvg);
  const encoders: Array<[string, (pixels: Buffer, png: () => Buffer) => Promise<Buffer>]> = [
    ['PNG (resvg)', async (_pixels, png) => png()],
    [
      'PNG, 64-colour palette (sharp)',
      (pixels) =>
        sharp(pixels, { raw: { width: 1200, height: 630, channels: 4 } })
          .png({ palette: true, colours: 64, effort: 4 })
          .toBuffer(),
    ],
    [
      'JPEG q80 (sharp)',
      (pixels) =>
        sharp(pixels, { raw: { width: 1200, height: 630, channels: 4 } })
          .flatten()
          .jpeg({ quality: 80, mozjpeg: false })
          .toBuffer(),
    ],
  ];
  sharp.concurrency(1);
  let renderMs = 0;
  const rendered = cards.map((svg) => {
    const started = performance.now();
    const image = new Resvg(svg, shareCardRenderOptions).render();
    renderMs += performance.now() - started;
    return image;
  });
  const imageRows: string[][] = [
    ['render (resvg)', `${(renderMs / cards.length).toFixed(1)} ms`, ''],
  ];
  const imageResults: unknown[] = [{ step: 'render', ms: renderMs / cards.length }];
  for (const [name, encode] of encoders) {
    let ms = 0;
    let bytes = 0;
    for (const image of rendered) {
      const started = performance.now();
      const out = await encode(Buffer.from(image.pixels), () => image.asPng());
      ms += performance.now() - started;
      bytes += out.length;
    }
    imageRows.push([name, `${(ms / cards.length).toFixed(1)} ms`, kb(bytes / cards.length)]);
    imageResults.push({ encoder: name, ms: ms / cards.length, bytes: bytes / cards.length });
  }
  console.log(`\nShare images, per image (one core), ${cards.length} cards\n`);
  console.log(table(['step', 'time per image', 'size per image'], imageRows));

  const file = writeResults('bench-choices', {
    date: new Date().toISOString(),
    articles,
    compression,
    images: imageResults,
  });
  console.log(`\nFigures written to ${file}.`);
  rmSync(work, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  return 0;
}

void runMain(main);
