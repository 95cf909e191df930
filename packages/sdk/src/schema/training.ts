import { Id, Int, IsoDate, LocalizedText } from './localized-text.js';
import { SafeUrl } from './safe-url.js';
import { AUDIENCE_TYPES, TRAINING_FORMATS } from './constants.js';
import { addsUp, addsUpMessage } from './rules.js';
import { z } from './zod.js';

export { AUDIENCE_TYPES };
export const AudienceType = z.enum(AUDIENCE_TYPES);
export type AudienceType = z.infer<typeof AudienceType>;

/** An audience with the name HART's reports give it. */
export const Audience = z.object({ id: AudienceType, name: LocalizedText });
export type Audience = z.infer<typeof Audience>;

/** One of HART's training curricula. */
export const Curriculum = z.object({
  id: Id,
  /** The curriculum's name exactly as HART titles it (English), with a Spanish rendering. */
  title: LocalizedText,
  description: LocalizedText,
  audiences: z.array(AudienceType).check(z.minLength(1)),
  durationHours: z.optional(z.number().check(z.positive())),
});
export type Curriculum = z.infer<typeof Curriculum>;

/** A scheduled training open to partners. */
export const TrainingEvent = z.object({
  id: Id,
  curriculumId: Id,
  title: LocalizedText,
  date: IsoDate,
  format: z.enum(TRAINING_FORMATS),
  url: z.optional(SafeUrl),
});
export type TrainingEvent = z.infer<typeof TrainingEvent>;

const Count = Int.check(z.gte(0));
export const TrainingCount = z.object({ trainings: Count, people: Count });

/** A year's training figures, by audience and by curriculum; both breakdowns add up to the totals. */
export const TrainingStats = z
  .object({
    year: Int.check(z.gte(2000), z.lte(2100)),
    totals: TrainingCount,
    curriculaCount: z.optional(Count),
    certifiedTrainers: z.optional(LocalizedText),
    trainingsOfTrainers: z.optional(Count),
    byAudience: z.array(z.object({ audience: AudienceType, trainings: Count, people: Count })),
    byCurriculum: z.array(z.object({ curriculumId: Id, trainings: Count, people: Count })),
  })
  .check(
    z.refine((s) => addsUp(s, 'byAudience'), { message: addsUpMessage('byAudience'), path: ['byAudience'] }),
    z.refine((s) => addsUp(s, 'byCurriculum'), { message: addsUpMessage('byCurriculum'), path: ['byCurriculum'] }),
  );
export type TrainingStats = z.infer<typeof TrainingStats>;
