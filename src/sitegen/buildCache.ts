/**
 * The build's cache in `node_modules/.cache/lesezeit/` (where Vite, Babel and ESLint keep theirs:
 * a fresh clone has none, deleting the folder forces a cold build). Outputs are stored once by
 * the SHA-256 of their bytes ("objects") and hard-linked into the site, so an unchanged file keeps
 * its bytes and its modification time from one build to the next. What each output was made from
 * is recorded in small JSON indexes, keyed by content hashes of its inputs, never by file times.
 */
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

const lockName = 'lock';

/** Bump when the layout or meaning of anything in the cache changes. */
export const cacheFormat = 'lesezeit-build-cache 1';

export function defaultCacheDir(root: string): string {
  return path.join(root, 'node_modules/.cache/lesezeit');
}

export function sha256(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** A stored output: its hash names it, its size guards against a truncated copy. */
export type StoredObject = { hash: string; size: number };

export function objectPath(cacheDir: string, hash: string): string {
  return path.join(cacheDir, 'objects', hash.slice(0, 2), hash);
}

/** Writes through a temporary name and a rename, so no reader ever sees half a file. */
export function writeAtomic(file: string, content: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, content);
  } catch (error) {
    // The folder is made only when it is missing: a recursive mkdir per file costs as much as
    // the write of a small page.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, content);
  }
  renameSync(temporary, file);
}

/** Stores bytes as an object (once) and returns its name. Safe from several processes at once. */
export function putObject(cacheDir: string, content: string | Uint8Array): StoredObject {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const hash = sha256(bytes);
  const file = objectPath(cacheDir, hash);
  if (statSync(file, { throwIfNoEntry: false })?.size !== bytes.length) {
    writeAtomic(file, bytes);
    // Read-only: the site links to these bytes, nothing may change them in place.
    chmodSync(file, 0o444);
  }
  return { hash, size: bytes.length };
}

export function hasObject(cacheDir: string, object: StoredObject): boolean {
  return (
    statSync(objectPath(cacheDir, object.hash), { throwIfNoEntry: false })?.size === object.size
  );
}

export function readObject(cacheDir: string, hash: string): Buffer {
  return readFileSync(objectPath(cacheDir, hash));
}

/** Puts an object at `target` (a hard link; a copy where links cannot go). */
export function linkObject(cacheDir: string, hash: string, target: string): void {
  const source = objectPath(cacheDir, hash);
  try {
    linkSync(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !statSync(path.dirname(target), { throwIfNoEntry: false })) {
      mkdirSync(path.dirname(target), { recursive: true });
      linkSync(source, target);
    } else if (code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK') {
      copyFileSync(source, target);
    } else throw error;
  }
}

/** Every file below `dir`, as paths relative to it with forward slashes, sorted. */
export function filesBelow(dir: string, sub = ''): string[] {
  const entries = readdirSync(path.join(dir, sub), { withFileTypes: true });
  return entries
    .flatMap((entry) => {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesBelow(dir, rel) : [rel];
    })
    .sort();
}

/**
 * One hash of a set of files and folders below `root` (paths and bytes): the key of everything
 * built from them. Missing entries count as missing, so adding one changes the key too.
 */
