import { categoryLabels, populationLabels } from './data/labels.js';
import { regions as dcfRegions } from './data/regions.js';
import { searchTerms as defaultSearchTerms } from './data/search-terms.js';
import { connecticutTowns } from './data/towns.js';
import type { Locale, LocalizedText } from './schema/localized-text.js';
import type { Resource } from './schema/resource.js';
import type { SearchTerms } from './schema/search-terms.js';
import { foldText, priorityRanks, resourceFilter, type ResourceFilters } from './filter.js';

/** Words to search for, with the filters of `@ct-hart/sdk/filter` (categories, age, region, language). */
export interface ResourceQuery extends ResourceFilters {
  /**
   * What the person typed. Each word matches the start of a word (accents and case ignored), a
   * close misspelling (4+ letters: one edit, 6+: two) or an everyday word of the vocabulary; a
   * Connecticut town keeps the services serving it; stop words ("the", "para") are ignored.
   * Services matching more of the words come first.
   */
  text?: string;
}

export interface SearchOptions {
  /** The vocabulary and stop words; the SDK's own (`data/search-terms.ts`) when not given. */
  terms?: SearchTerms;
}

export interface PrepareSearchOptions extends SearchOptions {
  /** Stops the preparation: the promise rejects with the signal's reason and nothing is cached. */
  signal?: AbortSignal;
  /** Work done before yielding to the event loop, in milliseconds (default 6); 0 yields after every step. */
  budgetMs?: number;
}

export interface SearchSuggestion {
  /** The query with its unmatched words replaced by the closest known words, when that finds something. */
  didYouMean?: string;
}

export { foldText };

// ---------------------------------------------------------------------------------------------
// Words

/** For a non-ASCII character (lower-cased): its letters without accents, '' for a mark, ' ' if it separates words. */
const foldedChars = new Map<number, string>();
function foldChar(code: number): string {
  let folded = foldedChars.get(code);
  if (folded === undefined) {
    const char = String.fromCodePoint(code);
    folded = /[\p{L}\p{N}]/u.test(char) ? foldText(char) : /\p{M}/u.test(char) ? '' : ' ';
    if (foldedChars.size < 8192) foldedChars.set(code, folded);
  }
  return folded;
}

function foldWord(word: string): string {
  let folded = '';
  for (const char of word) {
    const code = char.codePointAt(0)!;
    folded += code < 128 ? char : foldChar(code);
  }
  return folded;
}

/**
 * The words of a text, folded (lower case, no accents), split at anything not a letter or digit.
 * The same as `foldText(text).split(/[^\p{L}\p{N}]+/u)`, in one pass that folds only the non-ASCII
 * characters (each once): building the index for thousands of services is mostly this.
 * `shown` collects, for words whose folding changed them, the word as written (`jovenes` → `jóvenes`).
 */
function tokenize(text: string, shown?: Map<string, string>, written?: string[]): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  const length = lower.length;
  let start = -1;
  let plain = true;
  const end = (stop: number) => {
    const raw = lower.slice(start, stop);
    const folded = plain ? raw : foldWord(raw);
    if (folded) {
      words.push(folded);
      written?.push(raw);
      if (shown && !plain && !shown.has(folded) && raw !== folded) shown.set(folded, raw.normalize('NFC'));
    }
    start = -1;
  };
  for (let i = 0; i < length; ) {
    const code = lower.charCodeAt(i);
    let width = 1;
    let inWord: boolean;
    let ascii = true;
    if (code < 128) inWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    else {
      const point = lower.codePointAt(i)!;
      if (point > 0xffff) width = 2;
      inWord = foldChar(point) !== ' ';
      ascii = false;
    }
    if (inWord) {
      if (start < 0) {
        start = i;
        plain = true;
      }
      if (!ascii) plain = false;
    } else if (start >= 0) end(i);
    i += width;
  }
  if (start >= 0) end(length);
  return words;
}

const LETTERS = /^\p{L}+$/u;
/** What is read of a query: more than anyone types in a search box, little enough to stay fast on any input. */
const MAX_QUERY_LENGTH = 500;
const MAX_QUERY_TERMS = 16;

// ---------------------------------------------------------------------------------------------
// The index

/** Words and, for each, what has it (resources, or categories and populations) and with what weight. */
interface WordTable {
  /** Sorted distinct words, for prefix look-up by binary search. */
  words: string[];
  /** For the word at the same position in `words`: which entries have it, and with what weight. */
  positions: Int32Array[];
  weights: Float32Array[];
  /** Positions in `words` of the words made of letters only, by length: where typos are looked for. */
  byLength: Int32Array[];
  /** For each word, which letters it has (`letterMask`): a quick test that rules most words out before counting edits. */
  masks: Int32Array;
}

