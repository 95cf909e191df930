import type { DataIssue } from './errors.js';
import { formatPath } from './errors.js';

/**
 * Fields present in `input` but absent from `parsed` (zod objects drop fields they do not know).
 * Browsers accept such data, so a newer dataset still loads in an older widget; the `hart-data`
 * CLI reports them, so a content editor's typo ("phnoe") does not pass unnoticed.
 */
export function unknownFields(input: unknown, parsed: unknown, path: (string | number)[] = []): DataIssue[] {
  if (Array.isArray(input) && Array.isArray(parsed)) {
    return input.flatMap((item, i) => unknownFields(item, parsed[i], [...path, i]));
  }
  if (!input || typeof input !== 'object' || !parsed || typeof parsed !== 'object') return [];
  const issues: DataIssue[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (!(key in parsed)) {
      if (key !== '$schema') issues.push({ path: formatPath(path), message: `unknown field: ${key}` });
    } else {
      issues.push(...unknownFields(value, (parsed as Record<string, unknown>)[key], [...path, key]));
    }
  }
  return issues;
}
