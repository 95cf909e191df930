// Finds a Chrome/Chromium for the browser tests: $CHROME_PATH first, then the usual places.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

export const NO_CHROME_MESSAGE =
  'No Chrome or Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its executable.';

export function findChrome() {
  return candidates.find((path) => existsSync(path));
}

/** Flags for headless Chromium here: no sandbox as root, and no background traffic to the network. */
export const CHROME_ARGS = [
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

// `node scripts/find-chrome.mjs` checks before the tests start, with one clear line.
if (import.meta.url === `file://${process.argv[1]}`) {
  if (!findChrome()) {
    console.error(NO_CHROME_MESSAGE);
    process.exit(1);
  }
}
