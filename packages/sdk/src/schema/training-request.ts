import { Id, Int, IsoDate, cappedString } from './localized-text.js';
import { AudienceType } from './training.js';
import { Email } from './safe-url.js';
import { LOCALES, TRAINING_FORMATS, TRAINING_REQUEST_LIMITS as LIMITS, todayIso } from './constants.js';
import { AT_MOST_3_DATES, MAX_LENGTH, NOT_IN_PAST, REQUIRED_TEXT, TYPED_PHONE_NUMBER, isNotInPast } from './rules.js';
import { z } from './zod.js';

const text = (max: number) => cappedString(max).check(z.regex(REQUIRED_TEXT.pattern, REQUIRED_TEXT.message));
const count = ({ min, max }: { min: number; max: number }) =>
  Int.check(z.gte(min, `must be at least ${min}`), z.lte(max, `must be at most ${max}`));

export { todayIso };
export { TRAINING_REQUEST_LIMITS } from './constants.js';

/** What the training-request form sends. */
export const TrainingRequest = z.object({
  organization: text(LIMITS.organization),
  contactName: text(LIMITS.contactName),
  email: Email,
  phone: z.optional(
    cappedString(MAX_LENGTH.phone).check(z.regex(TYPED_PHONE_NUMBER.pattern, TYPED_PHONE_NUMBER.message)),
  ),
  town: text(LIMITS.town),
  audience: AudienceType,
  curriculumId: Id,
  estimatedAttendees: count(LIMITS.estimatedAttendees),
  format: z.enum(TRAINING_FORMATS),
  preferredDates: z
    .array(IsoDate.check(z.refine(isNotInPast, NOT_IN_PAST)))
    .check(z.maxLength(LIMITS.preferredDates, AT_MOST_3_DATES)),
  notes: z.optional(cappedString(LIMITS.notes)),
  /** Lodging mode only. */
  propertyName: z.optional(text(LIMITS.propertyName)),
  staffCount: z.optional(count(LIMITS.staffCount)),
  locale: z.optional(z.enum(LOCALES)),
});
export type TrainingRequest = z.infer<typeof TrainingRequest>;
