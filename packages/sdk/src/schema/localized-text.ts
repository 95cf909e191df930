import { ID, ISO_DATE, NON_EMPTY, REAL_DATE, WHOLE_NUMBER, isRealDate } from './rules.js';
import { LOCALES } from './constants.js';
import { z } from './zod.js';

const nonEmpty = z.string().check(z.regex(NON_EMPTY.pattern, NON_EMPTY.message));

/** Every user-facing text in the dataset, in English and Spanish. */
export const LocalizedText = z.object({ en: nonEmpty, es: nonEmpty });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** The locales HART content is written in. */
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** A stable identifier: lower-case words joined by hyphens (`dcf-careline`). */
export const Id = z.string().check(z.regex(ID.pattern, ID.message));
export type Id = z.infer<typeof Id>;

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const IsoDate = z.string().check(z.regex(ISO_DATE.pattern, ISO_DATE.message), z.refine(isRealDate, REAL_DATE));

/** A whole number. */
export const Int = z.number().check(z.refine(Number.isInteger, WHOLE_NUMBER));
export type IsoDate = z.infer<typeof IsoDate>;
