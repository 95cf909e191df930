import { Id, LocalizedText } from './localized-text.js';
import { Source } from './red-flag.js';
import { SafeUrl } from './safe-url.js';
import { z } from './zod.js';

export const QuizChoice = z.object({ id: Id, text: LocalizedText });
export type QuizChoice = z.infer<typeof QuizChoice>;

export const QuizQuestion = z.object({
  id: Id,
  prompt: LocalizedText,
  choices: z.array(QuizChoice).check(z.minLength(2), z.maxLength(8)),
  /** Ids of the correct choices; more than one makes it a multiple-answer question. */
  correct: z.array(Id).check(z.minLength(1)),
  explanation: LocalizedText,
  source: z.optional(Source),
}).check(
  z.refine((q) => q.correct.every((id) => q.choices.some((c) => c.id === id)), {
    message: 'every correct answer must be the id of one of the choices',
    path: ['correct'],
  }),
  z.refine((q) => new Set(q.choices.map((c) => c.id)).size === q.choices.length, {
    message: 'choice ids must be unique within a question',
    path: ['choices'],
  }),
);
export type QuizQuestion = z.infer<typeof QuizQuestion>;

export const QuizAudience = z.enum(['youth', 'lodging-staff', 'community']);
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
