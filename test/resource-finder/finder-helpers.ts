// What the finder's test files share: what a person reads off the results, and typing as they do.
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '../support/commands.js';
import '../../packages/elements/src/hart-resource-finder.js';
import { HartResourceFinder, ANNOUNCE_DELAY_MS } from '../../packages/elements/src/resource-finder/resource-finder.js';
import { $, root } from '../support/dom.js';

export const names = (el: HTMLElement) =>
  [...root(el).querySelectorAll('.result h3')].map((h) => h.textContent!.trim());
export const ids = (el: HTMLElement) =>
  [...root(el).querySelectorAll('.result article')].map((a) =>
    a.getAttribute('aria-labelledby')!.replace('result-', ''),
  );
export const status = (el: HTMLElement) => [...root(el).querySelectorAll('[role="status"]')][0]!.textContent!.trim();

export const LOADING = ['Loading the services…', 'Cargando los servicios…'];

/** Types into the search box, then waits for the search engine (fetched at idle) to have answered. */
export async function type(el: HartResourceFinder, text: string) {
  $<HTMLInputElement>(el, '#search')!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
  await waitUntil(() => !LOADING.includes($(el, '[part="count"]')!.textContent!), 'the search never answered', {
    timeout: 10000,
  });
  await el.updateComplete;
}

export async function waitForCount(el: HartResourceFinder, expected: string) {
  await waitUntil(() => status(el) === expected, `live region says "${status(el)}", expected "${expected}"`, {
    timeout: ANNOUNCE_DELAY_MS * 4,
  });
}
