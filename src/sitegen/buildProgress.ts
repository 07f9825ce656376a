/**
 * What a long build says while it runs, in the style of Vite's own output: one line per phase with
 * its count and elapsed time, a live line on a terminal, plain lines in CI and in logs, and a
 * one-line summary at the end.
 */

export type PhaseRecord = {
  name: string;
  ms: number;
  count: number;
  reused: number;
  unit: string;
  note: string | null;
};

type Output = { write: (text: string) => unknown; isTTY?: boolean };

const number = (n: number) => n.toLocaleString('en-US');

export function formatMs(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

/** `prerender 3,412 / 10,000 pages  41 s` */
export function progressLine(
  name: string,
  done: number,
  total: number,
  unit: string,
  ms: number,
): string {
  return `${name} ${number(done)} / ${number(total)} ${unit}  ${formatMs(ms)}`;
}

/** `✓ prerender 10,000 pages (9,998 reused) in 2.3 s`; a phase without a unit is one step. */
export function phaseLine(record: PhaseRecord): string {
  const count = record.unit ? ` ${number(record.count)} ${record.unit}` : '';
  const allReused = record.reused > 0 && record.reused >= record.count;
  const reused = allReused
    ? record.unit
      ? ' (all reused)'
      : ' reused'
    : record.reused > 0
      ? ` (${number(record.reused)} reused)`
      : '';
  const note = record.note ? `, ${record.note}` : '';
  return `✓ ${record.name}${count}${reused}${note} in ${formatMs(record.ms)}`;
}

/** `built 10,000 articles, 10,502 pages in 8.1 s: parse 1.2 s (10,000 reused) · … ` */
export function summaryLine(
  articles: number,
  pages: number,
  totalMs: number,
  phases: readonly PhaseRecord[],
): string {
  const parts = phases.map((p) => {
    const reused =
      p.reused > 0 ? (p.reused >= p.count ? ' reused' : ` (${number(p.reused)} reused)`) : '';
    return `${p.name} ${formatMs(p.ms)}${reused}`;
  });
  return `built ${number(articles)} articles, ${number(pages)} pages in ${formatMs(totalMs)}: ${parts.join(' · ')}`;
}

export class Phase {
  private done = 0;
  private reusedCount = 0;
  private lastPlain = performance.now();
  private readonly started = performance.now();

  constructor(
    private readonly progress: BuildProgress,
    readonly name: string,
    private total: number,
    private readonly unit: string,
  ) {}

  /** Sets the number of items once it is known. */
  expect(total: number): void {
    this.total = total;
    this.progress.refresh(this);
  }

  tick(n = 1): void {
    this.done += n;
    this.progress.refresh(this);
  }

  reused(n: number): void {
    this.reusedCount += n;
    this.tick(n);
  }

  line(): string {
    return progressLine(
      this.name,
      this.done,
      this.total,
      this.unit,
      performance.now() - this.started,
    );
  }

  /** In plain output, a line every few seconds so a log shows a long phase moving. */
  duePlain(): boolean {
    const now = performance.now();
    if (now - this.lastPlain < 5000) return false;
    this.lastPlain = now;
    return true;
  }

  end(
    note: string | null = null,
    count = this.total,
    ms = performance.now() - this.started,
  ): PhaseRecord {
    const record: PhaseRecord = {
      name: this.name,
      ms,
      count,
      reused: this.reusedCount,
      unit: this.unit,
      note,
    };
    this.progress.finish(record);
    return record;
  }
}

export class BuildProgress {
  readonly phases: PhaseRecord[] = [];
  private readonly live: boolean;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly out: Output = process.stdout,
    live = Boolean(out.isTTY) && !process.env.CI,
  ) {
    this.live = live;
  }

  phase(name: string, total = 0, unit = ''): Phase {
    const phase = new Phase(this, name, total, unit);
    this.refresh(phase, true);
    return phase;
  }

  refresh(phase: Phase, force = false): void {
    const now = performance.now();
    if (this.live) {
      if (!force && now - this.lastDraw < 100) return;
      this.lastDraw = now;
      this.out.write(`\r\x1b[2K${phase.line()}`);
      this.drawn = true;
    } else if (!force && phase.duePlain()) {
      this.out.write(`  ${phase.line()}\n`);
    }
  }

  note(text: string): void {
    this.clear();
    this.out.write(`${text}\n`);
  }

  finish(record: PhaseRecord): void {
    this.phases.push(record);
    this.clear();
    this.out.write(`${phaseLine(record)}\n`);
  }

  private clear(): void {
    if (this.live && this.drawn) this.out.write('\r\x1b[2K');
    this.drawn = false;
  }
}
