// WebKit: WebKitGTK's MiniBrowser under Xvfb, driven through WebKitWebDriver with classic WebDriver,
// spoken over HTTP by the small client below.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Context, Page, type Engine } from './page.js';
import { MINIBROWSER, type Capabilities, type ContextOptions, type Injector } from './types.js';

/** Page script that records errors where the test can read them (WebDriver classic has no console events). */
export const CAPTURE_ERRORS = `(() => {
  if (window.__hartEngineErrors) return;
  const seen = (window.__hartEngineErrors = []);
  const original = console.error;
  console.error = function (...args) { seen.push('console: ' + args.map(String).join(' ')); return original.apply(this, args); };
  addEventListener('error', (e) => seen.push('pageerror: ' + (e.error && e.error.message || e.message)));
  addEventListener('unhandledrejection', (e) => seen.push('pageerror: ' + (e.reason && e.reason.message || String(e.reason))));
})();`;

const WD_KEYS: Record<string, string> = {
  Shift: '\uE008',
  Tab: '\uE004',
  Enter: '\uE007',
  ArrowDown: '\uE015',
  Backspace: '\uE003',
  Control: '\uE009',
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

class WebDriverSession {
  constructor(
    readonly base: string,
    readonly id: string,
  ) {}
  async call<T>(method: string, path: string, body?: object): Promise<T> {
    const response = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const json = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  }
}

class WebKitPage extends Page {
  constructor(
    readonly context: WebKitContext,
    readonly handle: string,
  ) {
    super();
  }
  private get driver() {
    return this.context.driver;
  }
  private async use<T>(run: (s: WebDriverSession) => Promise<T>): Promise<T> {
    return this.driver.exclusive(async (session) => {
      if (this.driver.current !== this.handle) {
        await session.call('POST', '/window', { handle: this.handle });
        this.driver.current = this.handle;
      }
      return run(session);
    });
  }
  url() {
    return this.use((s) => s.call<string>('GET', '/url'));
  }
  async goto(url: string, { waitUntil = 'load' }: { waitUntil?: 'load' | 'commit' } = {}) {
    // The session's page-load strategy is "none" (WebKitEngine.start), so /url returns at once:
    // wait here for the new document (the old one is marked: neither a redirect nor the old page
    // still unloading is taken for it) and, unless only the commit is asked for, for its load.
    await this.use(async (s) => {
      await s.call('POST', '/execute/sync', { script: 'window.__hartLeaving = true', args: [] }).catch(() => undefined);
      await s.call('POST', '/url', { url });
    });
    const started = Date.now();
    for (;;) {
      const state = await this.use((s) =>
        s.call<[boolean, string]>('POST', '/execute/sync', {
          script: 'return [!!window.__hartLeaving, document.readyState]',
          args: [],
        }),
      ).catch(() => [true, ''] as [boolean, string]);
      if (!state[0] && (waitUntil === 'commit' || state[1] === 'complete')) return;
      if (Date.now() - started > 60000) throw new Error(`goto ${url}: not loaded after 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  async evaluateRaw<R>(source: string): Promise<R> {
    const script = `const done = arguments[arguments.length - 1]; Promise.resolve().then(() => ${source}).then((value) => done({ value }), (e) => done({ error: String(e && e.stack || e) }));`;
    const result = await this.use((s) =>
      s.call<{ value?: R; error?: string }>('POST', '/execute/async', { script, args: [] }),
    );
    if (result.error) throw new Error(result.error);
    return result.value as R;
  }
  async mouseClick(x: number, y: number) {
    await this.use((s) =>
      s.call('POST', '/actions', {
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', x, y, origin: 'viewport', duration: 0 },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      }),
    );
    await this.use((s) => s.call('DELETE', '/actions'));
  }
  private async keys(values: string[]) {
    const actions = values.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.use((s) => s.call('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] }));
    await this.use((s) => s.call('DELETE', '/actions'));
  }
  press(key: string) {
    return this.keys([WD_KEYS[key] ?? key]);
  }
  type(text: string) {
    return this.keys([...text]);
  }
  async errors() {
    return this.evaluate(() => {
      const all: string[] = [];
      const collect = (w: Window) => {
        try {
          all.push(...((w as unknown as { __hartEngineErrors?: string[] }).__hartEngineErrors ?? []));
          for (let i = 0; i < w.frames.length; i++) collect(w.frames[i]!);
        } catch {
          // a cross-origin frame: not ours
        }
      };
      collect(window);
      return all;
    });
  }
  requests(): string[] {
    throw new Error('WebDriver classic sees no requests');
  }
  async addInitScript(content: string) {
    if (!this.context.engine.injector) throw new Error('WebKit init scripts need a test server that injects them');
    this.context.engine.injector.initScripts.add(content);
  }
  async cookies() {
    return this.use((s) => s.call<unknown[]>('GET', '/cookie'));
  }
  async close() {
    await this.use(async (s) => {
      const handles = await s.call<string[]>('GET', '/window/handles');
      if (handles.length > 1) {
        await s.call('DELETE', '/window');
        const rest = handles.filter((h) => h !== this.handle);
        await s.call('POST', '/window', { handle: rest[0] });
        this.driver.current = rest[0];
      } else {
        await s.call('POST', '/url', { url: 'about:blank' });
      }
    });
    this.context.pages.delete(this);
  }
  async setViewport(width: number, height: number) {
    await this.use(async (s) => {
      await s.call('POST', '/window/rect', { width, height });
      const inner = await s.call<[number, number]>('POST', '/execute/sync', {
        script: 'return [innerWidth, innerHeight]',
        args: [],
      });
      if (inner[0] !== width || inner[1] !== height)
        await s.call('POST', '/window/rect', { width: 2 * width - inner[0], height: 2 * height - inner[1] });
    });
  }
}

/** One WebKitWebDriver session (one MiniBrowser) and the order of commands sent to it. */
class WebKitDriver {
  current: string | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  constructor(
    readonly session: WebDriverSession,
    private readonly processes: ChildProcess[],
  ) {}
  exclusive<T>(run: (s: WebDriverSession) => Promise<T>): Promise<T> {
    const next = this.queue.then(() => run(this.session));
    this.queue = next.catch(() => undefined);
    return next;
  }
  async quit() {
    await fetch(`${this.session.base}/session/${this.session.id}`, { method: 'DELETE' }).catch(() => undefined);
    for (const child of this.processes) child.kill();
  }
}

class WebKitContext extends Context {
  readonly pages = new Set<WebKitPage>();
  constructor(
    readonly engine: WebKitEngine,
    readonly driver: WebKitDriver,
    private readonly options: ContextOptions,
  ) {
    super();
  }
  async newPage(): Promise<Page> {
    const handle = await this.driver.exclusive(async (s) => {
      const handles = await s.call<string[]>('GET', '/window/handles');
      const free = handles.find((h) => ![...this.engine.openPages()].some((p) => p.handle === h));
      if (free) return free;
      return (await s.call<{ handle: string }>('POST', '/window/new', { type: 'tab' })).handle;
    });
    const page = new WebKitPage(this, handle);
    this.pages.add(page);
    const viewport = this.options.viewport ?? { width: 1280, height: 720 };
    await page.setViewport(viewport.width, viewport.height);
    return page;
  }
  async close() {
    for (const page of [...this.pages]) await page.close();
    // One MiniBrowser serves every context: leave no cookie or storage to the next test.
    await this.driver.exclusive((s) => s.call('DELETE', '/cookie'));
    for (const origin of this.engine.origins) {
      const page = await this.newPage();
      await page.goto(`${origin}/__engine/blank`).catch(() => undefined);
      await page.evaluateRaw('(() => { localStorage.clear(); sessionStorage.clear(); })()').catch(() => undefined);
      await page.close();
    }
  }
}

export class WebKitEngine implements Engine {
  readonly name = 'webkit' as const;
  readonly capabilities: Capabilities = { requestLog: false, interception: false, initScripts: false, cdp: false };
  /** Origins whose storage is cleared between contexts. */
  readonly origins: string[];
  private scriptless: Promise<WebKitDriver> | undefined;
  private constructor(
    private readonly driver: WebKitDriver,
    readonly injector: Injector | undefined,
  ) {
    injector?.initScripts.add(CAPTURE_ERRORS);
    this.origins = injector ? [injector.url] : [];
  }

  static async start(javaScript: boolean): Promise<WebKitDriver> {
    if (!existsSync(MINIBROWSER))
      throw new Error(
        `No MiniBrowser at ${MINIBROWSER}: apt-get install webkit2gtk-driver xvfb, or set MINIBROWSER_PATH`,
      );
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    const display = await new Promise<string>((resolve, reject) => {
      xvfb.once('error', reject);
      (xvfb.stdio[3] as NodeJS.ReadableStream).once('data', (data) => resolve(String(data).trim()));
    });
    const port = await freePort();
    const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
      env: { ...process.env, DISPLAY: `:${display}` },
      stdio: 'ignore',
    });
    const base = `http://127.0.0.1:${port}`;
    const args = ['--automation', '--javascript-can-access-clipboard=true', '--enable-tabs-to-links=false'];
    // Scripts of the page off; WebDriver's own scripts still run (as a browser with JavaScript disabled).
    if (!javaScript) args.push('--enable-javascript-markup=false');
    // Page-load strategy "none": WebKitWebDriver otherwise answers no command until a page has
    // loaded, and the pre-rendered-snippet tests must look at a page whose scripts are still held.
    // goto() waits for the load itself.
    const body = {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          pageLoadStrategy: 'none',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args },
        },
      },
    };
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(`${base}/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        const json = (await response.json()) as { value: { sessionId: string; message?: string } };
        if (!json.value.sessionId) throw new Error(json.value.message);
        const session = new WebDriverSession(base, json.value.sessionId);
        await session.call('POST', '/timeouts', { script: 120000, pageLoad: 60000 });
        return new WebKitDriver(session, [driver, xvfb]);
      } catch (error) {
        if (attempt > 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  static async launch(injector?: Injector): Promise<WebKitEngine> {
    return new WebKitEngine(await WebKitEngine.start(true), injector);
  }
  private readonly contexts = new Set<WebKitContext>();
  openPages(): WebKitPage[] {
    return [...this.contexts].flatMap((c) => [...c.pages]);
  }
  async newContext(options: ContextOptions = {}): Promise<Context> {
    let driver = this.driver;
    if (options.javaScriptEnabled === false) driver = await (this.scriptless ??= WebKitEngine.start(false));
    const context = new WebKitContext(this, driver, options);
    this.contexts.add(context);
    return context;
  }
  async newPage(options?: ContextOptions): Promise<Page> {
    return (await this.newContext(options)).newPage();
  }
  async answerHttps(): Promise<void> {
    // WebDriver classic cannot answer requests; a navigation to an unreachable https:// address
    // still commits that address, which is what the tests check.
  }
  async cdp(): Promise<never> {
    throw new Error('no DevTools protocol in WebKit');
  }
  async close() {
    await this.driver.quit();
    if (this.scriptless) await (await this.scriptless).quit();
  }
}
