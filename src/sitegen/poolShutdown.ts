/**
 * Stopping a pool of worker threads safely. Node 20 aborts the whole process (a V8 fatal error,
 * or a crash with no message) when a worker is terminated while it still evaluates its modules,
 * which a pool's destroy() does to a worker it started for the last few tasks and that never got
 * one. The workers say on a channel when they have loaded (workerEntry.mjs); `stopPool` waits for
 * every thread of the pool to have done so before it terminates them.
 */
import { BroadcastChannel } from 'node:worker_threads';
import type Tinypool from 'tinypool';

const loaded = new Set<number>();
let channel: BroadcastChannel | null = null;

/** Starts listening for workers that have loaded; call before the pool starts any. */
export function listenForLoadedWorkers(): void {
  if (channel) return;
  channel = new BroadcastChannel('lesezeit-pool-workers');
  channel.onmessage = (event: unknown) => {
    const data = (event as { data?: unknown }).data;
    if (typeof data === 'number') loaded.add(data);
  };
  channel.unref();
}

/** Whether the worker thread with this id has said that it loaded its modules. */
export function hasLoaded(threadId: number): boolean {
  return loaded.has(threadId);
}

/**
 * Destroys the pool once each of its threads has loaded its modules, waiting at most `limitMs`
 * (a worker that never loads is terminated all the same).
 */
export async function stopPool(pool: Tinypool, limitMs = 60_000): Promise<void> {
  const until = performance.now() + limitMs;
  while (pool.threads.some((thread) => !loaded.has(thread.threadId)) && performance.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 10));
  await pool.destroy();
}
