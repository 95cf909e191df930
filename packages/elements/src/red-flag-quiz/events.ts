/** What a completed quiz reports: the counts only, never the answers. */
export interface QuizResult {
  quizId: string;
  score: number;
  total: number;
}

/** Fired (bubbling, composed) when someone finishes a quiz. Carries `{ quizId, score, total }` only. */
export class HartQuizCompleteEvent extends CustomEvent<QuizResult> {
  static readonly eventName = 'hart-quiz-complete';
  constructor(result: QuizResult) {
    super(HartQuizCompleteEvent.eventName, { bubbles: true, composed: true, detail: { quizId: result.quizId, score: result.score, total: result.total } });
  }
}

declare global {
  interface HTMLElementEventMap {
    'hart-quiz-complete': HartQuizCompleteEvent;
  }
}
