/**
 * Loads and validates a partner's quiz JSON. Imported only when a quiz has a `src`, so pages using
 * the built-in quizzes never download the validator. Also checks remembered progress (`remember`,
 * only when there is some to restore): the same zod/mini in one chunk, rather than a second copy of
 * zod's core in a chunk of its own.
 */
import { loadRemote } from '@ct-hart/sdk/remote';
import { validateQuizInSteps } from '@ct-hart/sdk/validate';
import type { Quiz } from '@ct-hart/sdk/schema';

/**
 * `signal` cancels the fetch (and the check) when `src` changes again before this one answered.
 * Checked in steps, stopping at the SDK's cap on problems, so a hostile list cannot freeze the page.
 */
export const loadCustomQuiz = (src: string, signal?: AbortSignal) =>
  loadRemote<Quiz>(src, (json) => validateQuizInSteps(json, signal ? { signal } : {}), { signal });

export { parseQuizProgress } from '@ct-hart/sdk/schema/quiz-progress';
