/** What a completed quiz reports: the counts only, never the answers. */
export interface QuizResult {
  quizId: string;
  score: number;
  total: number;
}

/**
 * Fired (bubbling, composed) when someone finishes a quiz. Carries `quizId`, `score` and `total`
 * only, as fields of the event like every HART event.
 */
export class HartQuizCompleteEvent extends Event implements QuizResult {
  static readonly eventName = 'hart-quiz-complete';
  readonly quizId: string;
  readonly score: number;
  readonly total: number;
  constructor(result: QuizResult) {
    super(HartQuizCompleteEvent.eventName, { bubbles: true, composed: true });
    this.quizId = result.quizId;
    this.score = result.score;
    this.total = result.total;
  }

  /** @deprecated Read `quizId`, `score` and `total` on the event; `detail` goes in 1.0. */
  get detail(): QuizResult {
    return { quizId: this.quizId, score: this.score, total: this.total };
  }
}

declare global {
  interface HTMLElementEventMap {
    'hart-quiz-complete': HartQuizCompleteEvent;
  }
}