interface SearchIndex {
  /** The words of the services' own texts; entries are resource positions. */
  text: WordTable;
  /**
   * The words of the categories and populations (names in both languages, ids, vocabulary);
   * entries are list numbers, and `lists` says which resources have each. Kept apart from the
   * texts, so the vocabulary is indexed once, not once per service.
   */
  vocabulary: WordTable;
  lists: { positions: Int32Array; factors: Float32Array }[];
  /** Folded words as written, where they differ (for "did you mean"). */
  shown: Map<string, string>;
  /**
   * Each resource's place in the default order (the tie-break): hotlines first, then the list's own
   * order (`priorityRanks`), the same in every language.
   */
  defaultRank: Int32Array;
  /** Each resource's towns (`serviceArea.towns`), folded, for the place test. */
  towns: (string[] | undefined)[];
}

const WEIGHTS = { name: 4, organization: 3, category: 3, population: 2, description: 1, area: 1 } as const;
const OTHER_LOCALE_FACTOR = 0.5;
const PREFIX_FACTOR = 0.8;
/** A misspelling at one edit, and at two, counts for less than the word itself or its start. */
const TYPO_FACTORS = [1, 0.5, 0.35] as const;
/** A service's first category is what it mostly does: later ones count a little less. */
const listFactor = (i: number) => 1 / (1 + 0.1 * i);
/** Longest word looked at for typos (the distance tables are this long). */
const MAX_TYPO_LENGTH = 40;
/** Resources or words per build step; the async builder checks the clock between steps. */
const RESOURCES_PER_STEP = 16;
const WORDS_PER_STEP = 256;
/**
 * Work between two turns of the event loop when preparing. Well under the 50 ms of a long task, so
 * a slow phone (several times slower than a laptop) and a collection pause still stay under it.
 */
const DEFAULT_BUDGET_MS = 6;

/** Postings being collected. Entries are added in order, so a repeat is always the last one. */
class Postings {
  readonly ids = new Map<string, number>();
  readonly positions: number[][] = [];
  readonly weights: number[][] = [];

  add(word: string, position: number, weight: number): void {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.positions.length;
      this.ids.set(word, id);
      this.positions.push([position]);
      this.weights.push([weight]);
      return;
    }
    const positions = this.positions[id]!;
    const weights = this.weights[id]!;
    const last = positions.length - 1;
    if (positions[last] === position) {
      if (weights[last]! < weight) weights[last] = weight;
    } else {
      positions.push(position);
      weights.push(weight);
    }
  }

  /** Sorts the words and packs the postings into typed arrays, a step at a time. */
  *finish(): Generator<void, WordTable, void> {
    const distinct = [...this.ids.keys()];
    const order = yield* sortedOrder(distinct.length, (a, b) => (distinct[a]! < distinct[b]! ? -1 : distinct[a]! > distinct[b]! ? 1 : 0), 256, 2048);
    const words: string[] = new Array(distinct.length);
    const positions: Int32Array[] = new Array(distinct.length);
    const weights: Float32Array[] = new Array(distinct.length);
    const buckets: number[][] = [];
    const masks = new Int32Array(distinct.length);
    for (let i = 0; i < order.length; i++) {
      const id = order[i]!;
      const word = distinct[id]!;
      words[i] = word;
      positions[i] = Int32Array.from(this.positions[id]!);
      weights[i] = Float32Array.from(this.weights[id]!);
      if (word.length <= MAX_TYPO_LENGTH && LETTERS.test(word)) {
        (buckets[word.length] ??= []).push(i);
        masks[i] = letterMask(word);
      }
      if (i % WORDS_PER_STEP === WORDS_PER_STEP - 1) yield;
    }
    const byLength: Int32Array[] = [];
    for (let length = 0; length <= MAX_TYPO_LENGTH; length++) byLength.push(Int32Array.from(buckets[length] ?? []));
    return { words, positions, weights, byLength, masks };
  }
}

function asArray<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

/**
 * A stable merge sort of `0…count-1` by `compare`, pausing after each sorted run of `run` items
 * and every `perStep` comparisons while merging.
 */
