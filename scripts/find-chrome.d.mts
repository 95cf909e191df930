/** The Chrome or Chromium to test with: `CHROME_PATH`, else a known install path; undefined when none. */
export function findChrome(): string | undefined;
/** Launch flags (`--no-sandbox` when running as root). */
export const CHROME_ARGS: string[];
/** The one line `npm test` prints when no browser is found. */
export const NO_CHROME_MESSAGE: string;
