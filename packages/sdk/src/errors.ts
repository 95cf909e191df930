/** One problem found in data, at a JSON path such as `resources[3].url`. */
export interface DataIssue {
  path: string;
  message: string;
}

export type HartDataErrorKind =
  'config' | 'network' | 'timeout' | 'aborted' | 'http' | 'redirect' | 'too-large' | 'parse' | 'schema';

/**
 * Why remote data could not be used. The message names what failed and, for schema problems,
 * the JSON path of the first one (`resources[3].url: must be an https:, tel:, sms: or mailto: URL`).
 */
export class HartDataError extends Error {
  override name = 'HartDataError';
  constructor(
    readonly kind: HartDataErrorKind,
    message: string,
    readonly issues: readonly DataIssue[] = [],
    readonly status?: number,
  ) {
    super(message);
  }
}

/** `['resources', 3, 'url']` → `resources[3].url`; the empty path is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** What went wrong, as a `HartDataError`: `aborted` when the caller's signal stopped it. */
export function loadError(url: string, cause: unknown, signal?: AbortSignal): HartDataError {
  if (cause instanceof HartDataError) return cause;
  if (signal?.aborted) return new HartDataError('aborted', `${url}: loading was aborted`);
  return new HartDataError('network', String((cause as Error)?.message ?? cause));
}
