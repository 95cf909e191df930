import { z } from './zod.js';

/** URL schemes that may appear in HART data. Everything else (`javascript:`, `data:`, `http:`) is refused. */
export const SAFE_URL_SCHEMES = ['https:', 'tel:', 'sms:', 'mailto:'] as const;

/** True when `value` parses as a URL whose scheme is allow-listed. */
export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return (SAFE_URL_SCHEMES as readonly string[]).includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** A link target: only `https:`, `tel:`, `sms:` and `mailto:` URLs pass. */
export const SafeUrl = z.string().check(
  z.refine(isSafeUrl, 'must be an https:, tel:, sms: or mailto: URL'),
);
export type SafeUrl = z.infer<typeof SafeUrl>;

/** A phone number as people dial it in the US: 3 digits (`911`), a short code, or 10/11 digits. */
export const PhoneNumber = z.string().check(
  z.regex(/^(?:\d{3,6}|(?:1-)?\d{3}-\d{3}-\d{4}(?: ext\. \d{1,5})?)$/, 'must look like 911, 233733 or 1-888-373-7888'),
);
export type PhoneNumber = z.infer<typeof PhoneNumber>;

/** An email address (a plain pattern, kept small for browsers). */
export const Email = z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address'));
