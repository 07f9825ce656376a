/** The label that opens a summary box: `Keine Zeit? <source> fasst für dich zusammen`. */
const labelPattern = /^(Keine Zeit\?\s+(.+?)\s+fasst f(?:ü|ue)r dich zusammen:?)(?=\s|$)\s*(.*)$/iu;

/** The source page's toggle that closes the summary box; not part of the item. */
const togglePattern = /\s*Mehr anzeigen\s*$/u;

export type SummaryLabel = { label: string; source: string; firstItem: string };

export function matchSummaryLabel(text: string): SummaryLabel | null {
  const match = labelPattern.exec(text);
  if (!match) return null;
  return { label: match[1] ?? '', source: match[2] ?? '', firstItem: match[3] ?? '' };
}

/** Splits the closing toggle off a summary item: `[item, true]` when the block ended the box. */
export function stripToggle(text: string): [string, boolean] {
  return togglePattern.test(text) ? [text.replace(togglePattern, ''), true] : [text, false];
}
