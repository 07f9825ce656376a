/**
 * Bytes: what a page view transfers (fetched again from nginx as a browser would get it), what
 * nginx sends for a file, the service worker's precache and the size of a build's output.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import type { Result as LighthouseResult } from 'lighthouse';
import {
  isDataPath,
  parseDataPath,
  parsePageFile,
  pathBelow,
  siteFiles,
} from '../../src/site/paths';
import { auditItems } from './lighthouse';

export type Fetched = {
  status: number;
  encoding: string | null;
  wire: number;
  body: Buffer;
  contentType: string;
};

/** What Chromium asks for over plain HTTP to a loopback address. */
export const browserEncodings = 'gzip, deflate, br';

function decode(wire: Buffer, encoding: string | null): Buffer {
  if (encoding === 'gzip') return gunzipSync(wire);
  if (encoding === 'br') return brotliDecompressSync(wire);
  if (encoding === 'deflate') return inflateSync(wire);
  return wire;
}

/**
 * GET over loopback with the given Accept-Encoding (a browser's by default); `wire` counts the
 * body bytes as sent, `body` is the decoded content.
 */
export function httpGet(
  url: string,
  acceptEncoding: string | null = browserEncodings,
): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}, timeout: 15_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const wire = Buffer.concat(chunks);
          const encoding = response.headers['content-encoding'] ?? null;
          try {
            resolve({
              status: response.statusCode ?? 0,
              encoding,
              wire: wire.length,
              body: decode(wire, encoding),
              contentType: response.headers['content-type'] ?? '',
            });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`timeout for ${url}`)));
    request.on('error', reject);
  });
}

export type ResourceType = 'HTML' | 'CSS' | 'JS' | 'data' | 'other';

export type Transferred = {
  url: string;
  type: ResourceType;
  status: number;
  /** Body bytes as nginx sends them to a browser (brotli where it has a .br file, else gzip). */
  compressed: number;
  /** Body bytes when the client accepts gzip only. */
  gzip: number;
  raw: number;
  encoding: string | null;
  byWorker: boolean;
};

type Bucket = { count: number; compressed: number; gzip: number; raw: number };

export type Transfer = {
  requests: Transferred[];
  byType: Record<ResourceType, Bucket>;
  total: Bucket;
  /** Lighthouse's transferSize (headers included) of the same requests. */
  lighthouseTransferSize: number;
  /** What the HTML carries inline, uncompressed. */
  inline: { css: number; data: number; modulepreloads: number };
};

export function classify(url: string, contentType: string): ResourceType {
  const pathname = new URL(url).pathname;
  if (/text\/html/.test(contentType) || pathname.endsWith('.html') || pathname.endsWith('/'))
    return 'HTML';
  if (pathname.endsWith('.css')) return 'CSS';
  if (/\.m?js$/.test(pathname)) return 'JS';
  if (isDataPath(pathBelow('/', pathname) ?? '') && pathname.endsWith('.json')) return 'data';
  return 'other';
}

/**
 * The requests of a page view (from Lighthouse's network records) on the page's own origin,
 * fetched again from nginx with a browser's Accept-Encoding: bytes as sent (compressed, brotli
 * or gzip as nginx chooses), with gzip only, and as used (raw), by type.
 */
export async function transferOf(lhr: LighthouseResult, pageUrl: string): Promise<Transfer> {
  const origin = new URL(pageUrl).origin;
  const items = auditItems(lhr, 'network-requests').filter(
    (i) => typeof i.url === 'string' && (i.url as string).startsWith(origin),
  );
  const requests: Transferred[] = [];
  let lighthouseTransferSize = 0;
  let inline = { css: 0, data: 0, modulepreloads: 0 };
  const seen = new Set<string>();
  for (const item of items) {
    const url = item.url as string;
    lighthouseTransferSize += typeof item.transferSize === 'number' ? item.transferSize : 0;
    if (seen.has(url)) continue;
    seen.add(url);
    const fetched = await httpGet(url);
    const gzipOnly = fetched.encoding === 'gzip' ? fetched : await httpGet(url, 'gzip');
    const type = classify(url, fetched.contentType);
    requests.push({
      url: url.slice(origin.length),
      type,
      status: fetched.status,
      compressed: fetched.wire,
      gzip: gzipOnly.wire,
      raw: fetched.body.length,
      encoding: fetched.encoding,
      byWorker: item.sessionTargetType !== undefined && item.sessionTargetType !== 'page',
    });
    if (url === pageUrl || (type === 'HTML' && requests.length === 1))
      inline = inlineParts(fetched.body.toString('utf8'));
  }
  const types: ResourceType[] = ['HTML', 'CSS', 'JS', 'data', 'other'];
  const byType = Object.fromEntries(
    types.map((t) => [t, { count: 0, compressed: 0, gzip: 0, raw: 0 }]),
  ) as Transfer['byType'];
  const total: Bucket = { count: 0, compressed: 0, gzip: 0, raw: 0 };
  for (const r of requests) {
    if (r.byWorker) continue;
    for (const bucket of [byType[r.type], total]) {
      bucket.count++;
      bucket.compressed += r.compressed;
      bucket.gzip += r.gzip;
      bucket.raw += r.raw;
    }
  }
  return { requests, byType, total, lighthouseTransferSize, inline };
}

