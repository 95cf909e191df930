import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit/static-html.js';
import '../../packages/elements/src/hart-help-banner.js';
import {
  DEFAULT_EXIT_URL,
  DEFAULT_LINES,
  HELP_BANNER_VARIANTS,
  type HelpBannerVariant,
} from '../../packages/elements/src/help-banner/help-banner.js';
import { exitNavigation } from '../../packages/elements/src/shared/quick-exit.js';
import { helpBannerExamples } from '../examples.js';
import { exampleStory } from '../example-story.js';

// In Storybook, quick exit logs instead of leaving the workshop.
exitNavigation.replace = (url: string) => console.info(`quick exit → ${url}`);

interface Args {
  lines: string;
  variant: HelpBannerVariant;
  'exit-url': string;
  'no-exit': boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/hart-help-banner',
  component: 'hart-help-banner',
  args: {
    variant: HELP_BANNER_VARIANTS[0],
    lines: DEFAULT_LINES.join(' '),
    'exit-url': DEFAULT_EXIT_URL,
    'no-exit': false,
  },
  argTypes: { variant: { control: 'inline-radio', options: [...HELP_BANNER_VARIANTS] } },
  render: (args) =>
    html`<hart-help-banner variant=${args.variant} lines=${args.lines} exit-url=${args['exit-url']} ?no-exit=${args['no-exit']}></hart-help-banner>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Every example from stories/examples.ts, in English and in Spanish. */
const fromExample = (index: number, locale: 'en' | 'es'): Story => exampleStory(helpBannerExamples[index]!, locale);

export const InlineEn = fromExample(0, 'en');
export const InlineEs = fromExample(0, 'es');
export const BarEn = fromExample(1, 'en');
export const BarEs = fromExample(1, 'es');
export const CompactEn = fromExample(2, 'en');
export const CompactEs = fromExample(2, 'es');
export const CustomThemeEn = fromExample(3, 'en');
export const CustomThemeEs = fromExample(3, 'es');
export const ChosenLinesEn = fromExample(4, 'en');
export const ChosenLinesEs = fromExample(4, 'es');
