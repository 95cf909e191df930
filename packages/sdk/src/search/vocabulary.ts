// The vocabulary's word lists as the search uses them: stop words and known words, folded, once per
// vocabulary.
import type { SearchTerms } from '../schema/search-terms.js';
import { asArray, isRecord, tokenize } from './words.js';

const wordSets = {
  stopWords: new WeakMap<object, ReadonlySet<string>>(),
  knownWords: new WeakMap<object, ReadonlySet<string>>(),
};
/** The folded words of both languages of `terms.stopWords` or `terms.knownWords`, once per vocabulary. */
export function wordsOf(terms: SearchTerms, key: 'stopWords' | 'knownWords'): ReadonlySet<string> {
  if (!terms || typeof terms !== 'object') return new Set();
  let set = wordSets[key].get(terms);
  if (!set) {
    const lists = isRecord(terms[key]);
    set = new Set(
      [...asArray(lists?.en), ...asArray(lists?.es)].filter((w) => typeof w === 'string').flatMap((w) => tokenize(w)),
    );
    wordSets[key].set(terms, set);
  }
  return set;
}
export const stopWordsOf = (terms: SearchTerms) => wordsOf(terms, 'stopWords');
const ignoredSets = new WeakMap<object, ReadonlySet<string>>();
/**
 * What a search skips: the stop words and the known words (they match no service, and "he" would
 * otherwise find every "help" and "healing").
 */
export function ignoredOf(terms: SearchTerms): ReadonlySet<string> {
  if (!terms || typeof terms !== 'object') return new Set();
  let set = ignoredSets.get(terms);
  if (!set) ignoredSets.set(terms, (set = new Set([...stopWordsOf(terms), ...wordsOf(terms, 'knownWords')])));
  return set;
}
