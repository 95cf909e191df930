import { css } from '@lit/reactive-element';

/**
 * The design tokens every HART element reads. Each `--hart-*` property is optional; the default
 * theme meets WCAG 2.2 AA contrast. Fonts are inherited from the page on purpose, so a widget
 * blends in (see docs/theming.md); everything else is reset so page CSS cannot leak in.
 */
export const themeStyles = css`
  :host {
    --_text: var(--hart-color-text, #1b1b1b);
    --_background: var(--hart-color-background, #ffffff);
    --_muted: var(--hart-color-muted, #4a4a4a);
    --_accent: var(--hart-color-accent, #005ea2);
    --_exit: var(--hart-color-exit, #b50909);
    --_exit-text: var(--hart-color-exit-text, #ffffff);
    --_border: var(--hart-color-border, #757575);
    --_focus: var(--hart-color-focus, #1a4480);
    --_radius: var(--hart-radius, 4px);
    --_space: var(--hart-space, 0.75rem);

    all: initial;
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--hart-font-family, inherit);
    font-size: var(--hart-font-size, 1rem);
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  /* Inside our own shadow root, so no !important is needed against page CSS. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  /* Forced colours: borders are transparent rather than absent (so they show), and focus uses the system highlight. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
