/**
 * The HART data model as valibot checks: what the SDK runs on data it did not write (a remote
 * dataset, a partner's quiz or resource list, a training request). The zod schemas in `schema/`
 * define the model (types, JSON Schema, the published schema objects); these checks say the same
 * thing in a library whose browser cost is a fraction of zod/mini's (issue #2: the remote-load path
 * with validation ≤ 8 KB). Every pattern, cross-field rule and message comes from `schema/rules.ts`,
 * each check's output type must be the zod type (a compile error otherwise), and
 * packages/sdk/test/checks-parity.test.ts requires the same fields in both and, on the real data and
 * thousands of random edits of it, the same verdict, the same first problem, and no problem zod
 * would not report.
 */
import * as v from 'valibot';
import type { DataIssue } from './errors.js';
import { formatPath } from './errors.js';
import {
  AUDIENCE_TYPES, DCF_REGIONS, LOCALES, POPULATIONS, QUIZ_AUDIENCES, RED_FLAG_CONTEXTS, REFERRAL_METHODS, RESOURCE_CATEGORIES,
  RESOURCE_STATUSES, TRAINING_FORMATS,
} from './schema/constants.js';
import type * as Model from './schema/index.js';
import {
  AGES_IN_ORDER, AT_MOST_3_DATES, CORRECT_IS_A_CHOICE, EMAIL, ID, ISO_DATE, LANGUAGE_TAG, NON_EMPTY, NOTES_TOO_LONG,
  NOT_IN_PAST, PHONE_NUMBER, PUBLIC_ACT_NUMBER, REAL_DATE, REQUIRED_TEXT, SAFE_URL, TYPED_PHONE_NUMBER, UNIQUE_CHOICE_IDS,
  VERSION, WHOLE_NUMBER, addsUp, addsUpMessage, agesInOrder, atMostCharacters, boundMessage, choiceIdsAreUnique,
  correctAnswersAreChoices, hasUniqueIds, isNotInPast, isRealDate, isSafeUrl, oneOfMessage, uniqueIdsMessage,
  wrongTypeMessage, type PatternRule,
} from './schema/rules.js';

/** A check whose output is the model's type `T`. */
type Check<T> = v.GenericSchema<unknown, T>;

/** The message for a value that is missing or of the wrong type. */
const wrongType = (expected: string) => (issue: v.BaseIssue<unknown>) => wrongTypeMessage(issue.input, expected);
const isRecord = (input: unknown): input is Record<string, unknown> => !!input && typeof input === 'object' && !Array.isArray(input);
/** `v.object`, refusing lists as zod does (valibot alone would read `[]` as an object with every field missing). */
const object = /* @__NO_SIDE_EFFECTS__ */ <const E extends v.ObjectEntries>(entries: E) =>
  v.pipe(v.custom<Record<string, unknown>>(isRecord, wrongType('object')), v.object(entries));
const matching = /* @__NO_SIDE_EFFECTS__ */ ({ pattern, message }: PatternRule) => v.pipe(v.string(), v.regex(pattern, message));
const oneOf = /* @__NO_SIDE_EFFECTS__ */ <const T extends readonly string[]>(values: T) => v.picklist(values, (issue) => (issue.input === undefined ? wrongTypeMessage(undefined, '') : oneOfMessage(values)));
const nonEmptyList = /* @__NO_SIDE_EFFECTS__ */ <T>(item: Check<T>) => v.pipe(v.array(item), v.minLength(1));
const optional = v.optional;

const Id = matching(ID);
const LocalizedText: Check<Model.LocalizedText> = object({ en: matching(NON_EMPTY), es: matching(NON_EMPTY) });
const IsoDate = v.pipe(v.string(), v.regex(ISO_DATE.pattern, ISO_DATE.message), v.check(isRealDate, REAL_DATE));
const Int = v.pipe(v.number(), v.check((n: number) => Number.isInteger(n), WHOLE_NUMBER));
const Count = v.pipe(Int, v.minValue(0));
const SafeUrl = v.pipe(v.string(), v.check((url: string) => isSafeUrl(url), SAFE_URL));
const PhoneNumber = matching(PHONE_NUMBER);
const Email = matching(EMAIL);
const AudienceType = oneOf(AUDIENCE_TYPES);
const uniqueIds = /* @__NO_SIDE_EFFECTS__ */ <T extends { id: string }>(item: Check<T>, label: string) =>
  v.pipe(v.array(item), v.check<T[], string>(hasUniqueIds, uniqueIdsMessage(label)));