function* sortedOrder(count: number, compare: (a: number, b: number) => number, run: number, perStep: number): Generator<void, Int32Array, void> {
  const RUN = run;
  let from = new Int32Array(count);
  let to = new Int32Array(count);
  for (let i = 0; i < count; i++) from[i] = i;
  for (let start = 0; start < count; start += RUN) {
    from.set(Array.from(from.subarray(start, Math.min(count, start + RUN))).sort(compare), start);
    yield;
  }
  let done = 0;
  for (let width = RUN; width < count; width *= 2) {
    for (let lo = 0; lo < count; lo += 2 * width) {
      const mid = Math.min(lo + width, count);
      const hi = Math.min(lo + 2 * width, count);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        to[k++] = compare(from[i]!, from[j]!) <= 0 ? from[i++]! : from[j++]!;
        if (++done % perStep === 0) yield;
      }
      while (i < mid) to[k++] = from[i++]!;
      while (j < hi) to[k++] = from[j++]!;
    }
    [from, to] = [to, from];
  }
  return from;
}

/**
 * The vocabulary table: for each category, then each population (list numbers in that order), its
 * name in both languages, its id and its everyday words. The vocabulary counts fully in both
 * languages: people type the words they know.
 */
function vocabularyPostings(locale: Locale, terms: SearchTerms, shown: Map<string, string>): { postings: Postings; listNumbers: Map<string, number>[] } {
  const postings = new Postings();
  const stopWords = stopWordsOf(terms);
  const other: Locale = locale === 'en' ? 'es' : 'en';
  const listNumbers: Map<string, number>[] = [];
  let next = 0;
  // Situations reach the services through the categories that help with them, the first most.
  const situationWords = new Map<string, { text: unknown; factor: number }[]>();
  for (const situation of asArray(terms?.situations)) {
    if (!isRecord(situation)) continue;
    asArray(situation.categories).forEach((id, i) => {
      for (const text of [...asArray(situation.en), ...asArray(situation.es)]) {
        if (typeof id === 'string') (situationWords.get(id) ?? situationWords.set(id, []).get(id)!).push({ text, factor: listFactor(i) });
      }
    });
  }
  const sources = [
    [categoryLabels, isRecord(terms?.categories), WEIGHTS.category],
    [populationLabels, isRecord(terms?.populations), WEIGHTS.population],
  ] as const;
  for (const [labels, vocabulary, weight] of sources) {
    const numbers = new Map<string, number>();
    listNumbers.push(numbers);
    for (const id of Object.keys(labels)) {
      const list = next++;
      numbers.set(id, list);
      const label = (labels as Record<string, LocalizedText>)[id]!;
      const lists = isRecord((vocabulary as Record<string, { en?: string[]; es?: string[] } | undefined> | undefined)?.[id]);
      const add = (text: unknown, w: number, skipStopWords: boolean) => {
        if (typeof text !== 'string') return;
        for (const word of tokenize(text, shown)) if (!skipStopWords || !stopWords.has(word)) postings.add(word, list, w);
      };
      add(label[other], weight * OTHER_LOCALE_FACTOR, false);
      add(label[locale], weight, false);
      add(id, weight, false);
      for (const term of [...asArray(lists?.en), ...asArray(lists?.es)]) add(term, weight, true);
      if (labels === categoryLabels) for (const { text, factor } of situationWords.get(id) ?? []) add(text, weight * factor, true);
    }
  }
  return { postings, listNumbers };
}

