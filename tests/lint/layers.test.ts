import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The layer rule's messages for one import written in a file at `file` (which need not exist). */
async function layerErrors(file: string, importPath: string): Promise<string[]> {
  const code = `import * as m from '${importPath}';\nexport const used = m;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
    .map((m) => m.message);
}

// Every import a layer may not make, each from an existing module, so the import resolves.
describe('the layers are enforced by lint', { timeout: 60_000 }, () => {
  it.each([
    ['src/content/x.ts', '../site/paths', 'src/content sits below'],
    ['src/content/x.ts', '../data/validate', 'src/content sits below'],
    ['src/site/x.ts', '../data/validate', 'src/site sits below'],
    ['src/site/x.ts', '../components/Quote', 'src/site sits below'],
    ['src/data/x.ts', '../components/Quote', 'src/data sits below'],
    ['src/data/x.ts', '../routes/homeRoute', 'src/data sits below'],
    ['src/components/x.ts', '../containers/OfflineSaveContainer', 'src/components sits below'],
    ['src/components/x.ts', '../routes/homeRoute', 'src/components sits below'],
    ['src/containers/x.ts', '../routes/homeRoute', 'src/containers sits below'],
    ['src/components/x.ts', '../app/queryClient', 'src/components sits below'],
    ['src/routes/x.ts', '../app/queryClient', 'src/routes sits below'],
    ['src/app/x.ts', '../sitegen/pageHead', 'src/app sits below nothing'],
    ['src/app/x.ts', '../../scripts/support/project', 'src/app sits below nothing'],
    ['src/data/x.ts', '../../tests/setup', 'src/data sits below'],
    ['src/sitegen/x.ts', '../data/validate', 'The site generator takes only'],
    ['src/sitegen/x.ts', '../app/queryClient', 'The site generator takes only'],
    ['src/sw/x.ts', '../data/offlineLibrary', 'The service worker takes only'],
    ['src/sw/x.ts', '../app/queryClient', 'The service worker takes only'],
    ['src/data/x.ts', '../sw/pageWithPreferences', 'src/data sits below'],
    ['scripts/x.ts', '../tests/setup', 'Scripts never import test code'],
    ['scripts/x.ts', '../playwright.config', 'Scripts never import test code'],
  ])('%s may not import %s', async (file, importPath, message) => {
    const errors = await layerErrors(file, importPath);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([
    ['src/site/x.ts', '../content/slug'],
    ['src/data/x.ts', '../site/paths'],
    ['src/components/x.ts', '../data/validate'],
    ['src/containers/x.ts', '../components/OfflineSaveButton'],
    ['src/routes/x.ts', '../containers/OfflineSaveContainer'],
    ['src/sw/x.ts', '../site/caches'],
    ['src/app/x.ts', '../routes/homeRoute'],
    ['src/sitegen/x.ts', '../site/paths'],
    ['scripts/x.ts', '../src/site/paths'],
    ['tests/x.ts', '../scripts/support/project'],
  ])('%s may import %s', async (file, importPath) => {
    expect(await layerErrors(file, importPath)).toEqual([]);
  });
});