const Hotline: Check<Model.Hotline> = object({
  id: Id,
  name: LocalizedText,
  whenToUse: LocalizedText,
  phone: optional(PhoneNumber),
  sms: optional(PhoneNumber),
  smsKeyword: optional(v.pipe(v.string(), v.minLength(1))),
  email: optional(Email),
  url: optional(SafeUrl),
  hours: optional(LocalizedText),
});

const ServiceRegion = oneOf(DCF_REGIONS);
const Age = v.pipe(Int, v.minValue(0), v.maxValue(120));

const Resource: Check<Model.Resource> = v.pipe(
  object({
    id: Id,
    organization: LocalizedText,
    name: LocalizedText,
    description: LocalizedText,
    categories: nonEmptyList(oneOf(RESOURCE_CATEGORIES)),
    minAge: optional(Age),
    maxAge: optional(Age),
    populations: v.array(oneOf(POPULATIONS)),
    serviceArea: object({
      regions: nonEmptyList(ServiceRegion),
      towns: optional(v.array(v.pipe(v.string(), v.minLength(1)))),
      description: optional(LocalizedText),
    }),
    languages: nonEmptyList(matching(LANGUAGE_TAG)),
    phones: v.array(object({ number: PhoneNumber, description: optional(LocalizedText) })),
    email: optional(Email),
    url: optional(SafeUrl),
    referral: object({
      methods: nonEmptyList(oneOf(REFERRAL_METHODS)),
      description: optional(LocalizedText),
    }),
    lastVerified: optional(IsoDate),
    status: oneOf(RESOURCE_STATUSES),
  }),
  v.forward(v.check<Model.Resource, string>(agesInOrder, AGES_IN_ORDER), ['minAge']),
);

const Audience: Check<Model.Audience> = object({ id: AudienceType, name: LocalizedText });

const Curriculum: Check<Model.Curriculum> = object({
  id: Id,
  title: LocalizedText,
  description: LocalizedText,
  audiences: nonEmptyList(AudienceType),
  durationHours: optional(v.pipe(v.number(), v.gtValue(0))),
});

const Format = oneOf(TRAINING_FORMATS);

const TrainingEvent: Check<Model.TrainingEvent> = object({
  id: Id,
  curriculumId: Id,
  title: LocalizedText,
  date: IsoDate,
  format: Format,
  url: optional(SafeUrl),
});

const TrainingCount = object({ trainings: Count, people: Count });

const TrainingStats: Check<Model.TrainingStats> = v.pipe(
  object({
    year: v.pipe(Int, v.minValue(2000), v.maxValue(2100)),
    totals: TrainingCount,
    curriculaCount: optional(Count),
    certifiedTrainers: optional(LocalizedText),
    trainingsOfTrainers: optional(Count),
    byAudience: v.array(object({ audience: AudienceType, trainings: Count, people: Count })),
    byCurriculum: v.array(object({ curriculumId: Id, trainings: Count, people: Count })),
  }),
  v.forward(v.check<Model.TrainingStats, string>((s) => addsUp(s, 'byAudience'), addsUpMessage('byAudience')), ['byAudience']),
  v.forward(v.check<Model.TrainingStats, string>((s) => addsUp(s, 'byCurriculum'), addsUpMessage('byCurriculum')), ['byCurriculum']),
);

const PublicAct: Check<Model.PublicAct> = object({
  number: matching(PUBLIC_ACT_NUMBER),
  year: v.pipe(Int, v.minValue(2010), v.maxValue(2017)),
  title: optional(LocalizedText),
  provisions: v.array(LocalizedText),
});

const Source = object({ name: v.pipe(v.string(), v.minLength(1)), url: optional(SafeUrl) });

const RedFlag: Check<Model.RedFlag> = object({
  id: Id,
  indicator: LocalizedText,
  context: oneOf(RED_FLAG_CONTEXTS),
  source: Source,
});

const Region: Check<Model.Region> = object({
  id: ServiceRegion,
  name: LocalizedText,
  areaOffices: v.array(v.pipe(v.string(), v.minLength(1))),
});

