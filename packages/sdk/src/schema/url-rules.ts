/**
 * Where a widget may send the browser or a request, in a module with no imports and no side
 * effects: the elements import it up front without the rest of the rules, and the docs site's
 * snippet builder loads it as is (site/assets/snippet.js), so a URL the element would refuse is
 * never written into a snippet either.
 */

/**
 * Where quick exit may send the browser (`exit-url`): an absolute https page, nothing else. The
 * elements and the docs site's snippet builder both ask this function, so a value the element would
 * refuse is never written into a snippet either.
 */
export function isExitUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Where a widget may fetch from or send to (`src`, `endpoint`), resolved against `base`: https, or
 * http on this machine for development; undefined for anything else. `checkFetchUrl` and the
 * snippet builder both use it.
 */
export function fetchableUrl(value: string, base?: string): URL | undefined {
  let parsed: URL;
  try {
    parsed = new URL(value, base);
  } catch {
    return undefined;
  }
  const local = /^(localhost|127\.0\.0\.1|\[::1\])$/.test(parsed.hostname);
  return parsed.protocol === 'https:' || (parsed.protocol === 'http:' && local) ? parsed : undefined;
}
