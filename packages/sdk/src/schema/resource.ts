import { Id, Int, IsoDate, LocalizedText, ShortText, cappedString } from './localized-text.js';
import { Email, PhoneNumber, SafeUrl } from './safe-url.js';
import { DCF_REGIONS, POPULATIONS, REFERRAL_METHODS, RESOURCE_CATEGORIES, RESOURCE_STATUSES } from './constants.js';
import { AGES_IN_ORDER, LANGUAGE_TAG, MAX_LENGTH, agesInOrder } from './rules.js';
import { z } from './zod.js';

export { DCF_REGIONS, POPULATIONS, REFERRAL_METHODS, RESOURCE_CATEGORIES } from './constants.js';

export const ResourceCategory = z.enum(RESOURCE_CATEGORIES);
export type ResourceCategory = z.infer<typeof ResourceCategory>;

export const ServiceRegion = z.enum(DCF_REGIONS);
export type ServiceRegion = z.infer<typeof ServiceRegion>;

export const Population = z.enum(POPULATIONS);
export type Population = z.infer<typeof Population>;

/** How a person reaches the service. */
export const ReferralMethod = z.enum(REFERRAL_METHODS);
export type ReferralMethod = z.infer<typeof ReferralMethod>;

export const ResourcePhone = z.object({
  number: PhoneNumber,
  /** What the number is for, e.g. "Access line". HSDS: `phone.description`. */
  description: z.optional(LocalizedText),
});
export type ResourcePhone = z.infer<typeof ResourcePhone>;

/**
 * A service a person can be referred to. Field names follow Open Referral HSDS 3.0 where they fit
 * (`organization`, `name`, `description`, `email`, `url`, `status`, `phones`, `languages`,
 * `minimum_age`/`maximum_age` → `minAge`/`maxAge`, `service_areas` → `serviceArea`).
 */
export const Resource = z
  .object({
    id: Id,
    organization: LocalizedText,
    name: LocalizedText,
    description: LocalizedText,
    categories: z.array(ResourceCategory).check(z.minLength(1)),
    minAge: z.optional(Int.check(z.gte(0), z.lte(120))),
    maxAge: z.optional(Int.check(z.gte(0), z.lte(120))),
    populations: z.array(Population),
    serviceArea: z.object({
      regions: z.array(ServiceRegion).check(z.minLength(1)),
      /** Towns or DCF area offices named by the source, when narrower than a region. */
      towns: z.optional(z.array(ShortText)),
      description: z.optional(LocalizedText),
    }),
    /** BCP 47 language tags the service is offered in. */
    languages: z
      .array(cappedString(MAX_LENGTH.short).check(z.regex(LANGUAGE_TAG.pattern, LANGUAGE_TAG.message)))
      .check(z.minLength(1)),
    phones: z.array(ResourcePhone),
    email: z.optional(Email),
    url: z.optional(SafeUrl),
    referral: z.object({
      methods: z.array(ReferralMethod).check(z.minLength(1)),
      description: z.optional(LocalizedText),
    }),
    /** When the listing was last checked; imported listings may not say. */
    lastVerified: z.optional(IsoDate),
    status: z.enum(RESOURCE_STATUSES),
  })
  .check(z.refine(agesInOrder, { message: AGES_IN_ORDER, path: ['minAge'] }));
export type Resource = z.infer<typeof Resource>;
