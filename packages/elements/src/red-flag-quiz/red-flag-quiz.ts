import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { hotlines } from '@ct-hart/sdk/data/hotlines';
import { HART_STORAGE_PREFIX, isHartStorageLocked } from '@ct-hart/sdk/storage';
import type { Quiz, QuizQuestion } from '@ct-hart/sdk/schema';
import { reportError } from '../shared/events.js';
import { HartQuizCompleteEvent } from './events.js';
import { h, type Child } from '../shared/dom.js';
import { hotlineLinks } from '../shared/links.js';
import { templates as quizSpanish } from '../generated/quiz/es.js';
import { addSpanishTemplates, getLocale, type Locale } from '../shared/locale.js';
import { QuickExitController, type QuickExitElement } from '../shared/quick-exit-controller.js';
import { DEFAULT_EXIT_URL, quickExitHint, quickExitLabel } from '../shared/quick-exit-text.js';
import { panelStyles } from '../shared/panel.styles.js';
import { PrerenderedController } from '../shared/prerendered.js';
import { themeStyles } from '../shared/theme.styles.js';
import { BUILT_IN_QUIZZES, DEFAULT_QUIZ, builtInQuiz } from './built-in-quizzes.js';
import { redFlagQuizStyles } from './red-flag-quiz.styles.js';

addSpanishTemplates(quizSpanish);

/** Where `remember` keeps progress: sessionStorage, under a HART key (cleared by quick exit). */
export const quizStorageKey = (quizId: string) => `${HART_STORAGE_PREFIX}quiz:${quizId}`;

/** The hotlines shown with the results: the same data as the banner's. */
const HELP_LINES = ['emergency-911', 'national-human-trafficking-hotline', 'dcf-careline'];

interface Progress {
  index: number;
  answers: Record<string, string[]>;
  checked: boolean;
  order: Record<string, string[]>;
}

/**
 * A record's own value for a key that comes from data (a question id): `constructor` or `__proto__`
 * as an id must find nothing rather than what every object inherits.
 */
const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * @summary A red-flag or online-safety quiz, one question at a time, with explanations, results and help lines.
 *
 * Built, like the banner, on Lit's `ReactiveElement` with a small text-only DOM builder: with a
 * built-in quiz it must stay under 16 KB gz.
 *
 * @tag hart-red-flag-quiz
 *
 * @slot - Fallback content: shown before the element upgrades and without JavaScript, hidden after.
 *
 * @fires hart-quiz-complete - The quiz was finished (`HartQuizCompleteEvent`, `detail`: `{ quizId, score, total }` only).
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
export class HartRedFlagQuiz extends ReactiveElement implements QuickExitElement {
  static override styles = [themeStyles, panelStyles, redFlagQuizStyles];

  static override properties = {
    quiz: { reflect: true },
    src: {},
    shuffle: { type: Boolean },
    remember: { type: Boolean },
    exitUrlAttribute: { attribute: 'exit-url' },
    noExit: { type: Boolean, attribute: 'no-exit' },
    loadedQuiz: { state: true },
    progress: { state: true },
    notice: { state: true },
    answerMissing: { state: true },
    announcement: { state: true },
  };

  /** Built-in quiz id: `youth-online-safety` (default), `lodging-red-flags` or `community-red-flags`. */
  declare quiz: string;
  /** URL of a custom quiz JSON document (validated with the SDK's `Quiz` schema). */
  declare src: string | undefined;
  /** Shows answer choices in a random order. */
  declare shuffle: boolean;
  /** Keeps progress in sessionStorage (a `ct-hart:` key) until the quiz is finished or quick exit is used. */
  declare remember: boolean;
  /** Where quick exit goes (https only). */
  declare exitUrlAttribute: string;
  /** Hides the quick exit button. */
  declare noExit: boolean;

  declare private loadedQuiz: Quiz | undefined;
  declare private progress: Progress;
  declare private notice: string;
  declare private answerMissing: boolean;
  declare private announcement: string;

  private readonly quickExit = new QuickExitController(this);
  /** A pre-rendered snippet stays on screen until the questions have loaded (no layout shift). */
  private readonly prerendered = new PrerenderedController(this, { ready: () => this.loadedQuiz !== undefined });
  private loadToken = 0;
  private status?: HTMLElement;
  private feedback?: HTMLElement;
  /** What to focus after the next render. */
  private focusTarget?: string;

