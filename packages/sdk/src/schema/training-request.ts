import { Id, Int, IsoDate } from './localized-text.js';
import { AudienceType } from './training.js';
import { Email } from './safe-url.js';
import { LOCALES, TRAINING_FORMATS, todayIso } from './constants.js';
import { AT_MOST_3_DATES, NOTES_TOO_LONG, NOT_IN_PAST, REQUIRED_TEXT, TYPED_PHONE_NUMBER, atMostCharacters, isNotInPast } from './rules.js';
import { z } from './zod.js';

const text = (max: number) => z.string().check(z.regex(REQUIRED_TEXT.pattern, REQUIRED_TEXT.message), z.maxLength(max, atMostCharacters(max)));

export { todayIso };

/** What the training-request form sends. */
export const TrainingRequest = z.object({
  organization: text(200),
  contactName: text(120),
  email: Email,
  phone: z.optional(z.string().check(z.regex(TYPED_PHONE_NUMBER.pattern, TYPED_PHONE_NUMBER.message))),
  town: text(80),
  audience: AudienceType,
  curriculumId: Id,
  estimatedAttendees: Int.check(z.gte(1, 'must be at least 1'), z.lte(500, 'must be at most 500')),
  format: z.enum(TRAINING_FORMATS),
  preferredDates: z.array(IsoDate.check(z.refine(isNotInPast, NOT_IN_PAST))).check(z.maxLength(3, AT_MOST_3_DATES)),
  notes: z.optional(z.string().check(z.maxLength(2000, NOTES_TOO_LONG))),
  /** Lodging mode only. */
  propertyName: z.optional(text(200)),
  staffCount: z.optional(Int.check(z.gte(1), z.lte(10000))),
  locale: z.optional(z.enum(LOCALES)),
});
export type TrainingRequest = z.infer<typeof TrainingRequest>;
