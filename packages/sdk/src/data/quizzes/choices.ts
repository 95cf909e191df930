import type { QuizChoice } from '../../schema/quiz.js';
import { t } from '../text.js';

/** Choices a, b, c, d… in order. */
export const choices = (...texts: [string, string][]): QuizChoice[] =>
  texts.map(([en, es], i) => ({ id: 'abcdefgh'[i]!, text: t(en, es) }));
