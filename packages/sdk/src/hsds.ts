import { DCF_REGIONS, RESOURCE_CATEGORIES } from './schema/constants.js';
import type { Resource, ResourceCategory, ServiceRegion } from './schema/resource.js';
import { regions as dcfRegions } from './data/regions.js';
import { isSafeUrl } from './schema/safe-url.js';
import { MAX_LENGTH } from './schema/rules.js';

/**
 * Open Referral HSDS 3.0 → our `Resource`. Reads, from each service: `id`, `name`, `description`,
 * `organization` (or `organization_id` matched in `organizations`), `url`, `email`, `status`,
 * `minimum_age`, `maximum_age`, `phones[].number`, `languages[].code`, `service_areas[].name`,
 * `attributes[].taxonomy_term.{code,name}`, `application_process`, `assured_date` or
 * `last_modified`. HSDS records are in one language: the same text fills `en` and `es`.
 */
type Json = Record<string, unknown>;
/**
 * A non-empty string, trimmed and cut to one character over `max` (the schema's cap for the field
 * it fills) before any pattern here runs on it: the result still fails validation as too long, and
 * no pattern ever sees a megabyte. Texts by default.
 */
const str = (value: unknown, max: number = MAX_LENGTH.text): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text ? text.slice(0, max + 1) : undefined;
};
/** A short string: an id, a code, a town, a date, a status. */
const short = (value: unknown): string | undefined => str(value, MAX_LENGTH.short);
/** An id to look an organization up by: a longer one is no id (cut, two ids could become one). */
const lookupId = (value: unknown): string | undefined => {
  const id = short(value);
  return id !== undefined && id.length <= MAX_LENGTH.short ? id : undefined;
};
const arr = (value: unknown): Json[] =>
  Array.isArray(value) ? value.filter((v): v is Json => !!v && typeof v === 'object') : [];
const same = (text: string) => ({ en: text, es: text });

/** Words in a service's text or taxonomy that place it in one of our categories. */
const CATEGORY_WORDS: [ResourceCategory, RegExp][] = [
  ['housing', /housing|shelter|vivienda/i],
  ['legal', /legal|attorney|lawyer|court/i],
  ['mental-health', /mental|counsel|therap/i],
  ['medical', /medical|health care|hospital/i],
  ['hotline', /hotline|helpline|crisis line/i],
  ['immigration', /immigra|refugee/i],
  ['mentoring', /mentor/i],
  ['foster-care', /foster/i],
  ['victim-compensation', /compensation/i],
  ['internet-safety', /internet|online safety/i],
  ['training', /training|education/i],
  ['basic-needs', /food|clothing|basic needs/i],
  ['employment', /employment|job/i],
];

function categoriesOf(service: Json, text: string): ResourceCategory[] {
  const found = new Set<ResourceCategory>();
  for (const attribute of arr(service.attributes)) {
    const term = (attribute.taxonomy_term ?? {}) as Json;
    for (const value of [short(term.code), short(term.name), short(attribute.value)]) {
      if (value && (RESOURCE_CATEGORIES as readonly string[]).includes(value)) found.add(value as ResourceCategory);
    }
  }
  for (const [category, pattern] of CATEGORY_WORDS) if (pattern.test(text)) found.add(category);
  return found.size ? [...found] : ['case-management'];
}

/** `(860) 555-1234` → `860-555-1234`; anything that is not a US number is left out. */
function phoneOf(value: unknown): string | undefined {
  const digits = (short(value) ?? '').replace(/\D/g, '');
  const ten = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  return ten.length === 10 ? `${ten.slice(0, 3)}-${ten.slice(3, 6)}-${ten.slice(6)}` : undefined;
}

