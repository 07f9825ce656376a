/**
 * Renders the share images of a batch of articles in a process of its own: resvg-js keeps some
 * native memory after every render, and only the end of a process gives it back. Reads
 * `{ outDir, articles }` as JSON on stdin.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../content/model';
import { shareImagePath } from '../site/paths';
import { renderShareImage } from './shareImage';

const { outDir, articles } = JSON.parse(readFileSync(0, 'utf8')) as {
  outDir: string;
  articles: Article[];
};
for (const article of articles) {
  const target = path.join(outDir, shareImagePath(article.slug));
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, renderShareImage(article));
}
