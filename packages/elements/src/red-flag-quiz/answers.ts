// What the quiz says about an answer: the correct choices, and on "Choose all that apply" which
// chosen ones were right, missed or not right. Pure functions of the question, the answer and the locale.
import { msg, str } from '@lit/localize';
import type { QuizQuestion } from '@ct-hart/sdk/schema';
import type { Locale } from '../shared/locale.js';

/**
 * A record's own value for a key that comes from data (a question id): `constructor` or `__proto__`
 * as an id must find nothing rather than what every object inherits.
 */
export const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

export const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function choiceTexts(question: QuizQuestion, ids: string[], locale: Locale): string {
  return ids.map((id) => question.choices.find((c) => c.id === id)?.text[locale] ?? id).join('; ');
}

export function correctAnswerText(question: QuizQuestion, locale: Locale): string {
  const texts = choiceTexts(question, question.correct, locale);
  return question.correct.length > 1 ? msg(str`Correct answers: ${texts}`) : msg(str`Correct answer: ${texts}`);
}

/** On "Choose all that apply": which chosen answers were right, which right ones were missed, which chosen ones were not right. */
export function partlyRightText(question: QuizQuestion, answer: readonly string[], locale: Locale): string {
  const texts = (ids: string[]) => (ids.length ? choiceTexts(question, ids, locale) : '');
  const right = texts(question.correct.filter((id) => answer.includes(id)));
  const missed = texts(question.correct.filter((id) => !answer.includes(id)));
  const wrong = texts(answer.filter((id) => !question.correct.includes(id)));
  return [
    right && msg(str`You got right: ${right}.`),
    missed && msg(str`You missed: ${missed}.`),
    wrong && msg(str`Not a right answer: ${wrong}.`),
  ]
    .filter(Boolean)
    .join(' ');
}
