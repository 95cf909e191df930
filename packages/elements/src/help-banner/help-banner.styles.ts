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
  .title {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
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
  .exit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-top: var(--_space);
  }

  /* compact: one line, the "when to use" text kept for screen readers */
  :host([variant='compact']) .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    padding: calc(var(--_space) / 2) var(--_space);
  }
  :host([variant='compact']) .title {
    margin: 0;
    font-size: 1em;
  }
  :host([variant='compact']) .lines {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  :host([variant='compact']) .exit {
    margin: 0 0 0 auto;
  }
  :host([variant='compact']) .exit-button {
    min-height: 2em;
    padding: 0.25em 0.75em;
  }

  /* bar: fixed to the bottom of the viewport; the host keeps the bar's height in the page flow */
  :host([variant='bar']) {
    min-height: var(--_bar-height, 0px);
  }
  :host([variant='bar']) .banner {
    position: fixed;
    inset: auto 0 0 0;
    z-index: 2147483000;
    max-height: 50vh;
    overflow-y: auto;
    border-radius: 0;
    border-width: 2px 0 0 0;
    border-inline-start-width: 0;
    border-top-color: var(--_accent);
    box-shadow: 0 -2px 6px rgb(0 0 0 / 0.2);
  }
  :host([variant='bar']) .lines {
    grid-template-columns: repeat(auto-fit, minmax(min(16em, 100%), 1fr));
  }
`;
