/**
 * Search excerpts as data. Pagefind returns an excerpt as an HTML string: the record's text with
 * the matched words wrapped in `<mark>`. The build escapes every record's text before indexing
 * (`escapeSearchText`), so the only tags an excerpt can hold are Pagefind's own marks; the reader
 * renders the parts as text and `<mark>` elements, never as HTML.
 */

/** A run of excerpt text, marked when it is a matched word. */
export type ExcerptPart = { text: string; marked: boolean };

/**
 * What the build hands Pagefind, so that text that looks like markup comes back as text: an `&`
 * that starts a character reference (`&amp;`, `&#169;` written in an article) and a written
 * `<mark>` or `</mark>`. Pagefind's script escapes `<` and `>` of a record's text when it makes
 * an excerpt, and leaves `&` as it is; so an ordinary `&`, `<` or `>` stays as written and puts
 * no `amp`, `lt` or `gt` into the index, where a search for those letters would find it.
 */
export function escapeSearchText(text: string): string {
  return text
    .replace(/&(?=#x[0-9a-f]+;|#\d+;|[a-z]+;)/gi, '&amp;')
    .replace(/<(?=\/?mark>)/gi, '&lt;');
}

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith('#')) {
    const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isInteger(code) &&
      code > 0 &&
      code <= 0x10ffff &&
      (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : entity;
  }
  return namedEntities[name] ?? entity;
}

/** Decodes the character references an escaped text can hold; anything else stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
    decodeEntity(entity, name),
  );
}

/**
 * Splits an excerpt into text and marked parts. Only `<mark>` and `</mark>` are markup; any other
 * `<`, a stray closing mark or an unclosed one are read as text, never dropped. Empty parts are
 * left out and neighbours of the same kind joined.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (raw: string, marked: boolean) => {
    const text = decodeEntities(raw);
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  let rest = excerpt;
  let marked = false;
  for (;;) {
    const tag = marked ? '</mark>' : '<mark>';
    const at = rest.indexOf(tag);
    if (at === -1) {
      // An unclosed mark is no match: its text stays plain.
      push(rest, false);
      return parts;
    }
    push(rest.slice(0, at), marked);
    rest = rest.slice(at + tag.length);
    marked = !marked;
  }
}

/**
 * The distinct matched words of an excerpt, without the punctuation around them
 * (`«Gletscher»-Schmelze.` → `Gletscher»-Schmelze`): what a link to the article asks the browser
 * to highlight.
 */
export function markedWords(parts: readonly ExcerptPart[]): string[] {
  const words = parts
    .filter((p) => p.marked)
    .flatMap((p) => p.text.split(/\s+/))
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
  return [...new Set(words)];
}

/**
 * The excerpt without the title it begins with, where it does: a list by filter alone has no
 * matches, so its excerpts are the start of each record, the title (which the result shows as
 * its link) and the lead. An excerpt whose window starts inside the title (Pagefind centres it on
 * the matches) loses the title's tail the same way. A title with a match in it stays.
 */
export function withoutLeadingTitle(parts: ExcerptPart[], title: string): ExcerptPart[] {
  const [first, ...rest] = parts;
  if (!first || first.marked) return parts;
  // As the record holds it (src/content/searchRecord.ts): ending as a sentence, and as Pagefind
  // gives it back, with any run of white space (a no-break space too) as one space.
  const spaced = title.replace(/\s+/g, ' ').trim();
  const sentence = /[.!?:…]$/.test(spaced) ? spaced : `${spaced}.`;
  const tails = [...sentence.matchAll(/(?:^| )(?=\S)/g)].map((m) =>
    sentence.slice(m.index + m[0].length),
  );
  for (const tail of tails) {
    if (!first.text.startsWith(tail)) continue;
    const after = first.text.slice(tail.length);
    if (after !== '' && !/^\s/.test(after)) continue;
    const text = after.trimStart();
    return text === '' ? rest : [{ text, marked: false }, ...rest];
  }
  return parts;
}

/**
 * The text fragment (`#:~:text=…`) that asks the browser to highlight these words on the page it
 * opens, without a change to the page's own address. `&`, `,` and `-` have a meaning there and are
 * escaped too. Empty when there are no words.
 */
export function textFragment(words: readonly string[]): string {
  if (words.length === 0) return '';
  const escape = (word: string) => encodeURIComponent(word).replace(/-/g, '%2D');
  return `#:~:${words.map((w) => `text=${escape(w)}`).join('&')}`;
}
