/**
 * What a link a widget renders must be: a dialable phone number, a plain email address, an
 * allow-listed URL, and the length caps checked before any pattern. In a module with no imports and
 * no side effects (as url-rules.ts), so the elements import it up front without the rest of the
 * rules: rollup puts a module the first render imports into the first render's file, with every part
 * of it any chunk uses, so the validator's patterns and messages rode along (0.56 KB gz in the
 * quiz, 1.3 KB in the finder). The schemas take these from rules.ts, which re-exports them.
 */

/** A check that is a pattern, with what the message says when a value does not match. */
export interface PatternRule {
  readonly pattern: RegExp;
  readonly message: string;
}

/** A pattern rule, with its message; pure, so a rule nobody uses is dropped from a bundle. */
export const rule = /* @__NO_SIDE_EFFECTS__ */ (pattern: RegExp, message: string): PatternRule => ({
  pattern,
  message,
});

/** A phone number as people dial it in the US: 3 digits (`911`), a short code, or 10/11 digits. */
export const PHONE_NUMBER = rule(
  /^(?:\d{3,6}|(?:1-)?\d{3}-\d{3}-\d{4}(?: ext\. \d{1,5})?)$/,
  'must look like 911, 233733 or 1-888-373-7888',
);
/**
 * An email address: a local part, `@`, and a domain of dot-separated labels. A label cannot hold a
 * dot, so the pattern matches in one pass (the old `[^\s@]+\.[^\s@]+` took quadratic time on
 * `a@....@`). Characters that would change a `mailto:` link (`?`, `&`, `%`, `#`, `,`, `;`, quotes,
 * angle brackets, slashes) are refused: a dataset email becomes that exact link.
 */
export const EMAIL = rule(
  /^[^\s@?&%#,;:"'<>\\/]+@[^\s@?&%#,;:"'<>\\/.]+(?:\.[^\s@?&%#,;:"'<>\\/.]+)+$/,
  'must be an email address',
);
/**
 * The longest value each kind of string may have. Checked first (and the checks after it skipped),
 * so no pattern ever sees more than this many characters.
 */
export const MAX_LENGTH = {
  /** A text in one language: a name, a description, a quiz explanation. */
  text: 5000,
  /** An id, a version, a language tag, a keyword, a town or an office name. */
  short: 200,
  /** RFC 5321's limit for an address in a mail path. */
  email: 254,
  url: 2048,
  phone: 40,
} as const;

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
