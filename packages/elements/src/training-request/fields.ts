import { msg, str } from '@lit/localize';
import { curriculumChoices } from '@ct-hart/sdk/data/curricula';
import { audiences } from '@ct-hart/sdk/data/training';
import {
  AUDIENCE_TYPES,
  TRAINING_FORMATS,
  TRAINING_REQUEST_LIMITS as LIMITS,
  todayIso,
} from '@ct-hart/sdk/schema/constants';
import type { Locale, TrainingRequest } from '@ct-hart/sdk/schema';
import { getLocale } from '../shared/locale.js';

/**
 * The one description of the training request's fields (GOV.UK Frontend's options/params model):
 * the form renders its controls from it, reads the request from it, maps a schema or endpoint
 * error to a control with it, and the email lists the request with it. Its keys are the fields of
 * the SDK's `TrainingRequest` (its type makes the compiler name a missing or extra one), in the
 * order the form shows them.
 */
export interface FieldDescriptor {
  /** How it is asked: a text box of that `type`, a group of radios, three date boxes, a text area. */
  control: 'text' | 'email' | 'tel' | 'number' | 'radios' | 'dates' | 'textarea';
  label: () => string;
  hint?: () => string;
  /** What to tell the person when the schema refused `value` (GOV.UK style: say what to do). */
  error: (value: string) => string;
  optional?: true;
  /** Shown, checked and sent only in lodging mode (Public Act 16-71). */
  lodging?: true;
  autocomplete?: string;
  /** A whole number between these bounds (sent as a number). */
  range?: { min: number; max: number };
  /** A radio group's choices, in the order shown; `group` splits them under a caption. */
  options?: (locale: Locale, values: FormValues) => FieldOption[];
}

export interface FieldOption {
  value: string;
  label: string;
  group?: 'suggested' | 'other';
}

/** The request fields a person fills in (`locale` is the page's). */
export type RequestField = Exclude<keyof TrainingRequest, 'locale'>;
/** The id of a box of `preferredDates` in the shadow root: `preferredDates-0` … `-2`. */
export type DateBoxId = `preferredDates-${number}`;
/** A control the form holds a value for, by its id: a request field, or one of the date boxes. */
export type FieldId = Exclude<RequestField, 'preferredDates'> | DateBoxId;
/** What each control holds; a date box that was never rendered holds nothing. */
export type FormValues = Record<FieldId, string>;

/** A limit as the reader writes numbers: 2,000 and 10,000 in English; 2000 and 10 000 in Spanish (RAE). */
const number = (n: number): string =>
  getLocale() === 'es'
    ? n >= 10000
      ? n.toLocaleString('fr-FR').replace(/\s/g, ' ')
      : String(n)
    : n.toLocaleString('en-US');

function tooLong(label: string, max: number): string {
  return msg(str`${label} must be ${number(max)} characters or fewer`);
}
const text = (label: () => string, max: number, empty: () => string): Pick<FieldDescriptor, 'label' | 'error'> => ({
  label,
  error: (value) => (value.trim() ? tooLong(label(), max) : empty()),
});

export const fittingCurricula = (audience: string) =>
  curriculumChoices.filter((c) => c.audiences.some((a) => a === audience));

