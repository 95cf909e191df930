/**
 * The progress `<hart-red-flag-quiz remember>` keeps in sessionStorage. Storage is the page's, not
 * the widget's alone: a value of another shape (another script's, an older version's, a tampered
 * one) must start the quiz afresh and never reach rendering. The quiz loads this module only when
 * there is saved progress to read (with its custom-quiz validator), so a quiz without `remember`
 * never downloads the schema.
 */
import { hartParseOptions } from './zod-options.js';
import { z } from './zod.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Choice ids, per question id. (A check of its own rather than `z.record`, whose code would add
 * 0.8 KB gz to every custom quiz's validator chunk for this one use.)
 */
const choiceIdsByQuestion = z.custom<Record<string, string[]>>(
  (value) =>
    isRecord(value) &&
    Object.values(value).every((ids) => Array.isArray(ids) && ids.every((id) => typeof id === 'string')),
);

export const QuizProgress = z.object({
  /** The question shown (the number of questions: the results). */
  index: z.number().check(z.refine(Number.isInteger), z.minimum(0)),
  /** The choices checked, per question. */
  answers: choiceIdsByQuestion,
  /** Whether the current question's answer has been checked. */
  checked: z.boolean(),
  /** The order the choices are shown in, per question. */
  order: choiceIdsByQuestion,
});
export type QuizProgress = z.infer<typeof QuizProgress>;

/** Saved progress of the full shape, for a quiz of `questionCount` questions; undefined for anything else. */
export function parseQuizProgress(saved: string, questionCount: number): QuizProgress | undefined {
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    return undefined;
  }
  const result = QuizProgress.safeParse(value, hartParseOptions);
  return result.success && result.data.index <= questionCount ? result.data : undefined;
}
