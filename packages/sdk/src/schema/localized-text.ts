import { z } from './zod.js';

const nonEmpty = z.string().check(z.regex(/\S/, 'must not be empty'));

/** Every user-facing text in the dataset, in English and Spanish. */
export const LocalizedText = z.object({ en: nonEmpty, es: nonEmpty });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** The locales HART content is written in. */
export const Locale = z.enum(['en', 'es']);
export type Locale = z.infer<typeof Locale>;

/** A stable identifier: lower-case words joined by hyphens (`dcf-careline`). */
export const Id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'));
export type Id = z.infer<typeof Id>;

/** A calendar date, `YYYY-MM-DD` (a plain pattern: zod's date format engine costs a browser ~1 KB). */
export const IsoDate = z.string().check(
  z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be a date, YYYY-MM-DD'),
  z.refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'must be a real calendar date'),
);

/** A whole number. */
export const Int = z.number().check(z.refine(Number.isInteger, 'must be a whole number'));
export type IsoDate = z.infer<typeof IsoDate>;
