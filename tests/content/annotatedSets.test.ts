import { describe, expect, it } from 'vitest';
import { fieldsRight, formatScore, loadAnnotatedSet, scoreSet, share } from './annotatedSets';

/**
 * How well the parser reads articles annotated by hand: speaker precision (a speaker given is in
 * the quote's `accept` list), speaker recall (quotes whose speaker the text states that got it)
 * and the share of article fields right. `dev` and `eval` are both development material: `eval`
 * was held out at first, but its articles and mistakes have been looked at since 2026-11-30, so
 * its figures no longer say how the parser does on articles it has never seen. The held-out set
 * is now `holdout` (tests/fixtures/holdout), which nobody tuning the rules reads; it is wired
 * into this test separately.
 *
 * Targets from the issue: no wrong speaker at all (precision 100 %), recall at least 85 %.
 */
const targets = { precision: 1, recall: 0.85 };

/**
 * Measured floors for a set that does not reach the targets yet: the figures measured when the
 * rules were last changed, so that the test still fails if the parser gets worse. Both
 * development sets reach the targets now, so none is needed; the README states the figures.
 */
const measuredFloors: Record<string, typeof targets> = {};

describe.each(['dev', 'eval'])('the %s set of hand-annotated articles', (folder) => {
  const score = scoreSet(loadAnnotatedSet(folder));
  console.log(formatScore(folder, score));
  const floor = measuredFloors[folder] ?? targets;

  it(`gives no wrong speaker (${floor === targets ? 'target' : 'measured floor'}: precision ${floor.precision * 100} %)`, () => {
    expect(share(score.precision)).toBeGreaterThanOrEqual(floor.precision);
  });

  it(`finds at least ${floor.recall * 100} % of the speakers the text states (${floor === targets ? 'target' : 'measured floor'})`, () => {
    expect(share(score.recall)).toBeGreaterThanOrEqual(floor.recall);
  });

  it('gets the article fields right', () => {
    expect(share(fieldsRight(score))).toBeGreaterThanOrEqual(0.9);
  });
});
