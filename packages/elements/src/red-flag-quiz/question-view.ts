import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Quiz, QuizQuestion } from '@ct-hart/sdk/schema';
import type { QuizProgress } from '@ct-hart/sdk/schema/quiz-progress';
import type { Locale } from '../shared/locale.js';
import { correctAnswerText, own, partlyRightText } from './answers.js';

/** What the question view reads from the element, and the handlers it calls. */
export interface QuestionState {
  progress: QuizProgress;
  /** The choices ticked and not yet checked. */
  selection: readonly string[];
  answerMissing: boolean;
  isCorrect(question: QuizQuestion): boolean;
  onCheck(event: Event): void;
  onChoice(event: Event): void;
  onNext(): void;
}

/** One question: its choices, "Check answer", then the feedback (what was right, what was missed) and "Next". */
export function renderQuestion(
  quiz: Quiz,
  question: QuizQuestion,
  locale: Locale,
  state: QuestionState,
): TemplateResult {
  const { index, checked } = state.progress;
  const multiple = question.correct.length > 1;
  const correct = checked && state.isCorrect(question);
  const choices = (own(state.progress.order, question.id) ?? question.choices.map((c) => c.id))
    .map((id) => question.choices.find((c) => c.id === id))
    .filter((c): c is NonNullable<typeof c> => !!c);
  const last = index === quiz.questions.length - 1;
  const describedBy = [multiple ? 'hint' : '', state.answerMissing ? 'answer-missing' : ''].filter(Boolean).join(' ');
  return html`<p class="progress">${msg(str`Question ${index + 1} of ${quiz.questions.length}`)}</p>
    <form novalidate @submit=${state.onCheck}>
      <fieldset part="question" ?disabled=${checked} aria-describedby=${describedBy || nothing} aria-invalid=${state.answerMissing ? 'true' : nothing}>
        <legend><h3 id="question-heading" tabindex="-1">${question.prompt[locale]}</h3></legend>
        ${multiple ? html`<p class="hint" id="hint">${msg('Choose all that apply.')}</p>` : nothing}
        ${state.answerMissing ? html`<p class="error" id="answer-missing">${msg('Choose an answer first.')}</p>` : nothing}
        ${choices.map((choice) => {
          const chosen = state.selection.includes(choice.id);
          const isAnswer = checked && question.correct.includes(choice.id);
          return html`<div class="choice ${checked && chosen ? 'chosen' : ''} ${isAnswer ? 'answer' : ''}">
            <input type=${multiple ? 'checkbox' : 'radio'} name="answer" id=${`choice-${choice.id}`} .value=${choice.id} .checked=${chosen} @change=${state.onChoice} />
            <label for=${`choice-${choice.id}`}>${choice.text[locale]} ${checked && chosen ? html`<span class="mark your-answer">(${msg('your answer')})</span>` : nothing} ${
              isAnswer ? html`<span class="mark">(${msg('correct answer')})</span>` : nothing
            }</label>
          </div>`;
        })}
      </fieldset>
      <div class="feedback" part="feedback" role="status">${
        checked
          ? html`<p><strong>${correct ? msg('Correct.') : msg('Not quite.')}</strong>${correct ? '' : ` ${multiple ? partlyRightText(question, own(state.progress.answers, question.id) ?? [], locale) : correctAnswerText(question, locale)}`}</p>
            <p>${question.explanation[locale]}</p>`
          : nothing
      }</div>
      <div class="actions">
        ${
          checked
            ? html`<button class="primary" part="button" type="button" id="next" @click=${state.onNext}>${last ? msg('See results') : msg('Next question')}</button>`
            : html`<button class="primary" part="button" type="submit">${msg('Check answer')}</button>`
        }
      </div>
    </form>`;
}
