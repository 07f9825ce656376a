import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Collection } from '../content/collection';
import type { Article } from '../content/model';
import { indexPages } from '../content/collection';
import {
  notFoundProbePath,
  pageFile,
  pagePaths,
  pathBelow,
  shareImagePath,
  siteFiles,
} from '../site/paths';
import { browsePages } from './browsePages';
import { articleHead, browseHead, homeHead, notFoundHead } from './pageHead';
import { renderShareImage } from './shareImage';
import { absoluteUrl, type SiteConfig } from './siteConfig';

type RenderPage = (url: string) => Promise<{ status: number; html: string; dataScript: string }>;

/** Articles whose share images one process renders; beyond this, batches run in child processes. */
const shareImageBatch = 400;

/**
 * Writes every article's share card. Small collections render here; larger ones in batches in
 * child processes, since resvg-js holds native memory per render until its process ends.
 */
function writeShareImages(outDir: string, articles: readonly Article[]): void {
  if (articles.length <= shareImageBatch) {
    for (const article of articles)
      write(outDir, shareImagePath(article.slug), renderShareImage(article));
    return;
  }
  const require = createRequire(import.meta.url);
  const tsx = require.resolve('tsx/cli');
  const script = fileURLToPath(new URL('./shareImageBatch.ts', import.meta.url));
  for (let i = 0; i < articles.length; i += shareImageBatch) {
    const input = JSON.stringify({ outDir, articles: articles.slice(i, i + shareImageBatch) });
    const run = spawnSync(process.execPath, [tsx, script], {
      input,
      stdio: ['pipe', 'inherit', 'inherit'],
      maxBuffer: 1 << 30,
    });
    if (run.status !== 0)
      throw new Error(
        `Rendering share images ${i + 1}–${i + shareImageBatch} failed (exit ${run.status}).`,
      );
  }
}

export type PrerenderOptions = {
  outDir: string;
  ssrEntry: string;
  site: SiteConfig;
  collection: Collection;
  /** The content JSON files by path below the base (src/site/paths.ts's dataPaths). */
  dataFiles: Map<string, string>;
  /** Render share images (off for quick builds of huge collections). */
  shareImages?: boolean;
};

/**
 * Answers the app's data requests from the build's own JSON while pages render, so the loaders
 * run exactly as they do in the browser.
 */
function serveDataFiles(dataFiles: Map<string, string>, site: SiteConfig): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const pathname = new URL(url, site.origin).pathname;
    const path = pathBelow(site.base, pathname);
    const body = path === null ? undefined : dataFiles.get(path);
    return body === undefined
      ? new Response('Nicht gefunden', { status: 404 })
      : new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return () => {
    globalThis.fetch = original;
  };
}

/** Puts the stylesheet into the page: one round trip paints the article, no render-blocking request. */
export function inlineStylesheets(template: string, outDir: string, base: string): string {
  return template.replace(
    /<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g,
    (_tag, href: string) => {
      const file = path.join(outDir, href.startsWith(base) ? href.slice(base.length) : href);
      return `<style>${readFileSync(file, 'utf8').trim()}</style>`;
    },
  );
}

/**
 * Moves the app's module script from the head to the end of the body. Deferred either way, but
 * in the head the browser starts the script download while the page itself is still arriving,
 * and on a slow line the two share the bandwidth: the article text would arrive later.
 */
export function entryScriptLast(template: string): string {
  const scripts =
    template.match(/<script type="module"[^>]*\bsrc="[^"]+"[^>]*><\/script>\s*/g) ?? [];
  if (scripts.length === 0) return template;
  let page = template;
  for (const script of scripts) page = page.replace(script, '');
  return page.replace('</body>', `${scripts.map((s) => s.trim()).join('')}</body>`);
}

export function fillTemplate(
  template: string,
  head: string,
  html: string,
  dataScript: string,
): string {
  return template
    .replace(/<title>[^<]*<\/title>/, head)
    .replace('<div id="root"></div>', `<div id="root">${html}</div>`)
    .replace(/(<script type="module"[^>]*><\/script>)?<\/body>/, (end) => `${dataScript}${end}`);
}

/**
 * The stylesheet of a route whose code loads on demand (`assets/searchRoute-<hash>.css`), inlined
 * like the app's own: the prerendered page paints styled before its script has run.
 */
function routeStyles(outDir: string, routeModule: string): string {
  const assets = path.join(outDir, 'assets');
  return readdirSync(assets)
    .filter((file) => file.startsWith(`${routeModule}-`) && file.endsWith('.css'))
    .map((file) => `<style>${readFileSync(path.join(assets, file), 'utf8').trim()}</style>`)
    .join('');
}

function write(outDir: string, file: string, content: string | Buffer): void {
  const target = path.join(outDir, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
}

/**
 * Renders every page of the site to static HTML: the home page (and further index pages), every
 * article, the 404 page, plus the empty app shell for URLs that were not prerendered. Returns the
 * list of files written.
 */
export async function prerenderSite(options: PrerenderOptions): Promise<string[]> {
  const { outDir, site, collection, dataFiles } = options;
  const { renderPage } = (await import(pathToFileURL(options.ssrEntry).href)) as {
    renderPage: RenderPage;
  };
  const template = entryScriptLast(
    inlineStylesheets(readFileSync(path.join(outDir, 'index.html'), 'utf8'), outDir, site.base),
  );
  const written: string[] = [];
  const restoreFetch = serveDataFiles(dataFiles, site);
  try {
    const render = async (
      pathInApp: string,
      file: string,
      head: string,
      expectedStatus: number,
    ) => {
      const page = await renderPage(absoluteUrl(site, pathInApp));
      if (page.status !== expectedStatus) {
        throw new Error(
          `Prerendering /${pathInApp} gave status ${page.status}, expected ${expectedStatus}.`,
        );
      }
      write(outDir, file, fillTemplate(template, head, page.html, page.dataScript));
      written.push(file);
    };

    write(outDir, siteFiles.shell, template);
    written.push(siteFiles.shell);
    for (const { page } of indexPages(collection.articles)) {
      const path = pagePaths.indexPage(page);
      await render(path, pageFile(path), homeHead(site, page), 200);
    }
    for (const page of browsePages(collection.articles)) {
      const head = browseHead(site, page) + routeStyles(outDir, page.routeModule);
      await render(page.path, pageFile(page.path), head, 200);
    }
    for (const article of collection.articles) {
      const path = pagePaths.article(article.slug);
      await render(path, pageFile(path), articleHead(article, site), 200);
    }
    await render(notFoundProbePath, siteFiles.notFound, notFoundHead(), 404);
  } finally {
    restoreFetch();
  }
  if (options.shareImages !== false) writeShareImages(outDir, collection.articles);
  write(
    outDir,
    siteFiles.robots,
    `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(site, siteFiles.sitemap)}\n`,
  );
  write(
    outDir,
    siteFiles.sitemap,
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${[
      absoluteUrl(site, pagePaths.home),
      ...browsePages(collection.articles)
        .filter((p) => p.index)
        .map((p) => absoluteUrl(site, p.path)),
      ...collection.articles.map((a) => absoluteUrl(site, pagePaths.article(a.slug))),
    ]
      .map((loc) => `  <url><loc>${loc}</loc></url>`)
      .join('\n')}\n</urlset>\n`,
  );
  return written;
}
