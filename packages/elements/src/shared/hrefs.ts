import { EMAIL, MAX_LENGTH, isSafeUrl } from '@ct-hart/sdk/schema/link-rules';

/**
 * Every link a widget renders goes through these, whatever the data came from (the embedded data,
 * `src`, or a property set by script): a value that is not an allow-listed URL or a plain email
 * address never reaches an `href`.
 */
export const safeHref = (url: unknown): string | undefined =>
  isSafeUrl(url) && url.length <= MAX_LENGTH.url ? url : undefined;

/**
 * `mailto:` for a plain address only (nothing in it can add recipients); the subject and body we
 * write ourselves are encoded, so they cannot either.
 */
export const mailtoHref = (email: unknown, subject?: string, body?: string): string | undefined =>
  typeof email === 'string' && email.length <= MAX_LENGTH.email && EMAIL.pattern.test(email)
    ? `mailto:${email}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}${body ? `${subject ? '&' : '?'}body=${encodeURIComponent(body)}` : ''}`
    : undefined;

/** `1-888-373-7888` → `tel:+18883737888`; short numbers (911, 233733) stay as they are. */
export function telHref(phone: string): string {
  const digits = String(phone).replace(/\D/g, '');
  if (digits.length === 10) return `tel:+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  return `tel:${digits}`;
}

/** An `sms:` link, with the keyword as the message body when the line asks for one. */
export function smsHref(number: string, keyword?: string): string {
  const digits = String(number).replace(/\D/g, '');
  return keyword ? `sms:${digits}?&body=${encodeURIComponent(keyword)}` : `sms:${digits}`;
}
