/**
 * Marks the sentence being read on the page and keeps it in view. Where the browser has the CSS
 * Custom Highlight API the sentence itself gets the quiet background (`::highlight(vorlesen)`),
 * with no change to the page's elements; elsewhere its paragraph does (`data-vorlesen`).
 */
export const highlightName = 'vorlesen';
const paragraphAttribute = 'data-vorlesen';

type HighlightRegistry = Map<string, unknown>;
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function highlights(): { registry: HighlightRegistry; Highlight: HighlightConstructor } | null {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as { Highlight?: HighlightConstructor }).Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

/** Text that is not the author's: the link controls and their "Link kopiert" messages. */
function isControlText(node: Node): boolean {
  return !!node.parentElement?.closest('button, [role="status"]');
}

/**
 * The range of characters `start`…`end` of the text an element shows, counting only the
 * article's own text; the whole element when its text is not the expected one.
 */
export function textRange(element: Element, expected: string, start: number, end: number): Range {
  const range = document.createRange();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isControlText(node)) continue;
    nodes.push(node as Text);
    text += (node as Text).data;
  }
  if (text !== expected) {
    range.selectNodeContents(element);
    return range;
  }
  let offset = 0;
  let startSet = false;
  for (const node of nodes) {
    const next = offset + node.length;
    if (!startSet && start < next) {
      range.setStart(node, start - offset);
      startSet = true;
    }
    if (startSet && end <= next) {
      range.setEnd(node, end - offset);
      break;
    }
    offset = next;
  }
  return range;
}

let marked: Element | null = null;

export function clearMark(): void {
  highlights()?.registry.delete(highlightName);
  marked?.removeAttribute(paragraphAttribute);
  marked = null;
}

/** Marks `range` (inside `element`) as being read. */
export function mark(element: Element, range: Range): void {
  clearMark();
  const api = highlights();
  if (api) api.registry.set(highlightName, new api.Highlight(range));
  else {
    element.setAttribute(paragraphAttribute, '');
    marked = element;
  }
}

/**
 * Shows `element` where a collapsed part hides it (the summary box's items after the first): the
 * disclosure button that controls the element or a container of it (`aria-controls`, with
 * `aria-expanded="false"`) is pressed, as the reader would press it, so its state changes as
 * with a press. Returns whether a button was pressed; the part opens with the next render.
 */
export function reveal(element: Element): boolean {
  if (!element.closest('[hidden]')) return false;
  const toggle = [
    ...document.querySelectorAll<HTMLElement>('[aria-expanded="false"][aria-controls]'),
  ].find((button) =>
    (button.getAttribute('aria-controls') ?? '')
      .split(/\s+/)
      .some((id) => id !== '' && document.getElementById(id)?.contains(element)),
  );
  toggle?.click();
  return toggle !== undefined;
}

/**
 * Scrolls the sentence into the upper part of the screen when it has left the part the reader
 * sees above the player (`bottomInset` pixels at the bottom); never while it is still there.
 * Smoothly, unless the reader asked for less motion.
 */
export function keepInView(range: Range, bottomInset: number): void {
  const rect = range.getBoundingClientRect();
  if (rect.height === 0) return; // Not shown.
  const top = 24;
  const bottom = window.innerHeight - bottomInset - 24;
  if (rect.top >= top && rect.bottom <= bottom) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({
    top: rect.top - window.innerHeight * 0.25,
    behavior: still ? 'instant' : 'smooth',
  });
}
