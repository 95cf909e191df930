/**
 * Plain values the schemas use, in a module without zod, so a browser widget that needs only
 * these (the form's audience list, today's date) does not load the validator with them.
 */

/** The 13 audience types HART reports its training figures by. */
export const AUDIENCE_TYPES = [
  'clinicians-providers',
  'college-students',
  'community-program-staff',
  'first-responders',
  'foster-parents',
  'government-employees',
  'hospital-medical-staff',
  'law-enforcement',
  'lodging-staff',
  'other',
  'parents-community-public',
  'school-staff',
  'youth-students',
] as const;

/** The closed taxonomy of service categories. */
export const RESOURCE_CATEGORIES = [
  'housing',
  'legal',
  'mental-health',
  'medical',
  'case-management',
  'mentoring',
  'foster-care',
  'prevention-education',
  'victim-compensation',
  'immigration',
  'faith-community',
  'hotline',
  'internet-safety',
  'training',
  'basic-needs',
  'employment',
] as const;

/** DCF's six regions; `statewide` covers all of Connecticut. */
export const DCF_REGIONS = [
  'statewide',
  'region-1',
  'region-2',
  'region-3',
  'region-4',
  'region-5',
  'region-6',
] as const;

/** Who a service is for. */
export const POPULATIONS = [
  'children',
  'youth',
  'adults',
  'families',
  'lgbtq-youth',
  'immigrants-refugees',
  'survivors-any-gender',
  'dcf-involved-youth',
  'foster-parents',
  'professionals',
  'low-income',
  'crime-victims',
] as const;

/** How a person reaches a service. */
export const REFERRAL_METHODS = ['self', 'agency', 'dcf-hart-liaison'] as const;
export const RESOURCE_STATUSES = ['active', 'inactive'] as const;
export const RED_FLAG_CONTEXTS = ['youth', 'online', 'lodging', 'community'] as const;
export const QUIZ_AUDIENCES = ['youth', 'lodging-staff', 'community'] as const;
export const TRAINING_FORMATS = ['in-person', 'virtual'] as const;
export const LOCALES = ['en', 'es'] as const;

/**
 * The limits of a training request, one place for the schema and the form (its `maxlength`, `min`
 * and `max` attributes and its messages).
 */
export const TRAINING_REQUEST_LIMITS = {
  organization: 200,
  contactName: 120,
  town: 80,
  propertyName: 200,
  notes: 2000,
  estimatedAttendees: { min: 1, max: 500 },
  staffCount: { min: 1, max: 10000 },
  preferredDates: 3,
} as const;

/** Today's date, `YYYY-MM-DD`, in the user's time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
