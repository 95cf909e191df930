import { msg, str } from '@lit/localize';
import { TRAINING_REQUEST_LIMITS as LIMITS, todayIso } from '@ct-hart/sdk/schema/constants';
import { getLocale } from '../shared/locale.js';

/**
 * Every control of the form, in the order it appears, by the id it has in the shadow root. The
 * ids are the `TrainingRequest` field names (a preferred date is `preferredDates-0` … `-2`).
 */
export const FIELD_IDS = [
  'organization', 'contactName', 'email', 'phone', 'town', 'audience', 'curriculumId',
  'propertyName', 'staffCount', 'estimatedAttendees', 'format',
  'preferredDates-0', 'preferredDates-1', 'preferredDates-2', 'notes',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/** Fields shown only for lodging staff (Public Act 16-71). */
export const LODGING_FIELDS: readonly FieldId[] = ['propertyName', 'staffCount'];
export const OPTIONAL_FIELDS: readonly FieldId[] = ['phone', 'propertyName', 'staffCount', 'notes'];

/**
 * A limit as the reader writes numbers: 2,000 and 10,000 in English; 2000 and 10 000 in Spanish
 * (the RAE groups thousands with a space, not the point `Intl` uses for `es`).
 */
const number = (n: number): string => (getLocale() === 'es' ? (n >= 10000 ? n.toLocaleString('fr-FR').replace(/\s/g, ' ') : String(n)) : n.toLocaleString('en-US'));

/**
 * The control a `TrainingRequest` path names, whether the path comes from the SDK's schema or from
 * an endpoint's answer (`preferredDates[1]`, `preferredDates.1`, `email`). A date's index counts the
 * dates that were filled in, so `preferredDates[1]` is the second filled box, whichever of the three
 * holds it (`filledDateIds`, in order). Undefined when no control has that path.
 */
export function fieldForPath(path: string, filledDateIds: readonly FieldId[]): FieldId | undefined {
  const date = /^preferredDates(?:\[(\d+)\]|\.(\d+))/.exec(path);
  if (date) return filledDateIds[Number(date[1] ?? date[2])];
  return (FIELD_IDS as readonly string[]).includes(path) ? (path as FieldId) : undefined;
}

/** Visible labels; the email text uses the same words. */
export function fieldLabel(id: FieldId | 'preferredDates'): string {
  switch (id) {
    case 'organization': return msg('Organization');
    case 'contactName': return msg('Your name');
    case 'email': return msg('Email address');
    case 'phone': return msg('Phone number');
    case 'town': return msg('Town');
    case 'audience': return msg('Who the training is for');
    case 'curriculumId': return msg('Training');
    case 'propertyName': return msg('Property name');
    case 'staffCount': return msg('Number of staff');
    case 'estimatedAttendees': return msg('Estimated number of attendees');
    case 'format': return msg('Format');
    case 'preferredDates': return msg('Preferred dates');
    case 'notes': return msg('Notes');
    default: return msg(str`Date ${Number(id.slice(-1)) + 1}`);
  }
}

export function fieldHint(id: FieldId | 'preferredDates'): string {
  switch (id) {
    case 'organization': return msg('The school, business, agency or group asking for the training.');
    case 'email': return msg('HART will reply to this address.');
    case 'phone': return msg('In case HART needs to call you, like 860-555-0123.');
    case 'town': return msg('Where your organization is. Start typing to see Connecticut towns.');
    case 'propertyName': return msg('The hotel, motel, inn or other lodging where the staff work.');
    case 'staffCount': return msg('Everyone who works at the property.');
    case 'estimatedAttendees': return msg(str`A whole number from ${number(LIMITS.estimatedAttendees.min)} to ${number(LIMITS.estimatedAttendees.max)}.`);
    case 'preferredDates': return msg('Up to three dates. HART will confirm one with you.');
    case 'notes': return msg(str`Times, place, access needs, languages: anything HART should know. Up to ${number(LIMITS.notes)} characters.`);
    default: return '';
  }
}

/**
 * What to tell the person when the SDK's `TrainingRequest` schema refused a field (GOV.UK style:
 * say what to do). `value` is what the field holds; the schema decides whether it is valid.
 */
export function fieldError(id: FieldId, value: string): string {
  const empty = !value.trim();
  const tooLong = (max: number) => {
    const label = fieldLabel(id);
    return msg(str`${label} must be ${number(max)} characters or fewer`);
  };
  switch (id) {
    case 'organization': return empty ? msg('Enter the name of your organization') : tooLong(LIMITS.organization);
    case 'contactName': return empty ? msg('Enter your name') : tooLong(LIMITS.contactName);
    case 'email': return empty ? msg('Enter your email address') : msg('Enter an email address in the correct format, like name@example.com');
    case 'phone': return msg('Enter a phone number using digits, like 860-555-0123');
    case 'town': return empty ? msg('Enter your town') : tooLong(LIMITS.town);
    case 'audience': return msg('Choose who the training is for');
    case 'curriculumId': return msg('Choose a training');
    case 'propertyName': return tooLong(LIMITS.propertyName);
    case 'staffCount': return msg(str`Enter the number of staff as a whole number from ${number(LIMITS.staffCount.min)} to ${number(LIMITS.staffCount.max)}`);
    case 'estimatedAttendees': return empty ? msg('Enter how many people will attend') : msg(str`Enter a whole number of attendees from ${number(LIMITS.estimatedAttendees.min)} to ${number(LIMITS.estimatedAttendees.max)}`);
    case 'format': return msg('Choose in person or virtual');
    case 'notes': return tooLong(LIMITS.notes);
    default: {
      const n = Number(id.slice(-1)) + 1;
      return value < todayIso() ? msg(str`Date ${n} must be today or in the future`) : msg(str`Date ${n} must be a real date`);
    }
  }
}

export const formatLabel = (format: string): string => (format === 'virtual' ? msg('Virtual') : msg('In person'));
