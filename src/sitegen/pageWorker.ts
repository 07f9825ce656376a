/**
 * A worker of the build's pool: prerenders pages with the server bundle and precompresses files.
 * Results go straight into the cache's object store; the main thread only links them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseSourceFile, type ParsedFile } from '../content/collection';
import { pathBelow } from '../site/paths';
import { putObject, type StoredObject } from './buildCache';
import { criticalCss } from './criticalCss';
import { pageTemplate } from './prerender';

type RenderPage = (url: string) => Promise<{ status: number; html: string; dataScript: string }>;

export type PageTask = {
  /** The page's URL path below the base, e.g. `artikel/x` ('' for the home page). */
  path: string;
  head: string;
  status: number;
};

export type PagesTask = {
  ssrEntry: string;
  template: string;
  /**
   * The app's stylesheet, linked at the end of the template's body; each page carries in its head
   * the part of it that its HTML needs (criticalCss.ts). Empty: the template brings its own CSS.
   */
  stylesheet: string;
  /** The folder being built: the data files the pages' loaders fetch are already in it. */
  siteDir: string;
  cacheDir: string;
  origin: string;
  base: string;
  pages: PageTask[];
};

export type PageResult = { object: StoredObject; deps: string[] };

const renderers = new Map<string, Promise<RenderPage>>();
let filler = { template: '', fill: pageTemplate('') };
let critical = { stylesheet: '', of: criticalCss('') };
let siteDir = '';
let base = '/';
let origin = 'http://localhost';
let deps: string[] = [];

/** The app's data requests are answered from the files of the folder being built. */
globalThis.fetch = async (input: string | URL | Request) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const file = pathBelow(base, decodeURIComponent(new URL(url, origin).pathname));
  if (file === null) return new Response('Nicht gefunden', { status: 404 });
  deps.push(file);
  try {
    const body = readFileSync(path.join(siteDir, file));
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  } catch {
    return new Response('Nicht gefunden', { status: 404 });
  }
};

function renderer(ssrEntry: string): Promise<RenderPage> {
  let loading = renderers.get(ssrEntry);
  if (!loading) {
    loading = import(pathToFileURL(ssrEntry).href).then(
      (module: { renderPage: RenderPage }) => module.renderPage,
    );
    renderers.set(ssrEntry, loading);
  }
  return loading;
}

/** Renders pages; each result names the data files the page read, so the cache can key on them. */
export async function renderPages(task: PagesTask): Promise<PageResult[]> {
  const renderPage = await renderer(task.ssrEntry);
  ({ siteDir, base, origin } = task);
  if (filler.template !== task.template)
    filler = { template: task.template, fill: pageTemplate(task.template) };
  if (critical.stylesheet !== task.stylesheet)
    critical = { stylesheet: task.stylesheet, of: criticalCss(task.stylesheet) };
  const results: PageResult[] = [];
  for (const page of task.pages) {
    deps = [];
    const rendered = await renderPage(`${origin}${base}${page.path}`);
    if (rendered.status !== page.status) {
      throw new Error(
        `Prerendering /${page.path} gave status ${rendered.status}, expected ${page.status}.`,
      );
    }
    const style = task.stylesheet ? `<style>${critical.of(rendered.html)}</style>` : '';
    const bytes = filler.fill(page.head + style, rendered.html, rendered.dataScript);
    results.push({ object: putObject(task.cacheDir, bytes), deps: [...new Set(deps)].sort() });
  }
  return results;
}

export type CompressTask = {
  cacheDir: string;
  files: Array<{ file: string; brotliQuality: number; gzip: boolean }>;
};

export type CompressResult = { br: StoredObject; gz: StoredObject | null };

export function compressFiles(task: CompressTask): CompressResult[] {
  return task.files.map(({ file, brotliQuality, gzip }) => {
    const content = readFileSync(file);
    const br = brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    return {
      br: putObject(task.cacheDir, br),
      gz: gzip ? putObject(task.cacheDir, gzipSync(content, { level: 9 })) : null,
    };
  });
}

/** Parses article files (full paths) for a cold build, on every core. */
export function parseFiles(files: string[]): ParsedFile[] {
  return files.map((name) => parseSourceFile({ name, bytes: readFileSync(name) }));
}