/** Builds the index in small steps (a generator), so it can run all at once or spread over idle time. */
function* buildSteps(resources: readonly Resource[], locale: Locale, terms: SearchTerms): Generator<void, SearchIndex, void> {
  const shown = new Map<string, string>();
  const { postings: vocabularyWords, listNumbers } = vocabularyPostings(locale, terms, shown);
  const [categoryNumbers, populationNumbers] = listNumbers as [Map<string, number>, Map<string, number>];
  const listPositions: number[][] = Array.from({ length: categoryNumbers.size + populationNumbers.size }, () => []);
  const listFactors: number[][] = listPositions.map(() => []);
  const text = new Postings();
  const towns: (string[] | undefined)[] = new Array(resources.length);
  const organizations = new Map<string, string[]>();
  const other: Locale = locale === 'en' ? 'es' : 'en';
  yield;

  for (let position = 0; position < resources.length; position++) {
    const resource = resources[position];
    if (resource && typeof resource === 'object') {
      for (let pass = 0; pass < 2; pass++) {
        const lang = pass === 0 ? locale : other;
        const factor = pass === 0 ? 1 : OTHER_LOCALE_FACTOR;
        addText(text, shown, textOf(resource.name, lang), WEIGHTS.name * factor, position);
        // Many services share an organisation: its words are split once.
        const organization = textOf(resource.organization, lang);
        if (organization !== undefined) {
          let words = organizations.get(organization);
          if (!words) organizations.set(organization, (words = tokenize(organization, shown)));
          for (const word of words) text.add(word, position, WEIGHTS.organization * factor);
        }
        addText(text, shown, textOf(resource.description, lang), WEIGHTS.description * factor, position);
        addText(text, shown, textOf(resource.serviceArea?.description, lang), WEIGHTS.area * factor, position);
      }
      for (const [keys, numbers] of [[resource.categories, categoryNumbers], [resource.populations, populationNumbers]] as const) {
        const list = asArray(keys as readonly string[]);
        for (let i = 0; i < list.length; i++) {
          const number = typeof list[i] === 'string' ? numbers.get(list[i]!) : undefined;
          if (number === undefined || listPositions[number]!.at(-1) === position) continue;
          listPositions[number]!.push(position);
          listFactors[number]!.push(listFactor(i));
        }
      }
      for (const town of asArray(resource.serviceArea?.towns)) {
        if (typeof town !== 'string') continue;
        addText(text, shown, town, WEIGHTS.area, position);
        (towns[position] ??= []).push(tokenize(town).join(' '));
      }
    }
    if (position % RESOURCES_PER_STEP === RESOURCES_PER_STEP - 1) yield;
  }

  const textTable = yield* text.finish();
  const vocabularyTable = yield* vocabularyWords.finish();
  const lists = listPositions.map((positions, i) => ({ positions: Int32Array.from(positions), factors: Float32Array.from(listFactors[i]!) }));

  // Ties keep the default order, not a translated name's: the trafficking hotline was 2nd in
  // English and 8th in Spanish (issue #14).
  const defaultRank = priorityRanks(resources);
  return { text: textTable, vocabulary: vocabularyTable, lists, shown, defaultRank, towns };
}

