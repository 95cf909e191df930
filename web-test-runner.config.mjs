import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, NO_CHROME_MESSAGE, findChrome } from './scripts/find-chrome.mjs';
import { testEndpoint } from './test/endpoint-middleware.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_CHROME_MESSAGE);
  process.exit(1);
}

/**
 * `executeServerCommand('block-urls', { urls })`: the browser itself fails requests to these URL
 * patterns (DevTools protocol `Network.setBlockedURLs`), as when an endpoint cannot be reached.
 * (Chrome's offline emulation would also cut the test runner's own connection.)
 */
/**
 * `executeServerCommand('touch-only', { enabled })`: the page is on a touch screen without mouse or
 * keyboard as far as CSS can tell (`hover: none`, `pointer: coarse`), through DevTools touch emulation
 * (`emulateMedia` cannot set those features).
 */
/**
 * `executeServerCommand('tap', { x, y })`: a one-finger tap at that point of the viewport (DevTools
 * `Input.dispatchTouchEvent`), as a person taps on a phone: see `test/support/tap.ts`.
 */
/**
 * `executeServerCommand('forced-colors', { active })`: Windows High Contrast-like forced colours,
 * media query and rendering (DevTools `Emulation.setEmulatedMedia`).
 */
const sessions = new WeakMap();
async function devtools(session) {
  const page = session.browser.getPage(session.id);
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    sessions.set(page, cdp);
  }
  return cdp;
}
const networkCommands = {
  name: 'hart-network-commands',
  async executeCommand({ command, payload, session }) {
    if (command === 'block-urls') {
      await (await devtools(session)).send('Network.setBlockedURLs', { urls: payload?.urls ?? [] });
      return true;
    }
    if (command === 'touch-only') {
      const enabled = !!payload?.enabled;
      await (await devtools(session)).send('Emulation.setTouchEmulationEnabled', enabled ? { enabled, maxTouchPoints: 5 } : { enabled });
      return true;
    }
    if (command === 'tap') {
      // A finger, not a mouse: touchstart and touchend at one point; the browser makes the tap
      // gesture (focus, click) from them as on a phone.
      const cdp = await devtools(session);
      const touchPoints = [{ x: payload.x, y: payload.y, radiusX: 4, radiusY: 4, force: 1 }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      return true;
    }
    if (command === 'forced-colors') {
      // `emulateMedia({ forcedColors })` is dropped by the Puppeteer launcher; DevTools renders forced colours.
      await (await devtools(session)).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    }
    return undefined;
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/embed/**', '!test/node/**', '!test/docs-site/**'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.test.json' }), networkCommands],
  middleware: [testEndpoint],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } })],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
