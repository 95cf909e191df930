import type { Resource } from './schema/resource.js';

/** The filters of a resource query: what a finder's checkboxes and menus ask, without search words. */
export interface ResourceFilters {
  /** Keep resources in any of these categories. */
  categories?: readonly string[];
  /** Keep resources that serve this age. */
  age?: number;
  /** A DCF region id (`region-4`) or a town: keeps statewide services and those serving it. */
  region?: string;
  /** A language tag (`es`): keeps services offered in it. */
  language?: string;
  /** Include inactive listings (left out by default). */
  includeInactive?: boolean;
}

/** Lower-cases and strips accents, so "Vivienda", "VIVIENDA" and "vivíenda" compare equal. */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The filters as one test, with what they ask worked out once rather than per resource. */
export function resourceFilter(query: ResourceFilters): (resource: Resource) => boolean {
  const includeInactive = !!query.includeInactive;
  const categories = Array.isArray(query.categories) ? query.categories.filter((c) => typeof c === 'string' && c) : [];
  const age = typeof query.age === 'number' && Number.isFinite(query.age) ? query.age : undefined;
  const region = typeof query.region === 'string' && query.region ? foldText(query.region) : undefined;
  const language =
    typeof query.language === 'string' && query.language ? query.language.toLowerCase().split('-')[0] : undefined;
  return (resource) => {
    if (!resource || typeof resource !== 'object') return false;
    if (!includeInactive && resource.status === 'inactive') return false;
    if (categories.length && !resource.categories?.some((c) => categories.includes(c))) return false;
    if (age !== undefined) {
      if (resource.minAge !== undefined && age < resource.minAge) return false;
      if (resource.maxAge !== undefined && age > resource.maxAge) return false;
    }
    if (region !== undefined) {
      const area = resource.serviceArea;
      const served =
        area?.regions?.includes('statewide') ||
        area?.regions?.some((r) => r === region) ||
        area?.towns?.some((town) => foldText(town) === region);
      if (!served) return false;
    }
    if (language !== undefined && !resource.languages?.some((l) => l.toLowerCase().split('-')[0] === language))
      return false;
    return true;
  };
}

/**
 * Each resource's place in the default order: hotlines first (a person in crisis needs them most),
 * then the list's own order, which its editors choose. The same in every language: a translated
 * name never moves a service.
 */
export function priorityRanks(resources: readonly Resource[]): Int32Array {
  const ranks = new Int32Array(resources.length);
  let next = 0;
  const isHotline = (resource: Resource | undefined) =>
    Array.isArray(resource?.categories) && resource.categories.includes('hotline');
  resources.forEach((resource, position) => {
    if (isHotline(resource)) ranks[position] = next++;
  });
  resources.forEach((resource, position) => {
    if (!isHotline(resource)) ranks[position] = next++;
  });
  return ranks;
}

/**
 * The resources that pass the filters, in the default order (hotlines first, then the list's
 * order). What a finder shows before anyone types; it needs no search index. Total: never throws.
 */
export function filterResources(resources: readonly Resource[], filters: ResourceFilters = {}): Resource[] {
  try {
    if (!Array.isArray(resources)) return [];
    const keep = resourceFilter(filters && typeof filters === 'object' ? filters : {});
    const ranks = priorityRanks(resources);
    return resources
      .map((_, position) => position)
      .filter((position) => keep(resources[position]!))
      .sort((a, b) => ranks[a]! - ranks[b]!)
      .map((position) => resources[position]!);
  } catch {
    return [];
  }
}
