import { HartDataError } from './errors.js';
import { fetchJson, type FetchJsonOptions } from './fetch-json.js';
import type { Dataset } from './schema/dataset.js';
import { schemaError, validateDataset } from './validate.js';

export type RemoteResult<T> = { ok: true; data: T } | { ok: false; error: HartDataError };

/**
 * Fetches and validates a remote document; resolves with it or with a typed error naming what
 * failed (the first failing JSON path, for schema problems). Never rejects.
 */
export async function loadRemote<T>(url: string, validate: (json: unknown) => { ok: true; value: T } | { ok: false; issues: { path: string; message: string }[] }, options: FetchJsonOptions = {}): Promise<RemoteResult<T>> {
  try {
    const json = await fetchJson(url, options);
    const result = validate(json);
    return result.ok ? { ok: true, data: result.value } : { ok: false, error: schemaError(url, result.issues) };
  } catch (cause) {
    return { ok: false, error: cause instanceof HartDataError ? cause : new HartDataError('network', String((cause as Error)?.message ?? cause)) };
  }
}

/** Loads a dataset from a URL: the remote-load path with validation, without the embedded data. */
export const loadRemoteDataset = (url: string, options: FetchJsonOptions = {}): Promise<RemoteResult<Dataset>> => loadRemote(url, validateDataset, options);
