import { msg, str } from '@lit/localize';
import type { Hotline } from '@ct-hart/sdk/schema';

/** `1-888-373-7888` → `tel:+18883737888`; short numbers (911, 233733) stay as they are. */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 10) return `tel:+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  return `tel:${digits}`;
}

/** An `sms:` link, with the keyword as the message body when the line asks for one. */
export function smsHref(number: string, keyword?: string): string {
  const digits = number.replace(/\D/g, '');
  return keyword ? `sms:${digits}?&body=${encodeURIComponent(keyword)}` : `sms:${digits}`;
}

/** The call, text and email links of a hotline, labelled in the page's locale. */
export function hotlineLinks(hotline: Hotline): { href: string; text: string }[] {
  const links: { href: string; text: string }[] = [];
  if (hotline.phone) links.push({ href: telHref(hotline.phone), text: msg(str`Call ${hotline.phone}`) });
  if (hotline.sms) {
    const text = hotline.smsKeyword ? msg(str`Text ${hotline.smsKeyword} to ${hotline.sms}`) : msg(str`Text ${hotline.sms}`);
    links.push({ href: smsHref(hotline.sms, hotline.smsKeyword), text });
  }
  if (hotline.email) links.push({ href: `mailto:${hotline.email}`, text: hotline.email });
  return links;
}
