/**
 * Runs the site build as `npm run build` does, for the build tests: into a folder of the test's
 * own, with the test's articles, never touching the project's dist/.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
const bin = (name: string) => path.join(projectRoot, 'node_modules/.bin', name);

export type BuildRun = { code: number; output: string };

export async function runSiteBuild(outDir: string, env: Record<string, string>): Promise<BuildRun> {
  // As from a shell: Vitest's NODE_ENV=test would give React's development build.
  const shell = { ...process.env };
  delete shell.NODE_ENV;
  const options = { cwd: projectRoot, env: { ...shell, ...env }, maxBuffer: 64 << 20 };
  try {
    const ssr = await promisify(execFile)(
      bin('vite'),
      ['build', '--ssr', 'src/app/entryServer.tsx'],
      options,
    );
    const client = await promisify(execFile)(
      bin('vite'),
      ['build', '--outDir', outDir, '--emptyOutDir'],
      options,
    );
    return { code: 0, output: ssr.stdout + ssr.stderr + client.stdout + client.stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** Every file below `dir` by its path relative to it, with its bytes. */
export function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.posix.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else files.set(rel, readFileSync(path.join(dir, rel)));
    }
  };
  walk('');
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}
