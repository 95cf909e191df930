// The words of a text as the search sees them: folded (lower case, no accents), split at anything
// not a letter or digit; and the guards that read untrusted lists and records.
import { foldText } from '../filter.js';

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
    const code = char.codePointAt(0) ?? 0;
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
export function tokenize(text: string, shown?: Map<string, string>, written?: string[]): string[] {
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
  for (let i = 0; i < length;) {
    const code = lower.charCodeAt(i);
    let width = 1;
    let inWord: boolean;
    let ascii = true;
    if (code < 128) inWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    else {
      const point = lower.codePointAt(i) ?? 0;
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

export const LETTERS = /^\p{L}+$/u;
/** What is read of a query: more than anyone types in a search box, little enough to stay fast on any input. */
export const MAX_QUERY_LENGTH = 500;
export const MAX_QUERY_TERMS = 16;
/** Longest word looked at for typos (the distance tables are this long). */
export const MAX_TYPO_LENGTH = 40;
/** One bit per letter a–z a word has (other letters share the rest of the bits). */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    mask |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
  }
  return mask;
}

export function asArray<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

export function isRecord<T>(value: T): T | undefined {
  return value && typeof value === 'object' ? value : undefined;
}
