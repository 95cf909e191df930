// The engine-neutral page, locator, context and engine of test/support/engine.ts: what a test
// drives, whichever backend (puppeteer.ts, webkit.ts) is underneath.
import { FIND, expression } from './in-page.js';
import type { BoundingBox, Capabilities, ContextOptions, EngineName, LocatorSpec, Role } from './types.js';

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

  /**
   * Waits until the address matches (checked from outside the page: it may be navigating away).
   * A bounded poll where the driver has no navigation event (WebDriver classic); puppeteer's has one.
   */
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
declare function __hartArmClick(el: Element): void;
declare function __hartDisarmClick(): string;

/** How often a click that landed elsewhere (the page moved under the pointer) is aimed again. */
const CLICK_ATTEMPTS = 3;

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
    for (let attempt = 1; ; attempt++) {
      const { x, y } = await this.page.evaluate((spec) => {
        const el = __hartOne(spec);
        const centre = __hartCentre(el);
        __hartArmClick(el);
        return centre;
      }, this.spec);
      await this.page.mouseClick(x, y);
      // The click may have left the page (quick exit): then there is no guard to ask, and it landed.
      const missed = await this.page.evaluate(() => __hartDisarmClick()).catch(() => '');
      if (!missed) return;
      if (attempt === CLICK_ATTEMPTS)
        throw new Error(
          `clicking ${JSON.stringify(this.spec)} at (${x}, ${y}) hit ${missed} instead, ${CLICK_ATTEMPTS} times: is it covered?`,
        );
    }
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
