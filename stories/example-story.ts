import type { StoryObj } from '@storybook/web-components-vite';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { Example } from './examples.js';

/** A story that renders one example of stories/examples.ts (the markup a webmaster pastes) in a locale. */
export function exampleStory<Args>(example: Example, locale: 'en' | 'es'): StoryObj<Args> {
  return {
    name: `${example.name} (${locale})`,
    globals: { locale },
    render: () => html`${unsafeStatic(example.html)}`,
  };
}
