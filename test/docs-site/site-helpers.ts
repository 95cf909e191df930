// What the docs-site suites share (site*.test.ts): the built site served, the engine launched, and
// how a page is opened, checked with axe and waited on.
import { readFileSync } from 'node:fs';
import { after, before, type TestContext } from 'node:test';
import { ENGINE, launch, type Engine, type Page } from '../support/engine.js';
import { builderData } from '../../site/site-data.mjs';
import { serveSite, type SiteServer } from './server.js';

export const TAGS = [
  'hart-help-banner',
  'hart-red-flag-quiz',
  'hart-resource-finder',
  'hart-training-request',
] as const;
export const SLUGS = TAGS.map((t) => t.replace('hart-', ''));
export const data = builderData();
export const manifest = JSON.parse(readFileSync('packages/elements/custom-elements.json', 'utf8'));

export let server: SiteServer;
export let browser: Engine;

/** Serves the built site and launches HART_ENGINE's browser for the file's tests. */
export function startSite(): void {
  before(async () => {
    server = await serveSite();
    browser = await launch(server);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

export interface Opened {
  page: Page;
  /** Uncaught errors, console errors and `hart-error` events so far. */
  errors(): Promise<string[]>;
  /** Requests to another origin so far (the engine's request log, or where it has none, Resource Timing: said in the output). */
  foreign(t: TestContext): Promise<string[]>;
}

/** Every `hart-error` event also goes to the console, where the driver collects errors. */
export const HART_ERRORS_TO_CONSOLE =
  'addEventListener("hart-error", (e) => console.error("hart-error " + e.detail?.code + ": " + e.detail?.message), true);';

/**
 * Opens a page, recording errors, `hart-error` events and any request to another origin. With `t`,
 * says in the output when the window could not be made as narrow as asked (WebKit's MiniBrowser is at
 * least 447 px wide: the test's checks then run at that width, the narrowest the engine offers).
 */
export async function open(
  path: string,
  {
    width = 1280,
    height = 900,
    javaScriptEnabled = true,
    t,
  }: { width?: number; height?: number; javaScriptEnabled?: boolean; t?: TestContext } = {},
): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled, clipboard: server.url });
  const page = await context.newPage();
  await page.addInitScript(HART_ERRORS_TO_CONSOLE);
  await page.goto(`${server.url}${path}`);
  // Only when asked: a page that redirects at once (meta refresh) has no document to ask.
  const actual = t ? await page.evaluate(() => innerWidth) : width;
  if (actual !== width)
    t!.diagnostic(
      `SKIPPED in ${ENGINE}: ${path} at ${width} px (the narrowest window is ${actual} px: MiniBrowser's cannot be narrower than its toolbar); its checks ran at ${actual} px`,
    );
  const ours = (url: string) => url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('about:');
  const foreign = async (t: TestContext) => {
    if (browser.capabilities.requestLog) return page.requests().filter((url) => !ours(url));
    t.diagnostic(
      `SKIPPED in ${ENGINE}: the request log (WebDriver classic sees no requests); checked instead: the Resource Timing entries of the page and its frames`,
    );
    const seen = await page.evaluate(() => {
      const all: string[] = [];
      const collect = (w: Window) => {
        try {
          all.push(...w.performance.getEntriesByType('resource').map((e) => e.name));
          for (let i = 0; i < w.frames.length; i++) collect(w.frames[i]!);
        } catch {
          // a cross-origin frame: its own requests are out of reach, its address is in ours
        }
      };
      collect(window);
      return all;
    });
    return seen.filter((url) => !ours(url));
  };
  return { page, errors: () => page.errors(), foreign };
}

/** axe-core (a dependency of @open-wc/testing) on the page: the violations, by rule and target. */
export async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag('/__engine/axe.js');
  const result = await page.evaluate(async () => {
    const run = await (
      window as unknown as {
        axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run({ resultTypes: ['violations'] });
    return result2(run);
    function result2(r: { violations: { id: string; nodes: { target: string[] }[] }[] }) {
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
  });
  return result;
}

export async function widgetsRendered(page: Page) {
  await page.waitForFunction(() =>
    [
      ...document.querySelectorAll('hart-help-banner, hart-red-flag-quiz, hart-resource-finder, hart-training-request'),
    ].every(
      // A pre-rendered preview is stamped until the element has taken it over.
      (el) =>
        customElements.get(el.localName) &&
        !el.hasAttribute('data-hart-version') &&
        el.shadowRoot?.querySelector('[part~="container"]') &&
        (el.localName !== 'hart-red-flag-quiz' || el.shadowRoot.querySelector('fieldset')),
    ),
  );
}

export const PAGES = [
  '/',
  '/es/',
  '/builder/',
  '/es/builder/',
  '/search/',
  '/es/search/',
  ...SLUGS.flatMap((s) => [`/en/${s}/`, `/es/${s}/`]),
  ...['embedding', 'theming', 'accessibility', 'privacy-and-safety', 'security', 'content', 'performance', 'sdk'].map(
    (p) => `/${p}/`,
  ),
];
