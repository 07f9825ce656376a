import { posix } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Article } from '../content/model';
import { searchRecord } from '../content/searchRecord';
import { pagePaths } from '../site/paths';
import { pagefindSignature, searchPageIds } from '../site/searchPageList';

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
 * An entry file (Pagefind's script reads a file that starts with Pagefind's mark as it is, and
 * gunzips any other) as Pagefind's script can read it without gunzipping (see `entryFiles`). */
export function uncompressedEntry(gzipped: Uint8Array, file: string): Buffer {
  const raw = gunzipSync(gzipped);
  if (raw.subarray(0, pagefindSignature.length).toString('latin1') !== pagefindSignature)
    throw new Error(`${file} does not start with Pagefind's signature once gunzipped`);
  return raw;
}

/**
 * Checks that Pagefind's page list holds the pages newest first, as the records were added: the
 * search sorts by date with that order (src/data/searchClient.ts), where Pagefind's own sort key
 * would put a rank of every page into the list that each first search loads (14 KB of 76 at
 * 10,000 articles). The pages' URLs come from the fragments Pagefind wrote.
 */
export function checkNewestFirst(
  files: readonly { path: string; bytes: Uint8Array }[],
  urlsNewestFirst: readonly string[],
): void {
  const urlOfId = new Map<string, string>();
  let pageList: string[] | null = null;
  for (const file of files) {
    const name = posix.basename(file.path);
    if (name.endsWith('.pf_meta')) pageList = searchPageIds(file.bytes);
    if (!name.endsWith('.pf_fragment')) continue;
    const text = gunzipSync(file.bytes).toString('utf8');
    const json: unknown = JSON.parse(text.slice(text.indexOf('{')));
    const url = typeof json === 'object' && json !== null && 'url' in json ? json.url : null;
    if (typeof url !== 'string') throw new Error(`${file.path} has no URL`);
    urlOfId.set(name.slice(0, -'.pf_fragment'.length), url);
  }
  if (pageList === null) {
    if (urlsNewestFirst.length === 0) return;
    throw new Error('Pagefind wrote no page list (*.pf_meta)');
  }
  const urls = pageList.map((id) => urlOfId.get(id) ?? `an unknown page (${id})`);
  const at = urls.findIndex((url, i) => url !== urlsNewestFirst[i]);
  const wrong = at === -1 && urls.length !== urlsNewestFirst.length ? urls.length : at;
  if (wrong !== -1)
    throw new Error(
      `Pagefind's page list is not in the order the articles were added (newest first): ` +
        `place ${wrong + 1} holds ${urls[wrong] ?? 'nothing'} where ${urlsNewestFirst[wrong] ?? 'nothing'} ` +
        `was expected. The search sorts by date with that order; check what changed in Pagefind.`,
    );
}

/** Records handed to Pagefind at once. */
const recordBatch = 200;

/** One file of the index: its path inside the index folder (`index/de_….pf_index`) and bytes. */
export type SearchIndexFile = { path: string; bytes: Buffer };

export type SearchIndex = { files: SearchIndexFile[]; bytes: number; records: number };

/**
 * The full-text search index of the articles (newest first, as a collection holds them), with
 * Pagefind's Node API: one record per article, made from its model (src/content/searchRecord.ts),
 * German stemming, its page list newest first (`checkNewestFirst`). The files come back in
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
    // times faster. They are sent in order, so its page list is newest first (`checkNewestFirst`).
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
  checkNewestFirst(
    pagefindFiles,
    articles.map((article) => pagePaths.article(article.slug)),
  );
  const files = pagefindFiles.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes.length, 0),
    records: articles.length,
  };
}
