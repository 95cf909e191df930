import type { Quiz } from '@ct-hart/sdk/schema';
import { chunkLoader } from '../shared/chunk-loader.js';

/**
 * The built-in quizzes, each loaded only when shown: three quizzes in two languages would more
 * than double the widget's download. A failed load is tried again under another URL (chunk-loader.ts).
 */
const youth = chunkLoader(
  () => import('./quizzes/youth-online-safety.js'),
  (retryFragment) =>
    import(/* @vite-ignore */ /* webpackIgnore: true */ `./quizzes/youth-online-safety.js${retryFragment}`),
);
const lodging = chunkLoader(
  () => import('./quizzes/lodging-red-flags.js'),
  (retryFragment) =>
    import(/* @vite-ignore */ /* webpackIgnore: true */ `./quizzes/lodging-red-flags.js${retryFragment}`),
);
const community = chunkLoader(
  () => import('./quizzes/community-red-flags.js'),
  (retryFragment) =>
    import(/* @vite-ignore */ /* webpackIgnore: true */ `./quizzes/community-red-flags.js${retryFragment}`),
);

export const BUILT_IN_QUIZZES: Record<string, () => Promise<Quiz>> = {
  'youth-online-safety': () => youth().then((m) => m.quiz),
  'lodging-red-flags': () => lodging().then((m) => m.quiz),
  'community-red-flags': () => community().then((m) => m.quiz),
};

export const DEFAULT_QUIZ = 'youth-online-safety';

/** The loader of a built-in quiz by id, or undefined: own properties only (`constructor` is no quiz). */
export const builtInQuiz = (id: string): (() => Promise<Quiz>) | undefined =>
  Object.hasOwn(BUILT_IN_QUIZZES, id) ? BUILT_IN_QUIZZES[id] : undefined;
