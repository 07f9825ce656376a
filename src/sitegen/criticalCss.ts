/**
 * The part of the app's stylesheet that a prerendered page needs to paint: every rule that could
 * match an element of its HTML, in the stylesheet's order. The whole stylesheet follows at the end
 * of the body (prerender.ts), for what the app renders later (another route, an opened panel).
 *
 * Kept rules are an ordered subset of the stylesheet, and a rule is left out only when its
 * selectors name a class that no element of the page has, so such a rule cannot match anything
 * on the page: the page's elements get the same computed styles from the part as from the whole.
 * And when the whole sheet arrives after the part, every kept rule comes again later in the same
 * order, so nothing on the page changes (no layout shift).
 */

/** A top-level piece of a stylesheet, ready to be kept or left out per page. */
type Piece =
  | { kind: 'always'; text: string }
  | { kind: 'rule'; text: string; selectors: string[][] }
  | { kind: 'group'; prelude: string; children: Piece[] };

/**
 * At-rules whose block holds rules and that are kept when one of their rules is
 * (`@media`, `@supports`, `@container`, `@layer x { … }`, `@starting-style`, `@scope`);
 * every other at-rule (`@keyframes`, `@font-face`, `@property`, `@import`) is kept whole.
 */
const groupingAtRule = /^@(media|supports|container|layer|starting-style|scope|document)\b/i;

/** Where the block or statement that starts at `from` ends (after its `}` or `;`). */
function blockEnd(css: string, from: number): { open: number; end: number } {
  let depth = 0;
  let open = -1;
  for (let i = from; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      i = stringEnd(css, i);
    } else if (c === '/' && css[i + 1] === '*') {
      const close = css.indexOf('*/', i + 2);
      i = close < 0 ? css.length : close + 1;
    } else if (c === '\\') {
      i++;
    } else if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) return { open, end: i + 1 };
    } else if (c === ';' && depth === 0) {
      return { open: -1, end: i + 1 };
    }
  }
  return { open, end: css.length };
}

function stringEnd(css: string, from: number): number {
  const quote = css[from];
  for (let i = from + 1; i < css.length; i++) {
    if (css[i] === '\\') i++;
    else if (css[i] === quote) return i;
  }
  return css.length;
}

/** Splits at commas outside parentheses, brackets and strings. */
function topLevelSplit(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") i = stringEnd(text, i);
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * The classes an element must have somewhere on the page for the selector to match. Classes
 * inside a functional pseudo-class (`:not(.x)`, `:is(.a, .b)`, `:has(.c)`) or an attribute
 * selector are not required: `:not(.x)` matches where `.x` is absent. Null when the selector
 * cannot be read plainly (an escaped character): such a rule is always kept.
 */
export function requiredClasses(selector: string): string[] | null {
  if (selector.includes('\\')) return null;
  let plain = '';
  let depth = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '"' || c === "'") {
      i = stringEnd(selector, i);
      continue;
    }
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0) plain += c;
  }
  return [...plain.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? '');
}

function parsePieces(css: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  while (at < css.length) {
    while (at < css.length && /\s/.test(css[at] ?? '')) at++;
    if (at >= css.length) break;
    const { open, end } = blockEnd(css, at);
    const text = css.slice(at, end);
    const prelude = open < 0 ? text : css.slice(at, open).trim();
    if (open < 0 || prelude.startsWith('@')) {
      if (open >= 0 && groupingAtRule.test(prelude))
        pieces.push({
          kind: 'group',
          prelude,
          children: parsePieces(css.slice(open + 1, end - 1)),
        });
      else pieces.push({ kind: 'always', text });
    } else {
      const selectors = topLevelSplit(prelude).map(requiredClasses);
      if (selectors.some((s) => s === null)) pieces.push({ kind: 'always', text });
      else pieces.push({ kind: 'rule', text, selectors: selectors as string[][] });
    }
    at = end;
  }
  return pieces;
}

function keep(pieces: readonly Piece[], has: (name: string) => boolean): string {
  let out = '';
  for (const piece of pieces) {
    if (piece.kind === 'always') out += piece.text;
    else if (piece.kind === 'rule') {
      if (piece.selectors.some((classes) => classes.every(has))) out += piece.text;
    } else {
      const inner = keep(piece.children, has);
      if (inner) out += `${piece.prelude}{${inner}}`;
    }
  }
  return out;
}

/** Every class named in a `class` attribute of the HTML. */
export function classesOf(html: string): Set<string> {
  const classes = new Set<string>();
  for (const match of html.matchAll(/\sclass="([^"]*)"/g))
    for (const name of (match[1] ?? '').split(/\s+/)) if (name) classes.add(name);
  return classes;
}

/**
 * Reads a stylesheet once; the function it returns gives the part of it that the given HTML
 * needs. Parsing once matters: a build calls it for every page.
 */
export function criticalCss(css: string): (html: string) => string {
  const pieces = parsePieces(css);
  return (html) => {
    const classes = classesOf(html);
    return keep(pieces, (name) => classes.has(name));
  };
}