export function hashTree(root: string, entries: readonly string[], skip?: RegExp): string {
  const hash = createHash('sha256');
  for (const entry of [...entries].sort()) {
    const full = path.join(root, entry);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat) {
      hash.update(`missing ${entry}\0`);
      continue;
    }
    const files = stat.isDirectory() ? filesBelow(full).map((f) => `${entry}/${f}`) : [entry];
    for (const file of files) {
      if (skip?.test(file)) continue;
      hash.update(`${file}\0`);
      hash.update(readFileSync(path.join(root, file)));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

/** Removes a folder tree quickly (a plain loop of unlinks beats a recursive rm on big trees). */
export function removeTree(dir: string): void {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat) return;
  if (!stat.isDirectory()) {
    unlinkSync(dir);
    return;
  }
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * The cache folder: checks that it is ours and of this format, else starts it afresh with a
 * one-line note; reads and writes the JSON indexes, each checked as it is read.
 */
export class BuildCache {
  private constructor(
    readonly dir: string,
    private readonly note: (line: string) => void,
  ) {}

  /** Opens (or starts) the cache; `note` hears of anything found damaged, one line each. */
  static open(dir: string, note: (line: string) => void): BuildCache {
    const marker = path.join(dir, 'CACHEDIR.TAG');
    const formatFile = path.join(dir, 'format');
    let format: string | null = null;
    try {
      format = readFileSync(formatFile, 'utf8').trim();
    } catch {
      format = null;
    }
    const exists = statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
    if (format !== cacheFormat) {
      const contents = exists ? readdirSync(dir).filter((name) => name !== lockName) : [];
      if (contents.length > 0) {
        note(
          `The build cache in ${path.relative(process.cwd(), dir) || dir} is ${format === null ? 'unreadable' : `of another version ("${format}")`}; starting it afresh.`,
        );
        for (const name of contents) rmSync(path.join(dir, name), { recursive: true, force: true });
      }
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        marker,
        'Signature: 8a477f597d28d172789f06886806bc55\n# The Lesezeit build cache; safe to delete.\n',
      );
      writeAtomic(formatFile, `${cacheFormat}\n`);
    }
    return new BuildCache(dir, note);
  }

  /**
   * Makes the project's packages resolvable from the cache (the server bundle in it imports
   * them), also for a cache folder outside the project.
   */
  linkPackages(root: string): void {
    const inside = !path.relative(root, this.dir).startsWith('..');
    const link = path.join(this.dir, 'node_modules');
    if (inside || lstatSync(link, { throwIfNoEntry: false })) return;
    symlinkSync(path.join(root, 'node_modules'), link, 'dir');
  }

  /** Reads an index; a damaged one (truncated, not ours) is noted and counts as empty. */
  readIndex<T>(name: string, isValid: (value: unknown) => value is T): T | null {
    const file = path.join(this.dir, name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return null;
    }
    try {
      const value: unknown = JSON.parse(text);
      if (isValid(value)) return value;
    } catch {
      // Falls through to the note.
    }
    this.note(`The build cache's ${name} is damaged; rebuilding what it held.`);
    rmSync(file, { force: true });
    return null;
  }

  writeIndex(name: string, value: unknown): void {
    writeAtomic(path.join(this.dir, name), JSON.stringify(value));
  }

  put(content: string | Uint8Array): StoredObject {
    return putObject(this.dir, content);
  }

  has(object: StoredObject): boolean {
    return hasObject(this.dir, object);
  }

  read(hash: string): Buffer {
    return readObject(this.dir, hash);
  }

  link(hash: string, target: string): void {
    linkObject(this.dir, hash, target);
  }

  /** Deletes the objects no output and no index refers to any more. */
  collectGarbage(live: ReadonlySet<string>): number {
    const objects = path.join(this.dir, 'objects');
    let removed = 0;
    for (const prefix of readdirSync(objects, { withFileTypes: true })) {
      if (!prefix.isDirectory()) continue;
      for (const name of readdirSync(path.join(objects, prefix.name))) {
        if (live.has(name)) continue;
        rmSync(path.join(objects, prefix.name, name), { force: true });
        removed++;
      }
    }
    return removed;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One build at a time per cache folder (the browser tests build several sites at once): waits
 * for the other build, takes over a lock whose process is gone. Returns the release.
 */
export async function lockCache(dir: string, onWait: () => void): Promise<() => void> {
  mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, lockName);
  let waited = false;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(lock, { encoding: 'utf8', flag: 'r' }) || 0);
    if (holder > 0 && !alive(holder)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (!waited) onWait();
    waited = true;
    await sleep(200);
  }
}

/** A shape check for indexes that map names to stored objects. */
export function isObjectRecord(value: unknown): value is Record<string, StoredObject> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every(
      (v) =>
        typeof v === 'object' &&
        v !== null &&
        typeof (v as StoredObject).hash === 'string' &&
        typeof (v as StoredObject).size === 'number',
    )
  );
}
