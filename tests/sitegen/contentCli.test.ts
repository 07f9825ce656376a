import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

function content(...args: string[]) {
  const run = spawnSync(tsx, ['src/sitegen/contentCli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each case starts tsx in a child process; on a busy machine that alone can take seconds.
describe('the content command', { timeout: 30_000 }, () => {
  it('check passes on seeds/ with one ok line per article', () => {
    const { code, stdout } = content('check');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^ok us-praesident-trump-zusammen-mit-selenskyj-beim-treffen-in-rom \(13 blocks, 3 headings, 10 quotes, 5 with a speaker, summary "Keine Zeit\? blue News fasst für dich zusammen" with 3 items\)$/m,
    );
  });

  it('check names each summary label and warns about a "Keine Zeit?" box without its toggle', () => {
    const { code, stdout } = content('check', 'tests/fixtures/layout');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^ok wer-zahlt-fuer-die-neue-turnhalle-in-seewil \(2 blocks, 0 headings, 1 quotes, 1 with a speaker, summary "Darum gehts" with 3 items\)$/m,
    );
    expect(stdout).toMatch(
      /^tests\/fixtures\/layout\/keine-zeit-no-toggle\.txt:5: the "Keine Zeit\?" summary box has no closing "Mehr anzeigen".* \(warning\)$/m,
    );
    expect(stdout).toMatch(
      /^tests\/fixtures\/layout\/label-nothing-after\.txt:5: the summary label "Zusammengefasst" has nothing after it.* \(warning\)$/m,
    );
    expect(stdout).toMatch(
      /^ok bahnstrecke-seewil-hinterau-wieder-offen \(0 blocks, 0 headings, 0 quotes, 0 with a speaker, no summary\)$/m,
    );
    expect(stdout).toMatch(
      /^ok seewil-sucht-einen-neuen-schulleiter \(2 blocks, 1 headings, 0 quotes, 0 with a speaker, no summary\)$/m,
    );
  });

  it('check lists every bad file with file:line and fails', () => {
    const { code, stdout, stderr } = content('check', 'tests/fixtures/bad');
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
    for (const line of [
      'tests/fixtures/bad/empty.txt:1: the file is empty',
      'tests/fixtures/bad/impossible-date.txt:1: the date "2025-13" has no month 13',
      'tests/fixtures/bad/impossible-day.txt:1: the date "2026-02-30" does not exist',
      'tests/fixtures/bad/no-date.txt:1: the article must start with a header',
      'tests/fixtures/bad/no-lead.txt:2: the article has no lead',
      'tests/fixtures/bad/not-utf8.txt:3: the file is not valid UTF-8',
    ]) {
      expect(stdout).toContain(line);
    }
  });

  it('show prints exactly the article model as JSON', () => {
    const { code, stdout } = content('show', 'seeds/000_9b53e7306838c131.txt');
    expect(code).toBe(0);
    const model = JSON.parse(stdout);
    expect(model).toMatchObject({
      id: '000_9b53e7306838c131',
      date: '2025-04',
      source: 'blue News',
      hero: { credit: 'AFP' },
    });
    expect(model.quotes).toHaveLength(10);
  });

  it('show of a bad file names the line and prints no JSON', () => {
    const { code, stdout, stderr } = content('show', 'tests/fixtures/bad/no-lead.txt');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('tests/fixtures/bad/no-lead.txt:2: the article has no lead');
  });

  it('a missing folder is a plain message', () => {
    const { code, stderr } = content('check', 'no/such/folder');
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^The articles folder .*no\/such\/folder does not exist\.$/);
  });
});
