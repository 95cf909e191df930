// Queries: what was typed, matched against the index (words, their starts, misspellings), scored
// and ordered; and "did you mean" for a query that finds nothing. The `!` left here read typed
// arrays at positions their loop bounds or the index itself guarantee (edit distance, scoring,
// ordering): the hot loops of a search, where a check per read would only cost time.
import { resourceFilter, type ResourceFilters } from '../filter.js';
import type { Locale } from '../schema/localized-text.js';
import type { Resource } from '../schema/resource.js';
import type { SearchTerms } from '../schema/search-terms.js';
import { placeScore, placesOf } from './places.js';
import { indexFor, termsOf, type SearchIndex, type SearchOptions, type WordTable } from './search-index.js';
import { ignoredOf, stopWordsOf, wordsOf } from './vocabulary.js';
import { LETTERS, letterMask, MAX_QUERY_LENGTH, MAX_QUERY_TERMS, MAX_TYPO_LENGTH, tokenize } from './words.js';

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

export interface SearchSuggestion {
  /** The query with its unmatched words replaced by the closest known words, when that finds something. */
  didYouMean?: string;
}

const PREFIX_FACTOR = 0.8;
/** A misspelling at one edit, and at two, counts for less than the word itself or its start. */
const TYPO_FACTORS = [1, 0.5, 0.35] as const;

interface QueryPlan {
  /** Words to match (stop words and places taken out), at most 16. */
  terms: string[];
  /** Folded names of the places named. */
  places: string[];
}

/** Splits what was typed into places (longest town names first) and words, dropping stop words. */
function planQuery(
  text: string,
  stopWords: ReadonlySet<string>,
): QueryPlan & { words: string[]; kinds: ('place' | 'stop' | 'term')[] } {
  const words = tokenize(text.slice(0, MAX_QUERY_LENGTH));
  const { names, longest } = placesOf();
  const kinds: ('place' | 'stop' | 'term')[] = [];
  const found: string[] = [];
  for (const [i, word] of words.entries()) {
    if (i < kinds.length) continue; // part of a place already found
    let length = Math.min(longest, words.length - i);
    for (; length > 0; length--) if (names.has(words.slice(i, i + length).join(' '))) break;
    if (length > 0) {
      found.push(words.slice(i, i + length).join(' '));
      for (let k = 0; k < length; k++) kinds.push('place');
    } else {
      kinds.push(stopWords.has(word) ? 'stop' : 'term');
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

const distanceRows = [
  new Int32Array(MAX_TYPO_LENGTH + 2),
  new Int32Array(MAX_TYPO_LENGTH + 2),
  new Int32Array(MAX_TYPO_LENGTH + 2),
];

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
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && before[j - 2]! + 1 < value)
        value = before[j - 2]! + 1;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < lb) current[to + 1] = max + 1;
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[lb]!, max + 1);
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
  for (let i = lowerBound(words, term); words[i]?.startsWith(term); i++) {
    if (words[i] === term) visit(i, 1);
    else if (prefixes) visit(i, PREFIX_FACTOR);
  }
  const max = typoAllowance(term);
  if (max === 0 || term.length > MAX_TYPO_LENGTH || !LETTERS.test(term)) return;
  const mask = letterMask(term);
  for (let length = Math.max(1, term.length - max); length <= Math.min(MAX_TYPO_LENGTH, term.length + max); length++) {
    for (const i of table.byLength[length] ?? []) {
      const word = words[i];
      if (word === undefined || !closeEnough(mask, table.masks[i] ?? 0, max)) continue;
      if (word.startsWith(term)) continue; // counted above
      const distance = editDistance(term, word, max);
      if (distance <= max) visit(i, TYPO_FACTORS[distance] ?? 0);
    }
  }
}

/**
 * For each resource matching at least one term: how many terms it matches and the sum, over
 * those terms, of its best match (weight of the field × how the word matched). A vocabulary word
 * reaches the resources through their categories and populations. Typed arrays keep a query on
 * 5,000 resources to a few passes over flat memory.
 */
function scoreTerms(
  index: SearchIndex,
  size: number,
  terms: string[],
  lastWord: string | undefined,
): { candidates: number[]; matched: Uint8Array; total: Float64Array } {
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
    forEachMatch(
      text,
      term,
      (word, factor) => {
        const positions = text.positions[word]!;
        const weights = text.weights[word]!;
        for (let j = 0; j < positions.length; j++) {
          const position = positions[j]!;
          const value = weights[j]! * factor;
          const current = best[position]!;
          if (current === 0) touched[touchedCount++] = position;
          if (current < value) best[position] = value;
        }
      },
      prefixes,
    );
    forEachMatch(
      vocabulary,
      term,
      (word, factor) => {
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
      },
      prefixes,
    );
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
    for (const name of plan.places) best = Math.max(best, placeScore(resources[position], index.towns[position], name));
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
    keys[kept++] =
      (((63 - matched) * 4 + (3 - place)) * 2 ** 17 + (2 ** 17 - 1 - total)) * 2 ** 28 + defaultRank[position]!;
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
export function searchResources(
  resources: readonly Resource[],
  query: ResourceQuery = {},
  locale: Locale = 'en',
  options: SearchOptions = {},
): Resource[] {
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
  const consider = (candidate: string | undefined, count: number) => {
    if (candidate === undefined || stopWords.has(candidate)) return;
    const distance = editDistance(word, candidate, max);
    // Past one edit, a word starting with another letter is another word (people rarely mistype
    // the first), and so is one that many edits away for its length ("passport" is not "pastor",
    // 3 of 8; "trafikin" is "trafficking", 3 of 11).
    if (
      distance > max ||
      distance === 0 ||
      (distance > 1 && candidate[0] !== word[0]) ||
      distance * 7 > Math.max(word.length, candidate.length) * 2
    )
      return;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count))
      best = { word: candidate, distance, count };
  };
  for (let length = Math.max(1, word.length - max); length <= Math.min(MAX_TYPO_LENGTH, word.length + max); length++) {
    for (const i of index.text.byLength[length] ?? [])
      consider(index.text.words[i], index.text.positions[i]?.length ?? 0);
    for (const i of index.vocabulary.byLength[length] ?? []) {
      let count = 0;
      for (const list of index.vocabulary.positions[i] ?? []) count += index.lists[list]?.positions.length ?? 0;
      if (count > 0) consider(index.vocabulary.words[i], count);
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
export function suggestSearch(
  resources: readonly Resource[],
  query: string | ResourceQuery,
  locale: Locale = 'en',
  options: SearchOptions = {},
): SearchSuggestion {
  try {
    if (!Array.isArray(resources)) return {};
    const q: ResourceQuery =
      typeof query === 'string' ? { text: query } : query && typeof query === 'object' ? query : {};
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
      const asWritten = written[i] ?? word;
      if (plan.kinds[i] === 'place' || !plan.terms.includes(word) || known.has(word)) return asWritten;
      let matches = false;
      forEachMatch(index.text, word, () => (matches = true));
      forEachMatch(index.vocabulary, word, () => (matches = true));
      if (matches) return asWritten;
      const closest = closestWord(index, word, stopWordsOf(terms));
      if (!closest) {
        unknown = true;
        return asWritten;
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
