/**
 * `npm run bench:parse`: how long parsing one article takes (CPU time and wall time), over the
 * seeds and the test articles (the annotated `eval` set left aside as always, and the held-out
 * `holdout` set, which nothing run while tuning may read), each parsed `--runs` times after one
 * warm-up round. Reports figures only: it never fails because the machine is slow.
 *   tsx scripts/benchParse.ts [--runs 30]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseSourceFile } from '../src/content/collection';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const runs = Number(values.runs);
const root = path.resolve(import.meta.dirname, '..');

function articleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory())
      return ['bad', 'eval', 'holdout'].includes(name) ? [] : articleFiles(file);
    return name.endsWith('.txt') ? [file] : [];
  });
}

const inputs = [
  ...articleFiles(path.join(root, 'seeds')),
  ...articleFiles(path.join(root, 'tests/fixtures')),
].map((file) => ({ name: file, bytes: readFileSync(file) }));
for (const input of inputs) parseSourceFile(input);
const cpu0 = process.cpuUsage();
const wall0 = performance.now();
for (let r = 0; r < runs; r++) for (const input of inputs) parseSourceFile(input);
const parses = runs * inputs.length;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000 / parses;
const wallMs = (performance.now() - wall0) / parses;
console.log(
  `${inputs.length} articles × ${runs} runs: ${cpuMs.toFixed(2)} ms CPU, ${wallMs.toFixed(2)} ms wall per article`,
);
