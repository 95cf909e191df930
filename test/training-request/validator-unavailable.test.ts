// Its own file, so its own page: the form's validator has never been loaded here.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '../support/commands.js';
import '../../packages/elements/src/hart-training-request.js';
import type { HartTrainingRequest } from '../../packages/elements/src/training-request/training-request.js';
import { captureConsole } from '../support/quick-exit.js';
import { $, text } from '../support/dom.js';

/** Makes the validator's chunk (and what it imports) unreachable, as a CDN hiccup would. */
const blockValidator = (blocked: boolean) =>
  executeServerCommand('block-urls', {
    urls: blocked
      ? ['*/training-request/check-and-send*', '*/training-request/result-view*', '*/node_modules/zod/*']
      : [],
  });

describe('<hart-training-request> when its validator cannot be loaded', () => {
  afterEach(() => blockValidator(false));

  it('says so in the error summary, keeps what was typed, and loses nothing', async () => {
    await blockValidator(true);
    const errors = captureConsole('error');
    try {
      const el = await fixture<HartTrainingRequest>(html`<hart-training-request no-exit></hart-training-request>`);
      $<HTMLInputElement>(el, '#organization')!.focus();
      await sendKeys({ type: 'Hartford Public Library' });
      $<HTMLButtonElement>(el, '#submit')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(el, '#error-summary [role="alert"]'), 'no error summary', { timeout: 10000 });
      expect(text(el, '#error-summary [role="alert"]')).to.equal(
        'The form could not be checked. Check your connection and try again.',
      );
      expect($(el, '#error-summary')!.hidden).to.equal(false);
      expect(el.shadowRoot!.activeElement?.id, 'focus on the summary').to.equal('error-summary');
      expect($<HTMLInputElement>(el, '#organization')!.value, 'what was typed is kept').to.equal(
        'Hartford Public Library',
      );
      expect($(el, '#result')!.hidden).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      errors.restore();
    }
  });
});
