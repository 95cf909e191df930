/** Defines a tag unless something (another copy of HART, another version) already did. */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
