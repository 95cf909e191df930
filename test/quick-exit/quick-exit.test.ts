// One quick-exit suite for every element (test/support/describe-quick-exit.ts): each widget keeps
// the same promise to the person using it, tested the same way.
import { html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../packages/elements/src/hart-help-banner.js';
import '../../packages/elements/src/hart-red-flag-quiz.js';
import '../../packages/elements/src/hart-resource-finder.js';
import '../../packages/elements/src/hart-training-request.js';
import { describeQuickExit } from '../support/describe-quick-exit.js';
import { $ } from '../support/dom.js';

const exit = (url: string | undefined) => url ?? nothing;

describeQuickExit('hart-help-banner', {
  render: ({ exitUrl, noExit }) =>
    html`<hart-help-banner exit-url=${exit(exitUrl)} ?no-exit=${noExit}></hart-help-banner>`,
});

describeQuickExit('hart-red-flag-quiz', {
  render: ({ exitUrl, noExit }) =>
    html`<hart-red-flag-quiz exit-url=${exit(exitUrl)} ?no-exit=${noExit}></hart-red-flag-quiz>`,
  ready: (el) => waitUntil(() => $(el, 'fieldset'), 'the quiz did not load', { timeout: 5000 }),
});

describeQuickExit('hart-resource-finder', {
  render: ({ exitUrl, noExit }) =>
    html`<hart-resource-finder exit-url=${exit(exitUrl)} ?no-exit=${noExit}></hart-resource-finder>`,
  ready: (el) => waitUntil(() => $(el, '.result'), 'the finder shows no services', { timeout: 5000 }),
});

describeQuickExit('hart-training-request', {
  render: ({ exitUrl, noExit }) =>
    html`<hart-training-request exit-url=${exit(exitUrl)} ?no-exit=${noExit}></hart-training-request>`,
  ready: (el) => waitUntil(() => $(el, 'form'), 'the form did not render', { timeout: 5000 }),
});
