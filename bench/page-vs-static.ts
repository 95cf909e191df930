// A page with all four widgets (the CDN bundle) against a static-HTML page with the same visible
// content: the widgets' rendered shadow DOM saved as declarative shadow DOM, with their styles, and
// no script. Headless Chromium, fresh page per run, median of the runs.
import { chromium, type Page } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { serveEmbedPages } from '../test/embed/server.js';

const WIDGETS_PAGE = '/bench/four-widgets.html';
const STATIC_PAGE = '/bench/static-snapshot.html';

/** Installed before any page script: marks the frame in which every widget shows its content, and records long tasks and layout shifts. */
const PROBE = `
  globalThis.__name = (target) => target;
  const probe = (window.__probe = { rendered: 0, longTasks: [], cls: 0 });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) probe.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  const ready = () => {
    const hosts = [...document.querySelectorAll('hart-help-banner, hart-red-flag-quiz, hart-resource-finder, hart-training-request')];
    return hosts.length === 4 && hosts.every((h) => h.shadowRoot && h.shadowRoot.childElementCount) && document.querySelector('hart-red-flag-quiz').shadowRoot.querySelector('fieldset');
  };
  const check = () => (ready() ? requestAnimationFrame(() => (probe.rendered = performance.now())) : requestAnimationFrame(check));
  requestAnimationFrame(check);
`;

/** The rendered widgets as static HTML: declarative shadow roots holding their markup and stylesheets. */
async function snapshotStatic(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const host of [
      ...document.querySelectorAll('hart-help-banner, hart-red-flag-quiz, hart-resource-finder, hart-training-request'),
    ]) {
      const root = host.shadowRoot!;
      const css = root.adoptedStyleSheets
        .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
        .join('\n');
      const index = [...document.querySelectorAll(host.localName)].indexOf(host);
      const copy = body.querySelectorAll(host.localName)[index]!;
      const template = document.createElement('template');
      template.setAttribute('shadowrootmode', 'open');
      template.innerHTML = `<style>${css}</style>${root.innerHTML}`;
      copy.prepend(template);
    }
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static snapshot</title></head><body>${body.innerHTML.replace(/<script[\s\S]*?<\/script>/g, '')}</body></html>`;
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function comparePageToStatic(runs = 9): Promise<{ rendered: number[]; tbt: number; cls: number }[]> {
  const server = await serveEmbedPages();
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const warm = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await warm.goto(`${server.url}${WIDGETS_PAGE}`);
    await warm.waitForFunction(() =>
      document.querySelector('hart-red-flag-quiz')?.shadowRoot?.querySelector('fieldset'),
    );
    const staticHtml = await snapshotStatic(warm);
    await warm.close();
    const results: { rendered: number[]; tbt: number; cls: number }[] = [];
    for (const path of [STATIC_PAGE, WIDGETS_PAGE]) {
      const rendered: number[] = [];
      const tbts: number[] = [];
      const shifts: number[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        await context.route(`**${STATIC_PAGE}`, (route) =>
          route.fulfill({ contentType: 'text/html', body: staticHtml }),
        );
        const page = await context.newPage();
        await page.addInitScript({ content: PROBE });
        await page.goto(`${server.url}${path}`);
        await page.waitForFunction(
          () => (window as unknown as { __probe: { rendered: number } }).__probe.rendered > 0,
          undefined,
          { timeout: 15000 },
        );
        await page.waitForTimeout(500);
        const probe = await page.evaluate(
          () =>
            (window as unknown as { __probe: { rendered: number; longTasks: [number, number][]; cls: number } })
              .__probe,
        );
        rendered.push(probe.rendered);
        tbts.push(
          probe.longTasks
            .filter(([start]) => start <= probe.rendered)
            .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
        );
        shifts.push(probe.cls);
        await context.close();
      }
      results.push({ rendered, tbt: median(tbts), cls: Math.max(...shifts) });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function printPageVsStatic(): Promise<void> {
  const [still, widgets] = await comparePageToStatic();
  const fmt = (n: number, d = 1) => n.toFixed(d).padStart(8);
  console.log(
    '\nAll four widgets (hart-elements.js) vs a static-HTML page with the same visible content — headless Chromium, 1280 × 900, 9 runs',
  );
  console.log('page                     rendered median(ms)   TBT median(ms)   CLS max');
  console.log(
    `static HTML (DSD)        ${fmt(median(still!.rendered))}              ${fmt(still!.tbt)}        ${still!.cls.toFixed(4)}`,
  );
  console.log(
    `four widgets             ${fmt(median(widgets!.rendered))}              ${fmt(widgets!.tbt)}        ${widgets!.cls.toFixed(4)}`,
  );
  console.log(
    `ratio widgets/static: ${(median(widgets!.rendered) / median(still!.rendered)).toFixed(2)}×   (target ≤ 1.3×, TBT 0, CLS 0)`,
  );
}
