import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { setViewport, tap } from '../support/commands.js';
// The minified CDN bundle a partner page loads (run `npm run build` first): its HTML minifier drops
// a template's leading space, which the TypeScript sources the other tests import still have.
import '../../packages/elements/dist/cdn/hart-elements.js';
import { resetLocale, setPageLang } from '../support/locale.js';

/** Issue #23: "evidence(correct answer)", "Phone number(optional)" — in the shipped bundle, en and es. */
const words = (node: Element) => (node as HTMLElement).innerText.replace(/\s+/g, ' ').trim();

describe('spaces in the CDN bundle (issue #23)', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await resetLocale();
  });

  for (const lang of ['en', 'es']) {
    it(`the quiz marks "(your answer)" and "(correct answer)" after a space, tapped on a phone (${lang}); axe`, async () => {
      await setViewport({ width: 320, height: 568 });
      await setPageLang(lang);
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<hart-red-flag-quiz src="/test/fixtures/custom-quiz.json"></hart-red-flag-quiz>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('fieldset'), 'the quiz did not load', { timeout: 5000 });
      const label = (id: string) => el.shadowRoot!.querySelector<HTMLElement>(`label[for="choice-${id}"]`)!;
      label('b').scrollIntoView({ block: 'center' });
      await tap(label('b'));
      const check = el.shadowRoot!.querySelector<HTMLElement>('button[type="submit"]')!;
      check.scrollIntoView({ block: 'center' });
      await tap(check);
      await el.updateComplete;
      await nextFrame();
      const [yes, no] = lang === 'es' ? ['Sí', 'No'] : ['Yes', 'No'];
      const [yours, right] =
        lang === 'es' ? ['(respuesta elegida)', '(respuesta correcta)'] : ['(your answer)', '(correct answer)'];
      expect(words(label('a'))).to.equal(`${yes} ${right}`);
      expect(words(label('b'))).to.equal(`${no} ${yours}`);
      await expect(el).to.be.accessible();
    });

    it(`the form's optional fields read "Phone number (optional)" (${lang}); axe`, async () => {
      await setPageLang(lang);
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<hart-training-request></hart-training-request>`,
      );
      await el.updateComplete;
      const phone = el.shadowRoot!.querySelector<HTMLElement>('label[for="phone"]')!;
      expect(words(phone)).to.equal(lang === 'es' ? 'Número de teléfono (opcional)' : 'Phone number (optional)');
      for (const optional of el.shadowRoot!.querySelectorAll('.optional')) {
        expect(words(optional.parentElement!), 'a space before the parenthesis').to.match(/\S \(/);
      }
      await expect(el).to.be.accessible();
    });
  }
});
