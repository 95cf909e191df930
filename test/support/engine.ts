// One page driver for the Node-driven suites (test/embed, test/docs-site) in three engines:
// Chromium and Firefox through puppeteer-core (DevTools protocol / WebDriver BiDi), WebKit (WebKitGTK's
// MiniBrowser under Xvfb) through classic WebDriver, spoken over HTTP by the small client below.
// Pick the engine with HART_ENGINE=chromium|firefox|webkit (default chromium).
//
// Everything a test does goes through what a visitor does or what every engine offers: clicks are
// real pointer events at the element's centre, keys are real key events, selectors pierce open
// shadow roots (as Playwright's did). Where an engine lacks a tool (no request log, no init script in
// WebDriver classic), `capabilities` says so, and the test says in its output what it skipped.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer, {
  type Browser as PBrowser,
  type BrowserContext as PContext,
  type Page as PPage,
} from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const ENGINE: EngineName = ((): EngineName => {
  const name = process.env.HART_ENGINE ?? 'chromium';
  if (name !== 'chromium' && name !== 'firefox' && name !== 'webkit')
    throw new Error(`HART_ENGINE=${name}: use chromium, firefox or webkit`);
  return name;
})();

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** What the engine's automation can do beyond pages, clicks and keys. */
export interface Capabilities {
  /** Every request the page makes, to any origin, is seen (DevTools / BiDi network events). */
  requestLog: boolean;
  /** Requests to https:// origins can be answered locally. */
  interception: boolean;
  /** Scripts run before the page's own without the test server's help. */
  initScripts: boolean;
  /** The DevTools protocol itself. */
  cdp: boolean;
}

export interface ContextOptions {
  viewport?: { width: number; height: number };
  javaScriptEnabled?: boolean;
  /** An origin whose pages may read and write the clipboard without asking (Chromium's permission; Firefox and WebKit are launched allowing it). */
  clipboard?: string;
}

/** A page address with this query is served with `Content-Security-Policy: script-src 'none'` (Firefox's "JavaScript off"). */
export const NO_SCRIPTS_QUERY = '__engine=no-scripts';

