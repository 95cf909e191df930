/**
 * Registers every HART element (the `hart-elements.js` CDN bundle). Each definition upgrades and
 * renders the elements already on the page, so they are defined one per task: the page never sees
 * one long task for all four widgets (docs/performance.md).
 */
// First: before any copy of Lit loads, so two HART bundles share one Trusted Types policy.
import './shared/trusted-types.js';
import { HartHelpBanner } from './help-banner/help-banner.js';
import { HartRedFlagQuiz } from './red-flag-quiz/red-flag-quiz.js';
import { HartResourceFinder } from './resource-finder/resource-finder.js';
import { HartTrainingRequest } from './training-request/training-request.js';
import { define } from './shared/define.js';

const elements: [string, CustomElementConstructor][] = [
  ['hart-help-banner', HartHelpBanner],
  ['hart-red-flag-quiz', HartRedFlagQuiz],
  ['hart-resource-finder', HartResourceFinder],
  ['hart-training-request', HartTrainingRequest],
];
// Not a top-level await: the module (and the chunks that import from it) must finish loading at once.
const defineNext = (): void => {
  const next = elements.shift();
  if (!next) return;
  define(...next);
  setTimeout(defineNext, 0);
};
defineNext();

export * from './index.js';

declare global {
  interface HTMLElementTagNameMap {
    'hart-help-banner': HartHelpBanner;
    'hart-red-flag-quiz': HartRedFlagQuiz;
    'hart-resource-finder': HartResourceFinder;
    'hart-training-request': HartTrainingRequest;
  }
}