function textOf(text: LocalizedText | undefined, lang: Locale): string | undefined {
  const value = text && typeof text === 'object' ? text[lang] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function addText(postings: Postings, shown: Map<string, string>, text: unknown, weight: number, position: number) {
  if (typeof text !== 'string') return;
  const words = tokenize(text, shown);
  for (let i = 0; i < words.length; i++) postings.add(words[i]!, position, weight);
}

function isRecord<T>(value: T): T | undefined {
  return value && typeof value === 'object' ? value : undefined;
}

const wordSets = { stopWords: new WeakMap<object, ReadonlySet<string>>(), knownWords: new WeakMap<object, ReadonlySet<string>>() };
/** The folded words of both languages of `terms.stopWords` or `terms.knownWords`, once per vocabulary. */
function wordsOf(terms: SearchTerms, key: 'stopWords' | 'knownWords'): ReadonlySet<string> {
  if (!terms || typeof terms !== 'object') return new Set();
  let set = wordSets[key].get(terms);
  if (!set) {
    const lists = isRecord(terms[key]);
    set = new Set([...asArray(lists?.en), ...asArray(lists?.es)].filter((w) => typeof w === 'string').flatMap((w) => tokenize(w)));
    wordSets[key].set(terms, set);
  }
  return set;
}
const stopWordsOf = (terms: SearchTerms) => wordsOf(terms, 'stopWords');
const ignoredSets = new WeakMap<object, ReadonlySet<string>>();
/**
 * What a search skips: the stop words and the known words (they match no service, and "he" would
 * otherwise find every "help" and "healing").
 */
function ignoredOf(terms: SearchTerms): ReadonlySet<string> {
  if (!terms || typeof terms !== 'object') return new Set();
  let set = ignoredSets.get(terms);
  if (!set) ignoredSets.set(terms, (set = new Set([...stopWordsOf(terms), ...wordsOf(terms, 'knownWords')])));
  return set;
}

/** An index being built (its steps) or built (its index), for one list, locale and vocabulary. */
interface Build {
  terms: SearchTerms;
  steps: Generator<void, SearchIndex, void>;
  index?: SearchIndex;
}

const builds = new WeakMap<readonly Resource[], Map<Locale, Build>>();

function buildFor(resources: readonly Resource[], locale: Locale, terms: SearchTerms): Build {
  let byLocale = builds.get(resources);
  if (!byLocale) builds.set(resources, (byLocale = new Map()));
  let build = byLocale.get(locale);
  if (!build || build.terms !== terms) byLocale.set(locale, (build = { terms, steps: buildSteps(resources, locale, terms) }));
  return build;
}

function forget(resources: readonly Resource[], locale: Locale, build: Build) {
  const byLocale = builds.get(resources);
  if (byLocale?.get(locale) === build) byLocale.delete(locale);
}

/** Runs one step; on failure the build is dropped, so a later call starts over. */
function step(resources: readonly Resource[], locale: Locale, build: Build) {
  try {
    const next = build.steps.next();
    if (next.done) {
      if (!next.value) throw new Error('search index build ended without an index');
      build.index = next.value;
    }
  } catch (error) {
    forget(resources, locale, build);
    throw error;
  }
}

function indexFor(resources: readonly Resource[], locale: Locale, terms: SearchTerms): SearchIndex {
  const build = buildFor(resources, locale, terms);
  // Finishes a preparation under way rather than starting another.
  while (!build.index) step(resources, locale, build);
  return build.index;
}

const now = () => (typeof performance === 'object' && typeof performance?.now === 'function' ? performance.now() : Date.now());

/** Gives the event loop a turn: `scheduler.yield()` where there is one (it keeps our place in line), else a timer. */
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Builds the search index for `resources` in steps of a few milliseconds, yielding to the event
 * loop between them, so a page with thousands of services never has one long task. Later
 * `searchResources` calls on the same array and locale use it; one made while it is under way
 * finishes it. Resolves when it is ready (at once if it already is); rejects only when `signal`
 * aborts, with the signal's reason.
 */
export async function prepareSearchIndex(resources: readonly Resource[], locale: Locale = 'en', options: PrepareSearchOptions = {}): Promise<void> {
  if (!Array.isArray(resources)) return;
  const opts = options && typeof options === 'object' ? options : {};
  const lang: Locale = locale === 'es' ? 'es' : 'en';
  const budget = typeof opts.budgetMs === 'number' && opts.budgetMs >= 0 ? opts.budgetMs : DEFAULT_BUDGET_MS;
  const signal = opts.signal;
  const build = buildFor(resources, lang, termsOf(opts));
  while (!build.index) {
    if (signal?.aborted) {
      forget(resources, lang, build);
      throw signal.reason;
    }
    const start = now();
    try {
      do step(resources, lang, build);
      while (!build.index && now() - start < budget);
    } catch {
      return; // malformed input: a search on it builds (and fails safely) on its own
    }
    if (!build.index) await yieldToEventLoop();
  }
}

/** Whether `prepareSearchIndex` (or a search) has built the index for this array and locale. */
export function isSearchIndexReady(resources: readonly Resource[], locale: Locale = 'en', options: SearchOptions = {}): boolean {
  const build = Array.isArray(resources) ? builds.get(resources)?.get(locale === 'es' ? 'es' : 'en') : undefined;
  return !!build?.index && build.terms === termsOf(options);
}

function termsOf(options: SearchOptions | undefined): SearchTerms {
  const terms = options && typeof options === 'object' ? options.terms : undefined;
  return terms && typeof terms === 'object' ? terms : defaultSearchTerms;
}

// ---------------------------------------------------------------------------------------------
// Places

interface Places {
  /** Folded place name (one to three words) → its name as written. */
  names: Map<string, string>;
  /** Folded area-office town → the DCF regions it is in. */
  regionsOf: Map<string, string[]>;
  longest: number;
}

let places: Places | undefined;
function placesOf(): Places {
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
function placeScore(resource: Resource, towns: readonly string[] | undefined, place: string): number {
  const area = resource.serviceArea;
  if (!area || typeof area !== 'object') return 0;
  if (towns?.includes(place)) return 3;
  const regions = asArray(area.regions);
  if (regions.some((region) => placesOf().regionsOf.get(place)?.includes(region))) return 2;
  return regions.includes('statewide') ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Queries

interface QueryPlan {
  /** Words to match (stop words and places taken out), at most 16. */
  terms: string[];
  /** Folded names of the places named. */
  places: string[];
}

/** Splits what was typed into places (longest town names first) and words, dropping stop words. */
function planQuery(text: string, stopWords: ReadonlySet<string>): QueryPlan & { words: string[]; kinds: ('place' | 'stop' | 'term')[] } {
  const words = tokenize(text.slice(0, MAX_QUERY_LENGTH));
  const { names, longest } = placesOf();
  const kinds: ('place' | 'stop' | 'term')[] = [];
  const found: string[] = [];
  for (let i = 0; i < words.length; ) {
    let length = Math.min(longest, words.length - i);
    for (; length > 0; length--) if (names.has(words.slice(i, i + length).join(' '))) break;
    if (length > 0) {
      found.push(words.slice(i, i + length).join(' '));
      for (let k = 0; k < length; k++) kinds.push('place');
      i += length;
    } else {
      kinds.push(stopWords.has(words[i]!) ? 'stop' : 'term');
      i++;
    }
  }
  let terms = words.filter((_, i) => kinds[i] === 'term');
  // Only stop words ("the", while typing "therapy"): they are all there is to go on. Beside a
  // town ("hartford ct"), the town is.
  if (terms.length === 0 && found.length === 0) terms = words.filter((_, i) => kinds[i] === 'stop');
  return { terms: [...new Set(terms)].slice(0, MAX_QUERY_TERMS), places: [...new Set(found)], words, kinds };
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

const distanceRows = [new Int32Array(MAX_TYPO_LENGTH + 2), new Int32Array(MAX_TYPO_LENGTH + 2), new Int32Array(MAX_TYPO_LENGTH + 2)];

/**
 * The optimal-string-alignment distance between `a` and `b` (insertions, deletions,
 * substitutions and swaps of two neighbours), or `max + 1` once it is sure to exceed `max`.
 * Only the band of cells within `max` of the diagonal is computed.
 */
function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max || la > MAX_TYPO_LENGTH || lb > MAX_TYPO_LENGTH) return max + 1;
  let [before, previous, current] = distanceRows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= lb; j++) previous[j] = j;
  for (let i = 1; i <= la; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(lb, i + max);
    current[from - 1] = from === 1 ? i : max + 1;
    const ca = a.charCodeAt(i - 1);
    let rowMin = max + 1;
    for (let j = from; j <= to; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && before[j - 2]! + 1 < value) value = before[j - 2]! + 1;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < lb) current[to + 1] = max + 1;
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[lb]!, max + 1);
}

