/**
 * Plain values the schemas use, in a module without zod, so a browser widget that needs only
 * these (the form's audience list, today's date) does not load the validator with them.
 */

/** The 13 audience types HART reports its training figures by. */
export const AUDIENCE_TYPES = [
  'clinicians-providers', 'college-students', 'community-program-staff', 'first-responders',
  'foster-parents', 'government-employees', 'hospital-medical-staff', 'law-enforcement',
  'lodging-staff', 'other', 'parents-community-public', 'school-staff', 'youth-students',
] as const;

/** Today's date, `YYYY-MM-DD`, in the user's time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
