import type { ContentProblem, Summary } from './model';
import { isOneSentence } from './sentenceStarts';
import type { SourceBlock } from './splitBlocks';

/** `Keine Zeit? <source> fasst für dich zusammen`: the one label that names its publisher. */
const publisherLabel =
  /^(Keine Zeit\?\s+([^.!?:]{1,60}?)\s+fasst f(?:ü|ue)r dich zusammen:?)(?=\s|$)\s*(.*)$/u;

/**
 * Labels that open a summary box without naming a publisher, as newsrooms write them. The
 * longer label comes first so that "Das Wichtigste in Kürze" is not read as "In Kürze".
 */
const plainLabels = [
  'Das Wichtigste in Kürze',
  'Das Wichtigste im Überblick',
  'Darum gehts',
  "Darum geht's",
  'Darum geht’s',
  'In Kürze',
  'Zusammengefasst',
];

/**
 * A plain label, an optional colon, then the end of the block or a first item that starts like a
 * sentence (not lower case): "In Kürze wird der Rat entscheiden" is a paragraph, not a box.
 */
const escapeRegExp = (text: string) => text.replace(/[.*+?^$()|[\]\\{}]/gu, '\\$&');
const plainLabel = new RegExp(
  `^((?:${plainLabels.map(escapeRegExp).join('|')}):?)(?:$|\\s+(?!\\p{Ll})(.*)$)`,
  'u',
);

/** The source page's toggle that closes the summary box; not part of the item. */
const togglePattern = /\s*Mehr anzeigen\s*$/u;

/** A block this long is a paragraph, not a summary item, when no toggle closes the box. */
export const maxItemLength = 260;

/** How far ahead a closing `Mehr anzeigen` may stand: boxes have a handful of items. */
const maxToggleItems = 10;

export { isOneSentence };

export type SummaryLabel = {
  label: string;
  /** The publisher named by a `Keine Zeit?` label; null for the other labels. */
  source: string | null;
  /** The text after the label in the same block ('' when the label stands alone). */
  firstItem: string;
};

/** The summary label at the start of a block, as written, with what follows it. */
export function matchSummaryLabel(text: string): SummaryLabel | null {
  const publisher = publisherLabel.exec(text);
  if (publisher)
    return {
      label: publisher[1] ?? '',
      source: publisher[2] ?? null,
      firstItem: publisher[3] ?? '',
    };
  const plain = plainLabel.exec(text);
  if (plain) return { label: plain[1] ?? '', source: null, firstItem: plain[2] ?? '' };
  return null;
}

/** Splits the closing toggle off a summary item: `[item, true]` when the block ended the box. */
export function stripToggle(text: string): [string, boolean] {
  return togglePattern.test(text) ? [text.replace(togglePattern, ''), true] : [text, false];
}

/** A summary item in a box without toggle: one short sentence, with or without its mark. */
export function isShortSentence(text: string): boolean {
  return text.length <= maxItemLength && isOneSentence(text);
}

export type SummaryBoxRead = {
  summary: Summary | null;
  /** The publisher the label names, or null. */
  source: string | null;
  /** Index of the first block after the box (the first body block). */
  next: number;
  warnings: ContentProblem[];
};

/**
 * Reads the summary box that may open at `blocks[from]`. The items run up to the block that ends
 * with `Mehr anzeigen`; without that toggle they are the following one-sentence blocks. A label
 * with no item after it is no box: its block stays in the body, with a warning.
 */
export function readSummaryBox(blocks: readonly SourceBlock[], from: number): SummaryBoxRead {
  const none: SummaryBoxRead = { summary: null, source: null, next: from, warnings: [] };
  const first = blocks[from];
  const label = first ? matchSummaryLabel(first.text) : null;
  if (!first || !label) return none;

  const [firstItem, closedAtOnce] = stripToggle(label.firstItem);
  const items = firstItem.trim() === '' ? [] : [firstItem.trim()];
  let next = from + 1;
  let closed = closedAtOnce;
  const toggleAt = closed
    ? -1
    : blocks.slice(from + 1, from + 1 + maxToggleItems).findIndex((b) => stripToggle(b.text)[1]);
  if (toggleAt >= 0) {
    for (const block of blocks.slice(from + 1, from + 2 + toggleAt)) {
      const item = stripToggle(block.text)[0].trim();
      if (item !== '') items.push(item);
    }
    next = from + 2 + toggleAt;
    closed = true;
  } else if (!closed) {
    while (next < blocks.length && isShortSentence(blocks[next]?.text ?? ''))
      items.push(blocks[next++]?.text ?? '');
  }

  if (items.length === 0) {
    const after = blocks[from + 1]
      ? `a paragraph follows at line ${blocks[from + 1]?.line}`
      : 'the file ends';
    return {
      ...none,
      warnings: [
        {
          line: first.line,
          message: `the summary label "${label.label}" has nothing after it (${after}); kept as body text, not as a summary box`,
        },
      ],
    };
  }
  const warnings: ContentProblem[] =
    label.source !== null && !closed
      ? [
          {
            line: first.line,
            message: `the "Keine Zeit?" summary box has no closing "Mehr anzeigen"; it was taken to end ${next < blocks.length ? `before line ${blocks[next]?.line}` : 'at the end of the file'}`,
          },
        ]
      : [];
  return { summary: { label: label.label, items }, source: label.source, next, warnings };
}
