import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { Collection } from '../content/collection';
import { contentFiles } from './contentPlugin';
import { prerenderSite } from './prerender';
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
      if (process.env.PRERENDER === 'off') return;
      const outDir = options.dir ?? path.join(root, 'dist');
      const ssrEntry = path.join(root, 'dist-ssr/entryServer.js');
      if (!existsSync(ssrEntry)) {
        this.error(`Missing ${path.relative(root, ssrEntry)}: build the server bundle first (npm run build does both).`);
      }
      const collection = content.api.collection();
      const started = performance.now();
      const files = await prerenderSite({
        outDir,
        ssrEntry,
        site: siteConfigFromEnv(),
        collection,
        dataFiles: contentFiles(collection),
        shareImages: process.env.SHARE_IMAGES !== 'off',
      });
      this.info(`prerendered ${files.length} pages in ${Math.round(performance.now() - started)} ms`);
    },
  };
}
