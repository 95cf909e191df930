import { categoryLabels, populationLabels } from './data/labels.js';
import type { Locale, LocalizedText } from './schema/localized-text.js';
import type { Resource } from './schema/resource.js';

export interface ResourceQuery {
  /** Words to look for, in any order; each must match the start of a word (accents and case ignored). */
  text?: string;
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

function words(value: string): string[] {
  return foldText(value).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

interface SearchIndex {
  /** Sorted distinct words, for prefix look-up by binary search. */
  words: string[];
  /** For each word, resource position → weight. */
  postings: Map<string, Map<number, number>>;
}

const WEIGHTS = { name: 4, organization: 3, category: 3, population: 2, description: 1, area: 1 } as const;
const OTHER_LOCALE_FACTOR = 0.5;

const indexes = new WeakMap<readonly Resource[], Map<Locale, SearchIndex>>();

function buildIndex(resources: readonly Resource[], locale: Locale): SearchIndex {
  const postings = new Map<string, Map<number, number>>();
  const add = (text: string | undefined, weight: number, position: number) => {
    if (!text) return;
    for (const word of words(text)) {
      let posting = postings.get(word);
      if (!posting) postings.set(word, (posting = new Map()));
      if ((posting.get(position) ?? 0) < weight) posting.set(position, weight);
    }
  };
  const other: Locale = locale === 'en' ? 'es' : 'en';
  resources.forEach((resource, position) => {
    for (const [lang, factor] of [[locale, 1], [other, OTHER_LOCALE_FACTOR]] as const) {
      const pick = (text: LocalizedText | undefined) => text?.[lang];
      add(pick(resource.name), WEIGHTS.name * factor, position);
      add(pick(resource.organization), WEIGHTS.organization * factor, position);
      add(pick(resource.description), WEIGHTS.description * factor, position);
      add(pick(resource.serviceArea?.description), WEIGHTS.area * factor, position);
      for (const category of resource.categories ?? []) add(pick(categoryLabels[category]), WEIGHTS.category * factor, position);
      for (const population of resource.populations ?? []) add(pick(populationLabels[population]), WEIGHTS.population * factor, position);
    }
    for (const category of resource.categories ?? []) add(category, WEIGHTS.category, position);
    for (const town of resource.serviceArea?.towns ?? []) add(town, WEIGHTS.area, position);
  });
  return { words: [...postings.keys()].sort(), postings };
}

function indexFor(resources: readonly Resource[], locale: Locale): SearchIndex {
  let byLocale = indexes.get(resources);
  if (!byLocale) indexes.set(resources, (byLocale = new Map()));
  let index = byLocale.get(locale);
  if (!index) byLocale.set(locale, (index = buildIndex(resources, locale)));
  return index;
}

function lowerBound(sorted: readonly string[], target: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Scores for one query word: exact word matches count fully, prefix matches a little less. */
function scoresForWord(index: SearchIndex, word: string): Map<number, number> {
  const scores = new Map<number, number>();
  for (let i = lowerBound(index.words, word); i < index.words.length; i++) {
    const candidate = index.words[i]!;
    if (!candidate.startsWith(word)) break;
    const factor = candidate === word ? 1 : 0.8;
    for (const [position, weight] of index.postings.get(candidate)!) {
      const score = weight * factor;
      if ((scores.get(position) ?? 0) < score) scores.set(position, score);
    }
  }
  return scores;
}

function matchesFilters(resource: Resource, query: ResourceQuery): boolean {
  if (!query.includeInactive && resource.status === 'inactive') return false;
  const categories = Array.isArray(query.categories) ? query.categories.filter((c) => typeof c === 'string' && c) : [];
  if (categories.length && !resource.categories?.some((c) => categories.includes(c))) return false;
  if (typeof query.age === 'number' && Number.isFinite(query.age)) {
    if (resource.minAge !== undefined && query.age < resource.minAge) return false;
    if (resource.maxAge !== undefined && query.age > resource.maxAge) return false;
  }
  if (typeof query.region === 'string' && query.region) {
    const region = foldText(query.region);
    const area = resource.serviceArea;
    const served =
      area?.regions?.includes('statewide') ||
      area?.regions?.some((r) => r === region) ||
      area?.towns?.some((town) => foldText(town) === region);
    if (!served) return false;
  }
  if (typeof query.language === 'string' && query.language) {
    const language = query.language.toLowerCase().split('-')[0];
    if (!resource.languages?.some((l) => l.toLowerCase().split('-')[0] === language)) return false;
  }
  return true;
}

/**
 * Finds resources matching a query, best first. Pure and total: any input, however malformed,
 * gives an array and never throws. Treat `resources` as immutable: its word index is cached
 * per array.
 */
export function searchResources(resources: readonly Resource[], query: ResourceQuery = {}, locale: Locale = 'en'): Resource[] {
  try {
    if (!Array.isArray(resources)) return [];
    const q: ResourceQuery = query && typeof query === 'object' ? query : {};
    const lang: Locale = locale === 'es' ? 'es' : 'en';
    const queryWords = typeof q.text === 'string' ? words(q.text) : [];
    const nameOf = (r: Resource) => r?.name?.[lang] ?? '';
    if (queryWords.length === 0) {
      return resources.filter((r) => r && typeof r === 'object' && matchesFilters(r, q)).sort((a, b) => nameOf(a).localeCompare(nameOf(b), lang));
    }
    const index = indexFor(resources, lang);
    let total: Map<number, number> | undefined;
    for (const word of new Set(queryWords)) {
      const scores = scoresForWord(index, word);
      if (!total) {
        total = scores;
      } else {
        const next = new Map<number, number>();
        for (const [position, score] of scores) {
          const previous = total.get(position);
          if (previous !== undefined) next.set(position, previous + score);
        }
        total = next;
      }
      if (total.size === 0) return [];
    }
    const ranked: { resource: Resource; score: number }[] = [];
    for (const [position, score] of total ?? []) {
      const resource = resources[position]!;
      if (matchesFilters(resource, q)) ranked.push({ resource, score });
    }
    return ranked
      .sort((a, b) => b.score - a.score || nameOf(a.resource).localeCompare(nameOf(b.resource), lang))
      .map((entry) => entry.resource);
  } catch {
    return [];
  }
}
