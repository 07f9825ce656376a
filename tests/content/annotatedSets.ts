import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, Quote } from '../../src/content/model';
import { fixturesDir, parseFixture } from './fixtureFiles';

/**
 * Hand-annotated article sets (tests/fixtures/dev, tests/fixtures/eval): each folder holds the
 * articles and an `expected.json` written by hand before the parser ran on them.
 */
export type ExpectedQuote = {
  textStartsWith: string;
  kind: Quote['kind'];
  speaker: string | null;
  /** Every answer that names the right speaker: full name, surname, the role with or without its article. */
  accept: string[];
  /** Whether the text says who spoke; when not, any speaker is wrong. */
  speakerStated: boolean;
};

export type ExpectedArticle = {
  style: string;
  date: string;
  title: string;
  hero: { caption: string; credit: string | null };
  leadStartsWith: string;
  source: string | null;
  summary: { label: string; items: number } | null;
  body: string[];
  quotes: ExpectedQuote[];
};

export type AnnotatedArticle = { name: string; expected: ExpectedArticle; article: Article };

export function loadAnnotatedSet(folder: string): AnnotatedArticle[] {
  const dir = path.join(fixturesDir, folder);
  const expected: Record<string, ExpectedArticle> = JSON.parse(
    readFileSync(path.join(dir, 'expected.json'), 'utf8'),
  );
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const names = files.map((f) => f.replace(/\.txt$/, '')).sort();
  if (names.join() !== Object.keys(expected).sort().join())
    throw new Error(`${folder}: the .txt files and the keys of expected.json differ`);
  return names.map((name) => ({
    name,
    expected: expected[name] as ExpectedArticle,
    article: parseFixture(`${folder}/${name}.txt`),
  }));
}

export type Tally = { right: number; total: number };

export type SetScore = {
  articles: number;
  /** Per field of the article: date, title, hero, lead, source, summary, body, quote count, quote kinds. */
  fields: Record<string, Tally>;
  /** Quotes whose kind matches, over the annotated quotes (a missed quote counts as wrong). */
  kinds: Tally;
  /** Speakers the parser gave (`total`) and how many of them are right. */
  precision: Tally;
  /** Quotes whose speaker the text states (`total`) and how many got it right. */
  recall: Tally;
  /** One line per mistake, for working on a development set. */
  mistakes: string[];
};

const ratio = ({ right, total }: Tally) => (total === 0 ? 1 : right / total);

export const share = (tally: Tally) => ratio(tally);

/**
 * Pairs annotated quotes with the parser's in reading order: each annotated quote takes the next
 * parser quote whose text starts as written down; parser quotes skipped over are extra.
 */
function pairQuotes(expected: readonly ExpectedQuote[], found: readonly Quote[]) {
  const pairs: Array<{ expected: ExpectedQuote | null; found: Quote | null }> = [];
  let cursor = 0;
  for (const e of expected) {
    const at = found.findIndex(
      (q, i) => i >= cursor && q.text.trimStart().startsWith(e.textStartsWith.trimStart()),
    );
    if (at < 0) {
      pairs.push({ expected: e, found: null });
      continue;
    }
    for (const extra of found.slice(cursor, at)) pairs.push({ expected: null, found: extra });
    pairs.push({ expected: e, found: found[at] ?? null });
    cursor = at + 1;
  }
  for (const extra of found.slice(cursor)) pairs.push({ expected: null, found: extra });
  return pairs;
}

export function scoreSet(set: readonly AnnotatedArticle[]): SetScore {
  const score: SetScore = {
    articles: set.length,
    fields: {},
    kinds: { right: 0, total: 0 },
    precision: { right: 0, total: 0 },
    recall: { right: 0, total: 0 },
    mistakes: [],
  };
  const field = (name: string, article: string, ok: boolean, shown: () => string) => {
    const tally = (score.fields[name] ??= { right: 0, total: 0 });
    tally.total++;
    if (ok) tally.right++;
    else score.mistakes.push(`${article} ${name}: ${shown()}`);
  };
  for (const { name, expected: e, article: a } of set) {
    const summary = a.summary ? { label: a.summary.label, items: a.summary.items.length } : null;
    field('date', name, a.date === e.date, () => a.date);
    field('title', name, a.title === e.title, () => a.title);
    field('hero', name, a.hero.caption === e.hero.caption && a.hero.credit === e.hero.credit, () =>
      JSON.stringify(a.hero),
    );
    field('lead', name, a.lead.startsWith(e.leadStartsWith), () => a.lead.slice(0, 40));
    field('source', name, a.source === e.source, () => String(a.source));
    field(
      'summary',
      name,
      JSON.stringify(summary) === JSON.stringify(e.summary),
      () => `${JSON.stringify(summary)} expected ${JSON.stringify(e.summary)}`,
    );
    field(
      'body',
      name,
      a.body.map((b) => b.type).join() === e.body.join(),
      () => `${a.body.map((b) => b.type[0]).join('')} expected ${e.body.map((t) => t[0]).join('')}`,
    );
    field(
      'quote count',
      name,
      a.quotes.length === e.quotes.length,
      () => `${a.quotes.length} expected ${e.quotes.length}`,
    );
    const pairs = pairQuotes(e.quotes, a.quotes);
    field(
      'quote kinds',
      name,
      pairs.every((p) => p.expected && p.found && p.expected.kind === p.found.kind),
      () => 'see the quotes',
    );
    for (const { expected: eq, found } of pairs) {
      const label = `${name} ${found?.id ?? 'missing'} «${(found?.text ?? eq?.textStartsWith ?? '').slice(0, 30)}»`;
      if (eq) {
        score.kinds.total++;
        if (found?.kind === eq.kind) score.kinds.right++;
        else
          score.mistakes.push(`${label} kind ${found?.kind ?? 'not found'}, expected ${eq.kind}`);
      } else {
        score.mistakes.push(`${label} is not an annotated quote`);
      }
      const right =
        found?.speaker != null && eq?.speakerStated === true && eq.accept.includes(found.speaker);
      if (found?.speaker != null) {
        score.precision.total++;
        if (right) score.precision.right++;
        else
          score.mistakes.push(
            `${label} WRONG speaker ${found.speaker}, expected ${eq?.speakerStated ? eq.speaker : 'none'}`,
          );
      }
      if (eq?.speakerStated) {
        score.recall.total++;
        if (right) score.recall.right++;
        else if (found?.speaker == null)
          score.mistakes.push(`${label} no speaker, expected ${eq.speaker}`);
      }
    }
  }
  return score;
}

const percent = (tally: Tally) =>
  `${(ratio(tally) * 100).toFixed(1)} % (${tally.right}/${tally.total})`;

/** The figures of a set, one per line, as the metrics test prints them. */
export function formatScore(name: string, score: SetScore): string {
  const fieldTotal = Object.values(score.fields).reduce(
    (t, f) => ({ right: t.right + f.right, total: t.total + f.total }),
    { right: 0, total: 0 },
  );
  return [
    `${name}: ${score.articles} articles`,
    `  speaker precision ${percent(score.precision)}`,
    `  speaker recall    ${percent(score.recall)}`,
    `  fields right      ${percent(fieldTotal)}`,
    ...Object.entries(score.fields).map(([f, t]) => `    ${f.padEnd(12)} ${percent(t)}`),
    `  quote kinds right ${percent(score.kinds)}`,
  ].join('\n');
}

export function fieldsRight(score: SetScore): Tally {
  return Object.values(score.fields).reduce(
    (t, f) => ({ right: t.right + f.right, total: t.total + f.total }),
    { right: 0, total: 0 },
  );
}
