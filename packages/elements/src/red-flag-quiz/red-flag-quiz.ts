import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { HART_STORAGE_PREFIX, isHartStorageLocked } from '@ct-hart/sdk/storage';
import type { Quiz, QuizQuestion } from '@ct-hart/sdk/schema';
import type { QuizProgress } from '@ct-hart/sdk/schema/quiz-progress';
import { detach, reportError } from '../shared/events.js';
import { HartQuizCompleteEvent } from './events.js';
import { FocusAfterRender } from '../shared/focus-after-render.js';
import { FocusClearOfHead } from '../shared/focus-clear-of-head.js';
import { LatestLoad } from '../shared/latest-load.js';
import { templates as quizSpanish } from '../generated/red-flag-quiz/es.js';
import { addSpanishTemplates, getLocale, type Locale } from '../shared/locale.js';
import { HartElement } from '../shared/hart-element.js';
import { exitButtonStyles } from '../shared/exit-button.js';
import { panelStyles } from '../shared/panel.styles.js';
import { PrerenderedController } from '../shared/prerendered.js';
import { themeStyles } from '../shared/theme.styles.js';
import { own, partlyRightText, correctAnswerText, sameSet, shuffled } from './answers.js';
import { BUILT_IN_QUIZZES, DEFAULT_QUIZ, builtInQuiz } from './built-in-quizzes.js';
import { renderLoadFailed, renderResults } from './results-view.js';
import { redFlagQuizStyles } from './red-flag-quiz.styles.js';

addSpanishTemplates(quizSpanish);

/** Where `remember` keeps progress: sessionStorage, under a HART key (cleared by quick exit). */
export const quizStorageKey = (quizId: string) => `${HART_STORAGE_PREFIX}quiz:${quizId}`;

/** What `remember` keeps: its full shape is checked on restore (`@ct-hart/sdk/schema/quiz-progress`). */
type Progress = QuizProgress;

/**
 * @summary A red-flag or online-safety quiz, one question at a time, with explanations, results and help lines.
 *
 * A `LitElement`: everything the person has done (the question, the choices ticked but not yet
 * checked, the answers) is element state the template renders from, so a re-render — a language
 * switch mid-question — keeps every tick and the focused control.
 *
 * @tag hart-red-flag-quiz
 *
 * @slot - Fallback content: shown before the element upgrades and without JavaScript, hidden after.
 *
 * @fires hart-quiz-complete - The quiz was finished (`HartQuizCompleteEvent`: `quizId`, `score`, `total` only).
 * @fires hart-quick-exit - Cancelable, before leaving the page (`HartQuickExitEvent`: `exitUrl`, `trigger`).
 * @fires hart-error - An attribute or a custom quiz could not be used (`HartErrorEvent`: `code`, `message`).
 *
 * @csspart container - The labelled region around the quiz.
 * @csspart title - The quiz title.
 * @csspart question - The fieldset of the current question.
 * @csspart feedback - Correct / not quite, and the explanation.
 * @csspart button - The check, next and try-again buttons.
 * @csspart results - The results.
 * @csspart exit-button - The quick exit button.
 *
 * @cssprop --hart-color-text - Text colour. Default `#1b1b1b`.
 * @cssprop --hart-color-background - Background, and text on the accent colour. Default `#ffffff`.
 * @cssprop --hart-color-muted - Progress and hints. Default `#4a4a4a`.
 * @cssprop --hart-color-accent - Buttons, links, answer choices. Default `#005ea2`.
 * @cssprop --hart-color-exit - Quick exit button and error text. Default `#b50909`.
 * @cssprop --hart-color-exit-text - Quick exit button text. Default `#ffffff`.
 * @cssprop --hart-color-border - Border colour. Default `#757575`.
 * @cssprop --hart-color-focus - Focus outline. Default `#1a4480`.
 * @cssprop --hart-font-family - Font. Default: inherited from the page.
 * @cssprop --hart-font-size - Base font size. Default `medium` (the reader's default size, whatever the page's root size).
 * @cssprop --hart-radius - Corner radius. Default `4px`.
 * @cssprop --hart-space - Base spacing. Default `0.75em`.
 */
export class HartRedFlagQuiz extends HartElement {
  static override styles = [themeStyles, panelStyles, exitButtonStyles, redFlagQuizStyles];

  static override properties = {
    quiz: { reflect: true },
    src: {},
    shuffle: { type: Boolean },
    remember: { type: Boolean },
    newTab: { type: Boolean, attribute: 'new-tab' },
    loadedQuiz: { state: true },
    loadFailed: { state: true },
    progress: { state: true },
    selection: { state: true },
    notice: { state: true },
    answerMissing: { state: true },
  };

