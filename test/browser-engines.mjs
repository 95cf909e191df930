// The three browser engines the browser tests run in, from Debian's packages (nothing downloads a
// browser): Chromium and Firefox through Puppeteer (DevTools protocol / WebDriver BiDi), WebKit
// (WebKitGTK's MiniBrowser) through WebKitWebDriver on a private Xvfb display.
// `HART_ENGINE=chromium|firefox|webkit` picks one; `npm run test:browser` runs all three in turn.
//
// The test commands here are engine-neutral where the platform allows:
// - `block-urls` fails requests in the test server itself (the socket is dropped), so every engine
//   sees a network error; `no-store` keeps a blocked URL from being served from the HTTP cache.
// - `hart-send-keys` / `hart-set-viewport` (test/support/commands.ts) work through Puppeteer and
//   through WebDriver, which @web/test-runner's own `sendKeys`/`setViewport` do not fully cover.
// - `touch-only` and `forced-colors` need DevTools emulation, which only Chromium has; elsewhere
//   they answer `{ unsupported: why }` and the test reports the skip (`engine-skip`): each skip is
//   printed with engine, test and reason, and counted at the end. docs/browser-support.md lists them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteerCore from 'puppeteer-core';
import { CHROME_ARGS, NO_CHROME_MESSAGE, findChrome } from '../scripts/find-chrome.mjs';
import { sendKeys } from './engine-keys.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export const engine = process.env.HART_ENGINE || 'chromium';
if (!ENGINES.includes(engine)) {
  console.error(`HART_ENGINE must be one of ${ENGINES.join(', ')}; got "${engine}".`);
  process.exit(1);
}

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const MISSING = {
  firefox: [[FIREFOX], 'Firefox ESR not found: `sudo apt-get install firefox-esr` or set FIREFOX_PATH.'],
  webkit: [
    [WEBKIT_DRIVER, MINIBROWSER],
    'WebKitGTK not found: `sudo apt-get install webkit2gtk-driver xvfb` (or set WEBKIT_DRIVER_PATH / MINIBROWSER_PATH).',
  ],
};

/** A free local TCP port, so parallel runs on one machine do not collide. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const children = [];
function stopChildren() {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });

/** Xvfb on the first free display (`-displayfd` tells which), unless a display is already given. */
async function startXvfb() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'inherit', 'pipe'],
  });
  children.push(xvfb);
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display`)));
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
  });
  return display;
}

async function startWebKitDriver() {
  const display = await startXvfb();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // A person's browser has a language: without one (LANG=C on a bare machine) WebKitGTK says
    // `navigator.language` "C" and lays out date fields for that locale (a two-digit year), where
    // typing a date as in Safari in the US fails. ICU has en-US without the system locale.
    env: { ...process.env, DISPLAY: display, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' },
  });
  children.push(driver);
  await new Promise((resolve, reject) => {
    driver.on('error', reject);
    const deadline = Date.now() + 10000;
    const poll = async () => {
      try {
        const res = await globalThis.fetch(`http://127.0.0.1:${port}/status`);
        if (res.ok) return resolve();
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) return reject(new Error('WebKitWebDriver did not start'));
      setTimeout(poll, 100);
    };
    poll();
  });
  return port;
}

