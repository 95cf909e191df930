import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { HartErrorEvent, HartQuickExitEvent } from '../../packages/elements/src/shared/events.js';
import { DEFAULT_EXIT_URL } from '../../packages/elements/src/shared/quick-exit-text.js';
import { sendKeys, tap } from './commands.js';
import { $, focused } from './dom.js';
import { resetLocale, setPageLang } from './locale.js';
import { captureConsole, watchExitNavigation } from './quick-exit.js';

export interface QuickExitSuiteOptions {
  /** The element with the given attributes (e.g. `exit-url`, `no-exit`), as a partner pastes it. */
  render(attributes: { exitUrl?: string; noExit?: boolean }): TemplateResult;
  /** Resolves once the element shows what a person first sees (a quiz, a list, a form). */
  ready?(el: HTMLElement): Promise<unknown>;
}

const LABEL = { en: 'Quick exit', es: 'Salida rápida' } as const;
const exitButton = (el: HTMLElement) => $<HTMLButtonElement>(el, '[part="exit-button"]');

/**
 * The same quick-exit promise, tested the same way for every element (material-web's
 * `createFormTests` is the model): first tab stop, named in the page's language, leaves by
 * keyboard and by tap for the partner's exit URL, refuses a URL that is not https, can be
 * cancelled by the page, and goes away with `no-exit`.
 */
export function describeQuickExit(tag: string, options: QuickExitSuiteOptions): void {
  const mount = async (attributes: { exitUrl?: string; noExit?: boolean } = {}) => {
    const el = await fixture<HTMLElement>(options.render(attributes));
    await options.ready?.(el);
    return el;
  };

  describe(`<${tag}>: quick exit`, () => {
    let nav: ReturnType<typeof watchExitNavigation>;
    beforeEach(() => {
      nav = watchExitNavigation();
    });
    afterEach(async () => {
      nav.restore();
      await resetLocale();
    });

    for (const lang of ['en', 'es'] as const) {
      it(`is the first tab stop, named "${LABEL[lang]}", and leaves with Enter for the partner's exit URL (${lang})`, async () => {
        await setPageLang(lang);
        const before = document.createElement('button');
        before.textContent = 'before';
        document.body.prepend(before);
        try {
          const el = await mount({ exitUrl: 'https://weather.example/' });
          await expect(el, `${tag} ${lang}`).to.be.accessible();
          before.focus();
          await sendKeys({ press: 'Tab' });
          const button = exitButton(el);
          expect(focused(el), 'the first tab stop').to.equal(button);
          expect(button!.textContent!.trim()).to.equal(LABEL[lang]);
          const event = oneEvent(el, 'hart-quick-exit') as Promise<HartQuickExitEvent>;
          await sendKeys({ press: 'Enter' });
          const fired = await event;
          expect(fired.trigger).to.equal('button');
          expect(nav.urls).to.deep.equal(['https://weather.example/']);
        } finally {
          before.remove();
        }
      });
    }

    it('leaves with one tap', async () => {
      const el = await mount({ exitUrl: 'https://weather.example/' });
      await tap(exitButton(el)!);
      await waitUntil(() => nav.urls.length > 0, 'the tap left the page');
      expect(nav.urls).to.deep.equal(['https://weather.example/']);
    });

    it('refuses an exit-url that is not https, says so, and leaves for the neutral default', async () => {
      const errors = captureConsole('error');
      const reported: string[] = [];
      const listen = (e: Event) => reported.push((e as HartErrorEvent).message);
      document.addEventListener('hart-error', listen);
      try {
        const el = await mount({ exitUrl: 'javascript:alert(1)' });
        expect(errors.lines.join(), 'console').to.include('exit-url="javascript:alert(1)" is not an https: URL');
        expect(reported.join(), 'hart-error').to.include('exit-url="javascript:alert(1)" is not an https: URL');
        exitButton(el)!.click();
        expect(nav.urls).to.deep.equal([DEFAULT_EXIT_URL]);
      } finally {
        document.removeEventListener('hart-error', listen);
        errors.restore();
      }
    });

    it('stays when the page cancels hart-quick-exit', async () => {
      const el = await mount();
      el.addEventListener('hart-quick-exit', (e) => e.preventDefault());
      exitButton(el)!.click();
      expect(nav.urls).to.deep.equal([]);
      expect(document.querySelector('[data-hart-quick-exit-overlay]')).to.equal(null);
    });

    it('no-exit removes the button', async () => {
      const el = await mount({ noExit: true });
      expect(exitButton(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
}
