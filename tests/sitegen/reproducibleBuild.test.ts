/**
 * The site build end to end on the realistic fixtures: reproducible, incremental and
 * byte-identical to a cold build, safe with bad articles and damaged caches. Each build runs as
 * `npm run build:app` does, with a cache and output folders of the test's own.
 */
import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  copyArticles,
  differences,
  filesOf,
  projectRoot,
  readable,
  runSiteBuild,
} from './siteBuildRun';

const work = mkdtempSync(path.join(tmpdir(), 'lesezeit-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const at = (name: string) => path.join(work, name);
const seeds = copyArticles(path.join(projectRoot, 'tests/fixtures/realistic'), at('seeds'));
const env = { SEEDS_DIR: seeds };
/** The article the tests edit and delete, by its file and its slug. */
const edited = path.join(seeds, '05_lokal_linde.txt');

/** The slug of the article from a file, as the site's index lists it. */
function slugOf(site: Map<string, Buffer>, id: string): string {
  const index = JSON.parse(readable(site.get('data/index/1.json') ?? Buffer.from('{}'))) as {
    items?: Array<{ id: string; slug: string }>;
  };
  const slug = index.items?.find((item) => item.id === id)?.slug;
  if (!slug) throw new Error(`no article ${id} in data/index/1.json`);
  return slug;
}

async function build(out: string, cache: string): Promise<Map<string, Buffer>> {
  const run = await runSiteBuild(at(out), at(cache), env);
  expect(run.output).toMatch(/^built 10 articles|^built \d+ articles/m);
  expect(run.code, run.output).toBe(0);
  return filesOf(at(out));
}

describe.sequential('the site build', () => {
  let first = new Map<string, Buffer>();

  it('gives byte-identical files for the same sources, with no machine path in any', async () => {
    first = await build('first', 'cache-a');
    const second = await build('second', 'cache-b');
    expect([...second.keys()]).toEqual([...first.keys()]);
    expect(differences(first, second)).toEqual([]);
    const withPaths = [...first]
      .filter(
        ([, bytes]) => readable(bytes).includes(projectRoot) || readable(bytes).includes(work),
      )
      .map(([file]) => file);
    expect(withPaths).toEqual([]);
    // Every kind of file is there, so the comparison covered it.
    for (const file of ['index.html', 'sw.js', 'sw.js.br', 'sitemap.xml', 'shell.html', '404.html'])
      expect(first.has(file), file).toBe(true);
    expect([...first.keys()].filter((f) => /^og\/.+\.png$/.test(f))).toHaveLength(10);
    expect([...first.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
  }, 600_000);

  it('rebuilds after an edit only what shows it, and gives the bytes of a cold build', async () => {
    appendFileSync(edited, '\nDer Quartierverein will im Frühling noch einmal darüber beraten.\n');
    const run = await runSiteBuild(at('first'), at('cache-a'), env);
    expect(run.code, run.output).toBe(0);
    // The edited article's page is rendered again, and the pages that list it (the home page,
    // its month in the archive, the briefing) when its teaser changed; no other page.
    const prerender = /prerender (\d+) pages \((\d+) reused\)/.exec(run.output);
    const rendered = Number(prerender?.[1]) - Number(prerender?.[2]);
    expect(rendered).toBeGreaterThanOrEqual(1);
    expect(rendered).toBeLessThanOrEqual(4);
    const incremental = filesOf(at('first'));
    const cold = await build('cold', 'cache-c');
    expect(differences(incremental, cold)).toEqual([]);

    const changed = differences(first, incremental);
    const slug = slugOf(first, '05_lokal_linde');
    const unrelated = changed.filter(
      (f) =>
        !f.includes(slug) &&
        !f.startsWith('pagefind/') &&
        !/^(sw\.js|index\.html|data\/index\/1\.json|(data\/)?(archiv|kurz)\b)/.test(f),
    );
    expect(unrelated).toEqual([]);
    expect(changed.some((f) => f.startsWith('artikel/'))).toBe(true);
  }, 600_000);

  it('fails a cached build on a bad article with file:line and keeps the last good site', async () => {
    const before = filesOf(at('first'));
    writeFileSync(path.join(seeds, 'kaputt.txt'), 'Ein Artikel ohne Kopfzeile.\n\nDer Lead.\n');
    for (let attempt = 1; attempt <= 2; attempt++) {
      const run = await runSiteBuild(at('first'), at('cache-a'), env);
      expect(run.code, `attempt ${attempt}`).not.toBe(0);
      expect(run.output).toMatch(/kaputt\.txt:\d+: /);
      expect(differences(before, filesOf(at('first')))).toEqual([]);
    }
    rmSync(path.join(seeds, 'kaputt.txt'));
  }, 600_000);

  it('takes every trace of a deleted article out of the site', async () => {
    const slug = slugOf(filesOf(at('first')), '05_lokal_linde');
    rmSync(edited);
    expect((await runSiteBuild(at('first'), at('cache-a'), env)).code).toBe(0);
    const site = filesOf(at('first'));
    const traces = [...site]
      .filter(([file, bytes]) => file.includes(slug) || readable(bytes).includes(slug))
      .map(([file]) => file);
    expect(traces).toEqual([]);
  }, 600_000);

  it('notes a damaged or foreign cache in one line and builds as from an empty one', async () => {
    const cache = at('cache-a');
    truncateSync(path.join(cache, 'parse.json'), 10);
    // A stored page cut short, as a full disk would leave it.
    const objects = path.join(cache, 'objects');
    const stored = readdirSync(objects).flatMap((prefix) =>
      readdirSync(path.join(objects, prefix)).map((name) => path.join(objects, prefix, name)),
    );
    const page = stored.find((file) => readFileSync(file, 'latin1').startsWith('<!doctype html>'));
    expect(page).toBeDefined();
    truncateSync(page ?? '', 100);
    const damaged = await runSiteBuild(at('first'), cache, env);
    // The build's own words in the message: what it said when it did not finish.
    expect(damaged.code, damaged.output).toBe(0);
    expect(damaged.output).toMatch(/parse\.json is damaged/);

    writeFileSync(path.join(cache, 'format'), 'some-other-tool 7\n');
    const foreign = await runSiteBuild(at('first'), cache, env);
    expect(foreign.code, foreign.output).toBe(0);
    expect(foreign.output.split('\n').filter((l) => /another version/.test(l))).toHaveLength(1);
    const cold = await build('cold-after-delete', 'cache-d');
    expect(differences(filesOf(at('first')), cold)).toEqual([]);
  }, 900_000);
});
