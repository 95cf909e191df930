/** Classes, events and locale controls. Importing this registers nothing; import a define module (`@ct-hart/elements/hart-help-banner.js`) or `define-all.js` for that. */
// First: before any copy of Lit loads, so two HART bundles share one Trusted Types policy.
import './shared/trusted-types.js';
export {
  HartHelpBanner,
  DEFAULT_EXIT_URL,
  DEFAULT_LINES,
  HELP_BANNER_VARIANTS,
  type HelpBannerVariant,
} from './help-banner/help-banner.js';
export { HartErrorEvent, HartQuickExitEvent, type HartErrorCode } from './shared/events.js';
export { setLocale, getLocale, type Locale } from './shared/locale.js';
export { quickExit, exitNavigation, QUICK_EXIT_PRESSES, QUICK_EXIT_WINDOW_MS } from './shared/quick-exit.js';
export { HartRedFlagQuiz, quizStorageKey } from './red-flag-quiz/red-flag-quiz.js';
export { HartQuizCompleteEvent, type QuizResult } from './red-flag-quiz/events.js';
export { HartResourceFinder } from './resource-finder/resource-finder.js';
export {
  HartTrainingRequest,
  HART_EMAIL,
  LODGING_AUDIENCE,
  type DeliveryOptions,
} from './training-request/training-request.js';
export { composeRequestEmail, type RequestEmail } from './training-request/email.js';
export {
  HartTrainingRequestSubmitEvent,
  HartTrainingRequestSentEvent,
  HartTrainingRequestQueuedEvent,
  type TrainingRequestSubmitDetail,
  type TrainingRequestSentDetail,
  type TrainingRequestQueuedDetail,
} from './training-request/events.js';
