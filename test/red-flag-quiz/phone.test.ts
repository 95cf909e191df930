import { expect, html, waitUntil } from '@open-wc/testing';
import '../../packages/elements/src/hart-red-flag-quiz.js';
import { type HartRedFlagQuiz, quizStorageKey } from '../../packages/elements/src/red-flag-quiz/red-flag-quiz.js';
import { quiz as youthQuiz } from '../../packages/sdk/src/data/quizzes/youth-online-safety.js';
import { required, root, textOf } from '../support/dom.js';
import { PHONES, leavePhone, openOnPhone, settle, tapInView } from '../support/phone.js';

/**
 * Issue #23: a young person on a phone answers "Choose all that apply" (the sextortion steps of the
 * youth quiz) on a school page, by tapping, partly right. After "Check answer" the feedback must
 * start below the quiz's sticky title line, and must say which answers were right and which missed.
 */
const QUESTION = youthQuiz.questions.findIndex((q) => q.id === 'sextortion-steps');

/** The school page on a phone: some text, the quiz already at the multiple-answer question (remembered progress), more text. */
async function schoolPage(test: Mocha.Context, lang: 'en' | 'es', phone: (typeof PHONES)[number]) {
  const order = Object.fromEntries(youthQuiz.questions.map((q) => [q.id, q.choices.map((c) => c.id)]));
  sessionStorage.setItem(
    quizStorageKey(youthQuiz.id),
    JSON.stringify({ index: QUESTION, answers: { x: ['a'] }, checked: false, order }),
  );
  // Taps are all the test needs of a phone: it runs in every engine, touch media emulated or not.
  const page = await openOnPhone<HTMLElement>(
    test,
    lang,
    phone,
    html`<div>
      <p style="margin: 0 0 16px; min-height: 500px">Our school's page about staying safe online.</p>
      <hart-red-flag-quiz remember></hart-red-flag-quiz>
      <p style="min-height: 200px">More of the school page.</p>
    </div>`,
    { touchMedia: 'optional' },
  );
  const el = page.querySelector<HartRedFlagQuiz>('hart-red-flag-quiz')!;
  await waitUntil(() => root(el).querySelector('fieldset'), 'the quiz did not load', { timeout: 10000 });
  await el.updateComplete;
  await settle();
  return { page, el };
}

/** Scrolls so the node sits at the bottom of the screen, as after reading down to it, then taps it. */
const scrollAndTap = (node: HTMLElement) => tapInView(node, 'end');

describe('the quiz on a phone, "Choose all that apply" (issue #23)', () => {
  afterEach(async () => {
    sessionStorage.clear();
    await leavePhone();
  });

  for (const lang of ['en', 'es'] as const) {
    for (const phone of PHONES) {
      const at = `${lang} ${phone.width}×${phone.height}`;
      it(`${at}: partly right, tapped: the feedback starts below the sticky title and says what was right and what was missed; axe`, async function () {
        // The first test waits for the questions' chunk, transformed on first request by a busy test server.
        this.timeout(30000);
        const { page, el } = await schoolPage(this, lang, phone);
        const question = youthQuiz.questions[QUESTION]!;
        expect(textOf(required(el, 'legend')), at).to.equal(question.prompt[lang]);
        // "Tell a trusted adult" (right) and "Send more photos" (not right); NCMEC and evidence missed.
        for (const id of ['a', 'c']) await scrollAndTap(required(el, `label[for="choice-${id}"]`));
        expect(
          [...root(el).querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value),
          `${at}: ticked`,
        ).to.deep.equal(['a', 'c']);
        await expect(el).to.be.accessible();

        await scrollAndTap(required(el, 'button[type="submit"]'));
        const feedback = required(el, '[part="feedback"]');
        const headBottom = required(el, '.panel-head').getBoundingClientRect().bottom;
        const feedbackTop = feedback.getBoundingClientRect().top;
        console.log(
          `quiz feedback ${at}: sticky head bottom ${headBottom.toFixed(1)}, feedback top ${feedbackTop.toFixed(1)}`,
        );
        expect(
          feedbackTop,
          `${at}: feedback top ${feedbackTop.toFixed(1)}, sticky head bottom ${headBottom.toFixed(1)}`,
        ).to.be.at.least(headBottom);
        expect(feedbackTop, `${at}: feedback on screen`).to.be.below(innerHeight);
        expect(root(el).activeElement?.id, `${at}: focus on Next`).to.equal('next');
        const next = required(el, '#next').getBoundingClientRect();
        expect(next.bottom <= innerHeight && next.top >= headBottom, `${at}: Next on screen`).to.equal(true);

        const choice = (id: string) => question.choices.find((c) => c.id === id)!.text[lang];
        const said = textOf(feedback);
        const expected =
          lang === 'es'
            ? [
                `Acertaste: ${choice('a')}.`,
                `Te faltó: ${choice('b')}; ${choice('d')}.`,
                `No es una respuesta correcta: ${choice('c')}.`,
              ]
            : [
                `You got right: ${choice('a')}.`,
                `You missed: ${choice('b')}; ${choice('d')}.`,
                `Not a right answer: ${choice('c')}.`,
              ];
        for (const part of expected) expect(said, at).to.contain(part);
        await expect(el).to.be.accessible();
        page.remove();
      });
    }
  }
});