  constructor() {
    super();
    this.quiz = DEFAULT_QUIZ;
    this.shuffle = false;
    this.remember = false;
    this.exitUrlAttribute = DEFAULT_EXIT_URL;
    this.noExit = false;
    this.progress = { index: 0, answers: {}, checked: false, order: {} };
    this.notice = '';
    this.answerMissing = false;
    this.announcement = '';
    updateWhenLocaleChanges(this);
  }

  get exitUrl(): string {
    return this.quickExit.exitUrl;
  }

  announce(text: string): void {
    this.announcement = text;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('quiz') || changed.has('src')) void this.load();
  }

  protected override updated(): void {
    if (!this.focusTarget) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus();
    this.focusTarget = undefined;
  }

  /** Loads the custom quiz (`src`) or the built-in one; on any failure, says so and keeps a quiz on screen. */
  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.notice = '';
    let builtInId = this.quiz || DEFAULT_QUIZ;
    if (!builtInQuiz(builtInId)) {
      reportError(this, 'invalid-attribute', `quiz="${this.quiz}" is not a built-in quiz; showing "${DEFAULT_QUIZ}". Built-in quizzes: ${Object.keys(BUILT_IN_QUIZZES).join(', ')}.`);
      builtInId = DEFAULT_QUIZ;
    }
    let quiz: Quiz | undefined;
    if (this.src) {
      try {
        const { loadCustomQuiz } = await import('./load-custom-quiz.js');
        const result = await loadCustomQuiz(this.src);
        if (result.ok) quiz = result.data;
        else reportError(this, result.error.kind === 'schema' ? 'invalid-data' : 'data-load', `the quiz at src could not be used: ${result.error.message}`, result.error);
      } catch (cause) {
        reportError(this, 'data-load', `the quiz at src could not be loaded: ${(cause as Error)?.message ?? cause}`, cause);
      }
      if (token !== this.loadToken) return;
      if (!quiz) this.notice = 'custom-quiz-failed';
    }
    quiz ??= await builtInQuiz(builtInId)!();
    if (token !== this.loadToken) return;
    this.loadedQuiz = quiz;
    this.start(this.restore(quiz));
  }

  private storage(): Storage | undefined {
    try {
      return this.remember ? sessionStorage : undefined;
    } catch {
      return undefined;
    }
  }

  private restore(quiz: Quiz): Progress | undefined {
    try {
      const saved = this.storage()?.getItem(quizStorageKey(quiz.id));
      const progress = saved ? (JSON.parse(saved) as Progress) : undefined;
      // Storage is the page's, not ours alone: restore only what has the shape this element writes.
      const isRecord = (value: unknown) => !!value && typeof value === 'object' && !Array.isArray(value);
      return progress && Number.isInteger(progress.index) && isRecord(progress.answers) && isRecord(progress.order) && progress.index >= 0 && progress.index <= quiz.questions.length ? progress : undefined;
    } catch {
      return undefined;
    }
  }

  private save(): void {
    if (!this.loadedQuiz) return;
    try {
      const storage = this.storage();
      if (!storage) return;
      if (this.finished) storage.removeItem(quizStorageKey(this.loadedQuiz.id));
      // Nothing is written before there is progress to keep, nor once quick exit has started.
      else if (this.hasProgress && !isHartStorageLocked()) storage.setItem(quizStorageKey(this.loadedQuiz.id), JSON.stringify(this.progress));
    } catch {
      // Storage full or blocked: the quiz still works, it just will not be remembered.
    }
  }

  private start(progress?: Progress): void {
    const quiz = this.loadedQuiz!;
    const order = Object.fromEntries(quiz.questions.map((q) => [q.id, (this.shuffle ? shuffled(q.choices) : q.choices).map((c) => c.id)]));
    this.progress = progress ?? { index: 0, answers: {}, checked: false, order };
    this.answerMissing = false;
    this.save();
  }

  /** True once the person has checked an answer: only then is there anything to remember. */
  private get hasProgress(): boolean {
    return this.progress.index > 0 || Object.keys(this.progress.answers).length > 0;
  }

  private get finished(): boolean {
    return !!this.loadedQuiz && this.progress.index >= this.loadedQuiz.questions.length;
  }

  private get currentQuestion(): QuizQuestion | undefined {
    return this.loadedQuiz?.questions[this.progress.index];
  }

  private isCorrect(question: QuizQuestion): boolean {
    return sameSet(own(this.progress.answers, question.id) ?? [], question.correct);
  }

  private get score(): number {
    return this.loadedQuiz ? this.loadedQuiz.questions.filter((q) => this.isCorrect(q)).length : 0;
  }

  /** The choices ticked in the form: the form itself holds the selection. */
  private selectedChoices(): string[] {
    return [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="answer"]:checked')].map((input) => input.value);
  }

  private onCheck(event: Event): void {
    event.preventDefault();
    const question = this.currentQuestion;
    if (!question || this.progress.checked) return;
    const selected = this.selectedChoices();
    if (selected.length === 0) {
      this.answerMissing = true;
      this.focusTarget = 'input';
      return;
    }
    this.progress = { ...this.progress, checked: true, answers: { ...this.progress.answers, [question.id]: selected } };
    this.focusTarget = '#next';
    this.save();
  }

  private onNext(): void {
    this.progress = { ...this.progress, index: this.progress.index + 1, checked: false };
    if (this.finished) {
      this.focusTarget = '#results-heading';
      const quiz = this.loadedQuiz!;
      this.dispatchEvent(new HartQuizCompleteEvent({ quizId: quiz.id, score: this.score, total: quiz.questions.length }));
    } else {
      this.focusTarget = '#question-heading';
    }
    this.save();
  }

  private onRestart(): void {
    this.start();
    this.focusTarget = '#question-heading';
  }

  private correctAnswerText(question: QuizQuestion, locale: Locale): string {
    const texts = question.correct.map((id) => question.choices.find((c) => c.id === id)?.text[locale] ?? id).join('; ');
    return question.correct.length > 1 ? msg(str`Correct answers: ${texts}`) : msg(str`Correct answer: ${texts}`);
  }

  /** A button whose click runs `action`. */
  private button(label: string, action: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
    const button = h('button', { class: 'primary', part: 'button', type: 'button', ...attributes }, label);
    button.addEventListener('click', action);
    return button;
  }

  private renderQuestion(quiz: Quiz, question: QuizQuestion, locale: Locale): Child[] {
    const { index, checked } = this.progress;
    const multiple = question.correct.length > 1;
    const correct = checked && this.isCorrect(question);
    const chosen = own(this.progress.answers, question.id) ?? [];
    const choices = (own(this.progress.order, question.id) ?? question.choices.map((c) => c.id))
      .map((id) => question.choices.find((c) => c.id === id))
      .filter((c): c is NonNullable<typeof c> => !!c);
    const last = index === quiz.questions.length - 1;
    const fieldset = h('fieldset', { part: 'question', ...(multiple ? { 'aria-describedby': 'hint' } : {}), ...(this.answerMissing ? { 'aria-invalid': 'true' } : {}) },
      h('legend', {}, h('h3', { id: 'question-heading', tabindex: '-1' }, question.prompt[locale])),
      multiple && h('p', { class: 'hint', id: 'hint' }, msg('Choose all that apply.')),
      this.answerMissing && h('p', { class: 'error', id: 'answer-missing' }, msg('Choose an answer first.')),
      ...choices.map((choice) => {
        const input = h('input', { type: multiple ? 'checkbox' : 'radio', name: 'answer', id: `choice-${choice.id}`, value: choice.id, ...(this.answerMissing ? { 'aria-describedby': 'answer-missing' } : {}) });
        input.checked = chosen.includes(choice.id);
        return h('div', { class: 'choice' }, input,
          h('label', { for: `choice-${choice.id}` }, choice.text[locale], checked && question.correct.includes(choice.id) && h('span', { class: 'mark' }, ` (${msg('correct answer')})`)),
        );
      }),
    );
    fieldset.disabled = checked;
    // The live region keeps its node while a question is on screen, so its change is announced.
    this.feedback ??= h('div', { class: 'feedback', part: 'feedback', role: 'status' });
    this.feedback.replaceChildren(
      ...(checked
        ? [h('p', {}, h('strong', {}, correct ? msg('Correct.') : msg('Not quite.')), correct ? '' : ` ${this.correctAnswerText(question, locale)}`), h('p', {}, question.explanation[locale])]
        : []),
    );
    const form = h('form', { novalidate: '' }, fieldset, this.feedback,
      h('div', { class: 'actions' },
        checked
          ? this.button(last ? msg('See results') : msg('Next question'), () => this.onNext(), { id: 'next' })
          : h('button', { class: 'primary', part: 'button', type: 'submit' }, msg('Check answer')),
      ),
    );
    form.addEventListener('submit', (event) => this.onCheck(event));
    return [h('p', { class: 'progress' }, msg(str`Question ${index + 1} of ${quiz.questions.length}`)), form];
  }

  private renderResults(quiz: Quiz, locale: Locale): HTMLElement {
    const missed = quiz.questions.filter((q) => !this.isCorrect(q));
    const help = HELP_LINES.map((id) => hotlines.find((line) => line.id === id)).filter((line) => !!line);
    return h('div', { part: 'results' },
      h('h3', { id: 'results-heading', tabindex: '-1' }, msg(str`Your score: ${this.score} of ${quiz.questions.length}`)),
      ...(missed.length
        ? [h('h4', {}, msg('Questions to review')),
            h('ol', {}, ...missed.map((q) => h('li', {}, h('p', {}, h('strong', {}, q.prompt[locale])), h('p', {}, this.correctAnswerText(q, locale)), h('p', {}, q.explanation[locale]))))]
        : [h('p', {}, msg('You answered every question correctly.'))]),
      h('h4', {}, msg('Get help now')),
      h('ul', { class: 'help' }, ...help.map((line) => h('li', {}, `${line.name[locale]}: `, ...hotlineLinks(line).map((link) => h('a', { href: link.href }, link.text))))),
      ...(quiz.links?.length
        ? [h('h4', {}, msg('Learn more')),
            h('ul', { class: 'links' }, ...quiz.links.map((link) => h('li', {}, h('a', { href: link.url[locale], target: '_blank', rel: 'noopener noreferrer' }, link.text[locale]))))]
        : []),
      h('div', { class: 'actions' }, this.button(msg('Try again'), () => this.onRestart())),
    );
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (changed.size === 1 && changed.has('announcement' as keyof HartRedFlagQuiz) && this.status) {
      this.status.textContent = this.announcement;
      return;
    }
    // Over a pre-rendered snippet, the loading state would replace it and then grow again: keep it.
    if (!this.loadedQuiz && this.prerendered.showing) return;
    this.render();
  }

  /** Builds the shadow DOM. Every data text goes in as a text node. */
  private render(): void {
    const locale = getLocale();
    const quiz = this.loadedQuiz;
    const question = this.currentQuestion;
    if (!question) this.feedback = undefined;
    this.status ??= h('p', { class: 'visually-hidden', role: 'status' });
    this.status.textContent = this.announcement;
    let exit: Child = false;
    if (!this.noExit) {
      const exitButton = h('button', { class: 'exit-button', part: 'exit-button', type: 'button' }, quickExitLabel());
      exitButton.addEventListener('click', () => this.quickExit.exit());
      exit = h('div', { class: 'actions' }, exitButton, h('p', { class: 'hint' }, quickExitHint()));
    }
    this.renderRoot.replaceChildren(
      h('section', { class: 'panel', part: 'container', 'aria-labelledby': 'quiz-title', 'aria-busy': quiz ? 'false' : 'true' },
        h('h2', { id: 'quiz-title', part: 'title' }, quiz ? quiz.title[locale] : msg('Quiz')),
        this.notice && h('p', { class: 'notice' }, msg('This quiz could not be loaded, so here is one of ours instead.')),
        ...(!quiz ? [h('p', {}, msg('Loading the quiz…'))] : this.finished ? [this.renderResults(quiz, locale)] : question ? this.renderQuestion(quiz, question, locale) : []),
        exit,
        this.status,
      ),
    );
  }
}
