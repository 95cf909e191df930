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
const sessions = new WeakMap();
const networkCommands = {
  name: 'hart-network-commands',
  async executeCommand({ command, payload, session }) {
    if (command !== 'block-urls') return undefined;
    const page = session.browser.getPage(session.id);
    let cdp = sessions.get(page);
    if (!cdp) {
      cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      sessions.set(page, cdp);
    }
    await cdp.send('Network.setBlockedURLs', { urls: payload?.urls ?? [] });
    return true;
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
