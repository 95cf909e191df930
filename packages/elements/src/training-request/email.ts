import { msg, str } from '@lit/localize';
import { curriculumChoices } from '@ct-hart/sdk/data/curricula';
import { audiences } from '@ct-hart/sdk/data/training';
import type { Locale, TrainingRequest } from '@ct-hart/sdk/schema';
import { fieldLabel, formatLabel, type FieldId } from './fields.js';

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
 * The training request as an email to HART, every field listed, in the current locale (the
 * request's language). Called while that locale is active, so labels match the form.
 */
export function composeRequestEmail(request: TrainingRequest, to: string, locale: Locale): RequestEmail {
  const audience = audiences.find((a) => a.id === request.audience)?.name[locale] ?? request.audience;
  const curriculum = curriculumChoices.find((c) => c.id === request.curriculumId)?.title[locale] ?? request.curriculumId;
  const lines: [FieldId | 'preferredDates', string | number | undefined][] = [
    ['organization', request.organization],
    ['contactName', request.contactName],
    ['email', request.email],
    ['phone', request.phone],
    ['town', request.town],
    ['audience', audience],
    ['curriculumId', curriculum],
    ['propertyName', request.propertyName],
    ['staffCount', request.staffCount],
    ['estimatedAttendees', request.estimatedAttendees],
    ['format', formatLabel(request.format)],
    ['preferredDates', request.preferredDates.map((d) => longDate(d, locale)).join('; ')],
    ['notes', request.notes],
  ];
  const subject = msg(str`Training request: ${request.organization}`);
  const body = [
    msg('Hello HART team,'),
    '',
    msg('We would like to request a training. Our details:'),
    '',
    ...lines.filter(([, value]) => value !== undefined && value !== '').map(([id, value]) => `${fieldLabel(id)}: ${value}`),
    '',
    msg('Thank you.'),
  ].join('\n');
  return { to, subject, body, href: `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}` };
}
