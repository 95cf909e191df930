/**
 * Loads and validates a partner's quiz JSON. Imported only when a quiz has a `src`, so pages using
 * the built-in quizzes never download the validator. Also checks remembered progress (`remember`,
 * only when there is some to restore): the same zod/mini in one chunk, rather than a second copy of
 * zod's core in a chunk of its own.
 */
import { loadRemote } from '@ct-hart/sdk/remote';
import { validateQuiz } from '@ct-hart/sdk/validate';
import type { Quiz } from '@ct-hart/sdk/schema';

/** `signal` cancels the fetch when `src` changes again before this one answered. */
export const loadCustomQuiz = (src: string, signal?: AbortSignal) => loadRemote<Quiz>(src, validateQuiz, { signal });

export { parseQuizProgress } from '@ct-hart/sdk/schema/quiz-progress';
