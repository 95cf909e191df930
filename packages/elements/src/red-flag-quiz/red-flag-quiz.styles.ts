import { css } from 'lit';

export const redFlagQuizStyles = css`
  h4 {
    margin: var(--_space) 0 calc(var(--_space) / 2);
    line-height: max(1.3em, 1lh);
    font-size: 1em;
  }
  h3:focus,
  h3:focus-visible {
    outline-offset: 4px;
  }
  .progress,
  .hint {
    color: var(--_muted);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin-block: 0.25em;
  }
  .choice input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .choice label {
    flex: 1;
    min-height: 1.5em;
    cursor: pointer;
  }
  .mark {
    font-weight: 700;
  }
  /* After "Check answer" the inputs are disabled and faint: the person's own choice is marked in
     text ("your answer") and by a bar that does not rely on colour. */
  .choice.chosen {
    border-inline-start: 0.25em solid currentColor;
    padding-inline-start: 0.25em;
    margin-inline-start: -0.5em;
  }
  .choice.chosen label,
  .choice.answer label {
    color: var(--_text);
  }
  .error {
    color: var(--_exit);
    font-weight: 700;
  }
  .feedback:empty {
    display: none;
  }
  .feedback {
    margin-block: var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 0.25em solid var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: var(--_space);
  }
  .primary {
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    font-weight: 700;
    background: var(--_accent);
    color: var(--_background);
  }
  ul,
  ol {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  li {
    margin-block: 0.25em;
  }
  .help a,
  .links a {
    display: inline-block;
    min-height: 1.5em;
    margin-inline-end: 1em;
    font-weight: 700;
  }
  .notice {
    border-inline-start: 0.25em solid var(--_exit);
    padding-inline-start: calc(var(--_space) / 2);
  }
`;
