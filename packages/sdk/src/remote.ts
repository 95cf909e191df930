import { loadError, type HartDataError } from './errors.js';
import { fetchJson, type FetchJsonOptions } from './fetch-json.js';
import type { Dataset } from './schema/dataset.js';
import { schemaError, validateDatasetInSteps, type ValidationResult } from './validate.js';

export type RemoteResult<T> = { ok: true; data: T } | { ok: false; error: HartDataError };

/**
 * Fetches and validates a remote document; resolves with it or with a typed error naming what
 * failed (the first failing JSON path, for schema problems). `validate` may check in steps
 * (`validateInSteps`). Never rejects.
 */
export async function loadRemote<T>(
  url: string,
  validate: (json: unknown) => ValidationResult<T> | Promise<ValidationResult<T>>,
  options: FetchJsonOptions = {},
): Promise<RemoteResult<T>> {
  try {
    const json = await fetchJson(url, options);
    const result = await validate(json);
    return result.ok
      ? { ok: true, data: result.value }
      : { ok: false, error: schemaError(url, result.issues, result.truncated) };
  } catch (cause) {
    return { ok: false, error: loadError(url, cause, options.signal) };
  }
}

/** Loads a dataset from a URL: the remote-load path with validation (in steps), without the embedded data. */
export const loadRemoteDataset = (url: string, options: FetchJsonOptions = {}): Promise<RemoteResult<Dataset>> =>
  loadRemote(url, (json) => validateDatasetInSteps(json, options.signal ? { signal: options.signal } : {}), options);
