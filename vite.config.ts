import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { writeFileSync } from 'node:fs';
import { shortCssNames } from './src/sitegen/cssNames';
import { contentPlugin } from './src/sitegen/contentPlugin';
import { pwaPlugin } from './src/sitegen/pwaPlugin';
import { normalizeBase } from './src/sitegen/siteConfig';

/** The modules only the search, archive and briefing routes load (on demand). */
const onDemand =
  /[\\/]src[\\/](routes[\\/](searchRoute|archiveRoute|briefingRoute)|components[\\/]SearchResult|data[\\/](search(Client|Queries)|browseQueries)|content[\\/](archive|briefing|searchExcerpt|searchRecord))\b/;

/** The path the app is served under; `/` by default, e.g. `/lesezeit/` on a shared host. */
const base = normalizeBase(process.env.BASE_PATH);

/**
 * `vite` serves the app with the articles from memory; `vite build` makes the client and server
 * bundles only: pages, data, share images, the precache list and compression are the site
 * build's (src/sitegen/siteBuild.ts, `npm run build`), which hands over where the precache options go.
 */
export default defineConfig(({ command, isSsrBuild }) => ({
  base,
  plugins: [
    react(),
    ...(command === 'serve' ? [contentPlugin()] : []),
    ...(command === 'build' && !isSsrBuild
      ? pwaPlugin(base, (options) => {
          const file = process.env.LESEZEIT_PRECACHE_OPTIONS;
          if (file) writeFileSync(file, JSON.stringify(options));
        })
      : []),
  ],
  resolve: {
    // react-router's package exports point every bundler at its development build, with its
    // warnings and checks; the production build is the same API, smaller.
    alias:
      command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
          ]
        : [],
  },
  build: isSsrBuild
    ? { copyPublicDir: false, emptyOutDir: true, target: 'node20' }
    : // Sizes are measured by `npm run bench` as nginx sends them; listing thousands of data files is noise.
      {
        target: 'es2022',
        assetsInlineLimit: 0,
        reportCompressedSize: false,
        rolldownOptions: {
          output: {
            // Everything the pages load at once in one file, as before the lazy routes: shared
            // with the search, archive and briefing, it would otherwise split into many chunks.
            advancedChunks: {
              groups: [{ name: 'app', test: (id: string) => !onDemand.test(id) }],
            },
          },
        },
      },
  // Readable class names while developing, short ones in what is shipped.
  css:
    command === 'build'
      ? {
          modules: {
            generateScopedName: shortCssNames(fileURLToPath(new URL('.', import.meta.url))),
          },
        }
      : {},
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
}));