/** One bit per letter a–z a word has (other letters share the rest of the bits). */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    mask |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
  }
  return mask;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * False when `a` and `b` are surely more than `max` edits apart: every letter one has and the
 * other lacks costs at least one edit (a shared bit can only hide a difference, never invent one).
 */
function closeEnough(maskA: number, maskB: number, max: number): boolean {
  return bitCount(maskA & ~maskB) <= max && bitCount(maskB & ~maskA) <= max;
}

/** Most edits a typed word may be from an index word: none under 4 letters, 1 from 4, 2 from 6. */
const typoAllowance = (word: string) => (word.length >= 6 ? 2 : word.length >= 4 ? 1 : 0);

/**
 * Calls `visit` with each word of `table` that `term` matches and how much that match counts: the
 * word itself (1), a word it starts (0.8), and, for words of letters, a misspelling within the allowance.
 */
function forEachMatch(table: WordTable, term: string, visit: (word: number, factor: number) => void, prefixes = true) {
  const { words } = table;
  for (let i = lowerBound(words, term); i < words.length && words[i]!.startsWith(term); i++) {
    if (words[i] === term) visit(i, 1);
    else if (prefixes) visit(i, PREFIX_FACTOR);
  }
  const max = typoAllowance(term);
  if (max === 0 || term.length > MAX_TYPO_LENGTH || !LETTERS.test(term)) return;
  const mask = letterMask(term);
  for (let length = Math.max(1, term.length - max); length <= Math.min(MAX_TYPO_LENGTH, term.length + max); length++) {
    const bucket = table.byLength[length]!;
    for (let k = 0; k < bucket.length; k++) {
      const i = bucket[k]!;
      if (!closeEnough(mask, table.masks[i]!, max)) continue;
      const word = words[i]!;
      if (word.startsWith(term)) continue; // counted above
      const distance = editDistance(term, word, max);
      if (distance <= max) visit(i, TYPO_FACTORS[distance]!);
    }
  }
}

/**
 * For each resource matching at least one term: how many terms it matches and the sum, over
 * those terms, of its best match (weight of the field × how the word matched). A vocabulary word
 * reaches the resources through their categories and populations. Typed arrays keep a query on
 * 5,000 resources to a few passes over flat memory.
 */
