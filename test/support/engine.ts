// One page driver for the Node-driven suites (test/embed, test/docs-site) in three engines:
// Chromium and Firefox through puppeteer-core (DevTools protocol / WebDriver BiDi; engine/puppeteer.ts),
// WebKit (WebKitGTK's MiniBrowser under Xvfb) through classic WebDriver (engine/webkit.ts). What a
// test drives is engine-neutral (engine/page.ts, engine/in-page.ts, engine/types.ts).
// Pick the engine with HART_ENGINE=chromium|firefox|webkit (default chromium).
//
// Everything a test does goes through what a visitor does or what every engine offers: clicks are
// real pointer events at the element's centre, keys are real key events, selectors pierce open
// shadow roots (as Playwright's did). Where an engine lacks a tool (no request log, no init script in
// WebDriver classic), `capabilities` says so, and the test says in its output what it skipped.
import { PuppeteerEngine } from './engine/puppeteer.js';
import { WebKitEngine } from './engine/webkit.js';
import { ENGINE, type Injector } from './engine/types.js';
import type { Engine } from './engine/page.js';

export * from './engine/types.js';
export { Context, Locator, Page, type Engine } from './engine/page.js';
export { CAPTURE_ERRORS } from './engine/webkit.js';

/** Launches HART_ENGINE's browser. `injector`: a test server that can put init scripts into its pages (WebKit). */
export async function launch(injector?: Injector): Promise<Engine> {
  if (ENGINE === 'webkit') return WebKitEngine.launch(injector);
  return PuppeteerEngine.launch(ENGINE);
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