export async function browsersFor(name = engine) {
  if (name === 'chromium') {
    const executablePath = findChrome();
    if (!executablePath) throw new Error(NO_CHROME_MESSAGE);
    return [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } })];
  }
  const [paths, message] = MISSING[name];
  if (!paths.every((p) => existsSync(p))) throw new Error(message);
  if (name === 'firefox') {
    return [
      chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: {
          browser: 'firefox',
          executablePath: FIREFOX,
          headless: true,
          // No background traffic: no updates, telemetry, safe-browsing lists or captive-portal checks.
          extraPrefsFirefox: {
            'app.update.enabled': false,
            'browser.safebrowsing.update.enabled': false,
            'network.captive-portal-service.enabled': false,
            'network.connectivity-service.enabled': false,
            'datareporting.policy.dataSubmissionEnabled': false,
            'toolkit.telemetry.enabled': false,
          },
        },
      }),
    ];
  }
  const port = await startWebKitDriver();
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver only: no BiDi (webSocketUrl) session.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--full-screen'] },
    },
  });
  // MiniBrowser's window cannot be narrower than its toolbar (447 px), so the tests run in a frame
  // of the launcher's own frame mode (which it picks for a concurrency above 1; test files still
  // run one at a time): `hart-set-viewport` gives the frame the exact size, and the frame's
  // viewport is what media queries, innerWidth and layout see, as a phone's would be.
  // The frame gets focus as a page gets it in its own window: without it document.hasFocus() is
  // false in the frame and :focus-visible never matches, whatever the keyboard does.
  const frameMode = process.env.HART_WEBKIT_FRAME !== '0';
  const startSession = launcher.startSession.bind(launcher);
  launcher.startSession = async (id, url) => {
    await startSession(id, url);
    if (!frameMode) return;
    // The launcher adds or reuses the frame without waiting: a MutationObserver sees it appear.
    const found = await launcher.driver.executeAsync(
      `const done = arguments[arguments.length - 1];
      const find = () => [...document.querySelectorAll('iframe')].find((f) => f.src.includes(${JSON.stringify(id)}));
      const use = (frame) => { Object.assign(frame.style, { width: '800px', height: '600px' }); frame.focus(); done(true); };
      const now = find();
      if (now) use(now);
      else {
        const observer = new MutationObserver(() => { const frame = find(); if (frame) { observer.disconnect(); clearTimeout(timer); use(frame); } });
        const timer = setTimeout(() => { observer.disconnect(); done(false); }, 10000);
        observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });
      }`,
    );
    if (!found) throw new Error(`WebKit: no test frame for session ${id} appeared within 10 s`);
  };
  const initialize = launcher.initialize.bind(launcher);
  if (frameMode) launcher.initialize = (config, ...rest) => initialize({ ...config, concurrency: 2 }, ...rest);
  return [launcher];
}

// ---- blocking requests in the server ----------------------------------------------------------

let blocked = [];
const toPattern = (glob) =>
  new RegExp(
    `^${glob
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

/** Drops the connection for URLs a test blocked (`block-urls`): the browser sees a network error. */
export async function blockedUrls(ctx, next) {
  const url = `${ctx.protocol}://${ctx.host}${ctx.originalUrl}`;
  if (blocked.some((re) => re.test(url))) {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  await next();
  // Blocking must not be sidestepped by the HTTP cache (DevTools blocking also ignored it).
  ctx.set('Cache-Control', 'no-store');
}

// ---- commands -----------------------------------------------------------------------------

async function setViewport(session, { width, height }) {
  if (session.browser.type === 'puppeteer') {
    await session.browser.getPage(session.id).setViewport({ width, height });
    return true;
  }
  // The test page is in a frame of the top page (browsersFor): that frame gets the exact size, so
  // its viewport is exact, also narrower than MiniBrowser's window can be (447 px) or larger than
  // the window (the top page scrolls; the frame's viewport is what the test sees). The window is
  // never resized: resizing it takes focus from it, and then :focus-visible never matches.
  const driver = session.browser.driver;
  const inner = await driver.execute(`
    const frame = [...document.querySelectorAll('iframe')].find((f) => f.src.includes(${JSON.stringify(session.id)}));
    if (!frame) return null;
    Object.assign(frame.style, { width: '${width}px', height: '${height}px' });
    if (!frame.contentDocument.hasFocus()) frame.focus();
    return [frame.contentWindow.innerWidth, frame.contentWindow.innerHeight];
  `);
  if (inner && inner[0] === width && inner[1] === height) return true;
  return {
    unsupported: `a ${width}×${height} viewport: the ${engine} test frame gives ${inner ? inner.join('×') : 'nothing'}`,
  };
}

const sessions = new WeakMap();
async function devtools(session) {
  const page = session.browser.getPage(session.id);
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    sessions.set(page, cdp);
  }
  return cdp;
}

