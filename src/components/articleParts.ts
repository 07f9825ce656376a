/**
 * The readable parts of an article on the page carry `data-part`: `title`, `lead`, `summary-0`…,
 * `body-0`… (the body block's index). Reading position and reading aloud find the text there.
 */
export type ArticlePart = 'title' | 'lead' | `summary-${number}` | `body-${number}`;

export const partAttribute = 'data-part';

export function partSelector(part: ArticlePart): string {
  return `[${partAttribute}="${part}"]`;
}

/** Every body block on the page, in reading order. */
export function bodyBlockElements(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[${partAttribute}^="body-"]`)];
}

/** The body block index of an element marked by `bodyBlockElements`. */
export function bodyBlockIndex(element: Element): number {
  return Number(element.getAttribute(partAttribute)?.slice('body-'.length));
}
