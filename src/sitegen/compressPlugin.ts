import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const compressible = /\.(html|js|mjs|css|json|svg|xml|txt|webmanifest)$/;
/** Pagefind writes its index already gzipped, and its few scripts are compressed as they are sent. */
const notPrecompressed = /^pagefind[\\/]/;

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesBelow(full) : [full];
  });
}

/**
 * Writes `.br` (Brotli) and `.gz` (gzip -9) next to every text file of the build, so
 * the server sends the smallest form without compressing on each request (nginx: brotli_static,
 * gzip_static). Returns the number of files compressed.
 */
export function precompress(outDir: string): number {
  let count = 0;
  for (const file of filesBelow(outDir)) {
    if (notPrecompressed.test(path.relative(outDir, file))) continue;
    if (!compressible.test(file) || statSync(file).size < 256) continue;
    const content = readFileSync(file);
    // The few long-lived assets get Brotli's best (slow) quality; the many pages and data files a
    // quality that compresses nearly as well at a fraction of the time, so builds stay linear.
    const quality = /[\\/]assets[\\/]/.test(file) || file.endsWith('sw.js') ? 11 : 6;
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
    );
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
    count++;
  }
  return count;
}

/** Precompresses the client build once everything, the service worker included, is written. */
export function compressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'lesezeit-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const count = precompress(outDir);
        this.info(`precompressed ${count} files (brotli and gzip)`);
      },
    },
  };
}