const UNSUPPORTED = {
  'touch-only': 'touch emulation (hover: none, pointer: coarse) needs the Chrome DevTools protocol',
  'forced-colors': 'forced colours (media query and rendering) need the Chrome DevTools protocol',
};

const skips = [];

export const engineCommands = {
  name: 'hart-engine-commands',
  async executeCommand({ command, payload, session }) {
    switch (command) {
      case 'engine':
        return engine;
      case 'block-urls':
        blocked = (payload?.urls ?? []).map(toPattern);
        // A module an earlier test file's page loaded can come back from the browser's memory cache
        // without a request, so blocking at the server would not be seen: no cache while blocking.
        if (session.browser.type === 'puppeteer')
          await session.browser.getPage(session.id).setCacheEnabled(blocked.length === 0);
        return true;
      case 'hart-send-keys':
        return sendKeys(session, payload);
      case 'hart-set-viewport':
        return setViewport(session, payload);
      case 'touch-only': {
        if (engine !== 'chromium') return { unsupported: UNSUPPORTED[command] };
        const enabled = !!payload?.enabled;
        await (
          await devtools(session)
        ).send('Emulation.setTouchEmulationEnabled', enabled ? { enabled, maxTouchPoints: 5 } : { enabled });
        return true;
      }
      case 'tap': {
        // A finger, not a mouse: touchstart and touchend at one point, from which the browser makes the
        // tap gesture (focus, click) as on a phone.
        if (engine === 'firefox') {
          // Puppeteer sends a touch pointer over WebDriver BiDi: Firefox makes the tap from it.
          await session.browser.getPage(session.id).touchscreen.tap(payload.x, payload.y);
          return true;
        }
        if (engine === 'webkit') {
          // A WebDriver touch pointer. The point is in the frame's coordinates, the pointer's in the
          // top page's viewport: a frame larger than MiniBrowser's window (1280 × 800) can leave the
          // top page scrolled, so the frame's place there is added.
          try {
            const [left, top] = await session.browser.driver.execute(
              `const frame = [...document.querySelectorAll('iframe')].find((f) => f.src.includes(${JSON.stringify(session.id)})); const box = frame.getBoundingClientRect(); return [box.left + frame.clientLeft, box.top + frame.clientTop];`,
            );
            await session.browser.driver.performActions([
              {
                type: 'pointer',
                id: 'finger',
                parameters: { pointerType: 'touch' },
                actions: [
                  {
                    type: 'pointerMove',
                    x: Math.round(left + payload.x),
                    y: Math.round(top + payload.y),
                    origin: 'viewport',
                    duration: 0,
                  },
                  { type: 'pointerDown', button: 0 },
                  { type: 'pointerUp', button: 0 },
                ],
              },
            ]);
            await session.browser.driver.releaseActions();
            return true;
          } catch (error) {
            return {
              unsupported: `a touch tap: WebKitWebDriver refused a touch pointer (${String(error.message ?? error).split('\n')[0]})`,
            };
          }
        }
        if (engine !== 'chromium')
          return { unsupported: 'a touch tap needs the Chrome DevTools protocol or WebDriver BiDi' };
        const cdp = await devtools(session);
        const touchPoints = [{ x: payload.x, y: payload.y, radiusX: 4, radiusY: 4, force: 1 }];
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        return true;
      }
      case 'forced-colors':
        if (engine !== 'chromium') return { unsupported: UNSUPPORTED[command] };
        // `emulateMedia({ forcedColors })` is dropped by the Puppeteer launcher; DevTools renders forced colours.
        await (
          await devtools(session)
        ).send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
        });
        return true;
      case 'engine-skip': {
        const line = `${payload.partial ? 'partly skipped' : 'skipped'} in ${engine}: ${payload.test} — ${payload.reason}`;
        skips.push(line);
        console.log(line);
        return true;
      }
      default:
        return undefined;
    }
  },
  serverStop() {
    console.log(
      `${engine}: ${skips.length} test(s) skipped or partly skipped because the engine cannot do what they need${skips.length ? ':' : '.'}`,
    );
    for (const line of skips) console.log(`  ${line}`);
    stopChildren();
  },
};
