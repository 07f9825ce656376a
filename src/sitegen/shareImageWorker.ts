/**
 * Renders share cards in a worker process of its own: resvg-js keeps native memory after every
 * render that only the end of the process gives back, so the pool runs each batch in a fresh
 * process (bounded memory) rather than in a long-lived thread.
 */
import { putObject, type StoredObject } from './buildCache';
import { renderShareCard } from './shareImage';

export type ShareImagesTask = { cacheDir: string; svgs: string[] };

export function renderShareImages(task: ShareImagesTask): StoredObject[] {
  return task.svgs.map((svg) => putObject(task.cacheDir, renderShareCard(svg)));
}
