// Its own file, so its own page: the built-in quiz's chunk has never been loaded here.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../packages/elements/src/hart-red-flag-quiz.js';
import type { HartRedFlagQuiz } from '../../packages/elements/src/red-flag-quiz/red-flag-quiz.js';
import type { HartErrorEvent } from '../../packages/elements/src/shared/events.js';
import { captureConsole } from '../support/quick-exit.js';
import { resetLocale, setPageLang } from '../support/locale.js';

/** Makes the built-in quiz unreachable, as a connection lost after the widget's own file arrived. */
const blockQuiz = (blocked: boolean) =>
  executeServerCommand('block-urls', { urls: blocked ? ['*/quizzes/youth-online-safety*'] : [] });

describe('<hart-red-flag-quiz> when its built-in quiz cannot be loaded (issue #20)', () => {
  afterEach(async () => {
    await blockQuiz(false);
    document.body.replaceChildren();
    await resetLocale();
  });

  it('replaces a pre-rendered snapshot with what failed, the help lines and quick exit, fires hart-error, and tries again when back online', async () => {
    await blockQuiz(true);
    const errors = captureConsole('error');
    try {
      const host = document.createElement('div');
      document.body.append(host);
      host.setHTMLUnsafe(
        '<hart-red-flag-quiz><template shadowrootmode="open"><section part="container"><p id="snapshot">Snapshot: Question 1 of 6</p></section></template></hart-red-flag-quiz>',
      );
      const el = host.firstElementChild as HartRedFlagQuiz;
      let reported = 0;
      el.addEventListener('hart-error', () => reported++);
      const error = (await oneEvent(el, 'hart-error')) as HartErrorEvent;
      expect(error.code).to.equal('data-load');
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('#snapshot'), 'the snapshot is gone').to.equal(null);
      expect(root.textContent).to.match(/The quiz could not be loaded/);
      expect(root.textContent).not.to.match(/Loading the quiz/);
      expect(root.querySelectorAll('.help a[href^="tel:"]').length, 'help lines to call').to.be.greaterThan(0);
      expect(root.querySelector('[part~="exit-button"]'), 'quick exit').to.not.equal(null);
      expect(errors.lines.join('\n')).to.match(/could not be loaded/);
      await expect(el).to.be.accessible();
      await setPageLang('es');
      await el.updateComplete;
      expect(root.textContent).to.match(/No se pudo cargar el cuestionario/);
      await expect(el).to.be.accessible();
      // Back online: the quiz loads and replaces the message.
      await blockQuiz(false);
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => root.querySelector('fieldset'), 'the quiz loaded once the device was back online', {
        timeout: 5000,
      });
      expect(root.textContent).not.to.match(/No se pudo cargar/);
      expect(reported, 'reported once').to.equal(1);
      await expect(el).to.be.accessible();
    } finally {
      errors.restore();
    }
  });
});
