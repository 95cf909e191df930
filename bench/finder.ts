// Keystroke-to-rendered time of <hart-resource-finder> with 500 and 5,000 services, in headless
// Chromium on the built CDN bundle: each character is typed into the search box and timed until
// the element has rendered; long tasks (> 50 ms) are counted by the browser's own observer.
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { serveRepository } from './cls.js';
import { generateResources } from './generate.js';

export async function measureFinderTyping(sizes = [500, 5000], text = 'mentoring hartford'): Promise<{ size: number; load: number; median: number; max: number; longTasks: number }[]> {
  const server = await serveRepository();
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const rows = [];
  try {
    for (const size of sizes) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/bench/finder.html`);
      await page.waitForFunction(() => customElements.get('hart-resource-finder'));
      const resources = generateResources(size);
      const result = await page.evaluate(
        async ({ resources, text }) => {
          const el = document.querySelector('hart-resource-finder') as HTMLElement & { resources: unknown; updateComplete: Promise<unknown> };
          const loadStart = performance.now();
          el.resources = resources;
          await el.updateComplete;
          const load = performance.now() - loadStart;
          // Let the first render of the new list paint before typing starts.
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200)));
          let longTasks = 0;
          new PerformanceObserver((list) => (longTasks += list.getEntries().length)).observe({ type: 'longtask' });
          const input = el.shadowRoot!.querySelector('#search') as HTMLInputElement;
          const times: number[] = [];
          for (const ch of text) {
            const start = performance.now();
            input.value += ch;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await el.updateComplete;
            await new Promise((r) => requestAnimationFrame(() => r(null)));
            times.push(performance.now() - start);
          }
          await new Promise((r) => setTimeout(r, 100));
          times.sort((a, b) => a - b);
          return { load, median: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]!, longTasks };
        },
        { resources, text },
      );
      rows.push({ size, ...result });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await measureFinderTyping()) console.log(row);
}
