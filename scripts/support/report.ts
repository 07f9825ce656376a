/**
 * The benchmarks' output: units, medians, plain-text tables, result files, the machine's load,
 * and the frame that runs a benchmark and stops what it started.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { stopAll } from './processes';
import { projectRoot } from './project';

/** Where the benchmarks write their results and logs (ignored by git). */
export const resultsDir = path.join(projectRoot, 'bench-results');
export const logDir = path.join(resultsDir, 'logs');

/** The log file of a benchmark's step or server, in bench-results/logs/. */
export function logFile(name: string): string {
  mkdirSync(logDir, { recursive: true });
  return path.join(logDir, `${name}.log`);
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function seconds(ms: number): string {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'n/a';
}

export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A plain-text table; numbers (and anything starting with a digit) right-aligned. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map(
    (_, i) => i > 0 && rows.every((r) => /^[\d.,+−-]|^n\/a|^–$/.test(r[i] ?? '')),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function writeResults(name: string, data: unknown): string {
  mkdirSync(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(resultsDir, `${name}-${stamp}.json`);
  const json = `${JSON.stringify(data, null, 2)}\n`;
  writeFileSync(file, json);
  writeFileSync(path.join(resultsDir, `${name}-latest.json`), json);
  return path.relative(projectRoot, file);
}

/** The 1-minute load average against the core count: other work on the machine skews timings. */
export function machineLoad(): { load: number; cores: number; busy: boolean } {
  const load = loadavg()[0] ?? 0;
  const cores = cpus().length;
  return { load: Math.round(load * 100) / 100, cores, busy: load > cores * 0.75 };
}

export function loadWarning(
  samples: ReadonlyArray<{ load: number; cores: number; busy: boolean }>,
): string | null {
  const busy = samples.filter((s) => s.busy);
  if (busy.length === 0) return null;
  const worst = Math.max(...samples.map((s) => s.load));
  return `Note: the machine was busy with other work (load average up to ${worst} on ${samples[0]?.cores} cores); timings are noisier than usual, run again on a quiet machine to compare.`;
}

/**
 * Runs a benchmark's main function: an error is printed as a plain message, every server and
 * browser it started is stopped, and the process exits with the function's code.
 */
export function runMain(main: () => Promise<number>): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void stopAll().finally(() => process.exit(130));
    });
  }
  return main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      return 1;
    })
    .then(async (code) => {
      await stopAll();
      process.exit(code);
    });
}
