/** Where the project lives, and its locally installed commands. */
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** A command from node_modules/.bin (vite, tsx, …). */
export const bin = (name: string) => path.join(projectRoot, 'node_modules/.bin', name);
