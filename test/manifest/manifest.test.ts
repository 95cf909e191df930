// custom-elements.json is where the docs' settings tables, Storybook's controls and editors' hints
// learn what a partner can write on a tag. Its attributes must be exactly those each element
// observes: internal reactive state (`state: true`, such as the form's `phase`) is no attribute,
// though the analyzer lists it as one unless told (packages/elements/custom-elements-manifest.config.mjs).
import { expect } from '@open-wc/testing';
import '../../packages/elements/src/define-all.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
}

describe('custom-elements.json', () => {
  it('lists as attributes exactly what each element observes', async () => {
    const manifest = (await (await fetch('/packages/elements/custom-elements.json')).json()) as {
      modules: { declarations?: Declaration[] }[];
    };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(elements.map((d) => d.tagName).sort()).to.deep.equal([
      'hart-help-banner',
      'hart-red-flag-quiz',
      'hart-resource-finder',
      'hart-training-request',
    ]);
    for (const declaration of elements) {
      const element = customElements.get(declaration.tagName!) as unknown as { observedAttributes: string[] };
      expect((declaration.attributes ?? []).map((a) => a.name).sort(), declaration.tagName).to.deep.equal(
        [...element.observedAttributes].sort(),
      );
    }
  });
});
