import { css, html, type TemplateResult } from 'lit';
import { quickExitHint, quickExitLabel } from './quick-exit-text.js';

/**
 * The quick exit button every HART widget shows, and its keyboard hint. One view and one style, so
 * the exit looks and behaves the same in every widget. The hint names the Shift shortcut, which
 * is of no use where there is no keyboard: it is hidden on touch-only devices.
 */
export function renderQuickExit(exit: () => void, hintClass = ''): TemplateResult {
  return html`<div class="exit"><button class="exit-button" part="exit-button" type="button" @click=${exit}>${quickExitLabel()}</button><p class="exit-hint ${hintClass}">${quickExitHint()}</p></div>`;
}

export const exitButtonStyles = css`
  .exit-button {
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_exit);
    color: var(--_exit-text);
    font-weight: 700;
  }
  .exit-hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Phones and tablets without a keyboard: the Shift shortcut cannot be used, so it is not offered. */
  @media (hover: none) and (pointer: coarse) {
    .exit-hint {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .exit-button {
      border-color: ButtonText;
    }
  }
`;
