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
    --_space: var(--hart-space, 0.75em);

    all: initial;
    display: block;
    box-sizing: border-box;
    overflow-wrap: anywhere;
    /*
     * Text settings are !important. A page rule such as \`* { font: 40px/3 serif !important }\` also
     * matches this element, and only an !important declaration inside the shadow root outranks it
     * (docs/theming.md, "Page CSS"). The size is \`medium\`, the reader's own default size, not
     * \`1rem\`, so a page that changes the root size (\`html { font-size: 62.5% }\`) changes nothing.
     * The font family is inherited from the page on purpose, to blend in; \`--hart-font-family\` pins it.
     */
    color: var(--_text) !important;
    font-family: var(--hart-font-family, inherit) !important;
    font-size: var(--hart-font-size, medium) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    /*
     * Text spacing (WCAG 1.4.12). A reader's spacing tool or stylesheet and a hostile page look the
     * same to CSS (\`* { … !important }\`), so spacing is let through, within bounds:
     * - Line height is 1.5, or the page's line height around the element when that is larger
     *   (\`1lh\` in \`line-height\` is the parent's), up to 2: never tighter than ours, never absurd.
     * - Letter and word spacing are not declared here: only \`all: initial\` above resets them, which
     *   the page's \`body\` rules cannot pass, but a rule that matches the element itself (a
     *   text-spacing bookmarklet's \`*\`) can, and its \`em\` is then the widget's own size.
     */
    line-height: clamp(1.5em, 1lh, 2em) !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    visibility: visible !important;
    opacity: 1 !important;
    filter: none !important;
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
  /* Form controls take the widget's font (a browser's default for them is smaller), so sizes in em
     hold, and its text spacing (browsers reset it on controls), so a reader's spacing reaches them. */
  button,
  input,
  select,
  textarea {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  button {
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
