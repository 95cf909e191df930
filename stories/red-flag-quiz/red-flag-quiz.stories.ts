import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit/static-html.js';
import '../../packages/elements/src/hart-red-flag-quiz.js';
import { exitNavigation } from '../../packages/elements/src/shared/quick-exit.js';
import { redFlagQuizExamples } from '../examples.js';
import { exampleStory } from '../example-story.js';

exitNavigation.replace = (url: string) => console.info(`quick exit → ${url}`);

interface Args {
  quiz: string;
  shuffle: boolean;
  remember: boolean;
  'no-exit': boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/hart-red-flag-quiz',
  component: 'hart-red-flag-quiz',
  args: { quiz: 'youth-online-safety', shuffle: false, remember: false, 'no-exit': false },
  argTypes: {
    quiz: { control: 'inline-radio', options: ['youth-online-safety', 'lodging-red-flags', 'community-red-flags'] },
  },
  render: (args) =>
    html`<hart-red-flag-quiz quiz=${args.quiz} ?shuffle=${args.shuffle} ?remember=${args.remember} ?no-exit=${args['no-exit']}></hart-red-flag-quiz>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Every example from stories/examples.ts, in English and in Spanish. */
const fromExample = (index: number, locale: 'en' | 'es'): Story => exampleStory(redFlagQuizExamples[index]!, locale);

export const YouthEn = fromExample(0, 'en');
export const YouthEs = fromExample(0, 'es');
export const LodgingEn = fromExample(1, 'en');
export const LodgingEs = fromExample(1, 'es');
export const CommunityEn = fromExample(2, 'en');
export const CommunityEs = fromExample(2, 'es');