export const FIELDS: Record<RequestField, FieldDescriptor> = {
  organization: {
    control: 'text',
    autocomplete: 'organization',
    hint: () => msg('The school, business, agency or group asking for the training.'),
    ...text(
      () => msg('Organization'),
      LIMITS.organization,
      () => msg('Enter the name of your organization'),
    ),
  },
  contactName: {
    control: 'text',
    autocomplete: 'name',
    ...text(
      () => msg('Your name'),
      LIMITS.contactName,
      () => msg('Enter your name'),
    ),
  },
  email: {
    control: 'email',
    autocomplete: 'email',
    label: () => msg('Email address'),
    hint: () => msg('HART will reply to this address.'),
    error: (value) =>
      value.trim()
        ? msg('Enter an email address in the correct format, like name@example.com')
        : msg('Enter your email address'),
  },
  phone: {
    control: 'tel',
    autocomplete: 'tel',
    optional: true,
    label: () => msg('Phone number'),
    hint: () => msg('In case HART needs to call you, like 860-555-0123.'),
    error: () => msg('Enter a phone number using digits, like 860-555-0123'),
  },
  town: {
    control: 'text',
    autocomplete: 'address-level2',
    hint: () => msg('Where your organization is. Start typing to see Connecticut towns.'),
    ...text(
      () => msg('Town'),
      LIMITS.town,
      () => msg('Enter your town'),
    ),
  },
  audience: {
    control: 'radios',
    label: () => msg('Who the training is for'),
    error: () => msg('Choose who the training is for'),
    // Alphabetical in the reader's language, "Other" last.
    options: (locale) =>
      audiences
        .map((a) => ({ value: a.id, label: a.name[locale] }))
        .sort((a, b) => (a.value === 'other' ? 1 : b.value === 'other' ? -1 : a.label.localeCompare(b.label, locale))),
  },
  propertyName: {
    control: 'text',
    optional: true,
    lodging: true,
    hint: () => msg('The hotel, motel, inn or other lodging where the staff work.'),
    ...text(
      () => msg('Property name'),
      LIMITS.propertyName,
      () => '',
    ),
  },
  staffCount: {
    control: 'number',
    optional: true,
    lodging: true,
    range: LIMITS.staffCount,
    label: () => msg('Number of staff'),
    hint: () => msg('Everyone who works at the property.'),
    error: () =>
      msg(
        str`Enter the number of staff as a whole number from ${number(LIMITS.staffCount.min)} to ${number(LIMITS.staffCount.max)}`,
      ),
  },
  curriculumId: {
    control: 'radios',
    label: () => msg('Training'),
    error: () => msg('Choose a training'),
    // The trainings that fit the chosen audience first.
    options: (locale, values) => {
      const fitting = fittingCurricula(values.audience);
      const option =
        (group?: FieldOption['group']) =>
        (c: (typeof curriculumChoices)[number]): FieldOption => ({ value: c.id, label: c.title[locale], group });
      return fitting.length
        ? [
            ...fitting.map(option('suggested')),
            ...curriculumChoices.filter((c) => !fitting.includes(c)).map(option('other')),
          ]
        : curriculumChoices.map(option());
    },
  },
  estimatedAttendees: {
    control: 'number',
    range: LIMITS.estimatedAttendees,
    label: () => msg('Estimated number of attendees'),
    hint: () =>
      msg(
        str`A whole number from ${number(LIMITS.estimatedAttendees.min)} to ${number(LIMITS.estimatedAttendees.max)}.`,
      ),
    error: (value) =>
      value.trim()
        ? msg(
            str`Enter a whole number of attendees from ${number(LIMITS.estimatedAttendees.min)} to ${number(LIMITS.estimatedAttendees.max)}`,
          )
        : msg('Enter how many people will attend'),
  },
  format: {
    control: 'radios',
    label: () => msg('Format'),
    error: () => msg('Choose in person or virtual'),
    options: () =>
      TRAINING_FORMATS.map((value) => ({ value, label: value === 'virtual' ? msg('Virtual') : msg('In person') })),
  },
  preferredDates: {
    control: 'dates',
    optional: true,
    label: () => msg('Preferred dates'),
    hint: () => msg('Up to three dates. HART will confirm one with you.'),
    error: () => '',
  },
  notes: {
    control: 'textarea',
    optional: true,
    label: () => msg('Notes'),
    hint: () =>
      msg(
        str`Times, place, access needs, languages: anything HART should know. Up to ${number(LIMITS.notes)} characters.`,
      ),
    error: () => tooLong(msg('Notes'), LIMITS.notes),
  },
};

/** Every request field, in the order the form shows them. */
export const REQUEST_FIELDS = Object.keys(FIELDS) as RequestField[];

/** The boxes of `preferredDates`, as many as the schema accepts dates. */
export const DATE_BOX_IDS: DateBoxId[] = Array.from(
  { length: LIMITS.preferredDates },
  (_, i) => `preferredDates-${i}` as const,
);
export const isDateBox = (id: string): id is DateBoxId => id.startsWith('preferredDates-');
/** Every control with a value, in order: a request field, or the date boxes in the place of `preferredDates`. */
export const FIELD_IDS: FieldId[] = REQUEST_FIELDS.flatMap((id) => (id === 'preferredDates' ? DATE_BOX_IDS : [id]));

