import { msg, str } from '@lit/localize';
import type { Locale, TrainingRequest } from '@ct-hart/sdk/schema';
import { mailtoHref } from '../shared/hrefs.js';
import { FIELDS, REQUEST_FIELDS, type FormValues } from './fields.js';

export interface RequestEmail {
  to: string;
  subject: string;
  body: string;
  /** A `mailto:` URL with the subject and body filled in. */
  href: string;
}

/** `2026-12-03` → "December 3, 2026" / "3 de diciembre de 2026" (the date as written, no time zone shift). */
export const longDate = (iso: string, locale: Locale): string =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' });

/**
 * The training request as an email to HART: every field the request has, labelled as in the form
 * (the field table, fields.ts), in the current locale (the request's language). A choice is written
 * as the person saw it, a date in words.
 */
export function composeRequestEmail(request: TrainingRequest, to: string, locale: Locale): RequestEmail {
  const shown = (id: (typeof REQUEST_FIELDS)[number]): unknown => {
    const value = request[id];
    if (Array.isArray(value)) return value.map((d) => longDate(d, locale)).join('; ');
    // A choice as the person saw it (the options need only the audience, for the trainings' order).
    return (
      FIELDS[id].options?.(locale, request as unknown as FormValues).find((o) => o.value === value)?.label ?? value
    );
  };
  const subject = msg(str`Training request: ${request.organization}`);
  const body = [
    msg('Hello HART team,'),
    '',
    msg('We would like to request a training. Our details:'),
    '',
    ...REQUEST_FIELDS.map((id) => [FIELDS[id].label(), shown(id)])
      .filter(([, value]) => value)
      .map(([label, value]) => `${label}: ${value}`),
    '',
    msg('Thank you.'),
  ].join('\n');
  return {
    to,
    subject,
    body,
    // Through shared/hrefs.ts like every link; `to` is HART's address (HART_EMAIL), a plain one.
    href: mailtoHref(to, subject, body) ?? '',
  };
}
