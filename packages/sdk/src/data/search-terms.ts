import type { SearchTerms } from '../schema/search-terms.js';
import { categoryTerms, populationTerms } from './search-terms/kinds.js';
import { knownWords, stopWords } from './search-terms/ignored-words.js';
import { situationTerms } from './search-terms/situations.js';

/**
 * The words people type when they look for help, in English and Spanish, for each service category
 * and population: a search word that is one of them finds the services having that category or
 * population. The category and population names (data/labels.ts) are searched already, so they are
 * not repeated here. A phrase counts word by word; stop words in it are skipped. Content editors:
 * see docs/content.md. The lists are in `data/search-terms/`: the kinds of help and of people
 * (`kinds.ts`), what happens to people (`situations.ts`), and the words a search skips
 * (`ignored-words.ts`).
 */
export const searchTerms: SearchTerms = {
  categories: categoryTerms,
  populations: populationTerms,
  situations: situationTerms,
  stopWords,
  knownWords,
};
