import { EMAIL, PHONE_NUMBER, SAFE_URL, isSafeUrl } from './rules.js';
import { z } from './zod.js';

export { SAFE_URL_SCHEMES, isSafeUrl } from './rules.js';

/** A link target: only `https:`, `tel:`, `sms:` and `mailto:` URLs pass. */
export const SafeUrl = z.string().check(z.refine(isSafeUrl, SAFE_URL));
export type SafeUrl = z.infer<typeof SafeUrl>;

/** A phone number as people dial it in the US: 3 digits (`911`), a short code, or 10/11 digits. */
export const PhoneNumber = z.string().check(z.regex(PHONE_NUMBER.pattern, PHONE_NUMBER.message));
export type PhoneNumber = z.infer<typeof PhoneNumber>;

/** An email address (a plain pattern, kept small for browsers). */
export const Email = z.string().check(z.regex(EMAIL.pattern, EMAIL.message));
