import { HartDataError } from './errors.js';

export interface FetchJsonOptions {
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Only https URLs, or http on this machine (for local development), may be fetched. */
export function checkFetchUrl(url: string, base?: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url, base ?? globalThis.location?.href);
  } catch {
    throw new HartDataError('config', `"${url}" is not a valid URL`);
  }
  const local = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1' || parsed.hostname === '[::1]';
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local)) {
    throw new HartDataError('config', `"${url}" must be an https: URL`);
  }
  return parsed;
}

/**
 * GETs JSON with no cookies, a timeout and the caller's AbortSignal. Rejects only with a
 * `HartDataError` saying what went wrong.
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const target = checkFetchUrl(url);
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) controller.abort();
  try {
    let response: Response;
    try {
      response = await doFetch(target.href, {
        credentials: 'omit',
        headers: { Accept: 'application/json' },
        signal: controller.signal,
        referrerPolicy: 'no-referrer',
      });
    } catch (cause) {
      if (timedOut) throw new HartDataError('timeout', `${url}: no answer within ${timeoutMs} ms`);
      if (options.signal?.aborted) throw new HartDataError('aborted', `${url}: loading was aborted`);
      throw new HartDataError('network', `${url}: could not be reached (${(cause as Error)?.message ?? cause})`);
    }
    if (!response.ok) throw new HartDataError('http', `${url}: HTTP ${response.status}`, [], response.status);
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      if (timedOut) throw new HartDataError('timeout', `${url}: no answer within ${timeoutMs} ms`);
      if (options.signal?.aborted) throw new HartDataError('aborted', `${url}: loading was aborted`);
      throw new HartDataError('network', `${url}: the response could not be read (${(cause as Error)?.message ?? cause})`);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (cause) {
      throw new HartDataError('parse', `${url}: not valid JSON (${(cause as Error).message})`);
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
