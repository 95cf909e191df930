import { fetchJson, type FetchJsonOptions } from './fetch-json.js';
import { fromHsds, isHsds } from './hsds.js';
import { loadError } from './errors.js';
import type { RemoteResult } from './remote.js';
import type { Resource } from './schema/resource.js';
import { schemaError, validateResourcesInSteps } from './validate.js';

/**
 * Loads a list of services from a URL holding a HART dataset, `{ "resources": [...] }`, a bare
 * array of resources, or an Open Referral HSDS 3.0 export (mapped with {@link fromHsds}).
 * Validates only the resources (a widget reads nothing else), in steps; never rejects.
 */
export async function loadResources(url: string, options: FetchJsonOptions = {}): Promise<RemoteResult<Resource[]>> {
  try {
    const json = await fetchJson(url, options);
    let candidate: unknown;
    if (isHsds(json)) candidate = fromHsds(json);
    else if (Array.isArray(json)) candidate = json;
    // A whole dataset, or { resources }: only the resources are read, so only they are validated.
    else candidate = (json as { resources?: unknown } | null)?.resources;
    const result = await validateResourcesInSteps(candidate, options.signal ? { signal: options.signal } : {});
    if (result.ok) return { ok: true, data: result.value };
    const issues =
      Array.isArray(json) || isHsds(json)
        ? result.issues
        : result.issues.map((i) => ({
            ...i,
            path: i.path === '(root)' ? 'resources' : `resources${i.path.startsWith('[') ? '' : '.'}${i.path}`,
          }));
    return { ok: false, error: schemaError(url, issues, result.truncated) };
  } catch (cause) {
    return { ok: false, error: loadError(url, cause, options.signal) };
  }
}
