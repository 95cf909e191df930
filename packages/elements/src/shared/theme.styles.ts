import { css } from 'lit';

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
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    cursor: pointer;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
    button {
      border: 2px solid ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
