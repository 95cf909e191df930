import { Id, LocalizedText, ShortText } from './localized-text.js';
import { Email, PhoneNumber, SafeUrl } from './safe-url.js';
import { z } from './zod.js';

/** A number to call or text for help now. */
export const Hotline = z.object({
  id: Id,
  name: LocalizedText,
  /** Who should use it and when, in one line. */
  whenToUse: LocalizedText,
  phone: z.optional(PhoneNumber),
  /** Number to text, when the line takes texts. */
  sms: z.optional(PhoneNumber),
  /** Word to send by text, when the line asks for one. */
  smsKeyword: z.optional(ShortText),
  email: z.optional(Email),
  url: z.optional(SafeUrl),
  hours: z.optional(LocalizedText),
});
export type Hotline = z.infer<typeof Hotline>;
