import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesOf, projectRoot, runSiteBuild } from './siteBuildRun';

const work = mkdtempSync(path.join(tmpdir(), 'lesezeit-reproducible-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = { SEEDS_DIR: path.join(projectRoot, 'tests/fixtures/realistic') };

describe('the site build', () => {
  it('gives byte-identical files for the same sources, with no machine path in any', async () => {
    const first = path.join(work, 'first');
    const second = path.join(work, 'second');
    expect((await runSiteBuild(first, env)).code).toBe(0);
    expect((await runSiteBuild(second, env)).code).toBe(0);
    const once = filesOf(first);
    const twice = filesOf(second);
    expect([...twice.keys()]).toEqual([...once.keys()]);
    const differing = [...once].filter(([file, bytes]) => !twice.get(file)?.equals(bytes));
    expect(differing.map(([file]) => file)).toEqual([]);
    const withPaths = [...once]
      .filter(([, bytes]) => bytes.includes(projectRoot) || bytes.includes(work))
      .map(([file]) => file);
    expect(withPaths).toEqual([]);
    // A page of each kind is there, so the comparison covered them.
    expect(once.has('index.html') && once.has('sw.js') && once.has('sitemap.xml')).toBe(true);
    expect([...once.keys()].some((f) => /^og\/.+\.png$/.test(f))).toBe(true);
  }, 300_000);
});
