import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../support/commands.js';
import '../../packages/elements/src/hart-red-flag-quiz.js';
import { HartRedFlagQuiz } from '../../packages/elements/src/red-flag-quiz/red-flag-quiz.js';
import { HartQuizCompleteEvent } from '../../packages/elements/src/red-flag-quiz/events.js';
import { quiz as youthQuiz } from '../../packages/sdk/src/data/quizzes/youth-online-safety.js';
import { quiz as lodgingQuiz } from '../../packages/sdk/src/data/quizzes/lodging-red-flags.js';
import { quiz as communityQuiz } from '../../packages/sdk/src/data/quizzes/community-red-flags.js';
import type { Quiz } from '../../packages/sdk/src/schema/index.js';
import { resetLocale, setPageLang } from '../support/locale.js';
import { holdFetch } from '../support/held-fetch.js';
import { $, focused, root, text } from '../support/dom.js';
import { answerByKeyboard, next, ready } from './quiz-helpers.js';

describe('<hart-red-flag-quiz>', () => {
  afterEach(async () => {
    await resetLocale();
    sessionStorage.clear();
    localStorage.clear();
  });

  for (const quiz of [youthQuiz, lodgingQuiz, communityQuiz] as Quiz[]) {
    it(`${quiz.id}: can be completed end to end with the keyboard, all answers right`, async () => {
      const el = await fixture<HartRedFlagQuiz>(html`<hart-red-flag-quiz quiz=${quiz.id}></hart-red-flag-quiz>`);
      await ready(el);
      expect(text(el, 'h2')).to.equal(quiz.title.en);
      const complete = oneEvent(el, 'hart-quiz-complete') as Promise<HartQuizCompleteEvent>;
      for (const [i, question] of quiz.questions.entries()) {
        expect(text(el, '.progress')).to.equal(`Question ${i + 1} of ${quiz.questions.length}`);
        expect(text(el, 'legend')).to.equal(question.prompt.en);
        await answerByKeyboard(el, question.correct);
        expect(text(el, '[part="feedback"]')).to.contain('Correct.').and.contain(question.explanation.en);
        await next(el);
        if (i < quiz.questions.length - 1)
          expect(focused(el)?.id, 'focus on the next question').to.equal('question-heading');
      }
      const event = await complete;
      expect(event).to.be.instanceOf(HartQuizCompleteEvent);
      expect([event.quizId, event.score, event.total]).to.deep.equal([
        quiz.id,
        quiz.questions.length,
        quiz.questions.length,
      ]);
      expect(event.detail, 'detail, kept until 1.0').to.deep.equal({
        quizId: quiz.id,
        score: quiz.questions.length,
        total: quiz.questions.length,
      });
      expect(focused(el)?.id).to.equal('results-heading');
      expect(text(el, '#results-heading')).to.equal(`Your score: ${quiz.questions.length} of ${quiz.questions.length}`);
      expect(text(el, '[part="results"]')).to.contain('You answered every question correctly.');
    });
  }

  it('takes the quiz id as a property too, the way React 19 and Vue 3 set it', async () => {
    const el = await fixture<HartRedFlagQuiz>(html`<hart-red-flag-quiz></hart-red-flag-quiz>`);
    await ready(el);
    expect(text(el, 'h2')).to.equal(youthQuiz.title.en);
    el.quiz = 'lodging-red-flags';
    await waitUntil(() => text(el, 'h2') === lodgingQuiz.title.en, 'the property did not switch the quiz');
    expect(el.getAttribute('quiz')).to.equal('lodging-red-flags');
  });

  it('scores single and multiple answers: a multiple-answer question needs exactly the right set', async () => {
    const el = await fixture<HartRedFlagQuiz>(
      html`<hart-red-flag-quiz src="/test/fixtures/custom-quiz.json"></hart-red-flag-quiz>`,
    );
    await ready(el);
    await answerByKeyboard(el, ['b']); // wrong
    expect(text(el, '[part="feedback"]')).to.contain('Not quite.').and.contain('Correct answer: Yes');
    await next(el);
    expect(text(el, '.hint')).to.contain('Choose all that apply.');
    expect(root(el).querySelectorAll('input[type="checkbox"]')).to.have.length(3);
    await answerByKeyboard(el, ['a']); // only one of the two
    expect(text(el, '[part="feedback"]'))
      .to.contain('Not quite.')
      .and.contain('You got right: Listen.')
      .and.contain('You missed: Call the hotline.');
    const complete = oneEvent(el, 'hart-quiz-complete') as Promise<HartQuizCompleteEvent>;
    await next(el);
    const done = await complete;
    expect([done.quizId, done.score, done.total]).to.deep.equal(['custom-quiz', 0, 2]);
    const results = text(el, '[part="results"]');
    expect(results)
      .to.contain('Your score: 0 of 2')
      .and.contain('Questions to review')
      .and.contain('Secrecy with an older person');
  });

  it('counts a multiple-answer question right with exactly the right set', async () => {
    const el = await fixture<HartRedFlagQuiz>(
      html`<hart-red-flag-quiz src="/test/fixtures/custom-quiz.json"></hart-red-flag-quiz>`,
    );
    await ready(el);
    await answerByKeyboard(el, ['a']);
    await next(el);
    await answerByKeyboard(el, ['a', 'c']);
    expect(text(el, '[part="feedback"]')).to.contain('Correct.');
  });

  it('asks for an answer when none is chosen, and sends focus to the choices', async () => {
    const el = await fixture<HartRedFlagQuiz>(html`<hart-red-flag-quiz></hart-red-flag-quiz>`);
    await ready(el);
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text(el, '.error')).to.equal('Choose an answer first.');
    expect(focused(el)?.getAttribute('name')).to.equal('answer');
    expect($(el, 'fieldset')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('announces feedback in a polite live region', async () => {
    const el = await fixture<HartRedFlagQuiz>(html`<hart-red-flag-quiz></hart-red-flag-quiz>`);
    await ready(el);
    const region = $(el, '[part="feedback"]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.textContent!.trim()).to.equal('');
    await answerByKeyboard(el, youthQuiz.questions[0]!.correct);
    expect($(el, '[part="feedback"]')).to.equal(region, 'the same live region node, so it is announced');
    expect(region.textContent).to.contain('Correct.');
  });

  it('shows the help lines and the Spanish tip sheets with the results, in Spanish', async () => {
    await setPageLang('es');
    const el = await fixture<HartRedFlagQuiz>(
      html`<hart-red-flag-quiz src="/test/fixtures/custom-quiz.json"></hart-red-flag-quiz>`,
    );
    await ready(el);
    expect(text(el, '.progress')).to.equal('Pregunta 1 de 2');
    await answerByKeyboard(el, ['a']);
    expect(text(el, '[part="feedback"]')).to.contain('Correcto.');
    await next(el);
    await answerByKeyboard(el, ['b']);
    await next(el);
    const results = text(el, '[part="results"]');
    expect(results)
      .to.contain('Puntuación: 1 de 2')
      .and.contain('Ayuda inmediata')
      .and.contain('Llamar al 1-888-373-7888');
    for (const english of ['Your score', 'Questions to review', 'Call ', 'Try again', 'Quick exit'])
      expect(text(el, 'section'), english).not.to.contain(english);
  });

  it('links to NetSmartz tip sheets in the page language, opening safely', async () => {
    await setPageLang('es');
    const el = await fixture<HartRedFlagQuiz>(html`<hart-red-flag-quiz></hart-red-flag-quiz>`);
    await ready(el);
    for (const question of youthQuiz.questions) {
      await answerByKeyboard(el, question.correct);
      await next(el);
    }
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.links a')];
    expect(links.map((a) => a.href)).to.include(
      'https://www.missingkids.org/content/dam/netsmartz/downloadable/tipsheets/You_Sent_A_Sext_Now_What%20ES.pdf',
    );
    for (const a of links) expect(a.rel).to.equal('noopener noreferrer');
  });

  it('"Try again" starts over', async () => {
    const el = await fixture<HartRedFlagQuiz>(
      html`<hart-red-flag-quiz src="/test/fixtures/custom-quiz.json"></hart-red-flag-quiz>`,
    );
    await ready(el);
    await answerByKeyboard(el, ['a']);
    await next(el);
    await answerByKeyboard(el, ['a', 'c']);
    await next(el);
    root(el).querySelector<HTMLButtonElement>('[part="results"] button')!.click();
    await el.updateComplete;
    await nextFrame();
    expect(text(el, '.progress')).to.equal('Question 1 of 2');
    expect(root(el).querySelectorAll<HTMLInputElement>('input:checked')).to.have.length(0);
    expect(focused(el)?.id).to.equal('question-heading');
  });

  it('shuffle changes the order of answers but not the scoring', async () => {
    const orders = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const el = await fixture<HartRedFlagQuiz>(
        html`<hart-red-flag-quiz shuffle quiz="youth-online-safety"></hart-red-flag-quiz>`,
      );
      await ready(el);
      orders.add([...root(el).querySelectorAll<HTMLInputElement>('input')].map((i) => i.value).join());
    }
    expect(orders.size).to.be.greaterThan(1);
  });

  describe('state survives a re-render (the language changes mid-interaction)', () => {
    it('keeps ticked answers, not yet checked, and the focused choice', async () => {
      const el = await fixture<HartRedFlagQuiz>(
        html`<hart-red-flag-quiz src="/test/fixtures/custom-quiz.json"></hart-red-flag-quiz>`,
      );
      await ready(el);
      await answerByKeyboard(el, ['a']);
      await next(el);
      const boxes = () => [...root(el).querySelectorAll<HTMLInputElement>('input[name="answer"]')];
      boxes()[0]!.focus();
      await sendKeys({ press: 'Space' });
      boxes()[2]!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await setPageLang('es');
      expect(text(el, '.progress')).to.equal('Pregunta 2 de 2');
      expect(
        boxes()
          .filter((b) => b.checked)
          .map((b) => b.value),
      ).to.deep.equal(['a', 'c']);
      expect(focused(el), 'focus stays on the choice').to.equal(boxes()[2]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text(el, '[part="feedback"]')).to.contain('Correcto.');
    });

    it('keeps focus on "Next question" and the feedback after checking', async () => {
      const el = await fixture<HartRedFlagQuiz>(html`<hart-red-flag-quiz></hart-red-flag-quiz>`);
      await ready(el);
      await answerByKeyboard(el, youthQuiz.questions[0]!.correct);
      const nextButton = $(el, '#next');
      await setPageLang('es');
      expect(focused(el)).to.equal(nextButton);
      expect(text(el, '#next')).to.equal('Siguiente pregunta');
      expect(text(el, '[part="feedback"]')).to.contain('Correcto.').and.contain(youthQuiz.questions[0]!.explanation.es);
    });

    it('keeps the results and focus on them', async () => {
      const el = await fixture<HartRedFlagQuiz>(
        html`<hart-red-flag-quiz src="/test/fixtures/custom-quiz.json"></hart-red-flag-quiz>`,
      );
      await ready(el);
      await answerByKeyboard(el, ['a']);
      await next(el);
      await answerByKeyboard(el, ['a']);
      await next(el);
      expect(focused(el)?.id).to.equal('results-heading');
      await setPageLang('es');
      expect(focused(el)?.id).to.equal('results-heading');
      expect(text(el, '#results-heading')).to.equal('Puntuación: 1 de 2');
    });

    it('keeps focus on quick exit', async () => {
      const el = await fixture<HartRedFlagQuiz>(html`<hart-red-flag-quiz></hart-red-flag-quiz>`);
      await ready(el);
      const exit = $(el, '[part="exit-button"]')!;
      exit.focus();
      await setPageLang('es');
      expect(focused(el)).to.equal(exit);
      expect(exit.textContent).to.equal('Salida rápida');
    });
  });

  describe('what the person sees and hears', () => {
    it('"Choose an answer first." goes once an answer is chosen, and is not carried to the next question', async () => {
      const el = await fixture<HartRedFlagQuiz>(html`<hart-red-flag-quiz></hart-red-flag-quiz>`);
      await ready(el);
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
      expect(text(el, '.error')).to.equal('Choose an answer first.');
      expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.contain('answer-missing');
      await sendKeys({ press: 'Space' }); // focus is on the first choice
      await el.updateComplete;
      expect($(el, '.error'), 'the message clears when an answer is chosen').to.equal(null);
      expect($(el, 'fieldset')!.hasAttribute('aria-invalid')).to.equal(false);
      expect($(el, 'fieldset')!.hasAttribute('aria-describedby')).to.equal(false);
      // Shown again, then the person answers and moves on: the next question starts clean.
      $<HTMLInputElement>(el, 'input[name="answer"]')!.checked = false;
      await answerByKeyboard(el, youthQuiz.questions[0]!.correct);
      await next(el);
      expect($(el, '.error')).to.equal(null);
      expect($(el, 'fieldset')!.hasAttribute('aria-invalid')).to.equal(false);
    });

    it('after "Check answer", marks the person\'s own choice in text as well as the correct one', async () => {
      const el = await fixture<HartRedFlagQuiz>(
        html`<hart-red-flag-quiz src="/test/fixtures/custom-quiz.json"></hart-red-flag-quiz>`,
      );
      await ready(el);
      await answerByKeyboard(el, ['b']); // wrong: "No"
      const label = (id: string) => text(el, `label[for="choice-${id}"]`);
      expect(label('b')).to.equal('No (your answer)');
      expect(label('a')).to.equal('Yes (correct answer)');
      expect($(el, '.choice.chosen')?.querySelector('input')?.value).to.equal('b');
      const bar = getComputedStyle($(el, '.choice.chosen')!).borderInlineStartWidth;
      expect(parseFloat(bar), 'a visible mark that is not colour alone').to.be.greaterThan(2);
      await setPageLang('es');
      expect(label('b')).to.contain('(respuesta elegida)');
    });

    it('says "Choose all that apply" once: the built-in prompts leave it to the hint', async () => {
      for (const quiz of [youthQuiz, lodgingQuiz, communityQuiz]) {
        for (const question of quiz.questions) {
          expect(question.prompt.en, quiz.id).not.to.match(/choose all/i);
          expect(question.prompt.es, quiz.id).not.to.match(/todas las que correspondan/i);
        }
      }
      const el = await fixture<HartRedFlagQuiz>(html`<hart-red-flag-quiz></hart-red-flag-quiz>`);
      await ready(el);
      for (const question of youthQuiz.questions.slice(0, 3)) {
        await answerByKeyboard(el, question.correct);
        await next(el);
      }
      expect(text(el, 'fieldset').match(/Choose all that apply/g)).to.have.length(1);
    });

    it('opens "Learn more" in the same tab by default, and says so where a partner asks for new tabs', async () => {
      for (const newTab of [false, true]) {
        const el = await fixture<HartRedFlagQuiz>(html`<hart-red-flag-quiz ?new-tab=${newTab}></hart-red-flag-quiz>`);
        await ready(el);
        for (const question of youthQuiz.questions) {
          await answerByKeyboard(el, question.correct);
          await next(el);
        }
        const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.links a')];
        expect(links.length).to.be.greaterThan(0);
        for (const a of links) {
          expect(a.target).to.equal(newTab ? '_blank' : '');
          expect(a.textContent!.includes('(opens in a new tab)')).to.equal(newTab);
        }
      }
    });

    it('a help line reads "Emergency: Call 911", with one colon', async () => {
      const el = await fixture<HartRedFlagQuiz>(
        html`<hart-red-flag-quiz src="/test/fixtures/custom-quiz.json"></hart-red-flag-quiz>`,
      );
      await ready(el);
      await answerByKeyboard(el, ['a']);
      await next(el);
      await answerByKeyboard(el, ['a', 'c']);
      await next(el);
      const first = text(el, '.help li');
      expect(first).to.match(/^Emergency: Call 911/);
      expect(first.match(/:/g)).to.have.length(1);
    });

    it('a new src cancels the load of the one it replaces', async () => {
      // The first answer never comes unless the quiz aborts its request: no sleep needed.
      const held = holdFetch('/custom-quiz.json');
      try {
        const el = await fixture<HartRedFlagQuiz>(
          html`<hart-red-flag-quiz src="/test/fixtures/custom-quiz.json"></hart-red-flag-quiz>`,
        );
        await waitUntil(() => held.signals.length === 1, 'the first load did not start');
        el.src = '/test/fixtures/inherited-names-quiz.json';
        await waitUntil(() => text(el, 'legend') === 'Q constructor', 'the second quiz did not load');
        expect(held.signals[0]?.aborted, 'the stale fetch was aborted').to.equal(true);
        await el.updateComplete;
        expect(text(el, 'legend'), 'the stale answer never replaces the newer quiz').to.equal('Q constructor');
      } finally {
        held.restore();
      }
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['en', 'es']) {
      it(`question, feedback and results states in ${lang}`, async () => {
        await setPageLang(lang);
        const el = await fixture<HartRedFlagQuiz>(
          html`<hart-red-flag-quiz src="/test/fixtures/custom-quiz.json"></hart-red-flag-quiz>`,
        );
        await ready(el);
        await expect(el).to.be.accessible();
        $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
        await el.updateComplete;
        await expect(el, 'error state').to.be.accessible();
        await answerByKeyboard(el, ['b']);
        await expect(el, 'feedback state').to.be.accessible();
        await next(el);
        await answerByKeyboard(el, ['a', 'c']);
        await next(el);
        expect($(el, '#results-heading'), 'results heading').not.to.equal(null);
        await expect(el, 'results state').to.be.accessible();
      });
    }
  });
});
