import type { Quiz } from '../schema/quiz.js';
import { quiz as youthOnlineSafety } from './quizzes/youth-online-safety.js';
import { quiz as lodgingRedFlags } from './quizzes/lodging-red-flags.js';
import { quiz as communityRedFlags } from './quizzes/community-red-flags.js';

/** The built-in quizzes. A widget that shows one loads `@ct-hart/sdk/data/quizzes/<id>` alone. */
export const quizzes: Quiz[] = [youthOnlineSafety, lodgingRedFlags, communityRedFlags];

/** Ids of the built-in quizzes. */
export const QUIZ_IDS = ['youth-online-safety', 'lodging-red-flags', 'community-red-flags'] as const;
