import type { Block } from './model';

/** A run of body blocks: the text before the first subheading, or one subheading and its text. */
export type BodySection = {
  /** Index of the section's first block in the article body (stable keys, quote lookups). */
  start: number;
  blocks: readonly Block[];
  /** Characters of text in the section; the reader view estimates its height from them. */
  chars: number;
};

/**
 * Splits the body at its subheadings. Each section starts at a heading, except a first one that
 * holds the text before any heading. Empty input gives no sections; no block is dropped.
 */
export function bodySections(blocks: readonly Block[]): BodySection[] {
  const sections: Array<{ start: number; blocks: Block[]; chars: number }> = [];
  blocks.forEach((block, index) => {
    const current = sections.at(-1);
    if (!current || block.type === 'heading') {
      sections.push({ start: index, blocks: [block], chars: block.text.length });
    } else {
      current.blocks.push(block);
      current.chars += block.text.length;
    }
  });
  return sections;
}
