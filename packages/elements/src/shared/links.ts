import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { EMAIL, MAX_LENGTH, PHONE_NUMBER } from '@ct-hart/sdk/schema/link-rules';
import type { Hotline } from '@ct-hart/sdk/schema';

// The href builders themselves are in hrefs.ts (no strings, so a string group can import them
// without taking the hotline strings); re-exported here, where every link is made.
export { mailtoHref, safeHref, smsHref, telHref } from './hrefs.js';
import { mailtoHref, smsHref, telHref } from './hrefs.js';

/** A dialable number as the model defines it (`911`, `233733`, `1-888-373-7888`). */
const isPhoneNumber = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_LENGTH.phone && PHONE_NUMBER.pattern.test(value);

/**
 * What is wrong with a hotline's contact fields, for data set by script (the banner's `data`
 * property): the same rules as the schema, without loading the validator. Empty when nothing is.
 */
export function hotlineLinkProblems(hotline: Hotline): string[] {
  const problems: string[] = [];
  if (hotline.phone !== undefined && !isPhoneNumber(hotline.phone))
    problems.push(`${hotline.id}.phone: ${PHONE_NUMBER.message}`);
  if (hotline.sms !== undefined && !isPhoneNumber(hotline.sms))
    problems.push(`${hotline.id}.sms: ${PHONE_NUMBER.message}`);
  if (hotline.email !== undefined && !mailtoHref(hotline.email)) problems.push(`${hotline.id}.email: ${EMAIL.message}`);
  return problems;
}

/** The call, text and email links of a hotline, labelled in the page's locale; a field that breaks the model's rules gets no link. */
export function hotlineLinks(hotline: Hotline): { href: string; text: string }[] {
  const links: { href: string; text: string }[] = [];
  if (isPhoneNumber(hotline.phone)) links.push({ href: telHref(hotline.phone), text: msg(str`Call ${hotline.phone}`) });
  if (isPhoneNumber(hotline.sms)) {
    const text = hotline.smsKeyword
      ? msg(str`Text ${hotline.smsKeyword} to ${hotline.sms}`)
      : msg(str`Text ${hotline.sms}`);
    links.push({ href: smsHref(hotline.sms, hotline.smsKeyword), text });
  }
  const mailto = mailtoHref(hotline.email);
  if (mailto) links.push({ href: mailto, text: hotline.email! });
  return links;
}

/**
 * A hotline's links for a list, with " · " between them as text: the minified bundles drop the
 * whitespace between tags, which ran them together ("Call 911Text 911", issue #23).
 */
export const renderHotlineLinks = (hotline: Hotline): TemplateResult[] =>
  hotlineLinks(hotline).map((link, i) => html`${i ? ' · ' : ''}<a href=${link.href}>${link.text}</a>`);
