import { msg } from '@lit/localize';
import type { RequestEmail } from './email.js';

/** Copies the email (subject and body); where the clipboard is refused, selects the text to copy by hand. */
export async function copyEmail(email: RequestEmail | undefined, root: ParentNode, announce: (text: string) => void): Promise<void> {
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
