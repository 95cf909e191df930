// Issue 13: four widgets as the snippet builder makes them, with every CDN script delayed by
// 1.5 s (a slow network): pre-rendered snippets and plain tags, against the same content as static
// HTML (the pre-rendered snippets without any script). Headless Chromium, 1280 × 900, fresh
// context per run, median time to rendered and worst CLS. Needs `npm run build:site`.
import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { partnerPage, serveSite, type SiteServer } from '../test/docs-site/server.js';

const TAGS = ['hart-help-banner', 'hart-red-flag-quiz', 'hart-resource-finder', 'hart-training-request'];
const DELAY_MS = 1500;

/** Before any page script: the frame in which every widget shows its content, and the layout shifts. */
const PROBE = `
  globalThis.__name = (target) => target;
  const probe = (window.__probe = { rendered: 0, cls: 0 });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) probe.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  const ready = () => {
    const hosts = [...document.querySelectorAll('${TAGS.join(', ')}')];
    return hosts.length === 4 && hosts.every((h) => h.shadowRoot?.querySelector('[part~="container"]')) && document.querySelector('hart-red-flag-quiz').shadowRoot.querySelector('fieldset');
  };
  const check = () => (ready() ? requestAnimationFrame(() => (probe.rendered = performance.now())) : requestAnimationFrame(check));
  requestAnimationFrame(check);
`;

/** The builder's snippet for `tag` (English, defaults), plain or pre-rendered. */
async function builderSnippet(browser: Browser, server: SiteServer, tag: string, prerender: boolean): Promise<string> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/builder/?widget=${tag}&lang=en${prerender ? '&prerender=1' : ''}`);
  await page.waitForSelector('html[data-builder="ready"]');
  if (prerender)
    await page.waitForFunction(() =>
      document.getElementById('prerender-status')?.textContent?.startsWith('Pre-rendered'),
    );
  const text = (await page.textContent('#snippet-code'))!;
  await page.close();
  return text;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function printPrerendered(runs = 7): Promise<void> {
  const server = await serveSite();
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const prerendered: string[] = [];
    const plain: string[] = [];
    for (const tag of TAGS) {
      prerendered.push(await builderSnippet(browser, server, tag, true));
      plain.push(await builderSnippet(browser, server, tag, false));
    }
    // Every script line: a snippet with chunks starts with its import map, then its module script.
    const withoutScripts = (snippets: string[]) => snippets.map((s) => s.replace(/^(<script[^\n]*\n)+/, '')).join('\n');
    server.pages.set('/bench/static.html', partnerPage(withoutScripts(prerendered)));
    server.pages.set('/bench/prerendered.html', partnerPage(prerendered.join('\n')));
    server.pages.set('/bench/plain.html', partnerPage(plain.join('\n')));
    server.cdnDelay = DELAY_MS;
    const pages = [
      ['static HTML (same content)', '/bench/static.html', false],
      ['pre-rendered snippets', '/bench/prerendered.html', true],
      ['plain tags', '/bench/plain.html', true],
    ] as const;
    const rendered: number[][] = pages.map(() => []);
    const shifts: number[][] = pages.map(() => []);
    // Round by round, each page once per round: a machine that slows down or warms up during the
    // bench then weighs on every page alike, not on whichever page ran last.
    for (let i = 0; i < runs; i++) {
      for (const [index, [, path, scripted]] of pages.entries()) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.addInitScript({ content: PROBE });
        await page.goto(`${server.url}${path}`, { waitUntil: 'commit' });
        await page.waitForFunction(
          () => (window as unknown as { __probe: { rendered: number } }).__probe.rendered > 0,
          undefined,
          { timeout: 20000 },
        );
        // CLS counts the whole load: wait for the scripts and the upgrade.
        if (scripted)
          await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS, { timeout: 20000 });
        await page.waitForTimeout(500);
        const probe = await page.evaluate(
          () => (window as unknown as { __probe: { rendered: number; cls: number } }).__probe,
        );
        rendered[index]!.push(probe.rendered);
        shifts[index]!.push(probe.cls);
        await context.close();
      }
    }
    const rows = pages.map(([label], index) => [label, median(rendered[index]!), Math.max(...shifts[index]!)] as const);
    const base = rows[0]![1];
    console.log(
      `\nFour widgets from the snippet builder, every CDN script delayed ${DELAY_MS / 1000} s — headless Chromium, 1280 × 900, ${runs} runs`,
    );
    console.log('page                          rendered median(ms)   vs static   CLS max');
    for (const [label, time, cls] of rows)
      console.log(
        `${label.padEnd(29)} ${time.toFixed(1).padStart(10)}          ${(time / base).toFixed(2).padStart(5)}×    ${cls.toFixed(4)}`,
      );
    console.log('target: pre-rendered ≤ 1.1× static, CLS 0');
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await printPrerendered();
