import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit/static-html.js';
import '../../packages/elements/src/hart-training-request.js';
import { AUDIENCE_TYPES } from '../../packages/sdk/src/schema/constants.js';
import { curricula } from '../../packages/sdk/src/data/training.js';
import { trainingRequestExamples } from '../examples.js';
import { exampleStory } from '../example-story.js';

interface Args {
  audience: string;
  curriculum: string;
  endpoint: string;
}

const meta: Meta<Args> = {
  title: 'Elements/hart-training-request',
  component: 'hart-training-request',
  args: { audience: '', curriculum: '', endpoint: '' },
  argTypes: {
    audience: { control: 'select', options: ['', ...AUDIENCE_TYPES] },
    curriculum: { control: 'select', options: ['', ...curricula.map((c) => c.id)] },
  },
  render: (args) =>
    html`<hart-training-request audience=${args.audience || undefined} curriculum=${args.curriculum || undefined} endpoint=${args.endpoint || undefined}></hart-training-request>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Every example from stories/examples.ts, in English and in Spanish. */
const fromExample = (index: number, locale: 'en' | 'es'): Story =>
  exampleStory(trainingRequestExamples[index]!, locale);

export const EmailEn = fromExample(0, 'en');
export const EmailEs = fromExample(0, 'es');
export const LodgingEn = fromExample(1, 'en');
export const LodgingEs = fromExample(1, 'es');
export const EndpointEn = fromExample(2, 'en');
export const EndpointEs = fromExample(2, 'es');
