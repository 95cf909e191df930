import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Quiz, QuizQuestion } from '@ct-hart/sdk/schema';
import { renderHelpLines } from '../shared/help-lines.js';
import { safeHref } from '../shared/links.js';
import type { Locale } from '../shared/locale.js';
import { correctAnswerText } from './answers.js';

/** The results screen: the score, the questions to review, the help lines, the quiz's links and "Try again". */
export function renderResults(
  quiz: Quiz,
  locale: Locale,
  {
    score,
    isCorrect,
    newTab,
    onRestart,
  }: { score: number; isCorrect: (question: QuizQuestion) => boolean; newTab: boolean; onRestart: () => void },
): TemplateResult {
  const missed = quiz.questions.filter((q) => !isCorrect(q));
  const links = (quiz.links ?? []).flatMap((link) => {
    const href = safeHref(link.url[locale]);
    return href ? [{ href, text: link.text[locale] }] : [];
  });
  return html`<div part="results">
    <h3 id="results-heading" tabindex="-1">${msg(str`Your score: ${score} of ${quiz.questions.length}`)}</h3>
    ${
      missed.length
        ? html`<h4>${msg('Questions to review')}</h4>
          <ol>
            ${missed.map((q) => html`<li><p><strong>${q.prompt[locale]}</strong></p><p>${correctAnswerText(q, locale)}</p><p>${q.explanation[locale]}</p></li>`)}
          </ol>`
        : html`<p>${msg('You answered every question correctly.')}</p>`
    }
    <h4>${msg('Get help now')}</h4>
    ${renderHelpLines(locale)}
    ${
      links.length
        ? html`<h4>${msg('Learn more')}</h4>
          <ul class="links">
            ${links.map((link) => html`<li><a href=${link.href} target=${newTab ? '_blank' : nothing} rel="noopener noreferrer">${link.text} ${newTab ? html`<span class="new-tab">${msg('(opens in a new tab)')}</span>` : nothing}</a></li>`)}
          </ul>`
        : nothing
    }
    <div class="actions"><button class="primary" part="button" type="button" @click=${onRestart}>${msg('Try again')}</button></div>
  </div>`;
}

/** No quiz could be loaded: say so, and keep the help lines (and quick exit, in the head) on screen. */
export function renderLoadFailed(locale: Locale): TemplateResult {
  return html`<div class="load-failed">
    <p class="notice">${msg('The quiz could not be loaded. It will try again when your connection is back.')}</p>
    <h3>${msg('Get help now')}</h3>
    ${renderHelpLines(locale)}
  </div>`;
}
