import { css } from 'lit';

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
    /* 1lh here is the inherited line height: a reader's larger text spacing wins (theme.styles.ts). */
    line-height: max(1.3em, 1lh);
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
  /* The title and quick exit share the first line: quick exit is the first stop on the keyboard and
     on screen whenever the top of the widget is. On a narrow screen the exit wraps under the title,
     still above everything else. */
  .panel-head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-bottom: calc(var(--_space) / 2);
  }
  .panel-head h2 {
    flex: 1 1 12em;
    margin: 0;
  }
  .panel-head .exit {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.25em;
  }
`;
