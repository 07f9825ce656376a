import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { Collection } from '../content/collection';
import { contentFiles } from './contentPlugin';
import { prerenderSite } from './prerender';
import { writeSearchIndex } from './searchIndex';
import { siteConfigFromEnv } from './siteConfig';

/**
 * After the client build is written, renders every page to static HTML with the server bundle
 * (built first by `vite build --ssr`). Runs before vite-plugin-pwa writes the service worker, so
 * the prerendered pages can be precached. `PRERENDER=off` builds a client-only app.
 */
export function prerenderPlugin(content: { api: { collection: () => Collection } }): Plugin {
  let root = process.cwd();
  return {
    name: 'lesezeit-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async writeBundle(options) {
      const outDir = options.dir ?? path.join(root, 'dist');
      const collection = content.api.collection();
      // The search index, before the service worker's precache list is made.
      const search = await writeSearchIndex(collection.articles, outDir);
      this.info(
        `indexed ${search.records} articles for search in ${Math.round(search.ms)} ms (${search.files} files, ${Math.round(search.bytes / 1024)} KB)`,
      );
      if (process.env.PRERENDER === 'off') return;
      const ssrEntry = path.join(root, 'dist-ssr/entryServer.js');
      if (!existsSync(ssrEntry)) {
        this.error(
          `Missing ${path.relative(root, ssrEntry)}: build the server bundle first (npm run build does both).`,
        );
      }
      const started = performance.now();
      const files = await prerenderSite({
        outDir,
        ssrEntry,
        site: siteConfigFromEnv(),
        collection,
        dataFiles: contentFiles(collection),
        shareImages: process.env.SHARE_IMAGES !== 'off',
      });
      this.info(
        `prerendered ${files.length} pages in ${Math.round(performance.now() - started)} ms`,
      );
    },
  };
}
