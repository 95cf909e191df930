import { HartDataError, formatPath, type DataIssue } from './errors.js';
import { Dataset } from './schema/dataset.js';
import { Quiz } from './schema/quiz.js';
import { Resource } from './schema/resource.js';
import { TrainingRequest } from './schema/training-request.js';
import { z } from './schema/zod.js';
import { hartParseOptions } from './schema/zod-options.js';

/**
 * `truncated`: checking stopped at {@link MAX_ISSUES} problems and there are more; `issues` holds
 * the first {@link MAX_ISSUES}.
 */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[]; truncated?: boolean };

/**
 * The most problems one validation lists. Checking stops at the next one, so a small hostile
 * document (300 KB of `{}`, each missing ten fields) costs what its first problems cost, not one
 * error object per problem: zod alone spent 4 s and 400 MB on 100,000 `{}`, and ran out of
 * memory on 1.7 million.
 */
export const MAX_ISSUES = 100;

/**
 * A part of a document in which zod would visit fewer values than this goes to zod whole (its
 * problems are then at most a few thousand); a larger list or object is checked part by part, so
 * checking can stop.
 */
const WHOLE_PARSE_VALUES = 500;

type Schema = z.ZodMiniType;
interface SchemaDef {
  type: string;
  element?: Schema;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  checks?: readonly unknown[];
}
interface Walk {
  issues: DataIssue[];
  truncated: boolean;
  /** Checking in steps: every list of more than one item is checked item by item, a step each. */
  inSteps: boolean;
}
const FAILED = Symbol('failed');

/**
 * True when zod, checking `value` against `schema`, would visit fewer than `limit` values: list
 * items and the fields the schema names (unknown fields are never read, so an object with 300,000
 * of them costs nothing here, and no key is enumerated). Stops counting at `limit`.
 */
function fewerValuesThan(schema: Schema, value: unknown, limit: number): boolean {
  // Two stacks side by side: no pair allocated per value.
  const schemas = [schema];
  const values = [value];
  for (let count = 1; schemas.length; count++) {
    if (count + schemas.length > limit) return false;
    const def = schemas.pop()!._zod.def as SchemaDef;
    const next = values.pop();
    if (def.type === 'optional' && def.innerType) {
      if (next !== undefined) {
        schemas.push(def.innerType);
        values.push(next);
      }
    } else if (def.type === 'array' && def.element && Array.isArray(next)) {
      if (count + schemas.length + next.length > limit) return false;
      for (const item of next as unknown[]) {
        schemas.push(def.element);
        values.push(item);
      }
    } else if (def.type === 'object' && def.shape && next && typeof next === 'object' && !Array.isArray(next)) {
      for (const key in def.shape) {
        if (!Object.hasOwn(next, key)) continue;
        schemas.push(def.shape[key]!);
        values.push((next as Record<string, unknown>)[key]);
      }
    }
  }
  return true;
}

/** Adds zod's issues at `path`, one message per value of the wrong type, until the walk is full. */
function record(walk: Walk, zodIssues: readonly z.core.$ZodIssue[], path: readonly PropertyKey[]): void {
  const issues = zodIssues.map((issue) => ({
    code: issue.code,
    path: formatPath([...path, ...issue.path]),
    message: issue.message,
  }));
  // A value of the wrong type gets one message: zod still runs length checks on it ("a list" given
  // as text would also be told it "must have at least 1 characters").
  const wrongType = new Set(issues.filter((issue) => issue.code === 'invalid_type').map((issue) => issue.path));
  for (const { code, path, message } of issues) {
    if (code !== 'invalid_type' && wrongType.has(path)) continue;
    if (walk.issues.length === MAX_ISSUES) {
      walk.truncated = true;
      return;
    }
    walk.issues.push({ path, message });
  }
}

/**
 * Checks `input` against `schema`: small parts by zod whole, large lists and objects part by part
 * (yielding between list items, so a caller can pause), stopping once the walk is full. Returns the
 * parsed value, or FAILED.
 */
function* checkPart(
  schema: Schema,
  input: unknown,
  path: readonly PropertyKey[],
  walk: Walk,
): Generator<void, unknown, void> {
  const def = schema._zod.def as SchemaDef;
  if (def.type === 'optional' && def.innerType)
    return input === undefined ? undefined : yield* checkPart(def.innerType, input, path, walk);
  const list = def.type === 'array' && def.element && Array.isArray(input) ? (input as unknown[]) : undefined;
  const object =
    def.type === 'object' && def.shape && !!input && typeof input === 'object' && !Array.isArray(input)
      ? (input as Record<string, unknown>)
      : undefined;
  if (
    (list || object) &&
    ((walk.inSteps && list && list.length > 1) || !fewerValuesThan(schema, input, WHOLE_PARSE_VALUES))
  ) {
    const before = walk.issues.length;
    let value: unknown[] | Record<string, unknown>;
    if (list) {
      value = new Array<unknown>(list.length);
      for (let i = 0; i < list.length; i++) {
        if (i > 0) yield;
        value[i] = yield* checkPart(def.element!, list[i], [...path, i], walk);
        if (walk.truncated) return FAILED;
      }
    } else {
      value = {};
      for (const [key, part] of Object.entries(def.shape!)) {
        // Own fields only: an inherited `constructor` is no field of the document.
        const item = yield* checkPart(
          part,
          Object.hasOwn(object!, key) ? object![key] : undefined,
          [...path, key],
          walk,
        );
        if (walk.truncated) return FAILED;
        if (item !== undefined) value[key] = item;
      }
    }
    if (def.checks?.length) {
      // zod's own checks of the list or object (`minLength`, unique ids), on what the walk built; as
      // in zod, after a problem inside only the checks that say when to run (sizes) still run.
      const checks = def.checks as unknown as z.core.$ZodCheck<unknown>[];
      const result = z
        .any()
        .check(...(walk.issues.length > before ? checks.filter((check) => check._zod.def.when) : checks))
        .safeParse(value, hartParseOptions);
      if (!result.success) record(walk, result.error.issues, path);
    }
    return walk.issues.length > before ? FAILED : value;
  }
  const result = schema.safeParse(input, hartParseOptions);
  if (result.success) return result.data;
  record(walk, result.error.issues, path);
  return FAILED;
}

