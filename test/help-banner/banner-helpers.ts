// What the help banner's tests read and press, shared by its test files.
import { sendKeys } from '../support/commands.js';
import { root } from '../support/dom.js';
import { resetLocale } from '../support/locale.js';
import { resetQuickExit } from '../../packages/elements/src/shared/quick-exit.js';

export const links = (el: HTMLElement) =>
  [...root(el).querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.getAttribute('href')]);
export const lineIds = (el: HTMLElement) =>
  [...root(el).querySelectorAll('[part="line"]')].map((li) => li.getAttribute('data-id'));
export const exitButton = (el: HTMLElement) => root(el).querySelector<HTMLButtonElement>('[part="exit-button"]');
export const status = (el: HTMLElement) => root(el).querySelector('[role="status"]')!.textContent!.trim();

export async function pressShift(times = 1) {
  for (let i = 0; i < times; i++) await sendKeys({ press: 'Shift' });
}

/** Each test starts on a page in English with no quick-exit presses and nothing stored. */
export function useBannerTestPage(): void {
  afterEach(async () => {
    await resetLocale();
    resetQuickExit();
    localStorage.clear();
    sessionStorage.clear();
  });
}
