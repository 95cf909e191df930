import { defaultDataset } from './data/dataset.js';
import type { HartDataError } from './errors.js';
import type { FetchJsonOptions } from './fetch-json.js';
import { loadRemoteDataset } from './remote.js';
import type { Dataset } from './schema/dataset.js';

export interface HartClientOptions extends Omit<FetchJsonOptions, 'signal'> {
  /** URL of a dataset JSON document. Without it the embedded default is used and nothing is fetched. */
  dataUrl?: string;
}

export interface LoadResult {
  data: Dataset;
  source: 'embedded' | 'remote';
  /** Why remote data was not used; `data` is then the embedded default. */
  error?: HartDataError;
}

export interface HartClient {
  /** Resolves the dataset. Never rejects: on any failure it falls back to the embedded data. */
  load(options?: { signal?: AbortSignal }): Promise<LoadResult>;
}

export function createHartClient(options: HartClientOptions = {}): HartClient {
  return {
    async load({ signal } = {}) {
      if (!options.dataUrl) return { data: defaultDataset, source: 'embedded' };
      const result = await loadRemoteDataset(options.dataUrl, { ...options, ...(signal ? { signal } : {}) });
      return result.ok
        ? { data: result.data, source: 'remote' }
        : { data: defaultDataset, source: 'embedded', error: result.error };
    },
  };
}
