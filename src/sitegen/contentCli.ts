import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  articleSummaryLine,
  buildCollection,
  formatProblem,
  parseSourceFile,
} from '../content/collection';
import { ContentSetupError, readSeedFiles, seedsDir } from './readSeeds';

const usage = `Usage:
  npm run content -- check [DIR]   check every .txt article in DIR (default: seeds/)
  npm run --silent content -- show FILE   print one article's model as JSON`;

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function check(dir: string): number {
  const files = readSeedFiles(dir);
  if (files.length === 0) {
    console.error(`No .txt articles found in ${relative(dir)}.`);
    return 1;
  }
  const { articles, reports } = buildCollection(files);
  const bySource = new Map(articles.map((a) => [a.id, a]));
  let bad = 0;
  for (const report of reports) {
    for (const warning of report.warnings)
      console.log(`${formatProblem(relative(report.file), warning)} (warning)`);
    if (report.errors.length > 0) {
      bad++;
      for (const error of report.errors) console.log(formatProblem(relative(report.file), error));
      continue;
    }
    const article = bySource.get(path.basename(report.file).replace(/\.[^.]*$/, ''));
    if (article) console.log(`ok ${article.slug} (${articleSummaryLine(article)})`);
  }
  console.log(
    `${reports.length - bad} of ${reports.length} articles ok${bad ? `, ${bad} with errors` : ''}.`,
  );
  return bad > 0 ? 1 : 0;
}

function show(file: string): number {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    console.error(`Cannot read ${file}: no such file.`);
    return 1;
  }
  const { article, report } = parseSourceFile({ name: file, bytes });
  for (const warning of report.warnings)
    console.error(`${formatProblem(relative(file), warning)} (warning)`);
  if (!article) {
    for (const error of report.errors) console.error(formatProblem(relative(file), error));
    return 1;
  }
  process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
  return 0;
}

function main(args: string[]): number {
  const [command, target] = args;
  try {
    if (command === 'check') return check(target ? path.resolve(target) : seedsDir());
    if (command === 'show' && target) return show(target);
  } catch (error) {
    if (error instanceof ContentSetupError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  console.error(usage);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
