// The engine-neutral vocabulary of test/support/engine.ts: which engine, what it can do, and the
// options and locator specs every backend takes.

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
