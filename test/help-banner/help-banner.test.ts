import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../packages/elements/src/hart-help-banner.js';
import { HartHelpBanner } from '../../packages/elements/src/help-banner/help-banner.js';
import { HartErrorEvent } from '../../packages/elements/src/shared/events.js';
import { setLocale } from '../../packages/elements/src/shared/locale.js';
import { resetQuickExit } from '../../packages/elements/src/shared/quick-exit.js';
import { captureConsole } from '../support/quick-exit.js';
import { setPageLang } from '../support/locale.js';
import { useBannerTestPage, exitButton, lineIds, links, pressShift, status } from './banner-helpers.js';
import { root } from '../support/dom.js';

describe('<hart-help-banner>', () => {
  useBannerTestPage();

  describe('rendering from data', () => {
    it('shows 911, the national hotline and the DCF Careline as call and text links', async () => {
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner></hart-help-banner>`);
      expect(lineIds(el)).to.deep.equal(['emergency-911', 'national-human-trafficking-hotline', 'dcf-careline']);
      expect(links(el)).to.deep.equal([
        ['Call 911', 'tel:911'],
        ['Text 911', 'sms:911'],
        ['Call 1-888-373-7888', 'tel:+18883737888'],
        ['Text 233733', 'sms:233733'],
        ['Call 1-800-842-2288', 'tel:+18008422288'],
      ]);
      expect(root(el).textContent).to.include('You know of a child who is being victimized.');
    });

    it('is a region named by its heading', async () => {
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner></hart-help-banner>`);
      const region = root(el).querySelector('section')!;
      const heading = root(el).getElementById(region.getAttribute('aria-labelledby')!)!;
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent).to.equal('Get help now');
      expect(root(el).querySelector('ul')!.children).to.have.length(3);
    });

    it('renders data text as text, never as markup', async () => {
      const data = {
        hotlines: [
          {
            id: 'x',
            name: { en: '<img src=x onerror=alert(1)>', es: 'x' },
            whenToUse: { en: 'w', es: 'w' },
            phone: '911',
          },
        ],
      };
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner lines="x" .data=${data}></hart-help-banner>`);
      expect(root(el).querySelector('img')).to.equal(null);
      expect(root(el).querySelector('.name')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    });

    it("data set by script meets the model's rules: no mailto injection or non-number reaches an href, and a hart-error says what", async () => {
      const data = {
        hotlines: [
          {
            id: 'x',
            name: { en: 'X', es: 'X' },
            whenToUse: { en: 'w', es: 'w' },
            phone: 'javascript:alert(1)',
            email: 'help@x.example?bcc=someone%40evil.example&body=hi',
            sms: '233733',
          },
        ],
      };
      const errors = captureConsole('error');
      try {
        const el = document.createElement('hart-help-banner') as HartHelpBanner;
        el.setAttribute('lines', 'x');
        el.data = data as never;
        const event = oneEvent(el, 'hart-error') as Promise<HartErrorEvent>;
        document.body.append(el);
        const error = await event;
        expect(error.code).to.equal('invalid-data');
        expect(error.message).to.contain('x.phone').and.contain('x.email');
        await el.updateComplete;
        expect(links(el)).to.deep.equal([['Text 233733', 'sms:233733']]);
        el.remove();
      } finally {
        errors.restore();
      }
    });

    it('uses the keyword in the sms link when a line has one', async () => {
      const data = {
        hotlines: [
          { id: 'k', name: { en: 'K', es: 'K' }, whenToUse: { en: 'w', es: 'w' }, sms: '233733', smsKeyword: 'HELP' },
        ],
      };
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner lines="k" .data=${data}></hart-help-banner>`);
      expect(links(el)).to.deep.equal([['Text HELP to 233733', 'sms:233733?&body=HELP']]);
    });
  });

  describe('attributes', () => {
    it('lines chooses hotlines and their order', async () => {
      const el = await fixture<HartHelpBanner>(
        html`<hart-help-banner lines="dcf-careline, emergency-911 dcf-hart-email"></hart-help-banner>`,
      );
      expect(lineIds(el)).to.deep.equal(['dcf-careline', 'emergency-911', 'dcf-hart-email']);
      expect(links(el)).to.deep.include(['DCFHART@ct.gov', 'mailto:DCFHART@ct.gov']);
    });

    it('reports unknown line ids (console and hart-error) and shows the rest', async () => {
      const errors = captureConsole('error');
      try {
        const el = document.createElement('hart-help-banner');
        el.setAttribute('lines', 'dcf-careline nope');
        const event = oneEvent(el, 'hart-error') as Promise<HartErrorEvent>;
        document.body.append(el);
        const error = await event;
        expect(error).to.be.instanceOf(HartErrorEvent);
        expect(error.code).to.equal('invalid-attribute');
        expect(error.message).to.include('no hotline with id "nope"');
        expect(errors.lines.join()).to.include('no hotline with id "nope"');
        await el.updateComplete;
        expect(lineIds(el)).to.deep.equal(['dcf-careline']);
        el.remove();
      } finally {
        errors.restore();
      }
    });

    it('falls back to the default lines when none is known', async () => {
      const errors = captureConsole('error');
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner lines="nope"></hart-help-banner>`);
      errors.restore();
      expect(lineIds(el)).to.have.length(3);
    });

    it('reports an unknown variant and shows inline', async () => {
      const errors = captureConsole('error');
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner variant="huge"></hart-help-banner>`);
      errors.restore();
      expect(errors.lines.join()).to.include('variant="huge" is not one of inline, bar, compact');
      expect(el.variant).to.equal('inline');
    });
  });

  describe('variants', () => {
    it('bar is fixed to the bottom of the viewport and reserves its height at the end of the page, not where the tag sits', async () => {
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner variant="bar"></hart-help-banner>`);
      await nextFrame();
      const bar = root(el).querySelector<HTMLElement>('.banner')!;
      expect(getComputedStyle(bar).position).to.equal('fixed');
      expect(Math.round(bar.getBoundingClientRect().bottom)).to.equal(window.innerHeight);
      expect(el.getBoundingClientRect().height, 'no room taken where the tag sits').to.equal(0);
      const spacer = document.body.lastElementChild!;
      expect(spacer.hasAttribute('data-hart-bar-space'), 'a spacer last in the body').to.equal(true);
      expect(Math.abs(spacer.getBoundingClientRect().height - bar.getBoundingClientRect().height)).to.be.lessThan(1);
    });

    it('compact is one line on a wide screen, keeping "when to use" for screen readers', async () => {
      const el = await fixture<HartHelpBanner>(
        html`<div style="width: 1400px"><hart-help-banner variant="compact"></hart-help-banner></div>`,
      );
      const banner = el.querySelector('hart-help-banner')!;
      const when = root(banner).querySelector('.when')!;
      expect(when.classList.contains('visually-hidden')).to.equal(true);
      expect(when.textContent).to.include('not safe');
      const tops = new Set(
        [...root(banner).querySelectorAll('a, button')].map((n) => Math.round(n.getBoundingClientRect().top / 10)),
      );
      expect(tops.size, 'controls on one line').to.be.at.most(2);
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      for (const variant of ['inline', 'bar', 'compact']) {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: 320px"><hart-help-banner variant=${variant}></hart-help-banner></div>`,
        );
        const banner = wrapper.querySelector('hart-help-banner')!;
        await banner.updateComplete;
        const box = root(banner).querySelector<HTMLElement>('.banner')!;
        expect(box.scrollWidth, variant).to.be.at.most(box.clientWidth + 1);
      }
    });

    it('gives every control a target of at least 24 × 24 px', async () => {
      for (const variant of ['inline', 'bar', 'compact']) {
        const el = await fixture<HartHelpBanner>(html`<hart-help-banner variant=${variant}></hart-help-banner>`);
        // The bar on this screen (under 1280 × 720) shows its hotlines behind a button: open it.
        root(el).querySelector<HTMLButtonElement>('.lines-toggle')?.click();
        await el.updateComplete;
        for (const control of root(el).querySelectorAll('a, button')) {
          const { width, height } = control.getBoundingClientRect();
          expect(width >= 24 && height >= 24, `${variant}: ${control.textContent} is ${width}×${height}`).to.equal(
            true,
          );
        }
      }
    });
  });

  describe('fallback content', () => {
    it('shows the light-DOM fallback before upgrade and hides it after', async () => {
      const tag = 'hart-help-banner-late';
      const wrapper = await fixture<HTMLElement>(
        html`<div><hart-help-banner-late><p>Not safe? Call or text 911.</p></hart-help-banner-late></div>`,
      );
      const host = wrapper.firstElementChild as HTMLElement;
      const fallback = host.querySelector('p')!;
      expect(fallback.getClientRects().length).to.be.greaterThan(0);
      customElements.define(tag, class extends HartHelpBanner {});
      await (host as HartHelpBanner).updateComplete;
      expect(fallback.getClientRects().length, 'fallback hidden after upgrade').to.equal(0);
      expect(lineIds(host)).to.have.length(3);
    });
  });

  describe('localization', () => {
    it('follows <html lang="es">', async () => {
      await setPageLang('es');
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner></hart-help-banner>`);
      await nextFrame();
      expect(root(el).querySelector('h2')!.textContent).to.equal('Ayuda inmediata');
      expect(exitButton(el)!.textContent).to.equal('Salida rápida');
      expect(links(el)[2]).to.deep.equal(['Llamar al 1-888-373-7888', 'tel:+18883737888']);
      expect(root(el).textContent).to.include('Línea Nacional contra la Trata de Personas');
    });

    it('follows a live change of <html lang>', async () => {
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner></hart-help-banner>`);
      expect(exitButton(el)!.textContent).to.equal('Quick exit');
      await setPageLang('es-MX');
      expect(exitButton(el)!.textContent).to.equal('Salida rápida');
      await setPageLang('en');
      expect(exitButton(el)!.textContent).to.equal('Quick exit');
    });

    it('can be pinned to Spanish on an English page with <meta name="hart-locale">', async () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'hart-locale', content: 'es' });
      document.head.append(meta);
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner></hart-help-banner>`);
      await nextFrame();
      expect(exitButton(el)!.textContent).to.equal('Salida rápida');
    });

    it('can be pinned with setLocale()', async () => {
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner></hart-help-banner>`);
      await setLocale('es');
      await el.updateComplete;
      expect(exitButton(el)!.textContent).to.equal('Salida rápida');
      await setPageLang('en');
      expect(exitButton(el)!.textContent, 'the pin wins over the page').to.equal('Salida rápida');
    });

    it('falls back to English for an unknown locale, with one console warning', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = await fixture<HartHelpBanner>(html`<hart-help-banner></hart-help-banner>`);
        await setPageLang('fr');
        await setPageLang('fr-CA');
        expect(exitButton(el)!.textContent).to.equal('Quick exit');
        expect(warnings.lines.filter((l) => l.includes('"fr'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('leaves no English in the Spanish rendering', async () => {
      await setPageLang('es');
      const el = await fixture<HartHelpBanner>(
        html`<hart-help-banner lines="emergency-911 national-human-trafficking-hotline dcf-careline dcf-hart-email"></hart-help-banner>`,
      );
      await nextFrame();
      const text = root(el).textContent!;
      for (const english of ['Call', 'Text ', 'Get help', 'Quick exit', 'press Shift', 'You ', 'child', 'Hotline']) {
        expect(text, english).not.to.include(english);
      }
    });
  });

  describe('a language switch in the middle of use (issues #14, #15)', () => {
    it('keeps focus on the exit button, which now speaks Spanish', async () => {
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner></hart-help-banner>`);
      const button = exitButton(el)!;
      button.focus();
      await setPageLang('es');
      await el.updateComplete;
      expect(root(el).activeElement, 'the same button keeps focus').to.equal(button);
      expect(button.textContent!.trim()).to.equal('Salida rápida');
      await expect(el).to.be.accessible();
    });

    it('the bar keeps its reserved space after the switch', async () => {
      const el = await fixture<HartHelpBanner>(html`<hart-help-banner variant="bar"></hart-help-banner>`);
      await nextFrame();
      const reserved = () => parseFloat(getComputedStyle(el).getPropertyValue('--_bar-height'));
      expect(reserved()).to.be.greaterThan(20);
      await setPageLang('es');
      await el.updateComplete;
      await nextFrame();
      await nextFrame();
      const bar = root(el).querySelector<HTMLElement>('.banner')!;
      expect(reserved(), "the space reserved is the live bar's height").to.equal(bar.offsetHeight);
      expect(reserved()).to.be.greaterThan(20);
      el.remove();
    });
  });

  describe('packaging', () => {
    it('does not throw when the define module runs twice', async () => {
      // A second copy of the define module (a different URL is a different module instance).
      await import('../../packages/elements/src/hart-help-banner.js?second-copy' as string);
      expect(customElements.get('hart-help-banner')).to.equal(HartHelpBanner);
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['en', 'es']) {
      for (const variant of ['inline', 'bar', 'compact']) {
        it(`${variant} in ${lang}`, async () => {
          await setPageLang(lang);
          const el = await fixture<HartHelpBanner>(html`<hart-help-banner variant=${variant}></hart-help-banner>`);
          await nextFrame();
          await expect(el).to.be.accessible();
        });
      }
      it(`while announcing quick exit presses, in ${lang}`, async () => {
        await setPageLang(lang);
        const el = await fixture<HartHelpBanner>(
          html`<hart-help-banner lines="emergency-911 dcf-hart-email"></hart-help-banner>`,
        );
        await pressShift();
        await el.updateComplete;
        expect(status(el)).not.to.equal('');
        await expect(el).to.be.accessible();
        resetQuickExit();
      });
    }
  });
});