/** The request field a control belongs to. */
export const requestFieldOf = (id: FieldId): RequestField => (isDateBox(id) ? 'preferredDates' : id);

export const dateLabel = (id: DateBoxId) => msg(str`Date ${Number(id.slice(15)) + 1}`);

/** What to tell the person about a control the schema refused. */
export function fieldError(id: FieldId, value: string): string {
  if (!isDateBox(id)) return FIELDS[id].error(value);
  const n = Number(id.slice(15)) + 1;
  return value < todayIso()
    ? msg(str`Date ${n} must be today or in the future`)
    : msg(str`Date ${n} must be a real date`);
}

export const emptyValues = (): FormValues => Object.fromEntries(FIELD_IDS.map((id) => [id, ''])) as FormValues;

/**
 * The request the form holds, as the schema's input: empty controls are left out (the schema then
 * names a required one), numbers are numbers, lodging fields only in lodging mode, and the date
 * boxes that hold a date become `preferredDates`, in order.
 */
export function readRequest(values: FormValues, lodging: boolean, locale: Locale): Record<string, unknown> {
  const input: Record<string, unknown> = {
    preferredDates: filledDateBoxes(values).map((id) => values[id]!.trim()),
    locale,
  };
  for (const id of REQUEST_FIELDS) {
    const descriptor = FIELDS[id];
    const value = id === 'preferredDates' ? '' : values[id]!.trim();
    if (!value || (descriptor.lodging && !lodging)) continue;
    input[id] = descriptor.range ? Number(value) : value;
  }
  return input;
}

/** The date boxes that hold a date, in order: the request's `preferredDates` are their values. */
export const filledDateBoxes = (values: FormValues): DateBoxId[] => DATE_BOX_IDS.filter((id) => values[id]?.trim());

/**
 * The control a `TrainingRequest` path names, whether the path comes from the SDK's schema or from
 * an endpoint's answer (`preferredDates[1]`, `preferredDates.1`, `email`). A date's index counts the
 * dates that were filled in, so `preferredDates[1]` is the second filled box, whichever of the three
 * holds it. Undefined when no control has that path.
 */
export function fieldForPath(path: string, values: FormValues): FieldId | undefined {
  const date = /^preferredDates(?:\[(\d+)\]|\.(\d+))/.exec(path);
  if (date) return filledDateBoxes(values)[Number(date[1] ?? date[2])];
  return path !== 'preferredDates' && Object.hasOwn(FIELDS, path) ? (path as FieldId) : undefined;
}

/** What the `audience` and `curriculum` attributes accept. */
/** The controls to show as invalid for `problems` (schema paths), each with its message if one came (the server's). */
export function errorsAt(
  problems: readonly { path: string; message?: string }[],
  values: FormValues,
): Map<FieldId, string | undefined> {
  return new Map(
    problems.flatMap(({ path, message }) => {
      const id = fieldForPath(path, values);
      return id ? [[id, message] as const] : [];
    }),
  );
}

export const PRESET_VALUES: Record<'audience' | 'curriculum', readonly string[]> = {
  audience: AUDIENCE_TYPES,
  curriculum: curriculumChoices.map((c) => c.id),
};

/** What the person (or the `curriculum` attribute) chose stays; otherwise the only training that fits the audience, if there is one. */
export function curriculumFor(values: FormValues, curriculum: string | undefined, chosen: boolean): string {
  if (chosen || (!!curriculum && values.curriculumId === curriculum)) return values.curriculumId;
  const fitting = fittingCurricula(values.audience);
  return fitting.length === 1 ? fitting[0]!.id : '';
}

/** The audience and training the attributes ask for (when valid), and the training that follows the audience. */
export function withPresets(
  values: FormValues,
  audience: string | undefined,
  curriculum: string | undefined,
  chosen: boolean,
): FormValues {
  const next = { ...values };
  if (audience && PRESET_VALUES.audience.includes(audience)) next.audience = audience;
  next.curriculumId = curriculumFor(next, curriculum, chosen);
  if (curriculum && PRESET_VALUES.curriculum.includes(curriculum)) next.curriculumId = curriculum;
  return next;
}
