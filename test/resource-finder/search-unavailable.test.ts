// Its own file, so its own page: the search engine has never been loaded here.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '../support/commands.js';
import '../../packages/elements/src/hart-resource-finder.js';
import type { HartResourceFinder } from '../../packages/elements/src/resource-finder/resource-finder.js';
import type { HartErrorEvent } from '../../packages/elements/src/shared/events.js';
import { captureConsole } from '../support/quick-exit.js';
import { $ } from '../support/dom.js';

const count = (el: HTMLElement) => $(el, '[part="count"]')!.textContent;
/** Makes the search engine unreachable, as a connection lost before the page went idle would. */
const blockSearch = (blocked: boolean) =>
  executeServerCommand('block-urls', {
    urls: blocked ? ['*/resource-finder/search.*', '*/sdk/src/search.ts*', '*/sdk/dist/search.js*'] : [],
  });

describe('<hart-resource-finder> when its search engine cannot be loaded', () => {
  afterEach(() => blockSearch(false));

  it('keeps the filtered list, says so once in the console and a hart-error, and tries again on the next word', async () => {
    await blockSearch(true);
    const errors = captureConsole('error');
    try {
      const el = await fixture<HartResourceFinder>(
        html`<hart-resource-finder category="legal"></hart-resource-finder>`,
      );
      const legal = count(el);
      let reported = 0;
      el.addEventListener('hart-error', () => reported++);
      const first = oneEvent(el, 'hart-error') as Promise<HartErrorEvent>;
      $<HTMLInputElement>(el, '#search')!.focus();
      await sendKeys({ type: 'abogado' });
      const error = await first;
      expect(error.code).to.equal('data-load');
      expect(error.message).to.match(/search could not be loaded/);
      await waitUntil(() => count(el) === legal, 'the filtered list is shown');
      expect(reported, 'reported once').to.equal(1);
      expect($<HTMLInputElement>(el, '#search')!.value, 'what was typed is kept').to.equal('abogado');
      // Back online: the next word loads the engine and searches.
      await blockSearch(false);
      await sendKeys({ type: ' lawyer' });
      await waitUntil(
        () => el.shadowRoot!.querySelectorAll('.result').length > 0 && !/Loading/.test(count(el)!),
        'searched once the engine loads',
        { timeout: 5000 },
      );
      expect(reported, 'still once: not on every word, not in a loop, not on recovery').to.equal(1);
      await expect(el).to.be.accessible();
    } finally {
      errors.restore();
    }
  });
});
