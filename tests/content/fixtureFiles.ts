import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../src/content/model';
import { parseSourceFile } from '../../src/content/collection';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const fixturesDir = path.join(projectRoot, 'tests/fixtures');
export const referencePath = path.join(projectRoot, 'seeds/000_9b53e7306838c131.txt');

export function readBytes(file: string): Uint8Array {
  return readFileSync(path.isAbsolute(file) ? file : path.join(fixturesDir, file));
}

/** Parses a fixture (or the reference) and fails loudly when it is not an article. */
export function parseFixture(file: string): Article {
  const { article, report } = parseSourceFile({ name: file, bytes: readBytes(file) });
  if (!article) throw new Error(`${file} did not parse: ${JSON.stringify(report.errors)}`);
  return article;
}