function inlineParts(html: string): Transfer['inline'] {
  const sum = (re: RegExp) =>
    Array.from(html.matchAll(re), (m) => Buffer.byteLength(m[1] ?? '')).reduce((a, b) => a + b, 0);
  return {
    css: sum(/<style[^>]*>([\s\S]*?)<\/style>/g),
    data: sum(/<script[^>]*type="application\/json"[^>]*>([\s\S]*?)<\/script>/g),
    modulepreloads: (html.match(/rel="modulepreload"/g) ?? []).length,
  };
}

/**
 * What nginx sends a browser for a file: the precompressed .br (or .gz) next to it when the
 * build wrote one, else gzip level 6 for the types it compresses on the fly.
 */
export function servedSize(file: string): { raw: number; compressed: number } {
  const bytes = readFileSync(file);
  for (const suffix of ['.br', '.gz']) {
    if (existsSync(file + suffix))
      return { raw: bytes.length, compressed: statSync(file + suffix).size };
  }
  const compressible =
    /\.(html|css|js|mjs|json|webmanifest|svg|txt|xml)$/.test(file) && bytes.length >= 256;
  return {
    raw: bytes.length,
    compressed: compressible ? gzipSync(bytes, { level: 6 }).length : bytes.length,
  };
}

export type Precache = {
  entries: number;
  raw: number;
  compressed: number;
  articlePages: number;
  articleData: number;
  missing: string[];
};

/** The service worker's precache list (dist/sw.js), summed over the listed files; null without one. */
export function precacheOf(dist: string): Precache | null {
  const sw = path.join(dist, siteFiles.serviceWorker);
  if (!existsSync(sw)) return null;
  const source = readFileSync(sw, 'utf8');
  const urls = new Set<string>();
  for (const m of source.matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)) urls.add(m[1] ?? '');
  // An injected manifest may also be a plain array of strings: precacheAndRoute(["a.js", …]).
  for (const m of source.matchAll(/precacheAndRoute\(\s*\[([^\]]*)\]/g)) {
    for (const s of (m[1] ?? '').matchAll(/^\s*["']([^"']+)["']/gm)) urls.add(s[1] ?? '');
  }
  let raw = 0;
  let compressed = 0;
  const missing: string[] = [];
  for (const url of urls) {
    const file = path.join(dist, decodeURIComponent(url.replace(/^\//, '').split(/[?#]/)[0] ?? ''));
    if (!existsSync(file) || !statSync(file).isFile()) {
      missing.push(url);
      continue;
    }
    const size = servedSize(file);
    raw += size.raw;
    compressed += size.compressed;
  }
  const list = [...urls].map((u) => u.replace(/^\//, ''));
  return {
    entries: urls.size,
    raw,
    compressed,
    articlePages: list.filter((u) => parsePageFile(u)?.kind === 'article').length,
    articleData: list.filter((u) => parseDataPath(u)?.kind === 'article').length,
    missing,
  };
}

export type Tree = {
  files: number;
  bytes: number;
  byFolder: Record<string, { files: number; bytes: number }>;
};

/** Files and bytes under a folder, with the first path segment as the group (`artikel`, `data`, …). */
export function treeSize(dir: string): Tree {
  const tree: Tree = { files: 0, bytes: 0, byFolder: {} };
  const walk = (folder: string, group: string | null) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(full, group ?? entry.name);
        continue;
      }
      const size = statSync(full).size;
      const key = group ?? (entry.name.endsWith('.html') ? '*.html' : 'other files');
      const bucket = (tree.byFolder[key] ??= { files: 0, bytes: 0 });
      bucket.files++;
      bucket.bytes += size;
      tree.files++;
      tree.bytes += size;
    }
  };
  walk(dir, null);
  return tree;
}
