import { css } from '@lit/reactive-element';

export const helpBannerStyles = css`
  .banner {
    display: block;
    background: var(--_background);
    color: var(--_text);
    border: 2px solid var(--_border);
    border-inline-start: 0.5em solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  /* The heading and quick exit share the first line; on a narrow screen the exit wraps under the
     heading, still above the hotlines. */
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-bottom: calc(var(--_space) / 2);
  }
  .title {
    flex: 1 1 8em;
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    /* 1lh here is the inherited line height: a reader's larger text spacing wins (theme.styles.ts). */
    line-height: max(1.3em, 1lh);
  }
  .exit {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.25em;
    /* at the end of the line, also when it wraps under the heading */
    margin-inline-start: auto;
  }
  .lines-toggle {
    display: none;
  }
  .lines {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
  }
  .name {
    font-weight: 700;
  }
  .when {
    color: var(--_muted);
    flex-basis: 100%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .actions a {
    display: inline-flex;
    align-items: center;
    min-height: 1.5em;
    min-width: 1.5em;
    padding-block: 0.125em;
    font-weight: 700;
  }

  /* compact: one line (heading, quick exit, hotlines), the "when to use" text kept for screen readers */
  :host([variant='compact']) .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    padding: calc(var(--_space) / 2) var(--_space);
  }
  :host([variant='compact']) .head {
    display: contents;
  }
  :host([variant='compact']) .title {
    flex: none;
    font-size: 1em;
  }
  :host([variant='compact']) .exit {
    margin: 0;
  }
  :host([variant='compact']) .lines {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  :host([variant='compact']) .exit-button,
  :host([variant='bar']) .exit-button {
    min-height: 2em;
    padding: 0.25em 0.75em;
  }

  /*
   * bar: fixed to the bottom of the viewport; its height is reserved at the end of the document
   * (help-banner.ts), so the host takes no room where it is pasted.
   * On a wide and tall screen: the heading and quick exit, then the hotlines on one line. The bar
   * is never taller than the viewport, and quick exit, in the first row, never scrolls out of it.
   */
  :host([variant='bar']) .banner {
    position: fixed;
    inset: auto 0 0 0;
    z-index: 2147483000;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    max-height: 100dvh;
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: 0;
    border-width: 2px 0 0 0;
    border-inline-start-width: 0;
    border-top-color: var(--_accent);
    box-shadow: 0 -2px 6px rgb(0 0 0 / 0.2);
  }
  :host([variant='bar']) .head {
    flex: none;
    flex-wrap: nowrap;
    align-items: center;
    margin: 0;
  }
  :host([variant='bar']) .title {
    font-size: 1em;
  }
  :host([variant='bar']) .lines {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
    min-height: 0;
    overflow-y: auto;
  }

  /*
   * bar on anything smaller than a 1280 × 720 screen (a phone either way up, a tablet, a desktop
   * zoomed to 200 % and more; in em, so a reader's larger default text counts too): one line, the
   * "Help lines" button and quick exit, at most a fifth of the screen. Opened, the hotlines show
   * under that line and the bar grows upward; quick exit stays in view however many there are.
   */
  @media (width < 80em), (height < 45em) {
    :host([variant='bar']) .title {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    :host([variant='bar']) .banner {
      padding-inline: 0.5em;
    }
    :host([variant='bar']) .head {
      gap: 0.5em;
    }
    :host([variant='bar']) .exit-button,
    :host([variant='bar']) .lines-toggle {
      padding-inline: 0.5em;
    }
    :host([variant='bar']) .lines-toggle {
      display: inline-flex;
      align-items: center;
      gap: 0.25em;
      min-height: 2em;
      padding-block: 0.25em;
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_background);
      color: var(--_accent);
      font-weight: 700;
    }
    :host([variant='bar']) .lines-toggle::after {
      content: '\\25B4' / '';
    }
    :host([variant='bar']) .lines-toggle[aria-expanded='true']::after {
      content: '\\25BE' / '';
    }
    :host([variant='bar']) .banner:not(.open) .lines {
      display: none;
    }
    /* Opened: the hotlines' text lines up with the words of the buttons above (their padding and
       border), and each call or text link is a 44 px target (WCAG 2.5.5) for a thumb. */
    :host([variant='bar']) .lines {
      display: grid;
      gap: 0.25em;
      padding-inline: calc(0.5em + 2px);
    }
    :host([variant='bar']) .actions a {
      min-height: 44px;
      min-width: 44px;
    }
  }
  /* Very narrow (320 px; Spanish in a wide font such as Verdana): a little less room around the
     words and no arrow, so both buttons keep their words on one line — also when a desktop
     browser's classic scrollbar (up to 17 px) takes its width from the bar at 400 % zoom. */
  @media (width < 22em) {
    :host([variant='bar']) .banner {
      padding-inline: 0.125em;
    }
    :host([variant='bar']) .head {
      gap: 0.25em;
    }
    :host([variant='bar']) .exit-button,
    :host([variant='bar']) .lines-toggle {
      padding-inline: 0.25em;
    }
    :host([variant='bar']) .lines {
      padding-inline: calc(0.25em + 2px);
    }
    :host([variant='bar']) .lines-toggle::after,
    :host([variant='bar']) .lines-toggle[aria-expanded='true']::after {
      content: none;
    }
  }
  /* Very short (a phone on its side, 400 % zoom): targets of 24 px, the smallest WCAG allows, so the line stays within a fifth. */
  @media (height < 22em) {
    :host([variant='bar']) .banner {
      padding-block: 0.125em;
    }
    :host([variant='bar']) .exit-button,
    :host([variant='bar']) .lines-toggle,
    :host([variant='bar']) .actions a {
      min-height: 1.5em;
      padding-block: 0;
    }
  }
`;
