import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit/static-html.js';
import '../../packages/elements/src/hart-resource-finder.js';
import { exitNavigation } from '../../packages/elements/src/shared/quick-exit.js';
import { resourceFinderExamples } from '../examples.js';
import { exampleStory } from '../example-story.js';

exitNavigation.replace = (url: string) => console.info(`quick exit → ${url}`);

interface Args {
  category: string;
  age: string;
  region: string;
  language: string;
  'no-exit': boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/hart-resource-finder',
  component: 'hart-resource-finder',
  args: { category: '', age: '', region: '', language: '', 'no-exit': false },
  render: (args) =>
    html`<hart-resource-finder category=${args.category} age=${args.age || undefined} region=${args.region} language=${args.language} ?no-exit=${args['no-exit']}></hart-resource-finder>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Every example from stories/examples.ts, in English and in Spanish. */
const fromExample = (index: number, locale: 'en' | 'es'): Story => exampleStory(resourceFinderExamples[index]!, locale);

export const AllEn = fromExample(0, 'en');
export const AllEs = fromExample(0, 'es');
export const LegalEn = fromExample(1, 'en');
export const LegalEs = fromExample(1, 'es');
export const MentoringEn = fromExample(2, 'en');
export const MentoringEs = fromExample(2, 'es');
