// The search index: the words of a resource list and of the vocabulary, with what has each and with
// what weight, built in small steps and cached per list, locale and vocabulary.
import { categoryLabels, populationLabels } from '../data/labels.js';
import { searchTerms as defaultSearchTerms } from '../data/search-terms.js';
import { priorityRanks } from '../filter.js';
import type { Locale, LocalizedText } from '../schema/localized-text.js';
import type { Resource } from '../schema/resource.js';
import type { SearchTerms } from '../schema/search-terms.js';
import { stopWordsOf } from './vocabulary.js';
import { asArray, isRecord, LETTERS, letterMask, MAX_TYPO_LENGTH, tokenize } from './words.js';

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

/** Words and, for each, what has it (resources, or categories and populations) and with what weight. */
export interface WordTable {
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

export interface SearchIndex {
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
/** A service's first category is what it mostly does: later ones count a little less. */
const listFactor = (i: number) => 1 / (1 + 0.1 * i);
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
  /** Each word's entries (positions) and weights, in the order added; `lastWeight` is that of the last entry. */
  readonly byWord = new Map<string, { positions: number[]; weights: number[]; lastWeight: number }>();

  add(word: string, position: number, weight: number): void {
    const postings = this.byWord.get(word);
    if (!postings) {
      this.byWord.set(word, { positions: [position], weights: [weight], lastWeight: weight });
    } else if (postings.positions.at(-1) !== position) {
      postings.positions.push(position);
      postings.weights.push(weight);
      postings.lastWeight = weight;
    } else if (postings.lastWeight < weight) {
      postings.weights[postings.weights.length - 1] = postings.lastWeight = weight;
    }
  }

