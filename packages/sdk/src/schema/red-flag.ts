import { Id, LocalizedText, ShortText } from './localized-text.js';
import { SafeUrl } from './safe-url.js';
import { RED_FLAG_CONTEXTS } from './constants.js';
import { z } from './zod.js';

export { RED_FLAG_CONTEXTS };
export const RedFlagContext = z.enum(RED_FLAG_CONTEXTS);
export type RedFlagContext = z.infer<typeof RedFlagContext>;

/** Where an indicator comes from: a public indicator list. */
export const Source = z.object({ name: ShortText, url: z.optional(SafeUrl) });
export type Source = z.infer<typeof Source>;

/** A sign that someone may be trafficked or targeted, in plain words. */
export const RedFlag = z.object({
  id: Id,
  indicator: LocalizedText,
  context: RedFlagContext,
  source: Source,
});
export type RedFlag = z.infer<typeof RedFlag>;