  /** Built-in quiz id: `youth-online-safety` (default), `lodging-red-flags` or `community-red-flags`. */
  declare quiz: string;
  /** URL of a custom quiz JSON document (validated with the SDK's `Quiz` schema). */
  declare src: string | undefined;
  /** Shows answer choices in a random order. */
  declare shuffle: boolean;
  /** Keeps progress in sessionStorage (a `ct-hart:` key) until the quiz is finished or quick exit is used. */
  declare remember: boolean;
  /** Opens the "Learn more" links in a new tab (said in their text). Default: the same tab, which quick exit leaves. */
  declare newTab: boolean;

  declare private loadedQuiz: Quiz | undefined;
  /** True when no quiz could be loaded (the built-in quiz's chunk did not arrive): help lines show instead. */
  declare private loadFailed: boolean;
  declare private progress: Progress;
  /** The choices ticked on the current question and not yet checked. */
  declare private selection: string[];
  declare private notice: string;
  declare private answerMissing: boolean;

  /** A pre-rendered snippet stays on screen until the questions have loaded (no layout shift). */
  readonly #prerendered = new PrerenderedController(this, {
    ready: () => this.loadedQuiz !== undefined || this.loadFailed,
  });
  /** The load of a `src` (or built-in quiz): a newer `quiz`/`src` replaces it. */
  readonly #loads = new LatestLoad(this);
  /** What to focus after the next render, when an action moves the person on. */
  readonly #focusNext = new FocusAfterRender(this, (target) => this.#focusAndReveal(target));
  /** Keyboard focus scrolled clear of the sticky head, also in WebKit. */
  private readonly focusClearOfHead = new FocusClearOfHead(this);

  constructor() {
    super();
    this.quiz = DEFAULT_QUIZ;
    this.shuffle = false;
    this.remember = false;
    this.newTab = false;
    this.progress = { index: 0, answers: {}, checked: false, order: {} };
    this.loadFailed = false;
    this.selection = [];
    this.notice = '';
    this.answerMissing = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#onOnline);
  }

  /** After a failed load, the next connection tries again. */
  readonly #onOnline = () => {
    if (this.loadFailed && this.isConnected) detach(this, this.#load());
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('quiz') || changed.has('src')) detach(this, this.#load());
  }

  #focusAndReveal(target: HTMLElement): void {
    // After "Check answer", the feedback is what to read first: unless it and "Next question" are
    // both in sight, it is scrolled to just below the sticky title line (~82 px on a phone, which
    // would otherwise cover its start and the ticked choices); focus goes to "Next" without a scroll.
    const next = target.id === 'next';
    target.focus({ preventScroll: next });
    if (!next) return;
    const feedback = this.renderRoot.querySelector<HTMLElement>('.feedback')!;
    const head = this.renderRoot.querySelector<HTMLElement>('.panel-head')!;
    if (
      feedback.getBoundingClientRect().top < head.getBoundingClientRect().bottom ||
      target.getBoundingClientRect().bottom > innerHeight
    ) {
      feedback.style.scrollMarginTop = `${head.offsetHeight + 8}px`;
      feedback.scrollIntoView();
    }
  }

  /** Loads the custom quiz (`src`) or the built-in one; on any failure, says so and keeps a quiz on screen. */
  async #load(): Promise<void> {
    const signal = this.#loads.start();
    this.notice = '';
    let builtInId = this.quiz || DEFAULT_QUIZ;
    if (!builtInQuiz(builtInId)) {
      reportError(
        this,
        'invalid-attribute',
        `quiz="${this.quiz}" is not a built-in quiz; showing "${DEFAULT_QUIZ}". Built-in quizzes: ${Object.keys(BUILT_IN_QUIZZES).join(', ')}.`,
      );
      builtInId = DEFAULT_QUIZ;
    }
    let quiz: Quiz | undefined;
    if (this.src) {
      try {
        const { loadCustomQuiz } = await import('./load-custom-quiz.js');
        const result = await loadCustomQuiz(this.src, signal);
        if (signal.aborted) return;
        if (result.ok) quiz = result.data;
        else
          reportError(
            this,
            result.error.kind === 'schema' ? 'invalid-data' : 'data-load',
            `the quiz at src could not be used: ${result.error.message}`,
            result.error,
          );
      } catch (cause) {
        if (signal.aborted) return;
        reportError(
          this,
          'data-load',
          `the quiz at src could not be loaded: ${(cause as Error)?.message ?? cause}`,
          cause,
        );
      }
      if (!quiz) this.notice = 'custom-quiz-failed';
    }
    if (!quiz) {
      try {
        quiz = await builtInQuiz(builtInId)!();
      } catch (cause) {
        if (signal.aborted) return;
        // The chunk did not arrive (offline, blocked): say so, keep help on screen, retry when online.
        reportError(
          this,
          'data-load',
          `the quiz "${builtInId}" could not be loaded (${(cause as Error)?.message ?? cause}); the help lines show instead, and it tries again when the device is back online.`,
          cause,
        );
        this.loadFailed = true;
        addEventListener('online', this.#onOnline);
        return;
      }
    }
    const progress = await this.#restore(quiz);
    if (signal.aborted) return;
    removeEventListener('online', this.#onOnline);
    this.loadFailed = false;
    this.loadedQuiz = quiz;
    this.#start(progress);
  }

  #storage(): Storage | undefined {
    try {
      return this.remember ? sessionStorage : undefined;
    } catch {
      return undefined;
    }
  }

  /** Saved progress of the full shape this element writes (progress.ts); anything else starts afresh. */
  async #restore(quiz: Quiz): Promise<Progress | undefined> {
    try {
      const saved = this.#storage()?.getItem(quizStorageKey(quiz.id));
      if (!saved) return undefined;
      const { parseQuizProgress } = await import('./load-custom-quiz.js');
      return parseQuizProgress(saved, quiz.questions.length);
    } catch {
      return undefined;
    }
  }

  #save(): void {
    if (!this.loadedQuiz) return;
    try {
      const storage = this.#storage();
      if (!storage) return;
      if (this.#finished) storage.removeItem(quizStorageKey(this.loadedQuiz.id));
      // Nothing is written before there is progress to keep, nor once quick exit has started.
      else if (this.#hasProgress && !isHartStorageLocked())
        storage.setItem(quizStorageKey(this.loadedQuiz.id), JSON.stringify(this.progress));
    } catch {
      // Storage full or blocked: the quiz still works, it just will not be remembered.
    }
  }

  #start(progress?: Progress): void {
    const quiz = this.loadedQuiz!;
    const order = Object.fromEntries(
      quiz.questions.map((q) => [q.id, (this.shuffle ? shuffled(q.choices) : q.choices).map((c) => c.id)]),
    );
    this.progress = progress ?? { index: 0, answers: {}, checked: false, order };
    const question = this.#currentQuestion;
    this.selection = question && this.progress.checked ? [...(own(this.progress.answers, question.id) ?? [])] : [];
    this.answerMissing = false;
    this.#save();
  }

  /** True once the person has checked an answer: only then is there anything to remember. */
  get #hasProgress(): boolean {
    return this.progress.index > 0 || Object.keys(this.progress.answers).length > 0;
  }

  get #finished(): boolean {
    return !!this.loadedQuiz && this.progress.index >= this.loadedQuiz.questions.length;
  }

  get #currentQuestion(): QuizQuestion | undefined {
    return this.loadedQuiz?.questions[this.progress.index];
  }

  #isCorrect(question: QuizQuestion): boolean {
    return sameSet(own(this.progress.answers, question.id) ?? [], question.correct);
  }

  get #score(): number {
    return this.loadedQuiz ? this.loadedQuiz.questions.filter((q) => this.#isCorrect(q)).length : 0;
  }

  #onChoice(event: Event): void {
    const input = event.target as HTMLInputElement;
    const others = this.selection.filter((id) => id !== input.value);
    this.selection = input.type === 'radio' ? [input.value] : input.checked ? [...others, input.value] : others;
    // The request for an answer has been met: it goes, with its aria-invalid.
    if (this.selection.length) this.answerMissing = false;
  }

  #onCheck(event: Event): void {
    event.preventDefault();
    const question = this.#currentQuestion;
    if (!question || this.progress.checked) return;
    if (this.selection.length === 0) {
      this.answerMissing = true;
      this.#focusNext.request('input[name="answer"]');
      return;
    }
    this.progress = {
      ...this.progress,
      checked: true,
      answers: { ...this.progress.answers, [question.id]: [...this.selection] },
    };
    this.#focusNext.request('#next');
    this.#save();
  }

  #onNext(): void {
    this.progress = { ...this.progress, index: this.progress.index + 1, checked: false };
    this.selection = [];
    this.answerMissing = false;
    if (this.#finished) {
      this.#focusNext.request('#results-heading');
      const quiz = this.loadedQuiz!;
      this.dispatchEvent(
        new HartQuizCompleteEvent({ quizId: quiz.id, score: this.#score, total: quiz.questions.length }),
      );
    } else {
      this.#focusNext.request('#question-heading');
    }
    this.#save();
  }

  #onRestart(): void {
    this.#start();
    this.#focusNext.request('#question-heading');
  }

  #renderQuestion(quiz: Quiz, question: QuizQuestion, locale: Locale) {
    const { index, checked } = this.progress;
    const multiple = question.correct.length > 1;
    const correct = checked && this.#isCorrect(question);
    const choices = (own(this.progress.order, question.id) ?? question.choices.map((c) => c.id))
      .map((id) => question.choices.find((c) => c.id === id))
      .filter((c): c is NonNullable<typeof c> => !!c);
    const last = index === quiz.questions.length - 1;
    const describedBy = [multiple ? 'hint' : '', this.answerMissing ? 'answer-missing' : ''].filter(Boolean).join(' ');
    return html`<p class="progress">${msg(str`Question ${index + 1} of ${quiz.questions.length}`)}</p>
      <form novalidate @submit=${this.#onCheck}>
        <fieldset part="question" ?disabled=${checked} aria-describedby=${describedBy || nothing} aria-invalid=${this.answerMissing ? 'true' : nothing}>
          <legend><h3 id="question-heading" tabindex="-1">${question.prompt[locale]}</h3></legend>
          ${multiple ? html`<p class="hint" id="hint">${msg('Choose all that apply.')}</p>` : nothing}
          ${this.answerMissing ? html`<p class="error" id="answer-missing">${msg('Choose an answer first.')}</p>` : nothing}
          ${choices.map((choice) => {
            const chosen = this.selection.includes(choice.id);
            const isAnswer = checked && question.correct.includes(choice.id);
            return html`<div class="choice ${checked && chosen ? 'chosen' : ''} ${isAnswer ? 'answer' : ''}">
              <input type=${multiple ? 'checkbox' : 'radio'} name="answer" id=${`choice-${choice.id}`} .value=${choice.id} .checked=${chosen} @change=${this.#onChoice} />
              <label for=${`choice-${choice.id}`}>${choice.text[locale]} ${checked && chosen ? html`<span class="mark your-answer">(${msg('your answer')})</span>` : nothing} ${
                isAnswer ? html`<span class="mark">(${msg('correct answer')})</span>` : nothing
              }</label>
            </div>`;
          })}
        </fieldset>
        <div class="feedback" part="feedback" role="status">${
          checked
            ? html`<p><strong>${correct ? msg('Correct.') : msg('Not quite.')}</strong>${correct ? '' : ` ${multiple ? partlyRightText(question, own(this.progress.answers, question.id) ?? [], locale) : correctAnswerText(question, locale)}`}</p>
              <p>${question.explanation[locale]}</p>`
            : nothing
        }</div>
        <div class="actions">
          ${
            checked
              ? html`<button class="primary" part="button" type="button" id="next" @click=${this.#onNext}>${last ? msg('See results') : msg('Next question')}</button>`
              : html`<button class="primary" part="button" type="submit">${msg('Check answer')}</button>`
          }
        </div>
      </form>`;
  }

  /** Every data text is a text binding: Lit escapes it; nothing is parsed as HTML. */
  protected override render() {
    // Over a pre-rendered snippet, the loading state would replace it and then grow again: keep it.
    if (!this.loadedQuiz && !this.loadFailed && this.#prerendered.showing) return nothing;
    const locale = getLocale();
    const quiz = this.loadedQuiz;
    const question = this.#currentQuestion;
    return html`<section class="panel" part="container" aria-labelledby="quiz-title" aria-busy=${quiz || this.loadFailed ? 'false' : 'true'}>
      <div class="panel-head">
        <h2 id="quiz-title" part="title">${quiz ? quiz.title[locale] : msg('Quiz')}</h2>
        ${this.renderExit()}
      </div>
      ${this.notice ? html`<p class="notice">${msg('This quiz could not be loaded, so here is one of ours instead.')}</p>` : nothing}
      ${!quiz && this.loadFailed ? renderLoadFailed(locale) : !quiz ? html`<p>${msg('Loading the quiz…')}</p>` : this.#finished ? renderResults(quiz, locale, { score: this.#score, isCorrect: (q) => this.#isCorrect(q), newTab: this.newTab, onRestart: () => this.#onRestart() }) : question ? this.#renderQuestion(quiz, question, locale) : nothing}
      ${this.renderAnnouncement()}
    </section>`;
  }
}
