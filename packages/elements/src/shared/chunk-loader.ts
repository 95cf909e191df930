/**
 * How many retry URLs a lazily loaded chunk has. The snippet's import map gives each of them the
 * chunk's hash (site/site-data.mjs `importMapFor`), so a retry is checked like the first load.
 */
export const RETRY_URLS = 2;

/**
 * A loader of a module that is fetched when first needed and tried again after a failure (offline,
 * blocked): `load` is `() => import('./module.js')`, `loadAt` the same path with the fragment,
 * `(retryFragment) => import(`./module.js${retryFragment}`)` (the CDN build points it at the chunk:
 * rollup.config.mjs, `retryFragments`). Bundlers of the npm package take the first and are told to
 * leave the second alone (`/* @vite-ignore *\/ /* webpackIgnore: true *\/`): they would read the
 * template as a pattern and bundle every file beside the chunk that starts with its name (source maps,
 * `.d.ts`). There the retry asks the bundle's folder and fails, as a retry did before.
 *
 * Firefox keeps a failed `import()`'s error for the page: a second import of the same URL fails at
 * once, without a request. So a retry that fails asks again under `#retry-1`, then `#retry-2`: the
 * same file and the same request (a fragment is never sent), but a new key in the module map.
 * Chromium and WebKit retry the URL itself and never need the fragment unless still offline.
 */
export function chunkLoader<T>(
  load: () => Promise<T>,
  loadAt: (fragment: string) => Promise<unknown>,
): () => Promise<T> {
  let failures = 0;
  return async () => {
    try {
      return await (failures
        ? load().catch(() => loadAt(`#retry-${Math.min(failures, RETRY_URLS)}`) as Promise<T>)
        : load());
    } catch (cause) {
      failures++;
      throw cause;
    }
  };
}
