/** Registers `<hart-red-flag-quiz>`; harmless to import twice or alongside the CDN bundle. */
import { HartRedFlagQuiz } from './red-flag-quiz/red-flag-quiz.js';
import { define } from './shared/define.js';

define('hart-red-flag-quiz', HartRedFlagQuiz);

export { HartRedFlagQuiz };

declare global {
  interface HTMLElementTagNameMap {
    'hart-red-flag-quiz': HartRedFlagQuiz;
  }
}
