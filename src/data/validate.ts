import type {
  Article,
  ArticleIndexPage,
  ArticleListItem,
  Block,
  Quote,
  QuoteKind,
  Summary,
} from '../content/model';

/** Fetched JSON is checked once, here, at the boundary; nothing downstream asserts a type. */
export class InvalidDataError extends Error {
  constructor(path: string, expected: string) {
    super(`Unerwartete Daten bei ${path}: ${expected} erwartet`);
    this.name = 'InvalidDataError';
  }
}

export type Json = Record<string, unknown>;

export function record(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidDataError(path, 'ein Objekt');
  }
  return value as Json;
}

export function str(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new InvalidDataError(path, 'Text');
  return value;
}

export function strOrNull(value: unknown, path: string): string | null {
  return value === null ? null : str(value, path);
}

export function num(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new InvalidDataError(path, 'eine Zahl');
  return value;
}

export function list<T>(value: unknown, path: string, item: (v: unknown, p: string) => T): T[] {
  if (!Array.isArray(value)) throw new InvalidDataError(path, 'eine Liste');
  return value.map((v, i) => item(v, `${path}[${i}]`));
}

function summary(value: unknown, path: string): Summary | null {
  if (value === null) return null;
  const o = record(value, path);
  return { label: str(o.label, `${path}.label`), items: list(o.items, `${path}.items`, str) };
}

function block(value: unknown, path: string): Block {
  const o = record(value, path);
  if (o.type === 'heading')
    return { type: 'heading', id: str(o.id, `${path}.id`), text: str(o.text, `${path}.text`) };
  if (o.type === 'paragraph') return { type: 'paragraph', text: str(o.text, `${path}.text`) };
  throw new InvalidDataError(`${path}.type`, '"heading" oder "paragraph"');
}

const quoteKinds: readonly QuoteKind[] = ['speech', 'partial', 'name'];
const quoteParts = ['lead', 'summary', 'body'] as const;

function quote(value: unknown, path: string): Quote {
  const o = record(value, path);
  const kind = quoteKinds.find((k) => k === o.kind);
  if (!kind) throw new InvalidDataError(`${path}.kind`, 'speech, partial oder name');
  const marks = list(o.marks, `${path}.marks`, str);
  if (marks.length !== 2) throw new InvalidDataError(`${path}.marks`, 'zwei Zeichen');
  const loc = record(o.location, `${path}.location`);
  const part = quoteParts.find((p) => p === loc.part);
  if (!part) throw new InvalidDataError(`${path}.location.part`, 'lead, summary oder body');
  return {
    id: str(o.id, `${path}.id`),
    text: str(o.text, `${path}.text`),
    kind,
    speaker: strOrNull(o.speaker, `${path}.speaker`),
    marks: [marks[0] ?? '', marks[1] ?? ''],
    location: {
      part,
      index: num(loc.index, `${path}.location.index`),
      start: num(loc.start, `${path}.location.start`),
      end: num(loc.end, `${path}.location.end`),
    },
  };
}

function listItem(value: unknown, path: string): ArticleListItem {
  const o = record(value, path);
  return {
    id: str(o.id, `${path}.id`),
    slug: str(o.slug, `${path}.slug`),
    title: str(o.title, `${path}.title`),
    date: str(o.date, `${path}.date`),
    lead: str(o.lead, `${path}.lead`),
    source: strOrNull(o.source, `${path}.source`),
    readingMinutes: num(o.readingMinutes, `${path}.readingMinutes`),
    summary: summary(o.summary, `${path}.summary`),
  };
}

export function validateArticle(value: unknown): Article {
  const o = record(value, 'article');
  const hero = record(o.hero, 'article.hero');
  return {
    ...listItem(value, 'article'),
    hero: {
      caption: str(hero.caption, 'article.hero.caption'),
      credit: strOrNull(hero.credit, 'article.hero.credit'),
    },
    body: list(o.body, 'article.body', block),
    quotes: list(o.quotes, 'article.quotes', quote),
  };
}

export function validateIndexPage(value: unknown): ArticleIndexPage {
  const o = record(value, 'index');
  return {
    page: num(o.page, 'index.page'),
    pageCount: num(o.pageCount, 'index.pageCount'),
    total: num(o.total, 'index.total'),
    items: list(o.items, 'index.items', listItem),
  };
}
