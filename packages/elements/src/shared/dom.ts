/**
 * A very small DOM builder for the lightest widgets (the help banner loads on every partner page
 * view, so it does without a template engine). Children that are strings become text nodes: data
 * is always rendered as text, never parsed as HTML.
 */
export type Child = Node | string | false | null | undefined;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...(children.filter((c) => c || c === '') as (Node | string)[]));
  return element;
}
