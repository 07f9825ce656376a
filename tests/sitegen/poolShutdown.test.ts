/**
 * Stopping the build's worker pool: Node 20 aborts the whole process when a worker thread is
 * terminated while it still evaluates its modules, so the build waits until each has loaded.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import { describe, expect, it } from 'vitest';
import { hasLoaded, listenForLoadedWorkers, stopPool } from '../../src/sitegen/poolShutdown';

const root = path.resolve(import.meta.dirname, '../..');

function slowPool(): Tinypool {
  return new Tinypool({
    filename: pathToFileURL(path.join(root, 'src/sitegen/workerEntry.mjs')).href,
    env: {
      ...process.env,
      LESEZEIT_WORKER_MODULE: pathToFileURL(
        path.join(root, 'tests/sitegen/workers/slowLoadingWorker.ts'),
      ).href,
    },
    minThreads: 2,
    maxThreads: 2,
  });
}

describe('stopPool', () => {
  it('terminates the threads of a pool only once each has loaded its modules', async () => {
    listenForLoadedWorkers();
    const pool = slowPool();
    const threads = pool.threads.map((thread) => thread.threadId);
    expect(threads).toHaveLength(2);
    // Right after the start, neither thread has loaded: destroy() now would end them mid-load.
    expect(threads.some(hasLoaded)).toBe(false);
    const destroy = pool.destroy.bind(pool);
    let loadedAtDestroy: boolean[] = [];
    pool.destroy = () => {
      loadedAtDestroy = threads.map(hasLoaded);
      return destroy();
    };
    await stopPool(pool);
    expect(loadedAtDestroy).toEqual([true, true]);
    expect(pool.threads).toHaveLength(0);
  }, 60_000);

  it('runs tasks as before and stops a pool whose threads are idle', async () => {
    listenForLoadedWorkers();
    const pool = slowPool();
    await expect(pool.run(null, { name: 'renderPages' })).resolves.toBe('rendered');
    await stopPool(pool);
    expect(pool.threads).toHaveLength(0);
  }, 60_000);
});
