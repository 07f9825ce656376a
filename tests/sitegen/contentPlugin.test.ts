import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFiles, ContentError, loadCollection } from '../../src/sitegen/contentPlugin';

const root = path.resolve(import.meta.dirname, '../..');

function withSeeds<T>(dir: string, fn: () => T): T {
  const previous = process.env.SEEDS_DIR;
  process.env.SEEDS_DIR = dir;
  try {
    return fn();
  } finally {
    if (previous === undefined) delete process.env.SEEDS_DIR;
    else process.env.SEEDS_DIR = previous;
  }
}

describe('content bundling', () => {
  it('emits one index page and one JSON file per article', () => {
    const files = contentFiles(withSeeds('tests/fixtures', () => loadCollection(root)));
    expect([...files.keys()].filter((f) => f.startsWith('data/artikel/'))).toHaveLength(8);
    const index = JSON.parse(files.get('data/index/1.json') ?? 'null');
    expect(index).toMatchObject({ page: 1, pageCount: 1, total: 8 });
    expect(index.items[0].date >= index.items[7].date).toBe(true);
  });

  it('gives byte-identical output for the same input', () => {
    const once = contentFiles(loadCollection(root));
    const twice = contentFiles(loadCollection(root));
    expect([...twice.entries()]).toEqual([...once.entries()]);
  });

  it('fails with every problem listed as file:line: message', () => {
    let error: unknown;
    try {
      withSeeds('tests/fixtures/bad', () => loadCollection(root));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems).toHaveLength(6);
    expect(problems).toContain(
      'tests/fixtures/bad/no-lead.txt:2: the article has no lead: the paragraph after the header is missing',
    );
  });
});
