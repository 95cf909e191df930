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
  /* The title and quick exit share the first line: quick exit is the first stop on the keyboard.
     The line sticks to the top of the viewport while the widget is on screen, so on a phone, where
     there is no Shift key, the exit stays one tap away however far down the results or the form
     someone has scrolled. On a narrow screen the exit wraps under the title. */
  .panel-head {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_background);
    padding-block: calc(var(--_space) / 4);
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
  /* Something focused from below the sticky line (Shift+Tab, a skip link) stops under it, not behind
     it (WCAG 2.4.11). The margin covers the line at its tallest: title, button and hint stacked. */
  .panel :focus {
    scroll-margin-top: 8em;
  }
`;
