import type { DataIssue } from './errors.js';
import { formatPath } from './errors.js';

/**
 * Fields present in `input` but absent from `parsed` (zod objects drop fields they do not know).
 * Browsers accept such data, so a newer dataset still loads in an older widget; the `hart-data`
 * CLI reports them, so a content editor's typo ("phnoe") does not pass unnoticed.
 *
 * Iterative (an explicit stack, no recursion and no spread of long lists), so a file with hundreds
 * of thousands of unknown fields or deep nesting cannot overflow the stack; own properties only, so
 * a field named `constructor` or `toString` is reported like any other. Stops after `limit + 1`
 * fields, so a caller can say "more than `limit`" without one object per field of a hostile file.
 */
export function unknownFields(
  input: unknown,
  parsed: unknown,
  path: (string | number)[] = [],
  limit = Infinity,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const stack: [unknown, unknown, (string | number)[]][] = [[input, parsed, path]];
  while (stack.length) {
    const [given, kept, at] = stack.pop()!;
    if (Array.isArray(given) && Array.isArray(kept)) {
      for (let i = given.length - 1; i >= 0; i--) stack.push([given[i], kept[i], [...at, i]]);
      continue;
    }
    if (!given || typeof given !== 'object' || !kept || typeof kept !== 'object') continue;
    const keys = Object.keys(given);
    const nested: [unknown, unknown, (string | number)[]][] = [];
    for (const key of keys) {
      if (!Object.hasOwn(kept, key)) {
        if (key !== '$schema') issues.push({ path: formatPath(at), message: `unknown field: ${key}` });
        if (issues.length > limit) return issues;
      } else {
        nested.push([(given as Record<string, unknown>)[key], (kept as Record<string, unknown>)[key], [...at, key]]);
      }
    }
    for (let i = nested.length - 1; i >= 0; i--) stack.push(nested[i]!);
  }
  return issues;
}
