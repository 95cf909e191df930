import { html, nothing, type TemplateResult } from 'lit';
import { FIELD_IDS, type FieldId } from './fields.js';

/**
 * The error summary (GOV.UK's pattern): focused after a failed submit; its content is in a
 * `role="alert"` container, so screen readers read its heading and list when it appears. Its
 * heading and links come with the check-and-send code (`content`); before that, only a message.
 */
export function renderErrorSummary(state: {
  shown: boolean;
  serverMessage?: string | undefined;
  /** The message shown for a control now, '' for none. */
  errorFor: (id: FieldId) => string;
  content: typeof import('./check-and-send.js') | undefined;
  /** Where the controls are, for the links to them. */
  root: ParentNode;
}): TemplateResult {
  const { serverMessage, content, root } = state;
  const errors = FIELD_IDS.map((id) => [id, state.errorFor(id)] as [FieldId, string]).filter(([, message]) => message);
  const shown = state.shown && (errors.length > 0 || !!serverMessage);
  const goTo = (event: Event, id: FieldId) => {
    event.preventDefault();
    // A radio group is reached at its chosen radio, or its first.
    const target =
      root.querySelector<HTMLElement>(`[name="${id}"]:checked`) ?? root.querySelector<HTMLElement>(`[name="${id}"]`);
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  };
  return html`<div id="error-summary" class="error-summary" part="error-summary" tabindex="-1" ?hidden=${!shown}>
    <div role="alert">${!shown ? nothing : content ? content.renderErrorSummaryContent({ serverMessage, errors, goTo }) : html`<p>${serverMessage}</p>`}</div>
  </div>`;
}
