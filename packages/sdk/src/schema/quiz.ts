import { Id, LocalizedText } from './localized-text.js';
import { Source } from './red-flag.js';
import { SafeUrl } from './safe-url.js';
import { CORRECT_IS_A_CHOICE, UNIQUE_CHOICE_IDS, choiceIdsAreUnique, correctAnswersAreChoices } from './rules.js';
import { QUIZ_AUDIENCES } from './constants.js';
import { z } from './zod.js';

export const QuizChoice = z.object({ id: Id, text: LocalizedText });
export type QuizChoice = z.infer<typeof QuizChoice>;

export const QuizQuestion = z
  .object({
    id: Id,
    prompt: LocalizedText,
    choices: z.array(QuizChoice).check(z.minLength(2), z.maxLength(8)),
    /** Ids of the correct choices; more than one makes it a multiple-answer question. */
    correct: z.array(Id).check(z.minLength(1)),
    explanation: LocalizedText,
    source: z.optional(Source),
  })
  .check(
    z.refine(correctAnswersAreChoices, { message: CORRECT_IS_A_CHOICE, path: ['correct'] }),
    z.refine(choiceIdsAreUnique, { message: UNIQUE_CHOICE_IDS, path: ['choices'] }),
  );
export type QuizQuestion = z.infer<typeof QuizQuestion>;

export const QuizAudience = z.enum(QUIZ_AUDIENCES);
export type QuizAudience = z.infer<typeof QuizAudience>;

/** A link shown with the results, with a page in each language (the same URL when there is one). */
export const QuizLink = z.object({
  text: LocalizedText,
  url: z.object({ en: SafeUrl, es: SafeUrl }),
});
export type QuizLink = z.infer<typeof QuizLink>;

export const Quiz = z.object({
  id: Id,
  audience: QuizAudience,
  title: LocalizedText,
  description: z.optional(LocalizedText),
  questions: z.array(QuizQuestion).check(z.minLength(1)),
  /** Where to learn more, shown with the results. */
  links: z.optional(z.array(QuizLink)),
});
export type Quiz = z.infer<typeof Quiz>;
