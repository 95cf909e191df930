import { css } from '@lit/reactive-element';

/** The framed panel, headings and paragraph rhythm shared by the quiz and the resource finder. */
export const panelStyles = css`
  .panel {
    background: var(--_background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  h2,
  h3 {
    margin: 0 0 calc(var(--_space) / 2);
    line-height: 1.3;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.125em;
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
`;
