import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Article } from '../content/model';
import { searchRecord } from '../content/searchRecord';
import { pagePaths, searchIndexFolder } from '../site/paths';

/** Pagefind's ready-made interfaces: the reader has its own, so they are not shipped. */
const unusedFiles =
  /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$|^wasm\.unknown\.pagefind$/;

/**
 * Pagefind's files that every first search fetches whole: its page list and its WebAssembly. The
 * index stores them uncompressed, so the build's Brotli 11 makes them a quarter smaller than
 * Pagefind's gzip (docs/decisions/search-with-pagefind.md).
 */
const entryFiles = /\.pf_meta$|^wasm\.[\w-]+\.pagefind$/;

/**
 * Pagefind's mark at the start of every file it writes (inside the gzip). Pagefind's script reads
 * a file that starts with it as it is, and gunzips any other.
 */
const pagefindSignature = 'pagefind_dcd';

/** An entry file as Pagefind's script can read it without gunzipping (see `entryFiles`). */
export function uncompressedEntry(gzipped: Buffer, file: string): Buffer {
  const raw = gunzipSync(gzipped);
  if (raw.subarray(0, pagefindSignature.length).toString('latin1') !== pagefindSignature)
    throw new Error(`${file} does not start with Pagefind's signature once gunzipped`);
  return raw;
}

/** Records handed to Pagefind at once. */
const recordBatch = 200;

export type SearchIndexStats = { files: number; bytes: number; ms: number; records: number };

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesBelow(full) : [full];
  });
}

/**
 * Writes the full-text search index of the articles to `<outDir>/pagefind/` with Pagefind's Node
 * API: one record per article, made from its model (src/content/searchRecord.ts), German stemming.
 * Pagefind writes its index, fragments and WebAssembly gzipped and its scripts as they are; the
 * page list and WebAssembly are stored uncompressed here for the build's Brotli (`entryFiles`).
 */
export async function writeSearchIndex(
  articles: readonly Article[],
  outDir: string,
): Promise<SearchIndexStats> {
  const started = performance.now();
  const outputPath = path.join(outDir, searchIndexFolder);
  rmSync(outputPath, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    // Records go to Pagefind's process in batches rather than one round trip each: about three
    // times faster, and the index is the same bytes whatever the order the records arrive in.
    for (let start = 0; start < articles.length; start += recordBatch) {
      const batch = articles.slice(start, start + recordBatch);
      const added = await Promise.all(
        batch.map((article) =>
          index.addCustomRecord(searchRecord(article, pagePaths.article(article.slug))),
        ),
      );
      added.forEach(({ errors }, i) => {
        if (errors.length > 0)
          throw new Error(`Indexing article ${batch[i]?.id} failed: ${errors.join('; ')}`);
      });
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0)
      throw new Error(`Writing the search index failed: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  let files = 0;
  let bytes = 0;
  for (const file of filesBelow(outputPath)) {
    if (unusedFiles.test(path.basename(file))) {
      rmSync(file);
      continue;
    }
    if (entryFiles.test(path.basename(file)))
      writeFileSync(file, uncompressedEntry(readFileSync(file), file));
    files++;
    bytes += statSync(file).size;
  }
  return { files, bytes, ms: performance.now() - started, records: articles.length };
}
