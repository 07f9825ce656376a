/**
 * The entry of the build's pool workers: Node's worker threads and child processes do not
 * inherit tsx's loader, so each registers it before loading its TypeScript module, named in
 * LESEZEIT_WORKER_MODULE. A worker thread then says on the channel that it has loaded: Node 20
 * aborts the whole process when a worker is terminated while it still evaluates its modules, so
 * the build stops a pool only once every thread of it has (see poolShutdown.ts).
 */
import process from 'node:process';
import { BroadcastChannel, isMainThread, threadId } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const worker = await import(process.env.LESEZEIT_WORKER_MODULE ?? '');
export const { renderPages, compressFiles, parseFiles, renderShareImages } = worker;

if (!isMainThread) {
  const loaded = new BroadcastChannel('lesezeit-pool-workers');
  loaded.postMessage(threadId);
  loaded.close();
}
