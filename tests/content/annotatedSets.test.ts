import { describe, expect, it } from 'vitest';
import { fieldsRight, formatScore, loadAnnotatedSet, scoreSet, share } from './annotatedSets';

/**
 * How well the parser reads articles annotated by hand: speaker precision (a speaker given is in
 * the quote's `accept` list), speaker recall (quotes whose speaker the text states that got it)
 * and the share of article fields right. `dev` and `eval` are both development material: `eval`
 * was held out at first, but its articles and mistakes have been looked at since 2026-11-30, so
 * its figures no longer say how the parser does on articles it has never seen. The held-out set
 * is `holdout` (tests/fixtures/holdout, 37 articles written and annotated by hand before any
 * parser ran on them), which nobody tuning the rules reads: only its totals are looked at.
 *
 * Targets from the issue: no wrong speaker at all (precision 100 %), recall at least 85 %.
 */
const targets = { precision: 1, recall: 0.85 };

/**
 * MEASURED FLOORS, NOT THE TARGETS. Both development sets reach the targets; the held-out set
 * does not: the parser gives some wrong speakers and finds too few on articles it has never seen.
 * The floor is the last measurement (2026-12-01 morning, after the rules from two more reviews:
 * 135 of 136 right, 135 of 154 found, one wrong speaker fewer and one right one fewer; before
 * them 136 of 138 right, 136 of 154 found, unchanged by
 * the morning's rules from three more reviews; the same after rules
 * for a pronoun after "nennt", a subjunctive after a noun, a role or source before a colon;
 * 135 of 137 right, 135 of 154 found, with 260
 * more given names and the hero caption introducing people; 131 of 132 and 131 of 154 with the
 * caption alone, 134 of 136 and 134 of 154 with the given names alone;
 * 2026-11-30 night: 129 of 131 right, 129 of 154 found; 128 of
 * 131 and 128 of 154 late evening, after two sets of rules met in one merge; 129 of 132 before it; 126 of 129 and 126 of 154 an hour before; 125 of 128 and 125 of 154 earlier that evening, 123 of 126 and 123 of 154 that afternoon,
 * 117 of 125 and 117 of 154 when the set was wired in), so the test fails if the parser gets worse;
 * the README states the real figures. Raise it to the
 * targets when the parser gets there (without reading the held-out set's mistakes).
 */
const measuredFloors: Record<string, typeof targets> = {
  // 2026-12-06, after rounds 97 and 98: 140 of 141 right, 140 of 154 found (139 of 140 and
  // 139 of 154 from 2026-12-02 evening until then).
  holdout: { precision: 0.992, recall: 0.909 },
};

describe.each(['dev', 'eval', 'holdout'])('the %s set of hand-annotated articles', (folder) => {
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
