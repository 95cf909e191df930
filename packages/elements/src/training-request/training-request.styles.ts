import { css } from 'lit';

export const trainingRequestStyles = css`
  h3:focus-visible,
  .error-summary:focus-visible {
    outline-offset: 4px;
  }
  .hint,
  .optional {
    color: var(--_muted);
  }
  .optional {
    font-weight: 400;
  }
  .field {
    margin: 0 0 var(--_space);
  }
  fieldset.field {
    padding: 0;
    border: 0;
    min-width: 0;
  }
  label,
  legend {
    display: block;
    font-weight: 700;
    padding: 0;
  }
  .hint,
  .error {
    margin: 0 0 0.25em;
  }
  .error {
    color: var(--_exit);
    font-weight: 700;
  }
  /* An error is marked by more than its colour and weight, which forced colours take away: a
     visible "Error:" (in sentence case: "ERROR:" at every field reads as shouting) and a bar beside
     the field, both kept in every colour mode. */
  .field.invalid,
  .date.invalid {
    border-inline-start: 0.25em solid var(--_exit);
    padding-inline-start: calc(var(--_space) / 2);
  }
  input:not([type='radio']),
  select,
  textarea {
    display: block;
    width: 100%;
    max-width: 32em;
    min-height: 2.75em;
    padding: 0.375em 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
  }
  input[type='number'] {
    max-width: 8em;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true']:not([type='radio']) {
    border-color: var(--_exit);
    border-width: 3px;
  }
  /* A choice wraps onto more lines rather than being cut off on a phone. */
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
    font-weight: 400;
    min-width: 0;
    min-height: 1.5em;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .group-caption {
    margin: 0.5em 0 0;
    color: var(--_muted);
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .date label {
    font-weight: 400;
  }
  .note {
    border-inline-start: 0.25em solid var(--_accent);
    padding-inline-start: calc(var(--_space) / 2);
  }
  .error-summary {
    border: 4px solid var(--_exit);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_exit);
    font-weight: 700;
  }
  .trap {
    position: absolute;
    left: -100vw;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: var(--_space);
  }
  .primary,
  .secondary {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 700;
    text-decoration: none;
  }
  /* Two ways of equal weight: the same width and height, side by side or one above the other. */
  .equal {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    grid-auto-rows: 1fr;
  }
  .primary {
    background: var(--_accent);
    color: var(--_background);
  }
  .secondary {
    background: var(--_background);
    color: var(--_accent);
  }
  [aria-disabled='true'] {
    cursor: progress;
  }
  @media (forced-colors: active) {
    .primary,
    .secondary {
      border-color: ButtonText;
    }
    .field.invalid,
    .date.invalid,
    .error-summary {
      border-color: Mark;
    }
  }
`;
