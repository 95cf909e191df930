// The help banner's quick exit: the button, three Shift presses, the partner's exit URL, what is
// cleared and announced (split from help-banner.test.ts by concern).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createOutbox } from '@ct-hart/sdk/outbox';
import { isHartStorageLocked } from '@ct-hart/sdk/storage';
import { reportEngineLimit, sendKeys } from '../support/commands.js';
import '../../packages/elements/src/hart-help-banner.js';
import { HartHelpBanner, DEFAULT_EXIT_URL } from '../../packages/elements/src/help-banner/help-banner.js';
import { HartQuickExitEvent } from '../../packages/elements/src/shared/events.js';
import { quickExitPressCount } from '../../packages/elements/src/shared/quick-exit.js';
import { watchExitNavigation } from '../support/quick-exit.js';
import { setPageLang } from '../support/locale.js';
import { useBannerTestPage, exitButton, pressShift, status } from './banner-helpers.js';

describe('<hart-help-banner>', () => {
  useBannerTestPage();

  describe('quick exit', () => {
    let nav: ReturnType<typeof watchExitNavigation>;
    beforeEach(() => {
      nav = watchExitNavigation();
    });
    afterEach(() => nav.restore());

    it('leaves with the button: overlay, HART storage cleared, location.replace', async () => {
      localStorage.setItem('ct-hart:training-outbox', '[]');
      sessionStorage.setItem('ct-hart:quiz', '{}');
      localStorage.setItem('host-cart', 'keep me');
      sessionStorage.setItem('host-session', 'keep me too');
      const el = await fixture<HartHelpBanner>(
        html`<hart-help-banner exit-url="https://weather.example/"></hart-help-banner>`,
      );
      const event = oneEvent(el, 'hart-quick-exit') as Promise<HartQuickExitEvent>;
      exitButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      const fired = await event;
      expect(fired.trigger).to.equal('button');
      expect(fired.exitUrl).to.equal('https://weather.example/');
      expect(nav.urls).to.deep.equal(['https://weather.example/']);
      const overlay = document.querySelector('[data-hart-quick-exit-overlay]')!;
      expect(overlay.getAttribute('role')).to.equal('alert');
      const box = overlay.getBoundingClientRect();
      expect(box.width >= innerWidth && box.height >= innerHeight, 'covers the page').to.equal(true);
      expect(localStorage.getItem('ct-hart:training-outbox')).to.equal(null);
      expect(sessionStorage.getItem('ct-hart:quiz')).to.equal(null);
      expect(localStorage.getItem('host-cart')).to.equal('keep me');
      expect(sessionStorage.getItem('host-session')).to.equal('keep me too');
    });

    it("goes back over the page's own history entries (in-page link, pushState) before it replaces, so Back cannot return here", async function () {
      type Entry = { index: number; sameDocument: boolean };
      const navigation = (window as unknown as { navigation?: { currentEntry: Entry; entries(): Entry[] } }).navigation;
      if (!navigation) {
        // No Navigation API (Safari before 26, WebKitGTK): this page's own entries cannot be found
        // without it, so quick exit replaces the current entry at once (docs/browser-support.md).
        await reportEngineLimit(
          this,
          'no Navigation API: quick exit replaces only the current history entry; earlier in-page entries stay behind it',
        );
        history.pushState({}, '', '#results');
        const el = await fixture<HartHelpBanner>(html`<hart-help-banner></hart-help-banner>`);
        exitButton(el)!.click();
        expect(nav.urls, 'replaced at once, without waiting for a traversal').to.deep.equal([DEFAULT_EXIT_URL]);
        return;
      }
      const start = navigation.currentEntry.index;
      history.pushState({}, '', '#results');
      location.hash = '#quiz';
      history.pushState({ step: 2 }, '');
      expect(navigation.currentEntry.index).to.equal(start + 3);
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner></hart-help-banner>`);
      exitButton(el)!.click();
      await waitUntil(() => nav.urls.length === 1, 'quick exit replaced the location');
      const { index } = navigation.currentEntry;
      expect(index).to.be.at.most(start);
      expect(
        index === 0 || !navigation.entries()[index - 1]!.sameDocument,
        'no entry of this page is left behind the one replaced',
      ).to.equal(true);
      expect(nav.urls).to.deep.equal([DEFAULT_EXIT_URL]);
    });

    it('leaves within a bounded wait when a page router holds the traversal back in a navigate handler that never settles (issue #20)', async function () {
      type Navigation = EventTarget & { currentEntry: { index: number } };
      const navigation = (window as unknown as { navigation?: Navigation }).navigation;
      if (!navigation) {
        // No Navigation API (Safari before 26, WebKitGTK): no router can hold a traversal back,
        // because quick exit makes none: it replaces the current entry at once.
        await reportEngineLimit(
          this,
          'no Navigation API: no traversal to hold back; quick exit replaces the current entry at once',
        );
        history.pushState({}, '', '#step-1');
        const el = await fixture<HartHelpBanner>(html`<hart-help-banner></hart-help-banner>`);
        exitButton(el)!.click();
        expect(nav.urls, 'replaced at once').to.deep.equal([DEFAULT_EXIT_URL]);
        return;
      }
      history.pushState({}, '', '#step-1');
      history.pushState({}, '', '#step-2');
      let held = 0;
      const router = (event: Event) => {
        const navigate = event as Event & {
          navigationType: string;
          canIntercept: boolean;
          intercept(options: object): void;
        };
        if (navigate.navigationType !== 'traverse' || !navigate.canIntercept) return;
        held += 1;
        navigate.intercept({ precommitHandler: () => new Promise(() => {}) });
      };
      navigation.addEventListener('navigate', router);
      try {
        const el = await fixture<HartHelpBanner>(html`<hart-help-banner></hart-help-banner>`);
        const pressed = performance.now();
        exitButton(el)!.click();
        await waitUntil(
          () => nav.urls.length === 1,
          'quick exit replaced the location although the router never let go',
          { timeout: 3000 },
        );
        expect(held, 'the router held the traversal').to.equal(1);
        expect(performance.now() - pressed).to.be.below(1500);
        expect(nav.urls).to.deep.equal([DEFAULT_EXIT_URL]);
      } finally {
        navigation.removeEventListener('navigate', router);
      }
    });

    it('sends no Referer to the exit site, and nothing of HART writes storage once it has started', async () => {
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner></hart-help-banner>`);
      exitButton(el)!.click();
      const policies = [...document.querySelectorAll<HTMLMetaElement>('meta[name="referrer"]')].map(
        (meta) => meta.content,
      );
      expect(policies.at(-1)).to.equal('no-referrer');
      expect(isHartStorageLocked()).to.equal(true);
      createOutbox().put({
        idempotencyKey: 'late-delivery-1',
        endpoint: 'https://endpoint.example/',
        request: {} as never,
        queuedAt: new Date().toISOString(),
      });
      expect(localStorage.getItem('ct-hart:training-outbox')).to.equal(null);
      localStorage.setItem('ct-hart:written-by-another-copy', '1');
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(localStorage.getItem('ct-hart:written-by-another-copy'), 'cleared again on pagehide').to.equal(null);
      // The exit itself may come after a traversal over this page's own entries (earlier tests
      // pushed some): wait for it, so it is not made after the test, when it is no longer watched.
      await waitUntil(() => nav.urls.length === 1, 'quick exit replaced the location', { timeout: 3000 });
    });

    it('stays when a listener cancels hart-quick-exit', async () => {
      localStorage.setItem('ct-hart:x', '1');
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner></hart-help-banner>`);
      el.addEventListener('hart-quick-exit', (e) => e.preventDefault());
      exitButton(el)!.click();
      expect(nav.urls).to.deep.equal([]);
      expect(document.querySelector('[data-hart-quick-exit-overlay]')).to.equal(null);
      expect(localStorage.getItem('ct-hart:x')).to.equal('1');
    });

    it('leaves on Shift pressed 3 times, announcing the presses left', async () => {
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner></hart-help-banner>`);
      await pressShift();
      await el.updateComplete;
      expect(status(el)).to.equal('Press Shift 2 more times to leave this page.');
      await pressShift();
      await el.updateComplete;
      expect(status(el)).to.equal('Press Shift 1 more time to leave this page.');
      expect(nav.urls).to.deep.equal([]);
      await pressShift();
      expect(nav.urls).to.deep.equal([DEFAULT_EXIT_URL]);
    });

    it('announces in Spanish on a Spanish page', async () => {
      await setPageLang('es');
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner></hart-help-banner>`);
      await pressShift();
      await el.updateComplete;
      expect(status(el)).to.equal('Faltan 2 pulsaciones de Shift para salir de esta página.');
    });

    it('does not count Shift held for a capital letter, and any other key resets the count', async () => {
      await fixture(html`<hart-help-banner></hart-help-banner>`);
      await pressShift(2);
      expect(quickExitPressCount()).to.equal(2);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'KeyA' });
      await sendKeys({ up: 'Shift' });
      expect(quickExitPressCount()).to.equal(0);
      await pressShift(2);
      await sendKeys({ press: 'KeyB' });
      expect(quickExitPressCount()).to.equal(0);
      await pressShift(2);
      expect(nav.urls).to.deep.equal([]);
    });

    it('starts counting again when more than 5 s pass between presses', async () => {
      await fixture(html`<hart-help-banner></hart-help-banner>`);
      const realNow = Date.now;
      let offset = 0;
      Date.now = () => realNow() + offset;
      try {
        await pressShift(2);
        offset = 5001;
        await pressShift();
        expect(quickExitPressCount()).to.equal(1);
        expect(nav.urls).to.deep.equal([]);
      } finally {
        Date.now = realNow;
      }
    });

    it('fires once for the whole page, however many banners are on it', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><hart-help-banner></hart-help-banner><hart-help-banner variant="compact"></hart-help-banner></div>`,
      );
      let fired = 0;
      wrapper.addEventListener('hart-quick-exit', () => fired++);
      await pressShift(3);
      expect(fired).to.equal(1);
      expect(nav.urls).to.have.length(1);
    });

    it('does nothing on Shift×3 when no element offers quick exit', async () => {
      await fixture(html`<hart-help-banner no-exit></hart-help-banner>`);
      await pressShift(3);
      expect(nav.urls).to.deep.equal([]);
    });
  });
});
