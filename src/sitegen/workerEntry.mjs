/**
 * The entry of the build's pool workers: Node's worker threads and child processes do not
 * inherit tsx's loader, so each registers it before loading its TypeScript module, named in
 * LESEZEIT_WORKER_MODULE.
 */
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const worker = await import(process.env.LESEZEIT_WORKER_MODULE ?? '');
export const { renderPages, compressFiles, parseFiles, renderShareImages } = worker;
