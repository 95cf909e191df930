import { Int, LocalizedText, cappedString } from './localized-text.js';
import { MAX_LENGTH, PUBLIC_ACT_NUMBER } from './rules.js';
import { z } from './zod.js';

/** A Connecticut public act on trafficking, as HART lists them (2010–2017). */
export const PublicAct = z.object({
  /** The act's number, e.g. `16-71`. */
  number: cappedString(MAX_LENGTH.short).check(z.regex(PUBLIC_ACT_NUMBER.pattern, PUBLIC_ACT_NUMBER.message)),
  year: Int.check(z.gte(2010), z.lte(2017)),
  title: z.optional(LocalizedText),
  provisions: z.array(LocalizedText),
});
export type PublicAct = z.infer<typeof PublicAct>;
