// How the quiz's tests wait for it and answer it, shared by its test files.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../support/commands.js';
import type { HartRedFlagQuiz } from '../../packages/elements/src/red-flag-quiz/red-flag-quiz.js';
import { $, focused, root } from '../support/dom.js';

export async function ready(el: HartRedFlagQuiz) {
  await waitUntil(() => $(el, 'fieldset') || $(el, '#results-heading'), 'quiz did not load', { timeout: 5000 });
  await el.updateComplete;
}

/** Answers the current question with the keyboard: Tab to the choices, arrows/space to pick, Enter to check. */
export async function answerByKeyboard(el: HartRedFlagQuiz, choiceIds: string[]) {
  const inputs = [...root(el).querySelectorAll<HTMLInputElement>('input[name="answer"]')];
  const multiple = inputs[0]!.type === 'checkbox';
  for (const id of choiceIds) {
    inputs.find((i) => i.value === id)!.focus();
    await sendKeys({ press: 'Space' });
  }
  if (!multiple) expect(inputs.find((i) => i.checked)?.value).to.equal(choiceIds[0]);
  await sendKeys({ press: 'Enter' }); // submits the form: Check answer
  await el.updateComplete;
}

export async function next(el: HartRedFlagQuiz) {
  expect(focused(el)?.id, 'focus is on Next after checking').to.equal('next');
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  await nextFrame();
}
