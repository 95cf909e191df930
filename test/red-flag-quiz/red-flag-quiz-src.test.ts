// The quiz with a partner's own quiz (src) and what it keeps private (split from red-flag-quiz.test.ts
// by concern).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../packages/elements/src/hart-red-flag-quiz.js';
import { HartRedFlagQuiz, quizStorageKey } from '../../packages/elements/src/red-flag-quiz/red-flag-quiz.js';
import type { HartErrorEvent } from '../../packages/elements/src/shared/events.js';
import { quiz as youthQuiz } from '../../packages/sdk/src/data/quizzes/youth-online-safety.js';
import { quiz as lodgingQuiz } from '../../packages/sdk/src/data/quizzes/lodging-red-flags.js';
import { captureConsole, watchExitNavigation } from '../support/quick-exit.js';
import { resetLocale } from '../support/locale.js';
import { $, text } from '../support/dom.js';
import { answerByKeyboard, next, ready } from './quiz-helpers.js';

describe('<hart-red-flag-quiz>', () => {
  afterEach(async () => {
    await resetLocale();
    sessionStorage.clear();
    localStorage.clear();
  });

  describe('custom quizzes (src)', () => {
    const cases: [string, string, RegExp][] = [
      [
        'invalid',
        '/test/fixtures/invalid-quiz.json',
        /questions\[1\]\.correct: every correct answer must be the id of one of the choices/,
      ],
      ['404', '/test-endpoint/status/404', /HTTP 404/],
      ['not JSON', '/test-endpoint/not-json', /not valid JSON/],
    ];
    for (const [label, src, problem] of cases) {
      it(`a ${label} quiz: a friendly message, the exact problem in the console and a hart-error, and a built-in quiz`, async () => {
        const errors = captureConsole('error');
        try {
          const el = document.createElement('hart-red-flag-quiz') as HartRedFlagQuiz;
          el.setAttribute('src', src);
          el.setAttribute('quiz', 'lodging-red-flags');
          const event = oneEvent(el, 'hart-error') as Promise<HartErrorEvent>;
          document.body.append(el);
          const error = await event;
          expect(error.message).to.match(problem);
          expect(errors.lines.join('\n')).to.match(problem);
          await ready(el);
          expect(text(el, '.notice')).to.equal('This quiz could not be loaded, so here is one of ours instead.');
          expect(text(el, 'h2')).to.equal(lodgingQuiz.title.en);
          el.remove();
        } finally {
          errors.restore();
        }
      });
    }

    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      it(`quiz="${id}" (a name every object inherits) is an unknown id: a hart-error and the default quiz, no crash`, async () => {
        const errors = captureConsole('error');
        try {
          const el = document.createElement('hart-red-flag-quiz') as HartRedFlagQuiz;
          el.setAttribute('quiz', id);
          const event = oneEvent(el, 'hart-error') as Promise<HartErrorEvent>;
          document.body.append(el);
          expect((await event).message).to.contain(`quiz="${id}" is not a built-in quiz`);
          await ready(el);
          expect(text(el, 'h2')).to.equal(youthQuiz.title.en);
          el.remove();
        } finally {
          errors.restore();
        }
      });
    }

    it('a custom quiz whose first question id is constructor works to the end', async () => {
      const el = await fixture<HartRedFlagQuiz>(
        html`<hart-red-flag-quiz remember src="/test/fixtures/inherited-names-quiz.json"></hart-red-flag-quiz>`,
      );
      await ready(el);
      expect(text(el, 'legend')).to.equal('Q constructor');
      await answerByKeyboard(el, ['a']);
      await next(el);
      await answerByKeyboard(el, ['b']);
      await next(el);
      expect(text(el, '#results-heading')).to.equal('Your score: 1 of 2');
    });

    it('reports an unknown built-in id and shows the default quiz', async () => {
      const errors = captureConsole('error');
      const el = await fixture<HartRedFlagQuiz>(html`<hart-red-flag-quiz quiz="nope"></hart-red-flag-quiz>`);
      await ready(el);
      errors.restore();
      expect(errors.lines.join()).to.contain('quiz="nope" is not a built-in quiz');
      expect(text(el, 'h2')).to.equal(youthQuiz.title.en);
    });
  });

  describe('privacy', () => {
    it('stores nothing without remember', async () => {
      const el = await fixture<HartRedFlagQuiz>(html`<hart-red-flag-quiz></hart-red-flag-quiz>`);
      await ready(el);
      await answerByKeyboard(el, youthQuiz.questions[0]!.correct);
      await next(el);
      expect(sessionStorage.length + localStorage.length).to.equal(0);
    });

    it('starts afresh from remembered progress of the wrong shape, instead of staying on "Loading" (issue #20)', async () => {
      const first = youthQuiz.questions[0]!;
      const shapes = [
        { index: 0, answers: {}, checked: false, order: { [first.id]: 'zz' } },
        { index: 0, answers: { [first.id]: 'zz' }, checked: true, order: {} },
        { index: 0, answers: {}, checked: false, order: { [first.id]: [1, 2] } },
        { index: 0, answers: {}, checked: 'yes', order: {} },
        { index: -1, answers: {}, checked: false, order: {} },
      ];
      for (const saved of shapes) {
        sessionStorage.setItem(quizStorageKey('youth-online-safety'), JSON.stringify(saved));
        const el = await fixture<HartRedFlagQuiz>(html`<hart-red-flag-quiz remember></hart-red-flag-quiz>`);
        await waitUntil(
          () => el.shadowRoot!.querySelector('fieldset'),
          `the first question shows for ${JSON.stringify(saved)}`,
          { timeout: 3000 },
        );
        expect(el.shadowRoot!.querySelector('.progress')!.textContent).to.match(/Question 1 of/);
        expect(el.shadowRoot!.querySelectorAll('input[type="radio"], input[type="checkbox"]').length).to.equal(
          first.choices.length,
        );
        await expect(el).to.be.accessible();
        el.remove();
        sessionStorage.clear();
      }
    });

    it('with remember, writes nothing on load: only once an answer has been checked', async () => {
      const el = await fixture<HartRedFlagQuiz>(html`<hart-red-flag-quiz remember></hart-red-flag-quiz>`);
      await ready(el);
      expect(sessionStorage.length, 'nothing written before any progress').to.equal(0);
      await answerByKeyboard(el, youthQuiz.questions[0]!.correct);
      expect(Object.keys(sessionStorage)).to.deep.equal([quizStorageKey('youth-online-safety')]);
    });

    it('with remember, keeps progress in sessionStorage under a HART key, and clears it on completion', async () => {
      const el = await fixture<HartRedFlagQuiz>(
        html`<hart-red-flag-quiz remember src="/test/fixtures/custom-quiz.json"></hart-red-flag-quiz>`,
      );
      await ready(el);
      await answerByKeyboard(el, ['a']);
      await next(el);
      expect(Object.keys(sessionStorage)).to.deep.equal([quizStorageKey('custom-quiz')]);
      expect(localStorage.length).to.equal(0);
      // A reload picks up where it was.
      const again = await fixture<HartRedFlagQuiz>(
        html`<hart-red-flag-quiz remember src="/test/fixtures/custom-quiz.json"></hart-red-flag-quiz>`,
      );
      await ready(again);
      expect(text(again, '.progress')).to.equal('Question 2 of 2');
      await answerByKeyboard(again, ['a', 'c']);
      await next(again);
      expect(sessionStorage.getItem(quizStorageKey('custom-quiz'))).to.equal(null);
    });

    it('quick exit clears the remembered quiz', async () => {
      const nav = watchExitNavigation();
      try {
        const el = await fixture<HartRedFlagQuiz>(html`<hart-red-flag-quiz remember></hart-red-flag-quiz>`);
        await ready(el);
        await answerByKeyboard(el, youthQuiz.questions[0]!.correct);
        expect(sessionStorage.getItem(quizStorageKey('youth-online-safety'))).not.to.equal(null);
        $<HTMLButtonElement>(el, '[part="exit-button"]')!.click();
        expect(sessionStorage.getItem(quizStorageKey('youth-online-safety'))).to.equal(null);
        expect(nav.urls).to.have.length(1);
      } finally {
        nav.restore();
      }
    });
  });
});
