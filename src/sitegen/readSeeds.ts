import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../content/collection';

/** The seeds folder: `SEEDS_DIR` when set, else `seeds/` in the project. */
export function seedsDir(root = process.cwd()): string {
  return path.resolve(root, process.env.SEEDS_DIR ?? 'seeds');
}

/** Reads every `.txt` file in a folder, sorted by name, as bytes (decoding is the parser's job). */
export function readSeedFiles(dir: string): SourceFile[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ContentSetupError(`The articles folder ${dir} does not exist.`);
  }
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name: path.join(dir, name), bytes: readFileSync(path.join(dir, name)) }));
}

/** A problem with the content set-up, reported as a plain message without a stack trace. */
export class ContentSetupError extends Error {
  override name = 'ContentSetupError';
}