/** What a walk found: the value, or its problems (and whether it stopped at {@link MAX_ISSUES}). */
const resultOf = <T>({ issues, truncated }: Walk, value: unknown): ValidationResult<T> =>
  issues.length ? { ok: false, issues, ...(truncated && { truncated }) } : { ok: true, value: value as T };

/**
 * Validates untrusted data against one of the zod schemas (`@ct-hart/sdk/schema`) and lists its
 * problems as `path: message`, at most {@link MAX_ISSUES} (then `truncated`). Every loader of the
 * SDK runs its data through this, so the schemas in `schema/` are the one definition of the model.
 */
export function validateWith<T>(schema: z.ZodMiniType<T>, input: unknown): ValidationResult<T> {
  const walk: Walk = { issues: [], truncated: false, inSteps: false };
  const steps = checkPart(schema, input, [], walk);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return resultOf(walk, step.value);
}

export interface StepOptions {
  /** List items checked between two pauses for the event loop. Default 250. */
  step?: number;
  signal?: AbortSignal;
}

/**
 * {@link validateWith}, checking lists item by item and pausing for the event loop every `step`
 * items, so a page checking
 * thousands of entries never has one long task (5,000 services in one parse take ~0.2 s). Rejects
 * with the signal's reason when `signal` aborts.
 */
export async function validateInSteps<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  options: StepOptions = {},
): Promise<ValidationResult<T>> {
  const every = Math.max(1, options.step ?? 250);
  const walk: Walk = { issues: [], truncated: false, inSteps: true };
  const steps = checkPart(schema, input, [], walk);
  options.signal?.throwIfAborted();
  let step = steps.next();
  for (let count = 1; !step.done; count++) {
    if (count % every === 0) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      options.signal?.throwIfAborted();
    }
    step = steps.next();
  }
  return resultOf(walk, step.value);
}

/** A whole HART dataset. */
export const validateDataset = (input: unknown): ValidationResult<Dataset> => validateWith(Dataset, input);
/** A quiz, such as one a partner loads into `<hart-red-flag-quiz src>`. */
export const validateQuiz = (input: unknown): ValidationResult<Quiz> => validateWith(Quiz, input);
const ResourceList = /* @__PURE__ */ z.array(Resource);

/** A list of services. */
export const validateResources = (input: unknown): ValidationResult<Resource[]> => validateWith(ResourceList, input);
/**
 * A list of services, checked `step` at a time with a pause for the event loop between steps
 * ({@link validateInSteps}). Rejects with the signal's reason when `signal` aborts.
 */
export const validateResourcesInSteps = (
  input: unknown,
  options: StepOptions = {},
): Promise<ValidationResult<Resource[]>> => validateInSteps(ResourceList, input, options);
/** A dataset, checked in steps ({@link validateInSteps}). */
export const validateDatasetInSteps = (input: unknown, options: StepOptions = {}): Promise<ValidationResult<Dataset>> =>
  validateInSteps(Dataset, input, options);
/** A quiz, checked in steps ({@link validateInSteps}). */
export const validateQuizInSteps = (input: unknown, options: StepOptions = {}): Promise<ValidationResult<Quiz>> =>
  validateInSteps(Quiz, input, options);
/** A training request, as the form and `submitTrainingRequest` check it before sending. */
export const validateTrainingRequest = (input: unknown): ValidationResult<TrainingRequest> =>
  validateWith(TrainingRequest, input);

/**
 * The first problem and how many more: `[3].url: must be… (and 4 more)`, or, when checking stopped
 * at {@link MAX_ISSUES}, `(and more: checking stopped after 100 problems)`.
 */
export function describeIssues(issues: readonly DataIssue[], truncated = false): string {
  const first = issues[0];
  const more = truncated
    ? ` (and more: checking stopped after ${issues.length} problems)`
    : issues.length > 1
      ? ` (and ${issues.length - 1} more)`
      : '';
  return `${first ? `${first.path}: ${first.message}` : 'unknown problem'}${more}`;
}

/** The typed error for a failed validation; its message is `what does not match the schema: ` and {@link describeIssues}. */
export function schemaError(what: string, issues: DataIssue[], truncated = false): HartDataError {
  return new HartDataError('schema', `${what} does not match the schema: ${describeIssues(issues, truncated)}`, issues);
}
