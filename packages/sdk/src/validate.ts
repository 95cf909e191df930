import { HartDataError, formatPath, type DataIssue } from './errors.js';
import { Dataset } from './schema/dataset.js';
import { Quiz } from './schema/quiz.js';
import type { z } from './schema/zod.js';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] };

/** Validates untrusted data against a schema and lists every problem as `path: message`. */
export function validateWith<T>(schema: z.ZodMiniType<T>, input: unknown): ValidationResult<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

export const validateDataset = (input: unknown): ValidationResult<Dataset> => validateWith(Dataset, input);
export const validateQuiz = (input: unknown): ValidationResult<Quiz> => validateWith(Quiz, input);

/** The typed error for a failed validation; its message names the first failing path. */
export function schemaError(what: string, issues: DataIssue[]): HartDataError {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new HartDataError('schema', `${what} does not match the schema: ${first ? `${first.path}: ${first.message}` : 'unknown problem'}${more}`, issues);
}
