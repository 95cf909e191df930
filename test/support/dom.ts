/**
 * Reading what an element rendered in its shadow root, the same way in every test file.
 * `$` may find nothing (tests check that something is absent); `required` names what is missing.
 */
export const root = (el: Element): ShadowRoot => {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
};

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  root(el).querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...root(el).querySelectorAll<T>(selector),
];

export const required = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = $<T>(el, selector);
  if (!found) throw new Error(`<${el.localName}> rendered no ${selector}`);
  return found;
};

/** The text a reader gets from a node: whitespace collapsed. */
export const textOf = (node: Node): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text a reader gets from what `selector` finds in `el`'s shadow root; '' when it finds nothing. */
export const text = (el: Element, selector: string): string => {
  const found = $(el, selector);
  return found ? textOf(found) : '';
};

/** The element focused inside the shadow root. */
export const focused = (el: Element): Element | null => root(el).activeElement;
