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
  /** For the word at the same position in `words`: which resources have it, and with what weight. */
  positions: Int32Array[];
  weights: Float32Array[];
  /** Each resource's place in name order (the tie-break), computed once instead of per query. */
  nameRank: Int32Array;
}

const WEIGHTS = { name: 4, organization: 3, category: 3, population: 2, description: 1, area: 1 } as const;
const OTHER_LOCALE_FACTOR = 0.5;
const PREFIX_FACTOR = 0.8;

const indexes = new WeakMap<readonly Resource[], Map<Locale, SearchIndex>>();

function buildIndex(resources: readonly Resource[], locale: Locale): SearchIndex {
  const postings = new Map<string, Map<number, number>>();
  const add = (text: string | undefined, weight: number, position: number) => {
    if (typeof text !== 'string') return;
    for (const word of words(text)) {
      let posting = postings.get(word);
      if (!posting) postings.set(word, (posting = new Map()));
      if ((posting.get(position) ?? 0) < weight) posting.set(position, weight);
    }
  };
  const other: Locale = locale === 'en' ? 'es' : 'en';
  resources.forEach((resource, position) => {
    if (!resource || typeof resource !== 'object') return;
    for (const [lang, factor] of [[locale, 1], [other, OTHER_LOCALE_FACTOR]] as const) {
      const pick = (text: LocalizedText | undefined) => text?.[lang];
      add(pick(resource.name), WEIGHTS.name * factor, position);
      add(pick(resource.organization), WEIGHTS.organization * factor, position);
      add(pick(resource.description), WEIGHTS.description * factor, position);
      add(pick(resource.serviceArea?.description), WEIGHTS.area * factor, position);
      for (const category of asArray(resource.categories)) add(pick(categoryLabels[category]), WEIGHTS.category * factor, position);
      for (const population of asArray(resource.populations)) add(pick(populationLabels[population]), WEIGHTS.population * factor, position);
    }
    for (const category of asArray(resource.categories)) add(category, WEIGHTS.category, position);
    for (const town of asArray(resource.serviceArea?.towns)) add(town, WEIGHTS.area, position);
  });
  const sorted = [...postings.keys()].sort();
  const collator = new Intl.Collator(locale);
  const order = resources.map((_, i) => i).sort((a, b) => collator.compare(nameOf(resources[a], locale), nameOf(resources[b], locale)));
  const nameRank = new Int32Array(resources.length);
  order.forEach((position, rank) => (nameRank[position] = rank));
  return {
    words: sorted,
    positions: sorted.map((word) => Int32Array.from(postings.get(word)!.keys())),
    weights: sorted.map((word) => Float32Array.from(postings.get(word)!.values())),
    nameRank,
  };
}

function asArray<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

function nameOf(resource: Resource | undefined, locale: Locale): string {
  const name = resource?.name?.[locale];
  return typeof name === 'string' ? name : '';
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

/**
 * Positions matching every query word (as the start of a word), with summed scores. Exact word
 * matches count fully, prefix matches a little less; typed arrays keep a query on 5,000
 * resources to a few passes over flat memory.
 */
function scoreWords(index: SearchIndex, size: number, queryWords: string[]): { candidates: number[]; total: Float64Array } {
  const total = new Float64Array(size);
  const best = new Float32Array(size);
  const matchedWords = new Uint8Array(size);
  let candidates: number[] = [];
  queryWords.forEach((word, k) => {
    const touched: number[] = [];
    for (let i = lowerBound(index.words, word); i < index.words.length && index.words[i]!.startsWith(word); i++) {
      const factor = index.words[i] === word ? 1 : PREFIX_FACTOR;
      const positions = index.positions[i]!;
      const weights = index.weights[i]!;
      for (let j = 0; j < positions.length; j++) {
        const position = positions[j]!;
        if (matchedWords[position] !== k) continue; // missed an earlier word
        const score = weights[j]! * factor;
        if (best[position] === 0) touched.push(position);
        if (best[position]! < score) best[position] = score;
      }
    }
    for (const position of touched) {
      total[position] = total[position]! + best[position]!;
      best[position] = 0;
      matchedWords[position] = k + 1;
    }
    candidates = touched;
  });
  return { candidates, total };
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
 * Finds resources matching a query, best first (ties in name order). Pure and total: any input,
 * however malformed, gives an array and never throws. Treat `resources` as immutable: its word
 * index is built on first use and cached per array.
 */
export function searchResources(resources: readonly Resource[], query: ResourceQuery = {}, locale: Locale = 'en'): Resource[] {
  try {
    if (!Array.isArray(resources)) return [];
    const q: ResourceQuery = query && typeof query === 'object' ? query : {};
    const lang: Locale = locale === 'es' ? 'es' : 'en';
    const index = indexFor(resources, lang);
    const keep = (position: number) => {
      const resource = resources[position];
      return !!resource && typeof resource === 'object' && matchesFilters(resource, q);
    };
    // At most 32 distinct words (the per-resource word counter is a byte).
    const queryWords = typeof q.text === 'string' ? [...new Set(words(q.text))].slice(0, 32) : [];
    if (queryWords.length === 0) {
      return resources
        .map((_, position) => position)
        .filter(keep)
        .sort((a, b) => index.nameRank[a]! - index.nameRank[b]!)
        .map((position) => resources[position]!);
    }
    const { candidates, total } = scoreWords(index, resources.length, queryWords);
    return candidates
      .filter(keep)
      .sort((a, b) => total[b]! - total[a]! || index.nameRank[a]! - index.nameRank[b]!)
      .map((position) => resources[position]!);
  } catch {
    return [];
  }
}
