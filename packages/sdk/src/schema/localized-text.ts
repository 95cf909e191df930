import { ID, ISO_DATE, MAX_LENGTH, NON_EMPTY, REAL_DATE, WHOLE_NUMBER, atMostCharacters, isRealDate } from './rules.js';
import { LOCALES } from './constants.js';
import { z } from './zod.js';

/**
 * A string of at most `max` characters. The cap is checked first and stops the checks after it, so
 * no pattern or refinement ever runs on a longer value.
 */
export const cappedString = /* @__NO_SIDE_EFFECTS__ */ (max: number) =>
  z.string().check(z.maxLength(max, { error: atMostCharacters(max), abort: true }));
/** A short, non-empty string (a town, an office, a keyword, a source's name). */
export const ShortText = cappedString(MAX_LENGTH.short).check(z.minLength(1));

const nonEmpty = cappedString(MAX_LENGTH.text).check(z.regex(NON_EMPTY.pattern, NON_EMPTY.message));

/** Every user-facing text in the dataset, in English and Spanish. */
export const LocalizedText = z.object({ en: nonEmpty, es: nonEmpty });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** The locales HART content is written in. */
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** A stable identifier: lower-case words joined by hyphens (`dcf-careline`). */
export const Id = cappedString(MAX_LENGTH.short).check(z.regex(ID.pattern, ID.message));
export type Id = z.infer<typeof Id>;

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const IsoDate = cappedString(10).check(
  z.regex(ISO_DATE.pattern, ISO_DATE.message),
  z.refine(isRealDate, REAL_DATE),
);

/** A whole number. */
export const Int = z.number().check(z.refine(Number.isInteger, WHOLE_NUMBER));
export type IsoDate = z.infer<typeof IsoDate>;
