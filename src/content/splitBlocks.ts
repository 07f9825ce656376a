/** A block of the source: its text with wrapped lines joined, and the line it starts on. */
export type SourceBlock = { text: string; line: number };

/**
 * Splits source text into blocks separated by blank lines. Tolerates a byte order mark, CRLF or
 * CR line endings, trailing white space and a missing final newline. A block wrapped over several
 * lines is joined with single spaces.
 */
export function splitBlocks(source: string): SourceBlock[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: SourceBlock[] = [];
  let current: string[] = [];
  let startLine = 0;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') {
      if (current.length > 0) blocks.push({ text: current.join(' '), line: startLine });
      current = [];
      return;
    }
    if (current.length === 0) startLine = i + 1;
    current.push(line);
  });
  if (current.length > 0) blocks.push({ text: current.join(' '), line: startLine });
  return blocks.map((b) => ({ ...b, text: collapseSpaces(b.text) }));
}

function collapseSpaces(text: string): string {
  return text.replace(/[ \t\u00A0]{2,}/g, (m) => (m.includes('\u00A0') ? '\u00A0' : ' '));
}
