import { esbuildPlugin } from '@web/dev-server-esbuild';
import { blockedUrls, browsersFor, engine, engineCommands } from './test/browser-engines.mjs';
import { testEndpoint } from './test/endpoint-middleware.mjs';
import { existsSync } from 'node:fs';

/**
 * A retry's import, `import(`./module.js${retryFragment}`)` (shared/chunk-loader.ts), is a template
 * the dev server does not resolve: its `.js` URL is served from the TypeScript source beside it, as
 * tsc's output would have it.
 */
function typeScriptForJs(ctx, next) {
  if (ctx.path.startsWith('/packages/') && ctx.path.endsWith('.js') && !existsSync(`.${ctx.path}`)) {
    const source = `${ctx.path.slice(0, -3)}.ts`;
    if (existsSync(`.${source}`)) ctx.path = source;
  }
  return next();
}

/**
 * Every test file imports test/support/readable-failures.ts first, on its first line (so the file's
 * line numbers stay): a failed assertion on DOM nodes is then reported in WebKit too, where
 * web-test-runner's serializer never finishes with a node.
 */
const readableFailures = {
  name: 'hart-readable-failures',
  transform(context) {
    if (/^\/test\/.*\.test\.ts$/.test(context.path))
      return { body: `import '/test/support/readable-failures.ts'; ${context.body}` };
  },
};

// One engine per run (HART_ENGINE=chromium|firefox|webkit, default chromium); `npm run test:browser`
// runs all three in turn. The launchers and the engine-neutral test commands (`block-urls`,
// `touch-only`, `forced-colors`, keys, viewport, reported skips) are in test/browser-engines.mjs.
let browsers;
try {
  browsers = await browsersFor(engine);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

export default {
  // The files that block a module first: WebKit (which has no cache switch over WebDriver) would
  // otherwise serve a module an earlier file's page loaded from its memory cache, without asking
  // the server that blocks it. Listed twice, run once.
  files: [
    'test/**/*-unavailable.test.ts',
    'test/**/*.test.ts',
    '!test/embed/**',
    '!test/node/**',
    '!test/docs-site/**',
    '!test/release/**',
  ],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.test.json' }),
    engineCommands,
    readableFailures,
  ],
  middleware: [blockedUrls, typeScriptForJs, testEndpoint],
  browsers,
  concurrency: 1,
  // Firefox and WebKit start slowly on a busy 2-core machine.
  browserStartTimeout: 120000,
  // A file's tests must finish within this; WebKit's WebDriver round trips (each key press) make
  // the form's long file take over two minutes there.
  testsFinishTimeout: engine === 'webkit' ? 360000 : 120000,
  // WebDriver round trips make each key press slower in WebKit, where the phone-width tests (five
  // viewports, Tab and axe at each) now run too.
  testFramework: { config: { timeout: engine === 'webkit' ? 60000 : 10000 } },
  // In WebKit the tests run in a frame (test/browser-engines.mjs), where WebKitGTK draws classic
  // scrollbars that take width from the viewport (media queries then see a narrower screen); a
  // phone's scrollbars overlay the page, as the top page's do here.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8">${engine === 'webkit' ? '<style>::-webkit-scrollbar { width: 0; height: 0 }</style>' : ''}</head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
