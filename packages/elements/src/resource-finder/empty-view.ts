import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { categoryLabels } from '@ct-hart/sdk/data/labels';
import type { ResourceCategory } from '@ct-hart/sdk/schema';
import { renderHelpLines } from '../shared/help-lines.js';
import type { Locale } from '../shared/locale.js';
import { CATEGORIES } from './filters.js';

/** No result is a dead end only if we let it be: a close query, the kinds of help, and the hotlines. */
export function renderEmpty(
  locale: Locale,
  suggestion: string | undefined,
  actions: { onSuggestion: (suggestion: string) => void; onCategory: (category: ResourceCategory) => void },
): TemplateResult {
  return html`<div class="empty">
    ${
      suggestion
        ? html`<p class="did-you-mean">${msg('Did you mean:')} <button type="button" class="link" @click=${() => actions.onSuggestion(suggestion)}>${suggestion}</button></p>`
        : nothing
    }
    <h3 id="choose-kind">${msg('Or choose a kind of help')}</h3>
    <ul class="chips" aria-labelledby="choose-kind">
      ${CATEGORIES.map((category) => html`<li><button type="button" @click=${() => actions.onCategory(category)}>${categoryLabels[category][locale]}</button></li>`)}
    </ul>
    <p>${msg('You can always call or text:')}</p>
    ${renderHelpLines(locale)}
  </div>`;
}
