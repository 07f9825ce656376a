/**
 * Runs the site build as `npm run build:app` does, for the build tests: into folders of the
 * test's own, with the test's articles and cache, never touching the project's dist/ or cache.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export type BuildRun = { code: number; output: string };

export async function runSiteBuild(
  outDir: string,
  cacheDir: string,
  env: Record<string, string>,
): Promise<BuildRun> {
  // As from a shell: Vitest's NODE_ENV=test would give React's development build.
  const shell: NodeJS.ProcessEnv = { ...process.env, CI: '1' };
  delete shell.NODE_ENV;
  const args = ['--import', 'tsx', 'src/sitegen/siteBuild.ts', '--no-typecheck', '--out', outDir];
  try {
    const run = await promisify(execFile)(process.execPath, [...args, '--cache-dir', cacheDir], {
      cwd: projectRoot,
      env: { ...shell, ...env },
      maxBuffer: 64 << 20,
    });
    return { code: 0, output: run.stdout + run.stderr };
  } catch (error) {
    const failed = error as {
      code?: number | null;
      signal?: string | null;
      stdout?: string;
      stderr?: string;
    };
    // A build that died on a signal printed nothing of why: the signal is the message.
    const ended = failed.signal ? `\n(the build process ended on ${failed.signal})` : '';
    return {
      code: failed.code ?? 1,
      output: `${failed.stdout ?? ''}${failed.stderr ?? ''}${ended}`,
    };
  }
}

/** Every file below `dir` by its path relative to it, with its bytes, sorted by path. */
export function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else files.set(rel, readFileSync(path.join(dir, rel)));
    }
  };
  walk('');
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** The paths whose bytes differ between two sites, and those only one of them has. */
export function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => !a.get(p)?.equals(b.get(p) ?? Buffer.alloc(0))).sort();
}

/** A file's text as a reader would get it: gzip (Pagefind's files) unpacked. */
export function readable(bytes: Buffer): string {
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('latin1');
}

/** A copy of a folder of articles that a test may change. */
export function copyArticles(from: string, to: string): string {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).filter((n) => n.endsWith('.txt')))
    copyFileSync(path.join(from, name), path.join(to, name));
  return to;
}
