import { HartDataError } from './errors.js';
import { fetchableUrl } from './schema/url-rules.js';

export interface FetchJsonOptions {
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** The largest body accepted, in bytes. Default {@link MAX_REMOTE_BYTES}. */
  maxBytes?: number;
}

/**
 * The largest remote document the SDK reads: 5 MB, about 4,000 services with every field filled in
 * both languages. A larger body is refused before it is parsed, so a wrong or hostile URL cannot
 * make a widget parse and validate hundreds of megabytes on the page's main thread.
 */
export const MAX_REMOTE_BYTES = 5 * 1024 * 1024;

/** Reads a body as text, stopping (and refusing it) as soon as it is over `maxBytes`. */
async function readLimitedText(response: Response, url: string, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new HartDataError(
      'too-large',
      `${url}: the document is larger than ${maxBytes.toLocaleString('en-US')} bytes; split it or remove what the widgets do not show`,
    );
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** Only https URLs, or http on this machine (for local development), may be fetched. */
export function checkFetchUrl(url: string, base?: string): URL {
  const parsed = fetchableUrl(url, base ?? globalThis.location?.href);
  if (!parsed) throw new HartDataError('config', `"${url}" must be an https: URL`);
  return parsed;
}

/**
 * GETs JSON with no cookies, a timeout and the caller's AbortSignal. Rejects only with a
 * `HartDataError` saying what went wrong. Redirects are refused, not followed (kind `redirect`):
 * the partner chose this URL, and a redirect could take the request, and the person's address, to
 * an origin they never chose (in a browser the target of a redirect is hidden, so none can be
 * checked and allowed).
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const target = checkFetchUrl(url);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const signals = [AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])];
  let text: string;
  try {
    const response = await (options.fetch ?? globalThis.fetch)(target.href, {
      credentials: 'omit',
      headers: { Accept: 'application/json' },
      signal: AbortSignal.any(signals),
      referrerPolicy: 'no-referrer',
      redirect: 'manual',
    });
    // A browser gives an opaque redirect (status 0); Node the 3xx itself; a fetch that followed anyway says `redirected`.
    if (
      response.type === 'opaqueredirect' ||
      (response.status >= 300 && response.status < 400) ||
      response.redirected
    ) {
      await response.body?.cancel().catch(() => {});
      throw new HartDataError(
        'redirect',
        `${url}: the server answered with a redirect, which HART widgets do not follow; use the final https: address`,
        [],
        response.status || undefined,
      );
    }
    if (!response.ok) throw new HartDataError('http', `${url}: HTTP ${response.status}`, [], response.status);
    text = await readLimitedText(response, url, options.maxBytes ?? MAX_REMOTE_BYTES);
  } catch (cause) {
    if (cause instanceof HartDataError) throw cause;
    if (options.signal?.aborted) throw new HartDataError('aborted', `${url}: loading was aborted`);
    if (signals[0]!.aborted) throw new HartDataError('timeout', `${url}: no answer within ${timeoutMs} ms`);
    throw new HartDataError('network', `${url}: could not be reached (${(cause as Error)?.message ?? cause})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new HartDataError('parse', `${url}: not valid JSON (${(cause as Error).message})`);
  }
}
