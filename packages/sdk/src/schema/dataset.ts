import { Hotline } from './hotline.js';
import { IsoDate, cappedString } from './localized-text.js';
import { PublicAct } from './public-act.js';
import { Quiz } from './quiz.js';
import { RedFlag } from './red-flag.js';
import { Region } from './region.js';
import { Resource } from './resource.js';
import { Audience, Curriculum, TrainingEvent, TrainingStats } from './training.js';
import { MAX_LENGTH, VERSION, hasUniqueIds, uniqueIdsMessage } from './rules.js';
import { z } from './zod.js';

const uniqueIds = (label: string) => z.refine<{ id: string }[]>(hasUniqueIds, uniqueIdsMessage(label));

/** All HART content in one document. */
export const Dataset = z.object({
  $schema: z.optional(cappedString(MAX_LENGTH.url)),
  version: cappedString(MAX_LENGTH.short).check(z.regex(VERSION.pattern, VERSION.message)),
  updated: IsoDate,
  hotlines: z.array(Hotline).check(z.minLength(1), uniqueIds('hotline')),
  regions: z.array(Region),
  resources: z.array(Resource).check(uniqueIds('resource')),
  audiences: z.array(Audience),
  curricula: z.array(Curriculum).check(uniqueIds('curriculum')),
  trainingEvents: z.array(TrainingEvent),
  trainingStats: z.array(TrainingStats),
  publicActs: z.array(PublicAct),
  redFlags: z.array(RedFlag).check(uniqueIds('red flag')),
  quizzes: z.array(Quiz).check(uniqueIds('quiz')),
});
export type Dataset = z.infer<typeof Dataset>;
