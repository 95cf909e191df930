import { EMAIL, MAX_LENGTH, PHONE_NUMBER, SAFE_URL, isSafeUrl } from './rules.js';
import { cappedString } from './localized-text.js';
import { z } from './zod.js';

export { SAFE_URL_SCHEMES, isSafeUrl } from './rules.js';

/** A link target: only `https:`, `tel:`, `sms:` and `mailto:` URLs pass. */
export const SafeUrl = cappedString(MAX_LENGTH.url).check(z.refine(isSafeUrl, SAFE_URL));
export type SafeUrl = z.infer<typeof SafeUrl>;

/** A phone number as people dial it in the US: 3 digits (`911`), a short code, or 10/11 digits. */
export const PhoneNumber = cappedString(MAX_LENGTH.phone).check(z.regex(PHONE_NUMBER.pattern, PHONE_NUMBER.message));
export type PhoneNumber = z.infer<typeof PhoneNumber>;

/** An email address of at most 254 characters, without characters that would change a `mailto:` link. */
export const Email = cappedString(MAX_LENGTH.email).check(z.regex(EMAIL.pattern, EMAIL.message));
