/**
 * Builds of the site with other articles, for the service-worker tests and the screenshots of the
 * web manifest: the project's seeds plus named test fixtures, built as `npm run build:app` does
 * (the bundles come from the build cache while the app is unchanged).
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from './processes';
import { projectRoot } from './project';

/** A folder of article files: the project's seeds plus the named test fixtures. */
export function seedsWith(dir: string, fixtures: string[]): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seeds = path.join(projectRoot, 'seeds');
  for (const name of readdirSync(seeds)) copyFileSync(path.join(seeds, name), path.join(dir, name));
  for (const name of fixtures)
    copyFileSync(path.join(projectRoot, 'tests/fixtures', name), path.join(dir, name));
  return dir;
}

/**
 * Builds the site into `outDir` with the given environment (SEEDS_DIR, PRECACHE_LIMIT, …) on top
 * of this process's; its log goes next to it (`<outDir>-build.log`).
 */
export async function buildSite(outDir: string, env: Record<string, string>): Promise<void> {
  const build = await buildApp(
    outDir,
    { ...process.env, ...env },
    path.dirname(outDir),
    `${path.basename(outDir)}-build`,
  );
  if (!build.ok) throw new Error(`Building ${outDir} failed; see ${build.log}`);
}
