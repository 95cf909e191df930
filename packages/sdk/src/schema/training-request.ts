import { Id, Int, IsoDate } from './localized-text.js';
import { AudienceType } from './training.js';
import { Email } from './safe-url.js';
import { todayIso } from './constants.js';
import { z } from './zod.js';

const text = (max: number) => z.string().check(z.regex(/\S/, 'is required'), z.maxLength(max, `must be at most ${max} characters`));

export { todayIso };

/** What the training-request form sends. */
export const TrainingRequest = z.object({
  organization: text(200),
  contactName: text(120),
  email: Email,
  phone: z.optional(z.string().check(z.regex(/^[0-9()+.\- ]{7,25}$/, 'must be a phone number'))),
  town: text(80),
  audience: AudienceType,
  curriculumId: Id,
  estimatedAttendees: Int.check(z.gte(1, 'must be at least 1'), z.lte(500, 'must be at most 500')),
  format: z.enum(['in-person', 'virtual']),
  preferredDates: z.array(
    IsoDate.check(z.refine((d) => d >= todayIso(), 'must not be in the past')),
  ).check(z.maxLength(3, 'at most 3 dates')),
  notes: z.optional(z.string().check(z.maxLength(2000, 'must be at most 2,000 characters'))),
  /** Lodging mode only. */
  propertyName: z.optional(text(200)),
  staffCount: z.optional(Int.check(z.gte(1), z.lte(10000))),
  locale: z.optional(z.enum(['en', 'es'])),
});
export type TrainingRequest = z.infer<typeof TrainingRequest>;
