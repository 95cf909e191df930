import { POPULATIONS, RESOURCE_CATEGORIES } from './constants.js';
import { cappedString } from './localized-text.js';
import { SEARCH_TERM, STOP_WORD, UNIQUE_TERMS } from './rules.js';
import { z } from './zod.js';

/** Short: a term is what a person types in a search box. */
const TERM_MAX_LENGTH = 40;

/** True when no two entries are the same once accents and case are ignored. */
const hasUniqueTerms = (list: string[]) => new Set(list.map((term) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())).size === list.length;

const termList = (rule: typeof SEARCH_TERM) =>
  z.array(cappedString(TERM_MAX_LENGTH).check(z.regex(rule.pattern, rule.message))).check(z.refine(hasUniqueTerms, UNIQUE_TERMS));

/** The words people use for one kind of help or one group of people, in each language. */
export const SearchTermLists = z.object({ en: termList(SEARCH_TERM), es: termList(SEARCH_TERM) });
export type SearchTermLists = z.infer<typeof SearchTermLists>;

/**
 * The search vocabulary: for every service category and every population, the everyday words
 * (en and es) that find the services having it, and the words a search ignores. Every category
 * and every population must be listed; a list may be empty.
 */
export const SearchTerms = z.object({
  categories: z.record(z.enum(RESOURCE_CATEGORIES), SearchTermLists),
  populations: z.record(z.enum(POPULATIONS), SearchTermLists),
  stopWords: z.object({ en: termList(STOP_WORD), es: termList(STOP_WORD) }),
});
export type SearchTerms = z.infer<typeof SearchTerms>;