function scoreTerms(index: SearchIndex, size: number, terms: string[], lastWord: string | undefined): { candidates: number[]; matched: Uint8Array; total: Float64Array } {
  const total = new Float64Array(size);
  const best = new Float32Array(size);
  const matched = new Uint8Array(size);
  const candidates: number[] = [];
  const touched = new Int32Array(size);
  let touchedCount = 0;
  const { text, vocabulary, lists } = index;
  for (const term of terms) {
    touchedCount = 0;
    // A single letter is the start of a word only while it is being typed (the last word):
    // elsewhere ("s e r v i c e s") each would reach most of the index.
    const prefixes = term.length > 1 || term === lastWord;
    forEachMatch(text, term, (word, factor) => {
      const positions = text.positions[word]!;
      const weights = text.weights[word]!;
      for (let j = 0; j < positions.length; j++) {
        const position = positions[j]!;
        const value = weights[j]! * factor;
        const current = best[position]!;
        if (current === 0) touched[touchedCount++] = position;
        if (current < value) best[position] = value;
      }
    }, prefixes);
    forEachMatch(vocabulary, term, (word, factor) => {
      const listNumbers = vocabulary.positions[word]!;
      const weights = vocabulary.weights[word]!;
      for (let k = 0; k < listNumbers.length; k++) {
        const { positions, factors } = lists[listNumbers[k]!]!;
        const weight = weights[k]! * factor;
        for (let j = 0; j < positions.length; j++) {
          const position = positions[j]!;
          const value = weight * factors[j]!;
          const current = best[position]!;
          if (current === 0) touched[touchedCount++] = position;
          if (current < value) best[position] = value;
        }
      }
    }, prefixes);
    for (let t = 0; t < touchedCount; t++) {
      const position = touched[t]!;
      if (matched[position] === 0) candidates.push(position);
      matched[position] = matched[position]! + 1;
      total[position] = total[position]! + best[position]!;
      best[position] = 0;
    }
  }
  return { candidates, matched, total };
}

function search(resources: readonly Resource[], q: ResourceQuery, terms: SearchTerms, index: SearchIndex): Resource[] {
  const matches = resourceFilter(q);
  const keep = (position: number) => {
    const resource = resources[position];
    return !!resource && typeof resource === 'object' && matches(resource);
  };
  const plan = typeof q.text === 'string' ? planQuery(q.text, ignoredOf(terms)) : { terms: [], places: [], words: [] };
  /** How closely a resource serves the places named (3 names the town … 0 not at all); 1 when none is named. */
  const placeOf = (position: number) => {
    if (plan.places.length === 0) return 1;
    let best = 0;
    for (const name of plan.places) best = Math.max(best, placeScore(resources[position]!, index.towns[position], name));
    return best;
  };
  const scored = plan.terms.length ? scoreTerms(index, resources.length, plan.terms, plan.words.at(-1)) : undefined;
  const count = scored ? scored.candidates.length : resources.length;
  const positionAt = scored ? (i: number) => scored.candidates[i]! : (i: number) => i;

  // Best first: most terms matched, closest to the place named, best score, then the default order (hotlines first, then the list's).
  // Packed into one number per resource (6 + 2 + 17 + 28 bits: exact in a double, for lists of up
  // to 268 million) so the sort is a plain numeric one.
  const { defaultRank } = index;
  const keys = new Float64Array(count);
  const byRank = new Int32Array(resources.length);
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const position = positionAt(i);
    if (!keep(position)) continue;
    const place = placeOf(position);
    if (place === 0) continue;
    const matched = scored ? scored.matched[position]! : 0;
    const total = scored ? Math.min(2 ** 17 - 1, Math.round(scored.total[position]! * 1000)) : 0;
    keys[kept++] = (((63 - matched) * 4 + (3 - place)) * 2 ** 17 + (2 ** 17 - 1 - total)) * 2 ** 28 + defaultRank[position]!;
    byRank[defaultRank[position]!] = position;
  }
  const sorted = keys.subarray(0, kept).sort();
  const found: Resource[] = new Array(kept);
  for (let i = 0; i < kept; i++) found[i] = resources[byRank[sorted[i]! % 2 ** 28]!]!;
  return found;
}

/**
 * Finds resources matching a query, best first: those matching the most words, then those serving
 * a named town most closely (naming it, then its region, then statewide), then the best matches (a
 * name counts more than a description, a word more than its misspelling), then in the default
 * order: hotlines first, then the list's own order, the same in every language. Without words, the
 * services that pass the filters in that order (as `filterResources`). Pure and total: any input,
 * however malformed, gives an array and never throws. Treat `resources` as immutable: its word index is built on
 * first use (or by `prepareSearchIndex`) and cached per array.
 */
