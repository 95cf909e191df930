import { LocalizedText, ShortText } from './localized-text.js';
import { ServiceRegion } from './resource.js';
import { z } from './zod.js';

/** A DCF region and the area offices (towns) in it, for filtering by place. */
export const Region = z.object({
  id: ServiceRegion,
  name: LocalizedText,
  areaOffices: z.array(ShortText),
});
export type Region = z.infer<typeof Region>;
