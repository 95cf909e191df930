// Places: Connecticut's towns and DCF area offices named in a query, and how closely a resource serves one.
import { regions as dcfRegions } from '../data/regions.js';
import { connecticutTowns } from '../data/towns.js';
import type { Resource } from '../schema/resource.js';
import { asArray, tokenize } from './words.js';

interface Places {
  /** Folded place name (one to three words) → its name as written. */
  names: Map<string, string>;
  /** Folded area-office town → the DCF regions it is in. */
  regionsOf: Map<string, string[]>;
  longest: number;
}

let places: Places | undefined;
export function placesOf(): Places {
  if (places) return places;
  const names = new Map<string, string>();
  const regionsOf = new Map<string, string[]>();
  for (const town of connecticutTowns) names.set(tokenize(town).join(' '), town);
  for (const region of dcfRegions) {
    for (const office of region.areaOffices) {
      const key = tokenize(office).join(' ');
      names.set(key, office);
      regionsOf.set(key, [...(regionsOf.get(key) ?? []), region.id]);
    }
  }
  const longest = Math.max(...[...names.keys()].map((name) => name.split(' ').length));
  return (places = { names, regionsOf, longest });
}

/**
 * How closely a resource serves a place: 3 names the town, 2 a region whose area offices include
 * it, 1 statewide, 0 not at all.
 */
export function placeScore(
  resource: Resource | undefined,
  towns: readonly string[] | undefined,
  place: string,
): number {
  const area = resource?.serviceArea;
  if (!area || typeof area !== 'object') return 0;
  if (towns?.includes(place)) return 3;
  const regions = asArray(area.regions);
  if (regions.some((region) => placesOf().regionsOf.get(place)?.includes(region))) return 2;
  return regions.includes('statewide') ? 1 : 0;
}
