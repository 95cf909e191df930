import { css } from 'lit';

export const resourceFinderStyles = css`
  label,
  legend {
    display: block;
    font-weight: 700;
  }
  .hint,
  .meta {
    color: var(--_muted);
    font-weight: 400;
  }
  input[type='search'],
  input[type='number'],
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    min-height: 2.75em;
    padding: 0.25em 0.5em;
    width: 100%;
    max-width: 100%;
  }
  input[type='number'] {
    max-width: 8em;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(12em, 100%), 1fr));
    gap: var(--_space);
    margin-block: var(--_space);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
    grid-column: 1 / -1;
  }
  .categories {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(13em, 100%), 1fr));
    gap: 0.25em 1em;
  }
  .categories label {
    display: flex;
    gap: 0.5em;
    align-items: center;
    font-weight: 400;
    min-height: 1.5em;
  }
  .categories input {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }
  button {
    min-height: 2.75em;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    font-weight: 700;
    border: 2px solid var(--_accent);
    background: var(--_background);
    color: var(--_accent);
  }
  .bar,
  .status {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }
  .count {
    font-weight: 700;
    margin: 0;
  }
  .status {
    justify-content: space-between;
    margin-block: calc(var(--_space) / 2);
  }
  /* On a phone the filters and a service's details are one tap away, so the results and a
     service's call / text / website links come first (issue #23); on a wider screen they show. */
  .filters-toggle,
  .details-toggle {
    display: none;
  }
  @media (max-width: 40em), (max-height: 30em) {
    .filters-toggle,
    .details-toggle {
      display: inline-flex;
      align-items: center;
    }
    .filter-panel:not(.open),
    .details:not(.open) {
      display: none;
    }
    .panel-head h2 {
      flex-basis: 5em;
    }
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .result {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
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
    font-weight: 700;
  }
  .notice {
    border-inline-start: 0.25em solid var(--_exit);
    padding-inline-start: calc(var(--_space) / 2);
  }
  .help {
    padding-inline-start: 1.25em;
  }
  /* The empty state's choices: kinds of help as one-tap buttons, a suggestion as a link-like button. */
  .chips {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .did-you-mean {
    font-weight: 700;
  }
  /* 24 px at the least (WCAG 2.5.8), also where a page sets a smaller --hart-font-size. */
  button.link {
    min-height: max(1.5em, 24px);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  @media (forced-colors: active) {
    button.link {
      color: LinkText;
    }
  }
`;
