// Keystroke-to-rendered time of <hart-resource-finder> with 500 and 5,000 services, in headless
// Chromium on the built CDN bundle: each character is typed into the search box and timed until
// the element has rendered (the next frame); the time until the search has answered (the index of
// a long list is built in steps after the first word); long tasks (> 50 ms) from setting the list
// to the answer are counted by the browser's own observer.
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { serveRepository } from './cls.js';
import { generateResources } from './generate.js';

export async function measureFinderTyping(
  sizes = [500, 5000],
  text = 'mentoring hartford',
): Promise<
  { size: number; load: number; median: number; max: number; longTasks: number; longest: number; answered: number }[]
> {
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
          const el = document.querySelector('hart-resource-finder') as HTMLElement & {
            resources: unknown;
            updateComplete: Promise<unknown>;
          };
          // Long tasks are counted from before the list is set to after the search has answered:
          // setting it, every keystroke and the index built in steps for the first word.
          let longTasks = 0;
          let longest = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              longTasks++;
              longest = Math.max(longest, entry.duration);
            }
          }).observe({ type: 'longtask' });
          const loadStart = performance.now();
          el.resources = resources;
          await el.updateComplete;
          const load = performance.now() - loadStart;
          // Let the first render of the new list paint (and the engine load at idle) before typing.
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 500)));
          const input = el.shadowRoot!.querySelector('#search') as HTMLInputElement;
          const times: number[] = [];
          const typingStart = performance.now();
          for (const ch of text) {
            const start = performance.now();
            input.value += ch;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await el.updateComplete;
            await new Promise((r) => requestAnimationFrame(() => r(null)));
            times.push(performance.now() - start);
          }
          // (Inline, not a named helper: the bundler's name-keeping helper does not exist in the page.)
          while (/Loading the services/.test(el.shadowRoot!.querySelector('[part="count"]')!.textContent ?? ''))
            await new Promise((r) => setTimeout(r, 5));
          const answered = performance.now() - typingStart;
          await new Promise((r) => setTimeout(r, 100));
          times.sort((a, b) => a - b);
          return {
            load,
            median: times[Math.floor(times.length / 2)]!,
            max: times[times.length - 1]!,
            longTasks,
            longest,
            answered,
          };
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
