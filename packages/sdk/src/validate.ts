import { HartDataError, formatPath, type DataIssue } from './errors.js';
import { Dataset } from './schema/dataset.js';
import { Quiz } from './schema/quiz.js';
import { Resource } from './schema/resource.js';
import { TrainingRequest } from './schema/training-request.js';
import { z } from './schema/zod.js';
import { hartParseOptions } from './schema/zod-options.js';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] };

/**
 * Validates untrusted data against one of the zod schemas (`@ct-hart/sdk/schema`) and lists every
 * problem as `path: message`. Every loader of the SDK runs its data through this, so the schemas in
 * `schema/` are the one definition of the model.
 */
export function validateWith<T>(schema: z.ZodMiniType<T>, input: unknown): ValidationResult<T> {
  const result = schema.safeParse(input, hartParseOptions);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((issue) => ({ code: issue.code, path: formatPath(issue.path), message: issue.message }));
  // A value of the wrong type gets one message: zod still runs length checks on it ("a list" given
  // as text would also be told it "must have at least 1 characters").
  const wrongType = new Set(issues.filter((issue) => issue.code === 'invalid_type').map((issue) => issue.path));
  return {
    ok: false,
    issues: issues.filter((issue) => issue.code === 'invalid_type' || !wrongType.has(issue.path)).map(({ path, message }) => ({ path, message })),
  };
}

/** A whole HART dataset. */
export const validateDataset = (input: unknown): ValidationResult<Dataset> => validateWith(Dataset, input);
/** A quiz, such as one a partner loads into `<hart-red-flag-quiz src>`. */
export const validateQuiz = (input: unknown): ValidationResult<Quiz> => validateWith(Quiz, input);
const ResourceList = /* @__PURE__ */ z.array(Resource);

/** A list of services. */
export const validateResources = (input: unknown): ValidationResult<Resource[]> => validateWith(ResourceList, input);
/**
 * A list of services checked `step` at a time, with a pause for the event loop between steps, so
 * a page checking thousands of services never has one long task (5,000 in one parse take ~0.2 s).
 * Issue paths name each entry's place in the whole list. Rejects with the signal's reason when
 * `signal` aborts.
 */
export async function validateResourcesInSteps(input: unknown, options: { step?: number; signal?: AbortSignal } = {}): Promise<ValidationResult<Resource[]>> {
  if (!Array.isArray(input)) return validateResources(input);
  const step = Math.max(1, options.step ?? 250);
  const issues: DataIssue[] = [];
  const value: Resource[] = [];
  for (let start = 0; start < input.length; start += step) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    options.signal?.throwIfAborted();
    const result = validateResources(input.slice(start, start + step));
    if (result.ok) value.push(...result.value);
    else issues.push(...result.issues.map((issue) => ({ ...issue, path: issue.path.replace(/^\[(\d+)\]/, (_, i: string) => `[${Number(i) + start}]`) })));
  }
  return issues.length ? { ok: false, issues } : { ok: true, value };
}
/** A training request, as the form and `submitTrainingRequest` check it before sending. */
export const validateTrainingRequest = (input: unknown): ValidationResult<TrainingRequest> => validateWith(TrainingRequest, input);

/** The typed error for a failed validation; its message names the first failing path. */
export function schemaError(what: string, issues: DataIssue[]): HartDataError {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new HartDataError('schema', `${what} does not match the schema: ${first ? `${first.path}: ${first.message}` : 'unknown problem'}${more}`, issues);
}
