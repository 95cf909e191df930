// GOV.UK Frontend's model: the examples that feed the stories and the docs are also the
// accessibility tests. Every example, as a webmaster pastes it, in both languages, on a phone and
// on a desktop, must be axe-clean once it shows what a person first sees.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../packages/elements/src/define-all.js';
import {
  helpBannerExamples,
  redFlagQuizExamples,
  resourceFinderExamples,
  trainingRequestExamples,
} from '../../stories/examples.js';
import { setViewport } from '../support/commands.js';
import { resetLocale, setPageLang } from '../support/locale.js';

const LOADING = /Loading|Cargando/;
const all = [...helpBannerExamples, ...redFlagQuizExamples, ...resourceFinderExamples, ...trainingRequestExamples];

describe('every example in stories/examples.ts is accessible', () => {
  afterEach(async () => {
    await resetLocale();
    await setViewport({ width: 1280, height: 800 });
  });

  for (const viewport of [
    { width: 320, height: 568 },
    { width: 1280, height: 800 },
  ]) {
    for (const lang of ['en', 'es'] as const) {
      for (const example of all) {
        it(`${example.name} (${lang}, ${viewport.width}×${viewport.height})`, async () => {
          await setViewport(viewport);
          await setPageLang(lang);
          const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(example.html);
          await el.updateComplete;
          await waitUntil(
            () => el.shadowRoot?.textContent && !LOADING.test(el.shadowRoot.textContent),
            `${example.name} is still loading`,
            { timeout: 5000 },
          );
          expect(el.shadowRoot!.textContent, 'it speaks the page language').to.match(
            lang === 'es' ? /Salida rápida|Llame|línea/i : /Quick exit|Call|line/i,
          );
          await expect(el, example.name).to.be.accessible();
        });
      }
    }
  }
});
