import { HartDataError } from './errors.js';
import { fetchJson, type FetchJsonOptions } from './fetch-json.js';
import { fromHsds, isHsds } from './hsds.js';
import type { RemoteResult } from './remote.js';
import { Dataset } from './schema/dataset.js';
import { Resource } from './schema/resource.js';
import { z } from './schema/zod.js';
import { schemaError, validateWith } from './validate.js';

const ResourceList = z.array(Resource);

/**
 * Loads a list of services from a URL holding a HART dataset, `{ "resources": [...] }`, a bare
 * array of resources, or an Open Referral HSDS 3.0 export (mapped with {@link fromHsds}).
 * Validates the result; never rejects.
 */
export async function loadResources(url: string, options: FetchJsonOptions = {}): Promise<RemoteResult<Resource[]>> {
  try {
    const json = await fetchJson(url, options);
    let candidate: unknown;
    if (isHsds(json)) candidate = fromHsds(json);
    else if (Array.isArray(json)) candidate = json;
    else if (json && typeof json === 'object' && 'hotlines' in json) {
      const dataset = validateWith(Dataset, json);
      if (!dataset.ok) return { ok: false, error: schemaError(url, dataset.issues) };
      return { ok: true, data: dataset.value.resources };
    } else candidate = (json as { resources?: unknown } | null)?.resources;
    const result = validateWith(ResourceList, candidate);
    return result.ok ? { ok: true, data: result.value } : { ok: false, error: schemaError(url, result.issues) };
  } catch (cause) {
    return { ok: false, error: cause instanceof HartDataError ? cause : new HartDataError('network', String((cause as Error)?.message ?? cause)) };
  }
}
