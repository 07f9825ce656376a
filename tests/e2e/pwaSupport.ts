/**
 * Helpers for the service-worker tests (pwa.spec.ts) and scripts/pwaScreenshots.ts: builds of the
 * site with other articles, an nginx of their own (the shipped configuration, through
 * tests/e2e/nginxServer.ts) whose site can be swapped for a new deployment, and waiting for the
 * service worker.
 */
import { execFile, spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
const bin = (name: string) => path.join(projectRoot, 'node_modules/.bin', name);

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
 * Builds the site into `outDir` with the given environment (SEEDS_DIR, PRECACHE_LIMIT, …), as
 * `npm run build:app` does; the bundles come from the build cache when the app is unchanged.
 */
export async function buildSite(outDir: string, env: Record<string, string>): Promise<void> {
  await promisify(execFile)(bin('tsx'), ['src/sitegen/siteBuild.ts', '--no-typecheck', '--out', outDir], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export type Server = { url: string; deploy: (dist: string) => void; stop: () => Promise<void> };

/**
 * nginx on `port`, serving whatever the symlink `link` points to: `deploy(dist)` swaps it, as a
 * deployment over the running site would. Resolves once the server answers.
 */
export async function serveSwappable(link: string, port: number, dist: string): Promise<Server> {
  const deploy = (target: string) => {
    const next = `${link}.next`;
    rmSync(next, { force: true });
    symlinkSync(path.resolve(target), next);
    renameSync(next, link);
  };
  deploy(dist);
  // Never mistake another server on this port for ours.
  if (
    await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${port} is already in use`);
  const child = spawn(
    bin('tsx'),
    ['tests/e2e/nginxServer.ts', '--port', String(port), '--dist', link],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`nginx on port ${port} exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`nginx on port ${port} did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    deploy,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resolves once a service worker is active and controls the page. */
export async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.readUInt32BE(12) !== 0x49484452) throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