  /** Sorts the words and packs the postings into typed arrays, a step at a time. */
  *finish(): Generator<void, WordTable, void> {
    const distinct = [...this.byWord];
    const sorted = yield* sortedInSteps(distinct, ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0), 256, 2048);
    const words: string[] = [];
    const positions: Int32Array[] = [];
    const weights: Float32Array[] = [];
    const buckets: number[][] = [];
    const masks = new Int32Array(sorted.length);
    for (const [word, postings] of sorted) {
      const i = words.length;
      words.push(word);
      positions.push(Int32Array.from(postings.positions));
      weights.push(Float32Array.from(postings.weights));
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

/**
 * `items` sorted by `compare`, stably: runs of `run` items sorted at once, then merged pairwise,
 * pausing after each run and every `perStep` comparisons while merging.
 */
function* sortedInSteps<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
  run: number,
  perStep: number,
): Generator<void, T[], void> {
  let runs: T[][] = [];
  for (let start = 0; start < items.length; start += run) {
    runs.push(items.slice(start, start + run).sort(compare));
    yield;
  }
  let comparisons = 0;
  function* merge(a: T[], b: T[]): Generator<void, T[], void> {
    const merged: T[] = [];
    const left = a.values();
    const right = b.values();
    let x = left.next();
    let y = right.next();
    while (!x.done && !y.done) {
      if (compare(x.value, y.value) <= 0) {
        merged.push(x.value);
        x = left.next();
      } else {
        merged.push(y.value);
        y = right.next();
      }
      if (++comparisons % perStep === 0) yield;
    }
    for (; !x.done; x = left.next()) merged.push(x.value);
    for (; !y.done; y = right.next()) merged.push(y.value);
    return merged;
  }
  while (runs.length > 1) {
    const next: T[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const [a = [], b = []] = runs.slice(r, r + 2);
      next.push(b.length ? yield* merge(a, b) : a);
    }
    runs = next;
  }
  return runs[0] ?? [];
}

/**
 * The vocabulary table: for each category, then each population (list numbers in that order), its
 * name in both languages, its id and its everyday words. The vocabulary counts fully in both
 * languages: people type the words they know.
 */
function vocabularyPostings(
  locale: Locale,
  terms: SearchTerms,
  shown: Map<string, string>,
): { postings: Postings; listNumbers: [categories: Map<string, number>, populations: Map<string, number>] } {
  const postings = new Postings();
  const stopWords = stopWordsOf(terms);
  const other: Locale = locale === 'en' ? 'es' : 'en';
  const listNumbers: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
  let next = 0;
  // Situations reach the services through the categories that help with them, the first most.
  const situationWords = new Map<string, { text: unknown; factor: number }[]>();
  for (const situation of asArray(terms?.situations)) {
    if (!isRecord(situation)) continue;
    asArray(situation.categories).forEach((id, i) => {
      if (typeof id !== 'string') return;
      const words = situationWords.get(id) ?? [];
      situationWords.set(id, words);
      for (const text of [...asArray(situation.en), ...asArray(situation.es)])
        words.push({ text, factor: listFactor(i) });
    });
  }
  const sources = [
    [categoryLabels, isRecord(terms?.categories), WEIGHTS.category, listNumbers[0]],
    [populationLabels, isRecord(terms?.populations), WEIGHTS.population, listNumbers[1]],
  ] as const;
  for (const [labels, vocabulary, weight, numbers] of sources) {
    for (const [id, label] of Object.entries<LocalizedText>(labels)) {
      const list = next++;
      numbers.set(id, list);
      const lists = isRecord(
        (vocabulary as Record<string, { en?: string[]; es?: string[] } | undefined> | undefined)?.[id],
      );
      const add = (text: unknown, w: number, skipStopWords: boolean) => {
        if (typeof text !== 'string') return;
        for (const word of tokenize(text, shown))
          if (!skipStopWords || !stopWords.has(word)) postings.add(word, list, w);
      };
      add(label[other], weight * OTHER_LOCALE_FACTOR, false);
      add(label[locale], weight, false);
      add(id, weight, false);
      for (const term of [...asArray(lists?.en), ...asArray(lists?.es)]) add(term, weight, true);
      if (labels === categoryLabels)
        for (const { text, factor } of situationWords.get(id) ?? []) add(text, weight * factor, true);
    }
  }
  return { postings, listNumbers };
}

/** Builds the index in small steps (a generator), so it can run all at once or spread over idle time. */
function* buildSteps(
  resources: readonly Resource[],
  locale: Locale,
  terms: SearchTerms,
): Generator<void, SearchIndex, void> {
  const shown = new Map<string, string>();
  const { postings: vocabularyWords, listNumbers } = vocabularyPostings(locale, terms, shown);
  const [categoryNumbers, populationNumbers] = listNumbers;
  /** For each list number: the resources with that category or population, and how much it counts for each. */
  const listEntries = Array.from({ length: categoryNumbers.size + populationNumbers.size }, () => ({
    positions: [] as number[],
    factors: [] as number[],
  }));
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
      for (const [keys, numbers] of [
        [resource.categories, categoryNumbers],
        [resource.populations, populationNumbers],
      ] as const) {
        asArray<unknown>(keys).forEach((key, i) => {
          const entry = typeof key === 'string' ? listEntries[numbers.get(key) ?? -1] : undefined;
          if (!entry || entry.positions.at(-1) === position) return;
          entry.positions.push(position);
          entry.factors.push(listFactor(i));
        });
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
  const lists = listEntries.map(({ positions, factors }) => ({
    positions: Int32Array.from(positions),
    factors: Float32Array.from(factors),
  }));

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
  for (const word of tokenize(text, shown)) postings.add(word, position, weight);
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
  if (!build || build.terms !== terms)
    byLocale.set(locale, (build = { terms, steps: buildSteps(resources, locale, terms) }));
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

export function indexFor(resources: readonly Resource[], locale: Locale, terms: SearchTerms): SearchIndex {
  const build = buildFor(resources, locale, terms);
  // Finishes a preparation under way rather than starting another.
  while (!build.index) step(resources, locale, build);
  return build.index;
}

const now = () =>
  typeof performance === 'object' && typeof performance?.now === 'function' ? performance.now() : Date.now();

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
export async function prepareSearchIndex(
  resources: readonly Resource[],
  locale: Locale = 'en',
  options: PrepareSearchOptions = {},
): Promise<void> {
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
export function isSearchIndexReady(
  resources: readonly Resource[],
  locale: Locale = 'en',
  options: SearchOptions = {},
): boolean {
  const build = Array.isArray(resources) ? builds.get(resources)?.get(locale === 'es' ? 'es' : 'en') : undefined;
  return !!build?.index && build.terms === termsOf(options);
}

export function termsOf(options: SearchOptions | undefined): SearchTerms {
  const terms = options && typeof options === 'object' ? options.terms : undefined;
  return terms && typeof terms === 'object' ? terms : defaultSearchTerms;
}
