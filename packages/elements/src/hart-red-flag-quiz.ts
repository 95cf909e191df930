/** Registers `<hart-red-flag-quiz>`; harmless to import twice or alongside the CDN bundle. */
// First: before any copy of Lit loads, so two HART bundles share one Trusted Types policy.
import './shared/trusted-types.js';
import { HartRedFlagQuiz } from './red-flag-quiz/red-flag-quiz.js';
import { define } from './shared/define.js';

define('hart-red-flag-quiz', HartRedFlagQuiz);

export { HartRedFlagQuiz };

declare global {
  interface HTMLElementTagNameMap {
    'hart-red-flag-quiz': HartRedFlagQuiz;
  }
}
