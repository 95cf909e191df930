// Chromium and Firefox, one driver: puppeteer-core over the DevTools protocol (Chromium) or
// WebDriver BiDi (Firefox).
import { existsSync } from 'node:fs';
import puppeteer, {
  type Browser as PBrowser,
  type BrowserContext as PContext,
  type Frame,
  type Page as PPage,
} from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../../scripts/find-chrome.mjs';
import { Context, Page, type Engine } from './page.js';
import { FIREFOX, NO_SCRIPTS_QUERY, type Capabilities, type ContextOptions, type EngineName } from './types.js';

const KEYS: Record<string, string> = {
  Shift: 'Shift',
  Tab: 'Tab',
  Enter: 'Enter',
  ArrowDown: 'ArrowDown',
  Backspace: 'Backspace',
};

class PuppeteerPage extends Page {
  private readonly seenErrors: string[] = [];
  private readonly seenRequests: string[] = [];
  constructor(
    readonly context: PuppeteerContext,
    readonly raw: PPage,
  ) {
    super();
    raw.on('pageerror', (error) => this.seenErrors.push(`pageerror: ${(error as Error).message ?? String(error)}`));
    raw.on('console', (message) => {
      // The browser's own request for /favicon.ico (a host page without an icon) is not the page's.
      if (message.type() === 'error' && !message.location().url?.endsWith('/favicon.ico'))
        this.seenErrors.push(`console: ${message.text()}`);
    });
    raw.on('request', (request) => void this.seenRequests.push(request.url()));
  }
  async url() {
    return this.raw.url();
  }
  async goto(url: string, { waitUntil = 'load' }: { waitUntil?: 'load' | 'commit' } = {}) {
    if (waitUntil === 'commit') {
      await this.raw.evaluate((to) => void (location.href = to), url);
      // Asked of the document itself: Firefox's BiDi tells puppeteer the new address only once it has loaded.
      const started = Date.now();
      while ((await this.raw.evaluate(() => location.href).catch(() => '')) !== url) {
        if (Date.now() - started > 30000) throw new Error(`goto ${url}: no such document after 30000 ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return;
    }
    if (this.context.blocksScriptsByCsp) url += (url.includes('?') ? '&' : '?') + NO_SCRIPTS_QUERY;
    await this.raw.goto(url, { waitUntil: 'load' });
  }
  /** Waits for a navigation of the page's main frame to an address that matches (an event, not a poll). */
  override async waitForURL(match: RegExp | string, { timeout = 30000 } = {}): Promise<void> {
    const matches = (url: string) => (typeof match === 'string' ? url === match : match.test(url));
    if (matches(this.raw.url())) return;
    await new Promise<void>((resolve, reject) => {
      const navigated = (frame: Frame) => {
        if (frame !== this.raw.mainFrame() || !matches(frame.url())) return;
        stop();
        resolve();
      };
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`waitForURL ${match}: still at ${this.raw.url()} after ${timeout} ms`));
      }, timeout);
      const stop = () => {
        clearTimeout(timer);
        this.raw.off('framenavigated', navigated);
      };
      this.raw.on('framenavigated', navigated);
    });
  }
  evaluateRaw<R>(source: string): Promise<R> {
    return this.raw.evaluate(source) as Promise<R>;
  }
  async mouseClick(x: number, y: number) {
    await this.raw.mouse.click(x, y);
  }
  async press(key: string) {
    await this.raw.keyboard.press((KEYS[key] ?? key) as never);
  }
  async type(text: string) {
    await this.raw.keyboard.type(text);
  }
  async errors() {
    return [...this.seenErrors];
  }
  requests() {
    return [...this.seenRequests];
  }
  async addInitScript(content: string) {
    await this.raw.evaluateOnNewDocument(content);
  }
  async cookies() {
    return this.raw.browserContext().cookies();
  }
  async close() {
    await this.raw.close();
  }
}

class PuppeteerContext extends Context {
  readonly pages: PuppeteerPage[] = [];
  httpsBody: string | undefined;
  constructor(
    readonly raw: PContext,
    private readonly options: ContextOptions,
    private readonly engine: EngineName,
  ) {
    super();
  }
  /**
   * Firefox's WebDriver BiDi (ESR 153) cannot turn scripts off for a page (no
   * emulation.setScriptingEnabled), with javascript.enabled false its own scripts hang too, and it
   * cannot rewrite a response's headers. So the page is loaded with NO_SCRIPTS_QUERY, for which the
   * test servers send `script-src 'none'`: no script of the page runs, the driver's still do.
   */
  get blocksScriptsByCsp(): boolean {
    return this.options.javaScriptEnabled === false && this.engine === 'firefox';
  }
  async newPage(): Promise<Page> {
    const raw = await this.raw.newPage();
    const viewport = this.options.viewport ?? { width: 1280, height: 720 };
    await raw.setViewport(viewport);
    if (this.options.javaScriptEnabled === false && !this.blocksScriptsByCsp) await raw.setJavaScriptEnabled(false);
    if (this.httpsBody !== undefined) await this.intercept(raw);
    const page = new PuppeteerPage(this, raw);
    this.pages.push(page);
    return page;
  }
  private intercepted = new WeakSet<PPage>();
  async intercept(raw: PPage) {
    if (this.intercepted.has(raw)) return;
    this.intercepted.add(raw);
    await raw.setRequestInterception(true);
    raw.on('request', async (request) => {
      if (request.isInterceptResolutionHandled()) return;
      // A test that has seen what it waited for (the exit page's address) may close the page while
      // its request is still held: the browser then has no such request to answer, which is no error.
      const answered =
        request.url().startsWith('https://') && this.httpsBody !== undefined
          ? request.respond({ status: 200, contentType: 'text/html', body: this.httpsBody })
          : request.continue();
      await answered.catch(() => undefined);
    });
  }
  async close() {
    await this.raw.close();
  }
}

export class PuppeteerEngine implements Engine {
  constructor(
    readonly name: EngineName,
    private readonly browser: PBrowser,
  ) {}
  get capabilities(): Capabilities {
    return { requestLog: true, interception: true, initScripts: true, cdp: this.name === 'chromium' };
  }
  static async launch(name: 'chromium' | 'firefox'): Promise<PuppeteerEngine> {
    return new PuppeteerEngine(name, await PuppeteerEngine.start(name));
  }
  static async start(name: 'chromium' | 'firefox'): Promise<PBrowser> {
    if (name === 'firefox' && !existsSync(FIREFOX))
      throw new Error(`No Firefox at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH`);
    return name === 'chromium'
      ? puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true, protocolTimeout: 120000 })
      : puppeteer.launch({
          browser: 'firefox',
          executablePath: FIREFOX,
          headless: true,
          protocolTimeout: 120000,
          extraPrefsFirefox: {
            // navigator.clipboard.readText without the paste menu, as Chromium's permission grant does.
            'dom.events.testing.asyncClipboard': true,
            // No update, telemetry or safe-browsing traffic: the suites count requests.
            'network.captive-portal-service.enabled': false,
            'network.connectivity-service.enabled': false,
          },
        });
  }
  async newContext(options: ContextOptions = {}): Promise<Context> {
    const raw = await this.browser.createBrowserContext();
    if (options.clipboard && this.name === 'chromium')
      await raw.overridePermissions(options.clipboard, [
        'clipboard-read',
        'clipboard-write',
        'clipboard-sanitized-write',
      ]);
    return new PuppeteerContext(raw, options, this.name);
  }
  async newPage(options?: ContextOptions): Promise<Page> {
    return (await this.newContext(options)).newPage();
  }
  async answerHttps(context: Context, body: string) {
    const own = context as PuppeteerContext;
    own.httpsBody = body;
    for (const page of own.pages) await own.intercept(page.raw);
  }
  async cdp(page: Page) {
    if (this.name !== 'chromium') throw new Error('the DevTools protocol is Chromium’s');
    return (page as PuppeteerPage).raw.createCDPSession();
  }
  async close() {
    await this.browser.close();
  }
}
