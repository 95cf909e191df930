import { POPULATIONS, RESOURCE_CATEGORIES } from './constants.js';
import { cappedString } from './localized-text.js';
import { SEARCH_TERM, STOP_WORD, UNIQUE_TERMS } from './rules.js';
import { z } from './zod.js';

/** Short: a term is what a person types in a search box. */
const TERM_MAX_LENGTH = 40;

/** True when no two entries are the same once accents and case are ignored. */
const hasUniqueTerms = (list: string[]) =>
  new Set(list.map((term) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())).size === list.length;

const termList = (rule: typeof SEARCH_TERM) =>
  z
    .array(cappedString(TERM_MAX_LENGTH).check(z.regex(rule.pattern, rule.message)))
    .check(z.refine(hasUniqueTerms, UNIQUE_TERMS));

/** The words people use for one kind of help or one group of people, in each language. */
export const SearchTermLists = z.object({ en: termList(SEARCH_TERM), es: termList(SEARCH_TERM) });
export type SearchTermLists = z.infer<typeof SearchTermLists>;

/**
 * What happens to people, in their words ("my boss took my passport", "me quitaron los papeles"),
 * and the kinds of help that answer it, most useful first: a search word of the situation finds
 * the services having those categories. People describe what happens to them, not the help.
 */
export const SearchSituation = z.object({
  en: termList(SEARCH_TERM),
  es: termList(SEARCH_TERM),
  categories: z.array(z.enum(RESOURCE_CATEGORIES)).check(z.minLength(1)),
});
export type SearchSituation = z.infer<typeof SearchSituation>;

/**
 * The search vocabulary: for every service category and every population, the everyday words
 * (en and es) that find the services having it, situations and warning signs with the help they
 * lead to, the words a search ignores, and common words of each language that "Did you mean"
 * never corrects. Every category and every population must be listed; a list may be empty.
 */
export const SearchTerms = z.object({
  categories: z.record(z.enum(RESOURCE_CATEGORIES), SearchTermLists),
  populations: z.record(z.enum(POPULATIONS), SearchTermLists),
  situations: z.optional(z.array(SearchSituation)),
  stopWords: z.object({ en: termList(STOP_WORD), es: termList(STOP_WORD) }),
  /** Words of the language that match no service but are spelt right ("took", "quitó"): never "corrected". */
  knownWords: z.optional(z.object({ en: termList(STOP_WORD), es: termList(STOP_WORD) })),
});
export type SearchTerms = z.infer<typeof SearchTerms>;
