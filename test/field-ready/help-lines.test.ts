// Issue #23: in the finder's empty state the hotline links ran together, "Call 911Text 911",
// "Call 1-888-373-7888Text 233733": the CDN bundles minify their templates, which drops the
// whitespace between tags the source had. So this reads the CDN bundle a partner page loads
// (`npm run build` first), everywhere hotlines are listed: the finder, the quiz's results and the banner.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../support/commands.js';
import '../../packages/elements/dist/cdn/hart-elements.js';
import { resetLocale, setPageLang } from '../support/locale.js';
import { required } from '../support/dom.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** For each list item holding two or more links: what a person reads, with links that touch each other. */
function runTogether(el: Widget): string[] {
  const touching: string[] = [];
  for (const item of el.shadowRoot!.querySelectorAll('li')) {
    const links = [...item.querySelectorAll('a')];
    const read = item.innerText.replace(/\s+/g, ' ');
    for (let i = 1; i < links.length; i++) {
      const pair = `${links[i - 1]!.innerText.trim()}${links[i]!.innerText.trim()}`;
      if (read.includes(pair)) touching.push(read);
    }
  }
  return touching;
}

describe('hotline links are separated wherever they are listed (CDN bundle)', () => {
  afterEach(() => resetLocale());

  for (const lang of ['en', 'es']) {
    it(`${lang}: the finder's empty state; axe`, async () => {
      await setPageLang(lang);
      const finder = await fixture<Widget>(html`<hart-resource-finder></hart-resource-finder>`);
      await finder.updateComplete;
      required(finder, '#search').focus();
      await sendKeys({ type: 'xyzzy' });
      await waitUntil(() => finder.shadowRoot!.querySelector('.help li'), 'the empty state', { timeout: 10000 });
      await finder.updateComplete;
      const items = [...finder.shadowRoot!.querySelectorAll<HTMLElement>('.help li')];
      expect(items.length).to.equal(3);
      expect(runTogether(finder)).to.deep.equal([]);
      expect(items[0]!.innerText.replace(/\s+/g, ' ')).to.match(
        lang === 'es' ? /Llamar al 911 · Enviar .*911/ : /Call 911 · Text 911/,
      );
      await expect(finder).to.be.accessible();
    });

    it(`${lang}: the quiz's results; axe`, async () => {
      await setPageLang(lang);
      const quiz = await fixture<Widget>(
        html`<hart-red-flag-quiz src="/test/fixtures/custom-quiz.json"></hart-red-flag-quiz>`,
      );
      await waitUntil(() => quiz.shadowRoot!.querySelector('fieldset'), 'the quiz', { timeout: 10000 });
      for (let question = 0; question < 2; question++) {
        quiz.shadowRoot!.querySelector<HTMLInputElement>('input[name="answer"]')!.focus();
        await sendKeys({ press: 'Space' });
        await sendKeys({ press: 'Enter' });
        await quiz.updateComplete;
        await nextFrame();
        await sendKeys({ press: 'Enter' });
        await quiz.updateComplete;
        await nextFrame();
      }
      await waitUntil(() => quiz.shadowRoot!.querySelector('.help li'), 'the results', { timeout: 10000 });
      expect(quiz.shadowRoot!.querySelectorAll('.help li').length).to.equal(3);
      expect(runTogether(quiz)).to.deep.equal([]);
      await expect(quiz).to.be.accessible();
    });

    it(`${lang}: the banner's lines; axe`, async () => {
      await setPageLang(lang);
      const banner = await fixture<Widget>(html`<hart-help-banner></hart-help-banner>`);
      await banner.updateComplete;
      expect(banner.shadowRoot!.querySelectorAll('li a').length).to.be.at.least(3);
      expect(runTogether(banner)).to.deep.equal([]);
      await expect(banner).to.be.accessible();
    });
  }
});
