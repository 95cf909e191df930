import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { RequestEmail } from './email.js';
import type { FieldId } from './fields.js';

/** What the result view shows and what its buttons do; the element owns the state. */
export interface RequestResultView {
  phase: 'sent' | 'queued' | 'mailto';
  reference: string;
  email: RequestEmail | undefined;
  onAnother: () => void;
  onCopy: () => void;
  onChange: () => void;
}

/**
 * What the form shows after a submit: sent, saved on this device, or the email to send. Loaded with
 * the validator (check-and-send.ts), since nothing can be shown here before a request was checked; it
 * keeps these views out of what a visitor downloads before the form first renders.
 */
export function renderRequestResult(view: RequestResultView) {
  const heading = (text: string) => html`<h3 id="result-heading" tabindex="-1">${text}</h3>`;
  const another = html`<button type="button" part="button" class="secondary" @click=${view.onAnother}>${msg('Make another request')}</button>`;
  const reference = view.reference
    ? html`<p>${msg('Your reference:')} <strong id="reference">${view.reference}</strong></p>`
    : nothing;
  if (view.phase === 'sent') {
    return html`${heading(msg('Request sent'))}${reference}
      <p>${msg('HART will reply by email. Keep the reference in case you need to ask about this request.')}</p>
      <div class="actions">${another}</div>`;
  }
  if (view.phase === 'queued') {
    return html`${heading(msg('Saved on this device'))}
      <p>${msg('Your request could not be sent just now. It is saved on this device and will be sent automatically when you are back online or open this page again.')}</p>
      ${reference}
      <div class="actions">${another}</div>`;
  }
  const email = view.email;
  if (!email) return nothing;
  // A mailto: link often opens nothing (webmail, no email app): nothing here says it will. The two
  // ways are equals, and the address is there to write to by hand.
  return html`${heading(msg('Send your request by email'))}
    <p>${msg('Your request has not been sent yet. Send it to HART by email:')}</p>
    <div class="actions equal">
      <a class="primary" part="button" href=${email.href} id="mailto">${msg('Open in your email app')}</a>
      <button type="button" part="button" class="primary" id="copy" @click=${view.onCopy}>${msg('Copy the email')}</button>
    </div>
    <p>${msg('Or write to HART yourself:')} <strong id="hart-address">${email.to}</strong></p>
    <div class="field"><label for="email-text">${msg('Email text')}</label><textarea id="email-text" readonly rows="12" .value=${`${email.subject}\n\n${email.body}`}></textarea></div>
    <div class="actions">
      <button type="button" part="button" class="secondary" id="edit" @click=${view.onChange}>${msg('Change the request')}</button>
      ${another}
    </div>`;
}

/** Copies the email (subject and body); where the clipboard is refused, selects the text to copy by hand. */
export async function copyEmail(
  email: RequestEmail | undefined,
  root: ParentNode,
  announce: (text: string) => void,
): Promise<void> {
  try {
    await navigator.clipboard.writeText(email ? `${email.subject}\n\n${email.body}` : '');
    announce(msg('Copied. Paste it into an email to HART.'));
  } catch {
    const area = root.querySelector<HTMLTextAreaElement>('#email-text');
    area?.focus();
    area?.select();
    announce(msg('The text is selected: copy it with your keyboard or menu.'));
  }
}

/** The error summary's heading and links (GOV.UK's pattern); the element owns the container and focus. */
export function renderErrorSummaryContent(view: {
  serverMessage?: string;
  errors: [FieldId, string][];
  goTo: (event: Event, id: FieldId) => void;
}) {
  const { serverMessage, errors, goTo } = view;
  return html`<h3 id="error-summary-title">${serverMessage ? msg('The request was not accepted') : msg('There is a problem')}</h3>
    ${serverMessage ? html`<p>${msg(str`The server said: ${serverMessage}`)}</p>` : nothing}
    <ul>${errors.map(([id, message]) => html`<li><a href=${`#${id}`} @click=${(event: Event) => goTo(event, id)}>${message}</a></li>`)}</ul>`;
}
