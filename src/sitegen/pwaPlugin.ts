import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import {
  isSearchIndexPath,
  pagePaths,
  parseDataPath,
  parsePageFile,
  siteFiles,
  under,
} from '../site/paths';
import { siteName } from '../site/titles';

/**
 * Up to this many articles, the service worker precaches every article (its prerendered page and
 * its data) at install, so the whole collection reads offline after the first visit. Beyond it,
 * only the app shell and the home page are precached, and articles are kept as they are read or
 * saved. `PRECACHE_LIMIT` overrides it (the browser tests build a "large" collection with it).
 * Why 100: docs/decisions/offline-precache.md.
 */
export const defaultPrecacheLimit = 100;

/**
 * Whether a precached file belongs to the articles, the further index pages (not page 1) or the
 * search index: a collection precached whole is searched offline in full; a larger one keeps the
 * search files the reader used (src/sw/sw.ts).
 */
function perArticle(file: string): boolean {
  const ref = parsePageFile(file) ?? parseDataPath(file);
  return (
    ref?.kind === 'article' ||
    (ref?.kind === 'index' && ref.page > 1) ||
    ref?.kind === 'archiveYear' ||
    ref?.kind === 'archiveMonth' ||
    isSearchIndexPath(file)
  );
}

/** The precache limit of a build: `PRECACHE_LIMIT`, else the default. */
export function precacheLimit(env: NodeJS.ProcessEnv = process.env): number {
  return env.PRECACHE_LIMIT ? Number(env.PRECACHE_LIMIT) : defaultPrecacheLimit;
}

/** Drops the articles from the precache when there are more than `limit` of them. */
export function limitPrecache<T extends { url: string }>(entries: T[], limit: number): T[] {
  const articles = entries.filter((e) => parsePageFile(e.url)?.kind === 'article').length;
  return articles <= limit ? entries : entries.filter((e) => !perArticle(e.url));
}

const screenshot = (
  name: string,
  width: number,
  height: number,
  formFactor: 'narrow' | 'wide',
  label: string,
) => ({
  src: `screenshots/${name}.png`,
  sizes: `${width}x${height}`,
  type: 'image/png',
  form_factor: formFactor,
  label,
});

/**
 * What the site build needs to write the precache list into the service worker once the pages
 * exist (src/sitegen/siteBuild.ts): vite-plugin-pwa's resolved options, without its functions.
 */
export type PrecacheOptions = {
  globPatterns: string[];
  globIgnores: string[];
  maximumFileSizeToCacheInBytes: number;
  dontCacheBustURLsMatching: string;
  additionalManifestEntries: Array<{ url: string; revision: string | null }>;
};

/**
 * vite-plugin-pwa for the client bundle: the web manifest, icons from public/icon.svg
 * (pwa-assets.config.ts) and the service worker built from src/sw/sw.ts, its injection point left in
 * place: the site build (src/sitegen/siteBuild.ts) writes the precache list into it once the pages
 * exist, with what `onPrecacheOptions` receives. The page registers the worker itself
 * (src/app/serviceWorker.ts), after load.
 */
export function pwaPlugin(
  base: string,
  onPrecacheOptions: (options: PrecacheOptions) => void,
): Plugin[] {
  return VitePWA({
    integration: {
      beforeBuildServiceWorker: (options) => {
        const manifest = options.injectManifest;
        onPrecacheOptions({
          globPatterns: manifest.globPatterns ?? [],
          globIgnores: manifest.globIgnores ?? [],
          maximumFileSizeToCacheInBytes: manifest.maximumFileSizeToCacheInBytes ?? 0,
          dontCacheBustURLsMatching: manifest.dontCacheBustURLsMatching?.source ?? '',
          additionalManifestEntries: (manifest.additionalManifestEntries ?? []).map((e) =>
            typeof e === 'string'
              ? { url: e, revision: null }
              : { url: e.url, revision: e.revision },
          ),
        });
      },
    },
    strategies: 'injectManifest',
    srcDir: 'src/sw',
    filename: 'sw.ts',
    injectRegister: false,
    pwaAssets: { config: true, overrideManifestIcons: true },
    manifest: {
      id: base,
      name: siteName,
      short_name: siteName,
      description:
        'Nachrichten in Ruhe lesen: mit Zusammenfassung und hervorgehobenen Zitaten, auch offline.',
      lang: 'de-CH',
      dir: 'ltr',
      start_url: base,
      scope: base,
      display: 'standalone',
      // The light theme's colours; the dark ones come with the theme-color meta tags in index.html.
      theme_color: '#fbfaf7',
      background_color: '#fbfaf7',
      categories: ['news'],
      screenshots: [
        screenshot('narrow', 390, 844, 'narrow', 'Ein Artikel mit Zusammenfassung auf dem Telefon'),
        screenshot('wide', 1280, 800, 'wide', 'Die neuesten Artikel auf dem Computer'),
      ],
      shortcuts: [
        {
          name: 'Neueste Artikel',
          short_name: 'Neueste',
          url: base,
          icons: [{ src: 'pwa-96x96.png', sizes: '96x96', type: 'image/png' }],
        },
        {
          name: 'Gespeicherte Artikel',
          short_name: 'Gespeichert',
          url: under(base, pagePaths.saved),
          icons: [{ src: 'pwa-96x96.png', sizes: '96x96', type: 'image/png' }],
        },
      ],
    },
    injectManifest: {
      rollupFormat: 'iife',
      // The site build fills the list in once the pages are written.
      injectionPoint: undefined,
      // The app shell, the pages and their data, and the generated icons (top level only: share
      // images and screenshots are not needed to read). The plugin adds the manifest itself.
      globPatterns: [
        '**/*.{js,css,html,json,svg}',
        '*.{png,ico}',
        'pagefind/**/*.{pagefind,pf_meta,pf_index,pf_fragment,pf_filter}',
      ],
      globIgnores: [siteFiles.notFound, siteFiles.sitemap],
      maximumFileSizeToCacheInBytes: 1024 * 1024,
    },
  });
}