export interface BoundingBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A server of the suites that can put a script first in every HTML page (WebKit's init scripts). */
export interface Injector {
  url: string;
  initScripts: Set<string>;
}

// ----- In-page helpers: a deep selector engine shared by every backend -----

/** Source of `__hartFind(spec)`: all elements matching a locator spec, piercing open shadow roots and same-origin frames. */
const FIND = String.raw`
const __hartFind = (spec) => {
  const deep = (sel, root) => {
    // A selector list: each selector on its own (the split below is at descendant combinators).
    const alternatives = sel.split(/\s*,\s*(?![^[]*\])/);
    if (alternatives.length > 1) return [...new Set(alternatives.flatMap((one) => deep(one, root)))];
    const out = new Set(root.querySelectorAll(sel));
    const parts = sel.split(' ');
    for (let i = 1; i < parts.length; i++) {
      // Only a descendant combinator can cross into a shadow root.
      if (/^[>+~]$/.test(parts[i - 1]) || /^[>+~]$/.test(parts[i])) continue;
      for (const host of root.querySelectorAll(parts.slice(0, i).join(' '))) {
        if (host.shadowRoot) for (const el of deep(parts.slice(i).join(' '), host.shadowRoot)) out.add(el);
      }
    }
    if (parts.length === 1) for (const el of root.querySelectorAll('*')) if (el.shadowRoot) for (const inner of deep(sel, el.shadowRoot)) out.add(inner);
    return [...out];
  };
  let roots = [document];
  if (spec.frame) roots = roots.flatMap((r) => deep(spec.frame, r)).map((f) => f.contentDocument).filter(Boolean);
  if (spec.scope) roots = roots.flatMap((r) => deep(spec.scope, r).slice(0, 1));
  let found = roots.flatMap((r) => deep(spec.selector, r));
  const text = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim();
  const ROLES = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"]',
    link: 'a[href], area[href], [role="link"]',
    textbox: 'input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="url"], textarea, [role="textbox"]',
  };
  const named = (el) => {
    if (spec.name === undefined) return true;
    const label = el.getAttribute('aria-label') || (el.labels && el.labels[0] ? text(el.labels[0]) : '') || el.getAttribute('placeholder') || text(el);
    return label === spec.name || (!spec.exact && (label.includes(spec.name) || text(el).includes(spec.name)));
  };
  if (spec.role) found = roots.flatMap((r) => deep(ROLES[spec.role], r)).filter(named);
  if (spec.text !== undefined) {
    const matches = (el) => (spec.exact ? text(el) === spec.text : text(el).toLowerCase().includes(spec.text.toLowerCase()));
    // The innermost elements holding the text, as Playwright's getByText.
    found = roots.flatMap((r) => deep('*', r)).filter((el) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName) && matches(el) && ![...el.children].some(matches));
  }
  if (spec.label !== undefined) {
    found = roots.flatMap((r) => deep('label', r)).filter((l) => (spec.exact ? text(l) === spec.label : text(l).toLowerCase().includes(spec.label.toLowerCase()))).map((l) => l.control).filter(Boolean);
  }
  if (spec.hasText !== undefined) found = found.filter((el) => text(el).includes(spec.hasText));
  if (spec.nth !== undefined) found = found.slice(spec.nth, spec.nth + 1);
  return found;
};
const __hartOne = (spec) => {
  const el = __hartFind(spec)[0];
  if (!el) throw new Error('no element for ' + JSON.stringify(spec));
  return el;
};
const __hartVisible = (el) => {
  const r = el.getBoundingClientRect();
  const s = getComputedStyle(el);
  // checkVisibility: also false inside a closed <details> (content-visibility), as Playwright's isVisible.
  return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && (!el.checkVisibility || el.checkVisibility({ visibilityProperty: true }));
};
const __hartCentre = (el) => {
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  let x = r.left + r.width / 2, y = r.top + r.height / 2;
  for (let w = el.ownerDocument.defaultView; w && w !== w.parent; w = w.parent) {
    const f = w.frameElement.getBoundingClientRect();
    x += f.left + w.frameElement.clientLeft;
    y += f.top + w.frameElement.clientTop;
  }
  return { x: Math.round(x), y: Math.round(y) };
};
`;

/** Serialises `fn(arg)` into an expression; tsx names functions with `__name`, which the page lacks. */
function expression(fn: string | ((arg: never) => unknown), arg: unknown, prelude = ''): string {
  const source = typeof fn === 'string' ? fn : fn.toString();
  return `(async () => { const __name = (t) => t; ${prelude}; return (${source})(${arg === undefined ? '' : JSON.stringify(arg)}); })()`;
}

export type Role = 'button' | 'link' | 'textbox';
/** `scope`: only inside the first element it matches; `text`: the innermost elements holding that text. */
export interface LocatorSpec {
  selector: string;
  frame?: string;
  scope?: string;
  hasText?: string;
  nth?: number;
  role?: Role;
  name?: string;
  label?: string;
  text?: string;
  exact?: boolean;
}

// ----- The engine-neutral page -----

export abstract class Page {
  abstract readonly context: Context;
  /** The page's address now. */
  abstract url(): Promise<string>;
  /** Loads `url`; `waitUntil: 'commit'` returns as soon as the new document exists (its scripts may still load). */
  abstract goto(url: string, options?: { waitUntil?: 'load' | 'commit' }): Promise<void>;
  /** Runs `fn(arg)` in the page (awaited), after the in-page helpers `__hartFind` and friends. */
  abstract evaluateRaw<R>(expression: string): Promise<R>;
  abstract mouseClick(x: number, y: number): Promise<void>;
  /** Presses and releases one key (Playwright names: Shift, Tab, Enter, ArrowDown). */
  abstract press(key: string): Promise<void>;
  abstract type(text: string): Promise<void>;
  /** Uncaught errors and console.error lines so far ("pageerror: …", "console: …"). */
  abstract errors(): Promise<string[]>;
  /** Requests seen (only where capabilities.requestLog). */
  abstract requests(): string[];
  abstract addInitScript(content: string): Promise<void>;
  abstract cookies(): Promise<unknown[]>;
  abstract close(): Promise<void>;

  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.evaluateRaw<R>(expression(fn as (arg: never) => unknown, arg, FIND));
  }

  /** Waits until `fn(arg)` is truthy in the page (checked every 16 ms in the page). */
  async waitForFunction<A = undefined>(fn: (arg: A) => unknown, arg?: A, { timeout = 30000 } = {}): Promise<void> {
    const source = `(arg) => new Promise((resolve, reject) => {
      const fn = ${fn.toString()};
      const started = Date.now();
      const check = () => {
        let value;
        try { value = fn(arg); } catch (e) { value = false; }
        if (value) resolve(true);
        else if (Date.now() - started > ${timeout}) reject(new Error('waitForFunction timed out after ${timeout} ms: ' + ${JSON.stringify(fn.toString().slice(0, 200))}));
        // Not requestAnimationFrame: a page in a background tab (WebKit's second window) gets no frames.
        else setTimeout(check, 16);
      };
      check();
    })`;
    await this.evaluateRaw(expression(source, arg, FIND));
  }

  /** Waits until the address matches (checked from outside the page: it may be navigating away). */
  async waitForURL(match: RegExp | string, { timeout = 30000 } = {}): Promise<void> {
    const started = Date.now();
    for (;;) {
      const now = await this.url().catch(() => '');
      if (typeof match === 'string' ? now === match : match.test(now)) return;
      if (Date.now() - started > timeout) throw new Error(`waitForURL ${match}: still at ${now} after ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  locator(selector: string): Locator {
    return new Locator(this, { selector });
  }
  frameLocator(frame: string): { locator(selector: string): Locator } {
    return { locator: (selector) => new Locator(this, { selector, frame }) };
  }
  getByRole(role: Role, { name, exact = false }: { name?: string; exact?: boolean } = {}): Locator {
    return new Locator(this, { selector: '*', role, name, exact });
  }
  getByText(text: string, { exact = false } = {}): Locator {
    return new Locator(this, { selector: '*', text, exact });
  }
  getByLabel(label: string, { exact = false } = {}): Locator {
    return new Locator(this, { selector: '*', label, exact });
  }
  textContent(selector: string): Promise<string | null> {
    return this.locator(selector).textContent();
  }
  async focus(selector: string): Promise<void> {
    await this.evaluate((spec) => (__hartOne(spec) as HTMLElement).focus(), { selector });
  }
  async waitForSelector(
    selector: string,
    { state = 'visible' }: { state?: 'visible' | 'attached' } = {},
  ): Promise<void> {
    await this.locator(selector).waitFor({ state });
  }
  /** A classic script added to the page by URL (CSP: same origin). */
  async addScriptTag(url: string): Promise<void> {
    await this.evaluate(
      (src) =>
        new Promise((resolve, reject) => {
          const script = document.createElement('script');
          script.src = src;
          script.onload = resolve;
          script.onerror = () => reject(new Error(`${src} did not load`));
          document.head.append(script);
        }),
      url,
    );
  }
  readonly keyboard = { press: (key: string) => this.press(key) };
  readonly mouse = { click: (x: number, y: number) => this.mouseClick(x, y) };
}

declare function __hartFind(spec: LocatorSpec): Element[];
declare function __hartOne(spec: LocatorSpec): Element;
declare function __hartVisible(el: Element): boolean;
declare function __hartCentre(el: Element): { x: number; y: number };

/** A lazy query, like Playwright's locator: resolved again by every action. */
export class Locator {
  constructor(
    private readonly page: Page,
    private readonly spec: LocatorSpec,
  ) {}
  locator(selector: string): Locator {
    return new Locator(this.page, { ...this.spec, selector: `${this.spec.selector} ${selector}` });
  }
  first(): Locator {
    return new Locator(this.page, { ...this.spec, nth: 0 });
  }
  /** An element of `role` inside the first element this locator finds. */
  getByRole(role: Role, { name, exact = false }: { name?: string; exact?: boolean } = {}): Locator {
    return new Locator(this.page, {
      selector: '*',
      frame: this.spec.frame,
      scope: this.spec.selector,
      role,
      name,
      exact,
    });
  }
  filter({ hasText }: { hasText: string }): Locator {
    return new Locator(this.page, { ...this.spec, hasText });
  }
  count(): Promise<number> {
    return this.page.evaluate((spec) => __hartFind(spec).length, this.spec);
  }
  async waitFor({
    state = 'visible',
    timeout = 30000,
  }: { state?: 'visible' | 'attached'; timeout?: number } = {}): Promise<void> {
    await this.page.waitForFunction(
      ({ spec, state }) => __hartFind(spec).some((el) => state === 'attached' || __hartVisible(el)),
      { spec: this.spec, state },
      { timeout },
    );
  }
  /** A real pointer click at the element's centre, once it is visible. */
  async click(): Promise<void> {
    await this.waitFor();
    const { x, y } = await this.page.evaluate((spec) => __hartCentre(__hartOne(spec)), this.spec);
    await this.page.mouseClick(x, y);
  }
  /** Clicks a checkbox or radio button unless it is already checked. */
  async check(): Promise<void> {
    await this.waitFor({ state: 'attached' });
    if (await this.page.evaluate((spec) => (__hartOne(spec) as HTMLInputElement).checked, this.spec)) return;
    await this.click();
    assertTrue(
      await this.page.evaluate((spec) => (__hartOne(spec) as HTMLInputElement).checked, this.spec),
      `clicking ${this.spec.selector} did not check it`,
    );
  }
  /** Clicks into the field, selects what is there, and types `text` with the keyboard. */
  async fill(text: string): Promise<void> {
    await this.click();
    await this.page.evaluate((spec) => {
      const field = __hartOne(spec) as HTMLInputElement;
      field.focus();
      field.select();
    }, this.spec);
    if (text === '') await this.page.press('Backspace');
    else await this.page.type(text);
    const value = await this.inputValue();
    assertTrue(
      value === text,
      `typing into ${this.spec.selector} gave ${JSON.stringify(value)}, not ${JSON.stringify(text)}`,
    );
  }
  /** Chooses an option by value, as Playwright's selectOption does (sets it and fires input and change). */
  async selectOption(value: string): Promise<void> {
    await this.waitFor();
    await this.page.evaluate(
      ({ spec, value }) => {
        const select = __hartOne(spec) as HTMLSelectElement;
        if (![...select.options].some((o) => o.value === value)) throw new Error(`no option ${value}`);
        select.focus();
        select.value = value;
        select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
      },
      { spec: this.spec, value },
    );
  }
  async textContent(): Promise<string | null> {
    await this.waitFor({ state: 'attached' });
    return this.page.evaluate((spec) => __hartOne(spec).textContent, this.spec);
  }
  async innerText(): Promise<string> {
    await this.waitFor({ state: 'attached' });
    return this.page.evaluate((spec) => (__hartOne(spec) as HTMLElement).innerText, this.spec);
  }
  async inputValue(): Promise<string> {
    return this.page.evaluate((spec) => (__hartOne(spec) as HTMLInputElement).value, this.spec);
  }
  async getAttribute(name: string): Promise<string | null> {
    await this.waitFor({ state: 'attached' });
    return this.page.evaluate(({ spec, name }) => __hartOne(spec).getAttribute(name), { spec: this.spec, name });
  }
  isVisible(): Promise<boolean> {
    return this.page.evaluate((spec) => __hartFind(spec).some((el) => __hartVisible(el)), this.spec);
  }
  async isHidden(): Promise<boolean> {
    return !(await this.isVisible());
  }
  boundingBox(): Promise<BoundingBox | null> {
    return this.page.evaluate((spec) => {
      const el = __hartFind(spec)[0];
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }, this.spec);
  }
}

function assertTrue(value: boolean, message: string): void {
  if (!value) throw new Error(message);
}

export abstract class Context {
  abstract newPage(): Promise<Page>;
  abstract close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  capabilities: Capabilities;
  newContext(options?: ContextOptions): Promise<Context>;
  /** A page in a fresh context of its own (closed with `page.context.close()`). */
  newPage(options?: ContextOptions): Promise<Page>;
  close(): Promise<void>;
  /**
   * Answers every https:// request with `body` (only where capabilities.interception; elsewhere
   * nothing answers, and a navigation there still shows its address: what the tests look at).
   */
  answerHttps(context: Context, body: string): Promise<void>;
  /** The DevTools protocol of a page (Chromium only). */
  cdp(page: Page): Promise<{ send(method: string, params?: object): Promise<unknown> }>;
}

/** Launches HART_ENGINE's browser. `injector`: a test server that can put init scripts into its pages (WebKit). */
export async function launch(injector?: Injector): Promise<Engine> {
  if (ENGINE === 'webkit') return WebKitEngine.launch(injector);
  return PuppeteerEngine.launch(ENGINE);
}

// ----- Chromium and Firefox: puppeteer-core -----

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
      if (request.url().startsWith('https://') && this.httpsBody !== undefined) {
        await request.respond({ status: 200, contentType: 'text/html', body: this.httpsBody });
      } else {
        await request.continue();
      }
    });
  }
  async close() {
    await this.raw.close();
  }
}

class PuppeteerEngine implements Engine {
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

// ----- WebKit: WebKitGTK's MiniBrowser, WebKitWebDriver, Xvfb -----

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

class WebKitEngine implements Engine {
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

/** The HTML that puts the injector's scripts first in a page (before any of the page's own). */
export function injectInitScripts(html: string, injector: Injector): string {
  if (!injector.initScripts.size) return html;
  const tag = '<script src="/__engine/init.js"></script>';
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => head + tag) : tag + html;
}

/** The body of /__engine/init.js. */
export function initScriptSource(injector: Injector): string {
  return [...injector.initScripts]
    .map((s) => `try { ${s} } catch (e) { console.error('init script: ' + e.message) }`)
    .join('\n;\n');
}