function idOf(value: unknown, index: number): string {
  const id = (short(value) ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || `hsds-${index}`;
}

function areaOf(service: Json): Resource['serviceArea'] {
  const towns = arr(service.service_areas)
    .map((area) => short(area.name))
    .filter((t): t is string => !!t);
  const regions = new Set<ServiceRegion>();
  for (const town of towns) {
    const lower = town.toLowerCase();
    if ((DCF_REGIONS as readonly string[]).includes(lower)) regions.add(lower as ServiceRegion);
    const region = dcfRegions.find((r) => r.areaOffices.some((office) => office.toLowerCase() === lower));
    if (region) regions.add(region.id);
  }
  return towns.length ? { regions: regions.size ? [...regions] : ['statewide'], towns } : { regions: ['statewide'] };
}

/** True when the JSON looks like an HSDS export: an array of services, or `{ services: [...] }`. */
export function isHsds(json: unknown): boolean {
  const services = Array.isArray(json) ? json : (json as Json | null)?.services;
  // HSDS names are plain strings; ours are { en, es }.
  return (
    Array.isArray(services) &&
    services.length > 0 &&
    services.every((s) => !!s && typeof s === 'object' && typeof (s as Json).name === 'string')
  );
}

/** Maps an HSDS 3.0 export onto `Resource`s (not yet validated: validate the result). */
export function fromHsds(json: unknown): Resource[] {
  const services = arr(Array.isArray(json) ? json : (json as Json | null)?.services);
  // Only organizations with a string id can be referred to: one without an id must not become the
  // organization of every service that has no `organization_id`.
  const organizations = new Map<string, Json>();
  for (const organization of arr((json as Json | null)?.organizations)) {
    const id = lookupId(organization.id);
    if (id !== undefined && !organizations.has(id)) organizations.set(id, organization);
  }
  return services.map((service, index) => {
    const organizationId = lookupId(service.organization_id);
    const embedded =
      service.organization && typeof service.organization === 'object' && !Array.isArray(service.organization)
        ? (service.organization as Json)
        : undefined;
    const organization =
      embedded ?? (organizationId !== undefined ? organizations.get(organizationId) : undefined) ?? {};
    const name = str(service.name) ?? `Service ${index + 1}`;
    const description = str(service.description) ?? name;
    const orgName = str(organization.name) ?? name;
    const url =
      str(service.url, MAX_LENGTH.url) ??
      str(organization.website, MAX_LENGTH.url) ??
      str(organization.url, MAX_LENGTH.url);
    const email = str(service.email, MAX_LENGTH.email) ?? str(organization.email, MAX_LENGTH.email);
    const verified = (short(service.assured_date) ?? short(service.last_modified))?.slice(0, 10);
    const languages = arr(service.languages)
      .map((l) => short(l.code)?.toLowerCase())
      .filter((c): c is string => !!c);
    const minAge = Number(service.minimum_age);
    const maxAge = Number(service.maximum_age);
    const resource: Resource = {
      id: idOf(service.id, index),
      organization: same(orgName),
      name: same(name),
      description: same(description),
      categories: categoriesOf(service, `${name} ${description}`),
      populations: [],
      serviceArea: areaOf(service),
      languages: languages.length ? languages : ['en'],
      phones: arr(service.phones)
        .map((p) => phoneOf(p.number))
        .filter((n): n is string => !!n)
        .map((number) => ({ number })),
      referral: {
        methods: ['self'],
        ...(str(service.application_process) ? { description: same(str(service.application_process)!) } : {}),
      },
      status: /^(inactive|defunct)$/i.test(short(service.status) ?? '') ? 'inactive' : 'active',
    };
    if (Number.isInteger(minAge) && minAge >= 0) resource.minAge = minAge;
    if (Number.isInteger(maxAge) && maxAge >= 0) resource.maxAge = maxAge;
    if (url && isSafeUrl(url)) resource.url = url;
    if (email) resource.email = email;
    if (verified && /^\d{4}-\d{2}-\d{2}$/.test(verified)) resource.lastVerified = verified;
    return resource;
  });
}
