import type { TrainingRequest } from '@ct-hart/sdk/schema';

export interface TrainingRequestSubmitDetail {
  /** The validated request, as it would be sent. */
  request: TrainingRequest;
}

export interface TrainingRequestSentDetail {
  request: TrainingRequest;
  /** What the endpoint returned as `reference`, or the idempotency key. */
  reference: string;
  idempotencyKey: string;
}

export interface TrainingRequestQueuedDetail {
  request: TrainingRequest;
  idempotencyKey: string;
  /** Why it was not delivered (`HTTP 503`, `network error (…)`, `no answer in time`). */
  reason: string;
  /** True when it is waiting in the outbox, to be re-sent when the page is online or reopened. */
  stored: boolean;
}

const options = { bubbles: true, composed: true } as const;

/**
 * Fired (cancelable) with the validated request before anything is sent or composed. Call
 * `preventDefault()` to send it through your own code instead; the form then stays as it is.
 */
export class HartTrainingRequestSubmitEvent extends CustomEvent<TrainingRequestSubmitDetail> {
  static readonly eventName = 'hart-training-request-submit';
  constructor(detail: TrainingRequestSubmitDetail) {
    super(HartTrainingRequestSubmitEvent.eventName, { ...options, cancelable: true, detail });
  }
}

/** Fired when the endpoint accepted a request (at once, or later from the outbox). */
export class HartTrainingRequestSentEvent extends CustomEvent<TrainingRequestSentDetail> {
  static readonly eventName = 'hart-training-request-sent';
  constructor(detail: TrainingRequestSentDetail) {
    super(HartTrainingRequestSentEvent.eventName, { ...options, detail });
  }
}

/** Fired when a request could not be delivered now (offline, 5xx or 429 after retries). */
export class HartTrainingRequestQueuedEvent extends CustomEvent<TrainingRequestQueuedDetail> {
  static readonly eventName = 'hart-training-request-queued';
  constructor(detail: TrainingRequestQueuedDetail) {
    super(HartTrainingRequestQueuedEvent.eventName, { ...options, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'hart-training-request-submit': HartTrainingRequestSubmitEvent;
    'hart-training-request-sent': HartTrainingRequestSentEvent;
    'hart-training-request-queued': HartTrainingRequestQueuedEvent;
  }
}