const QuizQuestion = v.pipe(
  object({
    id: Id,
    prompt: LocalizedText,
    // A list that is too long is reported alone, before its items (as zod does).
    choices: v.pipe(v.array(v.unknown()), v.maxLength(8), v.array(object({ id: Id, text: LocalizedText })), v.minLength(2)),
    correct: nonEmptyList(Id),
    explanation: LocalizedText,
    source: optional(Source),
  }),
  v.forward(v.check<Model.QuizQuestion, string>(correctAnswersAreChoices, CORRECT_IS_A_CHOICE), ['correct']),
  v.forward(v.check<Model.QuizQuestion, string>(choiceIdsAreUnique, UNIQUE_CHOICE_IDS), ['choices']),
);

/** A quiz: the built-in ones, or one a partner writes and loads with `src`. */
export const QuizCheck: Check<Model.Quiz> = object({
  id: Id,
  audience: oneOf(QUIZ_AUDIENCES),
  title: LocalizedText,
  description: optional(LocalizedText),
  questions: nonEmptyList(QuizQuestion),
  links: optional(v.array(object({ text: LocalizedText, url: object({ en: SafeUrl, es: SafeUrl }) }))),
});

/** A list of services, as the resource finder reads it. */
export const ResourceListCheck: Check<Model.Resource[]> = v.array(Resource);

/** All HART content in one document. */
export const DatasetCheck: Check<Model.Dataset> = object({
  $schema: optional(v.string()),
  version: matching(VERSION),
  updated: IsoDate,
  hotlines: v.pipe(v.array(Hotline), v.minLength(1), v.check<Model.Hotline[], string>(hasUniqueIds, uniqueIdsMessage('hotline'))),
  regions: v.array(Region),
  resources: uniqueIds(Resource, 'resource'),
  audiences: v.array(Audience),
  curricula: uniqueIds(Curriculum, 'curriculum'),
  trainingEvents: v.array(TrainingEvent),
  trainingStats: v.array(TrainingStats),
  publicActs: v.array(PublicAct),
  redFlags: uniqueIds(RedFlag, 'red flag'),
  quizzes: uniqueIds(QuizCheck, 'quiz'),
});

const text = /* @__NO_SIDE_EFFECTS__ */ (max: number) => v.pipe(v.string(), v.regex(REQUIRED_TEXT.pattern, REQUIRED_TEXT.message), v.maxLength(max, atMostCharacters(max)));

/** What the training-request form sends. */
export const TrainingRequestCheck: Check<Model.TrainingRequest> = object({
  organization: text(200),
  contactName: text(120),
  email: Email,
  phone: optional(matching(TYPED_PHONE_NUMBER)),
  town: text(80),
  audience: AudienceType,
  curriculumId: Id,
  estimatedAttendees: v.pipe(Int, v.minValue(1), v.maxValue(500)),
  format: Format,
  preferredDates: v.pipe(v.array(v.unknown()), v.maxLength(3, AT_MOST_3_DATES), v.array(v.pipe(IsoDate, v.check(isNotInPast, NOT_IN_PAST)))),
  notes: optional(v.pipe(v.string(), v.maxLength(2000, NOTES_TOO_LONG))),
  propertyName: optional(text(200)),
  staffCount: optional(v.pipe(Int, v.minValue(1), v.maxValue(10000))),
  locale: optional(oneOf(LOCALES)),
});

/** The words for valibot's own issues (a type, a bound), the same as the zod schemas give. */
function message(issue: v.BaseIssue<unknown>): string {
  const { kind, type, input, expected, requirement } = issue;
  if (kind === 'schema') return wrongTypeMessage(input, expected ?? type);
  if (type === 'min_length' || type === 'min_value') return boundMessage('at least', requirement as number, input);
  if (type === 'max_length' || type === 'max_value') return boundMessage('at most', requirement as number, input);
  if (type === 'gt_value') return boundMessage('greater than', requirement as number, input);
  return issue.message;
}

/** Runs a check on untrusted data and lists every problem as `path: message`. */
export function runCheck<T>(check: Check<T>, input: unknown): { ok: true; value: T } | { ok: false; issues: DataIssue[] } {
  const result = v.safeParse(check, input, { message });
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, issues: result.issues.map((issue) => ({ path: formatPath(issue.path?.map((item) => item.key as PropertyKey) ?? []), message: issue.message })) };
}
