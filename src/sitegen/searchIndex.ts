import { posix } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Article } from '../content/model';
import { searchRecord } from '../content/searchRecord';
import { pagePaths, searchDateOrderPath, searchIndexFolder } from '../site/paths';

/**
 * Pagefind's ready-made interfaces (the reader has its own) and its worker script (the search runs
 * on the page's thread, src/data/searchClient.ts): not shipped.
 */
const unusedFiles =
  /^pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$|^wasm\.unknown\.pagefind$/;

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
export function uncompressedEntry(gzipped: Uint8Array, file: string): Buffer {
  const raw = gunzipSync(gzipped);
  if (raw.subarray(0, pagefindSignature.length).toString('latin1') !== pagefindSignature)
    throw new Error(`${file} does not start with Pagefind's signature once gunzipped`);
  return raw;
}

/** The date order's file inside the index folder (`date-order.json`). */
const dateOrderFile = posix.relative(searchIndexFolder, searchDateOrderPath);

/**
 * The index's pages newest first, as Pagefind's ids (its fragments' names), from the fragments
 * Pagefind wrote and the articles' URLs newest first. The search sorts by date with it, which
 * Pagefind's own sort would do with a sort key of every page in the page list that each first
 * search loads (14 KB of 76 at 10,000 articles), and by a search through that list per result.
 */
export function dateOrder(
  fragments: readonly { path: string; bytes: Uint8Array }[],
  urlsNewestFirst: readonly string[],
): string[] {
  const idOfUrl = new Map<string, string>();
  for (const fragment of fragments) {
    const name = posix.basename(fragment.path);
    if (!name.endsWith('.pf_fragment')) continue;
    const text = gunzipSync(fragment.bytes).toString('utf8');
    const json: unknown = JSON.parse(text.slice(text.indexOf('{')));
    const url = typeof json === 'object' && json !== null && 'url' in json ? json.url : null;
    if (typeof url !== 'string') throw new Error(`${fragment.path} has no URL`);
    idOfUrl.set(url, name.slice(0, -'.pf_fragment'.length));
  }
  return urlsNewestFirst.map((url) => {
    const id = idOfUrl.get(url);
    if (id === undefined) throw new Error(`The search index has no page for ${url}`);
    return id;
  });
}

/** Records handed to Pagefind at once. */
const recordBatch = 200;

/** One file of the index: its path inside the index folder (`index/de_….pf_index`) and bytes. */
export type SearchIndexFile = { path: string; bytes: Buffer };

export type SearchIndex = { files: SearchIndexFile[]; bytes: number; records: number };

/**
 * The full-text search index of the articles (newest first, as a collection holds them), with
 * Pagefind's Node API: one record per article, made from its model (src/content/searchRecord.ts),
 * German stemming, and beside it the pages' order by date (`dateOrder`). The files come back in
 * memory, sorted by path, for the build's content-addressed store: nothing is written to disk and
 * read back. Pagefind gzips its index, fragments and WebAssembly and leaves its scripts as they
 * are; the page list and WebAssembly are returned uncompressed for the build's Brotli
 * (`entryFiles`).
 */
export async function buildSearchIndex(articles: readonly Article[]): Promise<SearchIndex> {
  let written: pagefind.GetFilesResponse;
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
    written = await index.getFiles();
    if (written.errors.length > 0)
      throw new Error(`Making the search index failed: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  const pagefindFiles = written.files
    .map((file) => ({ path: file.path.replace(/\\/g, '/').replace(/^\/+/, ''), raw: file.content }))
    .filter((file) => !unusedFiles.test(posix.basename(file.path)))
    .map(({ path, raw }) => ({
      path,
      bytes: entryFiles.test(posix.basename(path))
        ? uncompressedEntry(raw, path)
        : Buffer.from(raw),
    }));
  const order = dateOrder(
    pagefindFiles,
    articles.map((article) => pagePaths.article(article.slug)),
  );
  const files = [
    ...pagefindFiles,
    { path: dateOrderFile, bytes: Buffer.from(JSON.stringify(order)) },
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes.length, 0),
    records: articles.length,
  };
}
