/**
 * The rules of the HART data model that are more than a type: patterns, length caps, cross-field
 * checks and the words of every message, in a module without zod so a widget can read a limit
 * without loading the validator. The zod/mini schemas in this folder are the one definition of the
 * model and take every rule from here.
 *
 * Every pattern is free of ambiguous repetition (no two ways to match the same characters), so it
 * runs in linear time on any input, and every string is capped before any pattern runs on it
 * (`packages/sdk/test/adversarial.test.ts` runs each one on 100 KB of hostile input).
 */
import { todayIso } from './constants.js';
import { rule } from './link-rules.js';

// What a link must be (a phone number, an email address, an allow-listed URL, the length caps) is in
// link-rules.ts, which the widgets import up front; re-exported here with the rest of the rules.
export { EMAIL, MAX_LENGTH, PHONE_NUMBER, SAFE_URL_SCHEMES, isSafeUrl, type PatternRule } from './link-rules.js';

export const NON_EMPTY = rule(/\S/, 'must not be empty');
export const REQUIRED_TEXT = rule(/\S/, 'is required');
export const ID = rule(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
/** A calendar date, `YYYY-MM-DD` (a plain pattern: zod's date format engine costs a browser ~1 KB). */
export const ISO_DATE = rule(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be a date, YYYY-MM-DD');
/** A phone number as a person types it into the training-request form. */
export const TYPED_PHONE_NUMBER = rule(/^[0-9()+.\- ]{7,25}$/, 'must be a phone number');
export const LANGUAGE_TAG = rule(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag like en or es');
export const VERSION = rule(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0');
export const PUBLIC_ACT_NUMBER = rule(/^\d{2}-\d{1,3}$/, 'must look like 16-71');

export const WHOLE_NUMBER = 'must be a whole number';
export const REAL_DATE = 'must be a real calendar date';
export const NOT_IN_PAST = 'must not be in the past';
export const SAFE_URL = 'must be an https:, tel:, sms: or mailto: URL';
export const AT_MOST_3_DATES = 'at most 3 dates';
export const AGES_IN_ORDER = 'minAge must not be greater than maxAge';
export const CORRECT_IS_A_CHOICE = 'every correct answer must be the id of one of the choices';
export const UNIQUE_CHOICE_IDS = 'choice ids must be unique within a question';
export const uniqueIdsMessage = /* @__NO_SIDE_EFFECTS__ */ (label: string): string => `${label} ids must be unique`;
export const addsUpMessage = /* @__NO_SIDE_EFFECTS__ */ (breakdown: 'byAudience' | 'byCurriculum'): string =>
  `the ${breakdown} figures must add up to the totals`;
export const atMostCharacters = /* @__NO_SIDE_EFFECTS__ */ (max: number): string => `must be at most ${max} characters`;

/** True for a date that exists (`2023-02-29` does not). Arithmetic, no `Date`: it runs on every date of a dataset. */
export function isRealDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return value.length === 10 && month >= 1 && month <= 12 && day >= 1 && day <= days;
}

export const isNotInPast = (value: string): boolean => value >= todayIso();

export const hasUniqueIds = (items: readonly { id: string }[]): boolean =>
  new Set(items.map((i) => i.id)).size === items.length;

export const agesInOrder = (r: { minAge?: number | undefined; maxAge?: number | undefined }): boolean =>
  r.minAge === undefined || r.maxAge === undefined || r.minAge <= r.maxAge;

export const correctAnswersAreChoices = (q: {
  correct: readonly string[];
  choices: readonly { id: string }[];
}): boolean => q.correct.every((id) => q.choices.some((c) => c.id === id));

export const choiceIdsAreUnique = (q: { choices: readonly { id: string }[] }): boolean => hasUniqueIds(q.choices);

interface Figures {
  totals: { trainings: number; people: number };
  byAudience: readonly { trainings: number; people: number }[];
  byCurriculum: readonly { trainings: number; people: number }[];
}

/** True when a breakdown of a year's figures adds up to its totals. */
export function addsUp(stats: Figures, breakdown: 'byAudience' | 'byCurriculum'): boolean {
  const sum = (key: 'trainings' | 'people') => stats[breakdown].reduce((total, row) => total + row[key], 0);
  return sum('trainings') === stats.totals.trainings && sum('people') === stats.totals.people;
}

/** The message for a value of the wrong type: `is required` when it is missing. */
export const wrongTypeMessage = (input: unknown, expected: string): string =>
  input === undefined ? 'is required' : `must be of type ${expected.toLowerCase()}`;

/** The message for a number, text or list outside its bounds. */
export function boundMessage(
  bound: 'at least' | 'at most' | 'greater than',
  limit: number | bigint | string,
  input: unknown,
): string {
  const unit = typeof input === 'string' ? ' characters' : Array.isArray(input) ? ' items' : '';
  return unit ? `must have ${bound} ${limit}${unit}` : `must be ${bound} ${limit}`;
}

/** The message for a value outside a closed list. */
export const oneOfMessage = /* @__NO_SIDE_EFFECTS__ */ (values: readonly unknown[]): string =>
  `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;

/**
 * A search word or phrase of the vocabulary (`shelter`, `place to stay`, `t-visa`, `can't pay`):
 * letters and digits, words joined by one space, hyphen or apostrophe.
 */
export const SEARCH_TERM = rule(
  /^[\p{L}\p{N}]+(?:[ '’-][\p{L}\p{N}]+)*$/u,
  'must be words joined by single spaces, hyphens or apostrophes',
);
/** A stop word: one word, letters only. */
export const STOP_WORD = rule(/^\p{L}+$/u, 'must be one word, letters only');
export const UNIQUE_TERMS = 'must not list the same word twice';
