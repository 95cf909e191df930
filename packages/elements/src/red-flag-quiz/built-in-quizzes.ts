import type { Quiz } from '@ct-hart/sdk/schema';

/**
 * The built-in quizzes, each loaded only when shown: three quizzes in two languages would more
 * than double the widget's download.
 */
export const BUILT_IN_QUIZZES: Record<string, () => Promise<Quiz>> = {
  'youth-online-safety': () => import('@ct-hart/sdk/data/quizzes/youth-online-safety').then((m) => m.quiz),
  'lodging-red-flags': () => import('@ct-hart/sdk/data/quizzes/lodging-red-flags').then((m) => m.quiz),
  'community-red-flags': () => import('@ct-hart/sdk/data/quizzes/community-red-flags').then((m) => m.quiz),
};

export const DEFAULT_QUIZ = 'youth-online-safety';

/** The loader of a built-in quiz by id, or undefined: own properties only (`constructor` is no quiz). */
export const builtInQuiz = (id: string): (() => Promise<Quiz>) | undefined =>
  Object.hasOwn(BUILT_IN_QUIZZES, id) ? BUILT_IN_QUIZZES[id] : undefined;