export function searchResources(resources: readonly Resource[], query: ResourceQuery = {}, locale: Locale = 'en', options: SearchOptions = {}): Resource[] {
  try {
    if (!Array.isArray(resources)) return [];
    const q: ResourceQuery = query && typeof query === 'object' ? query : {};
    const lang: Locale = locale === 'es' ? 'es' : 'en';
    const terms = termsOf(options);
    return search(resources, q, terms, indexFor(resources, lang, terms));
  } catch {
    return [];
  }
}

/** Most edits a suggestion may be from the word typed: more than search allows, so it finds what search did not. */
const suggestionAllowance = (word: string) => (word.length >= 8 ? 3 : word.length >= 5 ? 2 : word.length >= 3 ? 1 : 0);

/** The closest word (fewest edits, then the one most services have) within the allowance, or undefined. */
function closestWord(index: SearchIndex, word: string, stopWords: ReadonlySet<string>): string | undefined {
  const max = suggestionAllowance(word);
  if (max === 0 || word.length > MAX_TYPO_LENGTH || !LETTERS.test(word)) return undefined;
  let best: { word: string; distance: number; count: number } | undefined;
  const consider = (candidate: string, count: number) => {
    if (stopWords.has(candidate)) return;
    const distance = editDistance(word, candidate, max);
    // Past one edit, a word starting with another letter is another word (people rarely mistype
    // the first), and so is one that many edits away for its length ("passport" is not "pastor",
    // 3 of 8; "trafikin" is "trafficking", 3 of 11).
    if (distance > max || distance === 0 || (distance > 1 && candidate[0] !== word[0]) || distance * 7 > Math.max(word.length, candidate.length) * 2) return;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: candidate, distance, count };
  };
  for (let length = Math.max(1, word.length - max); length <= Math.min(MAX_TYPO_LENGTH, word.length + max); length++) {
    for (const i of index.text.byLength[length]!) consider(index.text.words[i]!, index.text.positions[i]!.length);
    for (const i of index.vocabulary.byLength[length]!) {
      let count = 0;
      for (const list of index.vocabulary.positions[i]!) count += index.lists[list]!.positions.length;
      if (count > 0) consider(index.vocabulary.words[i]!, count);
    }
  }
  for (const name of placesOf().names.keys()) if (!name.includes(' ')) consider(name, 0);
  return best?.word;
}

/**
 * For a query that finds nothing, a corrected one that finds something ("did you mean …"): each
 * word that matches nothing is replaced by the closest word in the services' texts, the
 * vocabulary or the town names. A word of the language spelt right (the vocabulary's
 * `knownWords`, such as "quitó") is kept as it is, never turned into another word ("equipo"). `{}`
 * when the query finds something, when a word is neither known nor correctable, or when no
 * correction finds anything: no suggestion is better than a wrong one.
 * Takes the text alone or the whole query (its filters are kept). Total: never throws.
 */
export function suggestSearch(resources: readonly Resource[], query: string | ResourceQuery, locale: Locale = 'en', options: SearchOptions = {}): SearchSuggestion {
  try {
    if (!Array.isArray(resources)) return {};
    const q: ResourceQuery = typeof query === 'string' ? { text: query } : query && typeof query === 'object' ? query : {};
    if (typeof q.text !== 'string') return {};
    const lang: Locale = locale === 'es' ? 'es' : 'en';
    const terms = termsOf(options);
    const index = indexFor(resources, lang, terms);
    if (search(resources, q, terms, index).length > 0) return {};
    const written: string[] = [];
    tokenize(q.text.slice(0, MAX_QUERY_LENGTH), undefined, written);
    const plan = planQuery(q.text, ignoredOf(terms));
    let changed = false;
    let unknown = false;
    const { names } = placesOf();
    const known = wordsOf(terms, 'knownWords');
    const corrected = plan.words.map((word, i) => {
      const as = (folded: string) => names.get(folded) ?? index.shown.get(folded) ?? folded;
      if (plan.kinds[i] === 'place' || !plan.terms.includes(word) || known.has(word)) return written[i]!;
      let matches = false;
      forEachMatch(index.text, word, () => (matches = true));
      forEachMatch(index.vocabulary, word, () => (matches = true));
      if (matches) return written[i]!;
      const closest = closestWord(index, word, stopWordsOf(terms));
      if (!closest) {
        unknown = true;
        return written[i]!;
      }
      changed = true;
      return as(closest);
    });
    if (!changed || unknown) return {};
    const didYouMean = corrected.join(' ');
    return search(resources, { ...q, text: didYouMean }, terms, index).length > 0 ? { didYouMean } : {};
  } catch {
    return {};
  }
}
